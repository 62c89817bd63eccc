// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentChecklistDialog.h"

#include "Language.h"
#include "PlainMessage.h"
#include "report/DocumentChecklist.h"
#include "report/Report.h"
#include "rules/RulePack.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace srdi::ui {

namespace {

std::shared_ptr<const rules::RulePack> packFor(const Profile &p)
{
    auto &packs = rules::RulePacks::instance();
    if (packs.ids().isEmpty())
        packs.load();
    return packs.choose(p, QDate::currentDate()).pack;
}

} // namespace

DocumentChecklistDialog::DocumentChecklistDialog(const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("documentChecklistDialog"));
    auto *layout = new QVBoxLayout(this);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("documentChecklistView"));
    m_view->setOpenLinks(false);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_print = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printChecklistButton"));
    m_pdf = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(QStringLiteral("pdfChecklistButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &DocumentChecklistDialog::print);
    connect(m_pdf, &QPushButton::clicked, this, &DocumentChecklistDialog::askAndSavePdf);
    resize(720, 820);
    refresh();
}

QString DocumentChecklistDialog::html() const
{
    return m_html;
}

void DocumentChecklistDialog::refresh()
{
    setWindowTitle(tr("Document checklist"));
    m_print->setText(tr("Print…"));
    m_pdf->setText(tr("Save as PDF…"));
    const auto pack = packFor(m_profile);
    const report::ChecklistInput in{&m_profile, pack.get(), currentLanguage(), QDate::currentDate()};
    m_html = report::DocumentChecklist::html(in);
    // On screen in the same fonts and styles as on paper.
    const auto doc = report::DocumentChecklist::document(in);
    m_view->document()->setDefaultFont(doc->defaultFont());
    m_view->document()->setDefaultStyleSheet(doc->defaultStyleSheet());
    m_view->setHtml(m_html);
    m_view->setAccessibleName(tr("Document checklist"));
}

void DocumentChecklistDialog::print()
{
    const auto pack = packFor(m_profile);
    const report::ChecklistInput in{&m_profile, pack.get(), currentLanguage(), QDate::currentDate()};
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(report::Report::pageLayout());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        report::DocumentChecklist::paint(in, printer);
}

bool DocumentChecklistDialog::savePdf(const QString &path, QString *error)
{
    const auto pack = packFor(m_profile);
    const report::ChecklistInput in{&m_profile, pack.get(), currentLanguage(), QDate::currentDate()};
    return report::DocumentChecklist::writePdf(in, path, error);
}

void DocumentChecklistDialog::askAndSavePdf()
{
    const QString suggested = m_profile.company.name + u'-' + tr("document checklist") + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePdf(path, &error))
        plainWarning(this, tr("Save as PDF"), error);
}

void DocumentChecklistDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QDialog::changeEvent(event);
}

} // namespace srdi::ui
