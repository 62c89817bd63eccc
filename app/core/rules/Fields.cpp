// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fields.h"

#include <QHash>

namespace srdi::rules {

namespace {

enum FieldId {
    // yearly figures
    F_OperatingRevenue,
    F_MainBusinessRevenue,
    F_RdExpense,
    F_CostExpenseTotal,
    F_NetProfit,
    F_TotalAssets,
    F_TotalLiabilities,
    F_Employees,
    F_RdStaff,
    F_TechStaff,
    F_EquityFinancing,
    // numbers
    F_IpClass1HighValue,
    F_IpClass1SelfDeveloped,
    F_IpClass1,
    F_IpClass2,
    F_IpClass1Applied,
    F_DigitalLevel,
    F_NationalShare,
    F_InternationalShare,
    F_DomesticRank,
    F_LocalFeatureScore,
    // yes/no
    F_AttNoListing,
    F_AttNoBanned,
    F_AttNoAccident,
    F_RdInstitutionOwnOrJoint,
    F_CoreBusinessOnSystem,
    F_QualitySystemCert,
    F_OwnBrand,
    F_StandardsParticipation,
    F_MgmtOrIntlCert,
    F_MarketLeading,
    F_ChainKeyLink,
    F_Renewal,
    // choices
    F_RdInstitution,
    F_RdMeasure,
    F_QualityAward,
    // sets
    F_Field,
    F_Honors,
    // dates
    F_Established,
    F_NicheSince,
    F_Count
};

struct Entry
{
    const char16_t *name;
    FieldKind kind;
    Dim dim;
};

const Entry kEntries[F_Count] = {
    {u"operating_revenue", FieldKind::YearNumber, Dim::Money},
    {u"main_business_revenue", FieldKind::YearNumber, Dim::Money},
    {u"rd_expense", FieldKind::YearNumber, Dim::Money},
    {u"cost_expense_total", FieldKind::YearNumber, Dim::Money},
    {u"net_profit", FieldKind::YearNumber, Dim::Money},
    {u"total_assets", FieldKind::YearNumber, Dim::Money},
    {u"total_liabilities", FieldKind::YearNumber, Dim::Money},
    {u"employees", FieldKind::YearNumber, Dim::Count},
    {u"rd_staff", FieldKind::YearNumber, Dim::Count},
    {u"tech_staff", FieldKind::YearNumber, Dim::Count},
    {u"equity_financing", FieldKind::YearNumber, Dim::Money},
    {u"innovation.ip.class1_high_value", FieldKind::Number, Dim::Count},
    {u"innovation.ip.class1_self_developed", FieldKind::Number, Dim::Count},
    {u"innovation.ip.class1", FieldKind::Number, Dim::Count},
    {u"innovation.ip.class2", FieldKind::Number, Dim::Count},
    {u"innovation.ip.class1_applied", FieldKind::Number, Dim::Count},
    {u"refinement.digital_level", FieldKind::Number, Dim::Score},
    {u"specialization.national_market_share_pct", FieldKind::Number, Dim::Fraction},
    {u"specialization.international_market_share_pct", FieldKind::Number, Dim::Fraction},
    {u"specialization.domestic_rank", FieldKind::Number, Dim::Count},
    {u"local_feature_score", FieldKind::Number, Dim::Score},
    {u"company.attestations.no_abnormal_or_dishonest_listing", FieldKind::Bool, Dim::Score},
    {u"company.attestations.no_banned_products", FieldKind::Bool, Dim::Score},
    {u"company.attestations.no_major_accident_3y", FieldKind::Bool, Dim::Score},
    {u"innovation.rd_institution_own_or_joint", FieldKind::Bool, Dim::Score},
    {u"refinement.core_business_on_system", FieldKind::Bool, Dim::Score},
    {u"refinement.quality_system_cert", FieldKind::Bool, Dim::Score},
    {u"refinement.own_brand", FieldKind::Bool, Dim::Score},
    {u"refinement.standards_participation", FieldKind::Bool, Dim::Score},
    {u"refinement.mgmt_or_intl_product_cert", FieldKind::Bool, Dim::Score},
    {u"specialization.market_leading", FieldKind::Bool, Dim::Score},
    {u"specialization.chain_key_link", FieldKind::Bool, Dim::Score},
    {u"specialization.renewal", FieldKind::Bool, Dim::Score},
    {u"innovation.rd_institution", FieldKind::Enum, Dim::Score},
    {u"innovation.rd_measure", FieldKind::Enum, Dim::Score},
    {u"refinement.quality_award", FieldKind::Enum, Dim::Score},
    {u"specialization.field", FieldKind::Set, Dim::Score},
    {u"innovation.honors", FieldKind::Set, Dim::Score},
    {u"company.established", FieldKind::Date, Dim::Years},
    {u"company.niche_since", FieldKind::Date, Dim::Years},
};

const QHash<QString, FieldInfo> &table()
{
    static const QHash<QString, FieldInfo> t = [] {
        QHash<QString, FieldInfo> h;
        for (int i = 0; i < F_Count; ++i) {
            FieldInfo info;
            info.id = i;
            info.name = QString::fromUtf16(kEntries[i].name);
            info.kind = kEntries[i].kind;
            info.dim = kEntries[i].dim;
            h.insert(info.name, info);
        }
        return h;
    }();
    return t;
}

std::optional<Rational> fromCount(const Opt<qint64> &v)
{
    return v ? std::optional<Rational>(Rational(*v)) : std::nullopt;
}

std::optional<Rational> fromPercent(const Opt<qint64> &v) // Scaled4 percent -> fraction
{
    return v ? std::optional<Rational>(Rational(*v, 1000000)) : std::nullopt;
}

std::optional<Rational> fromScaled(const Opt<qint64> &v)
{
    return v ? std::optional<Rational>(Rational::fromScaled4(*v)) : std::nullopt;
}

} // namespace

const FieldInfo *Fields::find(const QString &name)
{
    const auto &t = table();
    const auto it = t.constFind(name);
    return it == t.constEnd() ? nullptr : &it.value();
}

std::optional<Rational> Fields::number(int id, const Profile &p, int year)
{
    if (id <= F_EquityFinancing) {
        const FiscalYear *fy = p.fiscalYear(year);
        if (!fy)
            return std::nullopt;
        switch (id) {
        case F_OperatingRevenue: return fromCount(fy->operatingRevenue);
        case F_MainBusinessRevenue: return fromCount(fy->mainBusinessRevenue);
        case F_RdExpense: return fromCount(fy->rdExpense);
        case F_CostExpenseTotal: return fromCount(fy->costExpenseTotal);
        case F_NetProfit: return fromCount(fy->netProfit);
        case F_TotalAssets: return fromCount(fy->totalAssets);
        case F_TotalLiabilities: return fromCount(fy->totalLiabilities);
        case F_Employees: return fromCount(fy->employees);
        case F_RdStaff: return fromCount(fy->rdStaff);
        case F_TechStaff: return fromCount(fy->techStaff);
        case F_EquityFinancing: return fromCount(fy->equityFinancing);
        }
    }
    switch (id) {
    case F_IpClass1HighValue: return fromCount(p.innovation.ip.class1HighValue);
    case F_IpClass1SelfDeveloped: return fromCount(p.innovation.ip.class1SelfDeveloped);
    case F_IpClass1: return fromCount(p.innovation.ip.class1);
    case F_IpClass2: return fromCount(p.innovation.ip.class2);
    case F_IpClass1Applied: return fromCount(p.innovation.ip.class1Applied);
    case F_DigitalLevel: return fromCount(p.refinement.digitalLevel);
    case F_NationalShare: return fromPercent(p.specialization.nationalMarketSharePct);
    case F_InternationalShare: return fromPercent(p.specialization.internationalMarketSharePct);
    case F_DomesticRank: return fromCount(p.specialization.domesticRank);
    case F_LocalFeatureScore: return fromScaled(p.localFeatureScore);
    default: return std::nullopt;
    }
}

std::optional<bool> Fields::boolean(int id, const Profile &p)
{
    switch (id) {
    case F_AttNoListing: return p.company.attestations.noAbnormalOrDishonestListing;
    case F_AttNoBanned: return p.company.attestations.noBannedProducts;
    case F_AttNoAccident: return p.company.attestations.noMajorAccident3y;
    case F_RdInstitutionOwnOrJoint: return p.innovation.rdInstitutionOwnOrJoint;
    case F_CoreBusinessOnSystem: return p.refinement.coreBusinessOnSystem;
    case F_QualitySystemCert: return p.refinement.qualitySystemCert;
    case F_OwnBrand: return p.refinement.ownBrand;
    case F_StandardsParticipation: return p.refinement.standardsParticipation;
    case F_MgmtOrIntlCert: return p.refinement.mgmtOrIntlProductCert;
    case F_MarketLeading: return p.specialization.marketLeading;
    case F_ChainKeyLink: return p.specialization.chainKeyLink;
    case F_Renewal: return p.specialization.renewal;
    default: return std::nullopt;
    }
}

std::optional<QString> Fields::enumValue(int id, const Profile &p)
{
    switch (id) {
    case F_RdInstitution: return p.innovation.rdInstitution;
    case F_RdMeasure: return p.innovation.rdMeasure;
    case F_QualityAward: return p.refinement.qualityAward;
    default: return std::nullopt;
    }
}

std::optional<QStringList> Fields::set(int id, const Profile &p)
{
    switch (id) {
    case F_Field: return p.specialization.field;
    case F_Honors: return p.innovation.honors;
    default: return std::nullopt;
    }
}

std::optional<QDate> Fields::date(int id, const Profile &p)
{
    switch (id) {
    case F_Established: return p.company.established;
    case F_NicheSince: return p.company.nicheSince;
    default: return std::nullopt;
    }
}

QString Fields::label(const QString &name)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("operating_revenue"), QT_TR_NOOP("operating revenue")},
        {QStringLiteral("main_business_revenue"), QT_TR_NOOP("main business revenue")},
        {QStringLiteral("rd_expense"), QT_TR_NOOP("R&D expense")},
        {QStringLiteral("cost_expense_total"), QT_TR_NOOP("total costs and expenses")},
        {QStringLiteral("net_profit"), QT_TR_NOOP("net profit")},
        {QStringLiteral("total_assets"), QT_TR_NOOP("total assets")},
        {QStringLiteral("total_liabilities"), QT_TR_NOOP("total liabilities")},
        {QStringLiteral("employees"), QT_TR_NOOP("employees")},
        {QStringLiteral("rd_staff"), QT_TR_NOOP("R&D staff")},
        {QStringLiteral("tech_staff"), QT_TR_NOOP("science and technology staff")},
        {QStringLiteral("equity_financing"), QT_TR_NOOP("qualified equity financing")},
        {QStringLiteral("innovation.ip.class1_high_value"), QT_TR_NOOP("high-value Class I IP")},
        {QStringLiteral("innovation.ip.class1_self_developed"),
         QT_TR_NOOP("self-developed Class I IP")},
        {QStringLiteral("innovation.ip.class1"), QT_TR_NOOP("Class I IP")},
        {QStringLiteral("innovation.ip.class2"), QT_TR_NOOP("Class II IP")},
        {QStringLiteral("innovation.ip.class1_applied"), QT_TR_NOOP("Class I IP in use")},
        {QStringLiteral("refinement.digital_level"), QT_TR_NOOP("digitalisation level")},
        {QStringLiteral("specialization.national_market_share_pct"),
         QT_TR_NOOP("national niche market share")},
        {QStringLiteral("specialization.international_market_share_pct"),
         QT_TR_NOOP("international niche market share")},
        {QStringLiteral("specialization.domestic_rank"), QT_TR_NOOP("rank in the national niche")},
        {QStringLiteral("local_feature_score"), QT_TR_NOOP("provincial feature score")},
        {QStringLiteral("company.attestations.no_abnormal_or_dishonest_listing"),
         QT_TR_NOOP("not on the abnormal-operation or dishonesty lists")},
        {QStringLiteral("company.attestations.no_banned_products"),
         QT_TR_NOOP("no banned, restricted or obsolete products")},
        {QStringLiteral("company.attestations.no_major_accident_3y"),
         QT_TR_NOOP("no major accident or tax evasion in three years")},
        {QStringLiteral("innovation.rd_institution_own_or_joint"),
         QT_TR_NOOP("own or joint R&D institution")},
        {QStringLiteral("refinement.core_business_on_system"),
         QT_TR_NOOP("core business on an information system")},
        {QStringLiteral("refinement.quality_system_cert"),
         QT_TR_NOOP("quality management system certificate")},
        {QStringLiteral("refinement.own_brand"), QT_TR_NOOP("own brand")},
        {QStringLiteral("refinement.standards_participation"),
         QT_TR_NOOP("took part in drafting standards")},
        {QStringLiteral("refinement.mgmt_or_intl_product_cert"),
         QT_TR_NOOP("management-system or developed-market product certificate")},
        {QStringLiteral("specialization.market_leading"),
         QT_TR_NOOP("niche market position near the top")},
        {QStringLiteral("specialization.chain_key_link"), QT_TR_NOOP("key link of an industry chain")},
        {QStringLiteral("specialization.renewal"), QT_TR_NOOP("renewal of a held title")},
        {QStringLiteral("innovation.rd_institution"), QT_TR_NOOP("level of the R&D institution")},
        {QStringLiteral("innovation.rd_measure"), QT_TR_NOOP("R&D indicator filed")},
        {QStringLiteral("refinement.quality_award"), QT_TR_NOOP("quality award")},
        {QStringLiteral("specialization.field"), QT_TR_NOOP("field of the main product")},
        {QStringLiteral("innovation.honors"), QT_TR_NOOP("titles held")},
        {QStringLiteral("company.established"), QT_TR_NOOP("date of establishment")},
        {QStringLiteral("company.niche_since"), QT_TR_NOOP("start in the niche market")},
        {QStringLiteral("company.recognitions"), QT_TR_NOOP("titles granted")},
        {QStringLiteral("company.industry"), QT_TR_NOOP("industry")},
        {QStringLiteral("innovation.sci_tech_awards"), QT_TR_NOOP("science and technology awards")},
        {QStringLiteral("innovation.chuangke_china"), QT_TR_NOOP("Maker China results")},
        {QStringLiteral("innovation.standards_led"), QT_TR_NOOP("standards led")},
        {QStringLiteral("specialization.development_scores"),
         QT_TR_NOOP("SRDI development score (national platform)")},
    };
    const auto it = labels.constFind(name);
    return it == labels.constEnd() ? name : tr(it.value());
}

QString Fields::label(const QString &name, int year)
{
    return tr("%1 %2", "field label, then fiscal year").arg(label(name)).arg(year);
}

} // namespace srdi::rules
