// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentJson.h"

#include "AssessmentText.h"
#include "Checklist.h"
#include "awards/AwardCatalog.h"
#include "model/Decimal.h"

#include <QDir>
#include <QJsonArray>
#include <cmath>

namespace srdi::rules {

namespace {

// A figure in the unit its rule is written in, exact to four decimals.
QJsonValue inUnit(const Rational &v, Dim dim)
{
    Rational x = v;
    if (dim == Dim::Fraction)
        x = v * Rational(100);
    else if (dim == Dim::Money)
        x = v / Rational(10000);
    if (x.den() == 1)
        return QJsonValue(qint64(x.num()));
    return QJsonValue(decimal4ToDouble(x.toScaled4Rounded()));
}

QJsonValue figure(const Num &n, Dim dim)
{
    if (!n.isFinite())
        return QJsonValue(QJsonValue::Null);
    if (n.root > 1) {
        // A compound growth rate in percent, rounded to four decimals (display only).
        return QJsonValue(std::round(n.toDouble() * 100.0 * 10000.0) / 10000.0);
    }
    return inUnit(n.v, dim);
}

QString unitName(Dim dim, const QString &unit)
{
    if (!unit.isEmpty())
        return unit;
    switch (dim) {
    case Dim::Money: return wanUnit();
    case Dim::Fraction: return QStringLiteral("%");
    case Dim::Years: return QStringLiteral("years");
    case Dim::Count: return QStringLiteral("count");
    default: return QStringLiteral("points");
    }
}

QJsonValue number(const Rational &r)
{
    return inUnit(r, Dim::Score);
}

QJsonArray missingArray(const QList<MissingInput> &missing)
{
    QJsonArray out;
    for (const MissingInput &m : missing) {
        QJsonObject o{{QStringLiteral("field"), m.field}};
        if (m.year)
            o.insert(QStringLiteral("year"), m.year);
        out.append(o);
    }
    return out;
}

// The years each list was counted over: {"list", "from", "to"}.
QJsonArray windowArray(const QList<YearWindow> &windows)
{
    QJsonArray out;
    for (const YearWindow &w : windows)
        out.append(QJsonObject{{QStringLiteral("list"), w.list}, {QStringLiteral("from"), w.from}, {QStringLiteral("to"), w.to}});
    return out;
}

QJsonObject condition(const ConditionResult &c, const Format &fmt)
{
    QJsonObject o{{QStringLiteral("id"), c.rule->id},
                  {QStringLiteral("name"), c.rule->name.get(fmt.lang())},
                  {QStringLiteral("status"), statusId(c.status)}};
    if (c.hasFigure) {
        o.insert(QStringLiteral("actual"), figure(c.actual, c.dim));
        o.insert(QStringLiteral("required"), inUnit(c.required, c.dim));
        o.insert(QStringLiteral("op"), opText(c.op));
        o.insert(QStringLiteral("unit"), unitName(c.dim, c.unit));
    } else {
        o.insert(QStringLiteral("actual"), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("required"), QJsonValue(QJsonValue::Null));
        // Stable keys: a yes/no condition has no comparison and no unit.
        o.insert(QStringLiteral("op"), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("unit"), QJsonValue(QJsonValue::Null));
    }
    const QString gap = c.status == Status::Unmet ? fmt.gap(c.gap) : QString();
    o.insert(QStringLiteral("gap"), gap.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(gap));
    // What to do next, where the pack says it (a condition without a number).
    if (const QString next = nextStep(c, fmt.lang()); !next.isEmpty())
        o.insert(QStringLiteral("next_step"), next);
    // Inputs that would matter only for a condition still open: a met or failed
    // condition is settled whatever the blanks in its other branches.
    if (!c.missing.isEmpty() && (c.status == Status::MissingData || c.status == Status::ManualReview))
        o.insert(QStringLiteral("missing"), missingArray(c.missing));
    // The contradicting figures it reads: correct them to decide it.
    if (!c.inconsistent.isEmpty())
        o.insert(QStringLiteral("inconsistent"), missingArray(c.inconsistent));
    if (!c.windows.isEmpty())
        o.insert(QStringLiteral("windows"), windowArray(c.windows));
    o.insert(QStringLiteral("source"), c.rule->source.document);
    o.insert(QStringLiteral("verified"), c.rule->source.verified);
    return o;
}

QJsonObject route(const RouteResult &r, const Format &fmt)
{
    QJsonObject o{{QStringLiteral("id"), r.rule->id},
                  {QStringLiteral("name"), r.rule->name.get(fmt.lang())},
                  {QStringLiteral("status"), statusId(r.status)},
                  {QStringLiteral("route"), r.via}};
    if (const QString reading = fmt.routeReading(*r.rule); !reading.isEmpty())
        o.insert(QStringLiteral("reading"), reading);
    if (r.scored) {
        Rational max;
        for (const Category &c : r.rule->score->categories)
            max = max + c.max;
        o.insert(QStringLiteral("score"), number(r.score));
        o.insert(QStringLiteral("score_max"), number(max));
        o.insert(QStringLiteral("score_line"), number(r.rule->score->line));
        if (r.scoreUpper != r.score)
            o.insert(QStringLiteral("score_upper"), number(r.scoreUpper));
        QJsonArray cats;
        for (const CategoryResult &c : r.categories) {
            QJsonObject co{{QStringLiteral("id"), c.rule->id},
                           {QStringLiteral("name"), c.rule->name.get(fmt.lang())},
                           {QStringLiteral("points"), number(c.points)},
                           {QStringLiteral("max"), number(c.rule->max)}};
            if (!c.rule->min.isZero())
                co.insert(QStringLiteral("min"), number(c.rule->min));
            cats.append(co);
        }
        o.insert(QStringLiteral("categories"), cats);
    } else {
        o.insert(QStringLiteral("score"), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("score_max"), QJsonValue(QJsonValue::Null));
    }
    QJsonArray conds;
    for (const ConditionResult &c : r.conditions)
        conds.append(condition(c, fmt));
    o.insert(QStringLiteral("conditions"), conds);
    QJsonArray inds;
    for (const IndicatorResult &i : r.indicators) {
        QJsonObject io{{QStringLiteral("id"), i.rule->id},
                       {QStringLiteral("name"), i.rule->name.get(fmt.lang())},
                       {QStringLiteral("points"), number(i.points)},
                       {QStringLiteral("max"), number(i.rule->max)},
                       {QStringLiteral("actual"), figure(i.fact, i.factDim)},
                       {QStringLiteral("unit"), unitName(i.factDim, i.factUnit)}};
        if (i.pointsUpper != i.points)
            io.insert(QStringLiteral("points_upper"), number(i.pointsUpper));
        if (i.bandLabel)
            io.insert(QStringLiteral("band"), i.bandLabel->get(fmt.lang()));
        if (!i.alternative.isEmpty()) {
            io.insert(QStringLiteral("measure"), i.alternative);
            io.insert(QStringLiteral("better_of_two"), i.betterOfTwo);
        }
        if (i.nextGain > Rational() && i.nextGap.kind != Gap::Kind::None) {
            io.insert(QStringLiteral("next_gain"), number(i.nextGain));
            io.insert(QStringLiteral("gap"), fmt.gap(i.nextGap));
        }
        if (!i.missing.isEmpty() && i.pointsUpper != i.points)
            io.insert(QStringLiteral("missing"), missingArray(i.missing));
        if (!i.inconsistent.isEmpty())
            io.insert(QStringLiteral("inconsistent"), missingArray(i.inconsistent));
        if (!i.windows.isEmpty())
            io.insert(QStringLiteral("windows"), windowArray(i.windows));
        inds.append(io);
    }
    o.insert(QStringLiteral("indicators"), inds);
    if (r.scored) {
        QJsonArray moves;
        for (const IndicatorResult *i : r.bestMoves())
            moves.append(i->rule->id);
        o.insert(QStringLiteral("best_moves"), moves);
    }
    QJsonArray direct;
    for (const ConditionResult &d : r.direct)
        direct.append(condition(d, fmt));
    o.insert(QStringLiteral("direct_routes"), direct);
    return o;
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject award(const awards::AwardMatch &m, const Format &fmt)
{
    const awards::Award &w = *m.award;
    QJsonObject o{{QStringLiteral("id"), w.id},
                  {QStringLiteral("tier"), textOrNull(w.tier)},
                  {QStringLiteral("name"), w.name.get(fmt.lang())},
                  {QStringLiteral("region"), w.region},
                  {QStringLiteral("region_name"), w.regionName.get(fmt.lang())},
                  {QStringLiteral("amount_wan"),
                   m.amount ? inUnit(Rational(*m.amount), Dim::Money) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("up_to"), w.upTo},
                  {QStringLiteral("status"), awards::statusId(m.status)},
                  {QStringLiteral("source"), fmt.script(w.citation())},
                  {QStringLiteral("document"), textOrNull(fmt.script(w.document))},
                  {QStringLiteral("verified"), w.verified},
                  {QStringLiteral("valid_until"), w.validUntil.isValid() ? QJsonValue(w.validUntil.toString(Qt::ISODate))
                                                                         : QJsonValue(QJsonValue::Null)}};
    if (!w.trigger.isEmpty())
        o.insert(QStringLiteral("trigger"), w.trigger);
    if (!w.rate.zhCN.isEmpty())
        o.insert(QStringLiteral("rate"), w.rate.get(fmt.lang()));
    if (m.renewal)
        o.insert(QStringLiteral("renewal"), true);
    if (w.stacking != awards::Stacking::None)
        o.insert(QStringLiteral("stacking"), awards::stackingId(w.stacking));
    if (w.likelyExpired)
        o.insert(QStringLiteral("likely_expired"), true);
    if (!m.reason.isEmpty())
        o.insert(QStringLiteral("reason"), m.reason);
    if (m.recognitionsMissing)
        o.insert(QStringLiteral("missing"), missingArray({MissingInput{QStringLiteral("company.recognitions"), 0}}));
    return o;
}

} // namespace

QJsonObject AssessmentJson::toJson(const Assessment &a, const QString &lang)
{
    awards::AwardCatalog &catalog = awards::AwardCatalog::instance();
    catalog.load(); // once; a broken user file is skipped (AwardCatalog::load names it)
    return toJson(a, lang, catalog.match(a));
}

QJsonObject AssessmentJson::toJson(const Assessment &a, const QString &lang, const awards::AwardReport &awards)
{
    const Format fmt(lang);
    QJsonObject root;
    root.insert(QStringLiteral("rules"), a.pack ? a.pack->id : QString());
    if (a.pack) {
        root.insert(QStringLiteral("rules_document"), a.pack->document);
        root.insert(QStringLiteral("rules_verified"), a.pack->verified);
        // Where the pack came from: a user pack (which may replace a built-in
        // one of the same id) is named with its file.
        QJsonObject origin{{QStringLiteral("id"), a.pack->id},
                           {QStringLiteral("source"), a.pack->fromUser ? QStringLiteral("user") : QStringLiteral("builtin")}};
        if (a.pack->fromUser) {
            origin.insert(QStringLiteral("file"), QDir::toNativeSeparators(a.pack->file));
            origin.insert(QStringLiteral("replaces_builtin"), a.pack->replacesBuiltin);
        }
        root.insert(QStringLiteral("rules_pack"), origin);
        QJsonObject reason{{QStringLiteral("id"), a.packReason.id}, {QStringLiteral("text"), fmt.packReason(a)}};
        if (a.packReason.granted.isValid())
            reason.insert(QStringLiteral("granted"), a.packReason.granted.toString(Qt::ISODate));
        root.insert(QStringLiteral("pack_reason"), reason);
    }
    root.insert(QStringLiteral("company"), a.company);
    root.insert(QStringLiteral("assessment_year"), a.year);
    root.insert(QStringLiteral("assessment_date"), a.date.toString(Qt::ISODate));
    root.insert(QStringLiteral("sme_size"), a.sme.size);
    root.insert(QStringLiteral("highest_tier"), a.highestTier);
    // Like "missing": there only when there is something to correct.
    if (!a.inconsistent.isEmpty())
        root.insert(QStringLiteral("inconsistent"), missingArray(a.inconsistent));
    QJsonArray tiers;
    for (const TierResult &t : a.tiers) {
        // The tier carries its best route's figures, as cli.md shows; every
        // route is listed where the tier has more than one.
        QJsonObject o = route(t.best(), fmt);
        o.insert(QStringLiteral("via"), o.value(QStringLiteral("id")));
        o.insert(QStringLiteral("id"), t.rule->tier);
        o.insert(QStringLiteral("tier"), t.rule->tier);
        o.insert(QStringLiteral("name"), t.rule->name.get(lang));
        o.insert(QStringLiteral("status"), statusId(t.status));
        if (t.routes.size() > 1) {
            QJsonArray routes;
            for (const RouteResult &r : t.routes)
                routes.append(route(r, fmt));
            o.insert(QStringLiteral("routes"), routes);
        }
        tiers.append(o);
    }
    root.insert(QStringLiteral("tiers"), tiers);
    QJsonArray claimable, others;
    for (const awards::AwardMatch &m : awards.claimable())
        claimable.append(award(m, fmt));
    for (const awards::AwardMatch &m : awards.others())
        others.append(award(m, fmt));
    QJsonArray coverage;
    for (const awards::RegionCoverage &c : awards.coverage) {
        QJsonObject o{{QStringLiteral("region"), c.code}, {QStringLiteral("awards"), c.awards},
                      {QStringLiteral("catalogue"), c.hasFile}};
        if (!c.searched.isEmpty())
            o.insert(QStringLiteral("searched"), c.searched);
        if (const QString nf = c.notFound.get(lang); c.awards == 0 && !nf.isEmpty())
            o.insert(QStringLiteral("not_found"), nf);
        coverage.append(o);
    }
    root.insert(QStringLiteral("award_regions"), coverage);
    root.insert(QStringLiteral("awards"), claimable);
    root.insert(QStringLiteral("other_awards"), others);
    root.insert(QStringLiteral("award_totals"),
                QJsonObject{{QStringLiteral("now_wan"), inUnit(Rational(awards.nowYuan), Dim::Money)},
                            {QStringLiteral("next_tier_wan"), inUnit(Rational(awards.nextTierYuan), Dim::Money)}});
    return root;
}

} // namespace srdi::rules
