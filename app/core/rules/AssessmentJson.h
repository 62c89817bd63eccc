// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"

#include <QJsonObject>

namespace srdi::awards {
struct AwardReport;
}

// The `--evaluate --format json` output of shared/spec/cli.md: stable keys,
// money in 万元, percentages in percent.
namespace srdi::rules {

class AssessmentJson
{
public:
    // The awards come from the application's catalogue (loaded on first use),
    // matched on the assessment's date.
    static QJsonObject toJson(const Assessment &a, const QString &lang);
    // With the awards already matched: `awards` lists eligible and next-tier
    // awards as cli.md shows, `other_awards` the rest, `award_totals` the sums.
    static QJsonObject toJson(const Assessment &a, const QString &lang, const awards::AwardReport &awards);
};

} // namespace srdi::rules
