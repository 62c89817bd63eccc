// SPDX-License-Identifier: GPL-3.0-or-later
#include "Patch.h"

#include <QHash>

#include <algorithm>

namespace srdi {

namespace {

struct Field
{
    QString key;
    bool (*equal)(const Profile &, const Profile &);
    void (*copy)(const Profile &, Profile &);
};

#define SRDI_FIELD(name, member)                                                                   \
    Field                                                                                          \
    {                                                                                              \
        QStringLiteral(name), [](const Profile &a, const Profile &b) { return a.member == b.member; }, \
            [](const Profile &from, Profile &to) { to.member = from.member; }                      \
    }

// The scalars and lists of a profile, in the exchange file's order.
const QList<Field> &profileFields()
{
    static const QList<Field> list{
        SRDI_FIELD("assessment_year", assessmentYear),
        SRDI_FIELD("assessment_date", assessmentDate),
        SRDI_FIELD("company.name", company.name),
        SRDI_FIELD("company.credit_code", company.creditCode),
        SRDI_FIELD("company.region", company.region),
        SRDI_FIELD("company.industry", company.industry),
        SRDI_FIELD("company.established", company.established),
        SRDI_FIELD("company.niche_since", company.nicheSince),
        SRDI_FIELD("company.main_product", company.mainProduct),
        SRDI_FIELD("company.recognitions", company.recognitions),
        SRDI_FIELD("company.attestations.no_abnormal_or_dishonest_listing",
                   company.attestations.noAbnormalOrDishonestListing),
        SRDI_FIELD("company.attestations.no_banned_products", company.attestations.noBannedProducts),
        SRDI_FIELD("company.attestations.no_major_accident_3y", company.attestations.noMajorAccident3y),
        SRDI_FIELD("innovation.ip.class1_high_value", innovation.ip.class1HighValue),
        SRDI_FIELD("innovation.ip.class1_self_developed", innovation.ip.class1SelfDeveloped),
        SRDI_FIELD("innovation.ip.class1", innovation.ip.class1),
        SRDI_FIELD("innovation.ip.class2", innovation.ip.class2),
        SRDI_FIELD("innovation.ip.class1_applied", innovation.ip.class1Applied),
        SRDI_FIELD("innovation.rd_institution", innovation.rdInstitution),
        SRDI_FIELD("innovation.rd_institution_own_or_joint", innovation.rdInstitutionOwnOrJoint),
        SRDI_FIELD("innovation.sci_tech_awards", innovation.sciTechAwards),
        SRDI_FIELD("innovation.honors", innovation.honors),
        SRDI_FIELD("innovation.chuangke_china", innovation.chuangkeChina),
        SRDI_FIELD("innovation.standards_led", innovation.standardsLed),
        SRDI_FIELD("innovation.rd_measure", innovation.rdMeasure),
        SRDI_FIELD("refinement.digital_level", refinement.digitalLevel),
        SRDI_FIELD("refinement.core_business_on_system", refinement.coreBusinessOnSystem),
        SRDI_FIELD("refinement.quality_award", refinement.qualityAward),
        SRDI_FIELD("refinement.quality_system_cert", refinement.qualitySystemCert),
        SRDI_FIELD("refinement.own_brand", refinement.ownBrand),
        SRDI_FIELD("refinement.standards_participation", refinement.standardsParticipation),
        SRDI_FIELD("refinement.mgmt_or_intl_product_cert", refinement.mgmtOrIntlProductCert),
        SRDI_FIELD("specialization.field", specialization.field),
        SRDI_FIELD("specialization.national_market_share_pct", specialization.nationalMarketSharePct),
        SRDI_FIELD("specialization.international_market_share_pct",
                   specialization.internationalMarketSharePct),
        SRDI_FIELD("specialization.domestic_rank", specialization.domesticRank),
        SRDI_FIELD("specialization.market_leading", specialization.marketLeading),
        SRDI_FIELD("specialization.chain_key_link", specialization.chainKeyLink),
        SRDI_FIELD("specialization.development_scores", specialization.developmentScores),
        SRDI_FIELD("specialization.renewal", specialization.renewal),
        SRDI_FIELD("local_feature_score", localFeatureScore),
    };
    return list;
}

#undef SRDI_FIELD

const QHash<QString, qsizetype> &profileFieldIndex()
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> out;
        for (qsizetype i = 0; i < profileFields().size(); ++i)
            out.insert(profileFields().at(i).key, i);
        return out;
    }();
    return index;
}

