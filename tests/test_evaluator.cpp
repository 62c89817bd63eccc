// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's semantics: unknown kept apart from failed, score bounds with
// missing inputs, direct routes, title validity, gaps with exact deltas, and
// which pack is in force. Figures worked out by hand from criteria.md.

#include "awards/AwardCatalog.h"
#include "model/Periods.h"
#include "rules/AssessmentJson.h"
#include "rules/AssessmentText.h"
#include "support/RulesFixture.h"
#include "testconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

#include <QTest>

using namespace srdi;
using namespace srdi::test;
using rules::Status;


namespace {

// Every compound-growth test of a pack changed to `periods` periods and `value` %.
QJsonValue withCagr(const QJsonValue &node, int periods, const QString &value)
{
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = withCagr(a.at(i), periods, value);
        return a;
    }
    if (!node.isObject())
        return node;
    QJsonObject o = node.toObject();
    if (o.value(QStringLiteral("metric")).toObject().contains(QStringLiteral("cagr"))) {
        QJsonObject m = o.value(QStringLiteral("metric")).toObject();
        m[QStringLiteral("periods")] = periods;
        o[QStringLiteral("metric")] = m;
        o[QStringLiteral("value")] = value;
        return o;
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        it.value() = withCagr(it.value(), periods, value);
    return o;
}

} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT
private slots:
    void packsLoadWithoutProblems()
    {
        auto &packs = rules::RulePacks::instance();
        QVERIFY(packs.load(QStringLiteral("/nonexistent")).isEmpty());
        QCOMPARE(packs.ids(), (QStringList{QStringLiteral("2022"), QStringLiteral("2026")}));
        QCOMPARE(packs.pack(QStringLiteral("2026"))->document, QStringLiteral("工信部企业〔2026〕2号"));
        QVERIFY(!packs.pack(QStringLiteral("2026"))->verified); // second-hand numbers: 待核实
        QVERIFY(packs.pack(QStringLiteral("2022"))->verified);
    }

    void packInForce()
    {
        auto &packs = rules::RulePacks::instance();
        packs.load();
        QCOMPARE(packs.inForce(QDate(2026, 3, 31))->id, QStringLiteral("2022"));
        QCOMPARE(packs.inForce(QDate(2026, 4, 1))->id, QStringLiteral("2026"));
        QCOMPARE(packs.inForce(QDate(2026, 11, 23))->id, QStringLiteral("2026"));
        QCOMPARE(packs.inForce(QDate(2023, 1, 1))->id, QStringLiteral("2022"));
    }

    void unknownIsNotZero()
    {
        // R&D of 上年度 not entered: the R&D conditions are missing data, not failed.
        Profile p = baseProfile();
        year(p, Y - 1).rdExpense.reset();
        const auto a = assess(p, QStringLiteral("2026"));
        const auto *r = route(a, QStringLiteral("specialized"), QStringLiteral("specialized"));
        const auto *c = condition(r, QStringLiteral("rd_ratio_y1"));
        QCOMPARE(c->status, Status::MissingData);
        QCOMPARE(c->missing.size(), 1);
        QCOMPARE(c->missing.first().field, QStringLiteral("rd_expense"));
        QCOMPARE(c->missing.first().year, Y - 1);
        QCOMPARE(condition(r, QStringLiteral("rd_amount_y1"))->status, Status::MissingData);
        // A fiscal year missing altogether is unknown too.
        Profile q = baseProfile();
        q.years.removeIf([](const FiscalYear &fy) { return fy.year == Y - 2; });
        const auto b = assess(q, QStringLiteral("2026"));
        QCOMPARE(condition(route(b, QStringLiteral("specialized"), QStringLiteral("specialized")), QStringLiteral("rd_ratio_y2"))->status,
                 Status::MissingData);
    }

    void failedBeatsMissing()
    {
        // One condition fails outright, another lacks data: the tier is unmet.
        Profile p = baseProfile();
        p.company.recognitions = QList<Recognition>{{QStringLiteral("innovative"), QDate(2025, 1, 1)}};
        p.specialization.marketLeading.reset();
        year(p, Y - 1).totalLiabilities = 9000 * W; // 90 % debt: fails ≤ 80 %
        const auto a = assess(p, QStringLiteral("2026"));
        QCOMPARE(a.tier(QStringLiteral("specialized"))->status, Status::Unmet);
        p = baseProfile();
        p.company.recognitions = QList<Recognition>{{QStringLiteral("innovative"), QDate(2025, 1, 1)}};
        p.specialization.marketLeading.reset();
        p.innovation.ip.class1 = 1;
        p.innovation.ip.class1Applied = 1;
        const auto b = assess(p, QStringLiteral("2026"));
        QCOMPARE(b.tier(QStringLiteral("specialized"))->status, Status::MissingData);
    }

    void manualReviewWhenOnlyThePlatformScoreIsMissing()
    {
        Profile p = baseProfile();
        p.company.recognitions = QList<Recognition>{{QStringLiteral("innovative"), QDate(2025, 1, 1)}};
        p.innovation.ip.class1 = 1;
        p.innovation.ip.class1Applied = 1;
        const auto a = assess(p, QStringLiteral("2026"));
        QCOMPARE(a.tier(QStringLiteral("specialized"))->status, Status::ManualReview);
        p.specialization.developmentScores = QList<DevelopmentScore>{{Y, 550000}};
        QCOMPARE(assess(p, QStringLiteral("2026")).tier(QStringLiteral("specialized"))->status, Status::Met);
    }

    void scoredTierUnmetOnlyWhenFullMarksCannotReachTheLine()
    {
        // 2022 innovative, everything known but IP: ip unknown (0..20).
        Profile p = baseProfile();
        // rd 5 % -> 20; growth 0 -> 5; debt 40 % -> 10; field none -> 5; main 85 % -> 20.
        p.innovation.ip = {};
        auto a = assess(p, QStringLiteral("2022"));
        auto *r = route(a, QStringLiteral("innovative"), QStringLiteral("innovative"));
        QCOMPARE(r->score.toString(), QStringLiteral("60"));
        QCOMPARE(r->scoreUpper.toString(), QStringLiteral("80"));
        // Innovation 20 (line 20) met; growth 15 (line 15) met; specialisation 25 met; 60 ≥ 60: met.
        QCOMPARE(r->scoreStatus, Status::Met);
        // Lower R&D to 2 %: 10 + ip(0..20) -> innovation 10..30, total 50..70: missing data.
        year(p, Y - 1).rdExpense = 200 * W;
        a = assess(p, QStringLiteral("2022"));
        r = route(a, QStringLiteral("innovative"), QStringLiteral("innovative"));
        QCOMPARE(r->scoreStatus, Status::MissingData);
        QCOMPARE(r->status, Status::MissingData);
        // R&D 0 and growth negative: 0 + 0..20 innovation; growth 0 + 10 = 10 < 15: can never pass.
        year(p, Y - 1).rdExpense = 0;
        year(p, Y - 1).mainBusinessRevenue = 8000 * W;
        a = assess(p, QStringLiteral("2022"));
        r = route(a, QStringLiteral("innovative"), QStringLiteral("innovative"));
        QCOMPARE(r->scoreStatus, Status::Unmet);
        QCOMPARE(r->status, Status::Unmet);
        // ... unless a direct route holds: a valid high-tech enterprise title.
        p.innovation.honors = QStringList{QStringLiteral("high_tech_enterprise")};
        a = assess(p, QStringLiteral("2022"));
        r = route(a, QStringLiteral("innovative"), QStringLiteral("innovative"));
        QCOMPARE(r->status, Status::Met);
        QCOMPARE(r->via, QStringLiteral("direct"));
    }

    void categoryMinimum()
    {
        // Total 70 but innovation 15 < 20: unmet on the category minimum.
        Profile p = baseProfile();
        year(p, Y - 1).rdExpense = 300 * W; // 3 % -> 15
        p.innovation.ip = {0, 0, 0, 0, 0};  // 0
        year(p, Y - 1).mainBusinessRevenue = 8500 * W * 115 / 100; // growth 15 % -> 20
        year(p, Y - 1).operatingRevenue = 10000 * W;
        // share 97.75 % -> 20; field 5; debt 10 -> 15 + 30 + 25 = 70
        const auto a = assess(p, QStringLiteral("2022"));
        const auto *r = route(a, QStringLiteral("innovative"), QStringLiteral("innovative"));
        QCOMPARE(r->score.toString(), QStringLiteral("70"));
        QCOMPARE(r->categories.at(0).points.toString(), QStringLiteral("15"));
        QCOMPARE(r->scoreStatus, Status::Unmet);
    }

    void titleValidity()
    {
        // 民法典 第二百零一条, 第二百零二条: granted 2023-11-23 for three years, the
        // title's last day is 2026-11-23 itself. Assessed on 2026-11-23:
        Profile p = baseProfile();
        auto held = [](const char *tier, const QDate &granted) {
            Recognition r;
            r.tier = QString::fromLatin1(tier);
            r.granted = granted;
            return QList<Recognition>{r};
        };
        p.company.recognitions = held("innovative", QDate(2023, 11, 24)); // its last day is tomorrow
        auto c = [&] {
            return condition(route(assess(p, QStringLiteral("2026")), QStringLiteral("specialized"), QStringLiteral("specialized")),
                             QStringLiteral("title"))->status;
        };
        QCOMPARE(c(), Status::Met);
        p.company.recognitions = held("innovative", QDate(2023, 11, 23)); // today is its last day
        QCOMPARE(c(), Status::Met);
        p.company.recognitions = held("innovative", QDate(2023, 11, 22)); // its last day was yesterday
        QCOMPARE(c(), Status::Unmet);
        // A valid higher title satisfies the prerequisite.
        p.company.recognitions = QList<Recognition>{{QStringLiteral("little_giant"), QDate(2025, 1, 1)}};
        QCOMPARE(c(), Status::Met);
        // A title granted after the assessment date does not count yet.
        p.company.recognitions = QList<Recognition>{{QStringLiteral("innovative"), QDate(2026, 12, 1)}};
        QCOMPARE(c(), Status::Unmet);
        // Unknown titles: missing data.
        p.company.recognitions.reset();
        QCOMPARE(c(), Status::MissingData);
    }

    void periodsAsTheCivilCodeCountsThem()
    {
        using namespace srdi::periods;
        // The period's last day is the corresponding day, the start not counted.
        QCOMPARE(lastDay(QDate(2023, 6, 30), 3), QDate(2026, 6, 30));
        QVERIFY(within(QDate(2023, 6, 30), 3, QDate(2026, 6, 29)));
        QVERIFY(within(QDate(2023, 6, 30), 3, QDate(2026, 6, 30)));
        QVERIFY(!within(QDate(2023, 6, 30), 3, QDate(2026, 7, 1)));
        QVERIFY(within(QDate(2023, 6, 30), 3, QDate(2023, 6, 30)));
        QVERIFY(!within(QDate(2023, 6, 30), 3, QDate(2023, 6, 29)));
        // No corresponding day: the month's last day (第二百零二条).
        QCOMPARE(lastDay(QDate(2024, 2, 29), 1), QDate(2025, 2, 28));
        QCOMPARE(lastDay(QDate(2024, 2, 29), 4), QDate(2028, 2, 29));
        // Whole years: entered 2023-01-01, 3 years on 2026-01-01 and not before.
        QCOMPARE(fullYears(QDate(2023, 1, 1), QDate(2025, 12, 31)), 2);
        QCOMPARE(fullYears(QDate(2023, 1, 1), QDate(2026, 1, 1)), 3);
        QCOMPARE(fullYears(QDate(2023, 1, 1), QDate(2026, 1, 2)), 3);
        QCOMPARE(fullYears(QDate(2024, 2, 29), QDate(2025, 2, 27)), 0);
        QCOMPARE(fullYears(QDate(2024, 2, 29), QDate(2025, 2, 28)), 1);
        QCOMPARE(fullYears(QDate(2024, 2, 29), QDate(2025, 3, 1)), 1);
        QCOMPARE(fullYears(QDate(2026, 1, 1), QDate(2025, 12, 31)), 0);
        // The same helper counts a title's validity and the years in a niche:
        // a title granted on the day the niche was entered is still valid on
        // the day the niche reaches its third year, and lapses the day after.
        const QDate start(2023, 6, 30);
        QCOMPARE(fullYears(start, lastDay(start, 3)), 3);
        QVERIFY(within(start, 3, lastDay(start, 3)));
        QVERIFY(!within(start, 3, lastDay(start, 3).addDays(1)));
    }

    void nicheYearsAcrossTheLeapDay()
    {
        // Niche entered 2020-02-29; counted to 31 Dec of 上年度 (2025): 5 years.
        Profile p = baseProfile();
        p.company.nicheSince = QDate(2020, 2, 29);
        const rules::Assessment leap = assess(p, QStringLiteral("2026"));
        const auto *c = condition(route(leap, QStringLiteral("specialized"), QStringLiteral("specialized")),
                                  QStringLiteral("niche_years"));
        QVERIFY(c);
        QCOMPARE(c->actual.v, Rational(5));
        // Entered 2022-12-31: 3 years on 2025-12-31 (met); a day later, 2 (unmet).
        p.company.nicheSince = QDate(2022, 12, 31);
        QCOMPARE(condition(route(assess(p, QStringLiteral("2026")), QStringLiteral("specialized"), QStringLiteral("specialized")),
                           QStringLiteral("niche_years"))->status, Status::Met);
        p.company.nicheSince = QDate(2023, 1, 1);
        QCOMPARE(condition(route(assess(p, QStringLiteral("2026")), QStringLiteral("specialized"), QStringLiteral("specialized")),
                           QStringLiteral("niche_years"))->status, Status::Unmet);
    }

    void zeroRevenueIsShownAsSuch()
    {
        // R&D over zero revenue: no value, the lowest band, shown as such.
        Profile p = baseProfile();
        year(p, Y - 1).operatingRevenue = 0;
        year(p, Y - 1).mainBusinessRevenue = 0;
        const rules::Assessment a = assess(p, QStringLiteral("2026"));
        const auto *i = indicator(route(a, QStringLiteral("innovative"), QStringLiteral("innovative")), QStringLiteral("rd_ratio"));
        QVERIFY(i);
        QCOMPARE(i->fact.kind, rules::Num::ZeroBase);
        QCOMPARE(i->fact.zeroField, QStringLiteral("operating_revenue"));
        QCOMPARE(i->fact.zeroYear, Y - 1);
        QCOMPARE(i->points, Rational(0));
        QCOMPARE(i->pointsUpper, Rational(0));
        QVERIFY(i->missing.isEmpty());
        const rules::Format fmt(QStringLiteral("en"));
        const QString shown = fmt.figure(i->fact, i->factDim, i->factUnit);
        QVERIFY2(shown.endsWith(QStringLiteral(" is 0: cannot be computed")), qPrintable(shown));
        QVERIFY2(shown.contains(QString::number(Y - 1)), qPrintable(shown));
        // A condition on the same ratio is not met, and nothing is missing.
        const auto *c = condition(route(a, QStringLiteral("specialized"), QStringLiteral("specialized")), QStringLiteral("rd_ratio_y1"));
        QVERIFY(c);
        QCOMPARE(c->status, Status::Unmet);
        QVERIFY(c->missing.isEmpty());
    }

    void meanGrowthLeavesOutTheYearFromZero()
    {
        // 2022 专精特新: 近2年主营业务收入平均增长率 with 主营业务收入 0 three
        // years back: the mean of the year that has a value (25 %), said so.
        Profile p = baseProfile();
        year(p, Y - 3).mainBusinessRevenue = 0;
        year(p, Y - 2).mainBusinessRevenue = 80000000;
        year(p, Y - 1).mainBusinessRevenue = 100000000;
        year(p, Y - 2).operatingRevenue = 80000000;
        year(p, Y - 1).operatingRevenue = 100000000;
        const rules::Assessment a = assess(p, QStringLiteral("2022"));
        const auto *i = indicator(route(a, QStringLiteral("specialized"), QStringLiteral("specialized")), QStringLiteral("avg_growth"));
        QVERIFY(i);
        QCOMPARE(i->fact.kind, rules::Num::Finite);
        QCOMPARE(i->fact.v, Rational(1, 4));
        QCOMPARE(int(i->fact.skipped), 1);
        QCOMPARE(i->fact.zeroYear, Y - 3);
        const QString shown = rules::Format(QStringLiteral("en")).figure(i->fact, i->factDim, i->factUnit);
        QVERIFY2(shown.startsWith(QStringLiteral("25")) && shown.contains(QStringLiteral("mean of the years with a value"))
                     && shown.contains(QString::number(Y - 3)),
                 qPrintable(shown));
    }

    void withoutValueOnlyOnAMean()
    {
        // "without_value" is a reading of a mean; elsewhere it is refused.
        for (const char *metric : {R"({"sum": [{"field": "rd_expense", "year": -1}], "without_value": "skip"})",
                                   R"({"mean": [{"field": "rd_expense", "year": -1}], "without_value": "maybe"})"}) {
            rules::ExprParser parser;
            const auto e = parser.parseNum(QJsonDocument::fromJson(metric).object(), QStringLiteral("m"));
            QVERIFY2(!e && parser.errors.join(u' ').contains(QStringLiteral("m.without_value")), metric);
        }
        rules::ExprParser ok;
        QVERIFY(ok.parseNum(QJsonDocument::fromJson(R"({"mean": [{"field": "rd_expense", "year": -1}], "without_value": "lowest"})").object(),
                            QStringLiteral("m")));
        QVERIFY2(ok.errors.isEmpty(), qPrintable(ok.errors.join(u' ')));
    }

    void windowsAreShownWithTheResult()
    {
        // 近三年 / 近五年 count the assessment year: the result says which years.
        Profile p = baseProfile();
        const rules::Assessment a = assess(p, QStringLiteral("2026"));
        const auto *tech = route(a, QStringLiteral("innovative"), QStringLiteral("tech_sme"));
        QVERIFY(tech);
        bool five = false;
        for (const rules::ConditionResult &d : tech->direct) {
            for (const rules::YearWindow &w : d.windows) {
                QCOMPARE(w.to, Y);
                QCOMPARE(w.from, Y - 5);
                five = true;
            }
        }
        QVERIFY(five);
        const auto *sp = route(a, QStringLiteral("specialized"), QStringLiteral("specialized"));
        bool three = false;
        for (const rules::ConditionResult &c : sp->conditions) {
            for (const rules::YearWindow &w : c.windows) {
                if (w.list == u"innovation.sci_tech_awards") {
                    QCOMPARE(w.from, Y - 3);
                    QCOMPARE(w.to, Y);
                    three = true;
                }
            }
        }
        QVERIFY(three);
        const QString text = rules::AssessmentText::toText(a, QStringLiteral("en"), {});
        QVERIFY2(text.contains(QStringLiteral("counted %1–%2 (the assessment year included)").arg(Y - 3).arg(Y)), qPrintable(text));
        const QJsonObject json = rules::AssessmentJson::toJson(a, QStringLiteral("en"), {});
        QVERIFY(QJsonDocument(json).toJson().contains("\"windows\""));
    }

    void techRouteAccidentWindowIsItsOwn()
    {
        // 115号 第六条（四）: 上一年及当年. The 2026 办法's three-year condition is
        // waived on the 科技型 route: an accident within three years leaves the
        // route to the department (manual review), not unmet.
        Profile p = baseProfile();
        p.company.attestations.noMajorAccident3y = false;
        const rules::Assessment a = assess(p, QStringLiteral("2026"));
        const auto *tech = route(a, QStringLiteral("innovative"), QStringLiteral("tech_sme"));
        QVERIFY(tech);
        QVERIFY(!condition(tech, QStringLiteral("no_major_accident")));
        QCOMPARE(condition(tech, QStringLiteral("tech_no_accident"))->status, Status::ManualReview);
        const auto *inn = route(a, QStringLiteral("innovative"), QStringLiteral("innovative"));
        QCOMPARE(condition(inn, QStringLiteral("no_major_accident"))->status, Status::Unmet);
    }

    void gapsInYuan()
    {
        // The sample figure: R&D 208万 on revenue 8600万 is 2.42 %; 3 % is 258万: 50万 more.
        Profile p = baseProfile();
        year(p, Y - 1).operatingRevenue = 8600 * W;
        year(p, Y - 1).mainBusinessRevenue = 8170 * W;
        year(p, Y - 1).rdExpense = 208 * W;
        const auto a = assess(p, QStringLiteral("2026"));
        const auto *c = condition(route(a, QStringLiteral("specialized"), QStringLiteral("specialized")), QStringLiteral("rd_ratio_y1"));
        QCOMPARE(c->status, Status::Unmet);
        QCOMPARE(c->gap.kind, rules::Gap::Kind::Increase);
        QCOMPARE(c->gap.field, QStringLiteral("rd_expense"));
        QCOMPARE(c->gap.year, Y - 1);
        QCOMPARE(c->gap.delta.toString(), QStringLiteral("500000"));
        QCOMPARE(rules::Format(QStringLiteral("zh_CN")).money(c->gap.delta, true), QStringLiteral("50 万元"));
        QCOMPARE(rules::Format(QStringLiteral("en")).gap(c->gap), QStringLiteral("R&D expense 2025: CNY 500,000 more needed"));
        // A ratio that needs a fraction of a yuan rounds up to the whole yuan.
        year(p, Y - 1).operatingRevenue = 33333333;
        year(p, Y - 1).mainBusinessRevenue = 30000000; // within the revenue: consistent
        year(p, Y - 1).rdExpense = 0;
        const auto b = assess(p, QStringLiteral("2026"));
        const auto *d = condition(route(b, QStringLiteral("specialized"), QStringLiteral("specialized")), QStringLiteral("rd_ratio_y1"));
        QCOMPARE(d->gap.delta.toString(), QStringLiteral("1000000")); // 3 % of 33,333,333 = 999,999.99
    }

    void debtGapIsADecrease()
    {
        Profile p = baseProfile();
        year(p, Y - 1).totalAssets = 10000 * W;
        year(p, Y - 1).totalLiabilities = 8500 * W; // 85 % vs ≤ 80 %: reduce by 500万
        const auto a = assess(p, QStringLiteral("2026"));
        const auto *c = condition(route(a, QStringLiteral("specialized"), QStringLiteral("specialized")), QStringLiteral("debt_ratio"));
        QCOMPARE(c->gap.kind, rules::Gap::Kind::Decrease);
        QCOMPARE(c->gap.field, QStringLiteral("total_liabilities"));
        QCOMPARE(c->gap.delta.toString(), QStringLiteral("5000000"));
    }

    void cagrGap()
    {
        // rev(2023) 1亿, rev(2025) 1.1亿: needs 1.1025亿: 25万 more.
        Profile p = baseProfile();
        year(p, Y - 3).operatingRevenue = 10000 * W;
        year(p, Y - 1).operatingRevenue = 11000 * W;
        const auto a = assess(p, QStringLiteral("2026"));
        const auto *c = condition(route(a, QStringLiteral("little_giant"), QStringLiteral("little_giant")), QStringLiteral("revenue_cagr"));
        QCOMPARE(c->status, Status::Unmet);
        QCOMPARE(c->gap.field, QStringLiteral("operating_revenue"));
        QCOMPARE(c->gap.delta.toString(), QStringLiteral("250000"));
    }

    // Issue 16, finding 11: (1 + 5.23 %)^10 has a denominator of 10^40, more
    // than 128 bits: the comparison overflowed and said "met" at 0.00 %.
    void compoundGrowthOverTenPeriodsIsExact()
    {
        QFile f(QStringLiteral(SRDI_DATA_DIR "/rules/2026.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = withCagr(QJsonDocument::fromJson(f.readAll()).object(), 10, QStringLiteral("5.23")).toObject();
        QStringList errors;
        const auto pack = rules::RulePackLoader::load(QJsonDocument(json).toJson(), QStringLiteral("cagr10.json"), &errors);
        QVERIFY2(pack, qPrintable(errors.join(u'\n')));

        Profile p = baseProfile(); // revenue flat: 0.00 % growth
        auto a = rules::Evaluator::evaluate(p, pack, QDate(Y, 11, 23));
        const auto *c = condition(route(a, QStringLiteral("little_giant"), QStringLiteral("little_giant")), QStringLiteral("revenue_cagr"));
        QVERIFY(c);
        QCOMPARE(c->status, Status::Unmet);

        // Exactly at the line and a yuan either side: 1.0523^10 of 1亿 is
        // 166,492,894.63... yuan, so 166,492,895 meets it and 166,492,894 does not.
        year(p, Y - 3).operatingRevenue = 10000 * W;
        year(p, Y - 1).operatingRevenue = 166492895;
        a = rules::Evaluator::evaluate(p, pack, QDate(Y, 11, 23));
        QCOMPARE(condition(route(a, QStringLiteral("little_giant"), QStringLiteral("little_giant")), QStringLiteral("revenue_cagr"))->status,
                 Status::Met);
        year(p, Y - 1).operatingRevenue = 166492894;
        a = rules::Evaluator::evaluate(p, pack, QDate(Y, 11, 23));
        QCOMPARE(condition(route(a, QStringLiteral("little_giant"), QStringLiteral("little_giant")), QStringLiteral("revenue_cagr"))->status,
                 Status::Unmet);
    }

    void comparisonsAtTheEdgesOfQint64()
    {
        using rules::CmpPred;
        using rules::Num;
        using rules::Op;
        using rules::Truth;
        constexpr qint64 big = std::numeric_limits<qint64>::max();
        constexpr qint64 small = std::numeric_limits<qint64>::min();
        // Plain comparisons at the edges.
        QCOMPARE(CmpPred::compare(Num::of(Rational(big)), Op::Ge, Rational(big)), Truth::True);
        QCOMPARE(CmpPred::compare(Num::of(Rational(big - 1)), Op::Ge, Rational(big)), Truth::False);
        QCOMPARE(CmpPred::compare(Num::of(Rational(small)), Op::Lt, Rational(small + 1)), Truth::True);
        QCOMPARE(CmpPred::compare(Num::of(Rational(1, big)), Op::Gt, Rational(1, big - 1)), Truth::False);
        // Compound growth of a huge ratio over 10 periods against a threshold
        // with a four-decimal denominator: exact, either way.
        Num huge = Num::of(Rational(big, 1));
        huge.root = 10;
        QCOMPARE(CmpPred::compare(huge, Op::Ge, Rational(5, 1)), Truth::True); // 6^10 ~ 6.0e7 << 9.2e18
        QCOMPARE(CmpPred::compare(huge, Op::Ge, Rational(99999, 10000)), Truth::True); // 10.9999^10 ~ 2.6e10
        QCOMPARE(CmpPred::compare(huge, Op::Ge, Rational(100)), Truth::False); // 101^10 ~ 1.1e20 > 9.2e18
        Num tiny = Num::of(Rational(1, big));
        tiny.root = 10;
        QCOMPARE(CmpPred::compare(tiny, Op::Ge, Rational(-9999, 10000)), Truth::True); // 1.08e-19 >= (1e-4)^10
        QCOMPARE(CmpPred::compare(tiny, Op::Ge, Rational(-98, 100)), Truth::False);    // 1.08e-19 <  (0.02)^10 = 1e-17
        Num flat = Num::of(Rational(1));
        flat.root = 10;
        QCOMPARE(CmpPred::compare(flat, Op::Ge, Rational(523, 10000)), Truth::False);
        QCOMPARE(CmpPred::compare(flat, Op::Ge, Rational(0)), Truth::True);
        QCOMPARE(CmpPred::compare(flat, Op::Gt, Rational(-1, 10000)), Truth::True);
        // A figure that cannot be represented is undecided, never met.
        QCOMPARE(CmpPred::compare(Num::of(Rational(big) * Rational(big) * Rational(big)), Op::Ge, Rational(0)), Truth::Unknown);
    }

    void countAndYearsGaps()
    {
        Profile p = baseProfile();
        p.innovation.ip.class1 = 1;
        p.innovation.ip.class1Applied = 1;
        p.company.nicheSince = QDate(2024, 6, 1); // 1 full year by 2025-12-31
        const auto a = assess(p, QStringLiteral("2026"));
        const auto *r = route(a, QStringLiteral("little_giant"), QStringLiteral("little_giant"));
        const auto *ip = condition(r, QStringLiteral("ip"));
        QCOMPARE(ip->gap.kind, rules::Gap::Kind::Increase);
        QCOMPARE(ip->gap.delta.toString(), QStringLiteral("3"));
        const auto *niche = condition(r, QStringLiteral("niche_years"));
        QCOMPARE(niche->gap.kind, rules::Gap::Kind::Wait);
        QCOMPARE(niche->gap.delta.toString(), QStringLiteral("2"));
    }

    void nextBandGapForScores()
    {
        // 2022 innovative rd_ratio at 2.42 %: 15 points at 3 %, +5 for 50万 more.
        Profile p = baseProfile();
        year(p, Y - 1).operatingRevenue = 8600 * W;
        year(p, Y - 1).mainBusinessRevenue = 8170 * W;
        year(p, Y - 1).rdExpense = 208 * W;
        const auto a = assess(p, QStringLiteral("2022"));
        const auto *i = indicator(route(a, QStringLiteral("innovative"), QStringLiteral("innovative")), QStringLiteral("rd_ratio"));
        QCOMPARE(i->points.toString(), QStringLiteral("10"));
        QCOMPARE(i->nextGain.toString(), QStringLiteral("5"));
        QCOMPARE(i->nextGap.delta.toString(), QStringLiteral("500000"));
    }

    void techRouteBetterOfTwoMeasures()
    {
        Profile p = baseProfile();
        p.innovation.rdMeasure.reset();
        year(p, Y - 1).rdExpense = 300 * W;        // 3 % of revenue -> 20
        year(p, Y - 1).costExpenseTotal = 1000 * W; // 30 % of costs -> 50
        const auto a = assess(p, QStringLiteral("2026"));
        const auto *i = indicator(route(a, QStringLiteral("innovative"), QStringLiteral("tech_sme")), QStringLiteral("rd_input"));
        QCOMPARE(i->points.toString(), QStringLiteral("50"));
        QCOMPARE(i->alternative, QStringLiteral("cost"));
        QVERIFY(i->betterOfTwo);
        p.innovation.rdMeasure = QStringLiteral("revenue");
        const auto b = assess(p, QStringLiteral("2026"));
        const auto *j = indicator(route(b, QStringLiteral("innovative"), QStringLiteral("tech_sme")), QStringLiteral("rd_input"));
        QCOMPARE(j->points.toString(), QStringLiteral("20"));
        QVERIFY(!j->betterOfTwo);
    }

    void techStaffMustNotScoreZero()
    {
        Profile p = baseProfile();
        year(p, Y - 1).techStaff = 0;
        year(p, Y - 1).rdExpense = 600 * W; // 6 % -> 50
        p.innovation.ip.class1 = 1;         // 30: total 80, but staff 0
        const auto a = assess(p, QStringLiteral("2026"));
        const auto *r = route(a, QStringLiteral("innovative"), QStringLiteral("tech_sme"));
        QCOMPARE(r->score.toString(), QStringLiteral("80"));
        QCOMPARE(r->scoreStatus, Status::Unmet);
        year(p, Y - 1).techStaff = 20; // 10 % -> 4
        const auto b = assess(p, QStringLiteral("2026"));
        QCOMPARE(route(b, QStringLiteral("innovative"), QStringLiteral("tech_sme"))->scoreStatus, Status::Met);
    }

    void twoRoutesTheBetterCounts()
    {
        // 2026 tier 1: fails the innovative score, meets the tech route.
        Profile p = baseProfile();
        year(p, Y - 1).rdExpense = 0;
        year(p, Y - 1).costExpenseTotal = 1000 * W;
        year(p, Y - 1).mainBusinessRevenue = 5000 * W; // growth negative, share 50 %
        p.innovation.ip.class1 = 1;
        year(p, Y - 1).techStaff = 60; // 30 %
        p.innovation.rdMeasure = QStringLiteral("cost");
        year(p, Y - 1).rdExpense = 300 * W; // 30 % of costs -> 50; 3 % of revenue
        const auto a = assess(p, QStringLiteral("2026"));
        const auto *t = a.tier(QStringLiteral("innovative"));
        QCOMPARE(t->routes.size(), 2);
        QCOMPARE(t->routes.at(0).status, Status::Unmet);
        QCOMPARE(t->routes.at(1).status, Status::Met);
        QCOMPARE(t->status, Status::Met);
        QCOMPARE(t->best().rule->id, QStringLiteral("tech_sme"));
        QCOMPARE(a.highestTier, QStringLiteral("innovative"));
    }

    void notAnSmeFailsEveryTier()
    {
        Profile p = baseProfile();
        year(p, Y - 1).employees = 1000;
        year(p, Y - 1).operatingRevenue = 40000 * W;
        const auto a = assess(p, QStringLiteral("2026"));
        QCOMPARE(a.sme.size, QStringLiteral("not_sme"));
        for (const auto &t : a.tiers)
            QCOMPARE(t.status, Status::Unmet);
        QCOMPARE(a.highestTier, QStringLiteral("none"));
    }

    void attestationUnansweredIsMissing()
    {
        Profile p = baseProfile();
        p.company.attestations.noBannedProducts.reset();
        const auto a = assess(p, QStringLiteral("2022"));
        const auto *c = condition(route(a, QStringLiteral("innovative"), QStringLiteral("innovative")), QStringLiteral("no_banned_products"));
        QCOMPARE(c->status, Status::MissingData);
        p.company.attestations.noBannedProducts = false;
        const auto b = assess(p, QStringLiteral("2022"));
        QCOMPARE(b.tier(QStringLiteral("innovative"))->status, Status::Unmet);
    }

    void jsonShape()
    {
        const auto a = assess(baseProfile(), QStringLiteral("2026"));
        const QJsonObject o = rules::AssessmentJson::toJson(a, QStringLiteral("en"));
        QCOMPARE(o.value(QStringLiteral("rules")).toString(), QStringLiteral("2026"));
        QCOMPARE(o.value(QStringLiteral("sme_size")).toString(), QStringLiteral("small")); // 200 staff < 300
        const QJsonArray tiers = o.value(QStringLiteral("tiers")).toArray();
        QCOMPARE(tiers.size(), 3);
        for (const QString &key : {QStringLiteral("tier"), QStringLiteral("status"), QStringLiteral("route"), QStringLiteral("score"),
                                  QStringLiteral("score_max"), QStringLiteral("conditions"), QStringLiteral("indicators")})
            QVERIFY2(tiers.at(0).toObject().contains(key), qPrintable(key));
        const QJsonObject cond = tiers.at(1).toObject().value(QStringLiteral("conditions")).toArray().at(0).toObject();
        for (const QString &key : {QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("actual"), QStringLiteral("required"),
                                  QStringLiteral("unit"), QStringLiteral("gap")})
            QVERIFY2(cond.contains(key), qPrintable(key));
        QVERIFY(o.value(QStringLiteral("awards")).isArray());
    }

    // Issue 17: 主营业务收入 9000 above 营业收入 8000 is stored as typed; every
    // criterion that reads either figure is "data inconsistent" — never met,
    // never unmet — and no tier is met through it, until it is corrected.
    void inconsistentFiguresDecideNothing()
    {
        Profile p = baseProfile();
        year(p, Y - 1).operatingRevenue = 8000 * W;
        year(p, Y - 1).mainBusinessRevenue = 7680 * W;
        const auto before = assess(p, QStringLiteral("2026"));
        QVERIFY(before.inconsistent.isEmpty());
        year(p, Y - 1).mainBusinessRevenue = 9000 * W;
        const auto a = assess(p, QStringLiteral("2026"));
        const QList<rules::MissingInput> both{{QStringLiteral("main_business_revenue"), Y - 1},
                                              {QStringLiteral("operating_revenue"), Y - 1}};
        QCOMPARE(a.inconsistent, both);
        int flagged = 0;
        for (const rules::TierResult &t : a.tiers) {
            for (const rules::RouteResult &r : t.routes) {
                for (const rules::ConditionResult &c : r.conditions) {
                    if (c.inconsistent.isEmpty()) {
                        QVERIFY(c.status != Status::Inconsistent);
                        continue;
                    }
                    ++flagged;
                    QCOMPARE(c.status, Status::Inconsistent);
                    for (const rules::MissingInput &m : c.inconsistent)
                        QVERIFY(both.contains(m));
                }
                if (r.status == Status::Met)
                    for (const rules::ConditionResult &c : r.conditions)
                        QVERIFY(c.status != Status::Inconsistent);
            }
        }
        QVERIFY(flagged > 0);
        // The R&D ratio reads the revenue: decided before, inconsistent now.
        const auto *rd = condition(route(a, QStringLiteral("specialized"), QStringLiteral("specialized")), QStringLiteral("rd_ratio_y1"));
        QVERIFY(rd);
        QVERIFY(condition(route(before, QStringLiteral("specialized"), QStringLiteral("specialized")), QStringLiteral("rd_ratio_y1"))->status
                != Status::Inconsistent);
        QCOMPARE(rd->status, Status::Inconsistent);
        QVERIFY(a.tier(QStringLiteral("specialized"))->status != Status::Met);
        QCOMPARE(rules::statusId(Status::Inconsistent), QStringLiteral("inconsistent"));

        // --evaluate: JSON names the state and the figures, text prompts to correct them.
        const QJsonObject o = rules::AssessmentJson::toJson(a, QStringLiteral("en"));
        QCOMPARE(o.value(QStringLiteral("inconsistent")).toArray().size(), 2);
        const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
        QVERIFY(json.contains("\"status\":\"inconsistent\""));
        QVERIFY(json.contains("\"inconsistent\":[{\"field\":\"main_business_revenue\",\"year\":2025}"));
        const QString text = rules::AssessmentText::toText(a, QStringLiteral("en"));
        QVERIFY2(text.contains(QStringLiteral("[data inconsistent]")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("correct: main business revenue 2025")), qPrintable(text));

        // Corrected: decided again.
        year(p, Y - 1).operatingRevenue = 9000 * W;
        const auto fixed = assess(p, QStringLiteral("2026"));
        QVERIFY(fixed.inconsistent.isEmpty());
        QVERIFY(condition(route(fixed, QStringLiteral("specialized"), QStringLiteral("specialized")), QStringLiteral("rd_ratio_y1"))->status
                != Status::Inconsistent);
    }

    // 研发人员 200 above 职工总数 180: the SME size and the staff criteria read them.
    void staffAboveEmployeesIsInconsistent()
    {
        Profile p = baseProfile();
        year(p, Y - 1).employees = 180;
        year(p, Y - 1).rdStaff = 200;
        const auto a = assess(p, QStringLiteral("2022"));
        QCOMPARE(a.inconsistent.size(), 2);
        for (const rules::TierResult &t : a.tiers)
            QVERIFY(t.status != Status::Met);
    }

    void textMentionsEveryTier()
    {
        const auto a = assess(baseProfile(), QStringLiteral("2022"));
        const QString text = rules::AssessmentText::toText(a, QStringLiteral("en"));
        QVERIFY(text.contains(QStringLiteral("Innovative SME")));
        QVERIFY(text.contains(QStringLiteral("SRDI SME")));
        QVERIFY(text.contains(QStringLiteral("SRDI Little Giant")));
    }
};

QTEST_GUILESS_MAIN(TestEvaluator)
#include "test_evaluator.moc"
