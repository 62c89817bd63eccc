// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSql.h"

#include "SqlUtil.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSqlRecord>

#include <memory>
#include <unordered_map>

namespace srdi::store {

namespace {

// Prepared statements per connection (by its name), each by its SQL text.
// std::unordered_map: a reference to a statement stays valid while others are
// added. A connection is used by one thread at a time; the mutex guards the
// outer map only.
using Statements = std::unordered_map<QString, QSqlQuery>;
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

QSqlQuery *statement(const QSqlDatabase &db, const QString &sql, QString *detail)
{
    const std::shared_ptr<Statements> statements = statementsOf(db.connectionName());
    if (const auto it = statements->find(sql); it != statements->end())
        return &it->second;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!prepare(query, sql, detail))
        return nullptr;
    return &statements->emplace(sql, std::move(query)).first->second;
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
    QSqlQuery *query = statement(db, sql, detail);
    if (!query)
        return false;
    for (const QVariantList &row : rows) {
        if (!execBound(*query, row, detail))
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
    QSqlQuery *query = statement(db, sql, &detail);
    if (!query || !execBound(*query, {value}, &detail))
        return std::nullopt;
    const Finish finish(*query);
    if (!query->next())
        return std::nullopt;
    return qint64(query->value(0).toLongLong());
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
