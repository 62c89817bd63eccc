// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryRefresh.h"

#include "awards/AwardCatalog.h"
#include "rules/RulePack.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace srdi::ui {

int SummaryRefresh::run(ProfileStore &store, const QString &databasePath, const QDate &today, QWidget *parent,
                        int atOnceLimit)
{
    // The worker reads the packs and the award catalogue: loaded here, on this
    // thread, before it starts (each loads once and is then only read).
    rules::RulePacks::instance().load();
    awards::AwardCatalog::instance().load();
    const QList<qint64> ids = store.staleSummaries(today);
    if (ids.isEmpty())
        return 0;
    if (ids.size() <= atOnceLimit || databasePath.isEmpty())
        return store.refreshSummaries(ids, today);

    std::atomic<int> done{0};
    std::atomic<bool> stop{false};
    int written = -1;
    bool opened = false;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        // A connection of its own: SQLite connections are not shared between threads.
        Database db(databasePath);
        QString error;
        if (!db.open(&error))
            return;
        opened = true;
        ProfileStore own(db);
        written = own.refreshSummaries(ids, today, [&](int n, int) {
            done = n;
            return !stop.load();
        });
    }));

    QProgressDialog progress(tr("Bringing the standings of %n company(ies) up to date…", nullptr, int(ids.size())),
                             tr("Stop"), 0, int(ids.size()), parent);
    progress.setObjectName(QStringLiteral("summaryProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500); // structural: no flash for a quick run
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(100);
    QObject::connect(&tick, &QTimer::timeout, &progress, [&] { progress.setValue(done.load()); });
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&] { stop = true; });
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    tick.start();
    loop.exec();
    worker->wait();
    tick.stop();
    progress.reset();
    if (!opened) // the second connection failed: do it here rather than list stale rows
        return store.refreshSummaries(ids, today);
    return stop.load() ? -1 : written;
}

} // namespace srdi::ui
