// SPDX-License-Identifier: GPL-3.0-or-later
// How long one profile takes to evaluate against one pack. Not a test: run it
// and record the figure in docs/benchmarks.md.
//   build/tests/benchmarks/bench_evaluate [iterations]

#include "SampleProfile.h"
#include "rules/Evaluator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace srdi;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    auto &packs = rules::RulePacks::instance();
    packs.load(QStringLiteral("/nonexistent"));
    const Profile profile = sampleProfile(2026);
    QTextStream out(stdout);
    out << "iterations per pack: " << iterations << Qt::endl;
    for (const QString &id : {QStringLiteral("2022"), QStringLiteral("2026")}) {
        const auto pack = packs.pack(id);
        // Warm up, then time five rounds and report the median.
        for (int i = 0; i < 200; ++i)
            rules::Evaluator::evaluate(profile, pack, QDate(2026, 11, 23));
        std::vector<double> perEval;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer t;
            t.start();
            int sink = 0;
            for (int i = 0; i < iterations; ++i)
                sink += int(rules::Evaluator::evaluate(profile, pack, QDate(2026, 11, 23)).tiers.size());
            perEval.push_back(double(t.nsecsElapsed()) / 1000.0 / iterations);
            if (sink == 0)
                return 1;
        }
        std::sort(perEval.begin(), perEval.end());
        out << "pack " << id << ": median " << QString::number(perEval[2], 'f', 2) << " us per evaluation (min "
            << QString::number(perEval.front(), 'f', 2) << ", max " << QString::number(perEval.back(), 'f', 2) << ")"
            << Qt::endl;
    }
    return 0;
}
