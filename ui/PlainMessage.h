// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

// Message boxes whose text is shown as plain text, never as rich text: a
// company name or a file name like "<b>Co</b>" is shown as typed, and cannot
// make the box show something else (QMessageBox guesses rich text by default).
namespace srdi::ui {

inline QMessageBox::StandardButton plainMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

inline void plainWarning(QWidget *parent, const QString &title, const QString &text)
{
    plainMessage(parent, QMessageBox::Warning, title, text);
}

inline QMessageBox::StandardButton plainQuestion(QWidget *parent, const QString &title, const QString &text)
{
    return plainMessage(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No,
                        QMessageBox::No);
}

} // namespace srdi::ui
