// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "StoreSql.h"

#include "SqlUtil.h"

#include "Backup.h"
#include "Dialect.h"
#include "Postgres.h"
#include "ServerAddress.h"
#include "TransactionGuard.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

#include <QMutex>
#include <QMutexLocker>
#include <QObject>

#include "LibPq.h"
#include <sqlite3.h>

#include <chrono>
#include <future>
#include <thread>

#include <atomic>

namespace srdi {

namespace {

constexpr QFileDevice::Permissions kUserOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

using sql::nativePath;

QString sqlErrorText(const QSqlError &error)
{
    return sql::errorText(error);
}

QString nextConnectionName()
{
    return sql::nextConnectionName(QStringLiteral("srdi-database"));
}

// Runs a statement that returns one value (a PRAGMA); nullopt and `detail` on error.
std::optional<QVariant> queryValue(const QSqlDatabase &db, const QString &sql, QString *detail)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *detail = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        *detail = sqlErrorText(query.lastError());
        if (detail->isEmpty())
            *detail = QStringLiteral("%1: no result").arg(sql);
        return std::nullopt;
    }
    return query.value(0);
}

bool execStatement(const QSqlDatabase &db, const QString &sql, QString *detail)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *detail = sqlErrorText(query.lastError());
    return false;
}

// Step 1: the core schema. Every scalar of a Profile has its own column; an
// optional list has a `*_known` flag so that an absent list (unknown) differs
// from an empty one (known none). Money and Scaled4 values are INTEGER, dates
// TEXT 'YYYY-MM-DD', Opt<bool> INTEGER 0/1 or NULL (unknown).
QStringList schemaV1()
{
    return {
        QStringLiteral(
            "CREATE TABLE companies ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " credit_code TEXT,"
            " region TEXT,"
            " industry TEXT,"
            " established TEXT,"
            " niche_since TEXT,"
            " main_product TEXT,"
            " assessment_year INTEGER NOT NULL DEFAULT 0,"
            " assessment_date TEXT,"
            " recognitions_known INTEGER NOT NULL DEFAULT 0 CHECK (recognitions_known IN (0, 1)),"
            " no_abnormal_or_dishonest_listing INTEGER"
            "  CHECK (no_abnormal_or_dishonest_listing IN (0, 1)),"
            " no_banned_products INTEGER CHECK (no_banned_products IN (0, 1)),"
            " no_major_accident_3y INTEGER CHECK (no_major_accident_3y IN (0, 1)),"
            " ip_class1_high_value INTEGER,"
            " ip_class1_self_developed INTEGER,"
            " ip_class1 INTEGER,"
            " ip_class2 INTEGER,"
            " ip_class1_applied INTEGER,"
            " rd_institution TEXT,"
            " rd_institution_own_or_joint INTEGER CHECK (rd_institution_own_or_joint IN (0, 1)),"
            " sci_tech_awards_known INTEGER NOT NULL DEFAULT 0"
            "  CHECK (sci_tech_awards_known IN (0, 1)),"
            " honors_known INTEGER NOT NULL DEFAULT 0 CHECK (honors_known IN (0, 1)),"
            " chuangke_china_known INTEGER NOT NULL DEFAULT 0"
            "  CHECK (chuangke_china_known IN (0, 1)),"
            " standards_led_known INTEGER NOT NULL DEFAULT 0 CHECK (standards_led_known IN (0, 1)),"
            " rd_measure TEXT,"
            " digital_level INTEGER,"
            " core_business_on_system INTEGER CHECK (core_business_on_system IN (0, 1)),"
            " quality_award TEXT,"
            " quality_system_cert INTEGER CHECK (quality_system_cert IN (0, 1)),"
            " own_brand INTEGER CHECK (own_brand IN (0, 1)),"
            " standards_participation INTEGER CHECK (standards_participation IN (0, 1)),"
            " mgmt_or_intl_product_cert INTEGER CHECK (mgmt_or_intl_product_cert IN (0, 1)),"
            " specialization_fields_known INTEGER NOT NULL DEFAULT 0"
            "  CHECK (specialization_fields_known IN (0, 1)),"
            " national_market_share_pct INTEGER,"
            " international_market_share_pct INTEGER,"
            " domestic_rank INTEGER,"
            " market_leading INTEGER CHECK (market_leading IN (0, 1)),"
            " chain_key_link INTEGER CHECK (chain_key_link IN (0, 1)),"
            " development_scores_known INTEGER NOT NULL DEFAULT 0"
            "  CHECK (development_scores_known IN (0, 1)),"
            " renewal INTEGER CHECK (renewal IN (0, 1)),"
            " local_feature_score INTEGER"
            ")"),
        QStringLiteral("CREATE UNIQUE INDEX companies_credit_code ON companies (credit_code)"
                       " WHERE credit_code IS NOT NULL"),
        QStringLiteral("CREATE INDEX companies_name ON companies (name)"),
        QStringLiteral("CREATE TABLE fiscal_years ("
                       " company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,"
                       " year INTEGER NOT NULL,"
                       " operating_revenue INTEGER,"
                       " main_business_revenue INTEGER,"
                       " rd_expense INTEGER,"
                       " cost_expense_total INTEGER,"
                       " net_profit INTEGER,"
                       " total_assets INTEGER,"
                       " total_liabilities INTEGER,"
                       " employees INTEGER,"
                       " rd_staff INTEGER,"
                       " tech_staff INTEGER,"
                       " equity_financing INTEGER,"
                       " UNIQUE (company_id, year)"
                       ")"),
        QStringLiteral("CREATE TABLE recognitions ("
                       " company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " tier TEXT NOT NULL,"
                       " granted TEXT,"
                       " PRIMARY KEY (company_id, position)"
                       ")"),
        QStringLiteral("CREATE TABLE sci_tech_awards ("
                       " company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " level TEXT NOT NULL,"
                       " rank INTEGER NOT NULL,"
                       " year INTEGER NOT NULL,"
                       " PRIMARY KEY (company_id, position)"
                       ")"),
        QStringLiteral("CREATE TABLE honors ("
                       " company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " honor TEXT NOT NULL,"
                       " PRIMARY KEY (company_id, position)"
                       ")"),
        QStringLiteral("CREATE TABLE chuangke_china ("
                       " company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " year INTEGER NOT NULL,"
                       " group_name TEXT NOT NULL,"
                       " PRIMARY KEY (company_id, position)"
                       ")"),
        QStringLiteral("CREATE TABLE standards_led ("
                       " company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " year INTEGER NOT NULL,"
                       " level TEXT NOT NULL,"
                       " PRIMARY KEY (company_id, position)"
                       ")"),
        QStringLiteral("CREATE TABLE specialization_fields ("
                       " company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " field TEXT NOT NULL,"
                       " PRIMARY KEY (company_id, position)"
                       ")"),
        QStringLiteral("CREATE TABLE development_scores ("
                       " company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " year INTEGER NOT NULL,"
                       " score INTEGER NOT NULL,"
                       " PRIMARY KEY (company_id, position)"
                       ")"),
    };
}

