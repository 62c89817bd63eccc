// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the rules suites: a profile where every input is known and
// moderate, so that one mutation moves exactly one figure, and lookups of one
// indicator's or condition's result.

#include "rules/Evaluator.h"

#include <QTest>
#include <functional>

namespace srdi::test {

constexpr qint64 W = 10000; // yuan per 万元
constexpr int Y = 2026;     // the assessment year of the fixtures

inline Profile baseProfile()
{
    Profile p;
    p.assessmentYear = Y;
    p.assessmentDate = QDate(Y, 11, 23);
    p.company.name = QStringLiteral("测试企业");
    p.company.industry = QStringLiteral("C34");
    p.company.region = QStringLiteral("620100");
    p.company.established = QDate(2010, 1, 1);
    p.company.nicheSince = QDate(2012, 1, 1);
    p.company.recognitions = QList<Recognition>{};
    p.company.attestations = {true, true, true};
    for (int y = Y - 3; y <= Y - 1; ++y) {
        FiscalYear fy;
        fy.year = y;
        fy.operatingRevenue = 10000 * W;
        fy.mainBusinessRevenue = 8500 * W;
        fy.rdExpense = 500 * W;
        fy.costExpenseTotal = 9000 * W;
        fy.netProfit = 500 * W;
        fy.totalAssets = 10000 * W;
        fy.totalLiabilities = 4000 * W;
        fy.employees = 200;
        fy.rdStaff = 30;
        fy.techStaff = 40;
        fy.equityFinancing = 0;
        p.years.append(fy);
    }
    p.innovation.ip = {0, 0, 0, 0, 0};
    p.innovation.rdInstitution = QStringLiteral("none");
    p.innovation.rdInstitutionOwnOrJoint = true;
    p.innovation.sciTechAwards = QList<SciTechAward>{};
    p.innovation.honors = QStringList{};
    p.innovation.chuangkeChina = QList<ChuangkeEntry>{};
    p.innovation.standardsLed = QList<StandardLed>{};
    p.innovation.rdMeasure = QStringLiteral("revenue");
    p.refinement.digitalLevel = 1;
    p.refinement.coreBusinessOnSystem = true;
    p.refinement.qualityAward = QStringLiteral("none");
    p.refinement.qualitySystemCert = false;
    p.refinement.ownBrand = false;
    p.refinement.standardsParticipation = false;
    p.refinement.mgmtOrIntlProductCert = true;
    p.specialization.field = QStringList{};
    p.specialization.nationalMarketSharePct = 0;
    p.specialization.internationalMarketSharePct = 0;
    p.specialization.domesticRank = 20;
    p.specialization.marketLeading = true;
    p.specialization.chainKeyLink = true;
    p.specialization.developmentScores = QList<DevelopmentScore>{};
    p.specialization.renewal = false;
    p.localFeatureScore = 0;
    return p;
}

inline FiscalYear &year(Profile &p, int y)
{
    return p.ensureYear(y);
}

inline std::shared_ptr<const rules::RulePack> pack(const QString &id)
{
    auto &packs = rules::RulePacks::instance();
    const QStringList problems = packs.load(QStringLiteral("/nonexistent-user-rules"));
    if (!problems.isEmpty())
        qWarning("%s", qPrintable(problems.join(u'\n')));
    return packs.pack(id);
}

inline rules::Assessment assess(const Profile &p, const QString &packId)
{
    return rules::Evaluator::evaluate(p, pack(packId), QDate(Y, 11, 23));
}

inline const rules::RouteResult *route(const rules::Assessment &a, const QString &tier, const QString &routeId)
{
    const rules::TierResult *t = a.tier(tier);
    if (!t)
        return nullptr;
    for (const rules::RouteResult &r : t->routes) {
        if (r.rule->id == routeId)
            return &r;
    }
    return nullptr;
}

inline const rules::IndicatorResult *indicator(const rules::RouteResult *r, const QString &id)
{
    if (!r)
        return nullptr;
    for (const rules::IndicatorResult &i : r->indicators) {
        if (i.rule->id == id)
            return &i;
    }
    return nullptr;
}

inline const rules::ConditionResult *condition(const rules::RouteResult *r, const QString &id)
{
    if (!r)
        return nullptr;
    for (const rules::ConditionResult &c : r->conditions) {
        if (c.rule->id == id)
            return &c;
    }
    for (const rules::ConditionResult &c : r->direct) {
        if (c.rule->id == id)
            return &c;
    }
    return nullptr;
}

} // namespace srdi::test
