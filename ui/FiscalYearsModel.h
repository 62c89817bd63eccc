// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ProfileJson.h"
#include "model/Profile.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStyledItemDelegate>

namespace srdi::ui {

class ProfileEditor;

// The fiscal years as the statements show them: one column per year, one row
// per figure (money in 万元), then the ratios derived from them, read-only.
class FiscalYearsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row {
        OperatingRevenue,
        MainBusinessRevenue,
        RdExpense,
        CostExpenseTotal,
        NetProfit,
        TotalAssets,
        TotalLiabilities,
        EquityFinancing,
        Employees,
        RdStaff,
        TechStaff,
        FirstDerived,
        RdRatio = FirstDerived,
        MainShare,
        DebtRatio,
        MainGrowth,
        NetMargin,
        RowCount
    };

    explicit FiscalYearsModel(ProfileEditor *editor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QList<int> years() const { return m_years; }
    int yearAt(int column) const { return m_years.value(column); }
    static QString fieldOf(int row); // "operating_revenue"; empty for derived rows
    static bool isMoney(int row);

    // Follows the editor's profile: the same years update in place (an open
    // cell editor stays), other years rebuild the table.
    void refresh();
    // Why a stored figure is flagged (it contradicts another); empty if it is not.
    QString flagOf(const QModelIndex &index) const;

signals:
    // A typed value was refused; `where` names the cell ("R&D expense 2025").
    void refused(const QString &where, const QList<srdi::ValidationError> &problems);
    void accepted();

private:
    QList<int> wantedYears() const;
    std::optional<qint64> stored(const FiscalYear *fy, int row) const;
    QVariant derived(int row, int column) const;

    ProfileEditor *m_editor;
    QList<int> m_years;
    QHash<QString, QStringList> m_flags; // model/Patch.h key -> the inconsistencies it is part of
};

// Commits a cell when the user is done with it (Enter, Tab, focus leaving it,
// or a pause after the last keystroke: CommitWhenDone), never a keystroke on
// the way; leaves the text alone while it is pending or means the stored value.
class CommitWhenDoneDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    CommitWhenDoneDelegate(ProfileEditor *editor, QObject *parent = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;

signals:
    void pendingChanged();

private:
    ProfileEditor *m_editor;
};

} // namespace srdi::ui
