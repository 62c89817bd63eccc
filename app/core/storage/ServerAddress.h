// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Where a shared portfolio lives: a PostgreSQL server, named by a libpq
// connection URI (postgresql://user@host:port/dbname?option=value). What the
// URI leaves out comes from libpq's usual places (PGHOST, PGPORT, PGUSER,
// PGSERVICE, ~/.pgpass, a service file), as for every PostgreSQL client.
namespace srdi {

struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(srdi::ServerAddress)
public:
    QString host;     // a name, an address or a socket directory; empty: libpq's default
    int port = -1;    // -1: libpq's default (PGPORT, else 5432)
    QString database; // empty: libpq's default (PGDATABASE, else the user's name)
    QString user;     // empty: libpq's default (PGUSER, else the login name)
    QString password; // from the URI only; the window asks for it and keeps it in memory
    QList<QPair<QString, QString>> extra; // every other keyword (sslmode, connect_timeout, service…)

    // The other keywords as Qt's QPSQL driver takes them (key='value', separated by spaces).
    QString connectOptions() const;

    // Whether `location` names a server rather than an SQLite file.
    static bool isServerLocation(const QString &location);
    // Parses a URI with libpq's own parser; nullopt and a translated *error
    // (naming the URI without its password) when it is not one.
    static std::optional<ServerAddress> parse(const QString &uri, QString *error = nullptr);
    // The URI of these fields, without the password: what is shown, kept in
    // the settings and written in a backup note.
    QString uri() const;
    // What the user reads: user@host:port/database, defaults named as such.
    QString displayName() const;
};

} // namespace srdi
