// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// Backups of the database: consistent copies (VACUUM INTO, or SQLite's online
// backup in steps for the daily one the window takes) in
// <database folder>/backups/<name>-<tag>-YYYYMMDD-HHMMSS.sqlite, readable only
// by the user, the newest kKeep kept. <tag> is the start of the database's
// identity (Database::identity(), also inside each backup): backups belong to
// a database by it, not by its file name, so that clients.sqlite and
// clients.db in one folder never see each other's backups. Files named
// otherwise (backups of versions before identities) are left alone. Taken once
// a day of use (in the background, after the window is shown), before a schema upgrade
// and before a restore, so that a restore can itself be undone.
namespace srdi {

class Database;

struct BackupInfo
{
    QString path;
    QDateTime time; // local time, from the file name
    qint64 size = 0; // bytes
    qint64 companies = -1; // -1: not readable
    int schemaVersion = -1;
    bool usable = false; // intact, and a schema this version can open
    QString problem; // why not usable (translated)
    QString identity; // of the database it is a copy of; empty when unknown
};

class Backup
{
    Q_DECLARE_TR_FUNCTIONS(srdi::Backup)
public:
    static constexpr int kKeep = 7;

    // <folder of the database>/backups
    static QString folderFor(const QString &databasePath);

    // A consistent copy of the open database, then rotation. Returns the new
    // file's path, or an empty string and a translated `error`.
    static QString create(Database &db, QString *error,
                          const QDateTime &now = QDateTime::currentDateTime());

    // Before a schema upgrade of a database that holds companies: a backup.
    // True when none was needed or it was made.
    static bool beforeMigration(Database &db, int fromVersion, QString *error);

    // SQLite's online backup, a few hundred pages a step, on connections of
    // its own (any thread): a consistent copy of the database at
    // `databasePath` (of `identity`) as it was when the copy began, written
    // under a temporary name and renamed when complete, then rotation.
    // Writers are never blocked (the copy only reads, from one snapshot of
    // the write-ahead log). `keepGoing` is asked before every step; false
    // stops the copy and removes what was written (no backup is listed; the
    // result is empty and `error` too). Returns the new file's path, or an
    // empty string and a translated `error`.
    static constexpr int kPagesPerStep = 256;
    static QString createInSteps(const QString &databasePath, const QString &identity,
                                 const std::function<bool()> &keepGoing, QString *error,
                                 const QDateTime &now = QDateTime::currentDateTime(),
                                 int pagesPerStep = kPagesPerStep);

    // Whether the daily backup is due: the database holds companies and has
    // no backup of `now`'s day yet. Reads file names and one row, no more.
    static bool dailyBackupDue(Database &db, const QDateTime &now = QDateTime::currentDateTime());

    // The first use on a calendar day (no backup of that day yet, and the
    // database holds companies): a backup. True when none was due or it was made.
    static bool dailyBackupIfDue(Database &db, QString *error = nullptr,
                                 const QDateTime &now = QDateTime::currentDateTime());

    // The identity of the database at `databasePath`: read from the file, or,
    // when it cannot be read (damaged, overwritten), the one recorded beside
    // its backups when the last backup was taken. Empty when neither is known.
    static QString identityFor(const QString &databasePath);

    // The backups of the database at `databasePath` (of its identity),
    // newest first.
    static QList<BackupInfo> list(const QString &databasePath);
    // The newest backup that is intact and of a known schema.
    static std::optional<BackupInfo> newestUsable(const QString &databasePath);
    // Reads the facts of one backup file (integrity, schema, companies).
    static BackupInfo inspect(const QString &backupPath);

    // Replaces the database's content with the backup `backupPath`:
    // the current data is backed up first (or, when it cannot be opened, its
    // file is set aside in the backups folder), the database is closed, the
    // backup copied over it through a temporary file and a rename, and the
    // database opened again. On failure the current data stays in place and
    // `db` is open again if it was before. `safetyCopy` receives the path of
    // the copy of the data that was replaced.
    static bool restore(Database &db, const QString &backupPath, QString *error,
                        QString *safetyCopy = nullptr);

    // Deletes all but the newest `keep` backups of the database.
    static void rotate(const QString &databasePath, int keep = kKeep);
};

} // namespace srdi
