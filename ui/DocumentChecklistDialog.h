// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Profile.h"

#include <QDialog>

class QTextBrowser;
class QPushButton;

namespace srdi::ui {

// Help ▸ 资料准备清单: per document, the figures it supplies to the rules in
// force and whether the company has entered them; printable and saved as
// PDF (report/DocumentChecklist.h). Follows the language live.
class DocumentChecklistDialog : public QDialog
{
    Q_OBJECT
public:
    DocumentChecklistDialog(const Profile &profile, QWidget *parent = nullptr);

    QString html() const;
    // Writes the PDF to `path`; false with a message when it cannot.
    bool savePdf(const QString &path, QString *error = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void print();
    void askAndSavePdf();

    Profile m_profile;
    QTextBrowser *m_view = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_close = nullptr;
    QString m_html;
};

} // namespace srdi::ui
