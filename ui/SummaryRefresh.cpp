// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryRefresh.h"
#include "WorkInBackground.h"

#include "awards/AwardCatalog.h"
#include "rules/RulePack.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"



namespace srdi::ui {

int SummaryRefresh::run(ProfileStore &store, const QString &databasePath, const QDate &today, QWidget *parent,
                        int atOnceLimit)
{
    // The worker reads the packs and the award catalogue: loaded here, on this
    // thread, before it starts (each loads once and is then only read).
    rules::RulePacks::instance().load();
    awards::AwardCatalog::instance().load();
    return run(store, databasePath, today, parent, store.staleSummaries(today), atOnceLimit);
}

int SummaryRefresh::run(ProfileStore &store, const QString &databasePath, const QDate &today, QWidget *parent,
                        const QList<qint64> &ids, int atOnceLimit)
{
    rules::RulePacks::instance().load();
    awards::AwardCatalog::instance().load();
    if (ids.isEmpty())
        return 0;
    if (ids.size() <= atOnceLimit || databasePath.isEmpty())
        return store.refreshSummaries(ids, today);

    WorkProgress progress;
    progress.total = ids.size();
    int written = -1;
    bool opened = false;
    WorkInBackground::run(parent, tr("Bringing the standings of %n company(ies) up to date…", nullptr, int(ids.size())),
                          QStringLiteral("summaryProgressDialog"), 500 /* structural: no flash for a quick run */,
                          progress, [&] {
                              // A connection of its own: SQLite connections are not shared between threads.
                              Database db(databasePath);
                              // Open already, and checked by the window: the
                              // whole file is not read a second time here.
                              db.setIntegrityCheckDeferred(true);
                              QString error;
                              if (!db.open(&error))
                                  return;
                              opened = true;
                              ProfileStore own(db);
                              written = own.refreshSummaries(ids, today, [&](int n, int) {
                                  progress.done = n;
                                  return !progress.stop.load();
                              });
                          });
    if (!opened) // the second connection failed: do it here rather than list stale rows
        return store.refreshSummaries(ids, today);
    return progress.stop.load() ? -1 : written;
}

} // namespace srdi::ui
