// SPDX-License-Identifier: GPL-3.0-or-later
#include "Assessment.h"

namespace srdi::rules {

QString statusId(Status s)
{
    switch (s) {
    case Status::Met: return QStringLiteral("met");
    case Status::Unmet: return QStringLiteral("unmet");
    case Status::MissingData: return QStringLiteral("missing_data");
    case Status::ManualReview: return QStringLiteral("manual_review");
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

} // namespace srdi::rules
