// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleProfile.h"

namespace srdi {

namespace {
constexpr qint64 kWan = 10000; // yuan per 万元
}

Profile sampleProfile(int y)
{
    Profile p;
    p.assessmentYear = y;
    p.company.name = QStringLiteral("示例企业：兰州精工数控主轴有限公司");
    p.company.region = QStringLiteral("620100");
    p.company.industry = QStringLiteral("C34");
    p.company.established = QDate(y - 11, 3, 1);
    p.company.nicheSince = QDate(y - 10, 6, 1);
    p.company.mainProduct = QStringLiteral("高精度数控机床电主轴");
    p.company.recognitions = QList<Recognition>{{QStringLiteral("innovative"), QDate(y - 2, 6, 30)}};
    p.company.attestations = {true, true, true};

    struct Row { int year; qint64 rev, main, rd, cost, profit, assets, liab, emp, rdStaff, tech, equity; };
    const Row rows[] = {
        {y - 3, 7200, 6700, 250, 6500, 520, 10500, 5000, 142, 24, 30, 0},
        {y - 2, 7900, 7450, 300, 7000, 610, 11200, 5200, 150, 27, 33, 0},
        {y - 1, 8600, 8170, 208, 7400, 690, 12000, 5400, 160, 30, 36, 0},
    };
    for (const Row &r : rows) {
        FiscalYear fy;
        fy.year = r.year;
        fy.operatingRevenue = r.rev * kWan;
        fy.mainBusinessRevenue = r.main * kWan;
        fy.rdExpense = r.rd * kWan;
        fy.costExpenseTotal = r.cost * kWan;
        fy.netProfit = r.profit * kWan;
        fy.totalAssets = r.assets * kWan;
        fy.totalLiabilities = r.liab * kWan;
        fy.employees = r.emp;
        fy.rdStaff = r.rdStaff;
        fy.techStaff = r.tech;
        fy.equityFinancing = r.equity * kWan;
        p.years.append(fy);
    }
    p.innovation.ip = {1, 3, 4, 12, 2};
    p.innovation.rdInstitution = QStringLiteral("provincial");
    p.innovation.rdInstitutionOwnOrJoint = true;
    p.innovation.sciTechAwards = QList<SciTechAward>{{QStringLiteral("provincial"), 4, y - 2}};
    p.innovation.honors = QStringList{QStringLiteral("high_tech_enterprise")};
    p.innovation.chuangkeChina = QList<ChuangkeEntry>{};
    p.innovation.standardsLed = QList<StandardLed>{{y - 3, QStringLiteral("industry")}};
    p.innovation.rdMeasure = QStringLiteral("revenue");
    p.refinement.digitalLevel = 2;
    p.refinement.coreBusinessOnSystem = true;
    p.refinement.qualityAward = QStringLiteral("none");
    p.refinement.qualitySystemCert = true;
    p.refinement.ownBrand = true;
    p.refinement.standardsParticipation = false;
    p.refinement.mgmtOrIntlProductCert = true;
    p.specialization.field = QStringList{QStringLiteral("strategic_emerging"), QStringLiteral("six_foundations")};
    p.specialization.nationalMarketSharePct = 125000; // 12.5 %
    p.specialization.internationalMarketSharePct = 12000; // 1.2 %
    p.specialization.domesticRank = 4;
    p.specialization.marketLeading = true;
    p.specialization.chainKeyLink = true;
    p.specialization.developmentScores = QList<DevelopmentScore>{};
    p.specialization.renewal = false;
    p.localFeatureScore = 10 * 10000;
    return p;
}

} // namespace srdi