// Step 2: when a company was last saved, and the gap checklist's ticks.
QStringList schemaV2()
{
    return {
        QStringLiteral("ALTER TABLE companies ADD COLUMN updated_at TEXT"),
        QStringLiteral("CREATE TABLE plan_items ("
                       " company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,"
                       " item_id TEXT NOT NULL,"
                       " done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),"
                       " PRIMARY KEY (company_id, item_id)"
                       ")"),
    };
}

// Step 3: each company's standing in one row, so that a portfolio of
// thousands lists, sorts and filters without loading every profile. Written
// with the profile, in the same transaction; rows missing after this step are
// filled on first open (ProfileStore::refreshSummaries).
QStringList schemaV3()
{
    return {
        QStringLiteral("CREATE TABLE company_summary ("
                       " company_id INTEGER PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,"
                       " pack TEXT NOT NULL,"
                       " highest_rank INTEGER NOT NULL,"  // 0 none .. 3 little giant
                       " next_status TEXT,"               // the next rung's status
                       " next_unmet INTEGER,"             // conditions failing on the next rung
                       " within_reach INTEGER NOT NULL DEFAULT 0,"
                       " score REAL,"                     // tier 1's score, when settled
                       " title_expiry TEXT,"              // the earliest lapse of a valid title
                       " awards_now_yuan INTEGER NOT NULL DEFAULT 0,"
                       " sme_size TEXT"
                       ")"),
        QStringLiteral("CREATE INDEX company_summary_rank ON company_summary (highest_rank)"),
        QStringLiteral("CREATE INDEX company_summary_score ON company_summary (score)"),
        QStringLiteral("CREATE INDEX company_summary_awards ON company_summary (awards_now_yuan)"),
        QStringLiteral("CREATE INDEX companies_region ON companies (region)"),
    };
}

// Step 4: edits are patches checked against a row version (every write of a
// company adds one to it, so a writer can tell whether the row changed since
// it read it), and each summary row says what it was computed with, so that a
// stale one (another rule pack, a later day) is recomputed before use.
QStringList schemaV4()
{
    return {
        QStringLiteral("ALTER TABLE companies ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE company_summary ADD COLUMN basis TEXT"),
    };
}

// Step 5: a first-tier title records the route it was obtained by (科技型
// 入库 is valid one year, the others three): NULL where not recorded.
QStringList schemaV5()
{
    return {
        QStringLiteral("ALTER TABLE recognitions ADD COLUMN route TEXT"),
    };
}

// Step 6: the list tells the truth — the title held apart from the tier the
// assessment reaches, a score's range while inputs are missing, what remains
// to the next tier (unmet conditions, inputs missing), the figures consultants
// sort by, and a collation key for the name (pinyin order). The summaries are
// derived data: emptied here and computed again from the companies.
QStringList schemaV6()
{
    return {
        QStringLiteral("ALTER TABLE company_summary ADD COLUMN held_rank INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE company_summary ADD COLUMN score_upper REAL"),
        QStringLiteral("ALTER TABLE company_summary ADD COLUMN next_missing INTEGER"),
        QStringLiteral("ALTER TABLE company_summary ADD COLUMN open_gaps INTEGER"),
        QStringLiteral("ALTER TABLE company_summary ADD COLUMN revenue INTEGER"),
        QStringLiteral("ALTER TABLE company_summary ADD COLUMN rd_ratio REAL"),
        QStringLiteral("ALTER TABLE company_summary ADD COLUMN name_key BLOB"),
        QStringLiteral("CREATE INDEX company_summary_name_key ON company_summary (name_key)"),
        QStringLiteral("DELETE FROM company_summary"),
    };
}

