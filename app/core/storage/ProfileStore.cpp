// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include "Database.h"
#include "Dialect.h"
#include "Postgres.h"
#include "SqlUtil.h"
#include "StoreSql.h"
#include "Standing.h"
#include "TransactionGuard.h"
#include "io/ProfileJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QMap>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <QSqlDriver>

#include <sqlite3.h>

#include <array>
#include <functional>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace srdi::store {

// A row of a statement run on SQLite itself (the group reads of a walk), read
// as the Qt driver reads it: a text as text, an integer as an integer, a
// NULL text as the empty text.
// On PostgreSQL: a row of a libpq result.
struct SqliteRow
{
    sqlite3_stmt *statement = nullptr;
    const pg::Result *result = nullptr;
    int row = 0;
};

namespace {

bool isNull(const SqliteRow &q, int column)
{
    if (q.result)
        return pg::isNull(q.result, q.row, column);
    return sqlite3_column_type(q.statement, column) == SQLITE_NULL;
}

qint64 readInt64(const SqliteRow &q, int column)
{
    if (q.result)
        return pg::isNull(q.result, q.row, column) ? 0 : pg::int64(q.result, q.row, column);
    return sqlite3_column_int64(q.statement, column);
}

int readInt(const SqliteRow &q, int column)
{
    return int(readInt64(q, column));
}

QString readString(const SqliteRow &q, int column)
{
    if (q.result)
        return pg::text(q.result, q.row, column);
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(q.statement, column));
    const QString value = QString::fromUtf8(text, sqlite3_column_bytes(q.statement, column));
    return value.isNull() ? QString(QLatin1String("")) : value;
}

Opt<QString> readOptText(const SqliteRow &q, int column)
{
    if (isNull(q, column))
        return std::nullopt;
    return readString(q, column);
}

Opt<qint64> readOptInteger(const SqliteRow &q, int column)
{
    if (isNull(q, column))
        return std::nullopt;
    return readInt64(q, column);
}

Opt<bool> readOptBool(const SqliteRow &q, int column)
{
    if (isNull(q, column))
        return std::nullopt;
    return readInt64(q, column) != 0;
}

Opt<QDate> readOptDate(const SqliteRow &q, int column)
{
    if (isNull(q, column))
        return std::nullopt;
    return QDate::fromString(readString(q, column), Qt::ISODate);
}

QDate readDate(const SqliteRow &q, int column)
{
    if (isNull(q, column))
        return {};
    return QDate::fromString(readString(q, column), Qt::ISODate);
}

bool readKnown(const SqliteRow &q, int column)
{
    return readInt64(q, column) != 0;
}

} // namespace

} // namespace srdi::store

