// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checklist.h"

namespace srdi::rules {

namespace {

void addTier(const Assessment &a, const TierResult &t, bool reached, QList<ChecklistItem> &out)
{
    const RouteResult &r = t.best();
    const QString prefix = QStringLiteral("%1/%2/%3/").arg(a.pack ? a.pack->id : QString(), t.rule->tier, r.rule->id);
    if (!reached) {
        for (const ConditionResult &c : r.conditions) {
            if (c.status == Status::Unmet)
                out.append({prefix + c.rule->id, t.rule->tier, ChecklistItem::Kind::Condition, &c, nullptr, true});
        }
        for (const ConditionResult &c : r.conditions) {
            // Figures to enter, to confirm, or to correct (inconsistent).
            if (c.status == Status::MissingData || c.status == Status::ManualReview || c.status == Status::Inconsistent)
                out.append({prefix + c.rule->id, t.rule->tier, ChecklistItem::Kind::MissingData, &c, nullptr, true});
        }
    }
    const bool short_ = r.scored && r.scoreStatus != Status::Met;
    for (const IndicatorResult *i : r.bestMoves())
        out.append({prefix + i->rule->id, t.rule->tier, ChecklistItem::Kind::Indicator, nullptr, i, !reached && short_});
}

} // namespace

QString nextStep(const ConditionResult &c, const QString &lang)
{
    if (c.status != Status::Unmet || !c.rule)
        return {};
    return c.rule->nextStep.get(lang);
}

QList<ChecklistItem> checklist(const Assessment &a)
{
    QList<ChecklistItem> out;
    for (const TierResult &t : a.tiers) {
        if (t.status != Status::Met)
            addTier(a, t, false, out);
    }
    for (const TierResult &t : a.tiers) {
        if (t.status == Status::Met)
            addTier(a, t, true, out);
    }
    return out;
}

} // namespace srdi::rules
