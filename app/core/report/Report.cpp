// SPDX-License-Identifier: GPL-3.0-or-later
#include "Report.h"

#include "i18n/Language.h"
#include "io/ProfileJson.h"
#include "awards/AwardCatalog.h"
#include "model/Catalogs.h"
#include "model/FieldHelp.h"
#include "rules/AssessmentText.h"
#include "rules/Checklist.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace srdi::report {

namespace {

// Every user string goes through here: HTML-escaped, and no control
// character (stored before validation refused them) reaches the report.
QString esc(const QString &s)
{
    return ProfileJson::printable(s).toHtmlEscaped();
}

// Figures as the report prints them: every percentage with two decimals.
rules::Format reportFormat(const QString &lang)
{
    rules::Format f(lang);
    f.setFixedPercentDecimals(true);
    return f;
}

Rational maxScore(const rules::RouteResult &r)
{
    Rational max;
    for (const rules::Category &c : r.rule->score->categories)
        max = max + c.max;
    return max;
}

// Where tables are cut so that no row straddles a page: the report is laid
// out, the first straddling row found, and the HTML written again with the
// table closed before that row and reopened (head repeated) on a new page.
struct TableSplits
{
    QSet<std::pair<int, int>> breaks; // (logical table, body row) to start a new page at
    int table = -1;                   // the logical table being written
    int bodyRow = 0;                  // its next body row
    QString head;                     // its opening markup, to repeat
    struct Physical
    {
        int table, firstRow;
    };
    QList<Physical> physical; // every <table> written, in order
};
thread_local TableSplits *g_splits = nullptr;

const QString kTableOpen = QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3' "
                                          "style='border-collapse:collapse; border-color:#555555%1'><thead>");

// A table whose first rows repeat on every page it runs over: the caption
// (so that a heading is never left alone at the foot of a page) and the
// column heads.
QString tableStart(const QString &caption, const QStringList &heads, const QList<int> &widths)
{
    QString h;
    if (!caption.isEmpty())
        h += QStringLiteral("<tr><td colspan='%1' class='caption'>%2</td></tr>").arg(heads.size()).arg(caption);
    h += QStringLiteral("<tr>");
    // The first head (序号, No.) is short: it never breaks into one character a line.
    for (qsizetype i = 0; i < heads.size(); ++i)
        h += QStringLiteral("<th width='%1%'%2>%3</th>")
                 .arg(widths.value(i))
                 .arg(i == 0 ? QStringLiteral(" style='white-space:nowrap'") : QString())
                 .arg(esc(heads.at(i)));
    h += QStringLiteral("</tr></thead>");
    bool newPage = false;
    if (g_splits) {
        ++g_splits->table;
        g_splits->bodyRow = 0;
        g_splits->head = h;
        g_splits->physical.append({g_splits->table, 0});
        // The first body row would straddle: the whole table starts a page.
        newPage = g_splits->breaks.contains({g_splits->table, 0});
    }
    return kTableOpen.arg(newPage ? QStringLiteral("; page-break-before:always") : QString()) + h;
}

// A body row, as markup; cuts the table before it where the plan says so.
// A table that is never cut (short, or a block that belongs together).
// `together`: when it would run over a page, it moves to the next page with
// the heading above it (the sign-off).
constexpr int kPlainTable = -1;
constexpr int kKeptTogether = -2;
QString plainTableStart(const QString &attributes, bool together = false)
{
    if (g_splits)
        g_splits->physical.append({together ? kKeptTogether : kPlainTable, 0});
    return QStringLiteral("<table %1>").arg(attributes);
}

QString bodyRow(const QString &tr)
{
    QString h;
    if (g_splits) {
        const int r = g_splits->bodyRow++;
        if (r > 0 && g_splits->breaks.contains({g_splits->table, r})) {
            h += QStringLiteral("</table>") + kTableOpen.arg(QStringLiteral("; page-break-before:always")) + g_splits->head;
            g_splits->physical.append({g_splits->table, r});
        }
    }
    return h + tr;
}

