// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"

#include <QList>

// The gap checklist: every unmet condition and every lost point, ordered by
// what moves the company up soonest. A pure function of the assessment.
namespace srdi::rules {

struct ChecklistItem
{
    enum class Kind : quint8 { Condition, MissingData, Indicator };
    QString key;  // stable across sessions: "2026/specialized/specialized/rd_ratio_y1"
    QString tier; // innovative | specialized | little_giant
    Kind kind = Kind::Condition;
    const ConditionResult *condition = nullptr; // Condition, MissingData
    const IndicatorResult *indicator = nullptr; // Indicator
    bool blocksTier = false; // the tier is not met and this item is one reason
};

// Order: the tiers not yet reached from the lowest up (the next rung first);
// within a tier its failed conditions (the musts), then the inputs still
// missing, then the points to gain in the order of RouteResult::bestMoves();
// last, the points still open in tiers already reached.
QList<ChecklistItem> checklist(const Assessment &a);

// What to do next about an unmet condition, from its rule pack ("obtain the
// lower tier's title first"), in `lang`; empty when it is met or the pack
// leaves it to the gap in numbers.
QString nextStep(const ConditionResult &c, const QString &lang);

} // namespace srdi::rules
