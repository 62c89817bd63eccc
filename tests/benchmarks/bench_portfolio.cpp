// SPDX-License-Identifier: GPL-3.0-or-later
// A consultancy's portfolio: fills a database with N generated companies
// (valid, varied profiles across regions and tiers), then times what the
// window does with it: count and first page, a filtered page, the summary,
// opening one company. Not a test: figures go to docs/benchmarks.md.
//   build/tests/benchmarks/bench_portfolio N DB.sqlite   (DB is created if missing)

#include "SampleProfile.h"
#include "model/Catalogs.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <vector>

using namespace srdi;

namespace {

// A profile like the sample, scaled and shifted so that companies land on
// different rungs: revenue, R&D, IP and region vary; the rules stay satisfied.
Profile generated(int i, QRandomGenerator &rng, const QStringList &cities)
{
    Profile p = sampleProfile(2026);
    p.company.name = QStringLiteral("企业%1号精密制造有限公司").arg(i, 5, 10, QChar(u'0'));
    p.company.creditCode.reset();
    p.company.region = cities.at(int(rng.bounded(int(cities.size()))));
    const double scale = 0.3 + rng.generateDouble() * 3.0;
    const double rd = 0.01 + rng.generateDouble() * 0.07;
    for (FiscalYear &fy : p.years) {
        auto mul = [&](Opt<qint64> &v, double f) {
            if (v)
                v = qint64(double(*v) * f);
        };
        mul(fy.operatingRevenue, scale);
        mul(fy.mainBusinessRevenue, scale);
        mul(fy.costExpenseTotal, scale);
        mul(fy.netProfit, scale);
        mul(fy.totalAssets, scale);
        mul(fy.totalLiabilities, scale);
        if (fy.operatingRevenue)
            fy.rdExpense = qint64(double(*fy.operatingRevenue) * rd);
    }
    const qint64 ip = rng.bounded(8);
    p.innovation.ip.class1 = ip;
    p.innovation.ip.class1SelfDeveloped = std::min<qint64>(ip, p.innovation.ip.class1SelfDeveloped.value_or(0));
    p.innovation.ip.class1HighValue = std::min<qint64>(*p.innovation.ip.class1SelfDeveloped, p.innovation.ip.class1HighValue.value_or(0));
    p.innovation.ip.class1Applied = std::min<qint64>(ip, p.innovation.ip.class1Applied.value_or(0));
    return p;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 3) {
        out << "usage: bench_portfolio N DB.sqlite" << Qt::endl;
        return 1;
    }
    const int n = QString::fromLocal8Bit(argv[1]).toInt();
    const QString path = QString::fromLocal8Bit(argv[2]);
    Database db(path);
    QString error;
    if (!db.open(&error)) {
        out << error << Qt::endl;
        return 1;
    }
    ProfileStore store(db);
    QStringList cities;
    for (const Region &province : RegionCatalog::instance().provinces()) {
        cities.append(province.code);
        for (const Region &c : RegionCatalog::instance().cities(province.code))
            cities.append(c.code);
    }
    QRandomGenerator rng(20261123);
    const qint64 have = store.count();
    QElapsedTimer t;
    t.start();
    for (qint64 i = have; i < n; ++i) {
        if (!store.insert(generated(int(i), rng, cities), &error)) {
            out << error << Qt::endl;
            return 1;
        }
    }
    if (n > have)
        out << "generated " << (n - have) << " companies in " << QString::number(ms(t) / 1000.0, 'f', 1) << " s ("
            << QString::number(ms(t) / double(n - have), 'f', 2) << " ms each)" << Qt::endl;

    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    auto time = [&](const char *what, const std::function<void()> &f) {
        std::vector<double> runs;
        for (int i = 0; i < 15; ++i) {
            QElapsedTimer timer;
            timer.start();
            f();
            runs.push_back(ms(timer));
        }
        out << what << ": median " << QString::number(median(runs), 'f', 2) << " ms" << Qt::endl;
    };
    out << "companies: " << store.count() << Qt::endl;
    PortfolioFilter all;
    time("count + first page of 200, by name", [&] {
        store.portfolioCount(all);
        store.portfolioPage(all, PortfolioSort::Name, Qt::AscendingOrder, 0, 200);
    });
    time("count + first page, by score descending", [&] {
        store.portfolioCount(all);
        store.portfolioPage(all, PortfolioSort::Score, Qt::DescendingOrder, 0, 200);
    });
    PortfolioFilter text;
    text.text = QStringLiteral("0042");
    time("filter by text (name or credit code)", [&] {
        store.portfolioCount(text);
        store.portfolioPage(text, PortfolioSort::Name, Qt::AscendingOrder, 0, 200);
    });
    PortfolioFilter gansu;
    gansu.region = QStringLiteral("620000");
    gansu.minRank = 1;
    time("filter by province and tier reached", [&] {
        store.portfolioCount(gansu);
        store.portfolioPage(gansu, PortfolioSort::Tier, Qt::DescendingOrder, 0, 200);
    });
    time("portfolio summary (all companies)", [&] { store.portfolioSummary(all); });
    const auto page = store.portfolioPage(all, PortfolioSort::Name, Qt::AscendingOrder, 0, 200);
    time("load one company's profile", [&] { store.load(page.at(100).id); });
    return 0;
}