QString row(const QStringList &cells, const QList<int> &rightAligned = {})
{
    QString h = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i)
        h += rightAligned.contains(int(i)) ? QStringLiteral("<td align='right'>%1</td>").arg(cells.at(i))
                                           : QStringLiteral("<td>%1</td>").arg(cells.at(i));
    return bodyRow(h + QStringLiteral("</tr>"));
}

QString ratio(const Opt<qint64> &a, const Opt<qint64> &b)
{
    if (!a || !b || *b <= 0)
        return QStringLiteral("—");
    // Display only: two decimals of an exact ratio, always two (4.00%).
    return rules::Format::twoDecimals((Rational(*a) * Rational(100) / Rational(*b)).toString(2)) + u'%';
}

// A heading is never left alone at the foot of a page: it moves to the next
// page with what follows it. One fix at a time, from the top.
void keepHeadings(QTextDocument &doc, qreal pageHeight)
{
    auto *layout = doc.documentLayout();
    auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    for (int pass = 0; pass < 200; ++pass) {
        bool fixed = false;
        for (QTextBlock b = doc.begin(); b.isValid() && !fixed; b = b.next()) {
            const QTextBlockFormat f = b.blockFormat();
            if (f.headingLevel() == 0 || (f.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                continue;
            const QRectF rect = layout->blockBoundingRect(b);
            const QTextBlock next = b.next();
            const qreal end = next.isValid() ? layout->blockBoundingRect(next).top() + rect.height() * 2 : rect.bottom();
            if (pageOf(rect.top()) != pageOf(end)) {
                QTextBlockFormat broken = f;
                broken.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(b).setBlockFormat(broken);
                // A full layout again: tables after the break must move too.
                doc.markContentsDirty(0, doc.characterCount());
                fixed = true;
            }
        }
        if (!fixed)
            return;
    }
}

// The first body row, in document order, that runs over the foot of a page:
// (physical table index, body row), or (-1, -1).
std::pair<int, int> firstStraddle(QTextDocument &doc, qreal pageHeight, const QList<TableSplits::Physical> &tables)
{
    auto *layout = doc.documentLayout();
    auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    int index = -1;
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        ++index;
        if (index >= tables.size() || tables.at(index).table < 0)
            continue; // a table that is not cut (the cover, the sign-off)
        const int head = table->format().headerRowCount();
        for (int r = head; r < table->rows(); ++r) {
            qreal top = 1e18, bottom = -1e18;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                top = std::min(top, layout->blockBoundingRect(doc.findBlock(cell.firstPosition())).top());
                bottom = std::max(bottom, layout->blockBoundingRect(doc.findBlock(cell.lastPosition())).bottom());
            }
            // A row taller than most of a page has to run over; and the first
            // body row of a cut table starts a page already.
            if (pageOf(top) != pageOf(bottom - 1) && bottom - top < pageHeight * 0.8)
                return {index, r - head};
        }
    }
    return {-1, -1};
}

// A block that belongs together (the sign-off: the heading, the declaration
// and the table to sign and stamp) starts a page when its table would run
// over one. Returns whether it moved anything.
bool keepTogether(QTextDocument &doc, qreal pageHeight, const QList<TableSplits::Physical> &tables)
{
    auto *layout = doc.documentLayout();
    auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    int index = -1;
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        ++index;
        if (index >= tables.size() || tables.at(index).table != kKeptTogether)
            continue;
        const QRectF box = layout->frameBoundingRect(table);
        if (pageOf(box.top()) == pageOf(box.bottom() - 1) || box.height() >= pageHeight * 0.8)
            continue;
        // The heading above it goes first to the next page (the text between follows).
        QTextBlock heading;
        for (QTextBlock b = doc.begin(); b.isValid() && b.position() < table->firstPosition(); b = b.next()) {
            if (b.blockFormat().headingLevel() > 0)
                heading = b;
        }
        if (!heading.isValid() || heading.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        QTextBlockFormat f = heading.blockFormat();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(heading).setBlockFormat(f);
        doc.markContentsDirty(0, doc.characterCount());
        return true;
    }
    return false;
}

} // namespace

