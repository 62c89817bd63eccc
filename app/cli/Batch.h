// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CompanyCsv.h"
#include "io/ProfileJson.h"
#include "model/Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QTextStream>
#include <optional>

namespace srdi::rules {
struct Assessment;
}
namespace srdi::awards {
struct AwardReport;
}

// Many companies at once (shared/spec/cli.md `--batch`, docs/batch-csv.md):
// a folder of `*.srdi.json` files or one CSV file with a row per company is
// imported into the database, assessed, and summed up in a result CSV with a
// row per company. `--export-portfolio` writes the same result CSV for every
// company in the database. Memory stays flat in the number of companies: one
// profile is held at a time and result rows are streamed to the file.
namespace srdi::cli {

using io::CompanyCsv;
using io::CsvLayout;
using io::CsvReader;
using io::CsvRecord;
using io::ResultCsv;
using io::csvCell;

struct BatchOptions
{
    QString input;   // a folder of *.srdi.json or a CSV file (--batch)
    QString output;  // the result CSV (--out, or --export-portfolio's value)
    QString dbPath;  // the database
    QString rulesId; // --rules; empty: the pack in force on each assessment date
    bool replace = false; // --replace: an existing company becomes exactly the input's
    QString lang = QStringLiteral("en"); // the language of a workbook's sheets
    QDate today;
};

class Batch
{
    Q_DECLARE_TR_FUNCTIONS(srdi::cli::Batch)
public:
    // --batch: exit status 0 when every company went in, 2 when some input
    // was invalid (named on `err` and skipped, the rest processed), 1 on any
    // other failure.
    static int run(const BatchOptions &options, QTextStream &out, QTextStream &err);
    // --export-portfolio: every company of the database with its assessment.
    static int exportPortfolio(const BatchOptions &options, QTextStream &out, QTextStream &err);
};

} // namespace srdi::cli
