// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSql.h"

#include "Dialect.h"
#include "Postgres.h"
#include "SqlUtil.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlRecord>

#include <sqlite3.h>

#include <memory>
#include <unordered_map>

namespace srdi::store {

namespace {

// Prepared statements per connection (by its name), each by its SQL text:
// Qt's, and SQLite's own (Raw). std::unordered_map: a reference to a statement
// stays valid while others are added. A connection is used by one thread at a
// time; the mutex guards the outer map only.
struct Statements
{
    std::unordered_map<QString, QSqlQuery> qt;
    std::unordered_map<QString, std::unique_ptr<Raw>> raw;
    int named = 0; // PostgreSQL: statements named so far on this connection
};
QMutex g_statementsMutex;
std::unordered_map<QString, std::shared_ptr<Statements>> g_statements;

std::shared_ptr<Statements> statementsOf(const QString &connection)
{
    QMutexLocker lock(&g_statementsMutex);
    std::shared_ptr<Statements> &slot = g_statements[connection];
    if (!slot)
        slot = std::make_shared<Statements>();
    return slot;
}

} // namespace

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

QString readString(const QSqlQuery &query, int column)
{
    const QString value = query.value(column).toString();
    return value.isNull() ? QString(QLatin1String("")) : value;
}

Opt<QString> readOptText(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return readString(query, column);
}

Opt<qint64> readOptInteger(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return qint64(query.value(column).toLongLong());
}

Opt<bool> readOptBool(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).toLongLong() != 0;
}

Opt<QDate> readOptDate(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return QDate::fromString(query.value(column).toString(), Qt::ISODate);
}

QDate readDate(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return {};
    return QDate::fromString(query.value(column).toString(), Qt::ISODate);
}

bool readKnown(const QSqlQuery &query, int column)
{
    return query.value(column).toLongLong() != 0;
}

Columns::Columns(const QSqlQuery &query)
{
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        m_at.insert(record.fieldName(i), i);
}

// ---- statements -----------------------------------------------------------

bool execBound(QSqlQuery &query, const QVariantList &values, QString *detail)
{
    // What is held back or was sent ahead (storage/Postgres.h) goes first:
    // Qt's driver waits for its own answer only.
    if (pg::Connection *conn = pg::connection(query.driver());
        conn && (!pg::flushDeferred(conn, detail) || !pg::drain(conn, detail)))
        return false;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (query.exec())
        return true;
    *detail = sqlErrorText(query.lastError());
    return false;
}

bool prepare(QSqlQuery &query, const QString &sql, QString *detail)
{
    // A savepoint held back (storage/Postgres.h) goes before a statement of Qt's.
    if (pg::Connection *conn = pg::connection(query.driver());
        conn && (!pg::flushDeferred(conn, detail) || !pg::drain(conn, detail)))
        return false;
    if (query.prepare(sql))
        return true;
    *detail = sqlErrorText(query.lastError());
    return false;
}

QSqlQuery *statement(const QSqlDatabase &db, const QString &sql, QString *detail)
{
    const std::shared_ptr<Statements> statements = statementsOf(db.connectionName());
    if (const auto it = statements->qt.find(sql); it != statements->qt.end())
        return &it->second;
    QSqlQuery query(db);
    // On PostgreSQL a forward-only result streams row by row and holds the
    // connection until read to its end; the store's look-ups are small and
    // come whole there.
    query.setForwardOnly(!pg::isPostgres(db));
    if (!prepare(query, sql, detail))
        return nullptr;
    return &statements->qt.emplace(sql, std::move(query)).first->second;
}

// ---- SQLite's own statements ----------------------------------------------

namespace {


} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver || !db.isOpen())
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData()); // null when closed
}

Raw::~Raw()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    // A server's prepared statement ends with its session (a DEALLOCATE on a
    // connection being closed or already lost would only fail).
}

QString Raw::errorText() const
{
    if (m_pg)
        return pg::errorText(m_pg);
    return QString::fromUtf16(static_cast<const char16_t *>(sqlite3_errmsg16(m_db)));
}

