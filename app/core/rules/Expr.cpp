// SPDX-License-Identifier: GPL-3.0-or-later
#include "Expr.h"

#include "model/Decimal.h"
#include "model/Periods.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace srdi::rules {

double Num::toDouble() const
{
    switch (kind) {
    case Finite:
        return root > 1 ? std::pow(v.toDouble(), 1.0 / root) - 1.0 : v.toDouble();
    case PosInf:
        return HUGE_VAL;
    case NegInf:
        return -HUGE_VAL;
    default:
        return std::nan("");
    }
}

void Context::noteMissing(const QString &field, int fieldYear) const
{
    if (!missing)
        return;
    const MissingInput m{field, fieldYear};
    if (!missing->contains(m))
        missing->append(m);
}

bool Context::conflicted(const QString &field, int fieldYear) const
{
    const MissingInput m{field, fieldYear};
    if (!inconsistent || !inconsistent->contains(m))
        return false;
    if (conflicts && !conflicts->contains(m))
        conflicts->append(m);
    return true;
}

QString opText(Op op)
{
    switch (op) {
    case Op::Ge: return QStringLiteral(">=");
    case Op::Gt: return QStringLiteral(">");
    case Op::Le: return QStringLiteral("<=");
    case Op::Lt: return QStringLiteral("<");
    case Op::Eq: return QStringLiteral("==");
    }
    return {};
}

// ---------------------------------------------------------------- numbers

Num FieldExpr::eval(const Context &ctx) const
{
    const int y = fiscalYear(ctx);
    if (ctx.conflicted(info->name, y))
        return Num::missing();
    const auto v = Fields::number(info->id, ctx.profile, y);
    if (!v) {
        ctx.noteMissing(info->name, y);
        return Num::missing();
    }
    return Num::of(*v);
}

namespace {

// The figure that is zero when `e` is the denominator: named where it is a
// single figure, so that the result can say "operating revenue 2025 is 0".
Num zeroBaseOf(const NumExpr *e, const Context &ctx)
{
    if (e && e->shape == NumExpr::Shape::Field) {
        auto *f = static_cast<const FieldExpr *>(e);
        return Num::zeroBase(f->info->name, f->fiscalYear(ctx));
    }
    return Num::zeroBase();
}

// a / b. A zero denominator leaves the ratio without a value (0/0 as much as
// 5/0): ZeroBase, never infinity and never "not entered".
Num divide(const Num &a, const Num &b, const NumExpr *denominator, const Context &ctx)
{
    if (!a.isKnown() || !b.isKnown())
        return a.kind == Num::Missing || b.kind == Num::Missing ? Num::missing() : Num::undefined();
    if (!a.isFinite() || !b.isFinite())
        return Num::undefined();
    if (b.v.isZero())
        return zeroBaseOf(denominator, ctx);
    return Num::of(a.v / b.v);
}

Num bothKnown(const Num &a, const Num &b)
{
    if (a.kind == Num::Missing || b.kind == Num::Missing)
        return Num::missing();
    return Num::undefined();
}

} // namespace

Num PairExpr::eval(const Context &ctx) const
{
    // Evaluate both sides so that every missing input is noted.
    const Num x = a->eval(ctx);
    const Num y = b->eval(ctx);
    switch (shape) {
    case Shape::Ratio:
        return divide(x, y, b.get(), ctx);
    case Shape::Growth: {
        if (!x.isFinite() || !y.isFinite())
            return bothKnown(x, y);
        if (y.v.isNegative())
            return Num::undefined(); // growth from a negative base has no meaning
        return divide(Num::of(x.v - y.v), y, b.get(), ctx);
    }
    case Shape::Cagr: {
        if (!x.isFinite() || !y.isFinite())
            return bothKnown(x, y);
        if (y.v.isNegative() || x.v.isNegative())
            return Num::undefined();
        const Num r = divide(x, y, b.get(), ctx);
        if (!r.isFinite())
            return r;
        Num out = r;
        out.root = quint8(periods);
        return out;
    }
    default:
        return Num::undefined();
    }
}

