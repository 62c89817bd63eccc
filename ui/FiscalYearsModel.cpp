// SPDX-License-Identifier: GPL-3.0-or-later
#include "FiscalYearsModel.h"

#include "CommitWhenDone.h"
#include "FormWidgets.h"
#include "Language.h"
#include "ProfileEditor.h"
#include "i18n/Language.h"
#include "model/Decimal.h"
#include "model/FieldHelp.h"

#include <QBrush>
#include <QFont>
#include <QLineEdit>
#include <QUndoStack>
#include <QPalette>
#include <QApplication>

namespace srdi::ui {

namespace {

Opt<qint64> FiscalYear::*const kMembers[FiscalYearsModel::FirstDerived] = {
    &FiscalYear::operatingRevenue, &FiscalYear::mainBusinessRevenue, &FiscalYear::rdExpense,
    &FiscalYear::costExpenseTotal, &FiscalYear::netProfit,           &FiscalYear::totalAssets,
    &FiscalYear::totalLiabilities, &FiscalYear::equityFinancing,     &FiscalYear::employees,
    &FiscalYear::rdStaff,          &FiscalYear::techStaff,
};

const char16_t *const kFields[FiscalYearsModel::FirstDerived] = {
    u"operating_revenue", u"main_business_revenue", u"rd_expense", u"cost_expense_total",
    u"net_profit",        u"total_assets",          u"total_liabilities", u"equity_financing",
    u"employees",         u"rd_staff",              u"tech_staff",
};

QString percent(double v)
{
    return QString::number(v * 100.0, 'f', 2) + u'%';
}

} // namespace

FiscalYearsModel::FiscalYearsModel(ProfileEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{
    m_years = wantedYears();
}

QString FiscalYearsModel::fieldOf(int row)
{
    return row >= 0 && row < FirstDerived ? QString::fromUtf16(kFields[row]) : QString();
}

bool FiscalYearsModel::isMoney(int row)
{
    return row < FirstDerived && row != Employees && row != RdStaff && row != TechStaff;
}

QList<int> FiscalYearsModel::wantedYears() const
{
    QList<int> years;
    const Profile &p = m_editor->profile();
    if (!m_editor->isOpen())
        return years;
    // The three years before the assessment year, and any other year stored.
    for (int y = p.assessmentYear - 3; y < p.assessmentYear; ++y)
        years.append(y);
    for (const FiscalYear &fy : p.years) {
        if (!years.contains(fy.year))
            years.append(fy.year);
    }
    std::sort(years.begin(), years.end());
    return years;
}

void FiscalYearsModel::refresh()
{
    m_flags.clear();
    if (m_editor->isOpen()) {
        for (const Inconsistency &i : ProfileJson::inconsistencies(m_editor->profile(), currentLanguage())) {
            for (const QString &key : i.keys)
                m_flags[key].append(i.message);
        }
    }
    const QList<int> years = wantedYears();
    if (years != m_years) {
        beginResetModel();
        m_years = years;
        endResetModel();
        return;
    }
    if (!m_years.isEmpty())
        emit dataChanged(index(0, 0), index(RowCount - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, 0, RowCount - 1); // the labels follow the language
}

int FiscalYearsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int FiscalYearsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

std::optional<qint64> FiscalYearsModel::stored(const FiscalYear *fy, int row) const
{
    if (!fy || row < 0 || row >= FirstDerived)
        return std::nullopt;
    return fy->*kMembers[row];
}

QVariant FiscalYearsModel::derived(int row, int column) const
{
    const Profile &p = m_editor->profile();
    const int year = m_years.value(column);
    const FiscalYear *fy = p.fiscalYear(year);
    if (!fy)
        return QVariant();
    auto ratio = [](const Opt<qint64> &a, const Opt<qint64> &b) -> QVariant {
        if (!a || !b || *b <= 0)
            return QVariant();
        return percent(double(*a) / double(*b)); // display only; the rules compare exactly
    };
    switch (row) {
    case RdRatio: return ratio(fy->rdExpense, fy->operatingRevenue);
    case MainShare: return ratio(fy->mainBusinessRevenue, fy->operatingRevenue);
    case DebtRatio: return ratio(fy->totalLiabilities, fy->totalAssets);
    case NetMargin: return ratio(fy->netProfit, fy->operatingRevenue);
    case MainGrowth: {
        const FiscalYear *prev = p.fiscalYear(year - 1);
        if (!prev || !fy->mainBusinessRevenue || !prev->mainBusinessRevenue || *prev->mainBusinessRevenue <= 0)
            return QVariant();
        return percent(double(*fy->mainBusinessRevenue - *prev->mainBusinessRevenue) / double(*prev->mainBusinessRevenue));
    }
    default: return QVariant();
    }
}

QVariant FiscalYearsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_years.size())
        return QVariant();
    const int row = index.row();
    const int year = m_years.at(index.column());
    // A screen reader names the cell by its row and year, then its value.
    if (role == Qt::AccessibleTextRole) {
        const QString value = data(index, Qt::DisplayRole).toString();
        return tr("%1 %2: %3")
            .arg(headerData(row, Qt::Vertical, Qt::DisplayRole).toString())
            .arg(year)
            .arg(value.isEmpty() ? tr("not entered") : value);
    }
    if (role == Qt::AccessibleDescriptionRole)
        return headerData(row, Qt::Vertical, Qt::ToolTipRole);
    if (row >= FirstDerived) {
        if (role == Qt::DisplayRole)
            return derived(row, index.column());
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::BackgroundRole)
            return QApplication::palette().brush(QPalette::AlternateBase);
        if (role == Qt::ForegroundRole)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return QVariant();
    }
    const auto v = stored(m_editor->profile().fiscalYear(year), row);
    const QString flag = flagOf(index);
    switch (role) {
    // A figure that contradicts another: stored as typed, marked on both cells.
    case Qt::BackgroundRole:
        return flag.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xff, 0xe0, 0xb2)));
    case Qt::ForegroundRole:
        return flag.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xb7, 0x1c, 0x1c)));
    case Qt::DisplayRole:
        if (!v)
            return QString();
        return isMoney(row) ? formatScaled4(*v) : groupThousands(QString::number(*v));
    case Qt::EditRole:
        if (!v)
            return QString();
        return isMoney(row) ? formatScaled4(*v) : QString::number(*v);
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        const QString tip = FieldHelp::instance().tip(QStringLiteral("years.") + fieldOf(row), currentLanguage());
        return flag.isEmpty() ? tip : flag + QStringLiteral("\n\n") + tip;
    }
    default: return QVariant();
    }
}

