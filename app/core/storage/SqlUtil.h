// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDir>
#include <QVariant>
#include <QSqlError>
#include <QString>
#include <atomic>

// Small helpers shared by the storage classes.
namespace srdi::sql {

// SQLite's own message when there is one ("file is not a database"), else Qt's.
inline QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText();
    return text.isEmpty() ? error.text() : text;
}

// NULL as Qt's drivers decide it (QSqlResultPrivate::isVariantNull): a null
// variant, or one holding a null string, byte array or date. A known empty
// text is '', not NULL.
inline bool isNullValue(const QVariant &value)
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

inline QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A connection name no other connection of this process uses.
inline QString nextConnectionName(const QString &prefix)
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("%1-%2").arg(prefix).arg(++counter);
}

} // namespace srdi::sql