Num ListExpr::eval(const Context &ctx) const
{
    std::vector<Num> values;
    values.reserve(items.size());
    bool anyMissing = false;
    bool anyUndefined = false;
    std::optional<Num> zero; // the first item whose denominator is zero
    for (const auto &item : items) {
        values.push_back(item->eval(ctx));
        anyMissing = anyMissing || values.back().kind == Num::Missing;
        anyUndefined = anyUndefined || (values.back().isKnown() && !values.back().isFinite())
                       || values.back().kind == Num::Undefined || values.back().root > 1;
    }
    for (const Num &n : values) {
        if (n.kind == Num::ZeroBase) {
            zero = n;
            break;
        }
    }
    if (anyMissing)
        return Num::missing();
    if (zero && shape == Shape::Mean && skipWithoutValue && !anyUndefined) {
        // The mean of the years that have a value; none: no value either.
        const auto before = values.size();
        std::erase_if(values, [](const Num &n) { return n.kind == Num::ZeroBase; });
        if (values.empty())
            return *zero;
        Rational acc;
        for (const Num &n : values)
            acc = acc + n.v;
        Num out = Num::of(acc / Rational(Int128(values.size())));
        if (out.isFinite()) {
            out.skipped = quint8(before - values.size());
            out.zeroField = zero->zeroField;
            out.zeroYear = zero->zeroYear;
        }
        return out;
    }
    if (zero && shape == Shape::Max) {
        // The better of several: a ratio without value is the lowest of all,
        // so the others decide; when none has a value, neither has the max.
        std::erase_if(values, [](const Num &n) { return n.kind == Num::ZeroBase; });
        if (values.empty())
            return *zero;
    } else if (zero && !anyUndefined) {
        // A sum or mean with a ratio that has no value has none either: the
        // same rule as the ratio itself (an average growth with a zero base year
        // earns the lowest band).
        return *zero;
    }
    if (anyUndefined)
        return Num::undefined();
    Rational acc;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (shape == Shape::Max)
            acc = (i == 0 || values[i].v > acc) ? values[i].v : acc;
        else
            acc = acc + values[i].v;
    }
    if (shape == Shape::Mean && !values.empty())
        acc = acc / Rational(Int128(values.size()));
    return Num::of(acc);
}

QDate YearsSinceExpr::until(const Context &ctx) const
{
    return untilPrevYearEnd ? QDate(ctx.year - 1, 12, 31) : ctx.date; // structural: 31 December
}

Num YearsSinceExpr::eval(const Context &ctx) const
{
    const auto d = Fields::date(info->id, ctx.profile);
    if (!d) {
        ctx.noteMissing(info->name);
        return Num::missing();
    }
    // Whole years: the periods (民法典 第二百零一条, 第二百零二条) completed by `until`.
    return Num::of(Rational(periods::fullYears(*d, until(ctx))));
}

