// SPDX-License-Identifier: GPL-3.0-or-later
#include "PortfolioWorkbook.h"

#include "awards/AwardCatalog.h"
#include "io/ProfileJson.h"
#include "model/Catalogs.h"
#include "model/Periods.h"
#include "rules/Assessment.h"
#include "rules/AssessmentText.h"
#include "rules/Checklist.h"
#include "rules/RulePack.h"

#include "io/LibXlsxWriter.h"

#include <QFile>

namespace srdi::io {

namespace {

// Excel's limit for a cell's text.
constexpr qsizetype kMaxCellText = 32767;

QByteArray utf8(const QString &text)
{
    return ProfileJson::printable(text).left(kMaxCellText).toUtf8();
}

} // namespace

struct PortfolioWorkbook::Impl
{
    QString path;
    QString lang;
    rules::Format fmt;
    lxw_workbook *book = nullptr;
    lxw_worksheet *companies = nullptr, *gaps = nullptr, *awards = nullptr;
    lxw_format *head = nullptr, *wan = nullptr, *percent = nullptr, *date = nullptr, *points = nullptr, *wrap = nullptr;
    lxw_row_t companyRow = 0, gapRow = 0, awardRow = 0;
    lxw_col_t companyCols = 0, gapCols = 0, awardCols = 0;

    Impl(QString p, QString l)
        : path(std::move(p))
        , lang(std::move(l))
        , fmt(lang)
    {
    }