QPageLayout Report::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(25, 15, 15, 15), QPageLayout::Millimeter);
}

QStringList Report::fontFamilies(const QString &lang)
{
    // WenQuanYi first: its glyphs are Chinese and its text extracts as typed
    // (Noto CJK in a PDF extracts some characters as Kangxi radicals).
    if (lang == u"zh_TW")
        return {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Microsoft JhengHei")};
    if (lang == u"zh_CN")
        return {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei")};
    return {QStringLiteral("DejaVu Sans"), QStringLiteral("Arial"), QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("Microsoft YaHei")};
}

QString Report::tierHtml(const rules::Assessment &a, const rules::TierResult &t, const QString &lang)
{
    const rules::Format fmt = reportFormat(lang);
    const rules::RouteResult &r = t.best();
    QString h;
    QString caption = QStringLiteral("%1 — %2").arg(esc(fmt.tierName(t)), esc(fmt.status(t.status)));
    if (t.routes.size() > 1)
        caption += QStringLiteral("<br/><span class='small'>%1</span>").arg(esc(tr("Route: %1").arg(r.rule->name.get(lang))));
    // A stated reading where the text leaves room (the 科技型 route's size limits).
    for (const rules::RouteResult &each : t.routes) {
        if (const QString reading = fmt.routeReading(*each.rule); !reading.isEmpty())
            caption += QStringLiteral("<br/><span class='small'>%1</span>").arg(esc(reading));
    }
    const QList<int> cw = {6, 44, 16, 20, 14};
    h += tableStart(caption, {tr("No."), tr("Condition"), tr("Required"), tr("Company"), tr("Result")}, cw);
    int n = 0;
    for (const rules::ConditionResult &c : r.conditions) {
        const QString required = c.hasFigure ? fmt.line(c.op, c.required, c.dim, c.unit) : QStringLiteral("—");
        const QString actual = c.hasFigure ? fmt.figure(c.actual, c.dim, c.unit) : QStringLiteral("—");
        QString name = esc(c.rule->name.get(lang));
        if (const QString w = fmt.windows(c.windows, a.year); !w.isEmpty())
            name += QStringLiteral("<br/><span class='small'>%1</span>").arg(esc(w));
        h += row({QString::number(++n), name, esc(required), esc(actual),
                  QStringLiteral("%1 %2").arg(rules::statusMark(c.status), esc(fmt.status(c.status)))},
                 {0});
    }
    h += QStringLiteral("</table>");
    if (r.scored) {
        h += QStringLiteral("<p></p>");
        const QString scoreCaption = esc(tr("Score %1 of %2; line %3").arg(fmt.points(r.score), fmt.points(maxScore(r)),
                                                                          fmt.points(r.rule->score->line)));
        h += tableStart(scoreCaption, {tr("No."), tr("Indicator"), tr("Full marks"), tr("Company's figure"), tr("Points")},
                        {6, 50, 11, 22, 11});
        n = 0;
        for (const rules::CategoryResult &cat : r.categories) {
            h += bodyRow(QStringLiteral("<tr><td colspan='5' class='category'>%1 %2 / %3%4</td></tr>")
                     .arg(esc(cat.rule->name.get(lang)), fmt.points(cat.points), fmt.points(cat.rule->max),
                          cat.rule->min.isZero() ? QString()
                                                 : esc(tr(" (at least %1)").arg(fmt.points(cat.rule->min)))));
            for (const rules::IndicatorResult &i : r.indicators) {
                if (i.rule->category != cat.rule->id)
                    continue;
                QString fact = fmt.figure(i.fact, i.factDim, i.factUnit);
                if (i.fact.kind == rules::Num::Missing && i.bandLabel && i.points == i.pointsUpper)
                    fact = i.bandLabel->get(lang);
                QString pts = fmt.points(i.points);
                if (i.pointsUpper != i.points)
                    pts += QStringLiteral("–") + fmt.points(i.pointsUpper);
                QString name = esc(i.rule->name.get(lang));
                if (const QString w = fmt.windows(i.windows, a.year); !w.isEmpty())
                    name += QStringLiteral("<br/><span class='small'>%1</span>").arg(esc(w));
                h += row({QString::number(++n), name, fmt.points(i.rule->max), esc(fact), pts},
                         {0, 2, 4});
            }
        }
        h += QStringLiteral("</table>");
    }
    if (!r.direct.isEmpty()) {
        h += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Direct routes (any one suffices)")));
        for (const rules::ConditionResult &d : r.direct)
        {
            QString w = fmt.windows(d.windows, a.year);
            if (!w.isEmpty())
                w = QStringLiteral("<br/><span class='small'>%1</span>").arg(esc(w));
            h += QStringLiteral("<li>%1 %2%3</li>").arg(rules::statusMark(d.status), esc(d.rule->name.get(lang)), w);
        }
        h += QStringLiteral("</ul>");
    }
    return h;
}

QString Report::html(const ReportInput &in)
{
    const Profile &p = *in.profile;
    const rules::Assessment &a = *in.assessment;
    const QString &lang = in.lang;
    const rules::Format fmt = reportFormat(lang);
    const FieldHelp &help = FieldHelp::instance();
    QString h;
    h += QStringLiteral("<h1 align='center'>%1</h1>").arg(esc(tr("SRDI self-assessment report")));
    h += QStringLiteral("<p align='center' class='company'>%1</p>").arg(esc(p.company.name));

    // Cover block.
    auto dash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; };
    const QString region = p.company.region ? RegionCatalog::instance().displayPath(*p.company.region, lang) : QString();
    const QString industry = p.company.industry ? IndustryCatalog::instance().displayPath(*p.company.industry, lang) : QString();
    h += plainTableStart(QStringLiteral("width='100%' border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse'"));
    auto coverRow = [&](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td width='30%' class='label'>%1</td><td>%2</td></tr>").arg(esc(label), esc(dash(value)));
    };
    coverRow(help.label(QStringLiteral("company.name"), lang), p.company.name);
    coverRow(help.label(QStringLiteral("company.credit_code"), lang), p.company.creditCode.value_or(QString()));
    coverRow(help.label(QStringLiteral("company.region"), lang), region.isEmpty() ? p.company.region.value_or(QString()) : region);
    coverRow(help.label(QStringLiteral("company.industry"), lang),
             industry.isEmpty() ? p.company.industry.value_or(QString()) : industry);
    coverRow(tr("SME size class"), fmt.sizeClass(a.sme.size));
    coverRow(tr("Assessment year and date"), QStringLiteral("%1 · %2").arg(a.year).arg(a.date.toString(Qt::ISODate)));
    if (a.pack)
        coverRow(tr("Rules applied"), QStringLiteral("%1（%2）").arg(a.pack->title.get(lang).isEmpty() ? a.pack->name.get(lang) : a.pack->title.get(lang),
                                                                  fmt.script(a.pack->document)));
    if (a.pack && a.pack->fromUser)
        coverRow(tr("Rules file"), rules::Format::packOrigin(*a.pack));
    if (a.pack)
        coverRow(tr("Why these rules"), fmt.packReason(a));
    coverRow(tr("Report printed on"), in.printed.toString(Qt::ISODate));
    h += QStringLiteral("</table>");

    // 1. Key figures.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("1. Key figures")));
    QStringList heads{tr("Figure")};
    QList<int> widths{40};
    QList<const FiscalYear *> years;
    for (int y = a.year - 3; y < a.year; ++y) {
        heads.append(QString::number(y));
        widths.append(20);
        years.append(p.fiscalYear(y));
    }
    h += tableStart(QString(), heads, widths);
    const QList<std::pair<const char *, Opt<qint64> FiscalYear::*>> money = {
        {"years.operating_revenue", &FiscalYear::operatingRevenue}, {"years.main_business_revenue", &FiscalYear::mainBusinessRevenue},
        {"years.rd_expense", &FiscalYear::rdExpense},               {"years.cost_expense_total", &FiscalYear::costExpenseTotal},
        {"years.net_profit", &FiscalYear::netProfit},
        {"years.total_assets", &FiscalYear::totalAssets},           {"years.total_liabilities", &FiscalYear::totalLiabilities},
        {"years.equity_financing", &FiscalYear::equityFinancing}};
    const QList<std::pair<const char *, Opt<qint64> FiscalYear::*>> people = {
        {"years.employees", &FiscalYear::employees}, {"years.rd_staff", &FiscalYear::rdStaff},
        {"years.tech_staff", &FiscalYear::techStaff}};
    const QList<int> right{1, 2, 3};
    for (const auto &[path, member] : money) {
        QStringList cells{esc(help.label(QString::fromLatin1(path), lang))};
        for (const FiscalYear *fy : years)
            cells.append(fy && (fy->*member) ? esc(fmt.money(Rational(*(fy->*member)))) : QStringLiteral("—"));
        h += row(cells, right);
    }
    for (const auto &[path, member] : people) {
        QStringList cells{esc(help.label(QString::fromLatin1(path), lang))};
        for (const FiscalYear *fy : years)
            cells.append(fy && (fy->*member) ? rules::Format::groupDigits(QString::number(*(fy->*member))) : QStringLiteral("—"));
        h += row(cells, right);
    }
    auto ratioRow = [&](const QString &label, auto num, auto den) {
        QStringList cells{QStringLiteral("<i>%1</i>").arg(esc(label))};
        for (const FiscalYear *fy : years) {
            // A zero denominator with the numerator entered: the ratio has no
            // value, said as such (营业收入为0，无法计算), not as a blank.
            if (fy && (fy->*num) && (fy->*den) && *(fy->*den) == 0)
                cells.append(esc(tr("%1 is 0: cannot be computed", "a ratio over a zero figure")
                                     .arg(den == &FiscalYear::totalAssets ? tr("total assets") : tr("revenue"))));
            else
                cells.append(fy ? ratio(fy->*num, fy->*den) : QStringLiteral("—"));
        }
        h += row(cells, right);
    };
    ratioRow(tr("R&D expense / operating revenue"), &FiscalYear::rdExpense, &FiscalYear::operatingRevenue);
    ratioRow(tr("Main business / operating revenue"), &FiscalYear::mainBusinessRevenue, &FiscalYear::operatingRevenue);
    ratioRow(tr("Debt ratio (liabilities / assets)"), &FiscalYear::totalLiabilities, &FiscalYear::totalAssets);
    ratioRow(tr("Net profit margin"), &FiscalYear::netProfit, &FiscalYear::operatingRevenue);
    h += QStringLiteral("</table>");

    // 2. The ladder.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("2. Where the company stands")));
    h += tableStart(QString(), {tr("Tier"), tr("Result"), tr("Score / line"), tr("Conditions met")}, {40, 20, 20, 20});
    for (const rules::TierResult &t : a.tiers) {
        const rules::RouteResult &r = t.best();
        int met = 0;
        for (const auto &c : r.conditions)
            met += c.status == rules::Status::Met ? 1 : 0;
        h += row({esc(fmt.tierName(t)), QStringLiteral("%1 %2").arg(rules::statusMark(t.status), esc(fmt.status(t.status))),
                  r.scored ? QStringLiteral("%1 / %2").arg(fmt.points(r.score), fmt.points(r.rule->score->line)) : QStringLiteral("—"),
                  QStringLiteral("%1 / %2").arg(met).arg(r.conditions.size())},
                 {2, 3});
    }
    h += QStringLiteral("</table>");
    const rules::TierResult *highest = a.tier(a.highestTier);
    h += QStringLiteral("<p>%1</p>").arg(esc(highest ? tr("Highest tier reached: %1.").arg(fmt.tierName(*highest))
                                                     : tr("No tier is reached yet.")));

    // 3. Tier by tier.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("3. Tier by tier")));
    for (const rules::TierResult &t : a.tiers)
        h += tierHtml(a, t, lang) + QStringLiteral("<p></p>");

    // 4. What is missing.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("4. What it takes to climb")));
    const QList<rules::ChecklistItem> items = rules::checklist(a);
    QString currentTier;
    int shown = 0;
    for (const rules::ChecklistItem &it : items) {
        const rules::TierResult *t = a.tier(it.tier);
        if (t->status == rules::Status::Met)
            continue; // the report lists what stands between the company and the next rungs
        if (it.tier != currentTier) {
            if (!currentTier.isEmpty())
                h += QStringLiteral("</ol>");
            h += QStringLiteral("<p><b>%1</b></p><ol>").arg(esc(fmt.tierName(*t)));
            currentTier = it.tier;
        }
        QString text;
        switch (it.kind) {
        case rules::ChecklistItem::Kind::Condition: {
            const QString gap = fmt.gap(it.condition->gap);
            text = gap.isEmpty() ? esc(it.condition->rule->name.get(lang))
                                 : QStringLiteral("%1：<b>%2</b>").arg(esc(it.condition->rule->name.get(lang)), esc(gap));
            if (const QString next = rules::nextStep(*it.condition, lang); !next.isEmpty())
                text += QStringLiteral("<br/>→ %1").arg(esc(next));
            break;
        }
        case rules::ChecklistItem::Kind::MissingData: {
            QStringList inputs;
            for (const rules::MissingInput &m : it.condition->missing)
                inputs.append(fmt.missingInput(m));
            QStringList wrong;
            for (const rules::MissingInput &m : it.condition->inconsistent)
                wrong.append(fmt.missingInput(m));
            text = it.condition->status == rules::Status::Inconsistent
                       ? esc(tr("%1 — data inconsistent, correct: %2")
                                 .arg(it.condition->rule->name.get(lang), wrong.join(QStringLiteral(", "))))
                   : it.condition->status == rules::Status::ManualReview
                       ? esc(tr("%1 — to be confirmed by the authority").arg(it.condition->rule->name.get(lang)))
                       : esc(tr("%1 — enter: %2").arg(it.condition->rule->name.get(lang), inputs.join(QStringLiteral(", "))));
            break;
        }
        case rules::ChecklistItem::Kind::Indicator:
            text = esc(tr("+%1 points: %2").arg(fmt.points(it.indicator->nextGain), fmt.gap(it.indicator->nextGap))) +
                   QStringLiteral(" (%1)").arg(esc(it.indicator->rule->name.get(lang)));
            break;
        }
        h += QStringLiteral("<li>%1</li>").arg(text);
        ++shown;
    }
    if (!currentTier.isEmpty())
        h += QStringLiteral("</ol>");
    if (shown == 0)
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Every tier is reached.")));

    // 5. Awards.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("5. Awards for this region")));
    h += in.awards ? awardsHtml(*in.awards, lang)
                   : QStringLiteral("<p>%1</p>").arg(esc(tr("No award of this region is in the catalogue.")));

    // 6. Definitions.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("6. Definitions used")));
    h += QStringLiteral("<ol class='small'>");
    for (const char *path : {"innovation.ip.class1", "innovation.ip.class2", "innovation.ip.class1_high_value",
                             "innovation.ip.class1_self_developed", "years.rd_expense", "years.rd_staff",
                             "refinement.digital_level", "years.equity_financing", "company.niche_since"}) {
        const QString key = QString::fromLatin1(path);
        const QString source = help.source(key);
        h += QStringLiteral("<li><b>%1</b>：%2%3</li>")
                 .arg(esc(help.label(key, lang)), esc(help.definition(key, lang)),
                      source.isEmpty() ? QString() : QStringLiteral(" <i>(%1)</i>").arg(esc(fmt.script(source))));
    }
    h += QStringLiteral("</ol>");

    // 7. Declaration and sign-off.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("7. Declaration")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("This is a self-assessment made by the company from its own figures against the published criteria. "
                         "It is not a recognition: only the competent authorities decide, on the documents they require. "
                         "The company is responsible for the truth of the figures entered.")));
    h += QStringLiteral("<p></p>") +
         plainTableStart(QStringLiteral("width='100%' border='1' cellspacing='0' cellpadding='10' style='border-collapse:collapse'"), true);
    // Room to sign (1.5 cm) and for a company seal of 4.2 cm across: the seal
    // cell is 4.5 cm tall and over 5 cm wide (a cell has no height in Qt's
    // HTML, so the padding makes it; px are 1/96 in on every device).
    const auto mmPx = [](double mm) { return qRound(mm / 25.4 * 96); };
    h += QStringLiteral("<tr><td width='15%' class='label'>%1</td><td width='35%' style='padding-bottom:%3px'></td>"
                        "<td width='15%' class='label'>%2</td><td width='35%'></td></tr>")
             .arg(esc(tr("Prepared by")), esc(tr("Reviewed by")))
             .arg(mmPx(15));
    h += QStringLiteral("<tr><td class='label'>%1</td><td></td><td class='label'>%2</td><td style='padding-bottom:%3px'></td></tr>")
             .arg(esc(tr("Date")), esc(tr("Company seal")))
             .arg(mmPx(45));
    h += QStringLiteral("</table>");
    return h;
}

