// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// One company's self-assessment input: every field of the `srdi-profile/1`
// exchange format (shared/spec/profile-format.md).
//
// Every field is optional: std::nullopt means "not known", which the rules
// treat as missing data, never as zero. An absent list is unknown too; an empty
// list is a known "none".
//
// Money is integer yuan (the file carries 万元 with four decimals). Percentages
// and scores are scaled by 10,000 (12.5 % is 125000), see Decimal.h.
namespace srdi {

using Yuan = qint64;
using Scaled4 = qint64;

template <typename T> using Opt = std::optional<T>;
template <typename T> using OptList = std::optional<QList<T>>;

struct Recognition
{
    Recognition() = default;
    Recognition(QString t, QDate g, QString r = QString())
        : tier(std::move(t))
        , granted(g)
        , route(std::move(r))
    {
    }
    QString tier; // innovative | specialized | little_giant
    QDate granted;
    // The route by which the title was obtained, where the rules give one its
    // own validity ("tech_sme": 科技型 入库, one year); empty: not recorded.
    QString route;
    bool operator==(const Recognition &) const = default;
};

struct Attestations
{
    Opt<bool> noAbnormalOrDishonestListing;
    Opt<bool> noBannedProducts;
    Opt<bool> noMajorAccident3y;
    bool operator==(const Attestations &) const = default;
};

struct Company
{
    QString name;
    Opt<QString> creditCode;
    Opt<QString> region;   // GB/T 2260, six digits
    Opt<QString> industry; // GB/T 4754-2017 section letter + division (C34, K701)
    Opt<QDate> established;
    Opt<QDate> nicheSince;
    Opt<QString> mainProduct;
    OptList<Recognition> recognitions;
    Attestations attestations;
    bool operator==(const Company &) const = default;
};

struct FiscalYear
{
    int year = 0;
    Opt<Yuan> operatingRevenue;
    Opt<Yuan> mainBusinessRevenue;
    Opt<Yuan> rdExpense;
    Opt<Yuan> costExpenseTotal;
    Opt<Yuan> netProfit;
    Opt<Yuan> totalAssets;
    Opt<Yuan> totalLiabilities;
    Opt<qint64> employees;
    Opt<qint64> rdStaff;
    Opt<qint64> techStaff;
    Opt<Yuan> equityFinancing;
    bool operator==(const FiscalYear &) const = default;
};

struct IpCounts
{
    Opt<qint64> class1HighValue;
    Opt<qint64> class1SelfDeveloped;
    Opt<qint64> class1;
    Opt<qint64> class2;
    Opt<qint64> class1Applied;
    bool operator==(const IpCounts &) const = default;
};

struct SciTechAward
{
    QString level; // national | provincial
    int rank = 0;
    int year = 0;
    bool operator==(const SciTechAward &) const = default;
};

struct ChuangkeEntry
{
    int year = 0;
    QString group; // top50 | top500
    bool operator==(const ChuangkeEntry &) const = default;
};

struct StandardLed
{
    int year = 0;
    QString level; // international | national | industry
    bool operator==(const StandardLed &) const = default;
};

struct Innovation
{
    IpCounts ip;
    Opt<QString> rdInstitution; // national | provincial | city | below_city | none
    Opt<bool> rdInstitutionOwnOrJoint;
    OptList<SciTechAward> sciTechAwards;
    Opt<QStringList> honors;
    OptList<ChuangkeEntry> chuangkeChina;
    OptList<StandardLed> standardsLed;
    Opt<QString> rdMeasure; // revenue | cost
    bool operator==(const Innovation &) const = default;
};

struct Refinement
{
    Opt<qint64> digitalLevel; // 1..4
    Opt<bool> coreBusinessOnSystem;
    Opt<QString> qualityAward; // none | provincial | national
    Opt<bool> qualitySystemCert;
    Opt<bool> ownBrand;
    Opt<bool> standardsParticipation;
    Opt<bool> mgmtOrIntlProductCert;
    bool operator==(const Refinement &) const = default;
};

struct DevelopmentScore
{
    int year = 0;
    Scaled4 score = 0;
    bool operator==(const DevelopmentScore &) const = default;
};

struct Specialization
{
    Opt<QStringList> field;
    Opt<Scaled4> nationalMarketSharePct;
    Opt<Scaled4> internationalMarketSharePct;
    Opt<qint64> domesticRank;
    Opt<bool> marketLeading;
    Opt<bool> chainKeyLink;
    OptList<DevelopmentScore> developmentScores;
    Opt<bool> renewal;
    bool operator==(const Specialization &) const = default;
};

struct Profile
{
    int assessmentYear = 0;
    Opt<QDate> assessmentDate;
    Company company;
    QList<FiscalYear> years; // sorted by year, ascending
    Innovation innovation;
    Refinement refinement;
    Specialization specialization;
    Opt<Scaled4> localFeatureScore;

    bool operator==(const Profile &) const = default;

    // The fiscal year `year`, or nullptr when the profile has none.
    const FiscalYear *fiscalYear(int year) const;
    FiscalYear &ensureYear(int year);
    // The date the rules look at: assessment_date, else `today`.
    QDate effectiveDate(const QDate &today) const;
};

// The closed vocabularies of the format, in the order the spec lists them.
namespace vocab {
const QStringList &tiers();
const QStringList &rdInstitutions();
const QStringList &awardLevels();
const QStringList &honors();
const QStringList &chuangkeGroups();
const QStringList &standardLevels();
const QStringList &rdMeasures();
const QStringList &recognitionRoutes(); // how a first-tier title was obtained
const QStringList &qualityAwards();
const QStringList &fields();
int tierRank(const QString &tier); // innovative 1, specialized 2, little_giant 3, else 0
} // namespace vocab

} // namespace srdi
