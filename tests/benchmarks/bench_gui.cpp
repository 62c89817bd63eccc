// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a big portfolio, offscreen: start-up to the first painted
// window (against a bare Qt window in the same run), opening a company, one
// keystroke (validate, save, re-evaluate, repaint), filtering the list.
// Not a test: figures go to docs/benchmarks.md.
//   QT_QPA_PLATFORM=offscreen build/tests/benchmarks/bench_gui DB.sqlite
//   QT_QPA_PLATFORM=offscreen build/tests/benchmarks/bench_gui DB.sqlite --close-during-backup
//       (after the first paint: when the check, the counts and the day's
//       backup arrive, the longest the window stopped answering meanwhile;
//       with --close-during-backup, how long closing takes while the day's
//       backup is being written; remove today's backup first to make it due)

#include "CompanyForm.h"
#include "FiscalYearsModel.h"
#include "MainWindow.h"
#include "PortfolioModel.h"
#include "ProfileEditor.h"
#include "StandingPanel.h"

#include "storage/Database.h"

#include <QApplication>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <vector>

using namespace srdi;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("srdi-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("srdi-bench"));
    QTextStream out(stdout);
    const QString arg = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();

    // A bare window: the floor every start-up is compared with.
    QElapsedTimer t;
    t.start();
    {
        QMainWindow bare;
        auto *label = new QLabel(QStringLiteral("bare"), &bare);
        bare.setCentralWidget(label);
        bare.resize(1320, 820);
        bare.show();
        bare.repaint();
    }
    const double bareMs = ms(t);
    if (arg.isEmpty()) {
        out << "usage: bench_gui DB.sqlite [--close-during-backup]" << Qt::endl;
        return 1;
    }

    const bool closeDuringBackup = argc > 2 && QString::fromLocal8Bit(argv[2]) == u"--close-during-backup";
    t.restart();
    auto window = std::make_unique<ui::MainWindow>(arg);
    ui::MainWindow &w = *window;
    double checkedMs = -1, countedMs = -1, backupMs = -1;
    QObject::connect(&w, &ui::MainWindow::integrityChecked, &w, [&] { checkedMs = ms(t); });
    QObject::connect(&w, &ui::MainWindow::startupWorkFinished, &w, [&] { countedMs = ms(t); });
    QObject::connect(&w, &ui::MainWindow::dailyBackupFinished, &w, [&] { backupMs = ms(t); });
    w.show();
    w.repaint();
    const double startMs = ms(t);
    out << "bare window shown and painted: " << QString::number(bareMs, 'f', 1) << " ms" << Qt::endl;
    out << "main window shown and painted: " << QString::number(startMs, 'f', 1) << " ms ("
        << QString::number(startMs / bareMs, 'f', 2) << "x the bare window)" << Qt::endl;

    // After the first paint: the check, then the day's backup (background)
    // and the standings, count and summary. A 5 ms timer tells how long the
    // window stopped answering meanwhile.
    {
        QElapsedTimer tick;
        tick.start();
        double longestGap = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, &w, [&] {
            longestGap = std::max(longestGap, ms(tick));
            tick.restart();
        });
        ticker.start(5);
        QElapsedTimer waited;
        waited.start();
        bool backupSeen = false;
        // --close-during-backup: until the backup runs (then closed below).
        const auto waiting = [&] {
            if (closeDuringBackup)
                return !w.dailyBackupRunning() && backupMs < 0;
            return countedMs < 0 || w.dailyBackupRunning();
        };
        while (waited.elapsed() < 120000 && waiting()) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            backupSeen = backupSeen || w.dailyBackupRunning();
        }
        ticker.stop();
        out << "main window on " << w.portfolio()->totalCount() << " companies; after the paint: integrity checked at "
            << QString::number(checkedMs, 'f', 1) << " ms, counted and summed at " << QString::number(countedMs, 'f', 1)
            << " ms; the longest the window did not answer: " << QString::number(longestGap, 'f', 1) << " ms" << Qt::endl;
        if (closeDuringBackup && w.dailyBackupRunning()) {
            QElapsedTimer closing;
            closing.start();
            w.close();
            window.reset();
            out << "closed while the day's backup was being written: " << QString::number(ms(closing), 'f', 1)
                << " ms to close" << Qt::endl;
            return 0;
        }
        out << "daily backup: "
            << (backupMs >= 0 ? QStringLiteral("done at %1 ms (in the background)").arg(backupMs, 0, 'f', 1)
                              : backupSeen ? QStringLiteral("not done") : QStringLiteral("not due"))
            << Qt::endl;
    }

    // Opening companies down the list.
    std::vector<double> open;
    for (int i = 1; i <= 15; ++i) {
        const qint64 id = w.portfolio()->idAt(i * 7);
        t.restart();
        w.selectCompany(id);
        w.repaint();
        open.push_back(ms(t));
    }
    out << "open a company (select, load, form, ladder, repaint): median " << QString::number(median(open), 'f', 2) << " ms"
        << Qt::endl;

    // One keystroke in the years table: validate, save, evaluate, ladder,
    // checklist, list row, repaint. (The detail and awards documents follow
    // 120 ms after typing pauses; timed separately below.)
    auto *model = static_cast<ui::FiscalYearsModel *>(w.form()->yearsView()->model());
    const int year = w.editor()->profile().assessmentYear - 1;
    const QModelIndex cell = model->index(ui::FiscalYearsModel::RdExpense, int(model->years().indexOf(year)));
    std::vector<double> keys;
    for (int i = 0; i < 30; ++i) {
        t.restart();
        model->setData(cell, QString::number(200 + i));
        w.repaint();
        keys.push_back(ms(t));
    }
    out << "keystroke to repainted window: median " << QString::number(median(keys), 'f', 2) << " ms, max "
        << QString::number(*std::max_element(keys.begin(), keys.end()), 'f', 2) << " ms" << Qt::endl;
    std::vector<double> views;
    for (int i = 0; i < 10; ++i) {
        t.restart();
        w.standing()->renderViewsNow();
        views.push_back(ms(t));
    }
    out << "detail, awards and trend after a pause: median " << QString::number(median(views), 'f', 2) << " ms" << Qt::endl;

    // Filtering the list by typing in the search box.
    auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    std::vector<double> filter, counted;
    const QStringList texts = {QStringLiteral("0"), QStringLiteral("00"), QStringLiteral("004"), QStringLiteral("0042"),
                               QStringLiteral("精密"), QString()};
    for (int round = 0; round < 3; ++round) {
        for (const QString &text : texts) {
            t.restart();
            search->setText(text);
            w.repaint();
            filter.push_back(ms(t));
            // The count and the sums follow on a worker thread.
            while (!w.summaryUpToDate())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            counted.push_back(ms(t));
        }
    }
    out << "filter the list (type in search, repaint): median " << QString::number(median(filter), 'f', 2) << " ms, max "
        << QString::number(*std::max_element(filter.begin(), filter.end()), 'f', 2) << " ms" << Qt::endl;
    out << "  its count and sums in place: median " << QString::number(median(counted), 'f', 2) << " ms, max "
        << QString::number(*std::max_element(counted.begin(), counted.end()), 'f', 2) << " ms" << Qt::endl;

    // The company last in the list's order, selected (after an import or a
    // new company, the window selects it wherever it sorts).
    qint64 last = 0;
    {
        Database db(arg);
        if (db.open(nullptr)) {
            QSqlQuery q(db.handle());
            if (q.exec(QStringLiteral("SELECT c.id FROM companies c JOIN company_summary s ON s.company_id = c.id"
                                      " ORDER BY s.name_key DESC, c.id DESC LIMIT 1")) &&
                q.next())
                last = q.value(0).toLongLong();
        }
    }
    t.restart();
    w.selectCompany(last);
    w.repaint();
    out << "select the company last in the list (rows read up to it): " << QString::number(ms(t), 'f', 2) << " ms, "
        << w.portfolio()->rowCount() << " rows read" << Qt::endl;
    return 0;
}
