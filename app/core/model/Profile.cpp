// SPDX-License-Identifier: GPL-3.0-or-later
#include "Profile.h"

#include <algorithm>

namespace srdi {

const FiscalYear *Profile::fiscalYear(int year) const
{
    for (const FiscalYear &fy : years) {
        if (fy.year == year)
            return &fy;
    }
    return nullptr;
}

FiscalYear &Profile::ensureYear(int year)
{
    for (FiscalYear &fy : years) {
        if (fy.year == year)
            return fy;
    }
    FiscalYear fy;
    fy.year = year;
    const auto pos = std::lower_bound(years.begin(), years.end(), year,
                                      [](const FiscalYear &a, int y) { return a.year < y; });
    return *years.insert(pos, fy);
}

QDate Profile::effectiveDate(const QDate &today) const
{
    return assessmentDate.value_or(today);
}

namespace vocab {

#define SRDI_VOCAB(fn, ...)                                                                        \
    const QStringList &fn()                                                                        \
    {                                                                                              \
        static const QStringList list{__VA_ARGS__};                                                \
        return list;                                                                               \
    }

SRDI_VOCAB(tiers, QStringLiteral("innovative"), QStringLiteral("specialized"),
           QStringLiteral("little_giant"))
SRDI_VOCAB(rdInstitutions, QStringLiteral("national"), QStringLiteral("provincial"),
           QStringLiteral("city"), QStringLiteral("below_city"), QStringLiteral("none"))
SRDI_VOCAB(awardLevels, QStringLiteral("national"), QStringLiteral("provincial"))
SRDI_VOCAB(honors, QStringLiteral("high_tech_enterprise"), QStringLiteral("tech_innovation_demo"),
           QStringLiteral("ip_advantage"), QStringLiteral("ip_demo"))
SRDI_VOCAB(chuangkeGroups, QStringLiteral("top50"), QStringLiteral("top500"))
SRDI_VOCAB(standardLevels, QStringLiteral("international"), QStringLiteral("national"),
           QStringLiteral("industry"))
SRDI_VOCAB(rdMeasures, QStringLiteral("revenue"), QStringLiteral("cost"))
SRDI_VOCAB(recognitionRoutes, QStringLiteral("innovative"), QStringLiteral("tech_sme"))
SRDI_VOCAB(qualityAwards, QStringLiteral("none"), QStringLiteral("provincial"),
           QStringLiteral("national"))
SRDI_VOCAB(fields, QStringLiteral("strategic_emerging"), QStringLiteral("chain_key_effect"),
           QStringLiteral("six_foundations"), QStringLiteral("time_honored"),
           QStringLiteral("serves_chain_leader"), QStringLiteral("ten_key_industries"),
           QStringLiteral("network_power"), QStringLiteral("emerging_or_future_industry"),
           QStringLiteral("traditional_industry_upgrading"))

#undef SRDI_VOCAB

int tierRank(const QString &tier)
{
    const qsizetype i = tiers().indexOf(tier);
    return i < 0 ? 0 : int(i) + 1;
}

} // namespace vocab

} // namespace srdi
