// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Profile.h"
#include "rules/Assessment.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

// The printed self-assessment report: a pure function of the profile, its
// assessment, the awards and the language. HTML for a QTextDocument, laid out
// on A4 with a binding margin, the company in the header and 第 X 页 / 共 Y 页
// in the footer of every page.
namespace srdi::awards {
struct AwardReport;
}

namespace srdi::report {

struct ReportInput
{
    const Profile *profile = nullptr;
    const rules::Assessment *assessment = nullptr;
    QString lang = QStringLiteral("en");
    QDate printed; // the date printed on the report
    // The awards matched for the company; null: the section says none apply.
    const awards::AwardReport *awards = nullptr;
};

class Report
{
    Q_DECLARE_TR_FUNCTIONS(srdi::report::Report)
public:
    static QString html(const ReportInput &in);
    // One tier's conditions, rubric and direct routes: the report's tables,
    // also shown on screen.
    static QString tierHtml(const rules::Assessment &a, const rules::TierResult &t, const QString &lang);
    // The awards: totals, then a table of what applies now and at the next
    // tier, then the others. Also shown on screen.
    static QString awardsHtml(const awards::AwardReport &awards, const QString &lang);
    // The report as a document whose fonts follow the script of `lang`.
    static std::unique_ptr<QTextDocument> document(const ReportInput &in);

    // Lays the report out on the device's pages (no table row split across
    // pages, no heading alone at a page foot) and paints them with header and
    // footer. Returns the number of pages. For a printer or a PDF writer.
    static int paint(const ReportInput &in, QPagedPaintDevice &device);
    // Writes the report as PDF through a QSaveFile: the file appears whole or
    // not at all. `pages` receives the page count.
    static bool writePdf(const ReportInput &in, const QString &path, QString *error, int *pages = nullptr);

    // A4 portrait, 25 mm on the left for binding, 15 mm elsewhere.
    static QPageLayout pageLayout();

    // The font families for a script: glyphs Chinese, text extractable.
    static QStringList fontFamilies(const QString &lang);

    // What every printed page of a document of ours shares (the report, the
    // document checklist): a header band (the company on the left, the
    // document's title on the right, a rule), the body, a footer band
    // ("Page 1 of 4").
    struct PageFrame
    {
        QRectF page;  // the device's printable rectangle
        QFont small;  // the bands' font
        qreal band = 0;
        QSizeF body;  // what a page of the document gets
        static PageFrame of(QPagedPaintDevice &device, const QString &lang);
    };
    // Paints `doc` (laid out at frame.body) page by page with the bands.
    // Returns the number of pages.
    static int paintPages(QPainter &painter, QPagedPaintDevice &device, QTextDocument &doc, const PageFrame &frame,
                          const QString &company, const QString &title);
    // A PDF written through a QSaveFile by `paint`: whole or not at all.
    static bool writePdfFile(const QString &path, const QString &title,
                             const std::function<int(QPagedPaintDevice &)> &paint, QString *error, int *pages);
};

} // namespace srdi::report
