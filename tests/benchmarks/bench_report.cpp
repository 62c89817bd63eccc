// SPDX-License-Identifier: GPL-3.0-or-later
// How long the sample company's full report takes to reach a PDF file:
// evaluation, HTML, layout with the page-break fixes, painting, writing.
// Not a test: run it and record the figure in docs/benchmarks.md.
//   QT_QPA_PLATFORM=offscreen build/tests/benchmarks/bench_report [runs]

#include "SampleProfile.h"
#include "i18n/Language.h"
#include "report/Report.h"
#include "rules/Evaluator.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace srdi;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10;
    rules::RulePacks::instance().load(QStringLiteral("/nonexistent"));
    QTemporaryDir dir;
    QTextStream out(stdout);
    for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")}) {
        i18n::Language::apply(lang);
        std::vector<double> ms;
        int pages = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const Profile p = sampleProfile(2026);
            const rules::Assessment a = rules::Evaluator::evaluate(p, rules::RulePacks::instance().pack(QStringLiteral("2026")),
                                                                   QDate(2026, 11, 23));
            report::ReportInput in{&p, &a, lang, QDate(2026, 11, 23), nullptr};
            QString error;
            if (!report::Report::writePdf(in, dir.filePath(QStringLiteral("r.pdf")), &error, &pages)) {
                out << error << Qt::endl;
                return 1;
            }
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        out << lang << ": " << pages << " pages, median " << QString::number(ms[ms.size() / 2], 'f', 1) << " ms (first "
            << "run included; min " << QString::number(ms.front(), 'f', 1) << ", max " << QString::number(ms.back(), 'f', 1)
            << ")" << Qt::endl;
    }
    return 0;
}
