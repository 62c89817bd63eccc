// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "Dialect.h"

// Opens a write transaction and rolls it back unless commit() succeeded, so
// that no early return or error path can leave half a change behind.
//
// The transaction begins IMMEDIATE: it takes the write lock up front, waiting
// on the busy timeout while another connection (another process) writes. A
// deferred BEGIN (what QSqlDatabase::transaction() issues) starts as a reader
// and, when it then writes after another writer committed, fails at once with
// "database is locked" without waiting: two writers would fail each other.
namespace srdi {

namespace store {
bool execRaw(const QSqlDatabase &db, const QString &sql, QString *detail); // StoreSql.h
bool commitOnServer(const QSqlDatabase &db, QString *detail);          // StoreSql.h
void deferOnServer(const QSqlDatabase &db, const QString &sql);         // StoreSql.h
bool cancelOnServer(const QSqlDatabase &db, const QString &sql, bool dropLater); // StoreSql.h
}

// A write opened inside another on the same connection (a company written
// inside a batch's group, ProfileStore::beginGroup) is a SAVEPOINT: it is
// still whole (rolled back alone on failure), and is committed with the
// outer transaction. Depth per connection; a connection is used by one
// thread at a time.
inline int &transactionDepth(const QString &connection)
{
    thread_local QHash<QString, int> depth;
    return depth[connection];
}

class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db)
        : m_db(db), m_connection(db.connectionName())
    {
        int &depth = transactionDepth(m_connection);
        m_savepoint = depth > 0 ? QStringLiteral("srdi_%1").arg(depth) : QString();
        m_server = dialect::onServer(m_db);
        if (m_savepoint.isEmpty() && m_server) {
            // BEGIN and the program's write lock (storage/Dialect.h).
            m_active = true;
            for (const QString &statement : dialect::beginWrite(dialect::Engine::PostgreSQL)) {
                QString detail;
                if (!store::execRaw(m_db, statement, &detail)) {
                    m_error = QSqlError(QString(), detail, QSqlError::TransactionError);
                    if (m_active)
                        store::execRaw(m_db, QStringLiteral("ROLLBACK"), &detail);
                    m_active = false;
                    break;
                }
            }
        } else if (m_savepoint.isEmpty()) {
            QSqlQuery begin(m_db);
            m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (!m_active)
                m_error = begin.lastError();
        } else if (m_server) {
            // Sent with the first write (storage/Postgres.h, defer): a
            // company of a batch costs no round trip for it.
            store::deferOnServer(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint);
            m_active = true;
        } else {
            // Kept prepared: a batch opens one per company.
            m_active = savepoint(QStringLiteral("SAVEPOINT "));
        }
        if (m_active)
            ++depth;
    }
    ~TransactionGuard()
    {
        if (!m_active)
            return;
        end();
        if (m_savepoint.isEmpty() && m_server) {
            QString detail;
            store::execRaw(m_db, QStringLiteral("ROLLBACK"), &detail);
        } else if (m_savepoint.isEmpty()) {
            m_db.rollback();
        } else if (m_server && store::cancelOnServer(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint, true)) {
            // Nothing was sent: the savepoint was never opened, and what
            // was held back after it (a batch's rows) goes with it.
        } else {
            savepoint(QStringLiteral("ROLLBACK TO "));
            savepoint(QStringLiteral("RELEASE "));
        }
    }
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; }
    // Inside another transaction on this connection (committed with it).
    bool isNested() const { return !m_savepoint.isEmpty(); }
    // Why the transaction could not begin or commit. A failed commit is also
    // in the database's lastError(); a failed begin only here (BEGIN IMMEDIATE
    // is issued as a query, not through the driver).
    QSqlError error() const { return m_error; }

    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        end();
        if (!m_savepoint.isEmpty() && m_server) {
            // Nothing written: nothing to release. Else the release goes with
            // the next write, or the outer COMMIT (a failure there fails the
            // whole transaction, which is rolled back).
            if (!store::cancelOnServer(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint, false))
                store::deferOnServer(m_db, QStringLiteral("RELEASE ") + m_savepoint);
            return true;
        }
        if (!m_savepoint.isEmpty()) {
            if (savepoint(QStringLiteral("RELEASE ")))
                return true;
            const QSqlError failed = m_error;
            savepoint(QStringLiteral("ROLLBACK TO "));
            savepoint(QStringLiteral("RELEASE "));
            m_error = failed;
            return false;
        }
        if (m_server) {
            // A transaction that failed is rolled back by COMMIT itself:
            // the server answers ROLLBACK, which is not a success.
            QString detail;
            if (store::commitOnServer(m_db, &detail))
                return true;
            m_error = QSqlError(QString(), detail, QSqlError::TransactionError);
            store::execRaw(m_db, QStringLiteral("ROLLBACK"), &detail);
            return false;
        }
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
    // `verb` (SAVEPOINT, RELEASE, ROLLBACK TO) on this guard's savepoint;
    // false, with m_error, when SQLite refuses it.
    bool savepoint(const QString &verb)
    {
        QString detail;
        if (store::execRaw(m_db, verb + m_savepoint, &detail))
            return true;
        m_error = QSqlError(QString(), detail, QSqlError::StatementError);
        return false;
    }

    void end()
    {
        m_active = false;
        int &depth = transactionDepth(m_connection);
        depth = depth > 0 ? depth - 1 : 0;
    }

    QSqlDatabase m_db;
    QString m_connection;
    QString m_savepoint; // empty: the outermost transaction
    bool m_active = false;
    bool m_server = false; // PostgreSQL
    QSqlError m_error;
};

} // namespace srdi
