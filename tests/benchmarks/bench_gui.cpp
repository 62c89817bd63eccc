// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a big portfolio, offscreen: start-up to the first painted
// window (against a bare Qt window in the same run), opening a company, one
// keystroke (validate, save, re-evaluate, repaint), filtering the list.
// Not a test: figures go to docs/benchmarks.md.
//   QT_QPA_PLATFORM=offscreen build/tests/benchmarks/bench_gui DB.sqlite
//   QT_QPA_PLATFORM=offscreen build/tests/benchmarks/bench_gui --bare   (a bare window only, for process timing)

#include "CompanyForm.h"
#include "FiscalYearsModel.h"
#include "MainWindow.h"
#include "PortfolioModel.h"
#include "ProfileEditor.h"
#include "StandingPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QTableView>
#include <QTextStream>
#include <algorithm>
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
        bare.setCentralWidget(new QLabel(QStringLiteral("bare"), &bare));
        bare.resize(1320, 820);
        bare.show();
        bare.repaint();
    }
    const double bareMs = ms(t);
    if (arg == u"--bare")
        return 0;
    if (arg.isEmpty()) {
        out << "usage: bench_gui DB.sqlite | --bare" << Qt::endl;
        return 1;
    }

    t.restart();
    ui::MainWindow w(arg);
    w.show();
    w.repaint();
    const double startMs = ms(t);
    out << "bare window shown and painted: " << QString::number(bareMs, 'f', 1) << " ms" << Qt::endl;
    out << "main window on " << w.portfolio()->totalCount() << " companies, shown and painted: " << QString::number(startMs, 'f', 1)
        << " ms (" << QString::number(startMs / bareMs, 'f', 2) << "x the bare window)" << Qt::endl;

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
    std::vector<double> filter;
    const QStringList texts = {QStringLiteral("0"), QStringLiteral("00"), QStringLiteral("004"), QStringLiteral("0042"),
                               QStringLiteral("精密"), QString()};
    for (int round = 0; round < 3; ++round) {
        for (const QString &text : texts) {
            t.restart();
            search->setText(text);
            w.repaint();
            filter.push_back(ms(t));
        }
    }
    out << "filter the list (type in search, repaint): median " << QString::number(median(filter), 'f', 2) << " ms, max "
        << QString::number(*std::max_element(filter.begin(), filter.end()), 'f', 2) << " ms" << Qt::endl;
    return 0;
}