bool Raw::bind(const QVariantList &values, QString *detail)
{
    sqlite3_reset(m_statement);
    const int count = sqlite3_bind_parameter_count(m_statement);
    if (count != values.size()) {
        *detail = QStringLiteral("Parameter count mismatch");
        return false;
    }
    int rc = SQLITE_OK;
    for (int i = 0; i < count && rc == SQLITE_OK; ++i) {
        const QVariant &value = values.at(i);
        if (sql::isNullValue(value)) {
            rc = sqlite3_bind_null(m_statement, i + 1);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::QByteArray: {
            const auto *bytes = static_cast<const QByteArray *>(value.constData());
            rc = sqlite3_bind_blob(m_statement, i + 1, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::Int:
        case QMetaType::Bool:
            rc = sqlite3_bind_int(m_statement, i + 1, value.toInt());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_statement, i + 1, value.toDouble());
            break;
        case QMetaType::UInt:
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
            break;
        case QMetaType::QString: {
            // Bound in place: `values` outlives the statement's run.
            const auto *text = static_cast<const QString *>(value.constData());
            rc = sqlite3_bind_text16(m_statement, i + 1, text->utf16(), int(text->size() * sizeof(QChar)),
                                     SQLITE_STATIC);
            break;
        }
        default: {
            const QString text = value.toString();
            rc = sqlite3_bind_text16(m_statement, i + 1, text.utf16(), int(text.size() * sizeof(QChar)),
                                     SQLITE_TRANSIENT);
            break;
        }
        }
    }
    if (rc == SQLITE_OK)
        return true;
    *detail = errorText();
    sqlite3_clear_bindings(m_statement);
    return false;
}

bool Raw::execExpecting(const QVariantList &values, qint64 rows, const QString &mismatch, QString *detail)
{
    if (m_pg && pg::pipelineActive(m_pg))
        return pg::sendPrepared(m_pg, m_name, values, detail, rows, mismatch);
    if (!exec(values, detail))
        return false;
    if (changes() == rows)
        return true;
    *detail = mismatch;
    return false;
}

Pipeline::Pipeline(const QSqlDatabase &db)
{
    pg::Connection *conn = pg::connection(db);
    QString detail;
    // While rows are held (a batch's group) a new company's rows wait to go
    // with the group's: no pipeline of its own.
    if (conn && !pg::pipelineActive(conn) && !pg::holding(conn) && pg::beginPipeline(conn, &detail))
        m_conn = conn;
}

Pipeline::~Pipeline()
{
    QString detail;
    finish(&detail);
}

bool Pipeline::finish(QString *detail)
{
    if (!m_conn)
        return true;
    pg::Connection *conn = m_conn;
    m_conn = nullptr;
    return pg::endPipeline(conn, detail);
}

bool Raw::exec(const QVariantList &values, QString *detail)
{
    if (m_pg && m_insert && !pg::pipelineActive(m_pg) && pg::holding(m_pg)) {
        // A batch's row: sent with its statement's others (pg::holdRow).
        pg::holdRow(m_pg, m_name, values);
        m_pgChanges = 1;
        return true;
    }
    if (m_pg && pg::pipelineActive(m_pg)) {
        m_pgChanges = -1;
        return pg::sendPrepared(m_pg, m_name, values, detail);
    }
    if (m_pg) {
        if (!pg::flushDeferred(m_pg, detail))
            return false;
        const pg::ResultPtr result = pg::execPrepared(m_pg, m_name, values, detail);
        m_pgChanges = result ? pg::changedRows(result.get()) : 0;
        return result != nullptr;
    }
    if (!bind(values, detail))
        return false;
    int rc = sqlite3_step(m_statement);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_statement);
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        *detail = errorText();
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement); // nothing points into `values` afterwards
    return ok;
}

std::optional<qint64> Raw::firstInteger(const QVariantList &values, QString *detail)
{
    if (m_pg) {
        const pg::ResultPtr result = pg::execPrepared(m_pg, m_name, values, detail);
        if (!result || pg::rows(result.get()) == 0 || pg::isNull(result.get(), 0, 0))
            return std::nullopt;
        return pg::int64(result.get(), 0, 0);
    }
    if (!bind(values, detail))
        return std::nullopt;
    const int rc = sqlite3_step(m_statement);
    std::optional<qint64> out;
    if (rc == SQLITE_ROW && sqlite3_column_type(m_statement, 0) != SQLITE_NULL)
        out = qint64(sqlite3_column_int64(m_statement, 0));
    else if (rc != SQLITE_DONE)
        *detail = errorText();
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return out;
}

pg::ResultPtr Raw::select(const QVariantList &values, QString *detail)
{
    if (!m_pg) {
        *detail = QStringLiteral("not a PostgreSQL statement");
        return nullptr;
    }
    return pg::execPrepared(m_pg, m_name, values, detail);
}

qint64 Raw::changes() const
{
    if (m_pg)
        return m_pgChanges;
    return sqlite3_changes(m_db);
}

qint64 Raw::lastInsertId() const
{
    if (m_pg) {
        // The value the last INSERT drew from an identity column, in this session.
        QString detail;
        const pg::ResultPtr result = pg::query(m_pg, QStringLiteral("SELECT lastval()"), &detail);
        return result && pg::rows(result.get()) ? pg::int64(result.get(), 0, 0) : 0;
    }
    return sqlite3_last_insert_rowid(m_db);
}

