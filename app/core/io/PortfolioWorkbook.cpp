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

#include <QFile>

#include <xlsxwriter.h>

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

    void text(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const QString &s, lxw_format *f = nullptr)
    {
        if (!s.isEmpty())
            worksheet_write_string(ws, r, c, utf8(s).constData(), f);
    }
    void number(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, double v, lxw_format *f)
    {
        worksheet_write_number(ws, r, c, v, f);
    }
    // A figure as a number in its unit where it has one (万元, %, a count),
    // else as the text the report shows.
    void figure(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const rules::Num &n, rules::Dim dim, const QString &unit)
    {
        if (n.isFinite() && n.root <= 1) {
            switch (dim) {
            case rules::Dim::Money: number(ws, r, c, n.v.toDouble() / 10000.0, wan); return;
            case rules::Dim::Fraction: number(ws, r, c, n.v.toDouble(), percent); return;
            case rules::Dim::Count:
            case rules::Dim::Score: number(ws, r, c, n.v.toDouble(), points); return;
            default: break;
            }
        }
        if (n.kind != rules::Num::Missing)
            text(ws, r, c, fmt.figure(n, dim, unit));
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
    Impl &w = *d;
    const QString name = p.company.name;
    // 企业一览: one row.
    const lxw_row_t r = ++w.companyRow;
    lxw_col_t c = 0;
    w.text(w.companies, r, c++, name);
    w.text(w.companies, r, c++, p.company.creditCode.value_or(QString()));
    const QString region = p.company.region.value_or(QString());
    const QString regionName = RegionCatalog::instance().displayPath(region, w.lang);
    w.text(w.companies, r, c++, regionName.isEmpty() ? region : regionName);
    const QString industry = p.company.industry.value_or(QString());
    const QString industryName = IndustryCatalog::instance().displayPath(industry, w.lang);
    w.text(w.companies, r, c++, industryName.isEmpty() ? industry : industryName);
    w.text(w.companies, r, c++, w.fmt.sizeClass(a.sme.size));
    w.number(w.companies, r, c++, p.assessmentYear, nullptr);
    w.text(w.companies, r, c++, a.pack ? a.pack->name.get(w.lang) : QString());
    for (const QString &tier : {QStringLiteral("innovative"), QStringLiteral("specialized"), QStringLiteral("little_giant")}) {
        const rules::TierResult *t = a.tier(tier);
        w.text(w.companies, r, c++, t ? w.fmt.status(t->status) : QString());
        if (t && !t->routes.isEmpty() && t->best().scored) {
            const rules::RouteResult &route = t->best();
            if (route.score == route.scoreUpper)
                w.number(w.companies, r, c, route.score.toDouble(), w.points);
            else // not all inputs known: the range it lies in
                w.text(w.companies, r, c, QStringLiteral("%1–%2").arg(w.fmt.points(route.score), w.fmt.points(route.scoreUpper)));
        }
        ++c;
    }
    const rules::TierResult *highest = a.tier(a.highestTier);
    w.text(w.companies, r, c++, highest ? w.fmt.tierName(*highest) : QString());
    const QList<rules::ChecklistItem> items = rules::checklist(a);
    int open = 0;
    for (const rules::ChecklistItem &i : items)
        open += i.blocksTier;
    w.number(w.companies, r, c++, open, nullptr);
    w.number(w.companies, r, c++, double(awards.nowYuan) / 10000.0, w.wan);
    w.number(w.companies, r, c++, double(awards.nextTierYuan) / 10000.0, w.wan);
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
        w.text(w.companies, r, c, tier ? tier->name.get(w.lang) : held->tier);
        const QDate until = periods::lastDay(held->granted, a.pack->validityYears(held->route));
        lxw_datetime when{until.year(), until.month(), until.day(), 0, 0, 0};
        worksheet_write_datetime(w.companies, r, c + 1, &when, w.date);
    }

    // 差距清单: one row per item of the checklist.
    for (const rules::ChecklistItem &i : items) {
        const lxw_row_t g = ++w.gapRow;
        const rules::TierResult *t = a.tier(i.tier);
        w.text(w.gaps, g, 0, name);
        w.text(w.gaps, g, 1, t ? w.fmt.tierName(*t) : i.tier);
        if (i.condition) {
            const rules::ConditionResult &cr = *i.condition;
            w.text(w.gaps, g, 2, i.kind == rules::ChecklistItem::Kind::MissingData ? w.fmt.status(rules::Status::MissingData)
                                                                                     : w.fmt.status(cr.status));
            w.text(w.gaps, g, 3, cr.rule->name.get(w.lang));
            if (cr.hasFigure) {
                w.figure(w.gaps, g, 4, cr.actual, cr.dim, cr.unit);
                w.text(w.gaps, g, 5, w.fmt.line(cr.op, cr.required, cr.dim, cr.unit));
            }
            QStringList what;
            if (cr.status == rules::Status::Unmet && cr.gap.kind != rules::Gap::Kind::None)
                what.append(w.fmt.gap(cr.gap));
            if (const QString next = rules::nextStep(cr, w.lang); !next.isEmpty())
                what.append(next);
            if (i.kind == rules::ChecklistItem::Kind::MissingData)
                for (const rules::MissingInput &m : cr.missing)
                    what.append(w.fmt.missingInput(m));
            w.text(w.gaps, g, 6, what.join(QStringLiteral("; ")));
        } else if (i.indicator) {
            const rules::IndicatorResult &ir = *i.indicator;
            w.text(w.gaps, g, 2, tr("points"));
            w.text(w.gaps, g, 3, ir.rule->name.get(w.lang));
            w.figure(w.gaps, g, 4, ir.fact, ir.factDim, ir.factUnit);
            if (ir.nextGap.kind != rules::Gap::Kind::None)
                w.text(w.gaps, g, 6, w.fmt.gap(ir.nextGap));
            if (ir.nextGain > Rational())
                w.number(w.gaps, g, 7, ir.nextGain.toDouble(), w.points);
        }
    }

    // 奖励: one row per award that reaches the company.
    const QList<awards::AwardMatch> claimable = awards.claimable();
    const QList<awards::AwardMatch> others = awards.others();
    for (const QList<awards::AwardMatch> *list : {&claimable, &others}) {
        for (const awards::AwardMatch &m : *list) {
            const awards::Award &aw = *m.award;
            const lxw_row_t x = ++w.awardRow;
            w.text(w.awards, x, 0, name);
            w.text(w.awards, x, 1, aw.regionName.get(w.lang));
            w.text(w.awards, x, 2, aw.name.get(w.lang));
            w.text(w.awards, x, 3, rules::AssessmentText::awardStatus(m));
            if (m.amount)
                w.number(w.awards, x, 4, double(*m.amount) / 10000.0, w.wan);
            w.text(w.awards, x, 5, aw.upTo ? tr("up to") : QString());
            w.text(w.awards, x, 6, rules::AssessmentText::awardAmount(m, w.lang));
            w.text(w.awards, x, 7, w.fmt.script(aw.document));
            w.text(w.awards, x, 8, w.fmt.script(aw.title));
            w.text(w.awards, x, 9, w.fmt.script(aw.issuer));
            w.text(w.awards, x, 10, aw.verified ? QString() : tr("to be verified"));
            w.text(w.awards, x, 11, aw.url); // the page it was read from, where there is one
        }
    }
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
