// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariantList>

#include <memory>
#include <vector>

struct pg_conn;
struct pg_result;

// PostgreSQL under Qt's QPSQL connection: libpq's own calls for the store's
// prepared writes and group reads (Qt's driver formats every bound value into
// an EXECUTE statement's text), on the very connection Qt opened, between
// Qt's statements (never while one of Qt's is still reading). Internal to
// storage/.
namespace srdi::pg {

using Connection = pg_conn;
using Result = pg_result;

// Whether `db` is a connection of Qt's PostgreSQL driver.
bool isPostgres(const QSqlDatabase &db);
// The libpq connection under a Qt one; nullptr when it is not PostgreSQL or not open.
Connection *connection(const QSqlDatabase &db);
Connection *connection(const QSqlDriver *driver);
// The same, also when the server ended the session: Qt's driver then says the
// connection is not open (it asks libpq's status), though it still holds it
// and libpq can reset it. nullptr when it is not PostgreSQL or was closed.
Connection *session(const QSqlDatabase &db);

// `sql` with SQLite's and Qt's "?" placeholders numbered as PostgreSQL's
// $1, $2, … (outside quoted text), and how many there are.
QByteArray numbered(const QString &sql, int *count = nullptr);

// A result that is cleared when it goes out of scope.
struct ResultDeleter
{
    void operator()(Result *result) const;
};
using ResultPtr = std::unique_ptr<Result, ResultDeleter>;

// Runs `sql` (no values); false with the server's message.
bool exec(Connection *conn, const QString &sql, QString *detail);
// Runs `sql` (no values) and returns its result; null with *detail.
ResultPtr query(Connection *conn, const QString &sql, QString *detail);
// Runs `sql` with `values` (bound as execPrepared binds them) unprepared:
// planned for these values each time. For a read whose best plan depends on
// how large the table has grown since the session began (a prepared
// statement's generic plan, made while a batch's table was empty, scans it
// whole); the result, or null with *detail.
ResultPtr queryParams(Connection *conn, const QString &sql, const QVariantList &values, QString *detail);
// Prepares `sql` as the statement `name` on the server.
bool prepare(Connection *conn, const QByteArray &name, const QString &sql, QString *detail);
// Runs the prepared statement `name` with `values` (bound as text: NULL,
// numbers, UTF-8 text, bytea as \x hex); the result, or null with *detail.
ResultPtr execPrepared(Connection *conn, const QByteArray &name, const QVariantList &values, QString *detail);
// A result's rows, columns and values.
int rows(const Result *result);
int columns(const Result *result);
QString columnName(const Result *result, int column);
bool isNull(const Result *result, int row, int column);
qint64 int64(const Result *result, int row, int column);
double real(const Result *result, int row, int column);
QString text(const Result *result, int row, int column);
QByteArray bytes(const Result *result, int row, int column); // bytea, decoded
// The command's tag ("COMMIT", "ROLLBACK", "INSERT 0 1", …).
QString commandStatus(const Result *result);
// How many rows an INSERT, UPDATE or DELETE changed.
qint64 changedRows(const Result *result);
// The server's message of a failed connection or statement.
QString errorText(Connection *conn);
// Whether the connection to the server is gone (a statement failed because of it).
bool connectionLost(Connection *conn);
// Reconnects a lost connection with the parameters it was opened with; the
// prepared statements are gone with the old one.
bool reset(Connection *conn);
// The server process of this connection (in notifications' payloads).
int backendPid(Connection *conn);

// ---- pipelining ----
// Between beginPipeline() and endPipeline() the statements of exec(),
// prepare() and sendPrepared() go to the server without waiting for each
// answer (libpq's pipeline mode): a company's dozen writes cost one round
// trip instead of a dozen. Nothing may read a result meanwhile. The first
// failure is reported by endPipeline(); the statements after it were not run
// (the transaction is to be rolled back, as after any failed statement).
bool pipelineActive(Connection *conn);
bool beginPipeline(Connection *conn, QString *detail);
// Queues the prepared statement `name` with `values`; when `expectRows` >= 0,
// endPipeline() fails with `mismatch` unless it changed that many rows.
bool sendPrepared(Connection *conn, const QByteArray &name, const QVariantList &values, QString *detail,
                  qint64 expectRows = -1, const QString &mismatch = QString());
// `results`, when given, receives each statement's result in order (a
// SELECT's rows: the group reads of a walk or of one company).
bool endPipeline(Connection *conn, QString *detail, std::vector<ResultPtr> *results = nullptr);

// ---- statements held back ----
// A statement that need not run until the next write (a savepoint opened
// for a company, the release of the last one): sent ahead of the next
// exec(), prepare() or write, inside its pipeline when there is one, so that
// it costs no round trip of its own. A ROLLBACK drops what is held back.
void defer(Connection *conn, const QString &sql);
// Takes `sql` back if it was not sent yet; false when it was. `dropLater`:
// what was held back after it goes too (a company that is not written).
bool cancelDeferred(Connection *conn, const QString &sql, bool dropLater = false);
// ---- rows held back (a batch's group) ----
// While a connection holds, a prepared INSERT run outside a pipeline is not
// sent: its row waits (in order with the statements held back) until the
// next statement, read or commit on the connection, and then goes with the
// other rows of its statement as one multi-row INSERT, all in one round
// trip. A failure surfaces at that statement (the transaction then fails).
void setHolding(Connection *conn, bool hold);
bool holding(Connection *conn);
void holdRow(Connection *conn, const QByteArray &name, const QVariantList &values);
bool holdsRows(Connection *conn);
// Sends the rows held back now without waiting for the server (a batch's
// group: the server writes them while the client reads and assesses the
// next companies) once at least `minRows` wait; nothing when a pipeline is
// open. Their answers are read when the connection is next used (a
// statement, a read, a pipeline's end, drain()); a failure among them fails
// that use, as a held row's would. False when they could not be sent.
bool sendAhead(Connection *conn, int minRows, QString *detail);
// Reads the answers to rows sent ahead, if any; false with the first failure.
// Needed before a statement of Qt's driver on the connection.
bool drain(Connection *conn, QString *detail);
// Forgets what is held back for a connection being closed or reset.
void forget(Connection *conn);
// Sends what is held back now; false with the first failure.
bool flushDeferred(Connection *conn, QString *detail);

} // namespace srdi::pg
