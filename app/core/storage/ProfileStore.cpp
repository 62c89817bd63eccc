// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include "SqlUtil.h"

#include "Database.h"
#include "TransactionGuard.h"
#include "awards/AwardCatalog.h"
#include "rules/Evaluator.h"

#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <utility>

namespace srdi {

namespace {

// Column name -> bound value, in table order. Names are constants of ours;
// values are only ever bound, never spliced into the SQL text.
using Row = QList<std::pair<QString, QVariant>>;

// The child tables that hold a company's lists (all cascade on delete).
const QStringList &childTables()
{
    static const QStringList tables{
        QStringLiteral("fiscal_years"),          QStringLiteral("recognitions"),
        QStringLiteral("sci_tech_awards"),       QStringLiteral("honors"),
        QStringLiteral("chuangke_china"),        QStringLiteral("standards_led"),
        QStringLiteral("specialization_fields"), QStringLiteral("development_scores"),
    };
    return tables;
}

QString sqlErrorText(const QSqlError &error)
{
    return sql::errorText(error);
}

// ---- values to SQL --------------------------------------------------------
// A null QString binds as NULL; a known text, even empty, must not.

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QVariant optText(const Opt<QString> &value)
{
    return value ? text(*value) : QVariant();
}

QVariant integer(qint64 value)
{
    return QVariant(qlonglong(value));
}

QVariant optInteger(const Opt<qint64> &value)
{
    return value ? integer(*value) : QVariant();
}

QVariant optBool(const Opt<bool> &value)
{
    return value ? integer(*value ? 1 : 0) : QVariant();
}

// A date that is set but invalid is kept as '' so that it stays "known".
QVariant optDate(const Opt<QDate> &value)
{
    if (!value)
        return QVariant();
    return value->isValid() ? QVariant(value->toString(Qt::ISODate))
                            : QVariant(QString(QLatin1String("")));
}

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

template <typename T> QVariant known(const std::optional<T> &list)
{
    return integer(list.has_value() ? 1 : 0);
}

// ---- SQL to values --------------------------------------------------------

QString readString(const QSqlQuery &query, const QString &column)
{
    const QString value = query.value(column).toString();
    return value.isNull() ? QString(QLatin1String("")) : value;
}

Opt<QString> readOptText(const QSqlQuery &query, const QString &column)
{
    if (query.isNull(column))
        return std::nullopt;
    return readString(query, column);
}

Opt<qint64> readOptInteger(const QSqlQuery &query, const QString &column)
{
    if (query.isNull(column))
        return std::nullopt;
    return qint64(query.value(column).toLongLong());
}

Opt<bool> readOptBool(const QSqlQuery &query, const QString &column)
{
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).toLongLong() != 0;
}

Opt<QDate> readOptDate(const QSqlQuery &query, const QString &column)
{
    if (query.isNull(column))
        return std::nullopt;
    return QDate::fromString(query.value(column).toString(), Qt::ISODate);
}

QDate readDate(const QSqlQuery &query, const QString &column)
{
    if (query.isNull(column))
        return {};
    return QDate::fromString(query.value(column).toString(), Qt::ISODate);
}

bool readKnown(const QSqlQuery &query, const QString &column)
{
    return query.value(column).toLongLong() != 0;
}

// ---- the companies row ----------------------------------------------------

Row companyRow(const Profile &p)
{
    const Company &c = p.company;
    const Innovation &in = p.innovation;
    const Refinement &re = p.refinement;
    const Specialization &sp = p.specialization;
    return {
        {QStringLiteral("name"), text(c.name)},
        {QStringLiteral("credit_code"), optText(c.creditCode)},
        {QStringLiteral("region"), optText(c.region)},
        {QStringLiteral("industry"), optText(c.industry)},
        {QStringLiteral("established"), optDate(c.established)},
        {QStringLiteral("niche_since"), optDate(c.nicheSince)},
        {QStringLiteral("main_product"), optText(c.mainProduct)},
        {QStringLiteral("assessment_year"), integer(p.assessmentYear)},
        {QStringLiteral("assessment_date"), optDate(p.assessmentDate)},
        {QStringLiteral("recognitions_known"), known(c.recognitions)},
        {QStringLiteral("no_abnormal_or_dishonest_listing"),
         optBool(c.attestations.noAbnormalOrDishonestListing)},
        {QStringLiteral("no_banned_products"), optBool(c.attestations.noBannedProducts)},
        {QStringLiteral("no_major_accident_3y"), optBool(c.attestations.noMajorAccident3y)},
        {QStringLiteral("ip_class1_high_value"), optInteger(in.ip.class1HighValue)},
        {QStringLiteral("ip_class1_self_developed"), optInteger(in.ip.class1SelfDeveloped)},
        {QStringLiteral("ip_class1"), optInteger(in.ip.class1)},
        {QStringLiteral("ip_class2"), optInteger(in.ip.class2)},
        {QStringLiteral("ip_class1_applied"), optInteger(in.ip.class1Applied)},
        {QStringLiteral("rd_institution"), optText(in.rdInstitution)},
        {QStringLiteral("rd_institution_own_or_joint"), optBool(in.rdInstitutionOwnOrJoint)},
        {QStringLiteral("sci_tech_awards_known"), known(in.sciTechAwards)},
        {QStringLiteral("honors_known"), known(in.honors)},
        {QStringLiteral("chuangke_china_known"), known(in.chuangkeChina)},
        {QStringLiteral("standards_led_known"), known(in.standardsLed)},
        {QStringLiteral("rd_measure"), optText(in.rdMeasure)},
        {QStringLiteral("digital_level"), optInteger(re.digitalLevel)},
        {QStringLiteral("core_business_on_system"), optBool(re.coreBusinessOnSystem)},
        {QStringLiteral("quality_award"), optText(re.qualityAward)},
        {QStringLiteral("quality_system_cert"), optBool(re.qualitySystemCert)},
        {QStringLiteral("own_brand"), optBool(re.ownBrand)},
        {QStringLiteral("standards_participation"), optBool(re.standardsParticipation)},
        {QStringLiteral("mgmt_or_intl_product_cert"), optBool(re.mgmtOrIntlProductCert)},
        {QStringLiteral("specialization_fields_known"), known(sp.field)},
        {QStringLiteral("national_market_share_pct"), optInteger(sp.nationalMarketSharePct)},
        {QStringLiteral("international_market_share_pct"),
         optInteger(sp.internationalMarketSharePct)},
        {QStringLiteral("domestic_rank"), optInteger(sp.domesticRank)},
        {QStringLiteral("market_leading"), optBool(sp.marketLeading)},
        {QStringLiteral("chain_key_link"), optBool(sp.chainKeyLink)},
        {QStringLiteral("development_scores_known"), known(sp.developmentScores)},
        {QStringLiteral("renewal"), optBool(sp.renewal)},
        {QStringLiteral("local_feature_score"), optInteger(p.localFeatureScore)},
    };
}

const QStringList &companyColumns()
{
    static const QStringList columns = [] {
        QStringList names;
        for (const auto &column : companyRow(Profile()))
            names.append(column.first);
        return names;
    }();
    return columns;
}

// The scalars of the companies row; the lists come from the child tables, for
// those whose *_known flag is set (an empty list when no row follows).
struct KnownLists
{
    bool recognitions = false;
    bool sciTechAwards = false;
    bool honors = false;
    bool chuangkeChina = false;
    bool standardsLed = false;
    bool fields = false;
    bool developmentScores = false;
};

KnownLists readCompanyRow(const QSqlQuery &q, Profile &p)
{
    Company &c = p.company;
    Innovation &in = p.innovation;
    Refinement &re = p.refinement;
    Specialization &sp = p.specialization;

    c.name = readString(q, QStringLiteral("name"));
    c.creditCode = readOptText(q, QStringLiteral("credit_code"));
    c.region = readOptText(q, QStringLiteral("region"));
    c.industry = readOptText(q, QStringLiteral("industry"));
    c.established = readOptDate(q, QStringLiteral("established"));
    c.nicheSince = readOptDate(q, QStringLiteral("niche_since"));
    c.mainProduct = readOptText(q, QStringLiteral("main_product"));
    p.assessmentYear = q.value(QStringLiteral("assessment_year")).toInt();
    p.assessmentDate = readOptDate(q, QStringLiteral("assessment_date"));
    c.attestations.noAbnormalOrDishonestListing =
        readOptBool(q, QStringLiteral("no_abnormal_or_dishonest_listing"));
    c.attestations.noBannedProducts = readOptBool(q, QStringLiteral("no_banned_products"));
    c.attestations.noMajorAccident3y = readOptBool(q, QStringLiteral("no_major_accident_3y"));
    in.ip.class1HighValue = readOptInteger(q, QStringLiteral("ip_class1_high_value"));
    in.ip.class1SelfDeveloped = readOptInteger(q, QStringLiteral("ip_class1_self_developed"));
    in.ip.class1 = readOptInteger(q, QStringLiteral("ip_class1"));
    in.ip.class2 = readOptInteger(q, QStringLiteral("ip_class2"));
    in.ip.class1Applied = readOptInteger(q, QStringLiteral("ip_class1_applied"));
    in.rdInstitution = readOptText(q, QStringLiteral("rd_institution"));
    in.rdInstitutionOwnOrJoint = readOptBool(q, QStringLiteral("rd_institution_own_or_joint"));
    in.rdMeasure = readOptText(q, QStringLiteral("rd_measure"));
    re.digitalLevel = readOptInteger(q, QStringLiteral("digital_level"));
    re.coreBusinessOnSystem = readOptBool(q, QStringLiteral("core_business_on_system"));
    re.qualityAward = readOptText(q, QStringLiteral("quality_award"));
    re.qualitySystemCert = readOptBool(q, QStringLiteral("quality_system_cert"));
    re.ownBrand = readOptBool(q, QStringLiteral("own_brand"));
    re.standardsParticipation = readOptBool(q, QStringLiteral("standards_participation"));
    re.mgmtOrIntlProductCert = readOptBool(q, QStringLiteral("mgmt_or_intl_product_cert"));
    sp.nationalMarketSharePct = readOptInteger(q, QStringLiteral("national_market_share_pct"));
    sp.internationalMarketSharePct =
        readOptInteger(q, QStringLiteral("international_market_share_pct"));
    sp.domesticRank = readOptInteger(q, QStringLiteral("domestic_rank"));
    sp.marketLeading = readOptBool(q, QStringLiteral("market_leading"));
    sp.chainKeyLink = readOptBool(q, QStringLiteral("chain_key_link"));
    sp.renewal = readOptBool(q, QStringLiteral("renewal"));
    p.localFeatureScore = readOptInteger(q, QStringLiteral("local_feature_score"));

    KnownLists known;
    known.recognitions = readKnown(q, QStringLiteral("recognitions_known"));
    known.sciTechAwards = readKnown(q, QStringLiteral("sci_tech_awards_known"));
    known.honors = readKnown(q, QStringLiteral("honors_known"));
    known.chuangkeChina = readKnown(q, QStringLiteral("chuangke_china_known"));
    known.standardsLed = readKnown(q, QStringLiteral("standards_led_known"));
    known.fields = readKnown(q, QStringLiteral("specialization_fields_known"));
    known.developmentScores = readKnown(q, QStringLiteral("development_scores_known"));
    return known;
}

// ---- statements -----------------------------------------------------------

bool execBound(QSqlQuery &query, const QVariantList &values, QString *detail)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (query.exec())
        return true;
    *detail = sqlErrorText(query.lastError());
    return false;
}

