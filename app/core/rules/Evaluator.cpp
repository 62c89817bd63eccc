// SPDX-License-Identifier: GPL-3.0-or-later
#include "Evaluator.h"

#include "io/ProfileJson.h"

#include <algorithm>

namespace srdi::rules {

namespace {

Status statusOf(Truth t, bool manualIfUnknown)
{
    switch (t) {
    case Truth::True: return Status::Met;
    case Truth::False: return Status::Unmet;
    default: return manualIfUnknown ? Status::ManualReview : Status::MissingData;
    }
}

Truth truthOfStatus(Status s)
{
    return s == Status::Met ? Truth::True : s == Status::Unmet ? Truth::False : Truth::Unknown;
}

// Where a figure can be moved: a single fact, or a total of one fact over years.
struct Lever
{
    QString field;
    int year = 0, yearTo = 0;
    Dim dim = Dim::Score;
    bool ok = false;
};

Lever leverOf(const NumExpr *e, const Context &ctx)
{
    Lever l;
    if (e->shape == NumExpr::Shape::Field) {
        auto *f = static_cast<const FieldExpr *>(e);
        l = {f->info->name, f->fiscalYear(ctx), 0, f->dim, true};
    } else if (e->shape == NumExpr::Shape::Sum) {
        auto *s = static_cast<const ListExpr *>(e);
        for (const auto &item : s->items) {
            if (item->shape != NumExpr::Shape::Field)
                return {};
            auto *f = static_cast<const FieldExpr *>(item.get());
            if (!l.ok) {
                l = {f->info->name, f->fiscalYear(ctx), f->fiscalYear(ctx), f->dim, true};
            } else if (l.field != f->info->name) {
                return {};
            } else {
                l.year = std::min(l.year, f->fiscalYear(ctx));
                l.yearTo = std::max(l.yearTo, f->fiscalYear(ctx));
            }
        }
        if (l.yearTo == l.year)
            l.yearTo = 0;
    }
    return l;
}

bool isWhole(Dim d)
{
    return d == Dim::Money || d == Dim::Count || d == Dim::Years;
}

// The smallest (for a floor) or largest (for a ceiling) whole value that
// satisfies `x op target`.
Rational wholeTarget(const Rational &t, Op op)
{
    if (!t.isValid())
        return t;
    switch (op) {
    case Op::Ge: return Rational(t.ceil());
    case Op::Gt: return Rational(t.floor()) + Rational(1);
    case Op::Le: return Rational(t.floor());
    case Op::Lt: return Rational(t.ceil()) - Rational(1);
    case Op::Eq: return t;
    }
    return t;
}

Gap moveLever(const Lever &lever, const Rational &current, Rational target, Op op, const QString &unit)
{
    Gap g;
    if (isWhole(lever.dim))
        target = wholeTarget(target, op);
    g.field = lever.field;
    g.year = lever.year;
    g.yearTo = lever.yearTo;
    g.dim = lever.dim;
    g.target = target;
    g.unit = unit;
    const bool up = op == Op::Ge || op == Op::Gt;
    g.kind = up ? Gap::Kind::Increase : Gap::Kind::Decrease;
    g.delta = up ? target - current : current - target;
    g.hasBase = true;
    g.base = current;
    if (g.delta.isNegative() || g.delta.isZero()) {
        // Strict lines on non-whole figures: "more than" the line.
        g.delta = Rational();
    }
    return g;
}

} // namespace

Gap Evaluator::gapOf(const CmpPred &cmp, const Context &ctx)
{
    Gap reach;
    reach.kind = Gap::Kind::Reach;
    reach.target = cmp.threshold;
    reach.unit = cmp.unit;
    reach.dim = cmp.metric->dim;

    const NumExpr *m = cmp.metric.get();
    const Rational &t = cmp.threshold;
    const Num value = m->eval(ctx);
    if (!value.isKnown())
        return reach;
    switch (m->shape) {
    case NumExpr::Shape::Field:
    case NumExpr::Shape::Sum: {
        const Lever l = leverOf(m, ctx);
        if (!l.ok || !value.isFinite())
            return reach;
        const Gap g = moveLever(l, value.v, t, cmp.op, cmp.unit);
        return g.delta.isValid() && g.target.isValid() ? g : reach;
    }
    case NumExpr::Shape::YearsSince: {
        Gap g;
        g.kind = Gap::Kind::Wait;
        g.dim = Dim::Years;
        g.field = static_cast<const YearsSinceExpr *>(m)->info->name;
        g.delta = Rational(wholeTarget(t, cmp.op)) - value.v;
        if (!g.delta.isValid())
            return reach;
        g.hasBase = true;
        g.base = value.v;
        g.target = t;
        g.unit = cmp.unit;
        return g;
    }
    case NumExpr::Shape::Ratio:
    case NumExpr::Shape::Growth:
    case NumExpr::Shape::Cagr: {
        auto *pair = static_cast<const PairExpr *>(m);
        const Lever l = leverOf(pair->a.get(), ctx);
        const Num a = pair->a->eval(ctx);
        const Num b = pair->b->eval(ctx);
        if (!l.ok || !a.isFinite() || !b.isFinite())
            return reach;
        // Keep the other figure fixed and solve for the lever.
        Rational target;
        if (m->shape == NumExpr::Shape::Ratio) {
            if (b.v.isZero() || b.v.isNegative())
                return reach;
            target = t * b.v;
        } else if (m->shape == NumExpr::Shape::Growth) {
            if (b.v.isZero() || b.v.isNegative())
                return reach;
            target = b.v * (Rational(1) + t);
        } else {
            if (b.v.isZero() || b.v.isNegative())
                return reach;
            target = b.v * Rational::power(Rational(1) + t, pair->periods);
        }
        // Checked arithmetic: a target too large to represent has no figure to show.
        if (!target.isValid())
            return reach;
        const Gap g = moveLever(l, a.v, target, cmp.op, cmp.unit);
        return g.delta.isValid() && g.target.isValid() ? g : reach;
    }
    default:
        return reach;
    }
}

namespace {

ConditionResult evalCondition(const Condition &c, Context &ctx)
{
    ConditionResult r;
    r.rule = &c;
    ctx.missing = &r.missing;
    ctx.conflicts = &r.inconsistent;
    ctx.windows = &r.windows;
    const Truth t = c.test->eval(ctx);
    ctx.windows = nullptr;
    ctx.missing = nullptr;
    r.status = statusOf(t, c.manualIfUnknown);
    if (t == Truth::False && c.manualIfFalse)
        r.status = Status::ManualReview;
    // A criterion that reads a contradicting figure is neither met nor unmet.
    if (!r.inconsistent.isEmpty())
        r.status = Status::Inconsistent;

    const CmpPred *shownCmp = t == Truth::False ? firstFailing(c.test.get(), ctx) : nullptr;
    if (!shownCmp)
        shownCmp = primaryComparison(c.test.get(), ctx);
    if (shownCmp) {
        r.hasFigure = true;
        r.actual = shownCmp->metric->eval(ctx);
        r.required = shownCmp->threshold;
        r.op = shownCmp->op;
        r.unit = shownCmp->unit;
        r.dim = shownCmp->metric->dim;
        if (t == Truth::False)
            r.gap = Evaluator::gapOf(*shownCmp, ctx);
    }
    if (c.shown.metric && t != Truth::False) {
        r.hasFigure = true;
        r.actual = c.shown.metric->eval(ctx);
        r.unit = c.shown.unit;
        r.dim = c.shown.metric->dim;
    }
    ctx.conflicts = nullptr;
    return r;
}

struct BandOutcome
{
    Rational lower, upper;
    int band = -1;
};

BandOutcome evalBands(const std::vector<Band> &bands, Context &ctx)
{
    // Bands are ordered best first; the first that holds applies. While an
    // earlier band is unknown, the points lie between the candidates.
    BandOutcome out;
    bool first = true;
    bool sawUnknown = false;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const Truth t = bands[i].when ? bands[i].when->eval(ctx) : Truth::True;
        if (t == Truth::False)
            continue;
        const Rational &p = bands[i].points;
        out.lower = first ? p : std::min(out.lower, p);
        out.upper = first ? p : std::max(out.upper, p);
        first = false;
        if (t == Truth::True) {
            out.band = sawUnknown ? -1 : int(i);
            break;
        }
        sawUnknown = true;
    }
    return out;
}

IndicatorResult evalIndicator(const Indicator &ind, Context &ctx)
{
    IndicatorResult r;
    r.rule = &ind;
    ctx.missing = &r.missing;
    ctx.conflicts = &r.inconsistent;
    ctx.windows = &r.windows;
    const std::vector<Band> *bands = nullptr;
    if (ind.pointsFrom) {
        const Num n = ind.pointsFrom->eval(ctx);
        if (n.isFinite()) {
            Rational p = n.v;
            p = p.isNegative() ? Rational() : p;
            p = p > ind.max ? ind.max : p;
            r.points = r.pointsUpper = p;
            r.band = 0;
        } else {
            r.points = Rational();
            r.pointsUpper = ind.max;
        }
        r.fact = n;
        r.factDim = ind.pointsFrom->dim;
    } else if (!ind.alternatives.empty()) {
        const auto chosen = Fields::enumValue(ind.chooseBy->id, ctx.profile);
        int pick = -1;
        BandOutcome best;
        for (std::size_t a = 0; a < ind.alternatives.size(); ++a) {
            const auto &alt = ind.alternatives[a];
            if (chosen && *chosen != alt.id)
                continue;
            const BandOutcome o = evalBands(alt.bands, ctx);
            if (pick < 0 || o.lower > best.lower || (o.lower == best.lower && o.upper > best.upper)) {
                best = o;
                pick = int(a);
            } else {
                best.upper = std::max(best.upper, o.upper);
            }
        }
        if (pick < 0) { // a choice that names no alternative: treat as not chosen
            pick = 0;
            best = evalBands(ind.alternatives.front().bands, ctx);
        }
        r.points = best.lower;
        r.pointsUpper = best.upper;
        r.band = best.band;
        r.alternative = ind.alternatives[std::size_t(pick)].id;
        r.betterOfTwo = !chosen;
        bands = &ind.alternatives[std::size_t(pick)].bands;
    } else {
        const BandOutcome o = evalBands(ind.bands, ctx);
        r.points = o.lower;
        r.pointsUpper = o.upper;
        r.band = o.band;
        bands = &ind.bands;
    }
    ctx.missing = nullptr;
    ctx.windows = nullptr;
    if (bands && r.band >= 0 && !(*bands)[std::size_t(r.band)].label.en.isEmpty())
        r.bandLabel = &(*bands)[std::size_t(r.band)].label;

    // The figure the table shows.
    if (ind.fact.metric) {
        r.fact = ind.fact.metric->eval(ctx);
        r.factUnit = ind.fact.unit;
        r.factDim = ind.fact.metric->dim;
    } else if (bands) {
        for (const Band &b : *bands) {
            if (const CmpPred *c = primaryComparison(b.when.get(), ctx)) {
                r.fact = c->metric->eval(ctx);
                r.factUnit = c->unit;
                r.factDim = c->metric->dim;
                break;
            }
        }
    }
    // The next band up, and what it takes.
    if (bands && r.band > 0) {
        const Band &next = (*bands)[std::size_t(r.band - 1)];
        r.nextGain = next.points - r.points;
        if (const CmpPred *c = firstFailing(next.when.get(), ctx))
            r.nextGap = Evaluator::gapOf(*c, ctx);
    }
    ctx.conflicts = nullptr;
    return r;
}

RouteResult evalRoute(const Route &route, const RulePack &pack, Context &ctx)
{
    RouteResult r;
    r.rule = &route;
    for (const Condition &c : pack.common) {
        if (!route.waivesCommon.contains(c.id))
            r.conditions.append(evalCondition(c, ctx));
    }
    for (const Condition &c : route.conditions)
        r.conditions.append(evalCondition(c, ctx));

    Truth gate = Truth::True;
    bool scoreMet = false;
    bool directMet = false;
    if (route.score) {
        const Score &s = *route.score;
        r.scored = true;
        bool pass = true;
        bool fail = false;
        bool inconsistent = false;
        for (const Indicator &ind : s.indicators) {
            IndicatorResult ir = evalIndicator(ind, ctx);
            inconsistent = inconsistent || !ir.inconsistent.isEmpty();
            r.score = r.score + ir.points;
            r.scoreUpper = r.scoreUpper + ir.pointsUpper;
            if (ind.requiredNonzero) {
                pass = pass && !ir.points.isZero();
                fail = fail || ir.pointsUpper.isZero();
            }
            r.indicators.append(std::move(ir));
        }
        for (const Category &cat : s.categories) {
            CategoryResult cr;
            cr.rule = &cat;
            for (const IndicatorResult &ir : std::as_const(r.indicators)) {
                if (ir.rule->category == cat.id) {
                    cr.points = cr.points + ir.points;
                    cr.pointsUpper = cr.pointsUpper + ir.pointsUpper;
                }
            }
            pass = pass && cr.points >= cat.min;
            fail = fail || cr.pointsUpper < cat.min;
            r.categories.append(cr);
        }
        pass = pass && r.score >= s.line;
        fail = fail || r.scoreUpper < s.line;
        r.scoreStatus = pass ? Status::Met : fail ? Status::Unmet : inconsistent ? Status::Inconsistent : Status::MissingData;
        scoreMet = pass;
        gate = pass ? Truth::True : fail ? Truth::False : Truth::Unknown;
        for (const Condition &c : route.direct) {
            r.direct.append(evalCondition(c, ctx));
            const Truth d = truthOfStatus(r.direct.last().status);
            directMet = directMet || d == Truth::True;
            gate = truthOr(gate, d);
        }
    }

    bool unmet = gate == Truth::False;
    bool missing = gate == Truth::Unknown;
    // An open gate that a contradicting figure keeps open.
    bool inconsistent = gate == Truth::Unknown
                        && (r.scoreStatus == Status::Inconsistent
                            || std::any_of(r.direct.cbegin(), r.direct.cend(),
                                           [](const ConditionResult &d) { return d.status == Status::Inconsistent; }));
    bool manual = false;
    for (const ConditionResult &c : std::as_const(r.conditions)) {
        unmet = unmet || c.status == Status::Unmet;
        missing = missing || c.status == Status::MissingData;
        inconsistent = inconsistent || c.status == Status::Inconsistent;
        manual = manual || c.status == Status::ManualReview;
    }
    // Inconsistent is like missing data (never met), and named first: it is
    // fixed by correcting a figure already entered.
    r.status = unmet          ? Status::Unmet
               : inconsistent ? Status::Inconsistent
               : missing      ? Status::MissingData
               : manual       ? Status::ManualReview
                              : Status::Met;
    if (r.status != Status::Unmet)
        r.via = scoreMet ? QStringLiteral("score") : directMet ? QStringLiteral("direct") : QStringLiteral("none");
    return r;
}

int statusRank(Status s)
{
    switch (s) {
    case Status::Met: return 3; // structural: rank order
    case Status::ManualReview: return 2; // structural: rank order
    case Status::MissingData: return 1;
    case Status::Inconsistent: return 1; // like missing data
    case Status::Unmet: return 0;
    }
    return 0;
}

} // namespace

