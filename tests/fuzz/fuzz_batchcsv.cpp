// SPDX-License-Identifier: GPL-3.0-or-later
// The company CSV of `--batch` (docs/batch-csv.md) on any bytes: the reader,
// the header and every row. No crash, no undefined behaviour; a row it
// accepts passes ProfileJson::validate, comes back the same through
// CompanyCsv::line, and survives export -> import as a profile file.

#include "cli/Batch.h"

#include <QBuffer>
#include <QDate>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace srdi;
using namespace srdi::cli;

namespace {

std::optional<Profile> readBack(const QByteArray &csv, const QDate &today)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvRecord header, row;
    if (!reader.next(header) || !reader.next(row))
        return std::nullopt;
    QList<ValidationError> errors;
    const auto layout = CompanyCsv::layout(header, &errors);
    if (!layout)
        return std::nullopt;
    return CompanyCsv::read(*layout, row, today).profile;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDate today(2026, 11, 23);
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvRecord record;
    std::optional<CsvLayout> layout;
    while (reader.next(record)) {
        if (record.isBlank())
            continue;
        if (!layout) {
            QList<ValidationError> errors;
            layout = CompanyCsv::layout(record, &errors);
            if (!layout && errors.isEmpty())
                abort();
            if (!layout)
                return 0;
            continue;
        }
        const ImportResult r = CompanyCsv::read(*layout, record, today);
        if (r.profile.has_value() != r.errors.isEmpty())
            abort();
        for (const ValidationError &e : r.errors)
            (void)e.message();
        if (!r.profile)
            continue;
        if (!ProfileJson::validate(*r.profile, today).isEmpty()) {
            fprintf(stderr, "read accepted what validate rejects\n");
            abort();
        }
        const QByteArray csv = CompanyCsv::headerLine() + CompanyCsv::line(*r.profile);
        const std::optional<Profile> back = readBack(csv, today);
        if (!back || !(*back == *r.profile)) {
            fprintf(stderr, "CSV round trip differs:\n%s\n", csv.constData());
            abort();
        }
        const ImportResult json = ProfileJson::parse(ProfileJson::serialize(*r.profile), today);
        if (!json.profile || !(*json.profile == *r.profile)) {
            fprintf(stderr, "profile file round trip differs:\n%s\n", ProfileJson::serialize(*r.profile).constData());
            for (const ValidationError &e : json.errors)
                fprintf(stderr, "  %s\n", qPrintable(e.message()));
            abort();
        }
    }
    return 0;
}