namespace srdi {

using namespace store;

namespace {

// Column name -> bound value, in table order. Names are constants of ours;
// values are only ever bound, never spliced into the SQL text.
using Row = QList<std::pair<QString, QVariant>>;

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

template <typename Row, typename Names> KnownLists readCompanyRow(const Row &q, const Names &col, Profile &p)
{
    Company &c = p.company;
    Innovation &in = p.innovation;
    Refinement &re = p.refinement;
    Specialization &sp = p.specialization;

    c.name = readString(q, col(QStringLiteral("name")));
    c.creditCode = readOptText(q, col(QStringLiteral("credit_code")));
    c.region = readOptText(q, col(QStringLiteral("region")));
    c.industry = readOptText(q, col(QStringLiteral("industry")));
    c.established = readOptDate(q, col(QStringLiteral("established")));
    c.nicheSince = readOptDate(q, col(QStringLiteral("niche_since")));
    c.mainProduct = readOptText(q, col(QStringLiteral("main_product")));
    p.assessmentYear = int(readOptInteger(q, col(QStringLiteral("assessment_year"))).value_or(0));
    p.assessmentDate = readOptDate(q, col(QStringLiteral("assessment_date")));
    c.attestations.noAbnormalOrDishonestListing =
        readOptBool(q, col(QStringLiteral("no_abnormal_or_dishonest_listing")));
    c.attestations.noBannedProducts = readOptBool(q, col(QStringLiteral("no_banned_products")));
    c.attestations.noMajorAccident3y = readOptBool(q, col(QStringLiteral("no_major_accident_3y")));
    in.ip.class1HighValue = readOptInteger(q, col(QStringLiteral("ip_class1_high_value")));
    in.ip.class1SelfDeveloped = readOptInteger(q, col(QStringLiteral("ip_class1_self_developed")));
    in.ip.class1 = readOptInteger(q, col(QStringLiteral("ip_class1")));
    in.ip.class2 = readOptInteger(q, col(QStringLiteral("ip_class2")));
    in.ip.class1Applied = readOptInteger(q, col(QStringLiteral("ip_class1_applied")));
    in.rdInstitution = readOptText(q, col(QStringLiteral("rd_institution")));
    in.rdInstitutionOwnOrJoint = readOptBool(q, col(QStringLiteral("rd_institution_own_or_joint")));
    in.rdMeasure = readOptText(q, col(QStringLiteral("rd_measure")));
    re.digitalLevel = readOptInteger(q, col(QStringLiteral("digital_level")));
    re.coreBusinessOnSystem = readOptBool(q, col(QStringLiteral("core_business_on_system")));
    re.qualityAward = readOptText(q, col(QStringLiteral("quality_award")));
    re.qualitySystemCert = readOptBool(q, col(QStringLiteral("quality_system_cert")));
    re.ownBrand = readOptBool(q, col(QStringLiteral("own_brand")));
    re.standardsParticipation = readOptBool(q, col(QStringLiteral("standards_participation")));
    re.mgmtOrIntlProductCert = readOptBool(q, col(QStringLiteral("mgmt_or_intl_product_cert")));
    sp.nationalMarketSharePct = readOptInteger(q, col(QStringLiteral("national_market_share_pct")));
    sp.internationalMarketSharePct =
        readOptInteger(q, col(QStringLiteral("international_market_share_pct")));
    sp.domesticRank = readOptInteger(q, col(QStringLiteral("domestic_rank")));
    sp.marketLeading = readOptBool(q, col(QStringLiteral("market_leading")));
    sp.chainKeyLink = readOptBool(q, col(QStringLiteral("chain_key_link")));
    sp.renewal = readOptBool(q, col(QStringLiteral("renewal")));
    p.localFeatureScore = readOptInteger(q, col(QStringLiteral("local_feature_score")));

    KnownLists known;
    known.recognitions = readKnown(q, col(QStringLiteral("recognitions_known")));
    known.sciTechAwards = readKnown(q, col(QStringLiteral("sci_tech_awards_known")));
    known.honors = readKnown(q, col(QStringLiteral("honors_known")));
    known.chuangkeChina = readKnown(q, col(QStringLiteral("chuangke_china_known")));
    known.standardsLed = readKnown(q, col(QStringLiteral("standards_led_known")));
    known.fields = readKnown(q, col(QStringLiteral("specialization_fields_known")));
    known.developmentScores = readKnown(q, col(QStringLiteral("development_scores_known")));
    return known;
}


QVariant now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The cells of each item of a list, in the child table's column order.
template <typename T, typename F> QList<QVariantList> itemsOf(const std::optional<QList<T>> &list, F cells)
{
    QList<QVariantList> out;
    if (list) {
        for (const T &item : *list)
            out.append(cells(item));
    }
    return out;
}

// A list field of a profile: its *_known flag on the companies row and the
// child table that holds its items, each kept in order by a position column.
struct ListField
{
    QString key, knownColumn, table;
    QStringList columns; // after company_id and position
    QList<QVariantList> (*items)(const Profile &);
    // INSERT INTO table (company_id, position, columns...) VALUES (?, ...)
    QString insertSql() const
    {
        return QStringLiteral("INSERT INTO %1 (company_id, position, %2) VALUES (%3)")
            .arg(table, columns.join(QStringLiteral(", ")), placeholders(2 + columns.size()));
    }
};

const QList<ListField> &listFields()
{
    static const QList<ListField> list{
        {QStringLiteral("company.recognitions"), QStringLiteral("recognitions_known"), QStringLiteral("recognitions"),
         {QStringLiteral("tier"), QStringLiteral("granted"), QStringLiteral("route")},
         [](const Profile &p) {
             return itemsOf(p.company.recognitions, [](const Recognition &r) {
                 return QVariantList{text(r.tier), date(r.granted),
                                     r.route.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.route)};
             });
         }},
        {QStringLiteral("innovation.sci_tech_awards"), QStringLiteral("sci_tech_awards_known"),
         QStringLiteral("sci_tech_awards"), {QStringLiteral("level"), QStringLiteral("rank"), QStringLiteral("year")},
         [](const Profile &p) {
             return itemsOf(p.innovation.sciTechAwards,
                            [](const SciTechAward &a) { return QVariantList{text(a.level), a.rank, a.year}; });
         }},
        {QStringLiteral("innovation.honors"), QStringLiteral("honors_known"), QStringLiteral("honors"),
         {QStringLiteral("honor")},
         [](const Profile &p) {
             return itemsOf(p.innovation.honors, [](const QString &h) { return QVariantList{text(h)}; });
         }},
        {QStringLiteral("innovation.chuangke_china"), QStringLiteral("chuangke_china_known"),
         QStringLiteral("chuangke_china"), {QStringLiteral("year"), QStringLiteral("group_name")},
         [](const Profile &p) {
             return itemsOf(p.innovation.chuangkeChina,
                            [](const ChuangkeEntry &e) { return QVariantList{e.year, text(e.group)}; });
         }},
        {QStringLiteral("innovation.standards_led"), QStringLiteral("standards_led_known"),
         QStringLiteral("standards_led"), {QStringLiteral("year"), QStringLiteral("level")},
         [](const Profile &p) {
             return itemsOf(p.innovation.standardsLed,
                            [](const StandardLed &s) { return QVariantList{s.year, text(s.level)}; });
         }},
        {QStringLiteral("specialization.field"), QStringLiteral("specialization_fields_known"),
         QStringLiteral("specialization_fields"), {QStringLiteral("field")},
         [](const Profile &p) {
             return itemsOf(p.specialization.field, [](const QString &f) { return QVariantList{text(f)}; });
         }},
        {QStringLiteral("specialization.development_scores"), QStringLiteral("development_scores_known"),
         QStringLiteral("development_scores"), {QStringLiteral("year"), QStringLiteral("score")},
         [](const Profile &p) {
             return itemsOf(p.specialization.developmentScores,
                            [](const DevelopmentScore &d) { return QVariantList{d.year, integer(d.score)}; });
         }},
    };
    return list;
}

const ListField *listField(const QString &key)
{
    for (const ListField &f : listFields()) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

// The companies column of a scalar field: its last name, "ip_" before the IP counts.
QString scalarColumn(const QString &key)
{
    const QString last = key.section(u'.', -1);
    return key.startsWith(QLatin1String("innovation.ip.")) ? QStringLiteral("ip_") + last : last;
}

// Inserts the items of list `f` of `p`, each with its position (the caller
// cleared the old ones). Table and column names are ours; values are bound.
bool insertListItems(const QSqlDatabase &db, qint64 id, const ListField &f, const Profile &p, QString *detail)
{
    QList<QVariantList> rows = f.items(p);
    if (rows.isEmpty())
        return true;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows[i].prepend(int(i));
        rows[i].prepend(integer(id));
    }
    // The statement's text is made once per list.
    static const QHash<QString, QString> sqlText = [] {
        QHash<QString, QString> out;
        for (const ListField &field : listFields())
            out.insert(field.table, field.insertSql());
        return out;
    }();
    return insertRows(db, sqlText.value(f.table), rows, detail);
}

QVariantList yearValues(qint64 id, const FiscalYear &fy)
{
    return {integer(id), fy.year, optInteger(fy.operatingRevenue), optInteger(fy.mainBusinessRevenue),
            optInteger(fy.rdExpense), optInteger(fy.costExpenseTotal), optInteger(fy.netProfit),
            optInteger(fy.totalAssets), optInteger(fy.totalLiabilities), optInteger(fy.employees),
            optInteger(fy.rdStaff), optInteger(fy.techStaff), optInteger(fy.equityFinancing)};
}

const QString &yearInsertSql()
{
    static const QString sql = QStringLiteral("INSERT INTO fiscal_years (company_id, year, ") +
                               fields::yearColumns().join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                               placeholders(2 + fields::yearColumns().size()) + u')';
    return sql;
}

// A row of the company's history, in the write's transaction: who, when,
// what (created, changed, deleted) and, for a change, each field's value
// before and after as the exchange file writes it (absent: not known).
bool recordHistory(const QSqlDatabase &db, qint64 id, const QString &author, const QString &action,
                   const Profile *before, const Profile *after, const QStringList &changed, QString *detail)
{
    QVariant changes;
    if (before && after && !changed.isEmpty()) {
        const QJsonObject old = ProfileJson::toJson(*before);
        const QJsonObject now = ProfileJson::toJson(*after);
        QJsonArray list;
        for (const QString &key : changed) {
            QJsonObject entry{{QStringLiteral("field"), key}};
            if (const QJsonValue v = ProfileJson::fieldValue(old, key); !v.isUndefined())
                entry.insert(QStringLiteral("old"), v);
            if (const QJsonValue v = ProfileJson::fieldValue(now, key); !v.isUndefined())
                entry.insert(QStringLiteral("new"), v);
            list.append(entry);
        }
        changes = QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
    }
    Raw *query = raw(db,
                     QStringLiteral("INSERT INTO company_history (company_id, at, author, action, changes)"
                                    " VALUES (?, ?, ?, ?, ?)"),
                     detail);
    return query &&
           query->exec({integer(id), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), author, action, changes},
                       detail);
}


// A new company row with every field of `p` (under `id` when given). The
// caller holds the transaction.
// A new company's id on a server, drawn from its sequence 64 at a time, or
// 256 in a batch's group (where a draw waits for the rows sent ahead) — ids
// drawn and not used are gaps, as after a rolled-back insert.
std::optional<qint64> drawCompanyId(const QSqlDatabase &db, QString *detail)
{
    thread_local QHash<QString, QList<qint64>> drawn; // by connection
    QList<qint64> &ids = drawn[db.connectionName()];
    if (ids.isEmpty()) {
        Raw *next = raw(db,
                        QStringLiteral("SELECT nextval(pg_get_serial_sequence('companies', 'id'))"
                                       " FROM generate_series(1, CAST(? AS INTEGER))"),
                        detail);
        const int count = pg::holding(pg::connection(db)) ? 256 : 64;
        const pg::ResultPtr rows = next ? next->select({count}, detail) : nullptr;
        if (!rows)
            return std::nullopt;
        for (int r = pg::rows(rows.get()) - 1; r >= 0; --r)
            ids.append(pg::int64(rows.get(), r, 0));
        if (ids.isEmpty()) {
            *detail = QStringLiteral("no id drawn");
            return std::nullopt;
        }
    }
    return ids.takeLast();
}

