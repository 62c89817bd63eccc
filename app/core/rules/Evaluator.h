// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"
#include "SmeSize.h"

// Interprets a rule pack against a profile: per tier a status, the route, the
// score, every condition with the company's figure, the line and the gap.
namespace srdi::rules {

class Evaluator
{
public:
    // `today` is used when the profile has no assessment date.
    static Assessment evaluate(const Profile &profile, const std::shared_ptr<const RulePack> &pack,
                               const QDate &today,
                               const SmeSizeTable &sizes = SmeSizeTable::builtin());

    // The same under the default pack chosen for the profile, with the reason.
    static Assessment evaluate(const Profile &profile, const PackChoice &choice, const QDate &today,
                               const SmeSizeTable &sizes = SmeSizeTable::builtin());

    // The gap of one failing comparison (exposed for tests and what-if).
    static Gap gapOf(const CmpPred &cmp, const Context &ctx);
};

} // namespace srdi::rules
