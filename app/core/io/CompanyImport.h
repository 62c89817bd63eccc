// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CompanyCsv.h"
#include "io/ProfileJson.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QStringList>
#include <memory>
#include <optional>

// Companies read one at a time from what a user brings in: a company CSV
// (UTF-8 or GB18030, docs/batch-csv.md) or a folder of `*.srdi.json` files.
// The window's File ▸ Import companies… and the command line's --batch both
// read through this; neither holds more than one company at a time.
namespace srdi::io {

// One company of the input, or why it cannot be taken.
struct ImportItem
{
    QString where;                  // "clients.csv:12" or the file's path
    std::optional<Profile> profile; // set when the company can be imported
    QStringList given;              // the fields the input gives (model/Patch.h keys)
    QStringList errors;             // why not, each naming the column or field
    bool unreadable = false;        // the input could not be read (not a fault of its content)
};

class CompanyImport
{
    Q_DECLARE_TR_FUNCTIONS(srdi::io::CompanyImport)
public:
    CompanyImport(QString path, QDate today);
    ~CompanyImport();

    // Opens the input and reads a CSV's header. False: nothing can be taken;
    // problems() says why and unreadable() whether it was a read failure.
    bool open();
    QStringList problems() const { return m_problems; }
    bool unreadable() const { return m_unreadable; }

    bool isFolder() const { return m_folder; }
    QString path() const { return m_path; }
    // CSV only: the file's encoding, its columns, and what the documented
    // columns it lacks mean for the results.
    CsvEncoding encoding() const { return m_encoding; }
    const CsvLayout *layout() const { return m_layout ? &*m_layout : nullptr; }
    QStringList notes() const;

    // The next company; false at the end of the input.
    bool next(ImportItem &item);
    // How far through the input (0–100).
    int percent() const;
    // Said once the input is read, when it was not read to its end.
    QString endNote() const;

private:
    bool openCsv();
    bool openFolder();
    bool nextCsv(ImportItem &item);
    bool nextFile(ImportItem &item);

    QString m_path;
    QDate m_today;
    bool m_folder = false;
    bool m_unreadable = false;
    QStringList m_problems;
    // CSV
    QFile m_file;
    std::unique_ptr<CsvReader> m_reader;
    std::optional<CsvLayout> m_layout;
    CsvEncoding m_encoding = CsvEncoding::Utf8;
    qint64 m_size = 1;
    qint64 m_lastLine = 0;
    // folder
    QStringList m_names;
    qsizetype m_nextName = 0;
};

} // namespace srdi::io
