// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
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