namespace {

// One entry of a list fact as key -> value (strings or whole numbers).
struct EntryView
{
    QHash<QString, QString> text;
    QHash<QString, qint64> number;
};

template <typename Fn> bool forEachEntry(const QString &list, const Profile &p, Fn fn)
{
    if (list == u"innovation.sci_tech_awards") {
        if (!p.innovation.sciTechAwards)
            return false;
        for (const auto &a : *p.innovation.sciTechAwards)
            fn(EntryView{{{QStringLiteral("level"), a.level}},
                         {{QStringLiteral("rank"), a.rank}, {QStringLiteral("year"), a.year}}});
        return true;
    }
    if (list == u"innovation.chuangke_china") {
        if (!p.innovation.chuangkeChina)
            return false;
        for (const auto &c : *p.innovation.chuangkeChina)
            fn(EntryView{{{QStringLiteral("group"), c.group}}, {{QStringLiteral("year"), c.year}}});
        return true;
    }
    if (list == u"innovation.standards_led") {
        if (!p.innovation.standardsLed)
            return false;
        for (const auto &s : *p.innovation.standardsLed)
            fn(EntryView{{{QStringLiteral("level"), s.level}}, {{QStringLiteral("year"), s.year}}});
        return true;
    }
    if (list == u"specialization.development_scores") {
        if (!p.specialization.developmentScores)
            return false;
        for (const auto &s : *p.specialization.developmentScores)
            fn(EntryView{{}, {{QStringLiteral("year"), s.year}, {QStringLiteral("score"), s.score}}});
        return true;
    }
    return false;
}

// How many quotients (ratio, growth, compound growth) a figure adds together:
// each multiplies the denominators of an exact sum.
int quotients(const NumExpr *e)
{
    switch (e->shape) {
    case NumExpr::Shape::Ratio:
    case NumExpr::Shape::Growth:
    case NumExpr::Shape::Cagr:
        return 1;
    case NumExpr::Shape::Sum:
    case NumExpr::Shape::Mean:
    case NumExpr::Shape::Max: {
        int n = 0;
        for (const auto &item : static_cast<const ListExpr *>(e)->items)
            n = e->shape == NumExpr::Shape::Max ? std::max(n, quotients(item.get())) : n + quotients(item.get());
        return n;
    }
    default:
        return 0;
    }
}

constexpr int kMaxQuotientsInSum = 2; // structural: 2 x (48 + 47) bits of validated money fit in 127

bool knownList(const QString &list)
{
    return list == u"innovation.sci_tech_awards" || list == u"innovation.chuangke_china"
           || list == u"innovation.standards_led" || list == u"specialization.development_scores";
}

bool listHasKey(const QString &list, const QString &key, bool *isNumber)
{
    static const QHash<QString, QStringList> textKeys = {
        {QStringLiteral("innovation.sci_tech_awards"), {QStringLiteral("level")}},
        {QStringLiteral("innovation.chuangke_china"), {QStringLiteral("group")}},
        {QStringLiteral("innovation.standards_led"), {QStringLiteral("level")}},
        {QStringLiteral("specialization.development_scores"), {}},
    };
    static const QHash<QString, QStringList> numberKeys = {
        {QStringLiteral("innovation.sci_tech_awards"), {QStringLiteral("rank"), QStringLiteral("year")}},
        {QStringLiteral("innovation.chuangke_china"), {QStringLiteral("year")}},
        {QStringLiteral("innovation.standards_led"), {QStringLiteral("year")}},
        {QStringLiteral("specialization.development_scores"),
         {QStringLiteral("year"), QStringLiteral("score")}},
    };
    if (textKeys.value(list).contains(key)) {
        *isNumber = false;
        return true;
    }
    if (numberKeys.value(list).contains(key)) {
        *isNumber = true;
        return true;
    }
    return false;
}

bool matches(const EntryView &e, const std::vector<EntryFilter> &where, int year)
{
    for (const EntryFilter &f : where) {
        if (!f.in.isEmpty() && !f.in.contains(e.text.value(f.key)))
            return false;
        if (f.min || f.max) {
            qint64 v = e.number.value(f.key);
            if (f.relativeYear)
                v -= year;
            if (f.min && v < *f.min)
                return false;
            if (f.max && v > *f.max)
                return false;
        }
    }
    return true;
}

} // namespace

Num ListFactExpr::eval(const Context &ctx) const
{
    if (ctx.windows) {
        for (const EntryFilter &f : where) {
            if (!f.relativeYear || !f.min || !f.max)
                continue;
            const YearWindow w{list, ctx.year + int(*f.min), ctx.year + int(*f.max)};
            if (!ctx.windows->contains(w))
                ctx.windows->append(w);
        }
    }
    qint64 count = 0;
    bool found = false;
    qint64 best = 0;
    int bestYear = 0;
    const bool known = forEachEntry(list, ctx.profile, [&](const EntryView &e) {
        if (!matches(e, where, ctx.year))
            return;
        ++count;
        const qint64 v = e.number.value(valueKey);
        const int y = int(e.number.value(QStringLiteral("year")));
        if (!found || (pickLatest ? y > bestYear : v > best)) {
            best = v;
            bestYear = y;
        }
        found = true;
    });
    if (!known) {
        ctx.noteMissing(list);
        return Num::missing();
    }
    if (shape == Shape::Count)
        return Num::of(Rational(count));
    if (!found) {
        ctx.noteMissing(list);
        return Num::missing();
    }
    // Values in lists are whole numbers except scores, which are scaled by 10^4.
    return Num::of(valueKey == u"score" ? Rational::fromScaled4(best) : Rational(best));
}

// ---------------------------------------------------------------- tests

Truth CmpPred::compare(const Num &n, Op op, const Rational &t)
{
    // A ratio over zero has no value: it reaches no line in either direction
    // (no band above the lowest, no condition met), though nothing is missing.
    if (n.kind == Num::ZeroBase)
        return Truth::False;
    if (!n.isKnown())
        return Truth::Unknown;
    int c = 0;
    if (n.kind == Num::PosInf) {
        c = 1;
    } else if (n.kind == Num::NegInf) {
        c = -1;
    } else if (n.root > 1) {
        // x^(1/k) - 1  vs  t   <=>   x  vs  (1 + t)^k   (x >= 0, 1 + t >= 0),
        // compared exactly however large the power grows.
        const Rational base = Rational(1) + t;
        if (!base.isValid() || !n.v.isValid() || n.v.isNegative())
            return Truth::Unknown;
        if (base.isNegative())
            c = 1;
        else
            c = Rational::comparePower(n.v, base, n.root);
    } else {
        if (!n.v.isValid() || !t.isValid())
            return Truth::Unknown;
        c = Rational::compare(n.v, t);
    }
    switch (op) {
    case Op::Ge: return truthOf(c >= 0);
    case Op::Gt: return truthOf(c > 0);
    case Op::Le: return truthOf(c <= 0);
    case Op::Lt: return truthOf(c < 0);
    case Op::Eq: return truthOf(c == 0);
    }
    return Truth::Unknown;
}

