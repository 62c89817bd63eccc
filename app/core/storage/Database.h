// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <future>
#include <memory>

// The embedded SQLite database: opened with WAL and foreign keys, migrated by
// cumulative versioned steps, each in one transaction. Or a shared portfolio
// on a PostgreSQL server (a location postgresql://…): the same schema and
// steps in PostgreSQL's words (storage/Dialect.h), its version and the
// program's mark in the `meta` table, other writers heard through
// LISTEN/NOTIFY on a second connection.
namespace srdi {

class ChangeListener;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(srdi::Database)
public:
    static constexpr int kSchemaVersion = 7;
    // PRAGMA application_id of every database of this program ('SRDI'): set
    // when a database is created, and on an older database of ours when it is
    // first opened by a version that knows it. A file without it is taken
    // over only when it is empty or holds exactly the tables of its schema
    // version; any other file is refused and left unchanged.
    static constexpr qint32 kApplicationId = 0x53524449;
    // How long a write waits for another writer (another process) to finish
    // before it fails: long enough for a large batch's transaction.
    static constexpr int kBusyTimeoutMs = 30000;

    // Why open() failed. Only damage (a file that is not a database, or one
    // that fails its integrity check) is repaired by restoring a backup; a
    // newer version's file, another program's, a lock or a permission is not.
    enum class Failure {
        None,
        NotADatabase, // not an SQLite file (overwritten, truncated header)
        Damaged,      // PRAGMA quick_check found damage
        Newer,        // written by a newer version of this program
        Foreign,      // another program's database
        Locked,       // another connection holds a lock past the busy timeout
        ReadOnly,     // the file or its folder cannot be written
        Unreachable,  // a server that does not answer (down, wrong host or port)
        PasswordNeeded, // the server asks for a password and none was given
        Refused,      // the server refused the user or the password
        ConnectionLost, // the connection broke after it was opened
        Other,
    };

    // `location`: an SQLite file's path, or a server's URI (postgresql://…).
    explicit Database(const QString &location);
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

    // Leaves PRAGMA quick_check out of open(): opening then reads only what
    // it must (the header and the schema: a file that is not a database
    // still fails there), and the caller checks the whole file later with
    // checkIntegrity() — the window does, after its first paint, on a worker
    // thread. Off by default.
    void setIntegrityCheckDeferred(bool deferred) { m_checkDeferred = deferred; }

    // What an integrity check of the whole file found.
    struct IntegrityCheck
    {
        bool ok = false;
        bool stopped = false; // interrupted by `stop` before it finished
        Failure failure = Failure::None;
        QString error; // translated, as open() says it
    };
    // PRAGMA quick_check of the file at `path`, on a read-only connection of
    // its own, on the calling thread (any thread). Setting `stop` interrupts
    // it within milliseconds.
    static IntegrityCheck checkIntegrity(const QString &path, const std::atomic<bool> *stop = nullptr);
    // Every statement on this connection stops (fails, interrupted) once
    // `stop` is set: for a connection of a worker thread that the window
    // may have to end at once. Called on the connection's thread, open.
    void interruptWhen(const std::atomic<bool> *stop);
    // After a deferred check found the file damaged: closes the database and
    // records why, so that failure() says what open() would have said.
    void closeAsFailed(Failure failure);

    // After open() failed: why.
    Failure failure() const { return m_failure; }
    // A failure that restoring a backup repairs (NotADatabase, Damaged).
    static bool isDamage(Failure failure)
    {
        return failure == Failure::NotADatabase || failure == Failure::Damaged;
    }

    // This database's identity: a random 32-digit hex string kept in its
    // `meta` table since it was first opened by this version (and in every
    // backup of it, a copy). Backups are matched to a database by it. Empty
    // while closed.
    QString identity() const { return m_identity; }
    // The identity stored in the database file at `path`, read without
    // changing anything; empty when it has none or cannot be read.
    static QString readIdentity(const QString &path);

    QSqlDatabase handle() const;
    // The file's path, or the server's URI (without a password).
    QString path() const { return m_path; }
    // What the user reads: the file's native path, or user@host:port/database.
    QString displayName() const;
    int schemaVersion() const; // PRAGMA user_version; on a server: meta.schema_version

    // ---- a shared portfolio on a server ----
    bool isServer() const { return m_server; }
    // The password for a server's URI, kept in this process's memory only
    // (every connection the program opens to that server uses it; a libpq
    // password file is the place to keep one), and forgotten.
    static void rememberPassword(const QString &uri, const QString &password);
    static void forgetPassword(const QString &uri);
    // Whether open() also starts hearing other writers (a second connection
    // that LISTENs); on by default. A worker's connection that only reads
    // once needs none.
    void setListening(bool listen) { m_listen = listen; }
    // Other connections' commits heard so far (NOTIFY on the change channel;
    // this connection's own are not counted): ProfileStore::dataVersion().
    qint64 changesHeard() const;
    // Called (on the thread that opened the database) when another
    // connection committed a change; the window refreshes at once.
    void setChangeHandler(std::function<void()> handler);
    // Whether the connection to the server broke (a statement failed with it).
    bool connectionLost() const;
    // Whether the connection that hears other writers broke (seen as soon
    // as the event loop runs): reconnect() opens it anew.
    bool listenerLost() const;
    // Connects again after a lost connection (the same address and
    // password); false with a translated message.
    bool reconnect(QString *error);
    // Who writes through this connection, for a company's history: the
    // server's session user, or the operating system's login name.
    QString author() const;

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
    // The same for a server: connects (and says plainly why not), refuses a
    // database that is not ours, migrates, and starts listening.
    bool connectToServer(int targetVersion, QString *error);
    // Why a connection to the server failed, asked of the server itself.
    Failure diagnoseServer(QString *detail) const;
    bool migrateServer(int target, QString *error);
    // Sets the application id and an identity on a database that lacks
    // them, in one write transaction.
    bool markAsOurs(QString *error);

    Failure m_failure = Failure::None;
    QString m_identity;

    QString m_path;
    QString m_connectionName;
    bool m_server = false;
    bool m_listen = true;
    QString m_author;
    std::unique_ptr<ChangeListener> m_listener;
    std::function<void()> m_changeHandler;
    std::future<bool> m_backgroundCheck; // true: quick_check said "ok"
    bool m_checkDeferred = false;
};

} // namespace srdi