bool prepare(QSqlQuery &query, const QString &sql, QString *detail)
{
    if (query.prepare(sql))
        return true;
    *detail = sqlErrorText(query.lastError());
    return false;
}

// Inserts `rows` (each bound in full) with one prepared statement.
bool insertRows(const QSqlDatabase &db, const QString &sql, const QList<QVariantList> &rows,
                QString *detail)
{
    if (rows.isEmpty())
        return true;
    QSqlQuery query(db);
    if (!prepare(query, sql, detail))
        return false;
    for (const QVariantList &row : rows) {
        if (!execBound(query, row, detail))
            return false;
    }
    return true;
}

// Runs a SELECT bound to one company id and calls `each` per row.
bool selectRows(const QSqlDatabase &db, const QString &sql, qint64 id,
                const std::function<void(const QSqlQuery &)> &each, QString *detail)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!prepare(query, sql, detail) || !execBound(query, {integer(id)}, detail))
        return false;
    while (query.next())
        each(query);
    if (query.lastError().isValid()) {
        *detail = sqlErrorText(query.lastError());
        return false;
    }
    return true;
}

std::optional<qint64> findOne(const QSqlDatabase &db, const QString &sql, const QVariant &value)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString detail;
    if (!prepare(query, sql, &detail) || !execBound(query, {value}, &detail) || !query.next())
        return std::nullopt;
    return qint64(query.value(0).toLongLong());
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