Truth CmpPred::eval(const Context &ctx) const
{
    return compare(metric->eval(ctx), op, threshold);
}

Truth GroupPred::eval(const Context &ctx) const
{
    if (kind == Kind::AtLeast) {
        int yes = 0;
        int unknown = 0;
        for (const auto &p : items) {
            const Truth t = p->eval(ctx);
            yes += t == Truth::True;
            unknown += t == Truth::Unknown;
        }
        if (yes >= atLeast)
            return Truth::True;
        return yes + unknown >= atLeast ? Truth::Unknown : Truth::False;
    }
    Truth acc = kind == Kind::All ? Truth::True : Truth::False;
    // Evaluate every item (no short cut) so that every missing input is noted.
    for (const auto &p : items) {
        const Truth t = p->eval(ctx);
        acc = kind == Kind::All ? truthAnd(acc, t) : truthOr(acc, t);
    }
    return acc;
}

Truth FactPred::eval(const Context &ctx) const
{
    switch (kind) {
    case Kind::Is: {
        const auto v = Fields::boolean(info->id, ctx.profile);
        if (!v) {
            ctx.noteMissing(info->name);
            return Truth::Unknown;
        }
        return truthOf(*v == expected);
    }
    case Kind::Enum: {
        const auto v = Fields::enumValue(info->id, ctx.profile);
        if (!v) {
            ctx.noteMissing(info->name);
            return Truth::Unknown;
        }
        return truthOf(values.contains(*v));
    }
    case Kind::Set: {
        const auto v = Fields::set(info->id, ctx.profile);
        if (!v) {
            ctx.noteMissing(info->name);
            return Truth::Unknown;
        }
        for (const QString &x : *v) {
            if (values.contains(x))
                return Truth::True;
        }
        return Truth::False;
    }
    default:
        return Truth::Unknown;
    }
}

Truth HoldsTitlePred::eval(const Context &ctx) const
{
    const auto &recs = ctx.profile.company.recognitions;
    if (!recs) {
        ctx.noteMissing(QStringLiteral("company.recognitions"));
        return Truth::Unknown;
    }
    for (const Recognition &r : *recs) {
        if (vocab::tierRank(r.tier) < rank || !r.granted.isValid())
            continue;
        // Valid from the grant date for N years, through the Nth anniversary
        // itself (民法典 第二百零一条, 第二百零二条).
        if (periods::within(r.granted, ctx.validityYears(r), ctx.date))
            return Truth::True;
    }
    return Truth::False;
}

Truth SmePred::eval(const Context &ctx) const
{
    if (ctx.smeConflicts && ctx.conflicts) {
        for (const MissingInput &m : *ctx.smeConflicts) {
            if (!ctx.conflicts->contains(m))
                ctx.conflicts->append(m);
        }
    }
    if (ctx.isSme == Truth::Unknown)
        ctx.noteMissing(QStringLiteral("sme_size"));
    return ctx.isSme;
}

const Pred *CasesPred::chosen(const Context &ctx) const
{
    for (const auto &[cond, then] : branches) {
        const Truth t = cond->eval(ctx);
        if (t == Truth::True)
            return then.get();
        if (t == Truth::Unknown)
            return nullptr;
    }
    return otherwise.get();
}

Truth CasesPred::eval(const Context &ctx) const
{
    const Pred *p = chosen(ctx);
    if (p)
        return p->eval(ctx);
    // An undecided `if`: the answer is settled only when every branch agrees.
    Truth first = Truth::Unknown;
    bool init = false;
    bool agree = true;
    auto consider = [&](const Pred *q) {
        if (!q)
            return;
        const Truth t = q->eval(ctx);
        if (!init) {
            first = t;
            init = true;
        } else if (t != first) {
            agree = false;
        }
    };
    for (const auto &[cond, then] : branches)
        consider(then.get());
    consider(otherwise.get());
    return agree && first != Truth::Unknown ? first : Truth::Unknown;
}