// Every figure of a fiscal year is an optional integer.
using YearMember = Opt<qint64> FiscalYear::*;

const QList<std::pair<QString, YearMember>> &yearFields()
{
    static const QList<std::pair<QString, YearMember>> list{
        {QStringLiteral("operating_revenue"), &FiscalYear::operatingRevenue},
        {QStringLiteral("main_business_revenue"), &FiscalYear::mainBusinessRevenue},
        {QStringLiteral("rd_expense"), &FiscalYear::rdExpense},
        {QStringLiteral("cost_expense_total"), &FiscalYear::costExpenseTotal},
        {QStringLiteral("net_profit"), &FiscalYear::netProfit},
        {QStringLiteral("total_assets"), &FiscalYear::totalAssets},
        {QStringLiteral("total_liabilities"), &FiscalYear::totalLiabilities},
        {QStringLiteral("employees"), &FiscalYear::employees},
        {QStringLiteral("rd_staff"), &FiscalYear::rdStaff},
        {QStringLiteral("tech_staff"), &FiscalYear::techStaff},
        {QStringLiteral("equity_financing"), &FiscalYear::equityFinancing},
    };
    return list;
}

YearMember yearMember(const QString &column)
{
    for (const auto &[name, member] : yearFields()) {
        if (name == column)
            return member;
    }
    return nullptr;
}

Opt<qint64> yearValue(const Profile &p, int year, YearMember member)
{
    const FiscalYear *fy = p.fiscalYear(year);
    return fy ? fy->*member : std::nullopt;
}

QString yearKey(int year, const QString &column)
{
    return QStringLiteral("years.") + QString::number(year) + u'.' + column;
}

// "years.N" and then "years.N.<column>" for each of yearFields(), made once
// per year and thread (a batch compares every company it imports).
const QStringList &yearKeys(int year)
{
    thread_local QHash<int, QStringList> made;
    QStringList &keys = made[year];
    if (keys.isEmpty()) {
        keys.append(QStringLiteral("years.") + QString::number(year));
        for (const auto &field : yearFields())
            keys.append(yearKey(year, field.first));
    }
    return keys;
}

QList<int> yearsOf(const Profile &a, const Profile &b)
{
    QList<int> years;
    for (const FiscalYear &fy : a.years)
        years.append(fy.year);
    for (const FiscalYear &fy : b.years)
        years.append(fy.year);
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    return years;
}

} // namespace

