// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The SQL that differs between the two engines, in one place: SQLite embedded
// (one file per user) and PostgreSQL shared (a team's portfolio on a server).
// The schema is written once, in SQLite's words (Database::migrationStatements),
// and said again in PostgreSQL's here. Internal to storage/.
namespace srdi::dialect {

enum class Engine : quint8 { SQLite, PostgreSQL };

Engine engineOf(const QSqlDatabase &db);
inline bool onServer(const QSqlDatabase &db) { return engineOf(db) == Engine::PostgreSQL; }

// A migration step's statement as `engine` takes it: on PostgreSQL an
// INTEGER is a BIGINT (yuan exceed 2^31), REAL a DOUBLE PRECISION, a BLOB a
// BYTEA, and the company id an identity column.
QString schema(const QString &sqliteStatement, Engine engine);

// The statements that open a write transaction holding the database's write
// lock: SQLite's BEGIN IMMEDIATE; on PostgreSQL a BEGIN and a transaction
// advisory lock of this program, so that writers queue as they do on SQLite
// (a patch reads the stored company and writes it with no writer between).
QStringList beginWrite(Engine engine);
// A read transaction that sees one snapshot for all its statements.
QString beginRead(Engine engine);
// The advisory lock's key: 'SRDI'.
constexpr qint64 kWriteLock = 0x53524449;

// The ORDER BY terms that follow the pinyin key: the name ignoring ASCII case, then as written.
QString nameTieBreak(Engine engine, const QString &column);
// An ORDER BY term's direction, with NULLs ordered as SQLite orders them
// (before every value ascending, after every value descending).
QString direction(Engine engine, bool ascending);
// LIKE that ignores ASCII case, as SQLite's LIKE does.
QString likeIgnoringCase(Engine engine);

// The channel on which every commit to a shared portfolio is announced
// (pg_notify with the commit, payload: the writer's server process id;
// store::commitOnServer).
inline QString changeChannel() { return QStringLiteral("srdi_change"); }

} // namespace srdi::dialect
