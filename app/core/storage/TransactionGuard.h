// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

// Opens a transaction and rolls it back unless commit() succeeded, so that no
// early return or error path can leave half a change behind.
namespace srdi {

class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db)
        : m_db(db)
        , m_active(m_db.transaction())
    {
    }
    ~TransactionGuard()
    {
        if (m_active)
            m_db.rollback();
    }
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        if (m_db.commit())
            return true;
        // SQLite may have rolled back by itself (disk full, I/O error); rolling
        // back through a query keeps the commit's error in m_db.lastError().
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_active;
};

} // namespace srdi