namespace {

const CmpPred *search(const Pred *p, const Context &ctx, bool failingOnly)
{
    if (!p)
        return nullptr;
    switch (p->kind) {
    case Pred::Kind::Cmp: {
        auto *c = static_cast<const CmpPred *>(p);
        if (!failingOnly || c->eval(ctx) == Truth::False)
            return c;
        return nullptr;
    }
    case Pred::Kind::All:
    case Pred::Kind::Any:
    case Pred::Kind::AtLeast:
        for (const auto &item : static_cast<const GroupPred *>(p)->items) {
            if (failingOnly && item->eval(ctx) != Truth::False)
                continue;
            if (const CmpPred *c = search(item.get(), ctx, failingOnly))
                return c;
        }
        return nullptr;
    case Pred::Kind::Cases:
        return search(static_cast<const CasesPred *>(p)->chosen(ctx), ctx, failingOnly);
    default:
        return nullptr;
    }
}

} // namespace

const CmpPred *firstFailing(const Pred *p, const Context &ctx)
{
    return search(p, ctx, true);
}

const CmpPred *primaryComparison(const Pred *p, const Context &ctx)
{
    return search(p, ctx, false);
}

// ---------------------------------------------------------------- parsing

void ExprParser::fail(const QString &path, const QString &what)
{
    errors.append(QStringLiteral("%1: %2").arg(path, what));
}

std::optional<Rational> ExprParser::parseDecimal(const QJsonValue &value, const QString &path)
{
    std::optional<qint64> scaled;
    if (value.isDouble())
        scaled = decimal4FromDouble(value.toDouble());
    else if (value.isString())
        scaled = parseDecimal4(value.toString());
    if (!scaled) {
        fail(path, tr("not an exact decimal number with at most four decimals"));
        return std::nullopt;
    }
    return Rational::fromScaled4(*scaled);
}

std::optional<Rational> ExprParser::parseThreshold(const QJsonValue &value, const QString &unit,
                                                   Dim dim, const QString &path)
{
    const auto r = parseDecimal(value, path);
    if (!r)
        return std::nullopt;
    if (unit == u"%") {
        if (dim != Dim::Fraction)
            fail(path, tr("unit %1 does not fit a figure that is not a ratio").arg(unit));
        return *r / Rational(100);
    }
    if (unit == wanUnit()) {
        if (dim != Dim::Money)
            fail(path, tr("unit %1 does not fit a figure that is not money").arg(unit));
        return *r * Rational(10000);
    }
    if (unit == u"count" || unit == u"years" || unit == u"points" || unit.isEmpty()) {
        if (dim == Dim::Money || dim == Dim::Fraction)
            fail(path, tr("money needs the unit %1 and a ratio the unit %").arg(wanUnit()));
        return *r;
    }
    fail(path, tr("unknown unit '%1'").arg(unit));
    return std::nullopt;
}

