// SPDX-License-Identifier: GPL-3.0-or-later
// The portfolio list tells the truth: names in pinyin order, filters down to
// a district, the title held apart from the tier reached, a score's range
// while inputs are missing, "one step away" only for one unmet condition with
// nothing missing (missing data a filter of its own), and counts that match
// the rows listed.

#include "SampleProfile.h"
#include "model/NameKey.h"
#include "rules/RulePack.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace srdi;

class TestPortfolioList : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileStore> m_store;
    const QDate m_today = QDate::currentDate();

    qint64 add(Profile p)
    {
        const auto id = m_store->insert(p);
        return id.value_or(0);
    }
    QStringList names(const PortfolioFilter &f, PortfolioSort sort = PortfolioSort::Name,
                      Qt::SortOrder order = Qt::AscendingOrder)
    {
        QStringList out;
        for (const PortfolioRow &r : m_store->portfolioPage(f, sort, order, 0, 1000))
            out.append(r.name);
        return out;
    }
    PortfolioRow row(qint64 id) { return m_store->portfolioRow(id).value_or(PortfolioRow()); }

private slots:
    void init()
    {
        rules::RulePacks::instance().load();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("p.sqlite")));
        QVERIFY(m_db->open(nullptr));
        m_store = std::make_unique<ProfileStore>(*m_db);
    }

    void namesInPinyinOrder()
    {
#ifndef SRDI_HAVE_ICU
        QSKIP("built without ICU: names sort by code point");
#endif
        // By code point 湖 (U+6E56) < 示 (U+793A) < 绍 (U+7ECD); by pinyin hu < shao < shi.
        for (const char *name : {"示例企业", "湖州企业", "绍兴企业", "安庆企业", "重庆企业"}) {
            Profile p = sampleProfile(2026);
            p.company.name = QString::fromUtf8(name);
            p.company.creditCode.reset();
            QVERIFY(add(p));
        }
        QCOMPARE(names({}), (QStringList{QStringLiteral("安庆企业"), QStringLiteral("重庆企业"), QStringLiteral("湖州企业"),
                                          QStringLiteral("绍兴企业"), QStringLiteral("示例企业")}));
        QCOMPARE(names({}, PortfolioSort::Name, Qt::DescendingOrder).first(), QStringLiteral("示例企业"));
        // What is exported and batch-listed comes in the same order.
        QStringList listed;
        for (const CompanySummary &c : m_store->list())
            listed.append(c.name);
        QCOMPARE(listed, names({}));
        QVERIFY(nameSortKey(QStringLiteral("湖州")) < nameSortKey(QStringLiteral("绍兴")));
    }

    void filtersReachDistricts()
    {
        const struct
        {
            const char *name, *region;
        } companies[] = {{"余杭甲", "330110"}, {"余杭乙", "330110"}, {"西湖丙", "330106"}, {"宁波丁", "330203"}, {"兰州戊", "620102"}};
        for (const auto &c : companies) {
            Profile p = sampleProfile(2026);
            p.company.name = QString::fromUtf8(c.name);
            p.company.creditCode.reset();
            p.company.region = QString::fromLatin1(c.region);
            QVERIFY(add(p));
        }
        auto count = [&](const char *region) {
            PortfolioFilter f;
            f.region = QString::fromLatin1(region);
            const int n = m_store->portfolioCount(f);
            // The sums below the list count the same rows.
            const PortfolioSummary s = m_store->portfolioSummary(f);
            return s.total == n ? n : -1;
        };
        QCOMPARE(count("330110"), 2); // the district
        QCOMPARE(count("330100"), 3); // the city takes its districts
        QCOMPARE(count("330000"), 4); // the province its cities
        QCOMPARE(count("330106"), 1);
        QCOMPARE(count(""), 5);
    }

    void heldTitleApartFromTierReached()
    {
        // A 专精特新 title granted last year, still valid, while the sample
        // falls short of 专精特新 today (R&D 2.42 % < 3 %).
        Profile p = sampleProfile(2026);
        p.company.recognitions = QList<Recognition>{{QStringLiteral("innovative"), m_today.addYears(-1)},
                                                    {QStringLiteral("specialized"), m_today.addYears(-1)}};
        const PortfolioRow r = row(add(p));
        QCOMPARE(r.heldRank, 2);
        QVERIFY2(r.highestRank < 2, qPrintable(QString::number(r.highestRank)));
        QVERIFY(r.titleExpiry.isValid());
        // A lapsed title is not held.
        p.company.name = QStringLiteral("Lapsed Co");
        p.company.creditCode.reset();
        p.company.recognitions = QList<Recognition>{{QStringLiteral("specialized"), m_today.addYears(-4)}};
        QCOMPARE(row(add(p)).heldRank, 0);
        const PortfolioSummary s = m_store->portfolioSummary({});
        QCOMPARE(s.perHeld[2], 1);
        QCOMPARE(s.perHeld[0], 1);
    }

    void oneStepAwayIsOneUnmetConditionAndNothingMissing()
    {
        // The sample: tier 1 met; 专精特新 short on R&D only (one unmet).
        const qint64 one = add(sampleProfile(2026));
        PortfolioRow r = row(one);
        QVERIFY(r.withinReach);
        QVERIFY(!r.missingData);
        QCOMPARE(r.openGaps.value_or(-1) >= 1, true);
        // A new, empty company: nothing is close; everything is missing.
        Profile empty;
        empty.assessmentYear = 2026;
        empty.company.name = QStringLiteral("Empty Co");
        const qint64 blank = add(empty);
        r = row(blank);
        QVERIFY(!r.withinReach);
        QVERIFY(r.missingData);
        // Two unmet: no longer one step away.
        Profile two = sampleProfile(2026);
        two.company.name = QStringLiteral("Two Gaps Co");
        two.company.creditCode.reset();
        two.company.attestations.noMajorAccident3y = false;
        r = row(add(two));
        QVERIFY(!r.withinReach);
        PortfolioFilter f;
        f.withinReach = true;
        QCOMPARE(names(f), QStringList{sampleProfile(2026).company.name});
        f = {};
        f.missingData = true;
        QCOMPARE(names(f), QStringList{QStringLiteral("Empty Co")});
        QCOMPARE(m_store->portfolioSummary({}).missingData, 1);
        QCOMPARE(m_store->portfolioSummary({}).withinReach, 1);
    }

    void scoreRangeWhileInputsMissing()
    {
        Profile p = sampleProfile(2026);
        // Intellectual property not entered: the tier-1 score lies in a range.
        p.innovation.ip = IpCounts();
        const PortfolioRow r = row(add(p));
        QVERIFY(r.score && r.scoreUpper);
        QVERIFY2(*r.scoreUpper > *r.score, qPrintable(QStringLiteral("%1 %2").arg(*r.score).arg(*r.scoreUpper)));
        QVERIFY(r.revenueYuan && *r.revenueYuan > 0);
        QVERIFY(r.rdRatio && *r.rdRatio > 0.02 && *r.rdRatio < 0.03);
    }

    void sortsByTheFiguresConsultantsUse()
    {
        for (int i = 0; i < 4; ++i) {
            Profile p = sampleProfile(2026);
            p.company.name = QStringLiteral("Co %1").arg(i);
            p.company.creditCode.reset();
            for (FiscalYear &y : p.years)
                if (y.year == 2025)
                    y.operatingRevenue = (i + 1) * 10'000'000LL;
            QVERIFY(add(p));
        }
        QCOMPARE(names({}, PortfolioSort::Revenue, Qt::DescendingOrder).first(), QStringLiteral("Co 3"));
        QCOMPARE(names({}, PortfolioSort::Revenue, Qt::AscendingOrder).first(), QStringLiteral("Co 0"));
        QCOMPARE(names({}, PortfolioSort::RdRatio, Qt::DescendingOrder).first(), QStringLiteral("Co 0"));
        QCOMPARE(names({}, PortfolioSort::Gaps).size(), 4);
        QCOMPARE(names({}, PortfolioSort::Expiry).size(), 4);
        QCOMPARE(names({}, PortfolioSort::Held).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestPortfolioList)
#include "test_portfoliolist.moc"