QString Report::awardsHtml(const awards::AwardReport &awards, const QString &lang)
{
    const rules::Format fmt = reportFormat(lang);
    QString h;
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(awards.region.isEmpty()
                          ? rules::AssessmentText::tr("Awards: national only (no region entered)")
                          : tr("Awards: %1").arg(awards.regionName(lang)))); // the name, never the code
    h += QStringLiteral("<p><b>%1</b></p>")
             .arg(esc(rules::AssessmentText::tr("Could claim now: %1; reaching the next tier adds: %2")
                          .arg(fmt.money(Rational(awards.nowYuan)), fmt.money(Rational(awards.nextTierYuan)))));
    // Which regions' files were read, and where none was found.
    QStringList coverage{esc(awards.coverageLine(lang))};
    for (const QString &s : awards.uncovered(lang))
        coverage.append(esc(s));
    h += QStringLiteral("<p class='small'>%1</p>").arg(coverage.join(QStringLiteral("<br/>")));
    auto table = [&](const QList<awards::AwardMatch> &list) {
        h += tableStart(QString(), {tr("Status"), tr("Award"), tr("Amount"), tr("Source"), tr("Notes")}, {15, 31, 14, 25, 15});
        for (const awards::AwardMatch &m : list) {
            const awards::Award &w = *m.award;
            h += row({esc(rules::AssessmentText::awardStatus(m)), esc(w.name.get(lang)),
                      esc(rules::AssessmentText::awardAmount(m, lang)),
                      esc(fmt.script(w.citation())) + QStringLiteral("<br/><span class='small'>%1</span>").arg(esc(w.regionName.get(lang))),
                      esc(rules::AssessmentText::awardFlags(m).join(QStringLiteral("; ")))});
        }
        h += QStringLiteral("</table>");
    };
    const QList<awards::AwardMatch> claimable = awards.claimable();
    if (!claimable.isEmpty())
        table(claimable);
    const QList<awards::AwardMatch> others = awards.others();
    if (!others.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(rules::AssessmentText::tr("Other awards:")));
        table(others);
    }
    h += QStringLiteral("<p class='small'>%1</p>")
             .arg(esc(tr("Amounts are the maxima the documents state; marks: “to be verified” where the amount is not read from "
                         "the policy text itself. Awards marked “not paid twice” are not paid on top of a similar award; "
                         "“top-up of the difference” pays only what a higher level adds.")));
    return h;
}