Raw *raw(const QSqlDatabase &db, const QString &sql, QString *detail)
{
    const std::shared_ptr<Statements> statements = statementsOf(db.connectionName());
    if (const auto it = statements->raw.find(sql); it != statements->raw.end())
        return it->second.get();
    if (pg::Connection *conn = pg::connection(db)) {
        const QByteArray name = "srdi_" + QByteArray::number(++statements->named);
        if (!pg::prepare(conn, name, sql, detail))
            return nullptr;
        Raw *made = statements->raw.emplace(sql, std::make_unique<Raw>(conn, name)).first->second.get();
        made->setInsert(sql.startsWith(QLatin1String("INSERT INTO ")));
        return made;
    }
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        *detail = QStringLiteral("the database is not open");
        return nullptr;
    }
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare16_v2(handle, sql.utf16(), int(sql.size() * sizeof(QChar)), &prepared, nullptr) != SQLITE_OK) {
        *detail = QString::fromUtf16(static_cast<const char16_t *>(sqlite3_errmsg16(handle)));
        sqlite3_finalize(prepared);
        return nullptr;
    }
    return statements->raw.emplace(sql, std::make_unique<Raw>(handle, prepared)).first->second.get();
}

bool execRaw(const QSqlDatabase &db, const QString &sql, QString *detail)
{
    if (pg::Connection *conn = pg::connection(db))
        return pg::exec(conn, sql, detail); // transaction control: not prepared
    Raw *statement = raw(db, sql, detail);
    return statement && statement->exec({}, detail);
}

bool commitOnServer(const QSqlDatabase &db, QString *detail)
{
    pg::Connection *conn = pg::connection(db);
    if (!pg::flushDeferred(conn, detail))
        return false;
    // Every window on the database hears of the commit (LISTEN/NOTIFY): the
    // notice is delivered with the commit, in the same round trip.
    const pg::ResultPtr result = pg::query(
        conn, QStringLiteral("SELECT pg_notify('%1', pg_backend_pid()::text); COMMIT").arg(dialect::changeChannel()),
        detail);
    if (!result)
        return false;
    if (pg::commandStatus(result.get()) == QLatin1String("COMMIT"))
        return true;
    *detail = QStringLiteral("the server rolled the transaction back");
    return false;
}

void deferOnServer(const QSqlDatabase &db, const QString &sql)
{
    if (pg::Connection *conn = pg::connection(db))
        pg::defer(conn, sql);
}

bool cancelOnServer(const QSqlDatabase &db, const QString &sql, bool dropLater)
{
    pg::Connection *conn = pg::connection(db);
    return conn && pg::cancelDeferred(conn, sql, dropLater);
}

void dropStatements(const QString &connection)
{
    std::shared_ptr<Statements> statements;
    {
        QMutexLocker lock(&g_statementsMutex);
        const auto it = g_statements.find(connection);
        if (it == g_statements.end())
            return;
        statements = std::move(it->second);
        g_statements.erase(it);
    }
    // Finalised here, outside the lock, before the connection closes.
}

// Inserts `rows` (each bound in full) with one prepared statement.
bool insertRows(const QSqlDatabase &db, const QString &sql, const QList<QVariantList> &rows,
                QString *detail)
{
    if (rows.isEmpty())
        return true;
    Raw *query = raw(db, sql, detail);
    if (!query)
        return false;
    for (const QVariantList &row : rows) {
        if (!query->exec(row, detail))
            return false;
    }
    return true;
}

// Runs a SELECT bound to one company id and calls `each` per row.
bool selectRows(const QSqlDatabase &db, const QString &sql, qint64 id,
                const std::function<void(const QSqlQuery &)> &each, QString *detail)
{
    QSqlQuery *query = statement(db, sql, detail);
    if (!query || !execBound(*query, {integer(id)}, detail))
        return false;
    const Finish finish(*query);
    while (query->next())
        each(*query);
    if (query->lastError().isValid()) {
        *detail = sqlErrorText(query->lastError());
        return false;
    }
    return true;
}

std::optional<qint64> findOne(const QSqlDatabase &db, const QString &sql, const QVariant &value)
{
    QString detail;
    Raw *query = raw(db, sql, &detail);
    if (!query)
        return std::nullopt;
    return query->firstInteger({value}, &detail);
}

std::optional<qint64> findOne(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QString detail;
    Raw *query = raw(db, sql, &detail);
    if (!query)
        return std::nullopt;
    return query->firstInteger(values, &detail);
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace srdi::store