// The company's history says who created it (`author`), in the same round trip.
std::optional<qint64> insertCompany(const QSqlDatabase &db, std::optional<qint64> id, const Profile &p,
                                    const QString &author, QString *detail,
                                    std::shared_ptr<const Standing> *standing = nullptr,
                                    const std::shared_ptr<const PreparedSummary> &prepared = nullptr)
{
    // The columns are the same for every company: the statement's text is
    // made once.
    static const std::array<QString, 2> sqlText = [] {
        QStringList columns;
        for (const auto &column : companyRow(Profile()))
            columns.append(column.first);
        columns.append(QStringLiteral("updated_at"));
        const QString sql = QStringLiteral("INSERT INTO companies (%1) VALUES (%2)");
        const QString withoutId = sql.arg(columns.join(QStringLiteral(", ")), placeholders(columns.size()));
        columns.prepend(QStringLiteral("id"));
        return std::array<QString, 2>{withoutId, sql.arg(columns.join(QStringLiteral(", ")), placeholders(columns.size()))};
    }();
    // On a server the id is drawn first, so that the company's rows go in
    // one round trip (store::Pipeline) without waiting for it.
    if (!id && dialect::onServer(db)) {
        id = drawCompanyId(db, detail);
        if (!id)
            return std::nullopt;
    }
    Pipeline pipeline(db);
    QVariantList values;
    if (id)
        values.append(integer(*id));
    for (auto &column : companyRow(p))
        values.append(std::move(column.second));
    values.append(now());
    Raw *query = raw(db, sqlText[id ? 1 : 0], detail);
    if (!query || !query->exec(values, detail))
        return std::nullopt;
    const qint64 companyId = id ? *id : query->lastInsertId();
    QList<QVariantList> years;
    for (const FiscalYear &fy : p.years)
        years.append(yearValues(companyId, fy));
    if (!insertRows(db, yearInsertSql(), years, detail))
        return std::nullopt;
    for (const ListField &f : listFields()) {
        if (!insertListItems(db, companyId, f, p, detail))
            return std::nullopt;
    }
    if (!writeSummary(db, companyId, p, detail, standing, prepared) ||
        !recordHistory(db, companyId, author, QStringLiteral("created"), nullptr, nullptr, {}, detail) ||
        !pipeline.finish(detail))
        return std::nullopt;
    return companyId;
}

// Writes the fields `keys` of company `id` as `p` holds them (the stored
// company with the patch applied): only those columns, list tables and
// fiscal-year figures, then the row version and the summary. The caller holds
// the transaction.
// The company's history says who changed what from `before` (`author`), in
// the same round trip.
bool writeFields(const QSqlDatabase &db, qint64 id, const Profile &before, const Profile &p, const QStringList &keys,
                 const QString &author, QString *detail, std::shared_ptr<const Standing> *standing = nullptr)
{
    QHash<QString, QVariant> rowValues;
    for (const auto &[column, value] : companyRow(p))
        rowValues.insert(column, value);

    QStringList assignments;
    QVariantList values;
    QList<const ListField *> lists;
    QMap<int, QStringList> yearColumns;
    for (const QString &key : keys) {
        int year = 0;
        QString column;
        if (fields::splitYearKey(key, &year, &column)) {
            yearColumns[year].append(column);
        } else if (fields::isYearKey(key, &year)) {
            yearColumns[year]; // the year added or removed
        } else if (const ListField *f = listField(key)) {
            lists.append(f);
            assignments.append(f->knownColumn + QStringLiteral(" = ?"));
            values.append(rowValues.value(f->knownColumn));
        } else if (const QString c = scalarColumn(key); rowValues.contains(c)) {
            assignments.append(c + QStringLiteral(" = ?"));
            values.append(rowValues.value(c));
        }
    }
    // Column names come from our own tables above; values are bound.
    assignments.append(QStringLiteral("version = version + 1"));
    assignments.append(QStringLiteral("updated_at = ?"));
    values.append(now());
    values.append(integer(id));
    Pipeline pipeline(db); // one round trip on a server
    // Kept prepared per set of columns: the sets a window or an import writes
    // repeat (one field, or the columns a file gives).
    Raw *query =
        raw(db, QStringLiteral("UPDATE companies SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))),
            detail);
    if (!query || !query->execExpecting(values, 1, ProfileStore::tr("there is no company with id %1.").arg(id), detail))
        return false;

    for (const ListField *f : std::as_const(lists)) {
        Raw *remove = raw(db, QStringLiteral("DELETE FROM %1 WHERE company_id = ?").arg(f->table), detail);
        if (!remove || !remove->exec({integer(id)}, detail) || !insertListItems(db, id, *f, p, detail))
            return false;
    }

    for (auto it = yearColumns.cbegin(); it != yearColumns.cend(); ++it) {
        const FiscalYear *fy = p.fiscalYear(it.key());
        if (!fy) {
            // The year removed, with its figures.
            Raw *remove = raw(db, QStringLiteral("DELETE FROM fiscal_years WHERE company_id = ? AND year = ?"), detail);
            if (!remove || !remove->exec({integer(id), it.key()}, detail))
                return false;
            continue;
        }
        QStringList set;
        for (const QString &column : it.value())
            set.append(column + QStringLiteral(" = excluded.") + column);
        const QString onConflict = set.isEmpty() ? QStringLiteral(" ON CONFLICT (company_id, year) DO NOTHING")
                                                 : QStringLiteral(" ON CONFLICT (company_id, year) DO UPDATE SET ") +
                                                       set.join(QStringLiteral(", "));
        Raw *write = raw(db, yearInsertSql() + onConflict, detail);
        if (!write || !write->exec(yearValues(id, *fy), detail))
            return false;
    }
    return writeSummary(db, id, p, detail, standing) &&
           recordHistory(db, id, author, QStringLiteral("changed"), &before, &p, keys, detail) &&
           pipeline.finish(detail);
}

QString companyLabel(const Profile &profile)
{
    return profile.company.name.isEmpty() ? ProfileStore::tr("(unnamed)") : profile.company.name;
}


} // namespace

namespace {

// The companies in the list's order (FROM … ORDER BY).
QString listOrder(const QSqlDatabase &db)
{
    const dialect::Engine engine = dialect::engineOf(db);
    return QStringLiteral(" FROM companies c LEFT JOIN company_summary s ON s.company_id = c.id ORDER BY s.name_key%1, %2, c.id")
        .arg(dialect::direction(engine, true), dialect::nameTieBreak(engine, QStringLiteral("c.name")));
}

} // namespace

bool ProfileStore::checkOpen(QString *error) const
{
    if (m_db.isOpen())
        return true;
    setError(error, tr("The database %1 is not open.").arg(QDir::toNativeSeparators(m_db.path())));
    return false;
}

namespace {

} // namespace

namespace {

// The end of a patch's transaction: writes `merged` (the stored company with
// the fields of out.applied changed) with its history, commits, and says so
// in `out`. Returns why it failed; empty when it did not.
QString writeAndCommit(const QSqlDatabase &db, TransactionGuard &guard, qint64 id, const Profile &stored,
                       Profile merged, const QString &author, PatchOutcome &out, bool keepStanding)
{
    QString detail;
    if (!writeFields(db, id, stored, merged, out.applied, author, &detail, keepStanding ? &out.standing : nullptr))
        return detail.isEmpty() ? QStringLiteral("?") : detail;
    if (!guard.commit()) {
        const QString why = sqlErrorText(guard.error());
        return why.isEmpty() ? QStringLiteral("?") : why;
    }
    out.ok = true;
    out.stored = std::move(merged);
    ++out.version;
    return {};
}

// The same for a patch: its changes to `stored`, written (none: nothing to do).
QString writePatch(const QSqlDatabase &db, TransactionGuard &guard, qint64 id, const Profile &stored, const Patch &patch,
                   const QString &author, PatchOutcome &out, bool keepStanding)
{
    out.applied = patch.changes(stored);
    if (out.applied.isEmpty()) {
        out.ok = true;
        return {};
    }
    Profile merged = stored;
    patch.applyTo(merged);
    return writeAndCommit(db, guard, id, stored, std::move(merged), author, out, keepStanding);
}

} // namespace

ProfileStore::ProfileStore(Database &db) : m_db(db) {}

