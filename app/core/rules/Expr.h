// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Fields.h"
#include "Value.h"
#include "model/Profile.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <memory>
#include <vector>

// The small language a rule pack is written in, compiled once from JSON.
//
// Numbers (NumExpr): {"field": "rd_expense", "year": -1}, {"ratio": [a, b]},
// {"growth": [cur, base]}, {"cagr": [end, start], "periods": 2}, {"sum": [..]},
// {"mean": [..]}, {"max": [..]}, {"years_since": "company.niche_since",
// "until": "prev_year_end"}, {"count": "innovation.sci_tech_awards",
// "where": {..}}, {"pick": "max", "list": .., "value": "score", "where": {..}},
// {"const": 5, "unit": "%"}.
//
// Tests (Pred): {"metric": <number>, "op": ">=", "value": 3, "unit": "%"},
// {"all": [..]}, {"any": [..]}, {"not": ..}, {"at_least": 2, "of": [..]},
// {"is": "refinement.own_brand"}, {"enum": .., "in": [..]},
// {"set": .., "has_any": [..]}, {"holds_title": "innovative"}, {"sme": true},
// {"cases": [{"if": .., "then": ..}], "else": ..}.
//
// Years are offsets from the assessment year (-1 is 上年度). Thresholds are
// exact decimals; "unit" "%" divides by 100, "万元" multiplies by 10,000 yuan.
namespace srdi::rules {

struct MissingInput
{
    QString field; // the fact's name, as in the exchange file
    int year = 0;  // the fiscal year for yearly figures, else 0
    bool operator==(const MissingInput &) const = default;
};

// The years a list was counted over ("近三年": 2023–2026 for 2026, the
// assessment year included), in calendar years.
struct YearWindow
{
    QString list; // the list's name, as in the exchange file
    int from = 0, to = 0;
    bool operator==(const YearWindow &) const = default;
};

struct SmeResult;

// What an evaluation looks at.
struct Context
{
    const Profile &profile;
    int year = 0;            // the assessment year
    QDate date;              // the assessment date
    Truth isSme = Truth::Unknown;
    int titleValidityYears = 0; // from the pack
    QList<MissingInput> *missing = nullptr; // where unknown inputs are noted
    // Figures that contradict another one: read as not known, and noted in
    // `conflicts` (a criterion that reads one is "inconsistent").
    const QList<MissingInput> *inconsistent = nullptr;
    QList<MissingInput> *conflicts = nullptr;
    // Such figures that the SME size read.
    const QList<MissingInput> *smeConflicts = nullptr;
    // Validity of a title obtained by a route that has its own (route id -> years).
    const QHash<QString, int> *validityByRoute = nullptr;
    // Where the year windows of the lists read are noted (shown with the result).
    QList<YearWindow> *windows = nullptr;

    int validityYears(const Recognition &r) const
    {
        return validityByRoute ? validityByRoute->value(r.route, titleValidityYears) : titleValidityYears;
    }

    void noteMissing(const QString &field, int fieldYear = 0) const;
    // Whether `field` of `fieldYear` contradicts another figure (noted if so).
    bool conflicted(const QString &field, int fieldYear = 0) const;
};

enum class Op : quint8 { Ge, Gt, Le, Lt, Eq };
QString opText(Op op);

class NumExpr
{
public:
    enum class Shape : quint8 { Field, Ratio, Growth, Cagr, Sum, Mean, Max, YearsSince, Count, Pick, Const };
    explicit NumExpr(Shape s, Dim d)
        : shape(s)
        , dim(d)
    {
    }
    virtual ~NumExpr() = default;
    virtual Num eval(const Context &ctx) const = 0;