// Step 7: a company's history — who changed which fields when, each value
// before and after — a row for every write of a company (the window lists
// it; on a shared server it names each colleague). Not tied to the company's
// row: the history of a deleted company stays.
QStringList schemaV7()
{
    return {
        QStringLiteral("CREATE TABLE company_history ("
                       " id INTEGER PRIMARY KEY,"
                       " company_id INTEGER NOT NULL,"
                       " at TEXT NOT NULL,"      // UTC, ISO 8601 with milliseconds
                       " author TEXT NOT NULL,"  // the server's user, or the login name
                       " action TEXT NOT NULL,"  // created, changed, deleted
                       " changes TEXT"           // JSON [{"field", "old", "new"}], values as in the exchange file
                       ")"),
        QStringLiteral("CREATE INDEX company_history_company ON company_history (company_id, id)"),
        // A company exported as *.srdi.json to be worked on away from the
        // office: what the file held, so that importing it back tells the
        // fields changed in the file from those a colleague changed meanwhile.
        QStringLiteral("CREATE TABLE exported_copies ("
                       " id INTEGER PRIMARY KEY,"
                       " company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,"
                       " at TEXT NOT NULL,"
                       " author TEXT NOT NULL,"
                       " profile TEXT NOT NULL" // the exchange file's JSON
                       ")"),
        QStringLiteral("CREATE INDEX exported_copies_company ON exported_copies (company_id, id)"),
    };
}

// The primary SQLite result code of an error (SQLITE_BUSY 5, SQLITE_CORRUPT
// 11, SQLITE_NOTADB 26, …); -1 when there is none.
int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

Database::Failure failureOfCode(int code)
{
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Database::Failure::Locked;
    case 11: // SQLITE_CORRUPT
        return Database::Failure::Damaged;
    case 26: // SQLITE_NOTADB
        return Database::Failure::NotADatabase;
    case 3: // SQLITE_PERM
    case 8: // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
        return Database::Failure::ReadOnly;
    default:
        return Database::Failure::Other;
    }
}

Database::Failure failureOf(const QSqlError &error)
{
    return failureOfCode(sqliteCode(error));
}

// The tables of a database and the columns of each (sorted), SQLite's own
// tables left out.
using Shape = QMap<QString, QStringList>;

std::optional<Shape> shapeOf(const QSqlDatabase &db, QString *detail)
{
    Shape shape;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                    " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"))) {
        *detail = sqlErrorText(tables.lastError());
        return std::nullopt;
    }
    while (tables.next())
        shape.insert(tables.value(0).toString(), {});
    for (auto it = shape.begin(); it != shape.end(); ++it) {
        QSqlQuery columns(db);
        columns.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        columns.addBindValue(it.key());
        if (!columns.exec()) {
            *detail = sqlErrorText(columns.lastError());
            return std::nullopt;
        }
        while (columns.next())
            it->append(columns.value(0).toString());
        it->sort();
    }
    return shape;
}

// What the numbered steps up to `version` create, built in memory.
Shape expectedShape(int version)
{
    Shape shape;
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QString detail;
            bool ok = true;
            for (int step = 1; ok && step <= version; ++step) {
                for (const QString &statement : Database::migrationStatements(step))
                    ok = ok && execStatement(db, statement, &detail);
            }
            if (ok)
                shape = shapeOf(db, &detail).value_or(Shape());
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return shape;
}

