// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileJson::parse on any bytes: no crash, no undefined behaviour, no
// unbounded time; and whatever it accepts survives export -> import
// unchanged (the round trip the format promises).

#include "io/ProfileJson.h"

#include <QDate>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDate today(2026, 11, 23);
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const srdi::ImportResult r = srdi::ProfileJson::parse(bytes, today);
    if (r.profile.has_value() != r.errors.isEmpty())
        abort();
    for (const srdi::ValidationError &e : r.errors)
        (void)e.message();
    if (r.profile) {
        if (!srdi::ProfileJson::validate(*r.profile, today).isEmpty()) {
            fprintf(stderr, "parse accepted what validate rejects\n");
            abort();
        }
        const QByteArray out = srdi::ProfileJson::serialize(*r.profile);
        const srdi::ImportResult again = srdi::ProfileJson::parse(out, today);
        if (!again.profile || !(*again.profile == *r.profile)) {
            fprintf(stderr, "round trip differs:\n%s\n", out.constData());
            for (const srdi::ValidationError &e : again.errors)
                fprintf(stderr, "  %s\n", qPrintable(e.message()));
            abort();
        }
    }
    return 0;
}
