// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Profile.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

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
    // Writes the workbook out; false with a message on failure.
    bool close(QString *error);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace srdi::io