// The identity in an open database's meta table; empty when there is none.
QString identityIn(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'identity'")) || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

// ---- a shared portfolio on a server ---------------------------------------

namespace {

QMutex g_passwordsMutex;
QHash<QString, QString> g_passwords; // by URI, in memory only

QString rememberedPassword(const QString &uri)
{
    QMutexLocker lock(&g_passwordsMutex);
    return g_passwords.value(uri);
}

// A QPSQL connection to `address` named `name` (not yet opened).
QSqlDatabase serverConnection(const QString &name, const ServerAddress &address, const QString &password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(address.host);
    if (address.port > 0)
        db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(password.isEmpty() ? address.password : password);
    db.setConnectOptions(address.connectOptions());
    return db;
}

// A team's database belongs to a role its members share (CREATE DATABASE …
// OWNER team): the tables a member's first opening creates belong to that
// role too, so that every member can write them. The statement that makes
// the transaction act as the owner, when the user is a member of it; empty
// otherwise (the user's own tables).
QString actAsOwner(pg::Connection *conn)
{
    QString detail;
    const pg::ResultPtr owner = pg::query(
        conn,
        QStringLiteral("SELECT quote_ident(r.rolname), pg_has_role(session_user, r.oid, 'MEMBER'), r.rolname = session_user"
                       " FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba WHERE d.datname = current_database()"),
        &detail);
    if (!owner || pg::rows(owner.get()) != 1 || pg::text(owner.get(), 0, 1) != QLatin1String("t") ||
        pg::text(owner.get(), 0, 2) == QLatin1String("t"))
        return {};
    return QStringLiteral("SET LOCAL ROLE ") + pg::text(owner.get(), 0, 0);
}

} // namespace

// Hears other connections' commits: a second connection of its own that only
// LISTENs (the store's connection is busy with statements, and a result being
// read there would hold a notice back), its notices counted and passed on.
class ChangeListener
{
public:
    ChangeListener(const ServerAddress &address, const QString &password, int ownPid)
        : m_name(sql::nextConnectionName(QStringLiteral("srdi-listen"))), m_ownPid(ownPid)
    {
        QSqlDatabase db = serverConnection(m_name, address, password);
        if (!db.open() || !db.driver()->subscribeToNotification(dialect::changeChannel()))
            return;
        QObject::connect(db.driver(), &QSqlDriver::notification, &m_context,
                         [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                             // The payload is the writer's server process: this
                             // program's own store connection is not another writer.
                             if (payload.toString().toInt() == m_ownPid)
                                 return;
                             ++m_heard;
                             if (m_handler)
                                 m_handler();
                         });
        m_listening = true;
    }
    ~ChangeListener()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isListening() const { return m_listening; }
    // Whether the connection that listens broke (the server ended it, the
    // network dropped): nothing more is heard until it is opened anew.
    bool isLost() const
    {
        if (!m_listening)
            return true;
        pg::Connection *conn = pg::session(QSqlDatabase::database(m_name, false));
        return !conn || pg::connectionLost(conn);
    }
    qint64 heard() const { return m_heard; }
    void setHandler(std::function<void()> handler) { m_handler = std::move(handler); }
    void setOwnPid(int pid) { m_ownPid = pid; }

private:
    QString m_name;
    int m_ownPid = 0;
    QObject m_context;
    std::atomic<qint64> m_heard{0};
    std::function<void()> m_handler;
    bool m_listening = false;
};

void Database::rememberPassword(const QString &uri, const QString &password)
{
    QMutexLocker lock(&g_passwordsMutex);
    g_passwords.insert(uri, password);
}

void Database::forgetPassword(const QString &uri)
{
    QMutexLocker lock(&g_passwordsMutex);
    g_passwords.remove(uri);
}

QString Database::displayName() const
{
    if (m_server) {
        const std::optional<ServerAddress> address = ServerAddress::parse(m_path);
        return address ? address->displayName() : m_path;
    }
    return nativePath(m_path);
}

qint64 Database::changesHeard() const
{
    return m_listener ? m_listener->heard() : 0;
}

void Database::setChangeHandler(std::function<void()> handler)
{
    m_changeHandler = std::move(handler);
    if (m_listener)
        m_listener->setHandler(m_changeHandler);
}

bool Database::listenerLost() const
{
    return m_server && m_listen && isOpen() && (!m_listener || m_listener->isLost());
}

bool Database::connectionLost() const
{
    // Not isOpen(): Qt's driver calls a connection the server ended closed.
    if (!m_server || m_connectionName.isEmpty())
        return false;
    pg::Connection *conn = pg::session(handle());
    return conn && pg::connectionLost(conn);
}

QString Database::author() const
{
    if (!m_author.isEmpty())
        return m_author;
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? QStringLiteral("?") : login;
}

Database::Failure Database::diagnoseServer(QString *detail) const
{
    const std::optional<ServerAddress> address = ServerAddress::parse(m_path, detail);
    if (!address)
        return Failure::Other;
    QList<QByteArray> keys, values;
    const auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            keys.append(key);
            values.append(value.toUtf8());
        }
    };
    add("host", address->host);
    add("port", address->port > 0 ? QString::number(address->port) : QString());
    add("dbname", address->database);
    add("user", address->user);
    const QString password = rememberedPassword(m_path);
    add("password", password.isEmpty() ? address->password : password);
    for (const auto &[key, value] : address->extra)
        add(key.toUtf8().constData(), value);
    // (keys hold their own copies: add() was given temporaries' bytes)
    std::vector<const char *> k, v;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        k.push_back(keys.at(i).constData());
        v.push_back(values.at(i).constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    if (PQpingParams(k.data(), v.data(), 0) == PQPING_NO_RESPONSE) {
        *detail = tr("the server does not answer. Is it running, and are the host and port right?");
        return Failure::Unreachable;
    }
    PGconn *conn = PQconnectdbParams(k.data(), v.data(), 0);
    Failure failure = Failure::Other;
    if (PQstatus(conn) == CONNECTION_OK) {
        *detail = QString(); // it connects now: the caller's message stands
    } else if (PQconnectionNeedsPassword(conn)) {
        failure = Failure::PasswordNeeded;
        *detail = tr("the server asks for a password.");
    } else if (PQconnectionUsedPassword(conn)) {
        failure = Failure::Refused;
        *detail = tr("the server refused the user name or the password.");
    } else {
        *detail = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    }
    PQfinish(conn);
    return failure;
}

