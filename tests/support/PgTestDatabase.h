// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A database of its own on the throwaway PostgreSQL server of the test run
// (tests/CMakeLists.txt starts it: the fixture pg_server), for one test.
//
// SRDI_TEST_PG names the server's maintenance database as its superuser
// (postgresql://postgres@/postgres?host=DIR, trusted on the Unix socket). A
// PgTestDatabase creates a database with a name no other test uses and, when
// asked, login roles with passwords that are members of a role owning the
// database (as a team's server is set up: CREATE ROLE team; CREATE ROLE alice
// LOGIN PASSWORD … IN ROLE team; CREATE DATABASE x OWNER team). Going out of
// scope it ends every connection left to the database and drops it and its
// roles.
//
// A suite that runs against PostgreSQL fails when the server cannot be
// reached: nothing here skips.

#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace srdi::test {

class PgTestDatabase
{
public:
    // The maintenance URI of the test server, or empty (a suite's SQLite run).
    static QString serverUri() { return qEnvironmentVariable("SRDI_TEST_PG"); }
    // Whether this run of a suite is the PostgreSQL one (SRDI_TEST_PG given).
    static bool requested() { return !serverUri().isEmpty(); }

    // A new database; `members`: login roles to make (their names here get
    // a suffix of this database's, roles being the server's, not the database's).
    explicit PgTestDatabase(const QStringList &members = {})
    {
        const QString server = serverUri();
        if (server.isEmpty()) {
            m_error = QStringLiteral("SRDI_TEST_PG is not set: the PostgreSQL run needs the test server "
                                     "(the ctest fixture pg_server starts it)");
            return;
        }
        QString why;
        const std::optional<ServerAddress> address = ServerAddress::parse(server, &why);
        if (!address) {
            m_error = QStringLiteral("SRDI_TEST_PG=%1: %2").arg(server, why);
            return;
        }
        m_server = *address;
        m_name = QStringLiteral("srdi_t%1_%2_%3")
                     .arg(QCoreApplication::applicationPid())
                     .arg(++counter())
                     .arg(QRandomGenerator::global()->generate() % 100000);
        m_admin = QStringLiteral("pgtest-admin-%1").arg(m_name);
        {
            QSqlDatabase db = connection(m_admin, m_server.database);
            if (!db.open()) {
                m_error = QStringLiteral("the test server %1 does not answer: %2")
                              .arg(server, db.lastError().text());
                return;
            }
            // DROP … IF EXISTS and the like say NOTICEs; a suite may fail on any warning.
            QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
        }
        QStringList statements;
        if (members.isEmpty()) {
            statements << QStringLiteral("CREATE DATABASE %1").arg(m_name);
        } else {
            const QString team = m_name + QStringLiteral("_team");
            m_roles << team;
            statements << QStringLiteral("CREATE ROLE %1").arg(team);
            for (const QString &member : members) {
                const QString role = member + QLatin1Char('_') + m_name;
                const QString password = member + QStringLiteral("-secret");
                m_roles << role;
                m_members.append({member, role, password});
                statements << QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3").arg(role, password, team);
            }
            statements << QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_name, team);
            // A team's database: only its members may connect.
            statements << QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC").arg(m_name)
                       << QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(m_name, team);
        }
        for (const QString &statement : statements) {
            if (!adminExec(statement)) {
                m_error = QStringLiteral("%1: %2").arg(statement, m_error);
                return;
            }
            if (statement.startsWith(QLatin1String("CREATE DATABASE")))
                m_created = true;
        }
        m_valid = true;
    }

    ~PgTestDatabase()
    {
        for (const QString &name : std::as_const(m_connections)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isOpen())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        if (QSqlDatabase::contains(m_admin)) {
            if (m_created)
                drop();
            {
                QSqlDatabase db = QSqlDatabase::database(m_admin, false);
                if (db.isOpen())
                    db.close();
            }
            QSqlDatabase::removeDatabase(m_admin);
        }
    }
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    // The server's socket folder (host=…).
    QString host() const { return m_server.host; }

    // The database as the superuser `postgres` (trusted: no password).
    QString uri() const { return uriFor(m_server.user); }
    // The database as `user` (a role's full name, see role()), without a password.
    QString uriFor(const QString &user) const
    {
        ServerAddress address = m_server;
        address.database = m_name;
        address.user = user;
        address.password.clear();
        return address.uri();
    }
    // A member's role name on the server ("alice" → "alice_srdi_t…") and password.
    QString role(const QString &member) const
    {
        for (const Member &m : m_members) {
            if (m.member == member)
                return m.role;
        }
        return {};
    }
    QString password(const QString &member) const
    {
        for (const Member &m : m_members) {
            if (m.member == member)
                return m.password;
        }
        return {};
    }

    // A connection of its own to this database as the superuser, for a test
    // that looks into it or breaks something on purpose; closed and removed
    // with this object.
    QSqlDatabase superuser()
    {
        const QString name = QStringLiteral("pgtest-%1-%2").arg(m_name).arg(m_connections.size());
        m_connections << name;
        QSqlDatabase db = connection(name, m_name);
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
        return db;
    }

    // Runs `sql` on the maintenance database as the superuser (roles,
    // databases, ending another connection); false with error().
    bool adminExec(const QString &sql)
    {
        QSqlDatabase db = QSqlDatabase::database(m_admin, false);
        QSqlQuery query(db);
        if (query.exec(sql))
            return true;
        m_error = query.lastError().text();
        return false;
    }

    // Ends every server process connected to this database (as a server
    // restart or a network cut would); how many were ended, -1 on error.
    int terminateConnections()
    {
        QSqlDatabase db = QSqlDatabase::database(m_admin, false);
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))"
                                       " FROM pg_stat_activity WHERE datname = '%1' AND pid <> pg_backend_pid()")
                            .arg(m_name)) ||
            !query.next()) {
            m_error = query.lastError().text();
            return -1;
        }
        return query.value(0).toInt();
    }

private:
    struct Member
    {
        QString member, role, password;
    };

    static int &counter()
    {
        static int n = 0;
        return n;
    }

    QSqlDatabase connection(const QString &name, const QString &database) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_server.host);
        if (m_server.port > 0)
            db.setPort(m_server.port);
        db.setDatabaseName(database);
        db.setUserName(m_server.user);
        db.setPassword(m_server.password);
        db.setConnectOptions(m_server.connectOptions());
        return db;
    }

    void drop()
    {
        // FORCE ends the connections a failed test left behind (PostgreSQL 13+).
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        for (auto it = m_roles.crbegin(); it != m_roles.crend(); ++it)
            adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(*it));
    }

    ServerAddress m_server;
    QString m_name;
    QString m_admin;
    QStringList m_roles; // the team first, then its members
    QList<Member> m_members;
    QStringList m_connections;
    QString m_error;
    bool m_valid = false;
    bool m_created = false;
};

} // namespace srdi::test
