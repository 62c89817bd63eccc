// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for the patch stress test: another writer on one database.
//
//   patcher window DB ID FIRST N   a window that never reloads: it read the
//                                  company once and makes N edits, each a
//                                  patch made against what it shows (what it
//                                  read at start and its own edits)
//   patcher import DB ID FIRST N   a batch: imports the same company N times,
//                                  each time giving one figure only
//
// Round r sets one figure this writer owns: of fiscal year FIRST + (r / 4) % 50,
// one of four columns by r % 4, to r + 1 (see slot()). After every commit the
// writer checks that each figure it set still holds its last value: another
// writer that overwrote it is seen at once.
//
// Exit status: 0 done, 2 bad arguments, 3 the database did not open, 4 a
// write failed, conflicted or found a figure of its own lost (each on stderr).
#include "model/Patch.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QCoreApplication>
#include <QHash>

#include <cstdio>

using namespace srdi;

namespace {

constexpr int kYears = 50;
using Column = Opt<qint64> FiscalYear::*;
const Column kColumns[] = {&FiscalYear::netProfit, &FiscalYear::totalAssets, &FiscalYear::totalLiabilities,
                           &FiscalYear::equityFinancing};

// The figure that round `r` of a writer owning years FIRST.. sets.
std::pair<int, Column> slot(int first, int r)
{
    return {first + (r / 4) % kYears, kColumns[r % 4]};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6)
        return 2;
    const QString mode = args.at(1);
    const qint64 id = args.at(3).toLongLong();
    const int first = args.at(4).toInt();
    const int n = args.at(5).toInt();
    Database db(args.at(2));
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    ProfileStore store(db);
    const std::optional<Profile> seen = store.load(id, &error);
    if (!seen) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    // What this writer shows: what it read at start and its own edits since,
    // never another writer's (it does not reload).
    Profile view = *seen;
    QHash<QPair<int, int>, qint64> mine; // (year, column index) -> the value last set
    int failures = 0;
    for (int r = 0; r < n; ++r) {
        const auto [year, column] = slot(first, r);
        PatchOutcome outcome;
        if (mode == QLatin1String("window")) {
            Profile edited = view;
            edited.ensureYear(year).*column = r + 1;
            outcome = store.apply(id, Patch::between(view, edited));
            view = edited;
        } else if (mode == QLatin1String("import")) {
            Profile row;
            row.assessmentYear = seen->assessmentYear;
            row.company.name = seen->company.name;
            row.company.creditCode = seen->company.creditCode;
            row.ensureYear(year).*column = r + 1;
            outcome = store.importProfile(row, fields::known(row), ImportMode::Merge);
        } else {
            return 2;
        }
        if (!outcome.ok || !outcome.conflicts.isEmpty()) {
            std::fprintf(stderr, "round %d: %s %s\n", r, qPrintable(outcome.error),
                         qPrintable(outcome.conflicts.join(QStringLiteral(","))));
            ++failures;
            continue;
        }
        mine.insert({year, int(r % 4)}, r + 1);
        for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
            const FiscalYear *fy = outcome.stored.fiscalYear(it.key().first);
            if (!fy || fy->*kColumns[it.key().second] != Opt<qint64>(it.value())) {
                std::fprintf(stderr, "round %d: year %d column %d lost\n", r, it.key().first, it.key().second);
                ++failures;
            }
        }
    }
    return failures ? 4 : 0;
}
