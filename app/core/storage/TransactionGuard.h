// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// Opens a write transaction and rolls it back unless commit() succeeded, so
// that no early return or error path can leave half a change behind.
//
// The transaction begins IMMEDIATE: it takes the write lock up front, waiting
// on the busy timeout while another connection (another process) writes. A
// deferred BEGIN (what QSqlDatabase::transaction() issues) starts as a reader
// and, when it then writes after another writer committed, fails at once with
// "database is locked" without waiting: two writers would fail each other.
namespace srdi {

class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db)
        : m_db(db)
    {
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = begin.lastError();
    }
    ~TransactionGuard()
    {
        if (m_active)
            m_db.rollback();
    }
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; }
    // Why the transaction could not begin or commit. A failed commit is also
    // in the database's lastError(); a failed begin only here (BEGIN IMMEDIATE
    // is issued as a query, not through the driver).
    QSqlError error() const { return m_error; }

    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        // The driver's COMMIT (it tracks no state of its own), so that a
        // failure is also in m_db.lastError() as before.
        if (m_db.commit())
            return true;
        m_error = m_db.lastError();
        // SQLite may have rolled back by itself (disk full, I/O error); rolling
        // back through a query keeps the commit's error in m_db.lastError().
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QSqlError m_error;
};

} // namespace srdi