QString FiscalYearsModel::flagOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= FirstDerived || index.column() >= m_years.size())
        return QString();
    const QString key = QStringLiteral("years.%1.%2").arg(m_years.at(index.column())).arg(fieldOf(index.row()));
    return m_flags.value(key).join(u'\n');
}

Qt::ItemFlags FiscalYearsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.row() >= FirstDerived)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant FiscalYearsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    if (orientation == Qt::Horizontal) {
        if (role == Qt::ToolTipRole)
            return QVariant();
        return m_years.value(section);
    }
    const QString lang = currentLanguage();
    if (section < FirstDerived) {
        const QString path = QStringLiteral("years.") + fieldOf(section);
        if (role == Qt::ToolTipRole)
            return FieldHelp::instance().tip(path, lang);
        QString unit = isMoney(section) ? FieldHelp::instance().unit(path) : QString();
        if (lang == u"zh_TW")
            unit = i18n::toTraditional(unit); // 萬元
        const QString label = FieldHelp::instance().label(path, lang);
        return unit.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, unit);
    }
    if (role == Qt::ToolTipRole)
        return tr("Worked out from the figures above; read-only");
    switch (section) {
    case RdRatio: return tr("R&D expense / operating revenue");
    case MainShare: return tr("Main business / operating revenue");
    case DebtRatio: return tr("Debt ratio (liabilities / assets)");
    case MainGrowth: return tr("Main business revenue growth");
    case NetMargin: return tr("Net profit margin");
    default: return QVariant();
    }
}

bool FiscalYearsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= FirstDerived)
        return false;
    const int row = index.row();
    const int year = m_years.value(index.column());
    const QString field = fieldOf(row);
    const QString where = QStringLiteral("%1 %2").arg(
        FieldHelp::instance().label(QStringLiteral("years.") + field, currentLanguage())).arg(year);
    const QString text = value.toString().trimmed();
    std::optional<qint64> parsed;
    if (!text.isEmpty()) {
        parsed = isMoney(row) ? parseScaled4(text) : parseWholeNumber(text);
        if (!parsed) {
            const QString reason = isMoney(row) ? tr("must be an amount in %1 with at most four decimals").arg(wanUnit())
                                                : tr("must be a whole number");
            emit refused(where, {{QStringLiteral("years.") + field, text, reason}});
            return false;
        }
    }
    const auto current = stored(m_editor->profile().fiscalYear(year), row);
    if (current == parsed) {
        emit accepted(); // typed back to what is stored: nothing refused any more
        return true;
    }
    const auto problems = m_editor->edit(QStringLiteral("years.%1.%2").arg(year).arg(field), tr("Edit %1").arg(where),
                                         [&](Profile &p) { p.ensureYear(year).*kMembers[row] = parsed; });
    if (!problems.isEmpty()) {
        emit refused(where, problems);
        return false;
    }
    emit accepted();
    return true;
}

CommitWhenDoneDelegate::CommitWhenDoneDelegate(ProfileEditor *editor, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_editor(editor)
{
}

QWidget *CommitWhenDoneDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setAlignment(Qt::AlignRight);
        // Enter, Tab and focus leaving commit through the view; a pause
        // commits here and the editor stays open.
        auto *done = new CommitWhenDone(line);
        auto *self = const_cast<CommitWhenDoneDelegate *>(this);
        connect(done, &CommitWhenDone::commitRequested, self, [self, line] { emit self->commitData(line); });
        connect(done, &CommitWhenDone::pendingChanged, self, &CommitWhenDoneDelegate::pendingChanged);
        // An editor closed with Escape drops its text: say so once it is gone
        // (queued: never into a view being torn down).
        connect(line, &QObject::destroyed, self, &CommitWhenDoneDelegate::pendingChanged, Qt::QueuedConnection);
        connect(done, &CommitWhenDone::undoRequested, m_editor->undoStack(), &QUndoStack::undo);
        connect(done, &CommitWhenDone::redoRequested, m_editor->undoStack(), &QUndoStack::redo);
    }
    return editor;
}

void CommitWhenDoneDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        const auto *done = line->findChild<CommitWhenDone *>(QString(), Qt::FindDirectChildrenOnly);
        if (done && done->isPending())
            return; // the user is not done: the text stays as typed
        // While the typed text means the stored value ("8600" for 8,600), keep
        // the user's text and cursor.
        const QString stored = index.data(Qt::EditRole).toString();
        const int row = index.row();
        const auto typed = FiscalYearsModel::isMoney(row) ? parseScaled4(line->text()) : parseWholeNumber(line->text());
        const auto want = FiscalYearsModel::isMoney(row) ? parseScaled4(stored) : parseWholeNumber(stored);
        const bool invalid = !typed && !line->text().trimmed().isEmpty();
        if (line->isModified() && (typed == want || invalid))
            return; // an invalid entry stays for the user to correct
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

} // namespace srdi::ui