namespace {

// In a group each company is written in a savepoint of its own, whose
// journal SQLite keeps in memory up to 64 KiB and in a temporary file beyond:
// a company's rows touch about that much, so that every company wrote its
// pages out to a file once more. While a group is open the connection keeps
// its temporary storage in memory; the journal holds one company at most (it
// is emptied as each savepoint is released), so memory stays flat. Outside a
// group the default comes back (sorts of the whole portfolio spill to files).
void keepTemporaryInMemory(const QSqlDatabase &db, bool inMemory)
{
    if (dialect::onServer(db))
        return; // a server keeps its own
    QString detail; // at worst the journal goes to a file, as before
    execRaw(db, inMemory ? QStringLiteral("PRAGMA temp_store = MEMORY") : QStringLiteral("PRAGMA temp_store = DEFAULT"),
            &detail);
}

} // namespace

ProfileStore::~ProfileStore()
{
    if (m_group) {
        m_group.reset(); // an open group is rolled back
        if (m_db.isOpen())
            keepTemporaryInMemory(m_db.handle(), false);
        if (m_db.isServer())
            pg::setHolding(pg::connection(m_db.handle()), false);
    }
}

bool ProfileStore::beginGroup(QString *error)
{
    if (m_group)
        return true;
    if (!checkOpen(error))
        return false;
    const QSqlDatabase db = m_db.handle();
    keepTemporaryInMemory(db, true);
    auto group = std::make_unique<TransactionGuard>(db);
    if (!group->isActive()) {
        keepTemporaryInMemory(db, false);
        setError(error, tr("Could not begin writing to %1: %2")
                            .arg(QDir::toNativeSeparators(m_db.path()), sqlErrorText(group->error())));
        return false;
    }
    m_group = std::move(group);
    m_groupSavepoints = 0;
    return true;
}

bool ProfileStore::groupFull(int companies, int wanted) const
{
    if (!m_db.isServer())
        return companies >= wanted;
    return companies >= std::min(wanted, 240) || m_groupSavepoints >= 60;
}

bool ProfileStore::commitGroup(QString *error)
{
    if (!m_group)
        return true;
    forgetMatches(); // known under the group's write lock only
    std::unique_ptr<TransactionGuard> group = std::move(m_group);
    const bool committed = group->commit();
    const QSqlError failure = group->error();
    group.reset(); // rolled back unless committed
    if (m_db.isServer())
        pg::setHolding(pg::connection(m_db.handle()), false);
    keepTemporaryInMemory(m_db.handle(), false);
    if (committed)
        return true;
    setError(error, tr("Could not save to %1: %2")
                        .arg(QDir::toNativeSeparators(m_db.path()), sqlErrorText(failure)));
    return false;
}

