// SPDX-License-Identifier: GPL-3.0-or-later
// The portfolio side of ProfileStore: each company's standing in one row
// (company_summary) and the list, filters and sums read from those rows.
#include "ProfileStore.h"

#include "Database.h"
#include "StoreSql.h"
#include "Standing.h"
#include "Dialect.h"
#include "TransactionGuard.h"
#include "model/Periods.h"
#include "awards/AwardCatalog.h"
#include "model/NameKey.h"
#include "rules/Checklist.h"
#include "rules/Evaluator.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace srdi {

using namespace store;

namespace store {

namespace {

// BLAKE2b-256 (hex, 16 digits) of the award data the catalogue loads: the built-in
// files and the user's, by name and content. Read once, as the catalogue is.
QString awardDataHash()
{
    static const QString hash = [] {
        QCryptographicHash h(QCryptographicHash::Blake2b_256);
        for (const QString &folder : {QStringLiteral(":/data/awards"), awards::AwardCatalog::userFolder()}) {
            const QDir dir(folder);
            if (!dir.exists())
                continue;
            for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
                QFile f(dir.filePath(name));
                h.addData(dir.filePath(name).toUtf8());
                if (f.open(QIODevice::ReadOnly))
                    h.addData(f.readAll());
            }
        }
        return QString::fromLatin1(h.result().toHex().left(16)); // structural: 64 bits tell files apart
    }();
    return hash;
}

} // namespace

// What every summary row computed `today` shares: the program version, every
// rule pack loaded (id and content: which one is in force for a company
// depends on its date), the award data and the day. Results depend on the day
// (titles lapse, the pack in force changes on its date, awards open and close),
// so a row computed on another day is stale; recomputing once a day is cheap.
QString summaryBasisKey(const QDate &today)
{
    auto &packs = rules::RulePacks::instance();
    if (packs.ids().isEmpty())
        packs.load();
    QString packList;
    for (const QString &id : packs.ids()) {
        const auto pack = packs.pack(id);
        packList += id + u':' + (pack ? pack->contentHash : QString()) + u';';
    }
    // The same packs on the same day give the same key: made once (every
    // summary written asks for it), per thread.
    thread_local QString lastPacks, lastKey;
    thread_local QDate lastDay;
    if (today == lastDay && packList == lastPacks && !lastKey.isEmpty())
        return lastKey;
    const QByteArray digest = QCryptographicHash::hash(packList.toUtf8(), QCryptographicHash::Sha256);
    lastKey = QStringLiteral("v%1 %2 packs:%3 awards:%4")
                  .arg(QStringLiteral(SRDI_VERSION), today.toString(Qt::ISODate),
                       QString::fromLatin1(digest.toHex().left(16)), awardDataHash());
    lastPacks = packList;
    lastDay = today;
    return lastKey;
}

bool writeSummary(const QSqlDatabase &db, qint64 id, const Profile &p, QString *detail,
                  std::shared_ptr<const Standing> *standing, const std::shared_ptr<const PreparedSummary> &prepared)
{
    return writeSummary(db, id, p, QDate::currentDate(), detail, standing, prepared);
}

