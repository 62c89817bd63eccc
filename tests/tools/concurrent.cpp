// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for the concurrency test: several of it work on one
// database at the same moment.
//
//   concurrent open DB AT            opens the database (creating or upgrading it)
//   concurrent insert DB PREFIX N AT opens it, then adds N companies named
//                                    PREFIX-1 … PREFIX-N, each in a write
//                                    transaction that reads before it writes
//
// AT: a moment (milliseconds since the epoch) to wait for before opening, so
// that the processes start together. Exit status: 0 done, 2 bad arguments,
// 3 the database did not open, 4 a write failed (each failure on stderr).
#include "storage/Database.h"
#include "storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

using namespace srdi;

namespace {

void print(FILE *stream, const QString &line)
{
    std::fputs(line.toUtf8().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

// Adds one company: looks it up first (as an import does), then inserts it.
bool insertOne(const QSqlDatabase &db, const QString &name, QString *error)
{
    TransactionGuard guard(db);
    if (!guard.isActive()) {
        *error = guard.error().text();
        return false;
    }
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT COUNT(*) FROM companies WHERE name = ?"));
    find.addBindValue(name);
    if (!find.exec() || !find.next()) {
        *error = find.lastError().text();
        return false;
    }
    if (find.value(0).toInt() != 0) {
        *error = QStringLiteral("%1 exists already").arg(name);
        return false;
    }
    find.finish();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO companies (name) VALUES (?)"));
    insert.addBindValue(name);
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    if (!guard.commit()) {
        *error = guard.error().text();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    const bool insert = mode == u"insert" && args.size() == 6;
    if (!insert && !(mode == u"open" && args.size() == 4)) {
        print(stderr, QStringLiteral("usage: concurrent open DB AT | insert DB PREFIX N AT"));
        return 2;
    }
    const qint64 at = args.last().toLongLong();
    const qint64 wait = at - QDateTime::currentMSecsSinceEpoch();
    if (wait > 0)
        QThread::msleep(quint64(wait));

    Database db(args.at(2));
    QString error;
    if (!db.open(&error)) {
        print(stderr, error);
        return 3;
    }
    if (!insert)
        return 0;
    const QString prefix = args.at(3);
    const int count = args.at(4).toInt();
    int failed = 0;
    for (int i = 1; i <= count; ++i) {
        if (!insertOne(db.handle(), QStringLiteral("%1-%2").arg(prefix).arg(i), &error)) {
            ++failed;
            print(stderr, QStringLiteral("%1-%2: %3").arg(prefix).arg(i).arg(error));
        }
    }
    print(stdout, QStringLiteral("%1 added, %2 failed").arg(count - failed).arg(failed));
    return failed == 0 ? 0 : 4;
}