Assessment Evaluator::evaluate(const Profile &profile, const std::shared_ptr<const RulePack> &pack,
                               const QDate &today, const SmeSizeTable &sizes)
{
    Assessment a;
    a.pack = pack;
    a.company = profile.company.name;
    a.year = profile.assessmentYear;
    a.date = profile.effectiveDate(today);
    a.packReason.id = QStringLiteral("chosen");
    a.packReason.date = a.date;
    a.region = profile.company.region;
    a.recognitions = profile.company.recognitions;
    // Figures that contradict each other are read as not known, and every
    // criterion that reads one says so.
    QList<MissingInput> inconsistent;
    for (const auto &[field, year] : ProfileJson::inconsistentFields(profile))
        inconsistent.append({field, year});
    a.inconsistent = inconsistent;
    a.sme = sizes.classify(profile, profile.assessmentYear, &inconsistent);
    if (!pack)
        return a;

    Context ctx{profile, profile.assessmentYear, a.date, a.sme.isSme, pack->titleValidityYears, nullptr,
                &inconsistent, nullptr, &a.sme.inconsistent, &pack->titleValidityByRoute};
    for (const Tier &tier : pack->tiers) {
        TierResult tr;
        tr.rule = &tier;
        for (const Route &route : tier.routes) {
            tr.routes.append(evalRoute(route, *pack, ctx));
            if (tr.routes.size() == 1 || statusRank(tr.routes.last().status) > statusRank(tr.status)) {
                tr.status = tr.routes.last().status;
                tr.bestRoute = int(tr.routes.size() - 1);
            }
        }
        if (tr.status == Status::Met)
            a.highestTier = tier.tier;
        a.tiers.append(std::move(tr));
    }
    return a;
}

Assessment Evaluator::evaluate(const Profile &profile, const PackChoice &choice, const QDate &today,
                               const SmeSizeTable &sizes)
{
    Assessment a = evaluate(profile, choice.pack, today, sizes);
    a.packReason = choice.reason;
    return a;
}

} // namespace srdi::rules