// The company's standing in one row (schema step 3): the pack in force on
// `today`, the highest rung reached, the next rung's state, tier 1's score, the
// earliest lapse of a valid title, the awards claimable now; and (step 4) the
// basis it was computed with: summaryBasisKey(today), then the pack used.
std::shared_ptr<const PreparedSummary> computeSummary(const Profile &p, const QDate &today)
{
    auto out = std::make_shared<PreparedSummary>();
    out->profile = p;
    out->today = today;
    auto &packs = rules::RulePacks::instance();
    if (packs.ids().isEmpty())
        packs.load();
    const rules::PackChoice choice = packs.choose(p, today);
    const auto &pack = choice.pack;
    if (!pack)
        return out;
    auto computed = std::make_shared<Standing>();
    computed->today = today;
    computed->choice = choice;
    computed->assessment = rules::Evaluator::evaluate(p, choice, today);
    const rules::Assessment &a = computed->assessment;
    int rank = 0;
    const rules::TierResult *next = nullptr;
    for (const rules::TierResult &t : a.tiers) {
        if (t.status == rules::Status::Met)
            rank = vocab::tierRank(t.rule->tier);
        else if (!next)
            next = &t;
    }
    QVariant nextStatus, nextUnmet, nextMissing;
    bool withinReach = false;
    if (next) {
        // What remains to the next rung: its unmet conditions (a score below
        // its line is one), and the inputs it still lacks.
        int unmet = 0, missing = 0;
        const rules::RouteResult &route = next->best();
        for (const rules::ConditionResult &c : route.conditions) {
            unmet += c.status == rules::Status::Unmet || c.status == rules::Status::Inconsistent ? 1 : 0;
            missing += c.status == rules::Status::MissingData ? 1 : 0;
        }
        // A score below its line (with no direct route met) is one more.
        bool directMet = false;
        for (const rules::ConditionResult &d : route.direct)
            directMet = directMet || d.status == rules::Status::Met;
        if (route.scored && route.scoreStatus != rules::Status::Met && !directMet) {
            if (route.scoreStatus == rules::Status::MissingData)
                ++missing;
            else
                ++unmet;
        }
        nextStatus = rules::statusId(next->status);
        nextUnmet = unmet;
        nextMissing = missing;
        // One step away: exactly one unmet condition, nothing missing.
        withinReach = vocab::tierRank(next->rule->tier) == rank + 1 && unmet == 1 && missing == 0;
    }
    QVariant score, scoreUpper;
    const rules::RouteResult &first = a.tiers.first().best();
    if (first.scored) {
        score = first.score.toDouble();
        scoreUpper = first.scoreUpper.toDouble();
    }
    QDate expiry;
    int heldRank = 0;
    if (p.company.recognitions && pack->titleValidityYears > 0) {
        for (const Recognition &r : *p.company.recognitions) {
            const int years = pack->validityYears(r.route);
            // The last valid day (民法典 第二百零一条, 第二百零二条).
            const QDate until = periods::lastDay(r.granted, years);
            if (until >= today && (!expiry.isValid() || until < expiry))
                expiry = until;
            if (periods::within(r.granted, years, today))
                heldRank = std::max(heldRank, vocab::tierRank(r.tier));
        }
    }
    int openGaps = 0;
    for (const rules::ChecklistItem &i : rules::checklist(a))
        openGaps += i.blocksTier ? 1 : 0;
    QVariant revenue, rdRatio;
    if (const FiscalYear *fy = p.fiscalYear(p.assessmentYear - 1)) {
        if (fy->operatingRevenue)
            revenue = QVariant::fromValue<qint64>(*fy->operatingRevenue);
        if (fy->operatingRevenue && fy->rdExpense && *fy->operatingRevenue > 0)
            rdRatio = double(*fy->rdExpense) / double(*fy->operatingRevenue); // for sorting and display only
    }
    auto &catalog = awards::AwardCatalog::instance();
    catalog.load();
    computed->awards = catalog.match(p, a, a.date);
    const awards::AwardReport &matched = computed->awards;
    out->values = {pack->id, rank, nextStatus, nextUnmet, withinReach ? 1 : 0, score,
                   expiry.isValid() ? QVariant(expiry.toString(Qt::ISODate)) : QVariant(), integer(matched.nowYuan),
                   a.sme.size,
                   QStringLiteral("%1|%2:%3%4").arg(summaryBasisKey(today), pack->id, pack->contentHash.left(16),
                                                    pack->fromUser ? QStringLiteral(" user") : QString()),
                   heldRank, scoreUpper, nextMissing, openGaps, revenue, rdRatio, nameSortKey(p.company.name)};
    out->standing = std::move(computed);
    return out;
}

bool writeSummary(const QSqlDatabase &db, qint64 id, const Profile &p, const QDate &today, QString *detail,
                  std::shared_ptr<const Standing> *standing, const std::shared_ptr<const PreparedSummary> &prepared)
{
    const std::shared_ptr<const PreparedSummary> row =
        prepared && prepared->today == today && prepared->profile == p ? prepared : computeSummary(p, today);
    if (!row->standing) {
        Raw *remove = raw(db, QStringLiteral("DELETE FROM company_summary WHERE company_id = ?"), detail);
        return remove && remove->exec({integer(id)}, detail);
    }
    if (standing)
        *standing = row->standing;
    Raw *query = raw(db,
                     // One row per company, replaced whole (both engines' upsert).
                     QStringLiteral("INSERT INTO company_summary (company_id, pack, highest_rank, next_status,"
                                    " next_unmet, within_reach, score, title_expiry, awards_now_yuan, sme_size, basis,"
                                    " held_rank, score_upper, next_missing, open_gaps, revenue, rd_ratio, name_key)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                    " ON CONFLICT (company_id) DO UPDATE SET pack = excluded.pack,"
                                    " highest_rank = excluded.highest_rank, next_status = excluded.next_status,"
                                    " next_unmet = excluded.next_unmet, within_reach = excluded.within_reach,"
                                    " score = excluded.score, title_expiry = excluded.title_expiry,"
                                    " awards_now_yuan = excluded.awards_now_yuan, sme_size = excluded.sme_size,"
                                    " basis = excluded.basis, held_rank = excluded.held_rank,"
                                    " score_upper = excluded.score_upper, next_missing = excluded.next_missing,"
                                    " open_gaps = excluded.open_gaps, revenue = excluded.revenue,"
                                    " rd_ratio = excluded.rd_ratio, name_key = excluded.name_key"),
                     detail);
    QVariantList values;
    values.reserve(row->values.size() + 1);
    values.append(integer(id));
    values.append(row->values);
    return query && query->exec(values, detail);
}

} // namespace store

