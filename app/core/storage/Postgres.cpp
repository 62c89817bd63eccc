// SPDX-License-Identifier: GPL-3.0-or-later
#include "Postgres.h"

#include <QDate>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <vector>

namespace srdi::pg {

bool isPostgres(const QSqlDatabase &db)
{
    return db.isValid() && db.driverName() == QLatin1String("QPSQL");
}

Connection *connection(const QSqlDatabase &db)
{
    return db.isOpen() ? session(db) : nullptr;
}

Connection *session(const QSqlDatabase &db)
{
    if (!isPostgres(db) || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

QByteArray numbered(const QString &sql, int *count)
{
    const QByteArray in = sql.toUtf8();
    QByteArray out;
    out.reserve(in.size() + 16);
    int n = 0;
    char quote = 0;
    for (const char c : in) {
        if (quote) {
            if (c == quote)
                quote = 0;
            out.append(c);
        } else if (c == '\'' || c == '"') {
            quote = c;
            out.append(c);
        } else if (c == '?') {
            out.append('$').append(QByteArray::number(++n));
        } else {
            out.append(c);
        }
    }
    if (count)
        *count = n;
    return out;
}

void ResultDeleter::operator()(Result *result) const
{
    PQclear(result);
}

QString errorText(Connection *conn)
{
    return conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : QStringLiteral("not connected");
}

namespace {

QString resultError(Connection *conn, const PGresult *result)
{
    const char *message = result ? PQresultErrorMessage(result) : nullptr;
    const QString text = message && *message ? QString::fromUtf8(message).trimmed() : errorText(conn);
    return text.isEmpty() ? QStringLiteral("unknown error") : text;
}

// NULL as Qt's drivers decide it: a null variant, or one holding a null
// string, byte array or date (a known empty text is '' , not NULL).
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate *>(value.constData())->isNull();
    default:
        return false;
    }
}

bool succeeded(const PGresult *result)
{
    if (!result)
        return false;
    const ExecStatusType status = PQresultStatus(result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

} // namespace

bool exec(Connection *conn, const QString &sql, QString *detail)
{
    if (!conn) {
        *detail = errorText(conn);
        return false;
    }
    PGresult *result = PQexec(conn, sql.toUtf8().constData());
    const bool ok = succeeded(result);
    if (!ok)
        *detail = resultError(conn, result);
    PQclear(result);
    return ok;
}

ResultPtr query(Connection *conn, const QString &sql, QString *detail)
{
    if (!conn) {
        *detail = errorText(conn);
        return nullptr;
    }
    PGresult *result = PQexec(conn, sql.toUtf8().constData());
    if (!succeeded(result)) {
        *detail = resultError(conn, result);
        PQclear(result);
        return nullptr;
    }
    return ResultPtr(result);
}

bool prepare(Connection *conn, const QByteArray &name, const QString &sql, QString *detail)
{
    if (!conn) {
        *detail = errorText(conn);
        return false;
    }
    int count = 0;
    const QByteArray text = numbered(sql, &count);
    PGresult *result = PQprepare(conn, name.constData(), text.constData(), 0, nullptr);
    const bool ok = succeeded(result);
    if (!ok)
        *detail = resultError(conn, result);
    PQclear(result);
    return ok;
}

ResultPtr execPrepared(Connection *conn, const QByteArray &name, const QVariantList &values, QString *detail)
{
    if (!conn) {
        *detail = errorText(conn);
        return nullptr;
    }
    std::vector<QByteArray> texts(size_t(values.size()));
    std::vector<const char *> pointers(size_t(values.size()), nullptr);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        QByteArray &text = texts[size_t(i)];
        text = QByteArrayLiteral(""); // a known empty text is '', not NULL
        if (isNullValue(value))
            continue; // NULL
        switch (value.typeId()) {
        case QMetaType::QByteArray:
            text = QByteArrayLiteral("\\x") + value.toByteArray().toHex();
            break;
        case QMetaType::Bool:
            text = value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            text = QByteArray::number(value.toLongLong());
            break;
        case QMetaType::Double:
            text = QByteArray::number(value.toDouble(), 'g', 17);
            break;
        case QMetaType::QDate:
            text = value.toDate().toString(Qt::ISODate).toUtf8();
            break;
        default:
            text = value.toString().toUtf8();
            break;
        }
        pointers[size_t(i)] = text.constData();
    }
    PGresult *result =
        PQexecPrepared(conn, name.constData(), int(values.size()), pointers.data(), nullptr, nullptr, 0);
    if (!succeeded(result)) {
        *detail = resultError(conn, result);
        PQclear(result);
        return nullptr;
    }
    return ResultPtr(result);
}

int rows(const Result *result)
{
    return result ? PQntuples(result) : 0;
}

int columns(const Result *result)
{
    return result ? PQnfields(result) : 0;
}

QString columnName(const Result *result, int column)
{
    return QString::fromUtf8(PQfname(result, column));
}

bool isNull(const Result *result, int row, int column)
{
    return PQgetisnull(result, row, column) != 0;
}

qint64 int64(const Result *result, int row, int column)
{
    return QByteArray::fromRawData(PQgetvalue(result, row, column), PQgetlength(result, row, column)).toLongLong();
}

double real(const Result *result, int row, int column)
{
    return QByteArray::fromRawData(PQgetvalue(result, row, column), PQgetlength(result, row, column)).toDouble();
}

QString text(const Result *result, int row, int column)
{
    const QString value = QString::fromUtf8(PQgetvalue(result, row, column), PQgetlength(result, row, column));
    return value.isNull() ? QString(QLatin1String("")) : value;
}

QByteArray bytes(const Result *result, int row, int column)
{
    size_t length = 0;
    unsigned char *decoded =
        PQunescapeBytea(reinterpret_cast<const unsigned char *>(PQgetvalue(result, row, column)), &length);
    const QByteArray out(reinterpret_cast<const char *>(decoded), qsizetype(length));
    PQfreemem(decoded);
    return out;
}

QString commandStatus(const Result *result)
{
    return result ? QString::fromLatin1(PQcmdStatus(const_cast<PGresult *>(result))) : QString();
}

qint64 changedRows(const Result *result)
{
    return result ? QByteArray(PQcmdTuples(const_cast<PGresult *>(result))).toLongLong() : 0;
}

bool connectionLost(Connection *conn)
{
    return !conn || PQstatus(conn) == CONNECTION_BAD;
}

bool reset(Connection *conn)
{
    if (!conn)
        return false;
    PQreset(conn);
    return PQstatus(conn) == CONNECTION_OK;
}

int backendPid(Connection *conn)
{
    return conn ? PQbackendPID(conn) : 0;
}

} // namespace srdi::pg