QList<CompanySummary> ProfileStore::list(QString *error) const
{
    if (!checkOpen(error))
        return {};
    QList<CompanySummary> companies;
    QSqlQuery query(m_db.handle());
    query.setForwardOnly(true);
    // In the list's order: by name as a Chinese reader sorts (the pinyin key
    // of each summary, model/NameKey.h), then as written.
    if (!query.exec(QStringLiteral("SELECT c.id, c.name, c.credit_code, c.region, c.industry, c.assessment_year") +
                    listOrder(m_db.handle()))) {
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

namespace {

// Companies read many at a time: a statement per table for a group of ids
// (not ~10 statements per company), each row read by its column's position.
constexpr int kGroup = 128;

// SELECT `columns` FROM `table` for a group of ids, in the order of `order`.
QString groupSql(const QString &columns, const QString &table, const QString &idColumn, const QString &order)
{
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)%5")
        .arg(columns, table, idColumn, placeholders(kGroup), order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + order);
}

// A list's child table: the profile's list is filled for the companies whose
// *_known flag is set (load() reads only those), an empty one where no row follows.
struct ListReader
{
    QString sql;
    void (*start)(Profile &, bool known);
    void (*row)(const SqliteRow &, Profile &); // columns after company_id
    bool KnownLists::*known;
};

const std::array<ListReader, 7> &listReaders()
{
    const auto sql = [](const char *columns, const char *table) {
        return groupSql(QStringLiteral("company_id, ") + QLatin1String(columns), QLatin1String(table),
                        QStringLiteral("company_id"), QStringLiteral("company_id, position"));
    };
    static const std::array<ListReader, 7> readers{{
        {sql("tier, granted, route", "recognitions"),
         [](Profile &p, bool known) { if (known) p.company.recognitions.emplace(); },
         [](const SqliteRow &q, Profile &p) {
             p.company.recognitions->append({readString(q, 1), readDate(q, 2), readOptText(q, 3).value_or(QString())});
         },
         &KnownLists::recognitions},
        {sql("level, rank, year", "sci_tech_awards"),
         [](Profile &p, bool known) { if (known) p.innovation.sciTechAwards.emplace(); },
         [](const SqliteRow &q, Profile &p) {
             p.innovation.sciTechAwards->append({readString(q, 1), readInt(q, 2), readInt(q, 3)});
         },
         &KnownLists::sciTechAwards},
        {sql("honor", "honors"),
         [](Profile &p, bool known) { if (known) p.innovation.honors.emplace(); },
         [](const SqliteRow &q, Profile &p) { p.innovation.honors->append(readString(q, 1)); },
         &KnownLists::honors},
        {sql("year, group_name", "chuangke_china"),
         [](Profile &p, bool known) { if (known) p.innovation.chuangkeChina.emplace(); },
         [](const SqliteRow &q, Profile &p) {
             p.innovation.chuangkeChina->append({readInt(q, 1), readString(q, 2)});
         },
         &KnownLists::chuangkeChina},
        {sql("year, level", "standards_led"),
         [](Profile &p, bool known) { if (known) p.innovation.standardsLed.emplace(); },
         [](const SqliteRow &q, Profile &p) {
             p.innovation.standardsLed->append({readInt(q, 1), readString(q, 2)});
         },
         &KnownLists::standardsLed},
        {sql("field", "specialization_fields"),
         [](Profile &p, bool known) { if (known) p.specialization.field.emplace(); },
         [](const SqliteRow &q, Profile &p) { p.specialization.field->append(readString(q, 1)); },
         &KnownLists::fields},
        {sql("year, score", "development_scores"),
         [](Profile &p, bool known) { if (known) p.specialization.developmentScores.emplace(); },
         [](const SqliteRow &q, Profile &p) {
             p.specialization.developmentScores->append({readInt(q, 1), Scaled4(readInt64(q, 2))});
         },
         &KnownLists::developmentScores},
    }};
    return readers;
}

// The statements of a walk's group reads, run on SQLite itself (the Qt
// driver's conversions of each value cost more than reading it), prepared
// once per walk.
class GroupReader
{
public:
    explicit GroupReader(const QSqlDatabase &db)
    {
        m_db = store::sqliteHandle(db);
        m_pg = pg::connection(db);
        m_qt = db;
    }
    ~GroupReader()
    {
        for (const auto &[sql, statement] : m_statements)
            sqlite3_finalize(statement);
    }
    GroupReader(const GroupReader &) = delete;
    GroupReader &operator=(const GroupReader &) = delete;

    // Runs `sql` bound to `ids` (NULL for the places left) and calls `each`
    // per row; false with SQLite's message.
    bool select(const QString &sql, const QList<qint64> &ids, const std::function<void(const SqliteRow &)> &each,
                QString *detail)
    {
        if (m_pg)
            return selectOnServer(sql, ids, each, detail);
        if (!m_db) {
            *detail = QStringLiteral("not an SQLite database");
            return false;
        }
        sqlite3_stmt *&statement = m_statements[sql];
        if (!statement) {
            const QByteArray text = sql.toUtf8();
            if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
                *detail = QString::fromUtf8(sqlite3_errmsg(m_db));
                sqlite3_finalize(statement);
                statement = nullptr;
                return false;
            }
        }
        for (int i = 0; i < kGroup; ++i) {
            if (i < ids.size())
                sqlite3_bind_int64(statement, i + 1, ids.at(i));
            else
                sqlite3_bind_null(statement, i + 1); // matches nothing
        }
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            each(SqliteRow{statement});
        sqlite3_reset(statement); // holds no snapshot of its own
        if (rc != SQLITE_DONE) {
            *detail = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        return true;
    }
    // On a server: runs every statement of `sqls` for `ids` in one round trip
    // (a pipeline); select() then reads their rows from what came back.
    bool prefetch(const QStringList &sqls, const QList<qint64> &ids, QString *detail, int width = kGroup)
    {
        if (!m_pg)
            return true;
        m_fetched.clear();
        std::vector<Raw *> statements;
        for (const QString &sql : sqls) {
            Raw *&statement = m_prepared[sql];
            if (!statement && !(statement = store::raw(m_qt, sql, detail)))
                return false;
            statements.push_back(statement);
        }
        QVariantList values;
        values.reserve(width);
        for (int i = 0; i < width; ++i)
            values.append(i < ids.size() ? QVariant(qlonglong(ids.at(i))) : QVariant());
        if (!pg::flushDeferred(m_pg, detail) || !pg::beginPipeline(m_pg, detail))
            return false;
        for (Raw *statement : statements) {
            if (!pg::sendPrepared(m_pg, statement->serverName(), values, detail)) {
                QString ignored;
                pg::endPipeline(m_pg, &ignored);
                return false;
            }
        }
        std::vector<pg::ResultPtr> results;
        if (!pg::endPipeline(m_pg, detail, &results) || results.size() != size_t(sqls.size()))
            return false;
        for (qsizetype i = 0; i < sqls.size(); ++i)
            m_fetched[sqls.at(i)] = std::move(results[size_t(i)]);
        return true;
    }
    bool onServer() const { return m_pg != nullptr; }

    // A result's column positions by name.
    static QHash<QString, int> columns(const SqliteRow &row)
    {
        QHash<QString, int> at;
        if (row.result) {
            for (int i = 0; i < pg::columns(row.result); ++i)
                at.insert(pg::columnName(row.result, i), i);
            return at;
        }
        for (int i = 0; i < sqlite3_column_count(row.statement); ++i)
            at.insert(QString::fromUtf8(sqlite3_column_name(row.statement, i)), i);
        return at;
    }

private:
    // The same on PostgreSQL: prepared on the server once per connection
    // (kept with the store's other statements), the group's rows in one result.
    bool selectOnServer(const QString &sql, const QList<qint64> &ids,
                        const std::function<void(const SqliteRow &)> &each, QString *detail)
    {
        if (const auto it = m_fetched.find(sql); it != m_fetched.end()) {
            const pg::ResultPtr result = std::move(it->second);
            m_fetched.erase(it);
            if (!result) {
                *detail = QStringLiteral("no result");
                return false;
            }
            for (int r = 0; r < pg::rows(result.get()); ++r)
                each(SqliteRow{nullptr, result.get(), r});
            return true;
        }
        Raw *statement = m_prepared[sql];
        if (!statement) {
            statement = store::raw(m_qt, sql, detail);
            if (!statement)
                return false;
            m_prepared[sql] = statement;
        }
        QVariantList values;
        values.reserve(kGroup);
        for (int i = 0; i < kGroup; ++i)
            values.append(i < ids.size() ? QVariant(qlonglong(ids.at(i))) : QVariant());
        const pg::ResultPtr result = statement->select(values, detail);
        if (!result)
            return false;
        for (int r = 0; r < pg::rows(result.get()); ++r)
            each(SqliteRow{nullptr, result.get(), r});
        return true;
    }

    sqlite3 *m_db = nullptr;
    pg::Connection *m_pg = nullptr;
    QSqlDatabase m_qt;
    std::unordered_map<QString, sqlite3_stmt *> m_statements;
    std::unordered_map<QString, Raw *> m_prepared;
    std::unordered_map<QString, pg::ResultPtr> m_fetched; // prefetch()'s results by statement
};

// The companies of `ids` (each read as load() reads it), in that order;
// false with a translated message.
bool loadGroup(GroupReader &reader, const QList<qint64> &ids, std::vector<Profile> &out, QString *message,
               std::vector<qint64> *versions = nullptr)
{
    QHash<qint64, qsizetype> at;
    at.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        at.insert(ids.at(i), i);
    out.assign(size_t(ids.size()), Profile());
    std::vector<KnownLists> known(size_t(ids.size()));
    std::vector<bool> found(size_t(ids.size()), false);

    // Runs `sql` for the group and calls `each` with the row's company.
    const auto select = [&](const QString &sql, const std::function<void(const SqliteRow &, size_t)> &each) {
        QString detail;
        const bool ok = reader.select(sql, ids, [&](const SqliteRow &row) {
            const auto it = at.constFind(readInt64(row, 0));
            if (it != at.cend())
                each(row, size_t(*it));
        }, &detail);
        if (!ok)
            *message = ProfileStore::tr("Could not read the list of companies: %1").arg(detail);
        return ok;
    };

    static const QString companySql =
        groupSql(QStringLiteral("id, ") + companyColumns().join(QStringLiteral(", ")) + QStringLiteral(", version"),
                 QStringLiteral("companies"), QStringLiteral("id"), QString());
    static const QString yearSql =
        groupSql(QStringLiteral("company_id, year, operating_revenue, main_business_revenue, rd_expense,"
                                " cost_expense_total, net_profit, total_assets, total_liabilities,"
                                " employees, rd_staff, tech_staff, equity_financing"),
                 QStringLiteral("fiscal_years"), QStringLiteral("company_id"), QStringLiteral("company_id, year"));
    if (versions)
        versions->assign(size_t(ids.size()), 0);
    // On a server every statement of the group goes in one round trip; one
    // company (a load) is read with statements for one id (the server plans
    // an IN list of 128 for every run).
    const bool one = reader.onServer() && ids.size() == 1;
    const auto shaped = [one](const QString &sql) {
        static const QString group = QStringLiteral(" IN (") + placeholders(kGroup) + u')';
        return one ? QString(sql).replace(group, QStringLiteral(" IN (?)")) : sql;
    };
    if (reader.onServer()) {
        QStringList all{shaped(companySql), shaped(yearSql)};
        for (const ListReader &list : listReaders())
            all.append(shaped(list.sql));
        QString detail;
        if (!reader.prefetch(all, ids, &detail, one ? 1 : kGroup)) {
            *message = ProfileStore::tr("Could not read the list of companies: %1").arg(detail);
            return false;
        }
    }
    QHash<QString, int> columns;
    const auto column = [&columns](const QString &name) { return columns.value(name, -1); };
    if (!select(shaped(companySql), [&](const SqliteRow &q, size_t i) {
            if (columns.isEmpty())
                columns = GroupReader::columns(q);
            known[i] = readCompanyRow(q, column, out[i]);
            found[i] = true;
            if (versions)
                (*versions)[i] = readInt64(q, column(QStringLiteral("version")));
        }))
        return false;
    for (size_t i = 0; i < found.size(); ++i) {
        if (!found[i]) {
            *message = ProfileStore::tr("Could not read company %1: %2")
                          .arg(QString::number(ids.at(qsizetype(i))), ProfileStore::tr("there is no such company."));
            return false;
        }
    }

    if (!select(shaped(yearSql), [&](const SqliteRow &q, size_t i) {
            FiscalYear fy;
            fy.year = readInt(q, 1);
            fy.operatingRevenue = readOptInteger(q, 2);
            fy.mainBusinessRevenue = readOptInteger(q, 3);
            fy.rdExpense = readOptInteger(q, 4);
            fy.costExpenseTotal = readOptInteger(q, 5);
            fy.netProfit = readOptInteger(q, 6);
            fy.totalAssets = readOptInteger(q, 7);
            fy.totalLiabilities = readOptInteger(q, 8);
            fy.employees = readOptInteger(q, 9);
            fy.rdStaff = readOptInteger(q, 10);
            fy.techStaff = readOptInteger(q, 11);
            fy.equityFinancing = readOptInteger(q, 12);
            out[i].years.append(fy);
        }))
        return false;

    for (const ListReader &list : listReaders()) {
        bool any = false;
        for (size_t i = 0; i < out.size(); ++i) {
            list.start(out[i], known[i].*list.known);
            any = any || known[i].*list.known;
        }
        if (any && !select(shaped(list.sql), [&](const SqliteRow &q, size_t i) {
                if (known[i].*list.known)
                    list.row(q, out[i]);
            }))
            return false;
    }
    return true;
}

// A read transaction for a walk over many statements: every read sees the
// database as it was at the first one. A SAVEPOINT, so that it nests in a
// write group; a write made meanwhile on this connection nests in it too.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase &db)
        : m_db(db)
    {
        // PostgreSQL has no savepoint outside a transaction: a read
        // transaction of its own there, unless inside a write already.
        m_outer = dialect::onServer(m_db) && transactionDepth(m_db.connectionName()) == 0;
        QString detail;
        m_active = execRaw(m_db, m_outer ? dialect::beginRead(dialect::Engine::PostgreSQL)
                                         : QStringLiteral("SAVEPOINT srdi_read"), &detail);
        if (m_active)
            ++transactionDepth(m_db.connectionName());
        else
            m_error = QSqlError(QString(), detail, QSqlError::StatementError);
    }
    ~ReadSnapshot()
    {
        if (!m_active)
            return;
        --transactionDepth(m_db.connectionName());
        QString detail;
        execRaw(m_db, m_outer ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE srdi_read"), &detail);
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    bool isActive() const { return m_active; }
    QSqlError error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_outer = false; // a transaction of its own (PostgreSQL)
    QSqlError m_error;
};

} // namespace

bool ProfileStore::forEach(const std::function<bool(qint64, const Profile &)> &each, QString *error) const
{
    if (!checkOpen(error))
        return false;
    const QSqlDatabase db = m_db.handle();
    const ReadSnapshot snapshot(db);
    if (!snapshot.isActive()) {
        setError(error, tr("Could not read the list of companies: %1").arg(sqlErrorText(snapshot.error())));
        return false;
    }
    // The ids in the list's order, read as they are used (not gathered
    // first), a group at a time; only a group's companies are held.
    QSqlQuery ids(db);
    // On a server the ids come whole (a few bytes a company): the group
    // reads run on the same connection, which a result still streaming holds.
    ids.setForwardOnly(!dialect::onServer(db));
    if (!ids.exec(QStringLiteral("SELECT c.id") + listOrder(db))) {
        setError(error, tr("Could not read the list of companies: %1").arg(sqlErrorText(ids.lastError())));
        return false;
    }
    GroupReader reader(db);
    QList<qint64> group;
    group.reserve(kGroup);
    std::vector<Profile> profiles;
    for (bool more = true; more;) {
        group.clear();
        while (group.size() < kGroup && (more = ids.next()))
            group.append(ids.value(0).toLongLong());
        if (!more && ids.lastError().isValid()) {
            setError(error, tr("Could not read the list of companies: %1").arg(sqlErrorText(ids.lastError())));
            return false;
        }
        if (group.isEmpty())
            break;
        QString message;
        if (!loadGroup(reader, group, profiles, &message)) {
            setError(error, message);
            return false;
        }
        for (qsizetype i = 0; i < group.size(); ++i) {
            if (!each(group.at(i), profiles[size_t(i)]))
                return true;
        }
    }
    return true;
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
    return load(id, nullptr, error);
}

std::optional<Profile> ProfileStore::load(qint64 id, qint64 *version, QString *error) const
{
    if (!checkOpen(error))
        return std::nullopt;
    const QSqlDatabase db = m_db.handle();
    const auto fail = [&](const QString &detail) -> std::optional<Profile> {
        setError(error, tr("Could not read company %1: %2").arg(QString::number(id), detail));
        return std::nullopt;
    };

    QString detail;
    if (dialect::onServer(db)) {
        // One round trip for every table of the company.
        GroupReader reader(db);
        std::vector<Profile> one;
        std::vector<qint64> versions;
        QString message;
        if (!loadGroup(reader, {id}, one, &message, &versions)) {
            setError(error, message);
            return std::nullopt;
        }
        if (version)
            *version = versions.front();
        return std::move(one.front());
    }
    static const QString companySql = QStringLiteral("SELECT %1, version FROM companies WHERE id = ?")
                                          .arg(companyColumns().join(QStringLiteral(", ")));
    QSqlQuery *query = statement(db, companySql, &detail);
    if (!query || !execBound(*query, {integer(id)}, &detail))
        return fail(detail);
    Profile p;
    KnownLists known;
    {
        const Finish finish(*query);
        if (!query->next()) {
            return fail(query->lastError().isValid() ? sqlErrorText(query->lastError())
                                                     : tr("there is no such company."));
        }
        known = readCompanyRow(*query, Columns(*query), p);
        if (version)
            *version = query->value(QStringLiteral("version")).toLongLong();
    }

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
                QStringLiteral("SELECT tier, granted, route FROM recognitions WHERE company_id = ?"
                               " ORDER BY position"),
                id,
                [&list](const QSqlQuery &q) {
                    list.append({readString(q, QStringLiteral("tier")), readDate(q, QStringLiteral("granted")),
                                 readOptText(q, QStringLiteral("route")).value_or(QString())});
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

std::optional<qint64> ProfileStore::version(qint64 id) const
{
    if (!m_db.isOpen())
        return std::nullopt;
    return findOne(m_db.handle(), QStringLiteral("SELECT version FROM companies WHERE id = ?"), integer(id));
}

qint64 ProfileStore::dataVersion() const
{
    if (!m_db.isOpen())
        return -1;
    if (dialect::onServer(m_db.handle()))
        return m_db.changesHeard(); // LISTEN/NOTIFY
    QSqlQuery query(m_db.handle());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

std::optional<qint64> ProfileStore::insert(const Profile &profile, QString *error)
{
    forgetMatches(); // names and codes may change: match() asks the database again
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
        return fail(sqlErrorText(guard.error()));
    QString detail;
    const std::optional<qint64> id = insertCompany(db, std::nullopt, profile, m_db.author(), &detail);
    if (!id)
        return fail(detail);
    if (!guard.commit())
        return fail(sqlErrorText(db.lastError()));
    return id;
}

bool ProfileStore::restore(qint64 id, const Profile &profile, QString *error)
{
    forgetMatches(); // names and codes may change: match() asks the database again
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
        return fail(sqlErrorText(guard.error()));
    QString detail;
    if (!insertCompany(db, id, profile, m_db.author(), &detail))
        return fail(detail);
    if (!guard.commit())
        return fail(sqlErrorText(db.lastError()));
    return true;
}

PatchOutcome ProfileStore::apply(qint64 id, const Patch &patch, ConflictPolicy policy)
{
    forgetMatches(); // names and codes may change: match() asks the database again
    PatchOutcome out;
    out.id = id;
    if (!checkOpen(&out.error))
        return out;
    const auto fail = [&](const QString &detail) {
        out.error = tr("Could not save the company “%1”: %2").arg(companyLabel(patch.after()), detail);
        out.ok = false;
        return out;
    };
    QSqlDatabase db = m_db.handle();
    // An immediate transaction: no other writer can come between the read
    // of the stored company and the write of the patch.
    TransactionGuard guard(db);
    if (!guard.isActive())
        return fail(sqlErrorText(guard.error()));
    QString detail;
    std::optional<Profile> stored = load(id, &out.version, &detail);
    if (!stored)
        return fail(detail);
    out.stored = *stored;
    if (policy == ConflictPolicy::Refuse) {
        out.conflicts = patch.conflictsWith(*stored);
        if (!out.conflicts.isEmpty())
            return out; // nothing written; the caller shows both values
    }
    if (const QString failed = writePatch(db, guard, id, *stored, patch, m_db.author(), out, false); !failed.isEmpty())
        return fail(failed);
    return out;
}

bool ProfileStore::recordExport(qint64 id, const Profile &profile, QString *error)
{
    if (!checkOpen(error))
        return false;
    QSqlDatabase db = m_db.handle();
    TransactionGuard guard(db);
    QString detail;
    Raw *query = guard.isActive() ? raw(db,
                                        QStringLiteral("INSERT INTO exported_copies (company_id, at, author, profile)"
                                                       " VALUES (?, ?, ?, ?)"),
                                        &detail)
                                  : nullptr;
    if (!guard.isActive())
        detail = sqlErrorText(guard.error());
    if (!query ||
        !query->exec({integer(id), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_db.author(),
                      QString::fromUtf8(ProfileJson::serialize(profile))},
                     &detail) ||
        !guard.commit()) {
        setError(error, tr("Could not record the export of company %1: %2")
                            .arg(QString::number(id), detail.isEmpty() ? sqlErrorText(db.lastError()) : detail));
        return false;
    }
    return true;
}

std::optional<Profile> ProfileStore::exportedCopy(qint64 id, const Profile &incoming) const
{
    // Of the company's exported copies, the one that differs from the file
    // in the fewest fields (the newest of equals).
    std::optional<Profile> base;
    QSqlQuery query(m_db.handle());
    QString detail;
    if (prepare(query, QStringLiteral("SELECT profile FROM exported_copies WHERE company_id = ? ORDER BY id DESC"),
                &detail) &&
        execBound(query, {integer(id)}, &detail)) {
        qsizetype fewest = -1;
        while (query.next()) {
            const ImportResult copy = ProfileJson::parse(query.value(0).toString().toUtf8(), QDate::currentDate());
            if (!copy.profile)
                continue;
            const qsizetype differing = fields::differing(*copy.profile, incoming).size();
            if (fewest < 0 || differing < fewest) {
                fewest = differing;
                base = copy.profile;
            }
        }
    }
    return base;
}

PatchOutcome ProfileStore::importExported(const Profile &incoming, const QStringList &given, bool *hadCopy)
{
    forgetMatches(); // names and codes may change: match() asks the database again
    if (hadCopy)
        *hadCopy = false;
    if (!checkOpen(nullptr)) {
        PatchOutcome out;
        checkOpen(&out.error);
        return out;
    }
    const std::optional<qint64> existing = match(incoming);
    if (!existing)
        return importProfile(incoming, given, ImportMode::Merge);

    const std::optional<Profile> base = exportedCopy(*existing, incoming);
    if (!base)
        return importProfile(incoming, given, ImportMode::Merge);
    if (hadCopy)
        *hadCopy = true;

    PatchOutcome out;
    out.id = *existing;
    const auto fail = [&](const QString &detail) {
        out.error = tr("Could not save the company “%1”: %2").arg(companyLabel(incoming), detail);
        out.ok = false;
        return out;
    };
    QSqlDatabase db = m_db.handle();
    TransactionGuard guard(db);
    if (!guard.isActive())
        return fail(sqlErrorText(guard.error()));
    QString detail;
    std::optional<Profile> stored = load(*existing, &out.version, &detail);
    if (!stored)
        return fail(detail);
    out.stored = *stored;
    // What the file changed since its copy, as a patch made against that copy.
    const Patch offline = Patch::between(*base, incoming);
    out.conflicts = offline.conflictsWith(*stored);
    Profile merged = *stored;
    for (const QString &key : offline.keys()) {
        if (!out.conflicts.contains(key))
            fields::copy(incoming, merged, key);
    }
    out.applied = fields::differing(*stored, merged);
    if (out.applied.isEmpty()) {
        out.ok = true;
        return out;
    }
    if (const QString failed = writeAndCommit(db, guard, *existing, *stored, std::move(merged), m_db.author(), out, true);
        !failed.isEmpty())
        return fail(failed);
    return out;
}

namespace {
// A batch's new companies' rows sent to the server together (some twenty
// companies: measured against 80 and 320, docs/benchmarks.md).
constexpr int kRowsSentAhead = 160;
} // namespace

std::shared_ptr<const PreparedSummary> ProfileStore::prepareSummary(const Profile &profile, const QDate &today)
{
    return computeSummary(profile, today);
}

PatchOutcome ProfileStore::importProfile(const Profile &incoming, const QStringList &given, ImportMode mode,
                                         const std::shared_ptr<const PreparedSummary> &prepared)
{
    PatchOutcome out;
    if (!checkOpen(&out.error))
        return out;
    const auto fail = [&](const QString &detail) {
        out.error = tr("Could not save the company “%1”: %2").arg(companyLabel(incoming), detail);
        out.ok = false;
        out.standing.reset();
        return out;
    };
    QSqlDatabase db = m_db.handle();
    TransactionGuard guard(db);
    if (!guard.isActive())
        return fail(sqlErrorText(guard.error()));
    QString detail;
    const std::optional<qint64> existing = match(incoming);
    if (!existing) {
        // A batch's new company on a server (a group, its matches known):
        // its rows are held and go with the group's others as multi-row
        // INSERTs, at the group's commit or before the next statement that
        // is not such a row (pg::setHolding). A row the server refuses then
        // fails that statement and the group, which is rolled back whole.
        pg::Connection *hold = m_group && m_known.active ? pg::connection(db) : nullptr;
        if (hold)
            pg::setHolding(hold, true);
        const std::optional<qint64> id =
            insertCompany(db, std::nullopt, incoming, m_db.author(), &detail, &out.standing, prepared);
        if (hold)
            pg::setHolding(hold, false);
        else if (m_group)
            ++m_groupSavepoints;
        if (!id)
            return fail(detail);
        if (m_known.active) {
            // The new company as match() finds it from now on (its id is
            // above every one read: the lowest of a code or name stays).
            const MatchKey key = matchKey(incoming);
            if (!key.code.isEmpty() && !m_known.byCode.contains(key.code))
                m_known.byCode.insert(key.code, *id);
            if (!m_known.byName.contains(key.name))
                m_known.byName.insert(key.name, {*id, !key.code.isEmpty()});
        }
        if (!guard.commit())
            return fail(sqlErrorText(db.lastError()));
        // Once a few companies' rows wait, they go to the server without
        // waiting for it: it writes them while the next are read and assessed.
        if (hold && !pg::sendAhead(hold, kRowsSentAhead, &detail))
            return fail(detail);
        out.ok = true;
        out.created = true;
        out.id = *id;
        out.version = 1;
        out.stored = incoming;
        out.applied = fields::known(incoming);
        return out;
    }
    out.id = *existing;
    std::optional<Profile> stored;
    if (const auto it = m_known.loaded.find(*existing); it != m_known.loaded.end()) {
        // Read with the group's look-up, under its write lock: as stored.
        stored = std::move(it->first);
        out.version = it->second;
        m_known.loaded.erase(it); // what this import writes is read again when asked again
    } else if (!(stored = load(*existing, &out.version, &detail))) {
        return fail(detail);
    }
    const Patch patch =
        Patch::setting(incoming, mode == ImportMode::Replace ? fields::keys(*stored, incoming) : given);
    out.stored = *stored;
    if (const QString failed = writePatch(db, guard, *existing, *stored, patch, m_db.author(), out, true);
        !failed.isEmpty()) {
        forgetMatches(); // read again when next asked
        return fail(failed);
    }
    if (m_group && !out.applied.isEmpty())
        ++m_groupSavepoints; // a company unchanged wrote nothing (its savepoint was never sent)
    if (out.applied.contains(QStringLiteral("company.name")) || out.applied.contains(QStringLiteral("company.credit_code")))
        forgetMatches(); // read again when next asked
    return out;
}

bool ProfileStore::update(qint64 id, const Profile &profile, QString *error)
{
    forgetMatches(); // names and codes may change: match() asks the database again
    if (!checkOpen(error))
        return false;
    // Every field may change: compare against the stored company inside the
    // transaction, write what differs.
    const std::optional<Profile> stored = load(id, nullptr);
    const Patch patch = Patch::setting(profile, fields::keys(stored ? *stored : Profile(), profile));
    const PatchOutcome outcome = apply(id, patch, ConflictPolicy::Overwrite);
    if (!outcome.ok)
        setError(error, outcome.error);
    return outcome.ok;
}

std::optional<qint64> ProfileStore::upsert(const Profile &profile, bool *created, QString *error)
{
    const PatchOutcome outcome = importProfile(profile, {}, ImportMode::Replace);
    if (!outcome.ok) {
        setError(error, outcome.error);
        return std::nullopt;
    }
    if (created)
        *created = outcome.created;
    return outcome.id;
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
        setError(error, sqlErrorText(guard.error()));
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

ProfileStore::MatchKey ProfileStore::matchKey(const Profile &profile)
{
    MatchKey key;
    if (profile.company.creditCode && !profile.company.creditCode->isEmpty())
        key.code = *profile.company.creditCode;
    key.name = profile.company.name;
    return key;
}

bool ProfileStore::onServer() const
{
    return m_db.isServer();
}

bool ProfileStore::knowsMatchOf(const Profile &profile) const
{
    if (!m_known.active)
        return false;
    const MatchKey key = matchKey(profile);
    return (key.code.isEmpty() || m_known.codesAsked.contains(key.code)) && m_known.namesAsked.contains(key.name);
}

bool ProfileStore::expectMatches(const QList<MatchKey> &upcoming)
{
    forgetMatches();
    if (!m_group || !m_db.isServer() || upcoming.isEmpty())
        return false;
    // Text arrays as the server reads them: {"a","b"}, quotes and
    // backslashes escaped.
    const auto array = [](const QStringList &values) {
        QStringList quoted;
        for (QString v : values)
            quoted.append(u'"' + v.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")) + u'"');
        return u'{' + quoted.join(u',') + u'}';
    };
    QStringList codes, names;
    for (const MatchKey &key : upcoming) {
        if (!key.code.isEmpty())
            codes.append(key.code);
        names.append(key.name);
    }
    codes.removeDuplicates();
    names.removeDuplicates();
    QString detail;
    // Not prepared: planned each time for the table as it is. A prepared
    // statement's plan, chosen while a new database's table was empty,
    // scanned the whole table each time it grew (6.8 ms a look-up at 5,000
    // companies, against 0.1 ms through the indexes).
    const pg::ResultPtr rows = pg::queryParams(
        pg::connection(m_db.handle()),
        QStringLiteral("SELECT id, name, credit_code FROM companies"
                       " WHERE credit_code = ANY(CAST(? AS TEXT[])) OR name = ANY(CAST(? AS TEXT[]))"
                       " ORDER BY id"),
        {array(codes), array(names)}, &detail);
    if (!rows)
        return false;
    KnownMatches known;
    known.codesAsked = QSet<QString>(codes.cbegin(), codes.cend());
    known.namesAsked = QSet<QString>(names.cbegin(), names.cend());
    for (int r = 0; r < pg::rows(rows.get()); ++r) {
        const qint64 id = pg::int64(rows.get(), r, 0);
        const QString name = pg::text(rows.get(), r, 1);
        const QString code = pg::isNull(rows.get(), r, 2) ? QString() : pg::text(rows.get(), r, 2);
        if (!code.isEmpty() && !known.byCode.contains(code))
            known.byCode.insert(code, id);
        if (!known.byName.contains(name))
            known.byName.insert(name, {id, !code.isEmpty()});
    }
    known.active = true;
    m_known = std::move(known);
    // The companies matched are read too, a group of them in one round trip,
    // instead of one company at a time as each is imported.
    QList<qint64> ids;
    for (const MatchKey &key : upcoming) {
        Profile probe;
        probe.company.name = key.name;
        if (!key.code.isEmpty())
            probe.company.creditCode = key.code;
        if (const std::optional<qint64> id = match(probe); id && !ids.contains(*id))
            ids.append(*id);
    }
    GroupReader reader(m_db.handle());
    for (qsizetype from = 0; from < ids.size(); from += kGroup) {
        const QList<qint64> group = ids.mid(from, kGroup);
        std::vector<Profile> profiles;
        std::vector<qint64> versions;
        QString message;
        if (!loadGroup(reader, group, profiles, &message, &versions))
            break; // each is read as it is imported
        for (qsizetype i = 0; i < group.size(); ++i)
            m_known.loaded.insert(group.at(i), qMakePair(std::move(profiles[size_t(i)]), versions[size_t(i)]));
    }
    return true;
}

std::optional<qint64> ProfileStore::match(const Profile &profile) const
{
    if (!checkOpen(nullptr))
        return std::nullopt;
    if (knowsMatchOf(profile)) {
        // As the statement below answers, from what expectMatches read.
        const MatchKey key = matchKey(profile);
        if (!key.code.isEmpty()) {
            if (const auto it = m_known.byCode.constFind(key.code); it != m_known.byCode.cend())
                return *it;
        }
        const auto it = m_known.byName.constFind(key.name);
        if (it == m_known.byName.cend() || (!key.code.isEmpty() && it->second))
            return std::nullopt;
        return it->first;
    }
    // The credit code identifies a company; the name only when it cannot
    // contradict that (a namesake with another credit code is another
    // company). One statement: on a server each costs a round trip.
    const bool hasCode = profile.company.creditCode && !profile.company.creditCode->isEmpty();
    return findOne(m_db.handle(),
                   QStringLiteral("SELECT COALESCE("
                                  "(SELECT id FROM companies WHERE credit_code = ? ORDER BY id LIMIT 1),"
                                  "(SELECT CASE WHEN ? = 1 AND credit_code IS NOT NULL AND credit_code <> ''"
                                  " THEN NULL ELSE id END FROM companies WHERE name = ? ORDER BY id LIMIT 1))"),
                   {hasCode ? text(*profile.company.creditCode) : QVariant(), integer(hasCode ? 1 : 0),
                    text(profile.company.name)});
}

bool ProfileStore::remove(qint64 id, QString *error)
{
    forgetMatches(); // names and codes may change: match() asks the database again
    if (!checkOpen(error))
        return false;
    const auto fail = [&](const QString &detail) {
        setError(error, tr("Could not delete company %1: %2").arg(QString::number(id), detail));
        return false;
    };
    QSqlDatabase db = m_db.handle();
    TransactionGuard guard(db);
    if (!guard.isActive())
        return fail(sqlErrorText(guard.error()));
    QString detail;
    QSqlQuery query(db);
    if (!prepare(query, QStringLiteral("DELETE FROM companies WHERE id = ?"), &detail) ||
        !execBound(query, {integer(id)}, &detail))
        return fail(detail);
    if (query.numRowsAffected() != 1)
        return fail(tr("there is no such company."));
    if (!recordHistory(db, id, m_db.author(), QStringLiteral("deleted"), nullptr, nullptr, {}, &detail))
        return fail(detail);
    if (!guard.commit())
        return fail(sqlErrorText(db.lastError()));
    return true;
}

QList<HistoryEntry> ProfileStore::history(qint64 id, int limit, QString *error) const
{
    QList<HistoryEntry> out;
    if (!checkOpen(error))
        return out;
    QSqlQuery query(m_db.handle());
    QString detail;
    if (!prepare(query,
                 QStringLiteral("SELECT id, at, author, action, changes FROM company_history WHERE company_id = ?"
                                " ORDER BY id DESC LIMIT ?"),
                 &detail) ||
        !execBound(query, {integer(id), limit}, &detail)) {
        setError(error, tr("Could not read the history of company %1: %2").arg(QString::number(id), detail));
        return out;
    }
    while (query.next()) {
        HistoryEntry e;
        e.id = query.value(0).toLongLong();
        e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.author = query.value(2).toString();
        e.action = query.value(3).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            HistoryEntry::Change c;
            c.field = o.value(QStringLiteral("field")).toString();
            c.before = o.value(QStringLiteral("old"));
            c.after = o.value(QStringLiteral("new"));
            e.changes.append(c);
        }
        out.append(e);
    }
    return out;
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