namespace {

// WHERE clause and its bound values for a portfolio filter.
std::pair<QString, QVariantList> portfolioWhere(const PortfolioFilter &f, dialect::Engine engine)
{
    QStringList where;
    QVariantList values;
    if (!f.text.trimmed().isEmpty()) {
        // LIKE with the user's text as a bound value; % and _ taken literally.
        QString t = f.text.trimmed();
        t.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        where.append(QStringLiteral("(c.name %1 ? ESCAPE '\\' OR c.credit_code %1 ? ESCAPE '\\')")
                         .arg(dialect::likeIgnoringCase(engine)));
        values << QStringLiteral("%") + t + u'%' << QStringLiteral("%") + t + u'%';
    }
    if (!f.region.isEmpty()) {
        // A province (xx0000) takes its cities, a city (xxxx00) its districts.
        QString prefix = f.region;
        while (prefix.endsWith(QStringLiteral("00")) && prefix.size() > 2)
            prefix.chop(2);
        where.append(QStringLiteral("c.region LIKE ?"));
        values << prefix + u'%';
    }
    if (f.minRank > 0) {
        where.append(QStringLiteral("s.highest_rank >= ?"));
        values << f.minRank;
    }
    if (f.withinReach)
        where.append(QStringLiteral("s.within_reach = 1"));
    if (f.missingData)
        where.append(QStringLiteral("(s.company_id IS NULL OR s.next_missing > 0)"));
    if (f.titleExpiring) {
        const QDate today = f.today.isValid() ? f.today : QDate::currentDate();
        where.append(QStringLiteral("s.title_expiry IS NOT NULL AND s.title_expiry <= ?"));
        values << today.addDays(90).toString(Qt::ISODate);
    }
    if (f.company != 0) {
        where.append(QStringLiteral("c.id = ?"));
        values << f.company;
    }
    return {where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")), values};
}

const QString kPortfolioFrom = QStringLiteral(" FROM companies c LEFT JOIN company_summary s ON s.company_id = c.id");
// What a list row shows (portfolioRowOf reads them in this order).
const QString kPortfolioColumns = QStringLiteral(
    "SELECT c.id, c.name, c.credit_code, c.region, s.highest_rank, s.score, s.awards_now_yuan, s.title_expiry,"
    " s.within_reach, s.held_rank, s.score_upper, s.open_gaps, s.revenue, s.rd_ratio, s.next_missing,"
    " s.company_id IS NULL");

} // namespace

PortfolioRow portfolioRowOf(const QSqlQuery &query);

int ProfileStore::portfolioCount(const PortfolioFilter &filter) const
{
    if (!checkOpen(nullptr))
        return 0;
    const auto [where, values] = portfolioWhere(filter, dialect::engineOf(m_db.handle()));
    QSqlQuery query(m_db.handle());
    QString detail;
    // Unfiltered, the join adds no row: the companies alone are counted
    // (SQLite counts a b-tree's entries without reading them).
    const QString from = where.isEmpty() ? QStringLiteral(" FROM companies c") : kPortfolioFrom;
    if (!prepare(query, QStringLiteral("SELECT COUNT(*)") + from + where, &detail) ||
        !execBound(query, values, &detail) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<PortfolioRow> ProfileStore::portfolioPage(const PortfolioFilter &filter, PortfolioSort sort, Qt::SortOrder order,
                                                int offset, int limit) const
{
    QList<PortfolioRow> out;
    if (!checkOpen(nullptr))
        return out;
    const auto [where, values] = portfolioWhere(filter, dialect::engineOf(m_db.handle()));
    const dialect::Engine engine = dialect::engineOf(m_db.handle());
    const QString dir = dialect::direction(engine, order == Qt::AscendingOrder);
    QString by;
    // Ties by name, in pinyin order.
    const QString byName = QStringLiteral(", s.name_key%1, c.name").arg(dialect::direction(engine, true));
    switch (sort) {
    case PortfolioSort::Name: by = QStringLiteral("s.name_key") + dir + QStringLiteral(", c.name") + dir; break;
    case PortfolioSort::Region: by = QStringLiteral("c.region") + dir + byName; break;
    case PortfolioSort::Tier: by = QStringLiteral("s.highest_rank") + dir + QStringLiteral(", s.score") + dir + byName; break;
    case PortfolioSort::Held: by = QStringLiteral("s.held_rank") + dir + QStringLiteral(", s.title_expiry") + dir + byName; break;
    case PortfolioSort::Score: by = QStringLiteral("s.score") + dir + byName; break;
    case PortfolioSort::Gaps: by = QStringLiteral("s.open_gaps") + dir + byName; break;
    case PortfolioSort::Revenue: by = QStringLiteral("s.revenue") + dir + byName; break;
    case PortfolioSort::RdRatio: by = QStringLiteral("s.rd_ratio") + dir + byName; break;
    case PortfolioSort::Awards: by = QStringLiteral("s.awards_now_yuan") + dir + byName; break;
    case PortfolioSort::Expiry: by = QStringLiteral("s.title_expiry") + dir + byName; break;
    }
    QSqlQuery query(m_db.handle());
    query.setForwardOnly(true);
    QString detail;
    QVariantList bound = values;
    bound << limit << offset;
    // Driven by the standing rows (their indexes give the order of a name,
    // a tier, a score, awards): a page reads its rows and those before it,
    // where the LEFT JOIN from the companies sorted the whole table for every
    // page. A company whose standing row is missing is listed once its row is
    // made (the count that follows a reload finds and recomputes it).
    if (!prepare(query,
                 kPortfolioColumns + QStringLiteral(" FROM company_summary s JOIN companies c ON c.id = s.company_id") +
                     where + QStringLiteral(" ORDER BY ") + by + QStringLiteral(", c.id LIMIT ? OFFSET ?"),
                 &detail) ||
        !execBound(query, bound, &detail))
        return out;
    while (query.next())
        out.append(portfolioRowOf(query));
    return out;
}

QList<PortfolioRow> ProfileStore::portfolioFirstPageByName(Qt::SortOrder order, int limit) const
{
    QList<PortfolioRow> out;
    if (!checkOpen(nullptr))
        return out;
    // Driven by the standing rows' name index (the portfolio's LEFT JOIN
    // would sort the whole table for one page).
    const QString dir = dialect::direction(dialect::engineOf(m_db.handle()), order == Qt::AscendingOrder);
    QSqlQuery query(m_db.handle());
    query.setForwardOnly(true);
    QString detail;
    if (!prepare(query,
                 kPortfolioColumns + QStringLiteral(" FROM company_summary s JOIN companies c ON c.id = s.company_id"
                                                    " ORDER BY s.name_key") +
                     dir + QStringLiteral(", c.name") + dir + QStringLiteral(", c.id LIMIT ?"),
                 &detail) ||
        !execBound(query, {limit}, &detail))
        return out;
    while (query.next())
        out.append(portfolioRowOf(query));
    return out;
}

std::optional<PortfolioRow> ProfileStore::portfolioRow(qint64 id) const
{
    if (!checkOpen(nullptr))
        return std::nullopt;
    QSqlQuery query(m_db.handle());
    QString detail;
    if (!prepare(query,
                 kPortfolioColumns +
                     kPortfolioFrom + QStringLiteral(" WHERE c.id = ?"),
                 &detail) ||
        !execBound(query, {integer(id)}, &detail) || !query.next())
        return std::nullopt;
    return portfolioRowOf(query);
}

PortfolioRow portfolioRowOf(const QSqlQuery &query)
{
    {
        PortfolioRow r;
        r.id = query.value(0).toLongLong();
        r.name = query.value(1).toString();
        r.creditCode = query.value(2).toString();
        r.region = query.value(3).toString();
        r.highestRank = query.value(4).toInt();
        if (!query.value(5).isNull())
            r.score = query.value(5).toDouble();
        r.awardsNowYuan = query.value(6).toLongLong();
        r.titleExpiry = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        r.withinReach = query.value(8).toInt() == 1;
        r.heldRank = query.value(9).toInt();
        if (!query.value(10).isNull())
            r.scoreUpper = query.value(10).toDouble();
        if (!query.value(11).isNull())
            r.openGaps = query.value(11).toInt();
        if (!query.value(12).isNull())
            r.revenueYuan = query.value(12).toLongLong();
        if (!query.value(13).isNull())
            r.rdRatio = query.value(13).toDouble();
        r.missingData = query.value(14).toInt() > 0 || query.value(15).toInt() == 1;
        return r;
    }
}

PortfolioSummary &PortfolioSummary::operator+=(const PortfolioSummary &o)
{
    total += o.total;
    for (int i = 0; i < 4; ++i) {
        perRank[i] += o.perRank[i];
        perHeld[i] += o.perHeld[i];
    }
    withinReach += o.withinReach;
    missingData += o.missingData;
    titleExpiring += o.titleExpiring;
    awardsNowYuan += o.awardsNowYuan;
    return *this;
}

PortfolioSummary &PortfolioSummary::operator-=(const PortfolioSummary &o)
{
    total -= o.total;
    for (int i = 0; i < 4; ++i) {
        perRank[i] -= o.perRank[i];
        perHeld[i] -= o.perHeld[i];
    }
    withinReach -= o.withinReach;
    missingData -= o.missingData;
    titleExpiring -= o.titleExpiring;
    awardsNowYuan -= o.awardsNowYuan;
    return *this;
}

PortfolioSummary ProfileStore::portfolioSummary(const PortfolioFilter &filter) const
{
    PortfolioSummary out;
    if (!checkOpen(nullptr))
        return out;
    const auto [where, values] = portfolioWhere(filter, dialect::engineOf(m_db.handle()));
    const QDate today = filter.today.isValid() ? filter.today : QDate::currentDate();
    QSqlQuery query(m_db.handle());
    QString detail;
    QVariantList bound{today.addDays(90).toString(Qt::ISODate)};
    bound << values;
    if (!prepare(query,
                 QStringLiteral("SELECT COALESCE(s.highest_rank, 0), COALESCE(s.held_rank, 0), COUNT(*), SUM(s.within_reach),"
                                " SUM(CASE WHEN s.title_expiry IS NOT NULL AND s.title_expiry <= ? THEN 1 ELSE 0 END),"
                                " SUM(s.awards_now_yuan), SUM(CASE WHEN s.company_id IS NULL OR s.next_missing > 0 THEN 1 ELSE 0 END)") +
                     kPortfolioFrom + where + QStringLiteral(" GROUP BY 1, 2"),
                 &detail) ||
        !execBound(query, bound, &detail))
        return out;
    while (query.next()) {
        const int rank = std::clamp(query.value(0).toInt(), 0, 3);
        const int held = std::clamp(query.value(1).toInt(), 0, 3);
        const int n = query.value(2).toInt();
        out.perRank[rank] += n;
        out.perHeld[held] += n;
        out.total += n;
        out.withinReach += query.value(3).toInt();
        out.titleExpiring += query.value(4).toInt();
        out.awardsNowYuan += query.value(5).toLongLong();
        out.missingData += query.value(6).toInt();
    }
    return out;
}

QList<qint64> ProfileStore::staleSummaries(const QDate &today, QString *error) const
{
    QList<qint64> ids;
    if (!checkOpen(error))
        return ids;
    // Missing, or computed with another basis (rules, awards, day, version).
    const QString key = store::summaryBasisKey(today) + u'|';
    QSqlQuery query(m_db.handle());
    query.setForwardOnly(true);
    QString detail;
    if (!prepare(query,
                 QStringLiteral("SELECT c.id FROM companies c LEFT JOIN company_summary s ON s.company_id = c.id"
                                " WHERE s.company_id IS NULL OR s.basis IS NULL OR substr(s.basis, 1, ?) <> ? ORDER BY c.id"),
                 &detail) ||
        !execBound(query, {integer(key.size()), key}, &detail)) {
        setError(error, detail);
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

int ProfileStore::refreshSummaries(const QList<qint64> &ids, const QDate &today,
                                   const std::function<bool(int, int)> &progress, QString *error)
{
    if (!checkOpen(error))
        return 0;
    int written = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (progress && !progress(int(i), int(ids.size())))
            break;
        const qint64 id = ids.at(i);
        QString detail;
        const auto p = load(id, &detail);
        if (!p) {
            if (!detail.isEmpty()) // deleted meanwhile: nothing to summarise
                setError(error, detail);
            continue;
        }
        QSqlDatabase db = m_db.handle();
        TransactionGuard guard(db);
        if (guard.isActive() && writeSummary(db, id, *p, today, &detail) && guard.commit())
            ++written;
        else
            setError(error, detail);
    }
    if (progress)
        progress(int(ids.size()), int(ids.size()));
    return written;
}

int ProfileStore::refreshSummaries(bool all, QString *error)
{
    const QDate today = QDate::currentDate();
    QList<qint64> ids;
    if (all) {
        for (const CompanySummary &c : list(error))
            ids.append(c.id);
    } else {
        ids = staleSummaries(today, error);
    }
    return refreshSummaries(ids, today, {}, error);
}

} // namespace srdi
