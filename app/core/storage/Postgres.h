// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>

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

} // namespace srdi::pg