std::unique_ptr<QTextDocument> Report::document(const ReportInput &in)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies(fontFamilies(in.lang));
    font.setPointSizeF(9.5);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setDefaultStyleSheet(QStringLiteral(
        "h1 { font-size: 18pt; margin-bottom: 2pt; }"
        "h2 { font-size: 12.5pt; margin-top: 14pt; margin-bottom: 5pt; }"
        "p.company { font-size: 13pt; font-weight: bold; margin-bottom: 10pt; }"
        "th { background-color: #e6e6e6; font-weight: bold; }"
        "td.caption { background-color: #f2f2f2; font-weight: bold; }"
        "td.category { background-color: #f7f7f7; font-weight: bold; }"
        "td.label { background-color: #f7f7f7; }"
        ".small { font-size: 8.5pt; }"));
    doc->setHtml(html(in));
    return doc;
}

int Report::paint(const ReportInput &in, QPagedPaintDevice &device)
{
    QPainter p(&device);
    if (!p.isActive())
        return 0;
    const PageFrame frame = PageFrame::of(device, in.lang);
    const QSizeF body = frame.body;

    // Lay out, find the first row that would run over a page, cut its table
    // there, again until no row does.
    TableSplits splits;
    std::unique_ptr<QTextDocument> doc;
    for (int attempt = 0; attempt < 200; ++attempt) {
        splits.table = -1;
        splits.physical.clear();
        g_splits = &splits;
        doc = document(in);
        g_splits = nullptr;
        doc->documentLayout()->setPaintDevice(&device);
        doc->setPageSize(body);
        keepHeadings(*doc, body.height());
        const auto [physical, row] = firstStraddle(*doc, body.height(), splits.physical);
        if (physical < 0 || physical >= splits.physical.size())
            break;
        const TableSplits::Physical where = splits.physical.at(physical);
        const std::pair<int, int> cut{where.table, where.firstRow + row};
        if (splits.breaks.contains(cut))
            break; // already cut there: a row taller than the space left under the head
        splits.breaks.insert(cut);
    }
    keepTogether(*doc, body.height(), splits.physical);
    return paintPages(p, device, *doc, frame, in.profile->company.name, tr("SRDI self-assessment report"));
}

