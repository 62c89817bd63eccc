// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "awards/AwardCatalog.h"
#include "rules/Assessment.h"
#include "rules/RulePack.h"

#include <QDate>

namespace srdi {

// A company's standing as its summary row was computed: the day, the pack
// chosen, the assessment and the awards it matched (PatchOutcome::standing).
struct Standing
{
    QDate today;
    rules::PackChoice choice;
    rules::Assessment assessment;
    awards::AwardReport awards;
};

} // namespace srdi
