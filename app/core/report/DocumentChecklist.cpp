// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentChecklist.h"

#include "Report.h"
#include "io/ProfileJson.h"
#include "model/FieldHelp.h"
#include "rules/AssessmentText.h"
#include "rules/FieldsRead.h"
#include "rules/RulePack.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace srdi::report {

namespace {

QString esc(const QString &s)
{
    return ProfileJson::printable(s).toHtmlEscaped();
}

} // namespace

int DocumentChecklist::Document::missing() const
{
    int n = 0;
    for (const Item &i : items)
        n += !i.entered;
    return n;
}

QList<DocumentChecklist::Document> DocumentChecklist::documents(const ChecklistInput &in)
{
    QList<Document> out;
    if (!in.profile || !in.pack)
        return out;
    const Profile &p = *in.profile;
    const FieldHelp &help = FieldHelp::instance();
    for (const rules::FieldRead &f : rules::fieldsRead(*in.pack)) {
        Item item;
        item.path = f.path;
        item.year = f.year(p);
        const QString label = help.label(f.path, in.lang);
        item.label = item.year ? rules::Fields::tr("%1 %2", "field label, then fiscal year").arg(label).arg(item.year)
                               : label;
        item.entered = rules::isEntered(f, p);
        const QString name = help.sourceDocument(f.path, in.lang);
        auto it = std::find_if(out.begin(), out.end(), [&](const Document &d) { return d.name == name; });
        if (it == out.end()) {
            out.append(Document{name, {}});
            it = std::prev(out.end());
        }
        it->items.append(item);
    }
    return out;
}

QString DocumentChecklist::html(const ChecklistInput &in)
{
    const QList<Document> docs = documents(in);
    int total = 0, missing = 0;
    for (const Document &d : docs) {
        total += int(d.items.size());
        missing += d.missing();
    }
    const QString colon = in.lang == u"en" ? QStringLiteral(": ") : QStringLiteral("：");
    QString h;
    h += QStringLiteral("<h1 align='center'>%1</h1>").arg(esc(tr("Document checklist")));
    if (in.profile)
        h += QStringLiteral("<p align='center' class='company'>%1</p>").arg(esc(in.profile->company.name));
    if (in.pack) {
        const rules::Format fmt(in.lang);
        const QString title = in.pack->title.get(in.lang).isEmpty() ? in.pack->name.get(in.lang) : in.pack->title.get(in.lang);
        h += QStringLiteral("<p>%1%2%3（%4）</p>")
                 .arg(esc(Report::tr("Rules applied")), colon, esc(title), esc(fmt.script(in.pack->document)));
    }
    if (in.printed.isValid())
        h += QStringLiteral("<p>%1%2%3</p>").arg(esc(tr("Printed on")), colon, esc(in.printed.toString(Qt::ISODate)));
    h += QStringLiteral("<p><b>%1</b></p>")
             .arg(esc(missing == 0 ? tr("Every figure the rules read is entered (%n figure(s)).", nullptr, total)
                                   : tr("%1 of %n figure(s) the rules read are still missing.", nullptr, total).arg(missing)));
    h += QStringLiteral("<p class='small'>%1</p>")
             .arg(esc(tr("Each document below supplies the figures listed under it. The documents are the usual evidence; "
                         "the authority you apply to may ask for others.")));
    for (const Document &d : docs) {
        const QString name = d.name.isEmpty() ? tr("No document named") : d.name;
        const int m = d.missing();
        h += QStringLiteral("<h2>%1</h2>")
                 .arg(esc(m ? tr("%1 (%n missing)", nullptr, m).arg(name) : name));
        h += QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3' "
                            "style='border-collapse:collapse; border-color:#555555'>");
        h += QStringLiteral("<tr><th width='70%'>%1</th><th width='30%'>%2</th></tr>")
                 .arg(esc(tr("Figure")), esc(tr("State")));
        for (const Item &i : d.items) {
            h += QStringLiteral("<tr><td>%1</td><td%2>%3</td></tr>")
                     .arg(esc(i.label),
                          i.entered ? QString() : QStringLiteral(" class='missing'"),
                          esc(i.entered ? tr("entered") : tr("still missing")));
        }
        h += QStringLiteral("</table>");
    }
    return h;
}

std::unique_ptr<QTextDocument> DocumentChecklist::document(const ChecklistInput &in)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies(Report::fontFamilies(in.lang));
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setDefaultStyleSheet(QStringLiteral(
        "h1 { font-size: 18pt; margin-bottom: 2pt; }"
        "h2 { font-size: 12pt; margin-top: 12pt; margin-bottom: 4pt; }"
        "p.company { font-size: 13pt; font-weight: bold; margin-bottom: 8pt; }"
        "th { background-color: #e6e6e6; font-weight: bold; }"
        "td.missing { color: #b71c1c; font-weight: bold; }"
        ".small { font-size: 8.5pt; }"));
    doc->setHtml(html(in));
    return doc;
}

int DocumentChecklist::paint(const ChecklistInput &in, QPagedPaintDevice &device)
{
    QPainter p(&device);
    if (!p.isActive())
        return 0;
    const Report::PageFrame frame = Report::PageFrame::of(device, in.lang);
    const auto doc = document(in);
    doc->documentLayout()->setPaintDevice(&device);
    doc->setPageSize(frame.body);
    return Report::paintPages(p, device, *doc, frame, in.profile ? in.profile->company.name : QString(),
                              tr("Document checklist"));
}

bool DocumentChecklist::writePdf(const ChecklistInput &in, const QString &path, QString *error, int *pages)
{
    return Report::writePdfFile(
        path, tr("Document checklist") + (in.profile ? QStringLiteral(" — ") + in.profile->company.name : QString()),
        [&](QPagedPaintDevice &device) { return paint(in, device); }, error, pages);
}

} // namespace srdi::report
