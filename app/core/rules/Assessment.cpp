// SPDX-License-Identifier: GPL-3.0-or-later
#include "Assessment.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace srdi::rules {

QString statusId(Status s)
{
    switch (s) {
    case Status::Met: return QStringLiteral("met");
    case Status::Unmet: return QStringLiteral("unmet");
    case Status::MissingData: return QStringLiteral("missing_data");
    case Status::ManualReview: return QStringLiteral("manual_review");
    case Status::Inconsistent: return QStringLiteral("inconsistent");
    }
    return {};
}

QString statusMark(Status s)
{
    switch (s) {
    case Status::Met: return QStringLiteral("✓");
    case Status::Unmet: return QStringLiteral("✗");
    case Status::MissingData: return QStringLiteral("?");
    case Status::ManualReview: return QStringLiteral("◐");
    case Status::Inconsistent: return QStringLiteral("!");
    }
    return {};
}

const TierResult *Assessment::tier(const QString &id) const
{
    for (const TierResult &t : tiers) {
        if (t.rule && t.rule->tier == id)
            return &t;
    }
    return nullptr;
}

namespace {

// The share by which the lever must change, capped at the whole: from 0 to 1
// IP is a change of 1 (everything), from 240万 to 300万 a change of 1/4.
std::optional<Rational> relativeChange(const Gap &g)
{
    if (!g.hasBase || g.delta.isNegative() || g.delta.isZero())
        return std::nullopt;
    const Rational base = g.base.isNegative() ? Rational() - g.base : g.base;
    return base > g.delta ? g.delta / base : Rational(1);
}

} // namespace

QList<const IndicatorResult *> RouteResult::bestMoves() const
{
    struct Move
    {
        const IndicatorResult *indicator;
        std::optional<Rational> change;
    };
    std::vector<Move> moves;
    for (const IndicatorResult &i : indicators) {
        if (i.nextGain > Rational() && i.nextGap.kind != Gap::Kind::None)
            moves.push_back({&i, relativeChange(i.nextGap)});
    }
    std::stable_sort(moves.begin(), moves.end(), [](const Move &a, const Move &b) {
        if (a.change.has_value() != b.change.has_value())
            return a.change.has_value();
        if (a.change && b.change) {
            // gain_a / change_a > gain_b / change_b, cross-multiplied.
            const Rational l = a.indicator->nextGain * *b.change;
            const Rational r = b.indicator->nextGain * *a.change;
            if (l != r)
                return l > r;
        }
        return a.indicator->nextGain > b.indicator->nextGain;
    });
    QList<const IndicatorResult *> out;
    for (const Move &m : moves)
        out.append(m.indicator);
    return out;
}

} // namespace srdi::rules
