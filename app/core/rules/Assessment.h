// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expr.h"
#include "RulePack.h"

#include <QList>
#include <memory>

// What the engine says of one profile under one pack. A plain value: the
// report, the JSON output and every view are functions of it.
namespace srdi::rules {

// Inconsistent: the criterion reads a figure that contradicts another one
// (主营业务收入 above 营业收入 ...): like missing data, neither met nor unmet,
// until the figures are fixed.
enum class Status : quint8 { Met, Unmet, MissingData, ManualReview, Inconsistent };
QString statusId(Status s); // met | unmet | missing_data | manual_review | inconsistent
QString statusMark(Status s); // ✓ ✗ ? ◐ !: the sign shown beside a status, on screen and on paper

// How far a figure is from its line, in the units of the thing to change.
struct Gap
{
    enum class Kind : quint8 { None, Increase, Decrease, Reach, Wait };
    Kind kind = Kind::None;
    QString field;      // the fact to move ("rd_expense"); empty for a derived figure
    int year = 0;       // its fiscal year, if yearly
    int yearTo = 0;     // for a total over years: the last year
    Dim dim = Dim::Score;
    Rational delta;     // how much: yuan, people, years, points
    Rational target;    // the line, in base units (for Reach)
    QString unit;       // the unit the line is written in
    bool hasBase = false;
    Rational base;      // the lever's value today (base units), to weigh the change
};

struct ConditionResult
{
    const Condition *rule = nullptr;
    Status status = Status::MissingData;
    Num actual;          // the company's figure (base units)
    Rational required;   // the line (base units)
    Op op = Op::Ge;
    QString unit;        // "%", "万元", ...
    Dim dim = Dim::Score;
    bool hasFigure = false; // false for yes/no conditions
    Gap gap;
    QList<MissingInput> missing;
    QList<MissingInput> inconsistent; // the contradicting figures it reads
    QList<YearWindow> windows;        // the years its lists were counted over
};

struct IndicatorResult
{
    const Indicator *rule = nullptr;
    Rational points;      // settled points (a lower bound while inputs are missing)
    Rational pointsUpper; // the most it could give once missing inputs are known
    int band = -1;        // the band that applies; -1 while unknown
    const LocalText *bandLabel = nullptr; // its wording, where the pack gives one
    QString alternative;  // the alternative used, where the indicator has several
    bool betterOfTwo = false;
    Num fact;
    QString factUnit;
    Dim factDim = Dim::Score;
    QList<MissingInput> missing;
    QList<MissingInput> inconsistent; // the contradicting figures it reads (taken as not known)
    QList<YearWindow> windows;        // the years its lists were counted over
    // The next band up: how many points it adds and what it takes.
    Rational nextGain;
    Gap nextGap;
};

struct CategoryResult
{
    const Category *rule = nullptr;
    Rational points, pointsUpper;
};

struct RouteResult
{
    const Route *rule = nullptr;
    Status status = Status::MissingData;
    QString via = QStringLiteral("none"); // score | direct | none
    QList<ConditionResult> conditions;    // the pack's common conditions first
    bool scored = false;
    Rational score, scoreUpper;
    Status scoreStatus = Status::MissingData;
    QList<CategoryResult> categories;
    QList<IndicatorResult> indicators;
    QList<ConditionResult> direct;

    // The indicators that gain points, ordered by points per relative change:
    // +5 points for 25 % more R&D comes before +2 points for 60 % more profit.
    // Gaps with no lever to move (a derived rate) come last, by points.
    QList<const IndicatorResult *> bestMoves() const;
};

struct TierResult
{
    const Tier *rule = nullptr;
    Status status = Status::MissingData;
    int bestRoute = 0;
    QList<RouteResult> routes;
    const RouteResult &best() const { return routes.at(bestRoute); }
};

struct SmeResult
{
    Truth isSme = Truth::Unknown;
    QString size = QStringLiteral("unknown"); // micro | small | medium | not_sme | unknown
    QString group;                            // the industry group of the size table
    QList<MissingInput> missing;
    QList<MissingInput> inconsistent; // contradicting figures the size would read
};

struct Assessment
{
    std::shared_ptr<const RulePack> pack;
    PackReason packReason; // why this pack ("chosen" when the caller named it)
    QString company;
    int year = 0;
    QDate date;
    // What the awards need besides the tiers: where the company is and the
    // titles it holds (a first-recognition award is not paid twice).
    Opt<QString> region;
    OptList<Recognition> recognitions;
    SmeResult sme;
    // Figures that contradict another one (both of each pair): every
    // criterion that reads one is Inconsistent until they are corrected.
    QList<MissingInput> inconsistent;
    QList<TierResult> tiers;
    QString highestTier = QStringLiteral("none");

    const TierResult *tier(const QString &id) const;
};

} // namespace srdi::rules
