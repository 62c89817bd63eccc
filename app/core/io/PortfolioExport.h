// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <functional>

// Every company of a database with its assessment, written as the result CSV
// (docs/batch-csv.md) or as an .xlsx workbook (by the name's ending): what
// File ▸ Export portfolio… writes. One company is held at a time; the file
// appears whole or not at all.
namespace srdi {
class ProfileStore;
}

namespace srdi::io {

class PortfolioExport
{
    Q_DECLARE_TR_FUNCTIONS(srdi::io::PortfolioExport)
public:
    struct Options
    {
        QString databasePath;
        QString output;
        QString lang = QStringLiteral("en");
        QDate today;
        QString rulesId; // a rule pack for every company; empty: the pack in force for each
    };
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // `progress(done, total)` is called after each company; returning false
    // stops the export (nothing is written). Returns the number of companies
    // written, or -1 with `error` set (empty when stopped).
    static qint64 run(const Options &options, const Progress &progress, QString *error);

    // The export's bytes, in order, to `sink` (false: the write failed): what
    // run() writes to its file and the command line to its output. The rule
    // packs and the award catalogue are loaded by the caller.
    static qint64 write(ProfileStore &store, const Options &options,
                        const std::function<bool(const QByteArray &)> &sink, const Progress &progress,
                        QString *error);
};

} // namespace srdi::io
