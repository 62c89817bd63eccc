// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSql.h"

#include "SqlUtil.h"

namespace srdi::store {

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

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace srdi::store
