// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Random but valid companies from a seed: the input of the batch and export
// benchmarks (gen_companies) and of the tests that compare the portfolio
// export with the company-by-company path.

#include "io/CreditCode.h"
#include "model/Profile.h"

#include <QDate>
#include <QRandomGenerator>
#include <QStringList>

namespace srdi::testsupport {

constexpr qint64 kWan = 10000; // yuan per 万元

// Regions with award catalogues, so that matching has work to do.
inline const QStringList kRegions{QStringLiteral("620100"), QStringLiteral("620000"), QStringLiteral("110102"),
                           QStringLiteral("110106"), QStringLiteral("310115"), QStringLiteral("330100"),
                           QStringLiteral("440307"), QStringLiteral("500000"), QStringLiteral("440100")};
inline const QStringList kIndustries{QStringLiteral("C34"), QStringLiteral("C39"), QStringLiteral("C35"),
                              QStringLiteral("I65"), QStringLiteral("M73"), QStringLiteral("F52")};

class Gen
{
public:
    explicit Gen(quint32 seed) : m_rng(seed) {}

    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(m_rng.bounded(quint64(hi - lo + 1))); }
    bool coin(int percent = 50) { return int(m_rng.bounded(100)) < percent; }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(qsizetype(m_rng.bounded(quint32(list.size())))); }
    // Money in yuan with up to four decimals of 万元 (whole yuan).
    qint64 money(qint64 loWan, qint64 hiWan) { return between(loWan * kWan, hiWan * kWan); }

    Profile company(int n)
    {
        Profile p;
        p.assessmentYear = 2026;
        p.assessmentDate = QDate(2026, int(between(4, 10)), int(between(1, 28)));
        p.company.name = QStringLiteral("基准测试企业%1有限公司").arg(n, 6, 10, QLatin1Char('0'));
        const QString first17 = QStringLiteral("91") + QStringLiteral("%1").arg(n, 15, 10, QLatin1Char('0'));
        p.company.creditCode = first17 + creditcode::checkCharacter(first17);
        p.company.region = pick(kRegions);
        p.company.industry = pick(kIndustries);
        p.company.established = QDate(int(between(1995, 2020)), int(between(1, 12)), int(between(1, 28)));
        if (coin(80))
            p.company.nicheSince = p.company.established->addYears(between(0, 4));
        p.company.mainProduct = QStringLiteral("产品%1").arg(n);
        if (coin(40))
            p.company.recognitions = QList<Recognition>{{QStringLiteral("innovative"), QDate(2024, 6, 30)}};
        else
            p.company.recognitions = QList<Recognition>{};
        p.company.attestations = {coin(95), coin(97), coin(95)};

        qint64 revenue = money(500, 40000);
        qint64 employees = between(20, 600);
        for (int y = 2023; y <= 2025; ++y) {
            FiscalYear fy;
            fy.year = y;
            revenue = revenue * between(90, 130) / 100;
            fy.operatingRevenue = revenue;
            fy.mainBusinessRevenue = revenue * between(70, 100) / 100;
            fy.rdExpense = revenue * between(1, 12) / 100;
            fy.costExpenseTotal = revenue * between(70, 98) / 100;
            fy.netProfit = revenue * between(-10, 20) / 100;
            fy.totalAssets = revenue * between(80, 200) / 100;
            fy.totalLiabilities = *fy.totalAssets * between(10, 90) / 100;
            employees = employees * between(90, 120) / 100 + 1;
            fy.employees = employees;
            fy.rdStaff = employees * between(5, 40) / 100;
            fy.techStaff = employees * between(5, 50) / 100;
            fy.equityFinancing = coin(10) ? money(100, 5000) : 0;
            p.years.append(fy);
        }
        const qint64 class1 = between(0, 12);
        const qint64 selfDeveloped = between(0, class1);
        p.innovation.ip = {between(0, selfDeveloped), selfDeveloped, class1, between(0, 40), between(0, class1)};
        p.innovation.rdInstitution = pick(vocab::rdInstitutions());
        p.innovation.rdInstitutionOwnOrJoint = coin();
        p.innovation.sciTechAwards = coin(10) ? QList<SciTechAward>{{QStringLiteral("provincial"), int(between(1, 5)), 2024}}
                                              : QList<SciTechAward>{};
        p.innovation.honors = coin(50) ? QStringList{QStringLiteral("high_tech_enterprise")} : QStringList{};
        p.innovation.chuangkeChina = QList<ChuangkeEntry>{};
        p.innovation.standardsLed = coin(15) ? QList<StandardLed>{{2024, QStringLiteral("industry")}} : QList<StandardLed>{};
        p.innovation.rdMeasure = pick(vocab::rdMeasures());
        p.refinement.digitalLevel = between(1, 4);
        p.refinement.coreBusinessOnSystem = coin(70);
        p.refinement.qualityAward = pick(vocab::qualityAwards());
        p.refinement.qualitySystemCert = coin(80);
        p.refinement.ownBrand = coin(70);
        p.refinement.standardsParticipation = coin(30);
        p.refinement.mgmtOrIntlProductCert = coin(40);
        p.specialization.field = QStringList{pick(vocab::fields())};
        p.specialization.nationalMarketSharePct = between(0, 30 * kWan);
        p.specialization.internationalMarketSharePct = between(0, 5 * kWan);
        p.specialization.domesticRank = between(1, 50);
        p.specialization.marketLeading = coin();
        p.specialization.chainKeyLink = coin();
        p.specialization.developmentScores = coin(30) ? QList<DevelopmentScore>{{2026, between(40, 90) * kWan}}
                                                      : QList<DevelopmentScore>{};
        p.specialization.renewal = false;
        p.localFeatureScore = between(0, 15) * kWan;
        return p;
    }

private:
    QRandomGenerator m_rng;
};

} // namespace srdi::testsupport