bool Database::connectToServer(int targetVersion, QString *error)
{
    const auto fail = [this, error](const QString &detail) {
        *error = tr("Could not open the shared database %1: %2").arg(displayName(), detail);
        return false;
    };
    const auto failAs = [this, &fail](Failure failure, const QString &detail) {
        m_failure = failure;
        return fail(detail);
    };
    QString detail;
    const std::optional<ServerAddress> address = ServerAddress::parse(m_path, &detail);
    if (!address) {
        m_failure = Failure::Other;
        *error = detail;
        return false;
    }
    if (targetVersion < 0 || targetVersion > kSchemaVersion)
        return failAs(Failure::Other, tr("there is no schema version %1.").arg(targetVersion));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return failAs(Failure::Other, tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)."));

    const QString password = rememberedPassword(m_path);
    m_connectionName = nextConnectionName();
    QSqlDatabase db = serverConnection(m_connectionName, *address, password);
    if (!db.open()) {
        QString why;
        const Failure failure = diagnoseServer(&why);
        return failAs(failure, why.isEmpty() ? sqlErrorText(db.lastError()) : why);
    }
    pg::Connection *conn = pg::connection(db);
    // A write waits for another writer as long as on SQLite, then fails.
    if (!pg::exec(conn, QStringLiteral("SET lock_timeout = %1").arg(kBusyTimeoutMs), &detail) ||
        !pg::exec(conn, QStringLiteral("SET client_min_messages = warning"), &detail))
        return failAs(Failure::Other, detail);
    {
        const pg::ResultPtr who = pg::query(conn, QStringLiteral("SELECT session_user"), &detail);
        if (!who)
            return failAs(Failure::Other, detail);
        m_author = pg::text(who.get(), 0, 0);
    }

    // Ours, new, or someone else's: the program's mark in `meta`, read and,
    // on an empty database, written under the program's write lock (two
    // first openings at once make one mark).
    const auto foreign = [&] {
        return failAs(Failure::Foreign, tr("it holds another program's tables. It was left unchanged; give "
                                           "the portfolio a database of its own."));
    };
    const auto readMark = [&](QString *application, int *version, QString *identity) -> bool {
        const pg::ResultPtr meta = pg::query(conn, QStringLiteral("SELECT to_regclass('meta') IS NOT NULL,"
                                                                  " (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())"),
                                             &detail);
        if (!meta)
            return false;
        application->clear();
        *version = 0;
        identity->clear();
        const bool hasMeta = pg::text(meta.get(), 0, 0) == QLatin1String("t");
        const qint64 tables = pg::int64(meta.get(), 0, 1);
        if (!hasMeta) {
            if (tables > 0)
                *application = QStringLiteral("?");
            return true;
        }
        const pg::ResultPtr rows = pg::query(conn, QStringLiteral("SELECT key, value FROM meta"), &detail);
        if (!rows) {
            *application = QStringLiteral("?");
            return true;
        }
        for (int r = 0; r < pg::rows(rows.get()); ++r) {
            const QString key = pg::text(rows.get(), r, 0);
            if (key == QLatin1String("application"))
                *application = pg::text(rows.get(), r, 1);
            else if (key == QLatin1String("schema_version"))
                *version = pg::text(rows.get(), r, 1).toInt();
            else if (key == QLatin1String("identity"))
                *identity = pg::text(rows.get(), r, 1);
        }
        if (application->isEmpty())
            *application = QStringLiteral("?");
        return true;
    };
    QString application, identity;
    int version = 0;
    if (!readMark(&application, &version, &identity))
        return failAs(Failure::Other, detail);
    if (application.isEmpty()) {
        // An empty database: marked as ours, in one transaction.
        QStringList statements = dialect::beginWrite(dialect::Engine::PostgreSQL);
        if (const QString owner = actAsOwner(conn); !owner.isEmpty())
            statements << owner;
        statements << QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                   << QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', 'SRDI'),"
                                     " ('schema_version', '0'),"
                                     " ('identity', md5(random()::text || clock_timestamp()::text))"
                                     " ON CONFLICT (key) DO NOTHING")
                   << QStringLiteral("COMMIT");
        for (const QString &statement : statements) {
            if (!pg::exec(conn, statement, &detail)) {
                pg::exec(conn, QStringLiteral("ROLLBACK"), &detail);
                return failAs(Failure::Other, detail);
            }
        }
        if (!readMark(&application, &version, &identity))
            return failAs(Failure::Other, detail);
    }
    if (application != QLatin1String("SRDI"))
        return foreign();
    if (version > kSchemaVersion) {
        m_failure = Failure::Newer;
        *error = tr("The shared database %1 was written by a newer version of this program (schema "
                    "version %2; this version knows up to %3). It was left unchanged; update the "
                    "program to open it.")
                     .arg(displayName(), QString::number(version), QString::number(kSchemaVersion));
        return false;
    }
    m_identity = identity;
    if (!migrateServer(targetVersion, error)) {
        m_failure = Failure::Other;
        return false;
    }
    if (m_listen) {
        m_listener = std::make_unique<ChangeListener>(*address, password, pg::backendPid(conn));
        m_listener->setHandler(m_changeHandler);
    }
    m_failure = Failure::None;
    return true;
}

