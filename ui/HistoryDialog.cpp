// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryDialog.h"

#include "CompanyForm.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace srdi::ui {

QList<HistoryDialog::Line> HistoryDialog::lines(const QList<HistoryEntry> &entries,
                                                const std::function<QString(const QString &)> &fieldName)
{
    QList<Line> out;
    for (const HistoryEntry &e : entries) {
        Line line;
        line.at = e.at.toLocalTime();
        line.author = e.author;
        line.action = e.action == QLatin1String("created")   ? tr("created")
                      : e.action == QLatin1String("deleted") ? tr("deleted")
                                                             : tr("changed");
        if (e.changes.isEmpty()) {
            out.append(line);
            continue;
        }
        for (const HistoryEntry::Change &c : e.changes) {
            Line l = line;
            l.field = fieldName ? fieldName(c.field) : c.field;
            l.before = CompanyForm::jsonText(c.before);
            l.after = CompanyForm::jsonText(c.after);
            out.append(l);
        }
    }
    return out;
}

HistoryDialog::HistoryDialog(const QString &companyName, const QList<HistoryEntry> &entries,
                             std::function<QString(const QString &)> fieldName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of %1").arg(companyName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every change saved to this company, newest first: who made it, when, and the "
                                "value before and after (— : not known)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QList<Line> rows = lines(entries, fieldName);
    m_table = new QTableWidget(int(rows.size()), 6, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Field"), tr("Before"), tr("After")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    const QLocale locale;
    for (int r = 0; r < rows.size(); ++r) {
        const Line &l = rows.at(r);
        const QStringList cells{locale.toString(l.at, QStringLiteral("yyyy-MM-dd HH:mm:ss")), l.author, l.action,
                                l.field, l.before, l.after};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    if (rows.isEmpty()) {
        auto *none = new QLabel(tr("No change has been recorded for this company yet."), this);
        none->setObjectName(QStringLiteral("historyEmpty"));
        layout->addWidget(none);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 480);
}

} // namespace srdi::ui