    void header(lxw_worksheet *ws, const QStringList &names, const QList<double> &widths, lxw_col_t *count)
    {
        // Two lines high: a long head wraps instead of being cut (set before
        // the row is written, as the streaming mode requires).
        worksheet_set_row(ws, 0, 32, head);
        for (qsizetype i = 0; i < names.size(); ++i) {
            worksheet_write_string(ws, 0, lxw_col_t(i), utf8(names.at(i)).constData(), head);
            worksheet_set_column(ws, lxw_col_t(i), lxw_col_t(i), widths.value(i, 14), nullptr);
        }
        worksheet_freeze_panes(ws, 1, 0);
        // Printed: A4 landscape, as wide as one page, the header on every page.
        worksheet_set_paper(ws, 9);
        worksheet_set_landscape(ws);
        worksheet_fit_to_pages(ws, 1, 0);
        worksheet_repeat_rows(ws, 0, 0);
        *count = lxw_col_t(names.size());
    }
};

PortfolioWorkbook::PortfolioWorkbook(QString path, QString lang)
    : d(std::make_unique<Impl>(std::move(path), std::move(lang)))
{
}

PortfolioWorkbook::~PortfolioWorkbook()
{
    if (d->book) {
        // Never finished: what was written is not a workbook; leave no file behind.
        workbook_close(d->book);
        QFile::remove(d->path);
    }
}

bool PortfolioWorkbook::wanted(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

bool PortfolioWorkbook::open(QString *error)
{
    if (!libxlsxwriter::library().available()) {
        *error = libxlsxwriter::library().error();
        return false;
    }
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray name = QFile::encodeName(d->path);
    d->book = workbook_new_opt(name.constData(), &options);
    if (!d->book) {
        *error = tr("%1: cannot create the workbook").arg(d->path);
        return false;
    }
    d->head = workbook_add_format(d->book);
    format_set_bold(d->head);
    format_set_bg_color(d->head, 0xE6E6E6);
    format_set_text_wrap(d->head);
    format_set_align(d->head, LXW_ALIGN_VERTICAL_TOP);
    d->wan = workbook_add_format(d->book);
    format_set_num_format(d->wan, "#,##0.00");
    d->percent = workbook_add_format(d->book);
    format_set_num_format(d->percent, "0.00%");
    d->date = workbook_add_format(d->book);
    format_set_num_format(d->date, "yyyy-mm-dd");
    d->points = workbook_add_format(d->book);
    format_set_num_format(d->points, "#,##0.##");
    d->wrap = workbook_add_format(d->book);
    format_set_text_wrap(d->wrap);

    d->companies = workbook_add_worksheet(d->book, utf8(tr("Companies", "sheet name: 企业一览")).constData());
    d->gaps = workbook_add_worksheet(d->book, utf8(tr("Gaps", "sheet name: 差距清单")).constData());
    d->awards = workbook_add_worksheet(d->book, utf8(tr("Awards", "sheet name: 奖励")).constData());
    if (!d->companies || !d->gaps || !d->awards) {
        *error = tr("%1: cannot create the workbook").arg(d->path);
        return false;
    }
    QStringList cols{tr("Company"), tr("Unified social credit code"), tr("Region"), tr("Industry"), tr("SME size"),
                     tr("Assessment year"), tr("Rules")};
    QList<double> widths{30, 20, 24, 26, 10, 8, 16};
    for (const QString &tier : {tr("Tier 1"), tr("Tier 2"), tr("Tier 3")}) {
        cols << tr("%1: status").arg(tier) << tr("%1: score").arg(tier);
        widths << 12 << 9;
    }
    cols << tr("Highest tier reached") << tr("Open gaps") << tr("Awards now (10,000 yuan)")
         << tr("Next tier adds (10,000 yuan)") << tr("Title held") << tr("Title valid through");
    widths << 18 << 8 << 12 << 12 << 18 << 12;
    d->header(d->companies, cols, widths, &d->companyCols);
    d->header(d->gaps,
              {tr("Company"), tr("Tier"), tr("Kind"), tr("Condition or indicator"), tr("Company's figure"), tr("Required"),
               tr("What it takes"), tr("Points to gain")},
              {30, 18, 12, 50, 16, 16, 50, 8}, &d->gapCols);
    d->header(d->awards,
              {tr("Company"), tr("Region"), tr("Award"), tr("Status"), tr("Amount (10,000 yuan)"), tr("Up to"),
               tr("Amount as stated"), tr("Document"), tr("Title of the document"), tr("Issued by"), tr("To be verified"),
               tr("Source")},
              {30, 18, 36, 18, 12, 6, 24, 24, 36, 20, 8, 40}, &d->awardCols);
    return true;
}

void PortfolioWorkbook::add(const Profile &p, const rules::Assessment &a, const awards::AwardReport &awards)
{
    write(rows(p, a, awards));
}

namespace {

enum Sheet : quint8 { Companies, Gaps, Awards };
enum Format : quint8 { NoFormat, Wan, Percent, DateFormat, Points };

// Collects a company's cells (PortfolioWorkbook::Rows) as add() writes them.
struct RowsBuilder
{
    const rules::Format &fmt;
    PortfolioWorkbook::Rows out;

    void text(Sheet s, quint32 r, int c, const QString &t)
    {
        if (!t.isEmpty())
            out.cells.push_back({s, PortfolioWorkbook::Cell::Text, NoFormat, quint16(c), r, 0, utf8(t)});
    }
    void number(Sheet s, quint32 r, int c, double v, Format f)
    {
        out.cells.push_back({s, PortfolioWorkbook::Cell::Number, f, quint16(c), r, v, {}});
    }
    void date(Sheet s, quint32 r, int c, const QDate &d)
    {
        out.cells.push_back({s, PortfolioWorkbook::Cell::Date, DateFormat, quint16(c), r,
                             double(d.year() * 10000 + d.month() * 100 + d.day()), {}});
    }
    // A figure as a number in its unit where it has one (万元, %, a count),
    // else as the text the report shows.
    void figure(Sheet s, quint32 r, int c, const rules::Num &n, rules::Dim dim, const QString &unit)
    {
        if (n.isFinite() && n.root <= 1) {
            switch (dim) {
            case rules::Dim::Money: number(s, r, c, n.v.toDouble() / 10000.0, Wan); return;
            case rules::Dim::Fraction: number(s, r, c, n.v.toDouble(), Percent); return;
            case rules::Dim::Count:
            case rules::Dim::Score: number(s, r, c, n.v.toDouble(), Points); return;
            default: break;
            }
        }
        if (n.kind != rules::Num::Missing)
            text(s, r, c, fmt.figure(n, dim, unit));
    }
};

} // namespace

PortfolioWorkbook::Rows PortfolioWorkbook::rows(const Profile &p, const rules::Assessment &a,
                                                const awards::AwardReport &awards) const
{
    const Impl &w = *d;
    RowsBuilder b{w.fmt, {}};
    b.out.cells.reserve(64);
    const QString name = p.company.name;
    // 企业一览: one row.
    const quint32 r = 0;
    lxw_col_t c = 0;
    b.text(Companies, r, c++, name);
    b.text(Companies, r, c++, p.company.creditCode.value_or(QString()));
    const QString region = p.company.region.value_or(QString());
    const QString regionName = RegionCatalog::instance().displayPath(region, w.lang);
    b.text(Companies, r, c++, regionName.isEmpty() ? region : regionName);
    const QString industry = p.company.industry.value_or(QString());
    const QString industryName = IndustryCatalog::instance().displayPath(industry, w.lang);
    b.text(Companies, r, c++, industryName.isEmpty() ? industry : industryName);
    b.text(Companies, r, c++, w.fmt.sizeClass(a.sme.size));
    b.number(Companies, r, c++, p.assessmentYear, NoFormat);
    b.text(Companies, r, c++, a.pack ? a.pack->name.get(w.lang) : QString());
    for (const QString &tier : {QStringLiteral("innovative"), QStringLiteral("specialized"), QStringLiteral("little_giant")}) {
        const rules::TierResult *t = a.tier(tier);
        b.text(Companies, r, c++, t ? w.fmt.status(t->status) : QString());
        if (t && !t->routes.isEmpty() && t->best().scored) {
            const rules::RouteResult &route = t->best();
            if (route.score == route.scoreUpper)
                b.number(Companies, r, c, route.score.toDouble(), Points);
            else // not all inputs known: the range it lies in
                b.text(Companies, r, c, QStringLiteral("%1–%2").arg(w.fmt.points(route.score), w.fmt.points(route.scoreUpper)));
        }
        ++c;
    }
    const rules::TierResult *highest = a.tier(a.highestTier);
    b.text(Companies, r, c++, highest ? w.fmt.tierName(*highest) : QString());
    const QList<rules::ChecklistItem> items = rules::checklist(a);
    int open = 0;
    for (const rules::ChecklistItem &i : items)
        open += i.blocksTier;
    b.number(Companies, r, c++, open, NoFormat);
    b.number(Companies, r, c++, double(awards.nowYuan) / 10000.0, Wan);
    b.number(Companies, r, c++, double(awards.nextTierYuan) / 10000.0, Wan);
    // The highest title held, and its last valid day (the anniversary itself).
    // (A copy: a pointer into value_or()'s temporary list would outlive it.)
    std::optional<Recognition> held;
    if (p.company.recognitions) {
        for (const Recognition &rec : *p.company.recognitions) {
            if (!rec.granted.isValid() || vocab::tierRank(rec.tier) == 0)
                continue;
            if (!held || vocab::tierRank(rec.tier) > vocab::tierRank(held->tier)
                || (rec.tier == held->tier && rec.granted > held->granted))
                held = rec;
        }
    }
    if (held && a.pack) {
        const rules::Tier *tier = a.pack->tier(held->tier);
        b.text(Companies, r, c, tier ? tier->name.get(w.lang) : held->tier);
        const QDate until = periods::lastDay(held->granted, a.pack->validityYears(held->route));
        b.date(Companies, r, c + 1, until);
    }

    // 差距清单: one row per item of the checklist.
    for (const rules::ChecklistItem &i : items) {
        const quint32 g = b.out.gaps++;
        const rules::TierResult *t = a.tier(i.tier);
        b.text(Gaps, g, 0, name);
        b.text(Gaps, g, 1, t ? w.fmt.tierName(*t) : i.tier);
        if (i.condition) {
            const rules::ConditionResult &cr = *i.condition;
            b.text(Gaps, g, 2, i.kind == rules::ChecklistItem::Kind::MissingData ? w.fmt.status(rules::Status::MissingData)
                                                                                     : w.fmt.status(cr.status));
            b.text(Gaps, g, 3, cr.rule->name.get(w.lang));
            if (cr.hasFigure) {
                b.figure(Gaps, g, 4, cr.actual, cr.dim, cr.unit);
                b.text(Gaps, g, 5, w.fmt.line(cr.op, cr.required, cr.dim, cr.unit));
            }
            QStringList what;
            if (cr.status == rules::Status::Unmet && cr.gap.kind != rules::Gap::Kind::None)
                what.append(w.fmt.gap(cr.gap));
            if (const QString next = rules::nextStep(cr, w.lang); !next.isEmpty())
                what.append(next);
            if (i.kind == rules::ChecklistItem::Kind::MissingData)
                for (const rules::MissingInput &m : cr.missing)
                    what.append(w.fmt.missingInput(m));
            b.text(Gaps, g, 6, what.join(QStringLiteral("; ")));
        } else if (i.indicator) {
            const rules::IndicatorResult &ir = *i.indicator;
            b.text(Gaps, g, 2, tr("points"));
            b.text(Gaps, g, 3, ir.rule->name.get(w.lang));
            b.figure(Gaps, g, 4, ir.fact, ir.factDim, ir.factUnit);
            if (ir.nextGap.kind != rules::Gap::Kind::None)
                b.text(Gaps, g, 6, w.fmt.gap(ir.nextGap));
            if (ir.nextGain > Rational())
                b.number(Gaps, g, 7, ir.nextGain.toDouble(), Points);
        }
    }

    // 奖励: one row per award that reaches the company.
    const QList<awards::AwardMatch> claimable = awards.claimable();
    const QList<awards::AwardMatch> others = awards.others();
    for (const QList<awards::AwardMatch> *list : {&claimable, &others}) {
        for (const awards::AwardMatch &m : *list) {
            const awards::Award &aw = *m.award;
            const quint32 x = b.out.awards++;
            b.text(Awards, x, 0, name);
            b.text(Awards, x, 1, aw.regionName.get(w.lang));
            b.text(Awards, x, 2, aw.name.get(w.lang));
            b.text(Awards, x, 3, rules::AssessmentText::awardStatus(m));
            if (m.amount)
                b.number(Awards, x, 4, double(*m.amount) / 10000.0, Wan);
            b.text(Awards, x, 5, aw.upTo ? tr("up to") : QString());
            b.text(Awards, x, 6, rules::AssessmentText::awardAmount(m, w.lang));
            b.text(Awards, x, 7, w.fmt.script(aw.document));
            b.text(Awards, x, 8, w.fmt.script(aw.title));
            b.text(Awards, x, 9, w.fmt.script(aw.issuer));
            b.text(Awards, x, 10, aw.verified ? QString() : tr("to be verified"));
            b.text(Awards, x, 11, aw.url); // the page it was read from, where there is one
        }
    }
    return std::move(b.out);
}

void PortfolioWorkbook::write(const Rows &rows)
{
    Impl &w = *d;
    // The company's row and its gap and award rows follow those written before.
    const lxw_row_t base[] = {w.companyRow + 1, w.gapRow + 1, w.awardRow + 1};
    lxw_worksheet *const sheets[] = {w.companies, w.gaps, w.awards};
    lxw_format *const formats[] = {nullptr, w.wan, w.percent, w.date, w.points};
    for (const Cell &c : rows.cells) {
        lxw_worksheet *ws = sheets[c.sheet];
        const lxw_row_t r = base[c.sheet] + c.row;
        switch (c.kind) {
        case Cell::Text: worksheet_write_string(ws, r, c.column, c.text.constData(), formats[c.format]); break;
        case Cell::Number: worksheet_write_number(ws, r, c.column, c.number, formats[c.format]); break;
        case Cell::Date: {
            const int ymd = int(c.number);
            lxw_datetime when{ymd / 10000, ymd / 100 % 100, ymd % 100, 0, 0, 0};
            worksheet_write_datetime(ws, r, c.column, &when, formats[c.format]);
            break;
        }
        }
    }
    ++w.companyRow;
    w.gapRow += rows.gaps;
    w.awardRow += rows.awards;
}

bool PortfolioWorkbook::close(QString *error)
{
    if (!d->book)
        return false;
    // Filters over what was written (at least the header row).
    worksheet_autofilter(d->companies, 0, 0, d->companyRow, d->companyCols - 1);
    worksheet_autofilter(d->gaps, 0, 0, d->gapRow, d->gapCols - 1);
    worksheet_autofilter(d->awards, 0, 0, d->awardRow, d->awardCols - 1);
    const lxw_error result = workbook_close(d->book);
    d->book = nullptr;
    if (result != LXW_NO_ERROR) {
        *error = tr("%1: cannot write the workbook (%2)").arg(d->path, QString::fromUtf8(lxw_strerror(result)));
        QFile::remove(d->path);
        return false;
    }
    return true;
}

} // namespace srdi::io
