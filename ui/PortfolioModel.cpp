// SPDX-License-Identifier: GPL-3.0-or-later
#include "PortfolioModel.h"

#include "Language.h"
#include "model/Catalogs.h"
#include "rules/AssessmentText.h"
#include "rules/RulePack.h"

#include <algorithm>

namespace srdi::ui {

PortfolioModel::PortfolioModel(ProfileStore *store, QObject *parent, Count count)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    readFirstPage(count);
}

void PortfolioModel::setStore(ProfileStore *store)
{
    m_store = store;
    reload();
}

void PortfolioModel::setFilter(const PortfolioFilter &filter)
{
    m_filter = filter;
    reload();
}

void PortfolioModel::reload()
{
    readFirstPage(m_counting);
}

void PortfolioModel::reload(Count count)
{
    readFirstPage(count);
}

namespace {

bool isUnfiltered(const PortfolioFilter &f)
{
    return f.text.trimmed().isEmpty() && f.region.isEmpty() && f.minRank == 0 && !f.withinReach && !f.missingData &&
           !f.titleExpiring;
}

} // namespace

void PortfolioModel::readFirstPage(Count count)
{
    beginResetModel();
    m_rows.clear();
    m_total = !m_store ? 0 : count == Count::Now ? m_store->portfolioCount(m_filter) : -1;
    // Not counted (the window's start, unfiltered, in name order): the page
    // through the name index, whatever the size of the portfolio.
    if (m_store && count == Count::Later && m_sort == PortfolioSort::Name && isUnfiltered(m_filter))
        m_rows = m_store->portfolioFirstPageByName(m_order, kPage);
    else if (m_store)
        m_rows = m_store->portfolioPage(m_filter, m_sort, m_order, 0, kPage);
    m_lastPageFull = m_rows.size() == kPage;
    endResetModel();
}

void PortfolioModel::countRows()
{
    if (!isCounted())
        setCounted(m_store ? m_store->portfolioCount(m_filter) : 0);
}

void PortfolioModel::setCounted(int total)
{
    m_total = std::max(total, int(m_rows.size()));
}

void PortfolioModel::refreshCompany(qint64 id)
{
    if (!m_store)
        return;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id != id)
            continue;
        if (const auto row = m_store->portfolioRow(id)) {
            m_rows[r] = *row;
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
        return;
    }
}

int PortfolioModel::rowOf(qint64 id)
{
    // Read on in chunks that double: a company far down a list of 100,000
    // costs a few queries over the rows before it, not one per page (each
    // OFFSET reads the rows it skips again).
    int chunk = kPage;
    for (;;) {
        const int r = fetchedRowOf(id);
        if (r >= 0)
            return r;
        if (!canFetchMore({}))
            return -1;
        fetchRows(chunk);
        chunk = std::min(chunk * 2, 1 << 16);
    }
}

int PortfolioModel::fetchedRowOf(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id)
            return r;
    }
    return -1;
}

qint64 PortfolioModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

PortfolioSummary PortfolioModel::summary() const
{
    return m_store ? m_store->portfolioSummary(m_filter) : PortfolioSummary();
}

int PortfolioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PortfolioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PortfolioModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    return isCounted() ? m_rows.size() < m_total : m_lastPageFull;
}

void PortfolioModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        fetchRows(kPage);
}

