// SPDX-License-Identifier: GPL-3.0-or-later
// One field edit committed, as the window commits it: a patch of one figure
// applied to a stored company (one transaction: read under the write lock,
// the version check, the changed column, the standing row, the history row),
// timed round trip, on an SQLite file or a shared PostgreSQL database.
// Not a test: figures go to docs/benchmarks.md.
//   build/tests/benchmarks/bench_edit DB.sqlite|postgresql://… [EDITS]

#include "model/Patch.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace srdi;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_edit DB.sqlite|postgresql://… [EDITS]" << Qt::endl;
        return 2;
    }
    const QString location = QString::fromLocal8Bit(argv[1]);
    const int edits = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 200;
    QElapsedTimer t;
    t.start();
    Database db(location);
    QString error;
    if (!db.open(&error)) {
        out << error << Qt::endl;
        return 1;
    }
    const double openMs = double(t.nsecsElapsed()) / 1e6;
    ProfileStore store(db);
    const QList<PortfolioRow> first = store.portfolioFirstPageByName(Qt::AscendingOrder, 1);
    if (first.isEmpty()) {
        out << "no company in " << db.displayName() << Qt::endl;
        return 1;
    }
    const qint64 id = first.first().id;
    std::optional<Profile> stored = store.load(id, &error);
    if (!stored || stored->years.isEmpty()) {
        out << "company " << id << " cannot be read: " << error << Qt::endl;
        return 1;
    }
    std::vector<double> times;
    times.reserve(size_t(edits));
    for (int i = 0; i < edits; ++i) {
        Profile after = *stored;
        after.years.last().rdExpense = 1'000'000 + i;
        const Patch patch = Patch::between(*stored, after);
        t.restart();
        const PatchOutcome outcome = store.apply(id, patch);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!outcome.ok || outcome.applied.size() != 1) {
            out << "edit " << i << " failed: " << outcome.error << outcome.conflicts.join(u',') << Qt::endl;
            return 1;
        }
        stored = outcome.stored;
    }
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) { return times[std::min(times.size() - 1, size_t(q * double(times.size())))]; };
    out << (db.isServer() ? "PostgreSQL " : "SQLite ") << db.displayName() << ": opened in "
        << QString::number(openMs, 'f', 1) << " ms; " << edits << " one-field edits committed: median "
        << QString::number(at(0.5), 'f', 2) << " ms, p95 " << QString::number(at(0.95), 'f', 2) << " ms, max "
        << QString::number(times.back(), 'f', 2) << " ms" << Qt::endl;
    return 0;
}
