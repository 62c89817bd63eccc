// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkInBackground.h"

#include <QEventLoop>
#include <QObject>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

namespace srdi::ui {

void WorkInBackground::run(QWidget *parent, const QString &label, const QString &objectName, int minimumDurationMs,
                           WorkProgress &progress, const std::function<void()> &work)
{
    std::unique_ptr<QThread> worker(QThread::create(work));
    QProgressDialog dialog(label, tr("Stop"), 0, 100, parent);
    dialog.setObjectName(objectName);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(minimumDurationMs);
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(100);
    QObject::connect(&tick, &QTimer::timeout, &dialog, [&] {
        const qint64 total = progress.total.load();
        if (total > 0)
            dialog.setValue(int(progress.done.load() * 100 / total));
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&] { progress.stop = true; });
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    tick.start();
    loop.exec();
    worker->wait();
    tick.stop();
    dialog.reset();
}

} // namespace srdi::ui
