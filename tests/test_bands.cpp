// SPDX-License-Identifier: GPL-3.0-or-later
// Every band of every scored indicator, and every numeric line of every
// condition, at, just below and just above each boundary, in both packs.
// Expected points are written here from shared/spec/criteria.md by hand: they
// are never read from the packs, so a wrong number in data/ fails this suite.

#include "support/RulesFixture.h"

#include <QTest>

using namespace srdi;
using namespace srdi::test;

namespace {

using Mutate = std::function<void(Profile &)>;

struct Case
{
    QString pack, tier, route, item;
    Mutate mutate;
    QString expected; // points of an indicator, or the status of a condition
};

constexpr qint64 kRev = 100000000; // 1亿 yuan: 1 % of it is 1,000,000 yuan

std::vector<std::pair<QString, Case>> &cases()
{
    static std::vector<std::pair<QString, Case>> all;
    return all;
}

void add(const QString &name, const Case &c)
{
    cases().emplace_back(name, c);
}

// A line at `at` (a whole value) tested at, one below and one above.
void triple(const QString &name, const QString &pack, const QString &tier, const QString &route,
            const QString &item, const std::function<Mutate(qint64)> &set, qint64 at,
            const QString &below, const QString &atExp, const QString &above)
{
    add(QStringLiteral("%1 %2/%3 %4 below %5").arg(pack, tier, item, name).arg(at),
        {pack, tier, route, item, set(at - 1), below});
    add(QStringLiteral("%1 %2/%3 %4 at %5").arg(pack, tier, item, name).arg(at),
        {pack, tier, route, item, set(at), atExp});
    add(QStringLiteral("%1 %2/%3 %4 above %5").arg(pack, tier, item, name).arg(at),
        {pack, tier, route, item, set(at + 1), above});
}

// Setters: each moves one figure of 上年度 (2025) unless said otherwise.
Mutate rdYuan(qint64 rd, qint64 rev = kRev)
{
    return [=](Profile &p) {
        year(p, Y - 1).rdExpense = rd;
        year(p, Y - 1).operatingRevenue = rev;
        year(p, Y - 1).mainBusinessRevenue = rev;
    };
}
std::function<Mutate(qint64)> rdOfRevenue(qint64 rev = kRev)
{
    return [=](qint64 rd) { return rdYuan(rd, rev); };
}
std::function<Mutate(qint64)> mainOfRevenue()
{
    return [](qint64 main) {
        return Mutate([=](Profile &p) {
            year(p, Y - 1).operatingRevenue = kRev;
            year(p, Y - 1).mainBusinessRevenue = main;
        });
    };
}
std::function<Mutate(qint64)> liabilitiesOfAssets()
{
    return [](qint64 liab) {
        return Mutate([=](Profile &p) {
            year(p, Y - 1).totalAssets = kRev;
            year(p, Y - 1).totalLiabilities = liab;
        });
    };
}
// 上年度主营业务收入增长率: main(2025) against main(2024) = 1亿.
std::function<Mutate(qint64)> mainGrowth()
{
    return [](qint64 main1) {
        return Mutate([=](Profile &p) {
            year(p, Y - 2).mainBusinessRevenue = kRev;
            year(p, Y - 2).operatingRevenue = kRev;
            year(p, Y - 1).mainBusinessRevenue = main1;
            year(p, Y - 1).operatingRevenue = std::max(main1, kRev);
        });
    };
}
// 近2年平均增长率 with the earlier growth 0: the mean is half the later growth.
std::function<Mutate(qint64)> averageGrowth()
{
    return [](qint64 main1) {
        return Mutate([=](Profile &p) {
            year(p, Y - 3).mainBusinessRevenue = kRev;
            year(p, Y - 2).mainBusinessRevenue = kRev;
            year(p, Y - 1).mainBusinessRevenue = main1;
            year(p, Y - 3).operatingRevenue = kRev;
            year(p, Y - 2).operatingRevenue = kRev;
            year(p, Y - 1).operatingRevenue = std::max(main1, kRev);
        });
    };
}
std::function<Mutate(qint64)> staffOf(bool tech)
{
    return [=](qint64 staff) {
        return Mutate([=](Profile &p) {
            year(p, Y - 1).employees = 1000;
            (tech ? year(p, Y - 1).techStaff : year(p, Y - 1).rdStaff) = staff;
        });
    };
}
std::function<Mutate(qint64)> netProfit()
{
    return [](qint64 profit) {
        return Mutate([=](Profile &p) {
            year(p, Y - 1).operatingRevenue = kRev;
            year(p, Y - 1).mainBusinessRevenue = kRev;
            year(p, Y - 1).netProfit = profit;
        });
    };
}
std::function<Mutate(qint64)> revenue1()
{
    return [](qint64 rev) {
        return Mutate([=](Profile &p) {
            year(p, Y - 1).operatingRevenue = rev;
            year(p, Y - 1).mainBusinessRevenue = rev;
            year(p, Y - 1).rdExpense = rev / 10; // keep R&D ratios out of the way
        });
    };
}
// Full years in the niche by 31 Dec of 上年度: a start `n` years before it,
// shifted by a day to fall just short or go just past.
Mutate nicheYears(int years, int dayShift)
{
    return [=](Profile &p) { p.company.nicheSince = QDate(Y - 1 - years, 12, 31).addDays(dayShift); };
}
Mutate ip(qint64 high, qint64 self, qint64 c1, qint64 c2)
{
    return [=](Profile &p) {
        p.innovation.ip.class1HighValue = high;
        p.innovation.ip.class1SelfDeveloped = self;
        p.innovation.ip.class1 = c1;
        p.innovation.ip.class2 = c2;
    };
}
std::function<Mutate(qint64)> count(std::function<void(Profile &, qint64)> set)
{
    return [=](qint64 n) { return Mutate([=](Profile &p) { set(p, n); }); };
}

void percentBands(const QString &pack, const QString &tier, const QString &route, const QString &item,
                  const std::function<Mutate(qint64)> &set, qint64 onePercent,
                  const std::vector<std::tuple<int, int, int>> &lines)
{
    // lines: (percent, points below, points at/above)
    for (const auto &[pct, below, at] : lines)
        triple(QStringLiteral("%"), pack, tier, route, item, set, pct * onePercent, QString::number(below),
               QString::number(at), QString::number(at));
}

// The debt ratio: the better band takes the boundary (≤).
void debtBands(const QString &pack, const QString &tier, const QString &route, const QString &item,
               const std::vector<std::tuple<int, int, int>> &lines)
{
    // lines: (percent, points at/below, points above)
    for (const auto &[pct, atBelow, above] : lines)
        triple(QStringLiteral("debt%"), pack, tier, route, item, liabilitiesOfAssets(), pct * (kRev / 100),
               QString::number(atBelow), QString::number(atBelow), QString::number(above));
}

void buildInnovative(const QString &pack)
{
    const QString t = QStringLiteral("innovative");
    const QString r = QStringLiteral("innovative");
    percentBands(pack, t, r, QStringLiteral("rd_ratio"), rdOfRevenue(), kRev / 100,
                 {{5, 15, 20}, {3, 10, 15}, {2, 5, 10}, {1, 0, 5}});
    percentBands(pack, t, r, QStringLiteral("main_growth"),
                 [](qint64 growthYuan) { return mainGrowth()(kRev + growthYuan); }, kRev / 100,
                 {{15, 15, 20}, {10, 10, 15}, {5, 5, 10}, {0, 0, 5}});
    debtBands(pack, t, r, QStringLiteral("debt_ratio"), {{55, 10, 5}, {75, 5, 0}});
    percentBands(pack, t, r, QStringLiteral("main_share"), mainOfRevenue(), kRev / 100,
                 {{70, 15, 20}, {60, 10, 15}, {55, 5, 10}, {50, 0, 5}});
    const QString ipId = QStringLiteral("ip");
    add(pack + QStringLiteral(" innovative ip high value"), {pack, t, r, ipId, ip(1, 1, 1, 0), QStringLiteral("20")});
    add(pack + QStringLiteral(" innovative ip self-developed"), {pack, t, r, ipId, ip(0, 1, 1, 0), QStringLiteral("15")});
    add(pack + QStringLiteral(" innovative ip class1"), {pack, t, r, ipId, ip(0, 0, 1, 0), QStringLiteral("10")});
    add(pack + QStringLiteral(" innovative ip class2"), {pack, t, r, ipId, ip(0, 0, 0, 1), QStringLiteral("5")});
    add(pack + QStringLiteral(" innovative ip none"), {pack, t, r, ipId, ip(0, 0, 0, 0), QStringLiteral("0")});
    add(pack + QStringLiteral(" innovative field SEI"), {pack, t, r, QStringLiteral("field"),
        [](Profile &p) { p.specialization.field = QStringList{QStringLiteral("strategic_emerging")}; }, QStringLiteral("10")});
    add(pack + QStringLiteral(" innovative field other"), {pack, t, r, QStringLiteral("field"),
        [](Profile &p) { p.specialization.field = QStringList{QStringLiteral("six_foundations")}; }, QStringLiteral("5")});
}

void build2022Specialized()
{
    const QString pk = QStringLiteral("2022");
    const QString t = QStringLiteral("specialized");
    const QString r = QStringLiteral("specialized");
    percentBands(pk, t, r, QStringLiteral("main_share"), mainOfRevenue(), kRev / 100, {{80, 3, 5}, {70, 1, 3}, {60, 0, 1}});
    // Mean of two growth rates, the earlier 0: a mean of p % needs 2p % now.
    percentBands(pk, t, r, QStringLiteral("avg_growth"),
                 [](qint64 g) { return averageGrowth()(kRev + 2 * g); }, kRev / 100,
                 {{10, 8, 10}, {8, 6, 8}, {6, 4, 6}, {4, 2, 4}});
    // The 0 % line: growth exactly 0 scores 2; a yuan less, 0.
    add(QStringLiteral("2022 specialized avg_growth at 0"), {pk, t, r, QStringLiteral("avg_growth"), averageGrowth()(kRev), QStringLiteral("2")});
    add(QStringLiteral("2022 specialized avg_growth below 0"), {pk, t, r, QStringLiteral("avg_growth"), averageGrowth()(kRev - 1), QStringLiteral("0")});
    add(QStringLiteral("2022 specialized avg_growth above 0"), {pk, t, r, QStringLiteral("avg_growth"), averageGrowth()(kRev + 1), QStringLiteral("2")});
    for (const auto &[years, points, below] : std::vector<std::tuple<int, int, int>>{{10, 5, 4}, {8, 4, 3}, {6, 3, 2}, {4, 2, 1}, {2, 1, 0}}) {
        add(QStringLiteral("2022 specialized niche %1y at").arg(years), {pk, t, r, QStringLiteral("niche_years"), nicheYears(years, 0), QString::number(points)});
        add(QStringLiteral("2022 specialized niche %1y a day short").arg(years), {pk, t, r, QStringLiteral("niche_years"), nicheYears(years, 1), QString::number(below)});
        add(QStringLiteral("2022 specialized niche %1y a day past").arg(years), {pk, t, r, QStringLiteral("niche_years"), nicheYears(years, -1), QString::number(points)});
    }
    auto fields = [&](const QString &name, const QStringList &f, const char *pts) {
        add(QStringLiteral("2022 specialized field ") + name, {pk, t, r, QStringLiteral("field"), [f](Profile &p) { p.specialization.field = f; }, QString::fromLatin1(pts)});
    };
    fields(QStringLiteral("chain key effect"), {QStringLiteral("chain_key_effect")}, "5");
    fields(QStringLiteral("six foundations"), {QStringLiteral("six_foundations")}, "3");
    fields(QStringLiteral("time honored"), {QStringLiteral("time_honored")}, "3");
    fields(QStringLiteral("serves chain leader"), {QStringLiteral("serves_chain_leader")}, "3");
    fields(QStringLiteral("strategic emerging only"), {QStringLiteral("strategic_emerging")}, "0");
    for (const auto &[level, pts] : std::vector<std::pair<int, int>>{{4, 5}, {3, 5}, {2, 3}, {1, 0}})
        add(QStringLiteral("2022 specialized digital level %1").arg(level), {pk, t, r, QStringLiteral("digital"),
            [level = level](Profile &p) { p.refinement.digitalLevel = level; }, QString::number(pts)});
    auto quality = [&](const QString &name, const QString &award, bool cert, bool brand, bool standards, const char *pts) {
        add(QStringLiteral("2022 specialized quality ") + name, {pk, t, r, QStringLiteral("quality"), [=](Profile &p) {
            p.refinement.qualityAward = award;
            p.refinement.qualitySystemCert = cert;
            p.refinement.ownBrand = brand;
            p.refinement.standardsParticipation = standards;
        }, QString::fromLatin1(pts)});
    };
    quality(QStringLiteral("none"), QStringLiteral("none"), false, false, false, "0");
    quality(QStringLiteral("one item"), QStringLiteral("none"), true, false, false, "3");
    quality(QStringLiteral("award only"), QStringLiteral("provincial"), false, false, false, "3");
    quality(QStringLiteral("two items"), QStringLiteral("none"), false, true, true, "5");
    quality(QStringLiteral("four items capped"), QStringLiteral("national"), true, true, true, "5");
    percentBands(pk, t, r, QStringLiteral("net_margin"), netProfit(), kRev / 100,
                 {{10, 8, 10}, {8, 6, 8}, {6, 4, 6}, {4, 2, 4}, {2, 0, 2}});
    add(QStringLiteral("2022 specialized net_margin loss"), {pk, t, r, QStringLiteral("net_margin"), netProfit()(-kRev / 10), QStringLiteral("0")});
    debtBands(pk, t, r, QStringLiteral("debt_ratio"), {{50, 5, 3}, {60, 3, 1}, {70, 1, 0}});
    for (const auto &[score, pts] : std::vector<std::pair<qint64, QString>>{{0, QStringLiteral("0")}, {125000, QStringLiteral("12.5")}, {150000, QStringLiteral("15")}})
        add(QStringLiteral("2022 specialized local feature %1").arg(score), {pk, t, r, QStringLiteral("local_feature"),
            [score = score](Profile &p) { p.localFeatureScore = score; }, pts});
    add(QStringLiteral("2022 specialized ip high value"), {pk, t, r, QStringLiteral("ip"), ip(1, 1, 1, 0), QStringLiteral("10")});
    add(QStringLiteral("2022 specialized ip self-developed"), {pk, t, r, QStringLiteral("ip"), ip(0, 1, 1, 0), QStringLiteral("8")});
    add(QStringLiteral("2022 specialized ip class1"), {pk, t, r, QStringLiteral("ip"), ip(0, 0, 1, 0), QStringLiteral("6")});
    add(QStringLiteral("2022 specialized ip class2"), {pk, t, r, QStringLiteral("ip"), ip(0, 0, 0, 3), QStringLiteral("2")});
    add(QStringLiteral("2022 specialized ip none"), {pk, t, r, QStringLiteral("ip"), ip(0, 0, 0, 0), QStringLiteral("0")});
    // R&D amount (revenue so large that the ratio stays tiny) ...
    const qint64 hugeRev = 10000000000LL; // 100亿: 500万 is 0.05 %
    for (const auto &[wan, below, at] : std::vector<std::tuple<int, int, int>>{{500, 8, 10}, {400, 6, 8}, {300, 4, 6}, {200, 2, 4}, {100, 0, 2}})
        triple(QStringLiteral("rd amount"), pk, t, r, QStringLiteral("rd"), rdOfRevenue(hugeRev), wan * W,
               QString::number(below), QString::number(at), QString::number(at));
    // ... and R&D ratio (revenue so small that the amount stays under 100万).
    const qint64 smallRev = 9000000; // 900万: 10 % is 90万
    for (const auto &[pct, below, at] : std::vector<std::tuple<int, int, int>>{{10, 8, 10}, {8, 6, 8}, {6, 4, 6}, {4, 2, 4}, {3, 0, 2}})
        triple(QStringLiteral("rd ratio"), pk, t, r, QStringLiteral("rd"), rdOfRevenue(smallRev), pct * smallRev / 100,
               QString::number(below), QString::number(at), QString::number(at));
    percentBands(pk, t, r, QStringLiteral("rd_staff"), staffOf(false), 10, {{20, 3, 5}, {10, 1, 3}, {5, 0, 1}});
    for (const auto &[level, pts] : std::vector<std::pair<const char *, int>>{{"national", 10}, {"provincial", 8}, {"city", 4}, {"below_city", 2}, {"none", 0}})
        add(QStringLiteral("2022 specialized institution %1").arg(QString::fromLatin1(level)), {pk, t, r, QStringLiteral("rd_institution"),
            [level = level](Profile &p) { p.innovation.rdInstitution = QString::fromLatin1(level); }, QString::number(pts)});

    // Conditions C1-C3.
    add(QStringLiteral("2022 specialized C1 niche 2y at"), {pk, t, r, QStringLiteral("niche_min_years"), nicheYears(2, 0), QStringLiteral("met")});
    add(QStringLiteral("2022 specialized C1 niche 2y short"), {pk, t, r, QStringLiteral("niche_min_years"), nicheYears(2, 1), QStringLiteral("unmet")});
    triple(QStringLiteral("C2 rd amount"), pk, t, r, QStringLiteral("rd_amount"), rdOfRevenue(), 100 * W,
           QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    triple(QStringLiteral("C2 rd ratio"), pk, t, r, QStringLiteral("rd_ratio"), rdOfRevenue(), 3 * kRev / 100,
           QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    triple(QStringLiteral("C3 revenue"), pk, t, r, QStringLiteral("revenue"), revenue1(), 1000 * W,
           QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    triple(QStringLiteral("C3 equity"), pk, t, r, QStringLiteral("revenue"),
           [](qint64 eq) { return Mutate([=](Profile &p) {
               revenue1()(500 * W)(p);
               year(p, Y - 1).equityFinancing = eq / 2;
               year(p, Y - 2).equityFinancing = eq - eq / 2;
           }); }, 2000 * W, QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    triple(QStringLiteral("direct avg rd"), pk, t, r, QStringLiteral("d_rd_average"),
           [](qint64 total) { return Mutate([=](Profile &p) {
               year(p, Y - 1).rdExpense = total / 2;
               year(p, Y - 2).rdExpense = total - total / 2;
           }); }, 2 * 1000 * W, QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    triple(QStringLiteral("direct equity"), pk, t, r, QStringLiteral("d_equity"),
           [](qint64 total) { return Mutate([=](Profile &p) { year(p, Y - 1).equityFinancing = total; }); },
           6000 * W, QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    auto award = [&](const QString &name, const QString &level, int rank, int yr, const char *exp) {
        add(QStringLiteral("2022 specialized direct award ") + name, {pk, t, r, QStringLiteral("d_award"), [=](Profile &p) {
            p.innovation.sciTechAwards = QList<SciTechAward>{{level, rank, yr}};
        }, QString::fromLatin1(exp)});
    };
    award(QStringLiteral("provincial rank 3"), QStringLiteral("provincial"), 3, Y - 1, "met");
    award(QStringLiteral("provincial rank 4"), QStringLiteral("provincial"), 4, Y - 1, "unmet");
    award(QStringLiteral("national rank 5"), QStringLiteral("national"), 5, Y - 3, "met");
    award(QStringLiteral("national rank 6"), QStringLiteral("national"), 6, Y - 1, "unmet");
    award(QStringLiteral("national rank 1, four years ago"), QStringLiteral("national"), 1, Y - 4, "unmet");
}

void build2022LittleGiant()
{
    const QString pk = QStringLiteral("2022");
    const QString t = QStringLiteral("little_giant");
    const QString r = QStringLiteral("little_giant");
    add(QStringLiteral("2022 LG niche 3y at"), {pk, t, r, QStringLiteral("niche_years"), nicheYears(3, 0), QStringLiteral("met")});
    add(QStringLiteral("2022 LG niche 3y short"), {pk, t, r, QStringLiteral("niche_years"), nicheYears(3, 1), QStringLiteral("unmet")});
    add(QStringLiteral("2022 LG operating 3y at"), {pk, t, r, QStringLiteral("operating_years"), [](Profile &p) { p.company.established = QDate(Y - 4, 12, 31); }, QStringLiteral("met")});
    add(QStringLiteral("2022 LG operating 3y short"), {pk, t, r, QStringLiteral("operating_years"), [](Profile &p) { p.company.established = QDate(Y - 3, 1, 1); }, QStringLiteral("unmet")});
    triple(QStringLiteral("main share"), pk, t, r, QStringLiteral("main_share"), mainOfRevenue(), 70 * kRev / 100,
           QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    triple(QStringLiteral("avg growth"), pk, t, r, QStringLiteral("avg_growth"),
           [](qint64 g) { return averageGrowth()(kRev + g); }, 2 * 5 * kRev / 100,
           QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    triple(QStringLiteral("debt"), pk, t, r, QStringLiteral("debt_ratio"), liabilitiesOfAssets(), 70 * kRev / 100,
           QStringLiteral("met"), QStringLiteral("met"), QStringLiteral("unmet"));
    triple(QStringLiteral("market share"), pk, t, r, QStringLiteral("market_share"),
           [](qint64 share) { return Mutate([=](Profile &p) { p.specialization.nationalMarketSharePct = share; }); },
           100000, QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    // Innovation (a) by revenue band: ≥1亿 → 3 % each year; [5000万, 1亿) → 6 % each year.
    auto rdBoth = [](qint64 rev, qint64 rd) {
        return Mutate([=](Profile &p) {
            for (int y : {Y - 1, Y - 2}) {
                year(p, y).operatingRevenue = rev;
                year(p, y).mainBusinessRevenue = rev;
                year(p, y).rdExpense = rd;
            }
        });
    };
    triple(QStringLiteral("innov 1yi 3%"), pk, t, r, QStringLiteral("innovation_rd"),
           [=](qint64 rd) { return rdBoth(kRev, rd); }, 3 * kRev / 100, QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    triple(QStringLiteral("innov 5000w 6%"), pk, t, r, QStringLiteral("innovation_rd"),
           [=](qint64 rd) { return rdBoth(kRev - 1, rd); }, 6 * (kRev - 1) / 100 + 1, QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    // The revenue line itself: 1亿 exactly takes the 3 % band, a yuan less the 6 % band.
    add(QStringLiteral("2022 LG innov revenue at 1yi with 4%"), {pk, t, r, QStringLiteral("innovation_rd"), rdBoth(kRev, 4 * kRev / 100), QStringLiteral("met")});
    add(QStringLiteral("2022 LG innov revenue below 1yi with 4%"), {pk, t, r, QStringLiteral("innovation_rd"), rdBoth(kRev - 1, 4 * kRev / 100), QStringLiteral("unmet")});
    add(QStringLiteral("2022 LG innov revenue at 5000w with 6%"), {pk, t, r, QStringLiteral("innovation_rd"), rdBoth(5000 * W, 300 * W), QStringLiteral("met")});
    add(QStringLiteral("2022 LG innov revenue below 5000w, no equity"), {pk, t, r, QStringLiteral("innovation_rd"), rdBoth(5000 * W - 1, 300 * W), QStringLiteral("unmet")});
    add(QStringLiteral("2022 LG innov below 5000w, equity route"), {pk, t, r, QStringLiteral("innovation_rd"), [=](Profile &p) {
        rdBoth(4000 * W, 1500 * W)(p);
        year(p, Y - 1).equityFinancing = 8000 * W;
        year(p, Y - 1).rdStaff = 100;
        year(p, Y - 1).employees = 200;
    }, QStringLiteral("met")});
    add(QStringLiteral("2022 LG innov below 5000w, staff 1 short"), {pk, t, r, QStringLiteral("innovation_rd"), [=](Profile &p) {
        rdBoth(4000 * W, 1500 * W)(p);
        year(p, Y - 1).equityFinancing = 8000 * W;
        year(p, Y - 1).rdStaff = 99;
        year(p, Y - 1).employees = 200;
    }, QStringLiteral("unmet")});
    add(QStringLiteral("2022 LG innov direct: national award rank 3"), {pk, t, r, QStringLiteral("innovation_rd"), [=](Profile &p) {
        rdBoth(kRev, 0)(p);
        p.innovation.sciTechAwards = QList<SciTechAward>{{QStringLiteral("national"), 3, Y - 2}};
    }, QStringLiteral("met")});
    add(QStringLiteral("2022 LG innov direct: chuangke top500 is not enough"), {pk, t, r, QStringLiteral("innovation_rd"), [=](Profile &p) {
        rdBoth(kRev, 0)(p);
        p.innovation.chuangkeChina = QList<ChuangkeEntry>{{Y - 1, QStringLiteral("top500")}};
    }, QStringLiteral("unmet")});
    triple(QStringLiteral("ip applied"), pk, t, r, QStringLiteral("innovation_ip"),
           count([](Profile &p, qint64 n) { p.innovation.ip.class1 = n; p.innovation.ip.class1Applied = n; }), 2,
           QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
}

void buildTechSme()
{
    const QString pk = QStringLiteral("2026");
    const QString t = QStringLiteral("innovative");
    const QString r = QStringLiteral("tech_sme");
    percentBands(pk, t, r, QStringLiteral("tech_staff"), staffOf(true), 10, {{30, 16, 20}, {25, 12, 16}, {20, 8, 12}, {15, 4, 8}, {10, 0, 4}});
    percentBands(pk, t, r, QStringLiteral("rd_input"), rdOfRevenue(), kRev / 100, {{6, 40, 50}, {5, 30, 40}, {4, 20, 30}, {3, 10, 20}, {2, 0, 10}});
    const auto byCost = [](qint64 rd) {
        return Mutate([=](Profile &p) {
            p.innovation.rdMeasure = QStringLiteral("cost");
            year(p, Y - 1).costExpenseTotal = kRev;
            year(p, Y - 1).rdExpense = rd;
            year(p, Y - 1).operatingRevenue = 100 * kRev; // the revenue measure would score 0
        });
    };
    percentBands(pk, t, r, QStringLiteral("rd_input"), byCost, kRev / 100, {{30, 40, 50}, {25, 30, 40}, {20, 20, 30}, {15, 10, 20}, {10, 0, 10}});
    add(QStringLiteral("2026 tech results class1"), {pk, t, r, QStringLiteral("results"), ip(0, 0, 1, 0), QStringLiteral("30")});
    for (const auto &[n, pts] : std::vector<std::pair<int, int>>{{5, 24}, {4, 24}, {3, 18}, {2, 12}, {1, 6}, {0, 0}})
        add(QStringLiteral("2026 tech results class2 %1").arg(n), {pk, t, r, QStringLiteral("results"), ip(0, 0, 0, n), QString::number(pts)});
    // 115号 第六条（四）: the accident window is 上一年及当年. A "yes" to the
    // three-year attestation covers it; a "no" leaves it to the department.
    add(QStringLiteral("2026 tech accident window: none in three years"), {pk, t, r, QStringLiteral("tech_no_accident"),
        [](Profile &p) { p.company.attestations.noMajorAccident3y = true; }, QStringLiteral("met")});
    add(QStringLiteral("2026 tech accident window: one in three years"), {pk, t, r, QStringLiteral("tech_no_accident"),
        [](Profile &p) { p.company.attestations.noMajorAccident3y = false; }, QStringLiteral("manual_review")});
    add(QStringLiteral("2026 tech accident window: unanswered"), {pk, t, r, QStringLiteral("tech_no_accident"),
        [](Profile &p) { p.company.attestations.noMajorAccident3y.reset(); }, QStringLiteral("missing_data")});
    // ... and the three-year condition of the 2026 办法 is not this route's.
    add(QStringLiteral("2026 tech route: one accident in three years, none checked for 3 years"), {pk, t, r, QStringLiteral("tech_no_accident"),
        [](Profile &p) { p.company.attestations.noMajorAccident3y = false; }, QStringLiteral("manual_review")});
    // The general three-year condition of the 2026 办法 still holds on the other route.
    add(QStringLiteral("2026 innovative route accident: one in three years"), {pk, t, QStringLiteral("innovative"), QStringLiteral("no_major_accident"),
        [](Profile &p) { p.company.attestations.noMajorAccident3y = false; }, QStringLiteral("unmet")});
    triple(QStringLiteral("employees"), pk, t, r, QStringLiteral("tech_employees"),
           count([](Profile &p, qint64 n) { year(p, Y - 1).employees = n; }), 500,
           QStringLiteral("met"), QStringLiteral("met"), QStringLiteral("unmet"));
    triple(QStringLiteral("revenue"), pk, t, r, QStringLiteral("tech_revenue"), revenue1(), 20000 * W,
           QStringLiteral("met"), QStringLiteral("met"), QStringLiteral("unmet"));
    triple(QStringLiteral("assets"), pk, t, r, QStringLiteral("tech_assets"),
           count([](Profile &p, qint64 n) { year(p, Y - 1).totalAssets = n; }), 20000 * W,
           QStringLiteral("met"), QStringLiteral("met"), QStringLiteral("unmet"));
}

void build2026Specialized()
{
    const QString pk = QStringLiteral("2026");
    const QString t = QStringLiteral("specialized");
    const QString r = QStringLiteral("specialized");
    add(QStringLiteral("2026 specialized niche 3y at"), {pk, t, r, QStringLiteral("niche_years"), nicheYears(3, 0), QStringLiteral("met")});
    add(QStringLiteral("2026 specialized niche 3y short"), {pk, t, r, QStringLiteral("niche_years"), nicheYears(3, 1), QStringLiteral("unmet")});
    triple(QStringLiteral("revenue"), pk, t, r, QStringLiteral("revenue"), revenue1(), 1500 * W,
           QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    triple(QStringLiteral("equity"), pk, t, r, QStringLiteral("revenue"),
           [](qint64 eq) { return Mutate([=](Profile &p) {
               revenue1()(1000 * W)(p);
               year(p, Y - 2).equityFinancing = eq;
           }); }, 2000 * W, QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    triple(QStringLiteral("main share"), pk, t, r, QStringLiteral("main_share"), mainOfRevenue(), 80 * kRev / 100,
           QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    triple(QStringLiteral("debt"), pk, t, r, QStringLiteral("debt_ratio"), liabilitiesOfAssets(), 80 * kRev / 100,
           QStringLiteral("met"), QStringLiteral("met"), QStringLiteral("unmet"));
    for (int y : {1, 2}) {
        const QString suffix = QString::number(y);
        triple(QStringLiteral("rd amount y") + suffix, pk, t, r, QStringLiteral("rd_amount_y") + suffix,
               count([y](Profile &p, qint64 n) { year(p, Y - y).rdExpense = n; year(p, Y - y).operatingRevenue = 1000 * W; }), 100 * W,
               QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
        triple(QStringLiteral("rd ratio y") + suffix, pk, t, r, QStringLiteral("rd_ratio_y") + suffix,
               count([y](Profile &p, qint64 n) { year(p, Y - y).rdExpense = n; year(p, Y - y).operatingRevenue = kRev; }), 3 * kRev / 100,
               QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    }
    triple(QStringLiteral("ip"), pk, t, r, QStringLiteral("ip"),
           count([](Profile &p, qint64 n) { p.innovation.ip.class1 = n; p.innovation.ip.class1Applied = n; }), 1,
           QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    add(QStringLiteral("2026 specialized ip waived by provincial institution"), {pk, t, r, QStringLiteral("ip"),
        [](Profile &p) { p.innovation.rdInstitution = QStringLiteral("provincial"); }, QStringLiteral("met")});
    add(QStringLiteral("2026 specialized ip waived by provincial award rank 3"), {pk, t, r, QStringLiteral("ip"),
        [](Profile &p) { p.innovation.sciTechAwards = QList<SciTechAward>{{QStringLiteral("provincial"), 3, Y - 1}}; }, QStringLiteral("met")});
    add(QStringLiteral("2026 specialized ip not waived by provincial award rank 4"), {pk, t, r, QStringLiteral("ip"),
        [](Profile &p) { p.innovation.sciTechAwards = QList<SciTechAward>{{QStringLiteral("provincial"), 4, Y - 1}}; }, QStringLiteral("unmet")});
    auto dev = [&](const QString &name, qint64 score, bool renewal, QList<DevelopmentScore> extra, const char *exp) {
        add(QStringLiteral("2026 specialized dev score ") + name, {pk, t, r, QStringLiteral("dev_score"), [=](Profile &p) {
            QList<DevelopmentScore> s = extra;
            if (score >= 0)
                s.append({Y, score});
            p.specialization.developmentScores = s;
            p.specialization.renewal = renewal;
        }, QString::fromLatin1(exp)});
    };
    dev(QStringLiteral("50 at"), 500000, false, {}, "met");
    dev(QStringLiteral("49.9999 below"), 499999, false, {}, "unmet");
    dev(QStringLiteral("50.0001 above"), 500001, false, {}, "met");
    dev(QStringLiteral("not entered"), -1, false, {}, "manual_review");
    dev(QStringLiteral("renewal, last year 50"), 400000, true, {{Y - 1, 500000}}, "met");
    dev(QStringLiteral("new, last year 50 but this year 40"), 400000, false, {{Y - 1, 500000}}, "unmet");
}

void build2026LittleGiant()
{
    const QString pk = QStringLiteral("2026");
    const QString t = QStringLiteral("little_giant");
    const QString r = QStringLiteral("little_giant");
    triple(QStringLiteral("revenue"), pk, t, r, QStringLiteral("revenue"), revenue1(), 5000 * W,
           QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    triple(QStringLiteral("main share"), pk, t, r, QStringLiteral("main_share"), mainOfRevenue(), 90 * kRev / 100,
           QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    // CAGR ≥ 5 %: rev(2025) * 10000 ≥ rev(2023) * 11025 exactly.
    triple(QStringLiteral("cagr"), pk, t, r, QStringLiteral("revenue_cagr"),
           count([](Profile &p, qint64 rev1) {
               year(p, Y - 3).operatingRevenue = 100000000;
               year(p, Y - 1).operatingRevenue = rev1;
           }), 110250000, QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    add(QStringLiteral("2026 LG cagr not checked on renewal"), {pk, t, r, QStringLiteral("revenue_cagr"), [](Profile &p) {
        year(p, Y - 3).operatingRevenue = 100000000;
        year(p, Y - 1).operatingRevenue = 90000000;
        p.specialization.renewal = true;
    }, QStringLiteral("met")});
    triple(QStringLiteral("debt"), pk, t, r, QStringLiteral("debt_ratio"), liabilitiesOfAssets(), 75 * kRev / 100,
           QStringLiteral("met"), QStringLiteral("met"), QStringLiteral("unmet"));
    triple(QStringLiteral("rd total"), pk, t, r, QStringLiteral("rd_total"),
           count([](Profile &p, qint64 total) { year(p, Y - 1).rdExpense = total / 2; year(p, Y - 2).rdExpense = total - total / 2; }),
           1200 * W, QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    triple(QStringLiteral("ip applied"), pk, t, r, QStringLiteral("ip"),
           count([](Profile &p, qint64 n) { p.innovation.ip.class1 = n; p.innovation.ip.class1Applied = n; }), 4,
           QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    triple(QStringLiteral("national share"), pk, t, r, QStringLiteral("market_share"),
           count([](Profile &p, qint64 s) { p.specialization.nationalMarketSharePct = s; }), 100000,
           QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    triple(QStringLiteral("international share"), pk, t, r, QStringLiteral("market_share"),
           count([](Profile &p, qint64 s) { p.specialization.internationalMarketSharePct = s; }), 100000,
           QStringLiteral("unmet"), QStringLiteral("met"), QStringLiteral("met"));
    triple(QStringLiteral("domestic rank"), pk, t, r, QStringLiteral("market_share"),
           count([](Profile &p, qint64 rank) { p.specialization.domesticRank = rank; }), 3,
           QStringLiteral("met"), QStringLiteral("met"), QStringLiteral("unmet"));
    add(QStringLiteral("2026 LG dev score 60 at"), {pk, t, r, QStringLiteral("dev_score"), [](Profile &p) {
        p.specialization.developmentScores = QList<DevelopmentScore>{{Y, 600000}}; }, QStringLiteral("met")});
    add(QStringLiteral("2026 LG dev score 59.9999"), {pk, t, r, QStringLiteral("dev_score"), [](Profile &p) {
        p.specialization.developmentScores = QList<DevelopmentScore>{{Y, 599999}}; }, QStringLiteral("unmet")});
    add(QStringLiteral("2026 LG field six foundations"), {pk, t, r, QStringLiteral("product_field"), [](Profile &p) {
        p.specialization.field = QStringList{QStringLiteral("six_foundations")}; }, QStringLiteral("met")});
    add(QStringLiteral("2026 LG field emerging + key link"), {pk, t, r, QStringLiteral("product_field"), [](Profile &p) {
        p.specialization.field = QStringList{QStringLiteral("emerging_or_future_industry")}; p.specialization.chainKeyLink = true; }, QStringLiteral("met")});
    add(QStringLiteral("2026 LG field emerging, not a key link"), {pk, t, r, QStringLiteral("product_field"), [](Profile &p) {
        p.specialization.field = QStringList{QStringLiteral("emerging_or_future_industry")}; p.specialization.chainKeyLink = false; }, QStringLiteral("unmet")});
    // 改造提升传统产业 at a key link qualifies as much as the emerging and future industries.
    add(QStringLiteral("2026 LG field traditional upgrading + key link"), {pk, t, r, QStringLiteral("product_field"), [](Profile &p) {
        p.specialization.field = QStringList{QStringLiteral("traditional_industry_upgrading")}; p.specialization.chainKeyLink = true; }, QStringLiteral("met")});
    add(QStringLiteral("2026 LG field traditional upgrading, not a key link"), {pk, t, r, QStringLiteral("product_field"), [](Profile &p) {
        p.specialization.field = QStringList{QStringLiteral("traditional_industry_upgrading")}; p.specialization.chainKeyLink = false; }, QStringLiteral("unmet")});
    add(QStringLiteral("2026 LG field key link, no listed field"), {pk, t, r, QStringLiteral("product_field"), [](Profile &p) {
        p.specialization.field = QStringList{QStringLiteral("strategic_emerging")}; p.specialization.chainKeyLink = true; }, QStringLiteral("unmet")});
    // The key-link clause binds the three industries, not 工业六基 (the pack's reading).
    add(QStringLiteral("2026 LG field six foundations, not a key link"), {pk, t, r, QStringLiteral("product_field"), [](Profile &p) {
        p.specialization.field = QStringList{QStringLiteral("six_foundations")}; p.specialization.chainKeyLink = false; }, QStringLiteral("met")});
}

// 近三年 / 近五年 (awards, standards, 创客中国): the assessment year counts and so
// do the N calendar years before it ("2023年以来" for a 2026 application).
// Each window at its edges: a year before its first year, its first year, the
// assessment year, the year after.
void buildWindows()
{
    const auto award = [](const QString &level, int rank, int yr) {
        return Mutate([=](Profile &p) { p.innovation.sciTechAwards = QList<SciTechAward>{{level, rank, yr}}; });
    };
    const auto chuangke = [](const QString &group, int yr) {
        return Mutate([=](Profile &p) { p.innovation.chuangkeChina = QList<ChuangkeEntry>{{yr, group}}; });
    };
    const auto standard = [](const QString &level, int yr) {
        return Mutate([=](Profile &p) { p.innovation.standardsLed = QList<StandardLed>{{yr, level}}; });
    };
    struct Window
    {
        QString pack, tier, route, item;
        int years;
        std::function<Mutate(int)> entry;
    };
    const QString nat = QStringLiteral("national");
    const QString prov = QStringLiteral("provincial");
    const std::vector<Window> windows = {
        {QStringLiteral("2022"), QStringLiteral("innovative"), QStringLiteral("innovative"), QStringLiteral("d_award"), 3,
         [=](int y) { return award(prov, 9, y); }},
        {QStringLiteral("2022"), QStringLiteral("specialized"), QStringLiteral("specialized"), QStringLiteral("d_award"), 3,
         [=](int y) { return award(prov, 3, y); }},
        {QStringLiteral("2022"), QStringLiteral("specialized"), QStringLiteral("specialized"), QStringLiteral("d_chuangke"), 3,
         [=](int y) { return chuangke(QStringLiteral("top500"), y); }},
        {QStringLiteral("2026"), QStringLiteral("innovative"), QStringLiteral("innovative"), QStringLiteral("d_award"), 3,
         [=](int y) { return award(nat, 9, y); }},
        {QStringLiteral("2026"), QStringLiteral("innovative"), QStringLiteral("tech_sme"), QStringLiteral("t_award"), 5,
         [=](int y) { return award(nat, 3, y); }},
        {QStringLiteral("2026"), QStringLiteral("innovative"), QStringLiteral("tech_sme"), QStringLiteral("t_standard"), 5,
         [=](int y) { return standard(QStringLiteral("industry"), y); }},
        {QStringLiteral("2026"), QStringLiteral("specialized"), QStringLiteral("specialized"), QStringLiteral("ip"), 3,
         [=](int y) { return award(prov, 3, y); }},
        {QStringLiteral("2026"), QStringLiteral("little_giant"), QStringLiteral("little_giant"), QStringLiteral("ip"), 3,
         [=](int y) { return award(nat, 3, y); }},
    };
    for (const Window &w : windows) {
        const QString name = QStringLiteral("%1 %2/%3 window %4y ").arg(w.pack, w.route, w.item).arg(w.years);
        add(name + QStringLiteral("year before the first"), {w.pack, w.tier, w.route, w.item, w.entry(Y - w.years - 1), QStringLiteral("unmet")});
        add(name + QStringLiteral("first year"), {w.pack, w.tier, w.route, w.item, w.entry(Y - w.years), QStringLiteral("met")});
        add(name + QStringLiteral("last year"), {w.pack, w.tier, w.route, w.item, w.entry(Y - 1), QStringLiteral("met")});
        add(name + QStringLiteral("assessment year"), {w.pack, w.tier, w.route, w.item, w.entry(Y), QStringLiteral("met")});
        add(name + QStringLiteral("year after"), {w.pack, w.tier, w.route, w.item, w.entry(Y + 1), QStringLiteral("unmet")});
    }
}

// A ratio over zero (R&D over zero revenue, 0/0, growth from zero) has no
// value: it earns the lowest band and meets no line, though every figure is
// entered; the same in scores, conditions, average and single growth.
void buildZeroBases()
{
    const auto zeroRevenue = [](qint64 rd, qint64 main) {
        return Mutate([=](Profile &p) {
            year(p, Y - 1).operatingRevenue = 0;
            year(p, Y - 1).mainBusinessRevenue = main;
            year(p, Y - 1).rdExpense = rd;
        });
    };
    for (const QString &pk : {QStringLiteral("2022"), QStringLiteral("2026")}) {
        const QString t = QStringLiteral("innovative");
        add(pk + QStringLiteral(" zero revenue: innovative rd_ratio"), {pk, t, t, QStringLiteral("rd_ratio"), zeroRevenue(1000 * W, 0), QStringLiteral("0")});
        add(pk + QStringLiteral(" zero revenue, zero R&D: innovative rd_ratio"), {pk, t, t, QStringLiteral("rd_ratio"), zeroRevenue(0, 0), QStringLiteral("0")});
        add(pk + QStringLiteral(" 0/0 main share: innovative main_share"), {pk, t, t, QStringLiteral("main_share"), zeroRevenue(0, 0), QStringLiteral("0")});
        add(pk + QStringLiteral(" growth from zero: innovative main_growth"), {pk, t, t, QStringLiteral("main_growth"), [](Profile &p) {
            year(p, Y - 2).mainBusinessRevenue = 0;
            year(p, Y - 1).mainBusinessRevenue = kRev;
        }, QStringLiteral("0")});
        // The smallest base above zero: the growth is defined and top.
        add(pk + QStringLiteral(" growth from 1 yuan: innovative main_growth"), {pk, t, t, QStringLiteral("main_growth"), [](Profile &p) {
            year(p, Y - 2).mainBusinessRevenue = 1;
            year(p, Y - 1).mainBusinessRevenue = kRev;
        }, QStringLiteral("20")});
        add(pk + QStringLiteral(" zero assets: innovative debt_ratio"), {pk, t, t, QStringLiteral("debt_ratio"), [](Profile &p) {
            year(p, Y - 1).totalAssets = 0;
            year(p, Y - 1).totalLiabilities = 0;
        }, QStringLiteral("0")});
    }
    const QString r26 = QStringLiteral("2026");
    const QString tech = QStringLiteral("tech_sme");
    const QString inn = QStringLiteral("innovative");
    add(QStringLiteral("2026 zero revenue: tech rd_input by revenue"), {r26, inn, tech, QStringLiteral("rd_input"), zeroRevenue(1000 * W, 0), QStringLiteral("0")});
    add(QStringLiteral("2026 zero revenue, 1 yuan: tech rd_input by revenue"), {r26, inn, tech, QStringLiteral("rd_input"), [](Profile &p) {
        year(p, Y - 1).operatingRevenue = 1;
        year(p, Y - 1).mainBusinessRevenue = 1;
        year(p, Y - 1).rdExpense = 1;
    }, QStringLiteral("50")});
    add(QStringLiteral("2026 zero cost total: tech rd_input by cost"), {r26, inn, tech, QStringLiteral("rd_input"), [](Profile &p) {
        p.innovation.rdMeasure = QStringLiteral("cost");
        year(p, Y - 1).costExpenseTotal = 0;
    }, QStringLiteral("0")});
    add(QStringLiteral("2026 zero employees: tech tech_staff"), {r26, inn, tech, QStringLiteral("tech_staff"), [](Profile &p) {
        year(p, Y - 1).employees = 0;
        year(p, Y - 1).techStaff = 0;
        year(p, Y - 1).rdStaff = 0;
    }, QStringLiteral("0")});
    // 2022 专精特新: R&D amount or ratio, the better: the amount still counts.
    const QString pk = QStringLiteral("2022");
    const QString sp = QStringLiteral("specialized");
    add(QStringLiteral("2022 zero revenue: specialized rd by amount 500万"), {pk, sp, sp, QStringLiteral("rd"), zeroRevenue(500 * W, 0), QStringLiteral("10")});
    add(QStringLiteral("2022 zero revenue: specialized rd by amount 99万"), {pk, sp, sp, QStringLiteral("rd"), zeroRevenue(99 * W, 0), QStringLiteral("0")});
    add(QStringLiteral("2022 zero revenue: specialized rd_ratio condition"), {pk, sp, sp, QStringLiteral("rd_ratio"), zeroRevenue(500 * W, 0), QStringLiteral("unmet")});
    add(QStringLiteral("2022 zero revenue: specialized net_margin"), {pk, sp, sp, QStringLiteral("net_margin"), zeroRevenue(0, 0), QStringLiteral("0")});
    // An average growth with a zero base year: the lowest band, not "missing".
    const auto zeroBaseYear = [](Profile &p) {
        year(p, Y - 3).mainBusinessRevenue = 0;
        year(p, Y - 2).mainBusinessRevenue = kRev;
        year(p, Y - 1).mainBusinessRevenue = 2 * kRev;
        year(p, Y - 2).operatingRevenue = kRev;
        year(p, Y - 1).operatingRevenue = 2 * kRev;
    };
    // The year from zero has no value; the mean is that of the other year
    // (100 %), said so — not the lowest band, not "missing".
    add(QStringLiteral("2022 growth from zero: specialized avg_growth"), {pk, sp, sp, QStringLiteral("avg_growth"), zeroBaseYear, QStringLiteral("10")});
    add(QStringLiteral("2022 growth from zero: LG avg_growth"), {pk, QStringLiteral("little_giant"), QStringLiteral("little_giant"), QStringLiteral("avg_growth"), zeroBaseYear, QStringLiteral("met")});
    // At, just below and just above the 10 % band on the one year left.
    const auto oneYearLeft = [](qint64 last) {
        return Mutate([=](Profile &p) {
            year(p, Y - 3).mainBusinessRevenue = 0;
            year(p, Y - 2).mainBusinessRevenue = kRev;
            year(p, Y - 1).mainBusinessRevenue = last;
            year(p, Y - 2).operatingRevenue = kRev;
            year(p, Y - 1).operatingRevenue = last;
        });
    };
    add(QStringLiteral("2022 zero base, other year at 10 %: specialized avg_growth"), {pk, sp, sp, QStringLiteral("avg_growth"), oneYearLeft(kRev + kRev / 10), QStringLiteral("10")});
    add(QStringLiteral("2022 zero base, other year just below 10 %: specialized avg_growth"), {pk, sp, sp, QStringLiteral("avg_growth"), oneYearLeft(kRev + kRev / 10 - 1), QStringLiteral("8")});
    add(QStringLiteral("2022 zero base, other year just above 10 %: specialized avg_growth"), {pk, sp, sp, QStringLiteral("avg_growth"), oneYearLeft(kRev + kRev / 10 + 1), QStringLiteral("10")});
    add(QStringLiteral("2022 zero base, other year at 5 %: LG avg_growth"), {pk, QStringLiteral("little_giant"), QStringLiteral("little_giant"), QStringLiteral("avg_growth"), oneYearLeft(kRev + kRev / 20), QStringLiteral("met")});
    add(QStringLiteral("2022 zero base, other year just below 5 %: LG avg_growth"), {pk, QStringLiteral("little_giant"), QStringLiteral("little_giant"), QStringLiteral("avg_growth"), oneYearLeft(kRev + kRev / 20 - 1), QStringLiteral("unmet")});
    // Both years from zero: no year has a value; the lowest band.
    const auto bothZero = [](Profile &p) {
        year(p, Y - 3).mainBusinessRevenue = 0;
        year(p, Y - 2).mainBusinessRevenue = 0;
        year(p, Y - 1).mainBusinessRevenue = kRev;
        year(p, Y - 2).operatingRevenue = 0;
        year(p, Y - 1).operatingRevenue = kRev;
    };
    add(QStringLiteral("2022 both years from zero: specialized avg_growth"), {pk, sp, sp, QStringLiteral("avg_growth"), bothZero, QStringLiteral("0")});
    add(QStringLiteral("2022 both years from zero: LG avg_growth"), {pk, QStringLiteral("little_giant"), QStringLiteral("little_giant"), QStringLiteral("avg_growth"), bothZero, QStringLiteral("unmet")});
    const QString lg = QStringLiteral("little_giant");
    add(QStringLiteral("2022 zero assets: LG debt_ratio"), {pk, lg, lg, QStringLiteral("debt_ratio"), [](Profile &p) {
        year(p, Y - 1).totalAssets = 0;
        year(p, Y - 1).totalLiabilities = 0;
    }, QStringLiteral("unmet")});
    add(QStringLiteral("2026 zero revenue: specialized main_share"), {r26, sp, sp, QStringLiteral("main_share"), zeroRevenue(0, 0), QStringLiteral("unmet")});
    add(QStringLiteral("2026 zero revenue: specialized rd_ratio_y1"), {r26, sp, sp, QStringLiteral("rd_ratio_y1"), zeroRevenue(500 * W, 0), QStringLiteral("unmet")});
    add(QStringLiteral("2026 compound growth from zero: LG revenue_cagr"), {r26, lg, lg, QStringLiteral("revenue_cagr"), [](Profile &p) {
        year(p, Y - 3).operatingRevenue = 0;
        year(p, Y - 3).mainBusinessRevenue = 0;
    }, QStringLiteral("unmet")});
}

void buildAll()
{
    if (!cases().empty())
        return;
    buildWindows();
    buildZeroBases();
    buildInnovative(QStringLiteral("2022"));
    buildInnovative(QStringLiteral("2026"));
    build2022Specialized();
    build2022LittleGiant();
    buildTechSme();
    build2026Specialized();
    build2026LittleGiant();
}

} // namespace

class TestBands : public QObject
{
    Q_OBJECT
private slots:
    void boundary_data()
    {
        buildAll();
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < cases().size(); ++i)
            QTest::newRow(qPrintable(cases()[i].first)) << int(i);
    }

    void boundary()
    {
        QFETCH(int, index);
        const Case &c = cases()[std::size_t(index)].second;
        Profile p = baseProfile();
        c.mutate(p);
        const rules::Assessment a = assess(p, c.pack);
        const rules::RouteResult *r = route(a, c.tier, c.route);
        QVERIFY2(r, "route not found");
        if (const rules::IndicatorResult *i = indicator(r, c.item)) {
            QCOMPARE(i->points.toString(4), c.expected);
            QCOMPARE(i->pointsUpper.toString(4), c.expected); // every input known: settled
            return;
        }
        const rules::ConditionResult *cond = condition(r, c.item);
        QVERIFY2(cond, qPrintable(QStringLiteral("no indicator or condition '%1'").arg(c.item)));
        QCOMPARE(rules::statusId(cond->status), c.expected);
    }

    void everyIndicatorIsCovered()
    {
        // A new indicator in a pack must come with its boundary cases here.
        buildAll();
        QSet<QString> covered;
        for (const auto &[name, c] : cases())
            covered.insert(c.pack + u'/' + c.route + u'/' + c.item);
        for (const QString &packId : {QStringLiteral("2022"), QStringLiteral("2026")}) {
            const auto pk = pack(packId);
            QVERIFY(pk);
            for (const rules::Tier &tier : pk->tiers) {
                for (const rules::Route &route : tier.routes) {
                    if (!route.score)
                        continue;
                    for (const rules::Indicator &ind : route.score->indicators)
                        QVERIFY2(covered.contains(packId + u'/' + route.id + u'/' + ind.id),
                                 qPrintable(packId + u'/' + route.id + u'/' + ind.id));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBands)
#include "test_bands.moc"
