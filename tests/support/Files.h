// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the storage suites: a file's bytes, and SQLite's verdict on a
// database file as a fresh process would see it.

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace srdi::test {

// The whole file; empty when it cannot be read.
inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// PRAGMA integrity_check through a plain connection of its own: "ok" or
// SQLite's findings (or the error that kept it from opening).
inline QString integrityCheck(const QString &path)
{
    static int counter = 0;
    const QString name = QStringLiteral("test-integrity-check-%1").arg(++counter);
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            result = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
                result = query.lastError().text();
            while (query.next())
                result += query.value(0).toString();
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace srdi::test