bool Database::migrateServer(int target, QString *error)
{
    QSqlDatabase db = handle();
    pg::Connection *conn = pg::connection(db);
    for (int version = 1; version <= target; ++version) {
        const auto stepFailed = [&](const QString &detail) {
            QString ignored;
            pg::exec(conn, QStringLiteral("ROLLBACK"), &ignored);
            *error = tr("Could not upgrade the shared database %1 to schema version %2: %3")
                         .arg(displayName(), QString::number(version), detail);
            return false;
        };
        QString detail;
        // The write lock first, then the version again: a colleague's copy
        // of the program may have taken this step meanwhile.
        for (const QString &statement : dialect::beginWrite(dialect::Engine::PostgreSQL)) {
            if (!pg::exec(conn, statement, &detail))
                return stepFailed(detail);
        }
        const pg::ResultPtr now =
            pg::query(conn, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"), &detail);
        if (!now)
            return stepFailed(detail);
        const int current = pg::rows(now.get()) ? pg::text(now.get(), 0, 0).toInt() : 0;
        if (current >= version) {
            pg::exec(conn, QStringLiteral("COMMIT"), &detail);
            continue;
        }
        QStringList statements;
        if (const QString owner = actAsOwner(conn); !owner.isEmpty())
            statements << owner;
        for (const QString &statement : migrationStatements(version))
            statements.append(dialect::schema(statement, dialect::Engine::PostgreSQL));
        if (statements.isEmpty())
            return stepFailed(tr("no migration step is defined."));
        statements << QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(version);
        for (const QString &statement : statements) {
            if (!pg::exec(conn, statement, &detail))
                return stepFailed(detail);
        }
        if (!store::commitOnServer(db, &detail))
            return stepFailed(detail);
    }
    return true;
}

bool Database::reconnect(QString *error)
{
    // A session the server ended is still held (though Qt's driver no longer
    // calls it open): libpq resets it in place.
    pg::Connection *conn = m_server && !m_connectionName.isEmpty() ? pg::session(handle()) : nullptr;
    if (!conn) {
        close();
        return open(error);
    }
    store::dropStatements(m_connectionName); // prepared on the session that is gone
    pg::forget(conn);
    QString detail;
    if (!pg::reset(conn)) {
        QString why;
        const Failure failure = diagnoseServer(&why);
        m_failure = failure == Failure::Other ? Failure::ConnectionLost : failure;
        *error = tr("Could not connect again to the shared database %1: %2")
                     .arg(displayName(), why.isEmpty() ? pg::errorText(conn) : why);
        return false;
    }
    pg::exec(conn, QStringLiteral("SET lock_timeout = %1").arg(kBusyTimeoutMs), &detail);
    pg::exec(conn, QStringLiteral("SET client_min_messages = warning"), &detail);
    // The listener is opened anew (its socket changed with the server).
    const std::optional<ServerAddress> address = ServerAddress::parse(m_path);
    if (address && m_listen) {
        m_listener = std::make_unique<ChangeListener>(*address, rememberedPassword(m_path), pg::backendPid(conn));
        m_listener->setHandler(m_changeHandler);
    }
    m_failure = Failure::None;
    return true;
}

Database::Database(const QString &location)
    : m_path(location), m_server(ServerAddress::isServerLocation(location))
{
    if (m_server) {
        // Shown and kept without its password: the password goes to memory.
        if (const std::optional<ServerAddress> address = ServerAddress::parse(location);
            address && !address->password.isEmpty()) {
            m_path = address->uri();
            rememberPassword(m_path, address->password);
        }
    }
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/srdi.sqlite");
}

QStringList Database::migrationStatements(int version)
{
    switch (version) {
    case 1:
        return schemaV1();
    case 2:
        return schemaV2();
    case 3:
        return schemaV3();
    case 4:
        return schemaV4();
    case 5:
        return schemaV5();
    case 6:
        return schemaV6();
    case 7:
        return schemaV7();
    default:
        return {};
    }
}

bool Database::open(QString *error)
{
    return open(error, kSchemaVersion);
}

bool Database::open(QString *error, int targetVersion)
{
    if (isOpen())
        return true;
    QString message;
    if (connectAndCheck(targetVersion, &message))
        return true;
    close();
    if (error)
        *error = message;
    return false;
}

bool Database::connectAndCheck(int targetVersion, QString *error)
{
    if (m_server)
        return connectToServer(targetVersion, error);
    // A check started in the background is used once, by this opening only.
    const bool checkedInBackground = m_backgroundCheck.valid() && m_backgroundCheck.get();
    m_failure = Failure::Other;
    m_identity.clear();
    const auto fail = [this, error](const QString &detail) {
        *error = tr("Could not open the database %1: %2").arg(nativePath(m_path), detail);
        return false;
    };
    const auto failAs = [this, &fail](Failure failure, const QString &detail) {
        m_failure = failure;
        return fail(detail);
    };

    if (m_path.isEmpty())
        return fail(tr("no file name given."));
    if (targetVersion < 0 || targetVersion > kSchemaVersion)
        return fail(tr("there is no schema version %1.").arg(targetVersion));

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return failAs(Failure::ReadOnly,
                      tr("the folder %1 cannot be created.").arg(nativePath(info.absolutePath())));

    // A new file is created empty (an empty file is an empty SQLite database)
    // with user-only permissions before SQLite writes anything into it. An
    // empty file that is there already is a new database too: user-only as
    // well. (Another process may create it at the same moment: then it is
    // there, empty or already ours.)
    if (!info.exists()) {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kUserOnly) &&
            !QFileInfo::exists(m_path))
            return failAs(Failure::ReadOnly, file.errorString());
    }
    if (QFileInfo(m_path).isFile() && QFileInfo(m_path).size() == 0 &&
        !QFile::setPermissions(m_path, kUserOnly))
        return failAs(Failure::ReadOnly,
                      tr("its permissions cannot be restricted to the current user."));

    // SQLite would open a write-protected file read-only and fail later with
    // "attempt to write a readonly database"; say what is wrong instead.
    if (!QFileInfo(m_path).isWritable())
        return failAs(Failure::ReadOnly,
                      tr("the file is read-only for you. Make it writable (it should belong to "
                         "you, with permission to read and write), or open a copy of it."));
#ifdef Q_OS_UNIX // (Windows marks folders read-only for other reasons)
    if (!QFileInfo(info.absolutePath()).isWritable())
        return failAs(Failure::ReadOnly,
                      tr("the folder %1 is read-only for you; the database needs to write its "
                         "journal beside the file.")
                          .arg(nativePath(info.absolutePath())));
