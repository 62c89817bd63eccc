// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ProfileJson.h"
#include "model/Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <optional>

namespace srdi::rules {
struct Assessment;
}
namespace srdi::awards {
struct AwardReport;
}

// Companies in CSV files (docs/batch-csv.md): the company CSV read row by row
// into profiles, and the result CSV written a row per company. Shared by the
// window's import and export and by the command line's --batch and
// --export-portfolio.
namespace srdi::io {

// One record of a CSV file (RFC 4180): its cells as raw bytes, quotes removed.
struct CsvRecord
{
    // The first way the record breaks RFC 4180, if any.
    enum class Problem {
        None,
        QuoteInCell,    // a " inside a cell that does not start with one
        TextAfterQuote, // something other than , or a line end after a closing "
        Unclosed,       // a quoted cell is not closed (see CsvReader)
    };

    QList<QByteArray> cells;
    qint64 line = 0;           // the 1-based line of the file the record starts on
    bool unterminated = false; // a quoted cell is not closed (Problem::Unclosed)
    bool tooLong = false;      // longer than CsvReader::kMaxRecordBytes (cells cut short)
    Problem problem = Problem::None;
    qsizetype problemCell = -1; // the 0-based cell the problem is in

    // True for an empty line or a row of empty cells (",,,,").
    bool isBlank() const;
};

// Reads a CSV file record by record, strictly as RFC 4180 says: comma
// separated, cells optionally in double quotes ("" inside quotes is one
// quote; quoted cells may span lines), CRLF, LF or CR line ends, an optional
// UTF-8 byte order mark at the start. A " inside an unquoted cell or text
// after a closing " marks the record (CsvRecord::problem) and the line is
// read on to its end. A quoted cell that runs over a line end must close,
// and its record must then end cleanly, before the end of the file and
// within kMaxRecordBytes; otherwise only the line it opened on is the
// (broken) record and reading resumes on the next line, so that a stray
// quote costs one row, never the rows after it.
// Memory is bounded by kMaxRecordBytes whatever the file holds.
class CsvReader
{
public:
    static constexpr qsizetype kMaxRecordBytes = 1024 * 1024;
    // A line longer than this (/dev/zero, a binary file) ends the reading:
    // the record is returned as too long and next() then says the file ended.
    static constexpr qsizetype kMaxLineBytes = 64 * 1024 * 1024;

    explicit CsvReader(QIODevice &device);
    // The next record; false at the end of the file.
    bool next(CsvRecord &record);
    // How far into the device the records read so far reach (for progress).
    qint64 position() const;
    // True when reading stopped at a line longer than kMaxLineBytes.
    bool stoppedEarly() const { return m_stopped; }

private:
    int get();  // the next byte, or -1 at the end
    int peek(); // the same without consuming it

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    bool m_started = false;
    bool m_stopped = false;
};

// How the text of a CSV file is encoded: UTF-8 (with or without a byte
// order mark), else GB18030 — what Excel on Chinese Windows saves as "CSV"
// (a superset of GBK and GB2312).
enum class CsvEncoding : quint8 { Utf8, Gb18030 };

// Where each column of the header row is.
class CsvLayout
{
public:
    qsizetype width() const { return m_width; }
    CsvEncoding encoding() const { return m_encoding; }
    // The documented columns the file does not have.
    QStringList missing() const;
    // The index of `column` in a record, or -1 when the file has no such column.
    qsizetype index(const QString &column) const { return m_index.value(column, -1); }
    // The name of the column at `index`; empty when the header has none there.
    QString name(qsizetype index) const { return m_index.key(index); }

private:
    friend class CompanyCsv;
    QHash<QString, qsizetype> m_index;
    qsizetype m_width = 0;
    CsvEncoding m_encoding = CsvEncoding::Utf8;
};

// The company CSV of docs/batch-csv.md: one row per company with its last
// three fiscal years (y1_ = assessment_year − 3 … y3_ = assessment_year − 1).
class CompanyCsv
{
    Q_DECLARE_TR_FUNCTIONS(srdi::io::CompanyCsv)
public:
    // Every column the layout knows, in the documented order.
    static const QStringList &columns();

    // Reads the header row. Column names are matched without regard to case
    // and surrounding spaces; an unknown or repeated column, or a missing
    // `name` or `assessment_year`, is an error naming it (paths = columns).
    static std::optional<CsvLayout> layout(const CsvRecord &header, QList<ValidationError> *errors,
                                           CsvEncoding encoding = CsvEncoding::Utf8);

    // UTF-8 when every byte of the device reads as UTF-8 (or it starts with a
    // byte order mark), else GB18030. Reads the device through in chunks and
    // puts it back at its start.
    static CsvEncoding detectEncoding(QIODevice &device);
    static QString encodingName(CsvEncoding encoding); // "UTF-8", "GB18030"

    // What the documented columns a file lacks mean for the results, a
    // sentence per group ("no_major_accident_3y …: these conditions stay
    // 'missing data' for new companies"); empty when nothing that matters is missing.
    static QStringList missingColumnNotes(const CsvLayout &layout);

    // One row -> a Profile, checked with ProfileJson::validate (the rules of
    // import). Every problem of the row is listed; the path of an error is
    // the CSV column ("y3_rd_expense", "recognitions[1].tier").
    static ImportResult read(const CsvLayout &layout, const CsvRecord &record, const QDate &today);

    // The header row and one company's row (with CRLF), every column in the
    // documented order; only the three fiscal years before assessment_year
    // are written. read(line(p)) gives p back for such a profile.
    static QByteArray headerLine();
    static QByteArray line(const Profile &profile);
};

// The result CSV: one row per company (docs/batch-csv.md).
class ResultCsv
{
public:
    static QByteArray byteOrderMark(); // EF BB BF: Excel then reads the file as UTF-8
    static QByteArray headerLine();
    static QByteArray line(const Profile &profile, const rules::Assessment &assessment,
                           const awards::AwardReport &awards);

    // One result row as cells: the column names of headerLine(), and each value
    // with whether it is a number (empty: not known or not scored).
    struct Cell
    {
        QString text;
        bool number = false;
    };
    static QStringList columns();
    static QList<Cell> cells(const Profile &profile, const rules::Assessment &assessment,
                             const awards::AwardReport &awards);
};

// A cell as CSV text: quoted when it holds a comma, quote or line end. With
// `guardFormula`, text starting with = + - @ or a tab gets a leading ' so that
// a spreadsheet shows it instead of running it as a formula.
QByteArray csvCell(const QString &text, bool guardFormula = false);

} // namespace srdi::io
