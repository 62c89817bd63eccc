// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Profile.h"
#include "Postgres.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;
struct pg_result;

// The storage classes' shared SQL helpers: values to bound parameters and
// back, prepared statements with their error text. Internal to storage/.
namespace srdi {
struct Standing;
struct PreparedSummary;
}

namespace srdi::store {

QString sqlErrorText(const QSqlError &error);

// ---- values to SQL (a null QString binds as NULL; a known text must not) ----
QVariant text(const QString &value);
QVariant optText(const Opt<QString> &value);
QVariant integer(qint64 value);
QVariant optInteger(const Opt<qint64> &value);
QVariant optBool(const Opt<bool> &value);
QVariant optDate(const Opt<QDate> &value); // set but invalid: '' (still "known")
QVariant date(const QDate &value);
template <typename T> QVariant known(const std::optional<T> &list)
{
    return integer(list.has_value() ? 1 : 0);
}

// ---- SQL to values ----
QString readString(const QSqlQuery &query, const QString &column);
Opt<QString> readOptText(const QSqlQuery &query, const QString &column);
Opt<qint64> readOptInteger(const QSqlQuery &query, const QString &column);
Opt<bool> readOptBool(const QSqlQuery &query, const QString &column);
Opt<QDate> readOptDate(const QSqlQuery &query, const QString &column);
QDate readDate(const QSqlQuery &query, const QString &column);
bool readKnown(const QSqlQuery &query, const QString &column);
// The same by the column's position: a name is looked up in the result's
// record each time it is read, which costs more than the read itself.
QString readString(const QSqlQuery &query, int column);
Opt<QString> readOptText(const QSqlQuery &query, int column);
Opt<qint64> readOptInteger(const QSqlQuery &query, int column);
Opt<bool> readOptBool(const QSqlQuery &query, int column);
Opt<QDate> readOptDate(const QSqlQuery &query, int column);
QDate readDate(const QSqlQuery &query, int column);
bool readKnown(const QSqlQuery &query, int column);
// A result's column positions by name, looked up once per statement.
class Columns
{
public:
    explicit Columns(const QSqlQuery &query);
    int operator()(const QString &name) const { return m_at.value(name, -1); }

private:
    QHash<QString, int> m_at;
};

// ---- statements ----
bool execBound(QSqlQuery &query, const QVariantList &values, QString *detail);
bool prepare(QSqlQuery &query, const QString &sql, QString *detail);
// The statement for `sql` on this connection, prepared on first use and kept
// until the connection closes (dropStatements); null, with *detail, when it
// cannot be prepared. Preparing is most of the cost of a small write, so the
// statements of the store's reads and writes are prepared once. A SELECT is
// finished after use (Finish): an active statement would hold its snapshot.
QSqlQuery *statement(const QSqlDatabase &db, const QString &sql, QString *detail);
// Finalises the statements kept for a connection; before it closes.
void dropStatements(const QString &connection);
// Resets a kept SELECT when it goes out of scope.
class Finish
{
public:
    explicit Finish(QSqlQuery &query) : m_query(query) {}
    ~Finish() { m_query.finish(); }
    Finish(const Finish &) = delete;
    Finish &operator=(const Finish &) = delete;

private:
    QSqlQuery &m_query;
};
// A statement of SQLite's own API on the connection of a QSqlDatabase, for
// the writes and look-ups every company of an import makes: the values are
// bound by position exactly as Qt's driver binds them (a null QVariant or
// null string: NULL; integers, booleans, doubles; text as UTF-16), without
// the driver's bookkeeping per bound value. Kept per connection like
// statement() and finalised by dropStatements().
// On PostgreSQL the same statement is prepared on the server through libpq
// (storage/Postgres.h), bound as text.
class Raw
{
public:
    Raw(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    Raw(pg_conn *conn, const QByteArray &name) : m_pg(conn), m_name(name) {}
    ~Raw();
    Raw(const Raw &) = delete;
    Raw &operator=(const Raw &) = delete;

    // Binds `values` and runs the statement to its end (rows it returns are
    // passed over); false, with SQLite's message in *detail, on failure.
    bool exec(const QVariantList &values, QString *detail);
    // The same, failing with `mismatch` unless exactly `rows` rows changed
    // (in a pipeline: told by Pipeline::finish()).
    bool execExpecting(const QVariantList &values, qint64 rows, const QString &mismatch, QString *detail);
    // Binds `values` and reads the first column of the first row, if any;
    // the statement is reset at once (it holds no snapshot afterwards).
    // Sets *detail and returns nullopt on failure.
    std::optional<qint64> firstInteger(const QVariantList &values, QString *detail);
    // PostgreSQL only: binds `values` and returns the whole result (a
    // SELECT's rows); null with *detail.
    pg::ResultPtr select(const QVariantList &values, QString *detail);
    // PostgreSQL: the server's name of this prepared statement.
    const QByteArray &serverName() const { return m_name; }
    // PostgreSQL: a plain INSERT, whose row may be held (pg::holdRow).
    void setInsert(bool insert) { m_insert = insert; }
    // The rows the last exec() changed, and the rowid it inserted last.
    qint64 changes() const;
    qint64 lastInsertId() const;

private:
    bool bind(const QVariantList &values, QString *detail);
    QString errorText() const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_insert = false;
    pg_conn *m_pg = nullptr;
    QByteArray m_name;        // the server's name of the prepared statement
    qint64 m_pgChanges = 0;   // rows the last exec() changed
};
// The writes of one company sent together (PostgreSQL's pipeline mode,
// storage/Postgres.h); on SQLite, where a statement costs no round trip,
// nothing changes. finish() waits for the answers: false with the first
// failure. Inside it no statement's result may be read.
class Pipeline
{
public:
    explicit Pipeline(const QSqlDatabase &db);
    ~Pipeline();
    Pipeline(const Pipeline &) = delete;
    Pipeline &operator=(const Pipeline &) = delete;
    bool finish(QString *detail);

private:
    pg_conn *m_conn = nullptr;
};
// The SQLite statement for `sql` on this connection, prepared on first use
// and kept until dropStatements(); null, with *detail, when it cannot be.
// The SQLite connection under a Qt one (the same library: Database::open
// checks it); nullptr when it is not open.
sqlite3 *sqliteHandle(const QSqlDatabase &db);
Raw *raw(const QSqlDatabase &db, const QString &sql, QString *detail);
// Runs `sql` (no values) through SQLite's own API with a kept statement
// (on PostgreSQL through libpq, unprepared: BEGIN, SAVEPOINT, COMMIT).
bool execRaw(const QSqlDatabase &db, const QString &sql, QString *detail);
// PostgreSQL: COMMIT, false when the server rolled back instead (a failed transaction).
bool commitOnServer(const QSqlDatabase &db, QString *detail);
// PostgreSQL: a statement held back until the next write (pg::defer), and taken back.
void deferOnServer(const QSqlDatabase &db, const QString &sql);
bool cancelOnServer(const QSqlDatabase &db, const QString &sql, bool dropLater = false);

// Inserts `rows` (each bound in full) with one prepared statement.
bool insertRows(const QSqlDatabase &db, const QString &sql, const QList<QVariantList> &rows, QString *detail);
// Runs a SELECT bound to one company id and calls `each` per row.
bool selectRows(const QSqlDatabase &db, const QString &sql, qint64 id,
                const std::function<void(const QSqlQuery &)> &each, QString *detail);
std::optional<qint64> findOne(const QSqlDatabase &db, const QString &sql, const QVariant &value);
std::optional<qint64> findOne(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
QString placeholders(qsizetype count);
void setError(QString *error, const QString &message);

// The company's standing in one row (company_summary), written with the
// profile in the same transaction (ProfileStorePortfolio.cpp).
// `standing`, when given, receives what the row was computed from (null when
// no pack is in force and the row was removed). `prepared`: the row computed
// ahead (used when it was computed from `p` on the same day).
bool writeSummary(const QSqlDatabase &db, qint64 id, const Profile &p, QString *detail,
                  std::shared_ptr<const Standing> *standing = nullptr,
                  const std::shared_ptr<const PreparedSummary> &prepared = nullptr);
// The same as of `today` (tests, and the refresh of stale rows), and the part
// of company_summary.basis that every row computed `today` shares.
bool writeSummary(const QSqlDatabase &db, qint64 id, const Profile &p, const QDate &today, QString *detail,
                  std::shared_ptr<const Standing> *standing = nullptr,
                  const std::shared_ptr<const PreparedSummary> &prepared = nullptr);
// The row of `p` as of `today`, computed without the database (any thread;
// the rule packs and the award catalog loaded first).
std::shared_ptr<const PreparedSummary> computeSummary(const Profile &p, const QDate &today);
QString summaryBasisKey(const QDate &today);

} // namespace srdi::store
