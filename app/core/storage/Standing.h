// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "awards/AwardCatalog.h"
#include "model/Profile.h"
#include "rules/Assessment.h"
#include "rules/RulePack.h"

#include <QDate>
#include <QVariantList>

#include <memory>

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

// A company's summary row computed ahead of its write, on any thread
// (ProfileStore::prepareSummary): the write uses it when the company written
// is this very profile on this day, and computes the row itself otherwise.
struct PreparedSummary
{
    Profile profile;
    QDate today;
    std::shared_ptr<const Standing> standing; // null: no rule pack in force that day
    QVariantList values;                      // the row's values after company_id
};

} // namespace srdi
