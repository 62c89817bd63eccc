// SPDX-License-Identifier: GPL-3.0-or-later
#include "Postgres.h"
#include "SqlUtil.h"

#include <QDate>
#include <QSqlDriver>
#include <QVariant>

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include "LibPq.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace srdi::pg {

namespace {

// What a pipeline waits for: one answer per statement sent, in order.
struct Pending
{
    qint64 expectRows = -1;
    QString mismatch;
};
struct PipelineState
{
    std::vector<Pending> pending;
};
QMutex g_pipelinesMutex;
QHash<const PGconn *, PipelineState> g_pipelines; // a connection is used by one thread at a time
// What waits to be sent with the next write, in order: statements held
// back (text) and rows held back (a prepared INSERT's values).
struct Queued
{
    QString sql;       // a statement held back; empty: a row
    QByteArray name;   // the prepared INSERT of a row
    QVariantList values;
};
QHash<const PGconn *, QList<Queued>> g_deferred;  // guarded by the same mutex
QHash<const PGconn *, QHash<QByteArray, QByteArray>> g_texts; // prepared statements' text, by name
QSet<const PGconn *> g_holding;
// Rows sent ahead (sendAhead): each chunk's statements, then its sync point,
// whose answers are read when the connection is next needed (drain).
QHash<const PGconn *, std::vector<std::vector<Pending>>> g_inFlight;
// The multi-row INSERTs prepared on a connection (sendRows), by name. A
// failure in a pipeline may have skipped a preparation that was sent: the
// names are then forgotten and the next ones made under a new generation.
QHash<const PGconn *, QSet<QByteArray>> g_multiRow;
QHash<const PGconn *, int> g_multiRowGeneration;

PipelineState *pipelineOf(const PGconn *conn)
{
    QMutexLocker lock(&g_pipelinesMutex);
    const auto it = g_pipelines.find(conn);
    return it == g_pipelines.end() ? nullptr : &it.value();
}

} // namespace

bool isPostgres(const QSqlDatabase &db)
{
    return db.isValid() && db.driverName() == QLatin1String("QPSQL");
}

Connection *connection(const QSqlDatabase &db)
{
    return db.isOpen() ? connection(db.driver()) : nullptr;
}