std::unique_ptr<NumExpr> ExprParser::parseNum(const QJsonValue &v, const QString &path)
{
    if (v.isString() && aliases.contains(v.toString()))
        return parseNum(aliases.value(v.toString()), path);
    if (!v.isObject()) {
        fail(path, tr("a figure must be an object"));
        return nullptr;
    }
    const QJsonObject o = v.toObject();
    auto sub = [&](const QJsonValue &x, const QString &p) { return parseNum(x, p); };
    auto pair = [&](const QString &key, NumExpr::Shape shape) -> std::unique_ptr<NumExpr> {
        const QJsonArray arr = o.value(key).toArray();
        if (arr.size() != 2) { // structural: a pair
            fail(path + u'.' + key, tr("needs exactly two figures"));
            return nullptr;
        }
        auto a = sub(arr.at(0), path + u'.' + key + QStringLiteral("[0]"));
        auto b = sub(arr.at(1), path + u'.' + key + QStringLiteral("[1]"));
        if (!a || !b)
            return nullptr;
        // Bounded so that exact arithmetic on validated inputs cannot overflow:
        // a quotient of quotients multiplies their denominators again.
        for (const auto &[operand, index] : {std::pair{a.get(), 0}, std::pair{b.get(), 1}}) {
            if (quotients(operand) > 0) {
                fail(QStringLiteral("%1.%2[%3]").arg(path, key).arg(index),
                     tr("a ratio, growth or compound growth may not be taken of another one"));
                return nullptr;
            }
        }
        int periods = 1;
        if (shape == NumExpr::Shape::Cagr) {
            periods = o.value(QStringLiteral("periods")).toInt(0);
            if (periods < 1 || periods > 10) {
                fail(path + QStringLiteral(".periods"), tr("must be a whole number from 1 to 10"));
                return nullptr;
            }
        }
        return std::make_unique<PairExpr>(shape, std::move(a), std::move(b), periods);
    };

    if (o.contains(QStringLiteral("field"))) {
        const QString name = o.value(QStringLiteral("field")).toString();
        const FieldInfo *info = Fields::find(name);
        if (!info || (info->kind != FieldKind::YearNumber && info->kind != FieldKind::Number)) {
            fail(path + QStringLiteral(".field"), tr("unknown numeric field '%1'").arg(name));
            return nullptr;
        }
        int year = 0;
        if (info->kind == FieldKind::YearNumber) {
            const QJsonValue y = o.value(QStringLiteral("year"));
            if (!y.isDouble() || y.toInt(1) > 0 || y.toInt(1) < -10) {
                fail(path + QStringLiteral(".year"),
                     tr("a yearly figure needs \"year\": an offset from -1 to -10"));
                return nullptr;
            }
            year = y.toInt();
        }
        return std::make_unique<FieldExpr>(info, year);
    }
    if (o.contains(QStringLiteral("ratio")))
        return pair(QStringLiteral("ratio"), NumExpr::Shape::Ratio);
    if (o.contains(QStringLiteral("growth")))
        return pair(QStringLiteral("growth"), NumExpr::Shape::Growth);
    if (o.contains(QStringLiteral("cagr")))
        return pair(QStringLiteral("cagr"), NumExpr::Shape::Cagr);
    for (const auto &[key, shape] : {std::pair{u"sum", NumExpr::Shape::Sum},
                                     std::pair{u"mean", NumExpr::Shape::Mean},
                                     std::pair{u"max", NumExpr::Shape::Max}}) {
        const QString k = QString::fromUtf16(key);
        if (!o.contains(k))
            continue;
        const QJsonArray arr = o.value(k).toArray();
        if (arr.isEmpty()) {
            fail(path + u'.' + k, tr("needs at least one figure"));
            return nullptr;
        }
        std::vector<std::unique_ptr<NumExpr>> items;
        for (qsizetype i = 0; i < arr.size(); ++i) {
            auto e = sub(arr.at(i), QStringLiteral("%1.%2[%3]").arg(path, k).arg(i));
            if (!e)
                return nullptr;
            items.push_back(std::move(e));
        }
        const Dim d = items.front()->dim;
        int inner = 0;
        for (const auto &e : items) {
            if (e->dim != d) {
                fail(path + u'.' + k, tr("mixes figures of different kinds"));
                return nullptr;
            }
            inner += quotients(e.get());
        }
        // A sum of quotients multiplies their denominators: two fit the exact arithmetic.
        if (shape != NumExpr::Shape::Max && inner > kMaxQuotientsInSum) {
            fail(path + u'.' + k, tr("may add up at most %1 ratios or growth rates").arg(kMaxQuotientsInSum));
            return nullptr;
        }
        auto list = std::make_unique<ListExpr>(shape, d, std::move(items));
        // What a mean does with an item that has no value (a growth from zero).
        const QString without = o.value(QStringLiteral("without_value")).toString();
        if (o.contains(QStringLiteral("without_value"))
            && (shape != NumExpr::Shape::Mean || (without != u"skip" && without != u"lowest"))) {
            fail(path + QStringLiteral(".without_value"), tr("only a mean may say \"skip\" or \"lowest\""));
            return nullptr;
        }
        list->skipWithoutValue = without == u"skip";
        return list;
    }
    if (o.contains(QStringLiteral("years_since"))) {
        const QString name = o.value(QStringLiteral("years_since")).toString();
        const FieldInfo *info = Fields::find(name);
        if (!info || info->kind != FieldKind::Date) {
            fail(path + QStringLiteral(".years_since"), tr("unknown date field '%1'").arg(name));
            return nullptr;
        }
        const QString until = o.value(QStringLiteral("until")).toString();
        if (until != u"prev_year_end" && until != u"assessment_date") {
            fail(path + QStringLiteral(".until"),
                 tr("must be \"prev_year_end\" or \"assessment_date\""));
            return nullptr;
        }
        return std::make_unique<YearsSinceExpr>(info, until == u"prev_year_end");
    }
    if (o.contains(QStringLiteral("count")) || o.contains(QStringLiteral("pick"))) {
        const bool isCount = o.contains(QStringLiteral("count"));
        const QString list = isCount ? o.value(QStringLiteral("count")).toString()
                                     : o.value(QStringLiteral("list")).toString();
        if (!knownList(list)) {
            fail(path, tr("unknown list '%1'").arg(list));
            return nullptr;
        }
        auto e = std::make_unique<ListFactExpr>(isCount ? NumExpr::Shape::Count : NumExpr::Shape::Pick,
                                                isCount ? Dim::Count : Dim::Score);
        e->list = list;
        if (!isCount) {
            const QString pick = o.value(QStringLiteral("pick")).toString();
            if (pick != u"max" && pick != u"latest") {
                fail(path + QStringLiteral(".pick"), tr("must be \"max\" or \"latest\""));
                return nullptr;
            }
            e->pickLatest = pick == u"latest";
            e->valueKey = o.value(QStringLiteral("value")).toString();
            bool isNumber = false;
            if (!listHasKey(list, e->valueKey, &isNumber) || !isNumber) {
                fail(path + QStringLiteral(".value"), tr("unknown number '%1' in the list").arg(e->valueKey));
                return nullptr;
            }
        }
        const QJsonObject where = o.value(QStringLiteral("where")).toObject();
        for (auto it = where.begin(); it != where.end(); ++it) {
            EntryFilter f;
            f.key = it.key();
            bool isNumber = false;
            const QString fp = path + QStringLiteral(".where.") + f.key;
            if (!listHasKey(list, f.key, &isNumber)) {
                fail(fp, tr("the list has no '%1'").arg(f.key));
                return nullptr;
            }
            if (!isNumber) {
                for (const QJsonValue &x : it.value().toArray())
                    f.in.append(x.toString());
                if (f.in.isEmpty()) {
                    fail(fp, tr("needs a list of accepted values"));
                    return nullptr;
                }
            } else {
                const QJsonObject range = it.value().toObject();
                f.relativeYear = f.key == u"year";
                const QString lo = f.relativeYear ? QStringLiteral("from") : QStringLiteral("min");
                const QString hi = f.relativeYear ? QStringLiteral("to") : QStringLiteral("max");
                if (range.contains(lo))
                    f.min = range.value(lo).toInteger();
                if (range.contains(hi))
                    f.max = range.value(hi).toInteger();
                if (!f.min && !f.max) {
                    fail(fp, tr("needs \"%1\" or \"%2\"").arg(lo, hi));
                    return nullptr;
                }
            }
            e->where.push_back(std::move(f));
        }
        return e;
    }
    if (o.contains(QStringLiteral("const"))) {
        const QString unit = o.value(QStringLiteral("unit")).toString();
        const Dim d = unit == u"%" ? Dim::Fraction : unit == wanUnit() ? Dim::Money : Dim::Score;
        const auto r = parseThreshold(o.value(QStringLiteral("const")), unit, d, path + QStringLiteral(".const"));
        if (!r)
            return nullptr;
        return std::make_unique<ConstExpr>(d, *r);
    }
    fail(path, tr("not a known kind of figure"));
    return nullptr;
}

