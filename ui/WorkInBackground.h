// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace srdi::ui {

// What a long piece of work reports while it runs on a thread of its own.
struct WorkProgress
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> stop{false}; // set by the dialog's Stop button
};

// Runs `work` on a thread of its own while a window-modal progress dialog
// (named `objectName`, shown after `minimumDurationMs`) follows
// `progress.done` of `progress.total`; Stop sets `progress.stop`, which the
// work reads between its steps. Returns once the work has ended. The work
// must not touch widgets; whatever it reads shared (rule packs, the award
// catalogue) is loaded before this is called.
class WorkInBackground
{
    Q_DECLARE_TR_FUNCTIONS(srdi::ui::WorkInBackground)
public:
    static void run(QWidget *parent, const QString &label, const QString &objectName, int minimumDurationMs,
                    WorkProgress &progress, const std::function<void()> &work);
};

} // namespace srdi::ui
