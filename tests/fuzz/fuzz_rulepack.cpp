// SPDX-License-Identifier: GPL-3.0-or-later
// RulePackLoader::load on any bytes (a pack in the user's rules folder is
// input from outside the build): no crash, no undefined behaviour. A pack it
// accepts is then used the way the app uses it, on the sample company and on
// an empty one, so that an accepted pack cannot crash the engine either.

#include "SampleProfile.h"
#include "rules/AssessmentJson.h"
#include "rules/Evaluator.h"
#include "rules/RulePack.h"
#include "awards/AwardCatalog.h"

#include <QDate>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDate today(2026, 11, 23);
    static const srdi::Profile sample = srdi::sampleProfile(2026);
    static const srdi::Profile empty = [] {
        srdi::Profile p;
        p.assessmentYear = 2026;
        p.company.name = QStringLiteral("x");
        return p;
    }();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList errors;
    const auto pack = srdi::rules::RulePackLoader::load(bytes, QStringLiteral("fuzz.json"), &errors);
    if (!pack) {
        if (errors.isEmpty())
            abort(); // a refusal always says why
        return 0;
    }
    for (const srdi::Profile *p : {&sample, &empty}) {
        const srdi::rules::Assessment a = srdi::rules::Evaluator::evaluate(*p, pack, today);
        (void)srdi::rules::AssessmentJson::toJson(a, QStringLiteral("en"), srdi::awards::AwardReport());
    }
    return 0;
}
