// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ProfileStore.h"

#include <QDialog>
#include <functional>

class QTableWidget;
class QLabel;

namespace srdi::ui {

// Edit ▸ Company history…: who changed which field of the company when, from
// what to what, newest first, as the database keeps it (on a shared server:
// every colleague's writes under their server user name).
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    // `fieldName` names a patch key by its label in the current language.
    HistoryDialog(const QString &companyName, const QList<HistoryEntry> &entries,
                  std::function<QString(const QString &)> fieldName, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

    // One row per field changed (one for a company created or deleted).
    struct Line
    {
        QDateTime at; // local time
        QString author;
        QString action;
        QString field;
        QString before;
        QString after;
    };
    static QList<Line> lines(const QList<HistoryEntry> &entries,
                             const std::function<QString(const QString &)> &fieldName);

private:
    QTableWidget *m_table = nullptr;
};

} // namespace srdi::ui
