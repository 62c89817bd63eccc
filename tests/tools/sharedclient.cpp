// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for the shared-server test: a colleague's copy of the
// program on the same PostgreSQL database, driven a step at a time through
// its standard input so that the test decides what happens in which order.
//
//   sharedclient URI        the password, when one is needed, in SRDI_TEST_PASSWORD
//
// Commands, one a line; each answers one line:
//   open                     -> "ok AUTHOR" | "error FAILURE MESSAGE"
//   load ID                  -> "ok VERSION": what this window now shows
//   set ID FIELD VALUE...    -> a patch made against what it shows (the last
//                               load and its own edits since): FIELD
//                               (company.main_product, company.region or
//                               years.YYYY.COLUMN) set to VALUE (the rest of
//                               the line) -> "ok APPLIED" (fields, comma-
//                               separated) | "conflict FIELDS" | "error MESSAGE"
//   quit                     -> exits 0
// Exit status: 0 after quit, 2 bad arguments.
#include "model/Patch.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QCoreApplication>
#include <QHash>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

using namespace srdi;

namespace {

void answer(const QString &line)
{
    QString flat = line;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fputs(flat.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool setField(Profile &p, const QString &field, const QString &value)
{
    if (field == QLatin1String("company.main_product")) {
        p.company.mainProduct = value;
        return true;
    }
    if (field == QLatin1String("company.region")) {
        p.company.region = value;
        return true;
    }
    int year = 0;
    QString column;
    if (fields::splitYearKey(field, &year, &column)) {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok)
            return false;
        fields::setYearFigure(p, year, column, n);
        return true;
    }
    return false;
}

const char *failureName(Database::Failure failure)
{
    switch (failure) {
    case Database::Failure::None: return "None";
    case Database::Failure::Unreachable: return "Unreachable";
    case Database::Failure::PasswordNeeded: return "PasswordNeeded";
    case Database::Failure::Refused: return "Refused";
    case Database::Failure::Foreign: return "Foreign";
    case Database::Failure::ConnectionLost: return "ConnectionLost";
    case Database::Failure::Newer: return "Newer";
    default: return "Other";
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fputs("usage: sharedclient URI (commands on standard input)\n", stderr);
        return 2;
    }
    const QString uri = args.at(1);
    if (const QString password = qEnvironmentVariable("SRDI_TEST_PASSWORD"); !password.isEmpty())
        Database::rememberPassword(uri, password);
    Database db(uri);
    std::unique_ptr<ProfileStore> store;
    QHash<qint64, Profile> shown; // what this window shows of each company

    std::string raw;
    while (std::getline(std::cin, raw)) {
        const QString line = QString::fromStdString(raw).trimmed();
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString command = words.value(0);
        QString error;
        if (command == QLatin1String("quit")) {
            answer(QStringLiteral("ok"));
            return 0;
        }
        if (command == QLatin1String("open")) {
            if (db.open(&error)) {
                store = std::make_unique<ProfileStore>(db);
                answer(QStringLiteral("ok ") + db.author());
            } else {
                answer(QStringLiteral("error %1 %2").arg(QLatin1String(failureName(db.failure())), error));
            }
            continue;
        }
        if (!store) {
            answer(QStringLiteral("error not open"));
            continue;
        }
        const qint64 id = words.value(1).toLongLong();
        if (command == QLatin1String("load") && words.size() == 2) {
            qint64 version = 0;
            const std::optional<Profile> loaded = store->load(id, &version, &error);
            if (!loaded) {
                answer(QStringLiteral("error ") + error);
                continue;
            }
            shown.insert(id, *loaded);
            answer(QStringLiteral("ok %1").arg(version));
        } else if (command == QLatin1String("set") && words.size() >= 4 && shown.contains(id)) {
            const QString field = words.at(2);
            const QString value = line.section(QLatin1Char(' '), 3, -1, QString::SectionSkipEmpty);
            Profile edited = shown.value(id);
            if (!setField(edited, field, value)) {
                answer(QStringLiteral("error no such field ") + field);
                continue;
            }
            const PatchOutcome outcome = store->apply(id, Patch::between(shown.value(id), edited));
            if (!outcome.conflicts.isEmpty()) {
                answer(QStringLiteral("conflict ") + outcome.conflicts.join(QLatin1Char(',')));
            } else if (!outcome.ok) {
                answer(QStringLiteral("error ") + outcome.error);
            } else {
                shown.insert(id, edited);
                answer(QStringLiteral("ok ") + outcome.applied.join(QLatin1Char(',')));
            }
        } else {
            answer(QStringLiteral("error bad command: ") + line);
        }
    }
    return 0;
}
