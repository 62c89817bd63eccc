// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"

#include <QJsonObject>

// The `--evaluate --format json` output of shared/spec/cli.md: stable keys,
// money in 万元, percentages in percent.
namespace srdi::rules {

class AssessmentJson
{
public:
    static QJsonObject toJson(const Assessment &a, const QString &lang);
};

} // namespace srdi::rules