// Writes the companies row (a new one when `id` is empty) and replaces every
// child row. The caller holds the transaction.
// The company's standing in one row (schema step 3): the pack in force today,
// the highest rung reached, the next rung's state, tier 1's score, the earliest
// lapse of a valid title, the awards claimable now.
bool writeSummary(const QSqlDatabase &db, qint64 id, const Profile &p, QString *detail)
{
    auto &packs = rules::RulePacks::instance();
    if (packs.ids().isEmpty())
        packs.load();
    const QDate today = QDate::currentDate();
    const auto pack = packs.inForce(p.effectiveDate(today));
    QSqlQuery query(db);
    if (!pack) {
        return prepare(query, QStringLiteral("DELETE FROM company_summary WHERE company_id = ?"), detail) &&
               execBound(query, {integer(id)}, detail);
    }
    const rules::Assessment a = rules::Evaluator::evaluate(p, pack, today);
    int rank = 0;
    const rules::TierResult *next = nullptr;
    for (const rules::TierResult &t : a.tiers) {
        if (t.status == rules::Status::Met)
            rank = vocab::tierRank(t.rule->tier);
        else if (!next)
            next = &t;
    }
    QVariant nextStatus, nextUnmet;
    bool withinReach = false;
    if (next) {
        int unmet = 0;
        for (const rules::ConditionResult &c : next->best().conditions)
            unmet += c.status == rules::Status::Unmet ? 1 : 0;
        nextStatus = rules::statusId(next->status);
        nextUnmet = unmet;
        // One failing condition (or only inputs missing) from the next rung.
        withinReach = vocab::tierRank(next->rule->tier) == rank + 1 && unmet <= 1;
    }
    QVariant score;
    const rules::RouteResult &first = a.tiers.first().best();
    if (first.scored && first.score == first.scoreUpper)
        score = first.score.toDouble();
    QDate expiry;
    if (p.company.recognitions && pack->titleValidityYears > 0) {
        for (const Recognition &r : *p.company.recognitions) {
            const QDate until = r.granted.addYears(pack->titleValidityYears);
            if (until >= today && (!expiry.isValid() || until < expiry))
                expiry = until;
        }
    }
    auto &catalog = awards::AwardCatalog::instance();
    catalog.load();
    const awards::AwardReport matched = catalog.match(p, a, a.date);
    return prepare(query,
                   QStringLiteral("INSERT OR REPLACE INTO company_summary (company_id, pack, highest_rank, next_status,"
                                  " next_unmet, within_reach, score, title_expiry, awards_now_yuan, sme_size)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   detail) &&
           execBound(query,
                     {integer(id), pack->id, rank, nextStatus, nextUnmet, withinReach ? 1 : 0, score,
                      expiry.isValid() ? QVariant(expiry.toString(Qt::ISODate)) : QVariant(), integer(matched.nowYuan),
                      a.sme.size},
                     detail);
}

std::optional<qint64> writeProfile(const QSqlDatabase &db, std::optional<qint64> id,
                                   const Profile &p, QString *detail)
{
    Row row = companyRow(p);
    row.append({QStringLiteral("updated_at"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});

    QStringList columns;
    QVariantList values;
    for (const auto &column : std::as_const(row)) {
        columns.append(column.first);
        values.append(column.second);
    }

    QSqlQuery query(db);
    if (id) {
        QStringList assignments;
        for (const QString &column : std::as_const(columns))
            assignments.append(column + QStringLiteral(" = ?"));
        values.append(integer(*id));
        if (!prepare(query,
                     QStringLiteral("UPDATE companies SET %1 WHERE id = ?")
                         .arg(assignments.join(QStringLiteral(", "))),
                     detail) ||
            !execBound(query, values, detail))
            return std::nullopt;
        if (query.numRowsAffected() != 1) {
            *detail = ProfileStore::tr("there is no company with id %1.").arg(*id);
            return std::nullopt;
        }
        for (const QString &table : childTables()) {
            QSqlQuery remove(db);
            // `table` is one of ours; the id is bound.
            if (!prepare(remove, QStringLiteral("DELETE FROM %1 WHERE company_id = ?").arg(table),
                         detail) ||
                !execBound(remove, {integer(*id)}, detail))
                return std::nullopt;
        }
    } else {
        if (!prepare(query,
                     QStringLiteral("INSERT INTO companies (%1) VALUES (%2)")
                         .arg(columns.join(QStringLiteral(", ")), placeholders(columns.size())),
                     detail) ||
            !execBound(query, values, detail))
            return std::nullopt;
        const QVariant newId = query.lastInsertId();
        if (!newId.isValid()) {
            *detail = ProfileStore::tr("the new company got no id.");
            return std::nullopt;
        }
        id = newId.toLongLong();
    }
    const QVariant companyId = integer(*id);

    QList<QVariantList> years;
    for (const FiscalYear &fy : p.years) {
        years.append({companyId, fy.year, optInteger(fy.operatingRevenue),
                      optInteger(fy.mainBusinessRevenue), optInteger(fy.rdExpense),
                      optInteger(fy.costExpenseTotal), optInteger(fy.netProfit),
                      optInteger(fy.totalAssets), optInteger(fy.totalLiabilities),
                      optInteger(fy.employees), optInteger(fy.rdStaff), optInteger(fy.techStaff),
                      optInteger(fy.equityFinancing)});
    }
    if (!insertRows(db,
                    QStringLiteral("INSERT INTO fiscal_years (company_id, year, operating_revenue,"
                                   " main_business_revenue, rd_expense, cost_expense_total,"
                                   " net_profit, total_assets, total_liabilities, employees,"
                                   " rd_staff, tech_staff, equity_financing)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    years, detail))
        return std::nullopt;

    // Each list keeps its order through a position column.
    QList<QVariantList> rows;
    const auto positioned = [&](qsizetype position, QVariantList fields) {
        fields.prepend(int(position));
        fields.prepend(companyId);
        rows.append(fields);
    };

    rows.clear();
    for (qsizetype i = 0; p.company.recognitions && i < p.company.recognitions->size(); ++i) {
        const Recognition &r = p.company.recognitions->at(i);
        positioned(i, {text(r.tier), date(r.granted)});
    }
    if (!insertRows(db,
                    QStringLiteral("INSERT INTO recognitions (company_id, position, tier, granted)"
                                   " VALUES (?, ?, ?, ?)"),
                    rows, detail))
        return std::nullopt;

    rows.clear();
    const Innovation &in = p.innovation;
    for (qsizetype i = 0; in.sciTechAwards && i < in.sciTechAwards->size(); ++i) {
        const SciTechAward &a = in.sciTechAwards->at(i);
        positioned(i, {text(a.level), a.rank, a.year});
    }
    if (!insertRows(db,
                    QStringLiteral("INSERT INTO sci_tech_awards (company_id, position, level, rank,"
                                   " year) VALUES (?, ?, ?, ?, ?)"),
                    rows, detail))
        return std::nullopt;

    rows.clear();
    for (qsizetype i = 0; in.honors && i < in.honors->size(); ++i)
        positioned(i, {text(in.honors->at(i))});
    if (!insertRows(db,
                    QStringLiteral("INSERT INTO honors (company_id, position, honor)"
                                   " VALUES (?, ?, ?)"),
                    rows, detail))
        return std::nullopt;

    rows.clear();
    for (qsizetype i = 0; in.chuangkeChina && i < in.chuangkeChina->size(); ++i) {
        const ChuangkeEntry &e = in.chuangkeChina->at(i);
        positioned(i, {e.year, text(e.group)});
    }
    if (!insertRows(db,
                    QStringLiteral("INSERT INTO chuangke_china (company_id, position, year,"
                                   " group_name) VALUES (?, ?, ?, ?)"),
                    rows, detail))
        return std::nullopt;

    rows.clear();
    for (qsizetype i = 0; in.standardsLed && i < in.standardsLed->size(); ++i) {
        const StandardLed &s = in.standardsLed->at(i);
        positioned(i, {s.year, text(s.level)});
    }
    if (!insertRows(db,
                    QStringLiteral("INSERT INTO standards_led (company_id, position, year, level)"
                                   " VALUES (?, ?, ?, ?)"),
                    rows, detail))
        return std::nullopt;

    rows.clear();
    const Specialization &sp = p.specialization;
    for (qsizetype i = 0; sp.field && i < sp.field->size(); ++i)
        positioned(i, {text(sp.field->at(i))});
    if (!insertRows(db,
                    QStringLiteral("INSERT INTO specialization_fields (company_id, position, field)"
                                   " VALUES (?, ?, ?)"),
                    rows, detail))
        return std::nullopt;

    rows.clear();
    for (qsizetype i = 0; sp.developmentScores && i < sp.developmentScores->size(); ++i) {
        const DevelopmentScore &s = sp.developmentScores->at(i);
        positioned(i, {s.year, integer(s.score)});
    }
    if (!insertRows(db,
                    QStringLiteral("INSERT INTO development_scores (company_id, position, year,"
                                   " score) VALUES (?, ?, ?, ?)"),
                    rows, detail))
        return std::nullopt;

    if (!writeSummary(db, *id, p, detail))
        return std::nullopt;
    return id;
}

QString companyLabel(const Profile &profile)
{
    return profile.company.name.isEmpty() ? ProfileStore::tr("(unnamed)") : profile.company.name;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

bool ProfileStore::checkOpen(QString *error) const
{
    if (m_db.isOpen())
        return true;
    setError(error, tr("The database %1 is not open.").arg(QDir::toNativeSeparators(m_db.path())));
    return false;
}

ProfileStore::ProfileStore(Database &db) : m_db(db) {}

QList<CompanySummary> ProfileStore::list(QString *error) const
{
    if (!checkOpen(error))
        return {};
    QList<CompanySummary> companies;
    QSqlQuery query(m_db.handle());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, credit_code, region, industry,"
                                   " assessment_year FROM companies"
                                   " ORDER BY name COLLATE NOCASE, name, id"))) {
        setError(
            error,
            tr("Could not read the list of companies: %1").arg(sqlErrorText(query.lastError())));
        return {};
    }
    while (query.next()) {
        CompanySummary summary;
        summary.id = query.value(0).toLongLong();
        summary.name = query.value(1).toString();
        summary.creditCode = query.value(2).toString();
        summary.region = query.value(3).toString();
        summary.industry = query.value(4).toString();
        summary.assessmentYear = query.value(5).toInt();
        companies.append(summary);
    }
    if (query.lastError().isValid()) {
        setError(
            error,
            tr("Could not read the list of companies: %1").arg(sqlErrorText(query.lastError())));
        return {};
    }
    return companies;
}

qint64 ProfileStore::count(QString *error) const
{
    if (!checkOpen(error))
        return 0;
    QSqlQuery query(m_db.handle());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM companies")) || !query.next()) {
        setError(error,
                 tr("Could not count the companies: %1").arg(sqlErrorText(query.lastError())));
        return 0;
    }
    return query.value(0).toLongLong();
}

std::optional<Profile> ProfileStore::load(qint64 id, QString *error) const
{
    if (!checkOpen(error))
        return std::nullopt;
    const QSqlDatabase db = m_db.handle();
    const auto fail = [&](const QString &detail) -> std::optional<Profile> {
        setError(error, tr("Could not read company %1: %2").arg(QString::number(id), detail));
        return std::nullopt;
    };

    QString detail;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!prepare(query,
                 QStringLiteral("SELECT %1 FROM companies WHERE id = ?")
                     .arg(companyColumns().join(QStringLiteral(", "))),
                 &detail) ||
        !execBound(query, {integer(id)}, &detail))
        return fail(detail);
    if (!query.next()) {
        return fail(query.lastError().isValid() ? sqlErrorText(query.lastError())
                                                : tr("there is no such company."));
    }

    Profile p;
    const KnownLists known = readCompanyRow(query, p);
    query.finish();

    if (!selectRows(
            db,
            QStringLiteral("SELECT year, operating_revenue, main_business_revenue, rd_expense,"
                           " cost_expense_total, net_profit, total_assets, total_liabilities,"
                           " employees, rd_staff, tech_staff, equity_financing"
                           " FROM fiscal_years WHERE company_id = ? ORDER BY year"),
            id,
            [&p](const QSqlQuery &q) {
                FiscalYear fy;
                fy.year = q.value(QStringLiteral("year")).toInt();
                fy.operatingRevenue = readOptInteger(q, QStringLiteral("operating_revenue"));
                fy.mainBusinessRevenue = readOptInteger(q, QStringLiteral("main_business_revenue"));
                fy.rdExpense = readOptInteger(q, QStringLiteral("rd_expense"));
                fy.costExpenseTotal = readOptInteger(q, QStringLiteral("cost_expense_total"));
                fy.netProfit = readOptInteger(q, QStringLiteral("net_profit"));
                fy.totalAssets = readOptInteger(q, QStringLiteral("total_assets"));
                fy.totalLiabilities = readOptInteger(q, QStringLiteral("total_liabilities"));
                fy.employees = readOptInteger(q, QStringLiteral("employees"));
                fy.rdStaff = readOptInteger(q, QStringLiteral("rd_staff"));
                fy.techStaff = readOptInteger(q, QStringLiteral("tech_staff"));
                fy.equityFinancing = readOptInteger(q, QStringLiteral("equity_financing"));
                p.years.append(fy);
            },
            &detail))
        return fail(detail);

    // A list whose flag is set is known: empty when no row follows.
    if (known.recognitions) {
        QList<Recognition> &list = p.company.recognitions.emplace();
        if (!selectRows(
                db,
                QStringLiteral("SELECT tier, granted FROM recognitions WHERE company_id = ?"
                               " ORDER BY position"),
                id,
                [&list](const QSqlQuery &q) {
                    list.append({readString(q, QStringLiteral("tier")),
                                 readDate(q, QStringLiteral("granted"))});
                },
                &detail))
            return fail(detail);
    }
    if (known.sciTechAwards) {
        QList<SciTechAward> &list = p.innovation.sciTechAwards.emplace();
        if (!selectRows(
                db,
                QStringLiteral("SELECT level, rank, year FROM sci_tech_awards"
                               " WHERE company_id = ? ORDER BY position"),
                id,
                [&list](const QSqlQuery &q) {
                    list.append({readString(q, QStringLiteral("level")),
                                 q.value(QStringLiteral("rank")).toInt(),
                                 q.value(QStringLiteral("year")).toInt()});
                },
                &detail))
            return fail(detail);
    }
    if (known.honors) {
        QStringList &list = p.innovation.honors.emplace();
        if (!selectRows(
                db,
                QStringLiteral("SELECT honor FROM honors WHERE company_id = ? ORDER BY position"),
                id,
                [&list](const QSqlQuery &q) {
                    list.append(readString(q, QStringLiteral("honor")));
                },
                &detail))
            return fail(detail);
    }
    if (known.chuangkeChina) {
        QList<ChuangkeEntry> &list = p.innovation.chuangkeChina.emplace();
        if (!selectRows(
                db,
                QStringLiteral("SELECT year, group_name FROM chuangke_china"
                               " WHERE company_id = ? ORDER BY position"),
                id,
                [&list](const QSqlQuery &q) {
                    list.append({q.value(QStringLiteral("year")).toInt(),
                                 readString(q, QStringLiteral("group_name"))});
                },
                &detail))
            return fail(detail);
    }
    if (known.standardsLed) {
        QList<StandardLed> &list = p.innovation.standardsLed.emplace();
        if (!selectRows(
                db,
                QStringLiteral("SELECT year, level FROM standards_led"
                               " WHERE company_id = ? ORDER BY position"),
                id,
                [&list](const QSqlQuery &q) {
                    list.append({q.value(QStringLiteral("year")).toInt(),
                                 readString(q, QStringLiteral("level"))});
                },
                &detail))
            return fail(detail);
    }
    if (known.fields) {
        QStringList &list = p.specialization.field.emplace();
        if (!selectRows(
                db,
                QStringLiteral("SELECT field FROM specialization_fields"
                               " WHERE company_id = ? ORDER BY position"),
                id,
                [&list](const QSqlQuery &q) {
                    list.append(readString(q, QStringLiteral("field")));
                },
                &detail))
            return fail(detail);
    }
    if (known.developmentScores) {
        QList<DevelopmentScore> &list = p.specialization.developmentScores.emplace();
        if (!selectRows(
                db,
                QStringLiteral("SELECT year, score FROM development_scores"
                               " WHERE company_id = ? ORDER BY position"),
                id,
                [&list](const QSqlQuery &q) {
                    list.append({q.value(QStringLiteral("year")).toInt(),
                                 Scaled4(q.value(QStringLiteral("score")).toLongLong())});
                },
                &detail))
            return fail(detail);
    }
    return p;
}

std::optional<qint64> ProfileStore::insert(const Profile &profile, QString *error)
{
    if (!checkOpen(error))
        return std::nullopt;
    const auto fail = [&](const QString &detail) -> std::optional<qint64> {
        setError(error,
                 tr("Could not save the company “%1”: %2").arg(companyLabel(profile), detail));
        return std::nullopt;
    };
    QSqlDatabase db = m_db.handle();
    TransactionGuard guard(db);
    if (!guard.isActive())
        return fail(sqlErrorText(db.lastError()));
    QString detail;
    const std::optional<qint64> id = writeProfile(db, std::nullopt, profile, &detail);
    if (!id)
        return fail(detail);
    if (!guard.commit())
        return fail(sqlErrorText(db.lastError()));
    return id;
}

bool ProfileStore::restore(qint64 id, const Profile &profile, QString *error)
{
    if (!checkOpen(error))
        return false;
    const auto fail = [&](const QString &detail) {
        setError(error,
                 tr("Could not save the company “%1”: %2").arg(companyLabel(profile), detail));
        return false;
    };
    QSqlDatabase db = m_db.handle();
    TransactionGuard guard(db);
    if (!guard.isActive())
        return fail(sqlErrorText(db.lastError()));
    QString detail;
    // A placeholder row under the id, then the ordinary update fills it.
    QSqlQuery query(db);
    if (!prepare(query, QStringLiteral("INSERT INTO companies (id, name) VALUES (?, ?)"), &detail) ||
        !execBound(query, {integer(id), profile.company.name}, &detail))
        return fail(detail);
    if (!writeProfile(db, id, profile, &detail))
        return fail(detail);
    if (!guard.commit())
        return fail(sqlErrorText(db.lastError()));
    return true;
}

bool ProfileStore::update(qint64 id, const Profile &profile, QString *error)
{
    if (!checkOpen(error))
        return false;
    const auto fail = [&](const QString &detail) {
        setError(error,
                 tr("Could not save the company “%1”: %2").arg(companyLabel(profile), detail));
        return false;
    };
    QSqlDatabase db = m_db.handle();
    TransactionGuard guard(db);
    if (!guard.isActive())
        return fail(sqlErrorText(db.lastError()));
    QString detail;
    if (!writeProfile(db, id, profile, &detail))
        return fail(detail);
    if (!guard.commit())
        return fail(sqlErrorText(db.lastError()));
    return true;
}

std::optional<qint64> ProfileStore::upsert(const Profile &profile, bool *created, QString *error)
{
    if (!checkOpen(error))
        return std::nullopt;
    const auto fail = [&](const QString &detail) -> std::optional<qint64> {
        setError(error,
                 tr("Could not save the company “%1”: %2").arg(companyLabel(profile), detail));
        return std::nullopt;
    };
    QSqlDatabase db = m_db.handle();
    TransactionGuard guard(db);
    if (!guard.isActive())
        return fail(sqlErrorText(db.lastError()));

    const std::optional<qint64> existing = match(profile);

    QString detail;
    const std::optional<qint64> id = writeProfile(db, existing, profile, &detail);
    if (!id)
        return fail(detail);
    if (!guard.commit())
        return fail(sqlErrorText(db.lastError()));
    if (created)
        *created = !existing;
    return id;
}

namespace {

// WHERE clause and its bound values for a portfolio filter.
std::pair<QString, QVariantList> portfolioWhere(const PortfolioFilter &f)
{
    QStringList where;
    QVariantList values;
    if (!f.text.trimmed().isEmpty()) {
        // LIKE with the user's text as a bound value; % and _ taken literally.
        QString t = f.text.trimmed();
        t.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        where.append(QStringLiteral("(c.name LIKE ? ESCAPE '\\' OR c.credit_code LIKE ? ESCAPE '\\')"));
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
    if (f.titleExpiring) {
        const QDate today = f.today.isValid() ? f.today : QDate::currentDate();
        where.append(QStringLiteral("s.title_expiry IS NOT NULL AND s.title_expiry <= ?"));
        values << today.addDays(90).toString(Qt::ISODate);
    }
    return {where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")), values};
}

const QString kPortfolioFrom = QStringLiteral(" FROM companies c LEFT JOIN company_summary s ON s.company_id = c.id");

} // namespace

PortfolioRow portfolioRowOf(const QSqlQuery &query);

int ProfileStore::portfolioCount(const PortfolioFilter &filter) const
{
    if (!checkOpen(nullptr))
        return 0;
    const auto [where, values] = portfolioWhere(filter);
    QSqlQuery query(m_db.handle());
    QString detail;
    if (!prepare(query, QStringLiteral("SELECT COUNT(*)") + kPortfolioFrom + where, &detail) ||
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
    const auto [where, values] = portfolioWhere(filter);
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString by;
    switch (sort) {
    case PortfolioSort::Name: by = QStringLiteral("c.name") + dir; break;
    case PortfolioSort::Region: by = QStringLiteral("c.region") + dir + QStringLiteral(", c.name"); break;
    case PortfolioSort::Tier: by = QStringLiteral("s.highest_rank") + dir + QStringLiteral(", s.score") + dir + QStringLiteral(", c.name"); break;
    case PortfolioSort::Score: by = QStringLiteral("s.score") + dir + QStringLiteral(", c.name"); break;
    case PortfolioSort::Awards: by = QStringLiteral("s.awards_now_yuan") + dir + QStringLiteral(", c.name"); break;
    }
    QSqlQuery query(m_db.handle());
    query.setForwardOnly(true);
    QString detail;
    QVariantList bound = values;
    bound << limit << offset;
    if (!prepare(query,
                 QStringLiteral("SELECT c.id, c.name, c.credit_code, c.region, s.highest_rank, s.score, s.awards_now_yuan,"
                                " s.title_expiry, s.within_reach") +
                     kPortfolioFrom + where + QStringLiteral(" ORDER BY ") + by + QStringLiteral(", c.id LIMIT ? OFFSET ?"),
                 &detail) ||
        !execBound(query, bound, &detail))
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
                 QStringLiteral("SELECT c.id, c.name, c.credit_code, c.region, s.highest_rank, s.score, s.awards_now_yuan,"
                                " s.title_expiry, s.within_reach") +
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
        return r;
    }
}

PortfolioSummary ProfileStore::portfolioSummary(const PortfolioFilter &filter) const
{
    PortfolioSummary out;
    if (!checkOpen(nullptr))
        return out;
    const auto [where, values] = portfolioWhere(filter);
    const QDate today = filter.today.isValid() ? filter.today : QDate::currentDate();
    QSqlQuery query(m_db.handle());
    QString detail;
    QVariantList bound{today.addDays(90).toString(Qt::ISODate)};
    bound << values;
    if (!prepare(query,
                 QStringLiteral("SELECT COALESCE(s.highest_rank, 0), COUNT(*), SUM(s.within_reach),"
                                " SUM(CASE WHEN s.title_expiry IS NOT NULL AND s.title_expiry <= ? THEN 1 ELSE 0 END),"
                                " SUM(s.awards_now_yuan)") +
                     kPortfolioFrom + where + QStringLiteral(" GROUP BY 1"),
                 &detail) ||
        !execBound(query, bound, &detail))
        return out;
    while (query.next()) {
        const int rank = std::clamp(query.value(0).toInt(), 0, 3);
        const int n = query.value(1).toInt();
        out.perRank[rank] += n;
        out.total += n;
        out.withinReach += query.value(2).toInt();
        out.titleExpiring += query.value(3).toInt();
        out.awardsNowYuan += query.value(4).toLongLong();
    }
    return out;
}

int ProfileStore::refreshSummaries(bool all, QString *error)
{
    if (!checkOpen(error))
        return 0;
    QList<qint64> ids;
    {
        QSqlQuery query(m_db.handle());
        query.setForwardOnly(true);
        const QString sql = all ? QStringLiteral("SELECT id FROM companies")
                                : QStringLiteral("SELECT c.id FROM companies c LEFT JOIN company_summary s"
                                                 " ON s.company_id = c.id WHERE s.company_id IS NULL");
        if (!query.exec(sql)) {
            setError(error, sqlErrorText(query.lastError()));
            return 0;
        }
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    int written = 0;
    for (qint64 id : std::as_const(ids)) {
        const auto p = load(id, error);
        if (!p)
            continue;
        QSqlDatabase db = m_db.handle();
        TransactionGuard guard(db);
        QString detail;
        if (guard.isActive() && writeSummary(db, id, *p, &detail) && guard.commit())
            ++written;
        else
            setError(error, detail);
    }
    return written;
}

QSet<QString> ProfileStore::plannedItems(qint64 id, QString *error) const
{
    QSet<QString> out;
    if (!checkOpen(error))
        return out;
    QSqlQuery query(m_db.handle());
    QString detail;
    if (!prepare(query, QStringLiteral("SELECT item_id FROM plan_items WHERE company_id = ? AND done = 1"), &detail) ||
        !execBound(query, {integer(id)}, &detail)) {
        setError(error, detail);
        return out;
    }
    while (query.next())
        out.insert(query.value(0).toString());
    return out;
}

bool ProfileStore::setPlanned(qint64 id, const QString &itemKey, bool planned, QString *error)
{
    if (!checkOpen(error))
        return false;
    QSqlDatabase db = m_db.handle();
    TransactionGuard guard(db);
    if (!guard.isActive()) {
        setError(error, sqlErrorText(db.lastError()));
        return false;
    }
    QSqlQuery query(db);
    QString detail;
    const bool ok = planned ? prepare(query,
                                      QStringLiteral("INSERT INTO plan_items (company_id, item_id, done) VALUES (?, ?, 1)"
                                                     " ON CONFLICT (company_id, item_id) DO UPDATE SET done = 1"),
                                      &detail) &&
                                  execBound(query, {integer(id), itemKey}, &detail)
                            : prepare(query, QStringLiteral("DELETE FROM plan_items WHERE company_id = ? AND item_id = ?"), &detail) &&
                                  execBound(query, {integer(id), itemKey}, &detail);
    if (!ok || !guard.commit()) {
        setError(error, tr("Could not save the plan: %1").arg(ok ? sqlErrorText(db.lastError()) : detail));
        return false;
    }
    return true;
}

std::optional<qint64> ProfileStore::match(const Profile &profile) const
{
    if (!checkOpen(nullptr))
        return std::nullopt;
    // The credit code identifies a company; the name only when it cannot
    // contradict that (a namesake with another credit code is another company).
    const bool hasCode = profile.company.creditCode && !profile.company.creditCode->isEmpty();
    std::optional<qint64> existing;
    if (hasCode)
        existing = findByCreditCode(*profile.company.creditCode);
    if (!existing) {
        const std::optional<qint64> byName = findByName(profile.company.name);
        if (byName && hasCode) {
            const std::optional<qint64> clash = findOne(
                m_db.handle(),
                QStringLiteral("SELECT id FROM companies WHERE id = ? AND credit_code IS NOT NULL"
                               " AND credit_code <> ''"),
                integer(*byName));
            if (!clash)
                existing = byName;
        } else {
            existing = byName;
        }
    }
    return existing;
}

bool ProfileStore::remove(qint64 id, QString *error)
{
    if (!checkOpen(error))
        return false;
    const auto fail = [&](const QString &detail) {
        setError(error, tr("Could not delete company %1: %2").arg(QString::number(id), detail));
        return false;
    };
    QSqlDatabase db = m_db.handle();
    TransactionGuard guard(db);
    if (!guard.isActive())
        return fail(sqlErrorText(db.lastError()));
    QString detail;
    QSqlQuery query(db);
    if (!prepare(query, QStringLiteral("DELETE FROM companies WHERE id = ?"), &detail) ||
        !execBound(query, {integer(id)}, &detail))
        return fail(detail);
    if (query.numRowsAffected() != 1)
        return fail(tr("there is no such company."));
    if (!guard.commit())
        return fail(sqlErrorText(db.lastError()));
    return true;
}

std::optional<qint64> ProfileStore::findByCreditCode(const QString &code) const
{
    if (!m_db.isOpen())
        return std::nullopt;
    return findOne(m_db.handle(),
                   QStringLiteral("SELECT id FROM companies WHERE credit_code = ?"
                                  " ORDER BY id LIMIT 1"),
                   text(code));
}

std::optional<qint64> ProfileStore::findByName(const QString &name) const
{
    if (!m_db.isOpen())
        return std::nullopt;
    return findOne(m_db.handle(),
                   QStringLiteral("SELECT id FROM companies WHERE name = ? ORDER BY id LIMIT 1"),
                   text(name));
}

} // namespace srdi