#endif

    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open())
        return failAs(failureOf(db.lastError()), sqlErrorText(db.lastError()));

    QString detail;
    if (!execStatement(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs), &detail))
        return fail(detail);
    // The store hands this connection to SQLite's own API (prepared writes,
    // a worker's query stopped): Qt's driver must run on this very library,
    // not a copy of its own (as a Windows plugin built with Qt's bundled
    // SQLite does). Said plainly rather than a connection of one copy used
    // by the other's functions.
    if (const std::optional<QVariant> theirs = queryValue(db, QStringLiteral("SELECT sqlite_source_id()"), &detail);
        theirs && theirs->toString() != QString::fromLatin1(sqlite3_sourceid()))
        return fail(tr("Qt's SQLite driver uses another SQLite library (%1) than this program (%2): install the "
                       "driver built with the system's SQLite.")
                        .arg(theirs->toString().left(19), QString::fromLatin1(sqlite3_sourceid()).left(19)));

    // SQLite opens any file lazily: the first read tells whether it is a
    // database at all. Nothing is written before these checks pass.
    // Deferred, the whole-file check is left to the caller (checkIntegrity());
    // the schema is read here all the same, which is what tells a file that
    // is not a database.
    if (!checkedInBackground) {
        QSqlQuery check(db);
        if (!check.exec(m_checkDeferred ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master")
                                        : QStringLiteral("PRAGMA quick_check")) ||
            !check.next()) {
            const QSqlError sqlError = check.lastError();
            const Failure failure = failureOf(sqlError);
            if (failure == Failure::Locked || failure == Failure::ReadOnly)
                return failAs(failure, sqlErrorText(sqlError));
            return failAs(failure == Failure::Damaged ? Failure::Damaged : Failure::NotADatabase,
                          tr("it is not a valid database (%1).").arg(sqlErrorText(sqlError)));
        }
        if (!m_checkDeferred && check.value(0).toString() != QLatin1String("ok"))
            return failAs(Failure::Damaged,
                          tr("the database is damaged (%1).").arg(check.value(0).toString()));
    }

    // The version, the mark and the tables, read in one snapshot: another
    // process may be creating or upgrading the schema at this moment.
    int version = 0;
    qint32 applicationId = 0;
    std::optional<Shape> shape;
    {
        QSqlQuery read(db);
        if (!read.exec(QStringLiteral("BEGIN")))
            return failAs(failureOf(read.lastError()), sqlErrorText(read.lastError()));
        const std::optional<QVariant> v = queryValue(db, QStringLiteral("PRAGMA user_version"), &detail);
        const std::optional<QVariant> a =
            v ? queryValue(db, QStringLiteral("PRAGMA application_id"), &detail) : std::nullopt;
        if (a) {
            version = v->toInt();
            applicationId = qint32(a->toLongLong());
            if (applicationId == 0)
                shape = shapeOf(db, &detail);
        }
        read.exec(QStringLiteral("COMMIT"));
        if (!a || (applicationId == 0 && !shape))
            return fail(detail);
    }

    // Another program's SQLite database is not taken over: it carries another
    // mark, or no mark and not exactly the tables of a database of ours at
    // its version (a new database has no tables at all). A newer version's
    // is left as it is too.
    const auto foreign = [&] {
        return failAs(Failure::Foreign, tr("it is the database of another program (it holds other "
                                           "tables). It was left unchanged."));
    };
    if (applicationId != 0 && applicationId != kApplicationId)
        return foreign();
    if (version > kSchemaVersion) {
        m_failure = Failure::Newer;
        *error = tr("The database %1 was written by a newer version of this program (schema "
                    "version %2; this version knows up to %3). It was left unchanged; update the "
                    "program to open it.")
                     .arg(nativePath(m_path), QString::number(version),
                          QString::number(kSchemaVersion));
        return false;
    }
    if (applicationId == 0 && *shape != expectedShape(version))
        return foreign();

    // Switching to WAL needs the file to itself and does not wait on the busy
    // timeout: while another process creates or upgrades the same new file,
    // it is tried again until that timeout.
    std::optional<QVariant> journal;
    for (QElapsedTimer waited; !waited.isValid() || waited.elapsed() < kBusyTimeoutMs;) {
        if (!waited.isValid())
            waited.start();
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next()) {
            journal = query.value(0);
            break;
        }
        detail = sqlErrorText(query.lastError());
        if (failureOf(query.lastError()) != Failure::Locked)
            return fail(detail);
        QThread::msleep(10);
    }
    if (!journal)
        return failAs(Failure::Locked, detail);
    if (journal->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(
            tr("write-ahead logging is not available (journal mode %1).").arg(journal->toString()));
    if (!execStatement(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &detail) ||
        !execStatement(db, QStringLiteral("PRAGMA foreign_keys = ON"), &detail))
        return fail(detail);

    // Ours from now on (a new database, or one of an earlier version that set
    // no mark): the mark and an identity, before anything else is written.
    m_identity = identityIn(db);
    if (applicationId != kApplicationId || m_identity.isEmpty()) {
        if (!markAsOurs(&detail))
            return fail(detail);
        m_identity = identityIn(db);
    }

    if (!migrateTo(targetVersion, error)) {
        m_failure = Failure::Other;
        return false;
    }

    // SQLite gives the -wal and -shm files the main file's mode; make sure.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString side = m_path + suffix;
        if (QFileInfo::exists(side))
            QFile::setPermissions(side, kUserOnly);
    }
    m_failure = Failure::None;
    return true;
}

bool Database::markAsOurs(QString *error)
{
    QSqlDatabase db = handle();
    TransactionGuard guard(db);
    if (!guard.isActive()) {
        m_failure = failureOf(guard.error());
        *error = sqlErrorText(guard.error());
        return false;
    }
    // Idempotent: another process may have marked it while this one waited
    // for the write lock; its identity stays.
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT OR IGNORE INTO meta (key, value)"
                       " VALUES ('identity', lower(hex(randomblob(16))))"),
        // PRAGMA takes no bound parameters; the id is a constant of ours.
        QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
    };
    for (const QString &statement : statements) {
        if (!execStatement(db, statement, error))
            return false;
    }
    if (!guard.commit()) {
        m_failure = failureOf(guard.error());
        *error = sqlErrorText(guard.error());
        return false;
    }
    return true;
}

