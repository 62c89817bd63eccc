// SPDX-License-Identifier: GPL-3.0-or-later
// The portfolio model over SQLite: every company once, in the order asked,
// filtered as asked, fetched page by page, and its summary adding up with
// what the evaluator says of each company.

#include "PortfolioModel.h"
#include "SampleProfile.h"
#include "rules/Evaluator.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace srdi;

class TestPortfolio : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        rules::RulePacks::instance().load(QStringLiteral("/nonexistent"));
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("p.sqlite")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<ProfileStore>(*m_db);
        // 450 companies: more than two pages; three regions; R&D from low to
        // high so that some reach 专精特新's R&D line and some do not.
        const QStringList regions = {QStringLiteral("620100"), QStringLiteral("620200"), QStringLiteral("330100")};
        for (int i = 0; i < kCount; ++i) {
            Profile p = sampleProfile(2026);
            p.company.name = QStringLiteral("C%1").arg(i, 4, 10, QChar(u'0'));
            p.company.region = regions.at(i % 3);
            FiscalYear &fy = p.ensureYear(2025);
            fy.rdExpense = qint64(*fy.operatingRevenue) * (10 + i % 40) / 1000; // 1.0 % .. 4.9 %
            if (i == 7)
                p.company.name = QStringLiteral("Odd 100%_name");
            if (i % 5 == 0)
                p.company.attestations.noBannedProducts = false; // no tier at all
            QVERIFY(m_store->insert(p));
        }
    }

    // The window's start: the first page now, through the name index, and
    // the count later; the same rows in the same order as counted at once.
    void firstPageBeforeTheCount()
    {
        ui::PortfolioModel counted(m_store.get());
        ui::PortfolioModel later(m_store.get(), nullptr, ui::PortfolioModel::Count::Later);
        QVERIFY(!later.isCounted());
        QCOMPARE(later.totalCount(), -1);
        QCOMPARE(later.rowCount(), ui::PortfolioModel::kPage);
        for (int r = 0; r < later.rowCount(); ++r)
            QCOMPARE(later.idAt(r), counted.idAt(r));
        // Pages follow while the last one was full, until one is not.
        while (later.canFetchMore({}))
            later.fetchMore({});
        QCOMPARE(later.rowCount(), kCount);
        while (counted.canFetchMore({}))
            counted.fetchMore({});
        for (int r = 0; r < kCount; ++r)
            QCOMPARE(later.idAt(r), counted.idAt(r));
        QVERIFY(!later.isCounted());
        later.countRows();
        QCOMPARE(later.totalCount(), kCount);
        // Descending too.
        QCOMPARE(m_store->portfolioFirstPageByName(Qt::DescendingOrder, 3).first().id,
                 m_store->portfolioPage({}, PortfolioSort::Name, Qt::DescendingOrder, 0, 3).first().id);
    }

    void rowOfFarDownTheList()
    {
        // A company on the last page: found (rows read in growing chunks),
        // at the row the pages give it, in every order.
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (const int column : {int(ui::PortfolioModel::Name), int(ui::PortfolioModel::Score)}) {
                ui::PortfolioModel paged(m_store.get());
                paged.sort(column, order);
                while (paged.canFetchMore({}))
                    paged.fetchMore({});
                QCOMPARE(paged.rowCount(), kCount);
                const qint64 last = paged.idAt(kCount - 1);
                ui::PortfolioModel model(m_store.get());
                model.sort(column, order);
                QCOMPARE(model.rowCount(), ui::PortfolioModel::kPage);
                QCOMPARE(model.rowOf(last), kCount - 1);
                QCOMPARE(model.rowOf(-1), -1); // not there: every row read, none found
                QCOMPARE(model.rowCount(), kCount);
            }
        }
    }

    void everyCompanyOnceAcrossPages()
    {
        ui::PortfolioModel model(m_store.get());
        QCOMPARE(model.totalCount(), kCount);
        QCOMPARE(model.rowCount(), ui::PortfolioModel::kPage);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kCount);
        QSet<qint64> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.insert(model.idAt(r));
        QCOMPARE(ids.size(), kCount);
    }

    void sortsByEachColumn()
    {
        ui::PortfolioModel model(m_store.get());
        model.sort(ui::PortfolioModel::Name, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Odd 100%_name")); // 'O' > 'C'
        model.sort(ui::PortfolioModel::Name, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("C0000"));
        // By tier, highest first: ranks never increase down the list.
        model.sort(ui::PortfolioModel::Tier, Qt::DescendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});
        int previous = 4;
        for (int r = 0; r < model.rowCount(); ++r) {
            const auto row = m_store->portfolioRow(model.idAt(r));
            QVERIFY(row);
            QVERIFY(row->highestRank <= previous);
            previous = row->highestRank;
        }
        // By score ascending: never decreasing among settled scores.
        model.sort(ui::PortfolioModel::Score, Qt::AscendingOrder);
        double last = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            const auto row = m_store->portfolioRow(model.idAt(r));
            if (row->score) {
                QVERIFY(*row->score >= last);
                last = *row->score;
            }
        }
    }

    void filters()
    {
        ui::PortfolioModel model(m_store.get());
        PortfolioFilter f;
        f.region = QStringLiteral("620000"); // Gansu takes Lanzhou and Jiayuguan
        model.setFilter(f);
        QCOMPARE(model.totalCount(), kCount / 3 * 2);
        f.region = QStringLiteral("620100");
        model.setFilter(f);
        QCOMPARE(model.totalCount(), kCount / 3);
        // Text is literal: % and _ are not wildcards.
        f = PortfolioFilter();
        f.text = QStringLiteral("100%_");
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 1);
        f.text = QStringLiteral("%");
        model.setFilter(f);
        QCOMPARE(model.totalCount(), 1);
        // Tier reached, against the evaluator company by company.
        int reached = 0;
        const auto pack = rules::RulePacks::instance().inForce(QDate::currentDate());
        for (const CompanySummary &c : m_store->list()) {
            const auto p = m_store->load(c.id);
            const auto a = rules::Evaluator::evaluate(*p, pack, QDate::currentDate());
            reached += a.highestTier != u"none" ? 1 : 0;
        }
        QCOMPARE(reached, kCount - kCount / 5); // every fifth company attests a banned product
        f = PortfolioFilter();
        f.minRank = 1;
        model.setFilter(f);
        QCOMPARE(model.totalCount(), reached);
        const PortfolioSummary all = ui::PortfolioModel(m_store.get()).summary();
        QCOMPARE(all.perRank[0], kCount / 5);
        QCOMPARE(all.perRank[1] + all.perRank[2] + all.perRank[3], reached);
        // A company hidden by the filter has no row.
        f.minRank = 3;
        model.setFilter(f);
        QCOMPARE(model.rowOf(model.idAt(0)), model.rowCount() > 0 ? 0 : -1);
    }

    void editKeepsSummaryInStep()
    {
        // Raise one company's R&D: its row moves up a rung, in place.
        const auto first = m_store->portfolioPage(PortfolioFilter(), PortfolioSort::Name, Qt::AscendingOrder, 0, 1).first();
        Profile p = *m_store->load(first.id);
        FiscalYear &fy = p.ensureYear(2025);
        fy.rdExpense = *fy.operatingRevenue / 10; // 10 %
        QVERIFY(m_store->update(first.id, p));
        ui::PortfolioModel model(m_store.get());
        QVERIFY(m_store->portfolioRow(first.id)->highestRank >= first.highestRank);
        QCOMPARE(model.summary().total, kCount);
    }

private:
    static constexpr int kCount = 450;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileStore> m_store;
};

QTEST_MAIN(TestPortfolio)
#include "test_portfolio.moc"
