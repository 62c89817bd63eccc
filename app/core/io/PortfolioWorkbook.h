// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Profile.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <vector>

namespace srdi::rules {
struct Assessment;
}
namespace srdi::awards {
struct AwardReport;
}

// The portfolio as an Office Open XML workbook (.xlsx), written with
// libxlsxwriter in its constant-memory mode: a company's rows are written as
// it is added and nothing of it is kept. Three sheets, in the language asked
// for: the companies (one row each), the open gaps (one row per gap) and the
// awards (one row per award that reaches the company). Numbers are numbers
// with a format (万元, %), the header is frozen and filtered.
namespace srdi::io {

class PortfolioWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(srdi::io::PortfolioWorkbook)
public:
    PortfolioWorkbook(QString path, QString lang);
    ~PortfolioWorkbook();

    static bool wanted(const QString &path); // *.xlsx

    // Creates the workbook at `path` (a file of its own: callers write to a
    // temporary file and move it into place). False with a message on failure.
    bool open(QString *error);
    void add(const Profile &profile, const rules::Assessment &assessment, const awards::AwardReport &awards);

    // A company's rows as add() writes them, made ready without the workbook:
    // rows() may run on any thread while another writes; write() puts them
    // in, after the rows written before.
    struct Cell
    {
        enum Kind : quint8 { Text, Number, Date };
        quint8 sheet = 0;  // companies, gaps, awards
        quint8 kind = Text;
        quint8 format = 0; // none, 万元, %, date, points
        quint16 column = 0;
        quint32 row = 0;   // within the company's rows of its sheet
        double number = 0; // a number; a date as yyyymmdd
        QByteArray text;   // UTF-8, as the cell holds it
    };
    struct Rows
    {
        std::vector<Cell> cells;
        quint32 gaps = 0, awards = 0; // rows on those sheets
    };
    Rows rows(const Profile &profile, const rules::Assessment &assessment, const awards::AwardReport &awards) const;
    void write(const Rows &rows);
    // Writes the workbook out; false with a message on failure.
    bool close(QString *error);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace srdi::io
