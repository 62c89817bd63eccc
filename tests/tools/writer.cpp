// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for the kill and storage-fault tests.
//
//   writer loop DB     updates one company in a loop; after each commit prints
//                      the counter it stored ("N\n", flushed at once)
//   writer backup DB   the same, and every fifth commit a backup ("backup PATH")
//   writer open DB     opens the database only (upgrading it when older)
//
// Every mode first prints "opening" right before it opens the database.
//   writer insert DB NAME
//                      opens the database and adds a company called NAME
//
// Exit status: 0 done, 2 bad arguments, 3 the database did not open, 4 a write
// failed. Error messages go to stderr.
#include "SampleProfile.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>

using namespace srdi;

namespace {

const QString kCompany = QStringLiteral("Kill test company");

void report(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(int code, const QString &message)
{
    std::fputs(message.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
    return code;
}

int loop(Database &db, bool backups)
{
    ProfileStore store(db);
    QString error;
    Profile profile = sampleProfile(2026);
    profile.company.name = kCompany;
    qint64 id = 0;
    if (const auto found = store.findByName(kCompany)) {
        id = *found;
        const auto stored = store.load(id, &error);
        if (!stored)
            return fail(4, error);
        profile = *stored;
    } else {
        profile.innovation.ip.class2 = 0;
        const auto inserted = store.insert(profile, &error);
        if (!inserted)
            return fail(4, error);
        id = *inserted;
        report(QStringLiteral("0"));
    }
    qint64 counter = profile.innovation.ip.class2.value_or(0);
    for (;;) {
        ++counter;
        // A whole-profile rewrite: the company row and all its child rows.
        profile.innovation.ip.class2 = counter;
        profile.company.mainProduct = QStringLiteral("Spindles, batch %1").arg(counter);
        if (!profile.years.isEmpty())
            profile.years.last().employees = 100 + counter % 50;
        if (!store.update(id, profile, &error))
            return fail(4, error);
        report(QString::number(counter));
        if (backups && counter % 5 == 0) {
            const QString path = Backup::create(db, &error);
            if (path.isEmpty())
                return fail(4, error);
            report(QStringLiteral("backup ") + path);
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return fail(2, QStringLiteral("usage: writer loop|backup|open|insert DB [NAME]"));
    const QString &mode = args.at(1);
    report(QStringLiteral("opening")); // for the kill test: opening (upgrading) starts now
    Database db(args.at(2));
    QString error;
    if (!db.open(&error))
        return fail(3, error);

    if (mode == u"loop" || mode == u"backup")
        return loop(db, mode == u"backup");
    if (mode == u"open")
        return 0;
    if (mode == u"insert" && args.size() > 3) {
        ProfileStore store(db);
        Profile profile = sampleProfile(2026);
        profile.company.name = args.at(3);
        if (!store.insert(profile, &error))
            return fail(4, error);
        return 0;
    }
    return fail(2, QStringLiteral("unknown mode %1").arg(mode));
}
