// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <future>

// The embedded SQLite database: opened with WAL and foreign keys, migrated by
// cumulative versioned steps, each in one transaction.
namespace srdi {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(srdi::Database)
public:
    static constexpr int kSchemaVersion = 3;

    explicit Database(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating the file and its folder when needed), sets the pragmas
    // and migrates to kSchemaVersion. On failure returns false and sets a
    // translated message naming the file.
    bool open(QString *error);
    // The same, migrating only up to `targetVersion` (0..kSchemaVersion); for
    // migration tests and tools. A database already past it is left as it is.
    bool open(QString *error, int targetVersion);
    void close();
    bool isOpen() const;

    // Starts PRAGMA quick_check of an existing file on a worker thread, on a
    // read-only connection of its own, so that the check of a large file runs
    // while the window is being built. open() then waits for it and, when the
    // file passed, does not check it again; any other outcome (no file, not a
    // database, damage) leaves open() to check and report as usual.
    void startCheckInBackground();

    QSqlDatabase handle() const;
    QString path() const { return m_path; }
    int schemaVersion() const; // PRAGMA user_version

    // <AppDataLocation>/srdi.sqlite
    static QString defaultPath();

    // Migration step `version` (1..kSchemaVersion): the SQL statements that
    // bring a database at version-1 to version. Exposed for the migration test.
    static QStringList migrationStatements(int version);
    // Runs the steps from the current version up to `target` (each in its own
    // transaction, setting user_version inside it).
    bool migrateTo(int target, QString *error);

private:
    // Connects, checks the file and sets the pragmas; handles stay local so
    // that close() can remove the connection afterwards.
    bool connectAndCheck(int targetVersion, QString *error);

    QString m_path;
    QString m_connectionName;
    std::future<bool> m_backgroundCheck; // true: quick_check said "ok"
};

} // namespace srdi