namespace fields {

const QStringList &yearColumns()
{
    static const QStringList list = [] {
        QStringList out;
        for (const auto &field : yearFields())
            out.append(field.first);
        return out;
    }();
    return list;
}

bool splitYearKey(const QString &key, int *year, QString *column)
{
    if (!key.startsWith(QLatin1String("years.")))
        return false;
    const qsizetype dot = key.indexOf(u'.', 6);
    if (dot < 0)
        return false;
    bool ok = false;
    const int y = QStringView(key).mid(6, dot - 6).toInt(&ok);
    const QString c = key.mid(dot + 1);
    if (!ok || !yearMember(c))
        return false;
    if (year)
        *year = y;
    if (column)
        *column = c;
    return true;
}

Opt<qint64> yearFigure(const Profile &p, int year, const QString &column)
{
    const YearMember member = yearMember(column);
    return member ? yearValue(p, year, member) : std::nullopt;
}

void setYearFigure(Profile &p, int year, const QString &column, Opt<qint64> value)
{
    if (const YearMember member = yearMember(column))
        p.ensureYear(year).*member = value;
}

bool isYearKey(const QString &key, int *year)
{
    if (!key.startsWith(QLatin1String("years.")) || key.indexOf(u'.', 6) >= 0)
        return false;
    bool ok = false;
    const int y = QStringView(key).mid(6).toInt(&ok);
    if (ok && year)
        *year = y;
    return ok;
}

bool isKey(const QString &key)
{
    return profileFieldIndex().contains(key) || isYearKey(key, nullptr) || splitYearKey(key, nullptr, nullptr);
}

QStringList keys(const Profile &a, const Profile &b)
{
    QStringList out;
    for (const Field &f : profileFields())
        out.append(f.key);
    for (int year : yearsOf(a, b)) {
        out.append(QStringLiteral("years.%1").arg(year)); // the year itself, before its figures
        for (const QString &column : yearColumns())
            out.append(yearKey(year, column));
    }
    return out;
}

bool equal(const Profile &a, const Profile &b, const QString &key)
{
    if (const auto it = profileFieldIndex().constFind(key); it != profileFieldIndex().constEnd())
        return profileFields().at(*it).equal(a, b);
    int year = 0;
    if (isYearKey(key, &year))
        return (a.fiscalYear(year) != nullptr) == (b.fiscalYear(year) != nullptr);
    QString column;
    if (!splitYearKey(key, &year, &column))
        return true;
    const YearMember member = yearMember(column);
    return yearValue(a, year, member) == yearValue(b, year, member);
}

void copy(const Profile &from, Profile &to, const QString &key)
{
    if (const auto it = profileFieldIndex().constFind(key); it != profileFieldIndex().constEnd()) {
        profileFields().at(*it).copy(from, to);
        return;
    }
    int year = 0;
    if (isYearKey(key, &year)) {
        if (from.fiscalYear(year))
            to.ensureYear(year);
        else
            to.years.removeIf([year](const FiscalYear &fy) { return fy.year == year; });
        return;
    }
    QString column;
    if (!splitYearKey(key, &year, &column))
        return;
    const YearMember member = yearMember(column);
    const Opt<qint64> value = yearValue(from, year, member);
    if (value)
        to.ensureYear(year).*member = value;
    else if (to.fiscalYear(year))
        to.ensureYear(year).*member = std::nullopt;
}

QStringList differing(const Profile &a, const Profile &b)
{
    // keys(a, b) filtered by equal(), without making and parsing every key:
    // a batch asks this of every company it imports.
    QStringList out;
    for (const Field &f : profileFields()) {
        if (!f.equal(a, b))
            out.append(f.key);
    }
    for (int year : yearsOf(a, b)) {
        const FiscalYear *ya = a.fiscalYear(year);
        const FiscalYear *yb = b.fiscalYear(year);
        const QStringList &names = yearKeys(year);
        if ((ya != nullptr) != (yb != nullptr))
            out.append(names.first());
        qsizetype i = 1;
        for (const auto &field : yearFields()) {
            const YearMember member = field.second;
            const bool ha = ya && (ya->*member).has_value();
            const bool hb = yb && (yb->*member).has_value();
            if (ha != hb || (ha && *(ya->*member) != *(yb->*member)))
                out.append(names.at(i));
            ++i;
        }
    }
    return out;
}

QStringList known(const Profile &p)
{
    // A field is known when it differs from the same field of an empty profile
    // (assessment_year and the name are always given).
    Profile empty;
    QStringList out = differing(empty, p);
    for (const QString &always : {QStringLiteral("assessment_year"), QStringLiteral("company.name")}) {
        if (!out.contains(always))
            out.append(always);
    }
    return out;
}

} // namespace fields

Patch Patch::between(const Profile &before, const Profile &after)
{
    Patch patch;
    patch.m_hasBase = true;
    patch.m_before = before;
    patch.m_after = after;
    patch.m_keys = fields::differing(before, after);
    return patch;
}

Patch Patch::setting(const Profile &values, const QStringList &keys)
{
    Patch patch;
    patch.m_after = values;
    for (const QString &key : keys) {
        if (fields::isKey(key) && !patch.m_keys.contains(key))
            patch.m_keys.append(key);
    }
    return patch;
}

Patch Patch::inverse() const
{
    Patch patch = *this;
    std::swap(patch.m_before, patch.m_after);
    return patch;
}

void Patch::applyTo(Profile &target) const
{
    for (const QString &key : m_keys)
        fields::copy(m_after, target, key);
}

QStringList Patch::conflictsWith(const Profile &current) const
{
    QStringList out;
    if (!m_hasBase)
        return out;
    for (const QString &key : m_keys) {
        if (!fields::equal(current, m_before, key) && !fields::equal(current, m_after, key))
            out.append(key);
    }
    return out;
}

QStringList Patch::changes(const Profile &current) const
{
    QStringList out;
    for (const QString &key : m_keys) {
        if (!fields::equal(current, m_after, key))
            out.append(key);
    }
    return out;
}

void Patch::mergeLater(const Patch &later)
{
    for (const QString &key : later.m_keys) {
        if (!m_keys.contains(key)) {
            m_keys.append(key);
            fields::copy(later.m_before, m_before, key);
        }
        fields::copy(later.m_after, m_after, key);
    }
}

} // namespace srdi
