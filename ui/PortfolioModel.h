// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ProfileStore.h"

#include <QAbstractTableModel>

namespace srdi::ui {

// The companies of the database as a table, fetched from SQLite a page at a
// time as the view scrolls: thousands of companies list, sort and filter
// without loading a single profile.
class PortfolioModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Tier: what the assessment reaches; Held: the valid title the company
    // holds (apart: a company may hold 专精特新 yet not meet it again today).
    enum Column { Name, Region, Tier, Held, Score, Gaps, Revenue, RdRatio, Awards, Expiry, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int CreditCodeRole = Qt::UserRole + 2;
    static constexpr int kPage = 200;

    // Later: only the first page is read now and the rows are counted by
    // countRows() (the window's start: counting a large table waits until
    // the list is on the screen); until then more pages follow while the
    // last one read was full.
    enum class Count { Now, Later };
    explicit PortfolioModel(ProfileStore *store, QObject *parent = nullptr, Count count = Count::Now);
    // Another store (nullptr: none, the list is empty); queries again.
    void setStore(ProfileStore *store);

    // How the rows are counted when the list is read again (a filter, a
    // reload, a sort): here (Now), or elsewhere (Later: the owner counts on
    // a worker thread and calls setCounted; a large portfolio's count never
    // holds up the window).
    void setCounting(Count count) { m_counting = count; }
    void setFilter(const PortfolioFilter &filter);
    const PortfolioFilter &filter() const { return m_filter; }
    // Queries again from the first page (after an import, a deletion).
    void reload();
    void reload(Count count);
    // Refreshes one company's row in place (after an edit): no reset, the
    // selection and the scroll position stay.
    void refreshCompany(qint64 id);
    // The row of a company, fetching further pages when needed; -1 if the
    // filter hides it.
    int rowOf(qint64 id);
    // The row of a company among those read so far; -1 if not among them.
    int fetchedRowOf(qint64 id) const;
    qint64 idAt(int row) const;
    // The rows the filter lets through; -1 while not yet counted.
    int totalCount() const { return m_total; }
    bool isCounted() const { return m_total >= 0; }
    // Counts the rows (one query over the table) when not yet counted.
    void countRows();
    // The count, made elsewhere (on a worker thread) for the current filter.
    void setCounted(int total);
    PortfolioSummary summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Retranslates headers and tier names.
    void languageChanged();

    // "—" for no tier, else the name in the pack in force today.
    // The tier's name in the pack in force; `brief`: its short name, for the
    // list column (the full name is in the row's tooltip).
    QString tierName(int rank, bool brief = false) const;

private:
    void readFirstPage(Count count);
    // Reads up to `limit` more rows.
    void fetchRows(int limit);

    ProfileStore *m_store;
    PortfolioFilter m_filter;
    PortfolioSort m_sort = PortfolioSort::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<PortfolioRow> m_rows;
    int m_total = 0;
    bool m_lastPageFull = false; // while not counted: more may follow
    Count m_counting = Count::Now;
};

} // namespace srdi::ui