std::unique_ptr<Pred> ExprParser::parsePred(const QJsonValue &v, const QString &path)
{
    if (!v.isObject()) {
        fail(path, tr("a test must be an object"));
        return nullptr;
    }
    const QJsonObject o = v.toObject();
    if (o.contains(QStringLiteral("metric"))) {
        auto c = std::make_unique<CmpPred>();
        c->metric = parseNum(o.value(QStringLiteral("metric")), path + QStringLiteral(".metric"));
        if (!c->metric)
            return nullptr;
        static const QHash<QString, Op> ops = {{QStringLiteral(">="), Op::Ge}, {QStringLiteral(">"), Op::Gt},
                                               {QStringLiteral("<="), Op::Le}, {QStringLiteral("<"), Op::Lt},
                                               {QStringLiteral("=="), Op::Eq}};
        const QString op = o.value(QStringLiteral("op")).toString();
        if (!ops.contains(op)) {
            fail(path + QStringLiteral(".op"), tr("unknown comparison '%1'").arg(op));
            return nullptr;
        }
        c->op = ops.value(op);
        c->unit = o.value(QStringLiteral("unit")).toString();
        const auto t = parseThreshold(o.value(QStringLiteral("value")), c->unit, c->metric->dim,
                                      path + QStringLiteral(".value"));
        if (!t)
            return nullptr;
        c->threshold = *t;
        return c;
    }
    for (const auto &[key, kind] : {std::pair{u"all", Pred::Kind::All}, std::pair{u"any", Pred::Kind::Any},
                                    std::pair{u"of", Pred::Kind::AtLeast}}) {
        const QString k = QString::fromUtf16(key);
        if (!o.contains(k))
            continue;
        auto g = std::make_unique<GroupPred>(kind);
        const QJsonArray arr = o.value(k).toArray();
        if (arr.isEmpty()) {
            fail(path + u'.' + k, tr("needs at least one test"));
            return nullptr;
        }
        for (qsizetype i = 0; i < arr.size(); ++i) {
            auto p = parsePred(arr.at(i), QStringLiteral("%1.%2[%3]").arg(path, k).arg(i));
            if (!p)
                return nullptr;
            g->items.push_back(std::move(p));
        }
        if (kind == Pred::Kind::AtLeast) {
            g->atLeast = o.value(QStringLiteral("at_least")).toInt(0);
            if (g->atLeast < 1 || g->atLeast > int(g->items.size())) {
                fail(path + QStringLiteral(".at_least"), tr("must be from 1 to the number of tests"));
                return nullptr;
            }
        }
        return g;
    }
    if (o.contains(QStringLiteral("not"))) {
        auto n = std::make_unique<NotPred>();
        n->inner = parsePred(o.value(QStringLiteral("not")), path + QStringLiteral(".not"));
        if (!n->inner)
            return nullptr;
        return n;
    }
    for (const auto &[key, kind, fk] : {std::tuple{u"is", Pred::Kind::Is, FieldKind::Bool},
                                        std::tuple{u"enum", Pred::Kind::Enum, FieldKind::Enum},
                                        std::tuple{u"set", Pred::Kind::Set, FieldKind::Set}}) {
        const QString k = QString::fromUtf16(key);
        if (!o.contains(k))
            continue;
        auto f = std::make_unique<FactPred>(kind);
        const QString name = o.value(k).toString();
        f->info = Fields::find(name);
        if (!f->info || f->info->kind != fk) {
            fail(path + u'.' + k, tr("unknown field '%1' for this test").arg(name));
            return nullptr;
        }
        if (kind == Pred::Kind::Is) {
            f->expected = o.value(QStringLiteral("equals")).toBool(true);
        } else {
            const QString listKey = kind == Pred::Kind::Enum ? QStringLiteral("in") : QStringLiteral("has_any");
            for (const QJsonValue &x : o.value(listKey).toArray())
                f->values.append(x.toString());
            if (f->values.isEmpty()) {
                fail(path + u'.' + listKey, tr("needs a list of values"));
                return nullptr;
            }
        }
        return f;
    }
    if (o.contains(QStringLiteral("holds_title"))) {
        auto h = std::make_unique<HoldsTitlePred>();
        h->rank = vocab::tierRank(o.value(QStringLiteral("holds_title")).toString());
        if (h->rank == 0) {
            fail(path + QStringLiteral(".holds_title"), tr("unknown tier"));
            return nullptr;
        }
        return h;
    }
    if (o.contains(QStringLiteral("sme")))
        return std::make_unique<SmePred>();
    if (o.contains(QStringLiteral("cases"))) {
        auto c = std::make_unique<CasesPred>();
        const QJsonArray arr = o.value(QStringLiteral("cases")).toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QString p = QStringLiteral("%1.cases[%2]").arg(path).arg(i);
            const QJsonObject b = arr.at(i).toObject();
            auto cond = parsePred(b.value(QStringLiteral("if")), p + QStringLiteral(".if"));
            auto then = parsePred(b.value(QStringLiteral("then")), p + QStringLiteral(".then"));
            if (!cond || !then)
                return nullptr;
            c->branches.emplace_back(std::move(cond), std::move(then));
        }
        if (c->branches.empty()) {
            fail(path + QStringLiteral(".cases"), tr("needs at least one case"));
            return nullptr;
        }
        c->otherwise = parsePred(o.value(QStringLiteral("else")), path + QStringLiteral(".else"));
        if (!c->otherwise)
            return nullptr;
        return c;
    }
    fail(path, tr("not a known kind of test"));
    return nullptr;
}

} // namespace srdi::rules
