// SPDX-License-Identifier: GPL-3.0-or-later
// AwardLoader::load (awards::RegionAwards from a `srdi-awards/1` file) on any
// bytes: no crash, no undefined behaviour. A region it accepts is matched
// against the sample company placed in that region.

#include "SampleProfile.h"
#include "awards/AwardCatalog.h"
#include "rules/Evaluator.h"
#include "rules/RulePack.h"

#include <QDate>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDate today(2026, 11, 23);
    static const auto pack = [] {
        auto &packs = srdi::rules::RulePacks::instance();
        packs.load(QStringLiteral("/nonexistent"));
        return packs.pack(QStringLiteral("2026"));
    }();
    if (!pack)
        abort();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList errors;
    const auto region = srdi::awards::AwardLoader::load(bytes, QStringLiteral("620000.json"), &errors);
    if (!region) {
        if (errors.isEmpty())
            abort(); // a refusal always says why
        return 0;
    }
    srdi::awards::AwardCatalog catalog;
    catalog.add(region);
    srdi::Profile profile = srdi::sampleProfile(2026);
    profile.company.region = region->region;
    const srdi::rules::Assessment a = srdi::rules::Evaluator::evaluate(profile, pack, today);
    const srdi::awards::AwardReport report = catalog.match(profile, a, today);
    (void)report.regionName(QStringLiteral("en"));
    (void)report.claimable();
    return 0;
}
