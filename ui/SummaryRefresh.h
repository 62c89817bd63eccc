// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>

class QWidget;

namespace srdi {
class ProfileStore;
}

namespace srdi::ui {

// Brings the portfolio's standing rows up to date before the list shows,
// sorts or sums them: every row whose basis (rule packs, award data, day) is
// not today's is recomputed. A few are recomputed at once; a large portfolio
// on a worker thread with its own connection to the same database, while a
// progress dialog ("summaryProgressDialog") keeps the window responsive.
class SummaryRefresh
{
    Q_DECLARE_TR_FUNCTIONS(srdi::ui::SummaryRefresh)
public:
    // Returns how many rows were written; -1 when the user stopped it.
    static int run(ProfileStore &store, const QString &databasePath, const QDate &today, QWidget *parent,
                   int atOnceLimit = kAtOnceLimit);
    // The same for the stale rows `ids`, found already (on a worker thread).
    static int run(ProfileStore &store, const QString &databasePath, const QDate &today, QWidget *parent,
                   const QList<qint64> &ids, int atOnceLimit = kAtOnceLimit);

    // Up to this many stale rows are recomputed on the calling thread (a few
    // milliseconds each): no dialog flashes for an edit or a new day's handful.
    static constexpr int kAtOnceLimit = 200;
};

} // namespace srdi::ui