namespace {

Connection *handleOf(const QSqlDriver *driver)
{
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

Connection *session(const QSqlDatabase &db)
{
    return isPostgres(db) ? handleOf(db.driver()) : nullptr;
}

Connection *connection(const QSqlDriver *driver)
{
    if (!driver || !driver->isOpen())
        return nullptr;
    return handleOf(driver);
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


bool succeeded(const PGresult *result)
{
    if (!result)
        return false;
    const ExecStatusType status = PQresultStatus(result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

} // namespace

namespace {

// Reads the answers of `pending` (one per statement, in order) and then the
// sync point's; the first failure in *failure (when it is still empty).
// `results`, when given, receives each statement's rows (null for others).
void readAnswers(Connection *conn, const std::vector<Pending> &pending, QString *failure,
                 std::vector<ResultPtr> *results)
{
    for (const Pending &p : pending) {
        if (!failure->isEmpty() && PQstatus(conn) == CONNECTION_BAD)
            return;
        PGresult *result = PQgetResult(conn);
        if (!result) {
            if (failure->isEmpty())
                *failure = errorText(conn);
            return;
        }
        const ExecStatusType status = PQresultStatus(result);
        if (failure->isEmpty()) {
            if (status == PGRES_FATAL_ERROR || status == PGRES_NONFATAL_ERROR || status == PGRES_BAD_RESPONSE)
                *failure = resultError(conn, result);
            else if (status == PGRES_PIPELINE_ABORTED)
                *failure = QStringLiteral("a statement before this one failed");
            else if (p.expectRows >= 0 && QByteArray(PQcmdTuples(result)).toLongLong() != p.expectRows)
                *failure = p.mismatch;
        }
        if (results && status == PGRES_TUPLES_OK) {
            results->emplace_back(result);
            result = nullptr;
        } else if (results) {
            results->emplace_back(nullptr);
        }
        PQclear(result);
        while ((result = PQgetResult(conn)) != nullptr) // the end of this statement's answer
            PQclear(result);
    }
    if (!failure->isEmpty()) {
        QMutexLocker lock(&g_pipelinesMutex);
        g_multiRow.remove(conn);
        ++g_multiRowGeneration[conn];
    }
    // The sync point's answer.
    for (PGresult *result; (result = PQgetResult(conn)) != nullptr;) {
        const bool sync = PQresultStatus(result) == PGRES_PIPELINE_SYNC;
        PQclear(result);
        if (sync)
            break;
    }
}

// Reads the answers to the rows sent ahead, if any, into *failure (the first
// failure, when it is still empty); the connection stays in pipeline mode.
void readInFlight(Connection *conn, QString *failure)
{
    std::vector<std::vector<Pending>> chunks;
    {
        QMutexLocker lock(&g_pipelinesMutex);
        const auto it = g_inFlight.find(conn);
        if (it == g_inFlight.end())
            return;
        chunks.swap(*it);
        g_inFlight.erase(it);
    }
    for (const std::vector<Pending> &chunk : chunks)
        readAnswers(conn, chunk, failure, nullptr);
}

bool inFlight(const PGconn *conn)
{
    QMutexLocker lock(&g_pipelinesMutex);
    return g_inFlight.contains(conn);
}

} // namespace

bool drain(Connection *conn, QString *detail)
{
    if (!conn || !inFlight(conn) || pipelineOf(conn))
        return true; // a pipeline that is open reads them at its end
    QString failure;
    readInFlight(conn, &failure);
    if (PQexitPipelineMode(conn) != 1 && failure.isEmpty())
        failure = errorText(conn);
    if (failure.isEmpty())
        return true;
    *detail = failure;
    return false;
}

bool exec(Connection *conn, const QString &sql, QString *detail)
{
    if (!conn) {
        *detail = errorText(conn);
        return false;
    }
    if (sql.startsWith(QLatin1String("ROLLBACK"))) {
        {
            QMutexLocker lock(&g_pipelinesMutex);
            if (sql == QLatin1String("ROLLBACK"))
                g_deferred.remove(conn); // the whole transaction goes
        }
        QString ignored; // rolled back: what the rows sent ahead met no longer matters
        drain(conn, &ignored);
    }
    if (!flushDeferred(conn, detail))
        return false;
    if (!pipelineOf(conn) && !drain(conn, detail))
        return false;
    if (PipelineState *pipeline = pipelineOf(conn)) {
        // The extended protocol's single statement, queued (SAVEPOINT, RELEASE …).
        if (PQsendQueryParams(conn, sql.toUtf8().constData(), 0, nullptr, nullptr, nullptr, nullptr, 0) != 1) {
            *detail = errorText(conn);
            return false;
        }
        pipeline->pending.push_back({});
        return true;
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
    if (holdsRows(conn) && !flushDeferred(conn, detail))
        return nullptr; // a read sees every row written before it
    if (!drain(conn, detail))
        return nullptr;
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
    if (!flushDeferred(conn, detail))
        return false;
    if (!pipelineOf(conn) && !drain(conn, detail))
        return false;
    int count = 0;
    const QByteArray text = numbered(sql, &count);
    {
        QMutexLocker lock(&g_pipelinesMutex);
        g_texts[conn].insert(name, text);
    }
    if (PipelineState *pipeline = pipelineOf(conn)) {
        if (PQsendPrepare(conn, name.constData(), text.constData(), 0, nullptr) != 1) {
            *detail = errorText(conn);
            return false;
        }
        pipeline->pending.push_back({});
        return true;
    }
    PGresult *result = PQprepare(conn, name.constData(), text.constData(), 0, nullptr);
    const bool ok = succeeded(result);
    if (!ok)
        *detail = resultError(conn, result);
    PQclear(result);
    return ok;
}

namespace {

// The values of a statement as libpq's text parameters (null pointer: NULL).
struct Params
{
    std::vector<QByteArray> texts;
    std::vector<const char *> pointers;
};

Params paramsOf(const QVariantList &values);
void appendParams(const QVariantList &values, Params *params);

} // namespace

namespace {

// A statement with `values` whose result is read at once: what is held back
// or was sent ahead goes first (a read sees every row written before it),
// then `run` (libpq's call, given the parameters); the result, or null with
// *detail.
template <typename Run>
ResultPtr runWithValues(Connection *conn, const QVariantList &values, QString *detail, Run run)
{
    if (!conn) {
        *detail = errorText(conn);
        return nullptr;
    }
    if ((holdsRows(conn) && !flushDeferred(conn, detail)) || !drain(conn, detail))
        return nullptr;
    const Params params = paramsOf(values);
    PGresult *result = run(params);
    if (!succeeded(result)) {
        *detail = resultError(conn, result);
        PQclear(result);
        return nullptr;
    }
    return ResultPtr(result);
}

} // namespace

ResultPtr execPrepared(Connection *conn, const QByteArray &name, const QVariantList &values, QString *detail)
{
    return runWithValues(conn, values, detail, [&](const Params &params) {
        return PQexecPrepared(conn, name.constData(), int(values.size()), params.pointers.data(), nullptr, nullptr, 0);
    });
}

ResultPtr queryParams(Connection *conn, const QString &sql, const QVariantList &values, QString *detail)
{
    const QByteArray text = numbered(sql);
    return runWithValues(conn, values, detail, [&](const Params &params) {
        return PQexecParams(conn, text.constData(), int(values.size()), nullptr, params.pointers.data(), nullptr,
                            nullptr, 0);
    });
}

namespace {

// Appends `values` as text parameters to *params.
void appendParams(const QVariantList &values, Params *params)
{
    for (const QVariant &value : values) {
        params->texts.emplace_back(QByteArrayLiteral("")); // a known empty text is '', not NULL
        params->pointers.push_back(nullptr);
        if (sql::isNullValue(value))
            continue; // NULL
        QByteArray &text = params->texts.back();
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
        // A QByteArray's text stays where it is when the vector moves it.
        params->pointers.back() = text.constData();
    }
}

Params paramsOf(const QVariantList &values)
{
    Params params;
    params.texts.reserve(size_t(values.size()));
    params.pointers.reserve(size_t(values.size()));
    appendParams(values, &params);
    return params;
}

} // namespace

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
    {
        QMutexLocker lock(&g_pipelinesMutex);
        g_inFlight.remove(conn); // their answers went with the session
        g_multiRow.remove(conn); // and the statements prepared in it
    }
    PQreset(conn);
    return PQstatus(conn) == CONNECTION_OK;
}

int backendPid(Connection *conn)
{
    return conn ? PQbackendPID(conn) : 0;
}

bool pipelineActive(Connection *conn)
{
    return conn && pipelineOf(conn) != nullptr;
}

bool beginPipeline(Connection *conn, QString *detail)
{
    if (!conn) {
        *detail = errorText(conn);
        return false;
    }
    if (pipelineOf(conn))
        return true;
    if (PQenterPipelineMode(conn) != 1) {
        *detail = errorText(conn);
        return false;
    }
    QMutexLocker lock(&g_pipelinesMutex);
    g_pipelines.insert(conn, PipelineState());
    return true;
}

bool sendPrepared(Connection *conn, const QByteArray &name, const QVariantList &values, QString *detail,
                  qint64 expectRows, const QString &mismatch)
{
    if (!flushDeferred(conn, detail))
        return false;
    PipelineState *pipeline = pipelineOf(conn);
    if (!pipeline) {
        *detail = QStringLiteral("no pipeline");
        return false;
    }
    const Params params = paramsOf(values);
    if (PQsendQueryPrepared(conn, name.constData(), int(values.size()), params.pointers.data(), nullptr, nullptr,
                            0) != 1) {
        *detail = errorText(conn);
        return false;
    }
    pipeline->pending.push_back({expectRows, mismatch});
    return true;
}

bool endPipeline(Connection *conn, QString *detail, std::vector<ResultPtr> *results)
{
    PipelineState *pipeline = pipelineOf(conn);
    if (!pipeline)
        return true;
    std::vector<Pending> pending;
    pending.swap(pipeline->pending);
    {
        QMutexLocker lock(&g_pipelinesMutex);
        g_pipelines.remove(conn);
    }
    QString failure;
    if (PQpipelineSync(conn) != 1)
        failure = errorText(conn);
    // The answers to rows sent ahead come first (sent before these).
    readInFlight(conn, &failure);
    readAnswers(conn, pending, &failure, results);
    if (PQexitPipelineMode(conn) != 1 && failure.isEmpty())
        failure = errorText(conn);
    if (failure.isEmpty())
        return true;
    *detail = failure;
    return false;
}

void defer(Connection *conn, const QString &sql)
{
    QMutexLocker lock(&g_pipelinesMutex);
    g_deferred[conn].append({sql, {}, {}});
}

bool cancelDeferred(Connection *conn, const QString &sql, bool dropLater)
{
    QMutexLocker lock(&g_pipelinesMutex);
    const auto it = g_deferred.find(conn);
    if (it == g_deferred.end())
        return false;
    for (qsizetype at = it->size() - 1; at >= 0; --at) {
        if (it->at(at).sql == sql) {
            it->erase(it->begin() + at, dropLater ? it->end() : it->begin() + at + 1);
            return true;
        }
    }
    return false;
}

void forget(Connection *conn)
{
    QMutexLocker lock(&g_pipelinesMutex);
    g_deferred.remove(conn);
    g_pipelines.remove(conn);
    g_texts.remove(conn);
    g_holding.remove(conn);
    g_inFlight.remove(conn);
    g_multiRow.remove(conn);
    g_multiRowGeneration.remove(conn);
}

void setHolding(Connection *conn, bool hold)
{
    QMutexLocker lock(&g_pipelinesMutex);
    if (hold)
        g_holding.insert(conn);
    else
        g_holding.remove(conn);
}

bool holding(Connection *conn)
{
    QMutexLocker lock(&g_pipelinesMutex);
    return conn && g_holding.contains(conn);
}

void holdRow(Connection *conn, const QByteArray &name, const QVariantList &values)
{
    QMutexLocker lock(&g_pipelinesMutex);
    g_deferred[conn].append({QString(), name, values});
}

bool holdsRows(Connection *conn)
{
    QMutexLocker lock(&g_pipelinesMutex);
    const auto it = g_deferred.constFind(conn);
    if (it == g_deferred.cend())
        return false;
    return std::any_of(it->cbegin(), it->cend(), [](const Queued &q) { return q.sql.isEmpty(); });
}

namespace {

// "INSERT … VALUES ($1, $2) [rest]" as the INSERT of `rows` rows:
// "INSERT … VALUES ($1, $2), ($3, $4) [rest]"; empty when the statement's
// VALUES list holds anything but its parameters.
QByteArray multiRow(const QByteArray &text, int columns, int rows)
{
    const qsizetype open = text.indexOf("VALUES (");
    if (open < 0)
        return {};
    const qsizetype close = text.indexOf(')', open);
    if (close < 0)
        return {};
    QByteArray expected;
    for (int c = 1; c <= columns; ++c)
        expected += (c > 1 ? ", $" : "$") + QByteArray::number(c);
    if (text.mid(open + 8, close - open - 8) != expected)
        return {};
    QByteArray out = text.left(open + 7);
    for (int r = 0; r < rows; ++r) {
        out += r > 0 ? ", (" : "(";
        for (int c = 1; c <= columns; ++c)
            out += (c > 1 ? ", $" : "$") + QByteArray::number(r * columns + c);
        out += ')';
    }
    return out + text.mid(close + 1);
}

// Sends a run of held rows, each statement's rows as one multi-row INSERT
// (in the order the statements first came: a company before its rows),
// into the pipeline that is open.
bool sendRows(Connection *conn, const QList<Queued> &rows, QString *detail)
{
    QList<QByteArray> order;
    QHash<QByteArray, QList<const Queued *>> byName;
    for (const Queued &q : rows) {
        auto it = byName.find(q.name);
        if (it == byName.end()) {
            order.append(q.name);
            it = byName.insert(q.name, {});
        }
        it->append(&q);
    }
    PipelineState *pipeline = pipelineOf(conn);
    for (const QByteArray &name : std::as_const(order)) {
        const QList<const Queued *> &list = byName[name];
        QByteArray text;
        {
            QMutexLocker lock(&g_pipelinesMutex);
            text = g_texts.value(conn).value(name);
        }
        const int columns = int(list.first()->values.size());
        // An upsert may not touch one row twice in one statement: its
        // rows go one by one when a key (the first value) comes twice.
        QSet<QString> keys;
        bool repeated = false;
        for (const Queued *q : text.contains("ON CONFLICT") ? list : QList<const Queued *>()) {
            const QString key = q->values.isEmpty() ? QString() : q->values.first().toString();
            repeated = repeated || keys.contains(key);
            keys.insert(key);
        }
        // Rows go in statements of 128, 64, … 2, 1 rows (as many as the
        // server's limit of parameters allows), each prepared once on the
        // connection: the server reads a statement's text once, not the
        // text of every group's rows again.
        const int most = repeated || columns == 0 ? 1 : std::min(128, 30000 / columns);
        int size = 1;
        while (size * 2 <= most)
            size *= 2;
        for (qsizetype from = 0; from < list.size();) {
            while (size > 1 && from + size > list.size())
                size /= 2;
            QByteArray statement = name;
            if (size > 1) {
                int generation = 0;
                bool prepared = false;
                {
                    QMutexLocker lock(&g_pipelinesMutex);
                    generation = g_multiRowGeneration.value(conn);
                    statement = name + "_rows" + QByteArray::number(size) + "_" + QByteArray::number(generation);
                    prepared = g_multiRow.value(conn).contains(statement);
                }
                if (!prepared) {
                    const QByteArray sql = multiRow(text, columns, size);
                    if (sql.isEmpty()) {
                        // Not a plain VALUES list: one row at a time.
                        for (; from < list.size(); ++from) {
                            if (!sendPrepared(conn, name, list.at(from)->values, detail))
                                return false;
                        }
                        break;
                    }
                    if (PQsendPrepare(conn, statement.constData(), sql.constData(), 0, nullptr) != 1) {
                        *detail = errorText(conn);
                        return false;
                    }
                    pipeline->pending.push_back({});
                    QMutexLocker lock(&g_pipelinesMutex);
                    g_multiRow[conn].insert(statement);
                }
            }
            Params params;
            params.texts.reserve(size_t(size) * size_t(columns));
            params.pointers.reserve(size_t(size) * size_t(columns));
            for (qsizetype i = from; i < from + size; ++i)
                appendParams(list.at(i)->values, &params);
            if (PQsendQueryPrepared(conn, statement.constData(), int(params.pointers.size()), params.pointers.data(),
                                    nullptr, nullptr, 0) != 1) {
                *detail = errorText(conn);
                return false;
            }
            pipeline->pending.push_back({});
            from += size;
        }
    }
    return true;
}

} // namespace

bool flushDeferred(Connection *conn, QString *detail)
{
    QList<Queued> held;
    {
        QMutexLocker lock(&g_pipelinesMutex);
        const auto it = g_deferred.find(conn);
        if (it == g_deferred.end() || it->isEmpty())
            return true;
        held.swap(*it);
        g_deferred.erase(it);
    }
    const bool rows = std::any_of(held.cbegin(), held.cend(), [](const Queued &q) { return q.sql.isEmpty(); });
    // Rows go in one round trip: a pipeline of their own unless one is open.
    const bool own = rows && !pipelineActive(conn);
    if (own && !beginPipeline(conn, detail))
        return false;
    bool ok = true;
    for (qsizetype i = 0; ok && i < held.size();) {
        if (!held.at(i).sql.isEmpty()) {
            ok = exec(conn, held.at(i).sql, detail);
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < held.size() && held.at(end).sql.isEmpty())
            ++end;
        ok = sendRows(conn, held.mid(i, end - i), detail);
        i = end;
    }
    if (own) {
        QString failure;
        if (!endPipeline(conn, &failure) && ok) {
            *detail = failure;
            ok = false;
        }
    }
    return ok;
}

bool sendAhead(Connection *conn, int minRows, QString *detail)
{
    if (!conn || pipelineOf(conn))
        return true;
    {
        QMutexLocker lock(&g_pipelinesMutex);
        const auto it = g_deferred.constFind(conn);
        if (it == g_deferred.cend() ||
            std::count_if(it->cbegin(), it->cend(), [](const Queued &q) { return q.sql.isEmpty(); }) < minRows)
            return true;
    }
    // In pipeline mode (still, when rows went ahead before): the rows go
    // after those, with a sync point of their own, and nothing waits.
    if (!beginPipeline(conn, detail))
        return false;
    const bool sent = flushDeferred(conn, detail);
    std::vector<Pending> pending;
    {
        QMutexLocker lock(&g_pipelinesMutex);
        pending.swap(g_pipelines[conn].pending);
        g_pipelines.remove(conn);
    }
    const bool synced = PQpipelineSync(conn) == 1;
    {
        QMutexLocker lock(&g_pipelinesMutex);
        g_inFlight[conn].push_back(std::move(pending));
    }
    // Their answers are small; what has come is taken in, so that the
    // server never waits for the client to read.
    PQconsumeInput(conn);
    if (sent && synced)
        return true;
    if (synced)
        return false; // *detail says why
    *detail = errorText(conn);
    return false;
}

} // namespace srdi::pg
