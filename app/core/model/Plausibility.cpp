// SPDX-License-Identifier: GPL-3.0-or-later
#include "Plausibility.h"

#include "model/Rational.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace srdi {

namespace {

using Member = Opt<qint64> FiscalYear::*;

Member member(const QString &column)
{
    static const QHash<QString, Member> members = {
        {QStringLiteral("operating_revenue"), &FiscalYear::operatingRevenue},
        {QStringLiteral("main_business_revenue"), &FiscalYear::mainBusinessRevenue},
        {QStringLiteral("rd_expense"), &FiscalYear::rdExpense},
        {QStringLiteral("cost_expense_total"), &FiscalYear::costExpenseTotal},
        {QStringLiteral("net_profit"), &FiscalYear::netProfit},
        {QStringLiteral("total_assets"), &FiscalYear::totalAssets},
        {QStringLiteral("total_liabilities"), &FiscalYear::totalLiabilities},
        {QStringLiteral("equity_financing"), &FiscalYear::equityFinancing},
    };
    return members.value(column, nullptr);
}

// a > factor × b, exactly and without overflow.
bool above(qint64 a, qint64 factor, qint64 b)
{
    return Rational(a) > Rational(factor) * Rational(b);
}

} // namespace

PlausibilityRules PlausibilityRules::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    PlausibilityRules r;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return PlausibilityRules{};
    };
    if (!doc.isObject())
        return fail(pe.errorString());
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != u"srdi-plausibility/1")
        return fail(QStringLiteral("format must be srdi-plausibility/1"));
    for (const QJsonValue &v : o.value(QStringLiteral("money_fields")).toArray()) {
        if (!member(v.toString()))
            return fail(QStringLiteral("money_fields: unknown field %1").arg(v.toString()));
        r.moneyFields.append(v.toString());
    }
    for (const QJsonValue &v : o.value(QStringLiteral("above_revenue")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString field = a.value(QStringLiteral("field")).toString();
        const qint64 factor = a.value(QStringLiteral("factor")).toInteger(0);
        if (!member(field) || factor < 1 || factor > 1000000)
            return fail(QStringLiteral("above_revenue: bad entry %1").arg(field));
        r.aboveRevenue.append({field, factor});
    }
    r.anyMoneyFactor = o.value(QStringLiteral("any_money_above_revenue_factor")).toInteger(0);
    r.jumpFactor = o.value(QStringLiteral("jump_from_previous_year_factor")).toInteger(0);
    if (r.anyMoneyFactor < 0 || r.anyMoneyFactor > 1000000 || r.jumpFactor < 0 || r.jumpFactor > 1000000)
        return fail(QStringLiteral("factors must lie in 0..1000000"));
    return r;
}

const PlausibilityRules &PlausibilityRules::builtin()
{
    static const PlausibilityRules rules = [] {
        QFile f(QStringLiteral(":/data/plausibility.json"));
        QString error;
        PlausibilityRules r = f.open(QIODevice::ReadOnly) ? fromJson(f.readAll(), &error) : PlausibilityRules{};
        if (!error.isEmpty() || !f.isOpen())
            qWarning("%s: %s", qPrintable(f.fileName()), qPrintable(error.isEmpty() ? f.errorString() : error));
        return r;
    }();
    return rules;
}

QList<PlausibilityWarning> Plausibility::check(const Profile &p, const PlausibilityRules &rules)
{
    QList<PlausibilityWarning> out;
    for (const FiscalYear &fy : p.years) {
        const Opt<qint64> revenue = fy.operatingRevenue;
        auto key = [&](const QString &column) { return QStringLiteral("years.%1.%2").arg(fy.year).arg(column); };
        for (const QString &column : rules.moneyFields) {
            const Opt<qint64> &v = fy.*member(column);
            if (!v)
                continue;
            bool warned = false;
            if (revenue && *revenue > 0 && column != u"operating_revenue") {
                for (const PlausibilityRules::AboveRevenue &a : rules.aboveRevenue) {
                    if (a.field == column && above(*v, a.factor, *revenue)) {
                        out.append({key(column), PlausibilityWarning::Kind::AboveRevenue, *v, *revenue, fy.year});
                        warned = true;
                    }
                }
                if (!warned && rules.anyMoneyFactor > 0 && above(*v, rules.anyMoneyFactor, *revenue)) {
                    out.append({key(column), PlausibilityWarning::Kind::FarAboveRevenue, *v, *revenue, fy.year});
                    warned = true;
                }
            }
            // A tenfold jump from the year before (only upwards: a unit error
            // multiplies by 10,000).
            if (!warned && rules.jumpFactor > 0) {
                const FiscalYear *prev = p.fiscalYear(fy.year - 1);
                const Opt<qint64> before = prev ? prev->*member(column) : Opt<qint64>();
                // at least jumpFactor × the year before
                if (before && *before > 0 && Rational(*v) >= Rational(rules.jumpFactor) * Rational(*before))
                    out.append({key(column), PlausibilityWarning::Kind::Jump, *v, *before, fy.year - 1});
            }
        }
    }
    return out;
}

QList<PlausibilityWarning> Plausibility::forKey(const Profile &p, const QString &key, const PlausibilityRules &rules)
{
    QList<PlausibilityWarning> out;
    for (const PlausibilityWarning &w : check(p, rules))
        if (w.key == key)
            out.append(w);
    return out;
}

qint64 Plausibility::fixed(qint64 value)
{
    // Half away from zero, to the yuan.
    const qint64 q = value / 10000, r = value % 10000;
    return q + (r >= 5000 ? 1 : r <= -5000 ? -1 : 0);
}

} // namespace srdi