    const Shape shape;
    const Dim dim;
};

struct FieldExpr final : NumExpr
{
    FieldExpr(const FieldInfo *f, int y)
        : NumExpr(Shape::Field, f->dim)
        , info(f)
        , yearOffset(y)
    {
    }
    Num eval(const Context &ctx) const override;
    int fiscalYear(const Context &ctx) const { return info->kind == FieldKind::YearNumber ? ctx.year + yearOffset : 0; }
    const FieldInfo *info;
    int yearOffset;
};

struct PairExpr final : NumExpr // ratio, growth, cagr
{
    PairExpr(Shape s, std::unique_ptr<NumExpr> x, std::unique_ptr<NumExpr> y, int n)
        : NumExpr(s, Dim::Fraction)
        , a(std::move(x))
        , b(std::move(y))
        , periods(n)
    {
    }
    Num eval(const Context &ctx) const override;
    std::unique_ptr<NumExpr> a, b;
    int periods = 1;
};

struct ListExpr final : NumExpr // sum, mean, max
{
    ListExpr(Shape s, Dim d, std::vector<std::unique_ptr<NumExpr>> xs)
        : NumExpr(s, d)
        , items(std::move(xs))
    {
    }
    Num eval(const Context &ctx) const override;
    std::vector<std::unique_ptr<NumExpr>> items;
    // A mean whose items include a ratio without value (a growth from a zero
    // base): with `skipWithoutValue` ("without_value": "skip" in the pack) the
    // mean of the items that have one, saying which was left out; otherwise
    // the mean has no value either (the lowest band).
    bool skipWithoutValue = false;
};

struct YearsSinceExpr final : NumExpr
{
    YearsSinceExpr(const FieldInfo *f, bool toPrevYearEnd)
        : NumExpr(Shape::YearsSince, Dim::Years)
        , info(f)
        , untilPrevYearEnd(toPrevYearEnd)
    {
    }
    Num eval(const Context &ctx) const override;
    QDate until(const Context &ctx) const;
    const FieldInfo *info;
    bool untilPrevYearEnd;
};

// A filter on the entries of a list fact ({"level": ["national"],
// "rank": {"max": 3}, "year": {"from": -3, "to": -1}}).
struct EntryFilter
{
    QString key;
    QStringList in;
    std::optional<qint64> min, max;
    bool relativeYear = false;
};

struct ListFactExpr final : NumExpr // count, pick
{
    ListFactExpr(Shape s, Dim d)
        : NumExpr(s, d)
    {
    }
    Num eval(const Context &ctx) const override;
    QString list;
    QString valueKey;     // pick: which entry value
    bool pickLatest = false; // pick: the entry with the latest year, else the max value
    std::vector<EntryFilter> where;
};

struct ConstExpr final : NumExpr
{
    ConstExpr(Dim d, const Rational &r)
        : NumExpr(Shape::Const, d)
        , value(r)
    {
    }
    Num eval(const Context &) const override { return Num::of(value); }
    Rational value;
};

class Pred
{
public:
    enum class Kind : quint8 { Cmp, All, Any, Not, AtLeast, Is, Enum, Set, HoldsTitle, Sme, Cases };
    explicit Pred(Kind k)
        : kind(k)
    {
    }
    virtual ~Pred() = default;
    virtual Truth eval(const Context &ctx) const = 0;
    const Kind kind;
};

struct CmpPred final : Pred
{
    CmpPred()
        : Pred(Kind::Cmp)
    {
    }
    Truth eval(const Context &ctx) const override;
    static Truth compare(const Num &n, Op op, const Rational &t);
    std::unique_ptr<NumExpr> metric;
    Op op = Op::Ge;
    Rational threshold; // in base units: yuan, a fraction, a count
    QString unit;       // as written in the pack: "%", "万元", "count", "years", "points", ""
};

struct GroupPred final : Pred // all, any, at_least
{
    explicit GroupPred(Kind k)
        : Pred(k)
    {
    }
    Truth eval(const Context &ctx) const override;
    std::vector<std::unique_ptr<Pred>> items;
    int atLeast = 0;
};

struct NotPred final : Pred
{
    NotPred()
        : Pred(Kind::Not)
    {
    }
    Truth eval(const Context &ctx) const override { return truthNot(inner->eval(ctx)); }
    std::unique_ptr<Pred> inner;
};

struct FactPred final : Pred // is, enum, set
{
    explicit FactPred(Kind k)
        : Pred(k)
    {
    }
    Truth eval(const Context &ctx) const override;
    const FieldInfo *info = nullptr;
    bool expected = true;  // is
    QStringList values;    // enum: in; set: has_any
};

struct HoldsTitlePred final : Pred
{
    HoldsTitlePred()
        : Pred(Kind::HoldsTitle)
    {
    }
    Truth eval(const Context &ctx) const override;
    int rank = 1; // the lowest tier rank that counts (a higher title satisfies it)
};

struct SmePred final : Pred
{
    SmePred()
        : Pred(Kind::Sme)
    {
    }
    Truth eval(const Context &ctx) const override;
};

struct CasesPred final : Pred
{
    CasesPred()
        : Pred(Kind::Cases)
    {
    }
    Truth eval(const Context &ctx) const override;
    // The branch that applies; nullptr while an earlier `if` is unknown.
    const Pred *chosen(const Context &ctx) const;
    std::vector<std::pair<std::unique_ptr<Pred>, std::unique_ptr<Pred>>> branches;
    std::unique_ptr<Pred> otherwise;
};

// The comparison a person should look at to see how far off the company is:
// the first failing comparison (depth first, the branch that applies), or,
// when nothing fails, the first comparison at all.
const CmpPred *firstFailing(const Pred *p, const Context &ctx);
const CmpPred *primaryComparison(const Pred *p, const Context &ctx);

// Compiles JSON into expressions. Errors name the place ("tiers[1].routes[0]
// .conditions[2].test.metric: unknown field 'rd_expnse'").
class ExprParser
{
    Q_DECLARE_TR_FUNCTIONS(srdi::rules::ExprParser)
public:
    // Short names a file may use for a metric ("X" -> employees of 上年度).
    QHash<QString, QJsonValue> aliases;

    std::unique_ptr<NumExpr> parseNum(const QJsonValue &v, const QString &path);
    std::unique_ptr<Pred> parsePred(const QJsonValue &v, const QString &path);
    // A decimal threshold with its unit into base units; checks the unit fits `dim`.
    std::optional<Rational> parseThreshold(const QJsonValue &value, const QString &unit, Dim dim,
                                           const QString &path);
    std::optional<Rational> parseDecimal(const QJsonValue &value, const QString &path);

    QStringList errors;

private:
    void fail(const QString &path, const QString &what);
};

} // namespace srdi::rules