Report::PageFrame Report::PageFrame::of(QPagedPaintDevice &device, const QString &lang)
{
    PageFrame f;
    f.page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    f.small.setFamilies(fontFamilies(lang));
    f.small.setPointSizeF(8);
    const QFontMetricsF fm(f.small, &device);
    f.band = fm.height() * 2.2; // header and footer bands
    f.body = QSizeF(f.page.width(), f.page.height() - 2 * f.band);
    return f;
}

int Report::paintPages(QPainter &p, QPagedPaintDevice &device, QTextDocument &doc, const PageFrame &frame,
                       const QString &company, const QString &title)
{
    const QSizeF &body = frame.body;
    const qreal band = frame.band;
    const int pages = doc.pageCount();
    const QFontMetricsF fm(frame.small, &device);
    // Elided once to the room it has: drawn whole on every page, a very long
    // name cost its length times the number of pages it filled (quadratic).
    const QString header = fm.elidedText(ProfileJson::printable(company), Qt::ElideRight, body.width() * 0.6);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        p.setFont(frame.small);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(0, 0, body.width(), band * 0.8), Qt::AlignLeft | Qt::AlignVCenter, header);
        p.drawText(QRectF(0, 0, body.width(), band * 0.8), Qt::AlignRight | Qt::AlignVCenter, title);
        p.drawLine(QPointF(0, band * 0.85), QPointF(body.width(), band * 0.85));
        p.save();
        p.translate(0, band);
        p.setClipRect(QRectF(0, 0, body.width(), body.height()));
        p.translate(0, -i * body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, i * body.height(), body.width(), body.height());
        ctx.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&p, ctx);
        p.restore();
        p.setFont(frame.small);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(0, frame.page.height() - band * 0.8, body.width(), band * 0.8), Qt::AlignCenter,
                   tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    return pages;
}

bool Report::writePdfFile(const QString &path, const QString &title,
                          const std::function<int(QPagedPaintDevice &)> &paint, QString *error, int *pages)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    int count = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("srdi-assess"));
        // A4 with room on the left for binding.
        writer.setPageLayout(pageLayout());
        count = paint(writer);
    }
    if (count == 0 || !file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    if (pages)
        *pages = count;
    return true;
}

bool Report::writePdf(const ReportInput &in, const QString &path, QString *error, int *pages)
{
    return writePdfFile(path, tr("SRDI self-assessment report") + QStringLiteral(" — ") + in.profile->company.name,
                        [&](QPagedPaintDevice &device) { return paint(in, device); }, error, pages);
}

} // namespace srdi::report