QString Database::readIdentity(const QString &path)
{
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return {};
    QString identity;
    const QString name = sql::nextConnectionName(QStringLiteral("srdi-identity"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            identity = identityIn(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return identity;
}

void Database::startCheckInBackground()
{
    if (isOpen() || m_backgroundCheck.valid() || m_path.isEmpty() || !QFileInfo::exists(m_path))
        return;
    m_backgroundCheck = std::async(std::launch::async, [path = m_path] {
        const QString name = sql::nextConnectionName(QStringLiteral("srdi-check"));
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            // Read-only: the check never writes, not even a checkpoint at close.
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QString detail;
                const std::optional<QVariant> check =
                    queryValue(db, QStringLiteral("PRAGMA quick_check"), &detail);
                ok = check && check->toString() == QLatin1String("ok");
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    });
}

namespace {

// SQLite's progress handler: a non-zero return interrupts the statement.
int stopRequested(void *stop)
{
    return static_cast<const std::atomic<bool> *>(stop)->load() ? 1 : 0;
}

} // namespace

Database::IntegrityCheck Database::checkIntegrity(const QString &path, const std::atomic<bool> *stop)
{
    IntegrityCheck out;
    sqlite3 *db = nullptr;
    const auto finish = [&](Failure failure, const QString &detail) {
        out.failure = failure;
        if (!detail.isEmpty())
            out.error = tr("Could not open the database %1: %2").arg(nativePath(path), detail);
        if (db)
            sqlite3_close(db);
        return out;
    };
    const auto sqliteFailure = [&](int code) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
        const Failure failure = failureOfCode(code & 0xff);
        if (failure == Failure::Locked || failure == Failure::ReadOnly)
            return finish(failure, message);
        return finish(failure == Failure::Damaged ? Failure::Damaged : Failure::NotADatabase,
                      tr("it is not a valid database (%1).").arg(message));
    };
    // Read-only: the check never writes, not even a checkpoint at close.
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK)
        return sqliteFailure(rc);
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    // The check is one step of SQLite's machine, which a progress handler
    // never sees: while it runs, a watcher interrupts it once `stop` is set
    // (sqlite3_interrupt may be called from any thread while it is open).
    if (stop && stop->load()) {
        out.stopped = true;
        return finish(Failure::None, QString());
    }
    std::atomic<bool> checked{false};
    std::thread watcher;
    if (stop) {
        watcher = std::thread([db, stop, &checked] {
            while (!checked.load()) {
                if (stop->load()) // again until it ends: one sent before the step began is void
                    sqlite3_interrupt(db);
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
    }
    sqlite3_stmt *statement = nullptr;
    rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &statement, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(statement);
    QString result;
    if (rc == SQLITE_ROW)
        result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    checked = true;
    if (watcher.joinable())
        watcher.join();
    if (rc == SQLITE_INTERRUPT || (stop && stop->load())) {
        out.stopped = true;
        return finish(Failure::None, QString());
    }
    if (rc != SQLITE_ROW)
        return sqliteFailure(rc);
    if (result != QLatin1String("ok"))
        return finish(Failure::Damaged, tr("the database is damaged (%1).").arg(result));
    out.ok = true;
    return finish(Failure::None, QString());
}

void Database::interruptWhen(const std::atomic<bool> *stop)
{
    const QSqlDatabase db = handle();
    const QVariant native = db.isValid() && db.driver() ? db.driver()->handle() : QVariant();
    if (!stop || !native.isValid() || qstrcmp(native.typeName(), "sqlite3*") != 0)
        return;
    if (sqlite3 *connection = *static_cast<sqlite3 *const *>(native.constData()))
        sqlite3_progress_handler(connection, 1000, &stopRequested, const_cast<std::atomic<bool> *>(stop));
}

void Database::closeAsFailed(Failure failure)
{
    close();
    m_identity.clear();
    m_failure = failure;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_listener.reset();
    if (m_server)
        pg::forget(pg::connection(handle()));
    store::dropStatements(m_connectionName); // the store's prepared statements go first
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::handle() const
{
    if (m_connectionName.isEmpty())
        return {};
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    if (!isOpen())
        return -1;
    QString detail;
    const std::optional<QVariant> version =
        queryValue(handle(), m_server ? QStringLiteral("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema_version'")
                                      : QStringLiteral("PRAGMA user_version"), &detail);
    return version ? version->toInt() : -1;
}

bool Database::migrateTo(int target, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    if (!isOpen())
        return fail(tr("The database %1 is not open.").arg(nativePath(m_path)));
    if (m_server && target <= kSchemaVersion)
        return migrateServer(target, error);
    if (target > kSchemaVersion)
        return fail(
            tr("The database %1 cannot be brought to schema version %2: this version of "
               "the program knows up to %3.")
                .arg(nativePath(m_path), QString::number(target), QString::number(kSchemaVersion)));

    const int current = schemaVersion();
    if (current < 0)
        return fail(
            tr("The schema version of the database %1 cannot be read.").arg(nativePath(m_path)));
    if (current > kSchemaVersion)
        return fail(tr("The database %1 was written by a newer version of this program (schema "
                       "version %2; this version knows up to %3).")
                        .arg(nativePath(m_path), QString::number(current),
                             QString::number(kSchemaVersion)));

    // A database that holds companies is backed up before its schema changes.
    if (current < target && !Backup::beforeMigration(*this, current, error))
        return false;

    QSqlDatabase db = handle();
    for (int version = current + 1; version <= target; ++version) {
        const auto stepFailed = [&](const QString &detail) {
            return fail(tr("Could not upgrade the database %1 to schema version %2: %3")
                            .arg(nativePath(m_path), QString::number(version), detail));
        };

        // The write lock first, then the version again: another process that
        // opened the same file at the same moment may have taken this step
        // while this one waited for the lock.
        TransactionGuard guard(db);
        if (!guard.isActive())
            return stepFailed(sqlErrorText(guard.error()));
        QString detail;
        const std::optional<QVariant> now =
            queryValue(db, QStringLiteral("PRAGMA user_version"), &detail);
        if (!now)
            return stepFailed(detail);
        if (now->toInt() >= version) {
            if (now->toInt() > kSchemaVersion)
                return stepFailed(tr("a newer version of this program upgraded it meanwhile."));
            guard.commit();
            continue;
        }

        const QStringList statements = migrationStatements(version);
        if (statements.isEmpty())
            return stepFailed(tr("no migration step is defined."));

        for (const QString &statement : statements) {
            if (!execStatement(db, statement, &detail))
                return stepFailed(detail);
        }
        // PRAGMA takes no bound parameters; `version` is a number of ours, not data.
        if (!execStatement(db, QStringLiteral("PRAGMA user_version = %1").arg(version), &detail))
            return stepFailed(detail);
        if (!guard.commit())
            return stepFailed(sqlErrorText(guard.error()));
    }
    return true;
}

} // namespace srdi