void PortfolioModel::fetchRows(int limit)
{
    if (!canFetchMore({}) || !m_store)
        return;
    const QList<PortfolioRow> more = m_store->portfolioPage(m_filter, m_sort, m_order, int(m_rows.size()), limit);
    m_lastPageFull = more.size() == limit;
    if (more.isEmpty()) {
        if (isCounted())
            m_total = int(m_rows.size()); // the table shrank meanwhile
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

void PortfolioModel::sort(int column, Qt::SortOrder order)
{
    static const PortfolioSort bys[ColumnCount] = {PortfolioSort::Name,    PortfolioSort::Region, PortfolioSort::Tier,
                                                   PortfolioSort::Held,    PortfolioSort::Score,  PortfolioSort::Gaps,
                                                   PortfolioSort::Revenue, PortfolioSort::RdRatio, PortfolioSort::Awards,
                                                   PortfolioSort::Expiry};
    if (column < 0 || column >= ColumnCount)
        return;
    if (bys[column] == m_sort && order == m_order)
        return; // the rows are already in this order
    m_sort = bys[column];
    m_order = order;
    const int counted = m_total; // the same rows in another order
    reload();
    if (counted >= 0 && !isCounted())
        setCounted(counted);
}

QString PortfolioModel::tierName(int rank, bool brief) const
{
    if (rank <= 0)
        return QStringLiteral("—");
    // The names of the pack in force today: 科技和创新型 from 2026.
    const auto pack = rules::RulePacks::instance().inForce(QDate::currentDate());
    if (!pack || rank > int(pack->tiers.size()))
        return QString::number(rank);
    const rules::Tier &tier = pack->tiers.at(std::size_t(rank - 1));
    const QString lang = currentLanguage();
    const QString shortName = tier.shortName.get(lang);
    return brief && !shortName.isEmpty() ? shortName : tier.name.get(lang);
}

QVariant PortfolioModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const PortfolioRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == CreditCodeRole)
        return r.creditCode;
    const QString lang = currentLanguage();
    if (role == Qt::ToolTipRole) {
        QStringList lines{r.name};
        if (!r.creditCode.isEmpty())
            lines.append(r.creditCode);
        if (!r.region.isEmpty())
            lines.append(RegionCatalog::instance().displayPath(r.region, lang));
        if (r.highestRank > 0)
            lines.append(tr("Reaches: %1").arg(tierName(r.highestRank)));
        if (r.heldRank > 0)
            lines.append(tr("Holds: %1").arg(tierName(r.heldRank)));
        if (r.missingData)
            lines.append(tr("Inputs still missing for the next tier"));
        if (r.withinReach)
            //: 下一层级 / 下一層級: the tier above the one reached, never the previous one.
            lines.append(tr("One step from reaching the next tier"));
        if (r.titleExpiry.isValid() && QDate::currentDate().daysTo(r.titleExpiry) <= 90)
            lines.append(tr("A title lapses on %1").arg(r.titleExpiry.toString(Qt::ISODate)));
        return lines.join(u'\n');
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == Score || index.column() == Awards || index.column() == Gaps || index.column() == Revenue
            || index.column() == RdRatio))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Name: return r.name;
    case Region: {
        const srdi::Region *region = r.region.isEmpty() ? nullptr : RegionCatalog::instance().find(r.region);
        return region ? region->name(lang) : r.region;
    }
    case Tier: return tierName(r.highestRank, true);
    case Held: return r.heldRank > 0 ? tierName(r.heldRank, true) : QString();
    case Score:
        if (!r.score)
            return QString();
        // While inputs are missing: the range the score lies in.
        if (r.scoreUpper && *r.scoreUpper > *r.score)
            return QStringLiteral("%1–%2").arg(QString::number(*r.score, 'f', 0), QString::number(*r.scoreUpper, 'f', 0));
        return QString::number(*r.score, 'f', 0);
    case Gaps: return r.openGaps ? QString::number(*r.openGaps) : QString();
    case Revenue:
        return r.revenueYuan ? rules::Format(lang).money(Rational(*r.revenueYuan)) : QString();
    case RdRatio: return r.rdRatio ? QString::number(*r.rdRatio * 100.0, 'f', 2) + u'%' : QString();
    case Awards:
        return r.awardsNowYuan > 0 ? rules::Format(lang).money(Rational(r.awardsNowYuan)) : QString();
    case Expiry: return r.titleExpiry.isValid() ? r.titleExpiry.toString(Qt::ISODate) : QString();
    default: return QVariant();
    }
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name: return tr("Company");
    case Region: return tr("Region");
    case Tier: return tr("Reaches");
    case Held: return tr("Title held");
    case Score: return tr("Score");
    case Gaps: return tr("Open gaps");
    case Revenue: return tr("Revenue");
    case RdRatio: return tr("R&D %");
    case Awards: return tr("Awards now");
    case Expiry: return tr("Title valid through");
    default: return QVariant();
    }
}

void PortfolioModel::languageChanged()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace srdi::ui
