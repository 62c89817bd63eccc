// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backup.h"

#include "SqlUtil.h"

#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace srdi {

namespace {

constexpr QFileDevice::Permissions kUserOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kUserOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

using sql::nativePath;

QString sqlErrorText(const QSqlError &error)
{
    return sql::errorText(error);
}

QString nextConnectionName()
{
    return sql::nextConnectionName(QStringLiteral("srdi-backup"));
}

// The database's file name without its extension: srdi.sqlite -> srdi.
QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

// The part of an identity in a backup's name.
QString tagOf(const QString &identity)
{
    return identity.left(12);
}

// Where the identity of the database at `databasePath` is recorded for the
// time it cannot be read from the file: the file's full name, so that
// clients.sqlite and clients.db differ.
QString identityRecord(const QString &databasePath)
{
    return QDir(Backup::folderFor(databasePath))
        .filePath(u'.' + QFileInfo(databasePath).fileName() + QStringLiteral(".identity"));
}

// <anything>-<tag>-YYYYMMDD-HHMMSS.sqlite, or …-HHMMSS-N.sqlite when several
// are taken within one second.
QRegularExpression namePattern(const QString &identity)
{
    return QRegularExpression(QStringLiteral("^.*-%1-(\\d{8}-\\d{6})(?:-(\\d+))?\\.sqlite$")
                                  .arg(QRegularExpression::escape(tagOf(identity))));
}

struct Entry
{
    QString path;
    QDateTime time;
    QString stamp;
    int sequence = 1;
};

// The backup files of the database of `identity`, newest first; by name only,
// nothing is opened.
QList<Entry> entries(const QString &databasePath, const QString &identity)
{
    QList<Entry> out;
    const QDir folder(Backup::folderFor(databasePath));
    if (identity.isEmpty() || !folder.exists())
        return out;
    const QRegularExpression pattern = namePattern(identity);
    const QStringList names = folder.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QRegularExpressionMatch m = pattern.match(name);
        if (!m.hasMatch())
            continue;
        Entry e;
        e.path = folder.filePath(name);
        e.stamp = m.captured(1);
        e.time = QDateTime::fromString(e.stamp, kStampFormat);
        if (!e.time.isValid())
            e.time = QFileInfo(e.path).lastModified();
        e.sequence = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
        out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        if (a.stamp != b.stamp)
            return a.stamp > b.stamp;
        return a.sequence > b.sequence;
    });
    return out;
}

// Records the identity of the database at `databasePath` beside its backups.
void recordIdentity(const QString &databasePath, const QString &identity)
{
    const QString record = identityRecord(databasePath);
    {
        QFile current(record);
        if (current.open(QIODevice::ReadOnly) && current.read(64).trimmed() == identity.toLatin1())
            return;
    }
    QSaveFile file(record); // a temporary file of a unique name, then a rename
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(identity.toLatin1() + '\n');
    if (file.commit())
        QFile::setPermissions(record, kUserOnly);
}

void rotateOf(const QString &databasePath, const QString &identity, int keep);

// A name for a file being written in `folder`, unique to this process and
// call, so that two processes never write (or remove) each other's.
QString uniquePartName(const QString &folder, const QString &stem)
{
    return QDir(folder).filePath(
        QStringLiteral(".%1.%2-%3.part")
            .arg(stem, QString::number(QCoreApplication::applicationPid()),
                 QString::number(QRandomGenerator::system()->generate64(), 36)));
}

std::filesystem::path fsPath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

// Writes what the file system holds for `path` to the disk.
bool syncPath(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return true;
#endif
}

bool ensureFolder(const QString &folder, QString *detail)
{
    if (!QDir().mkpath(folder)) {
        *detail = Backup::tr("the folder %1 cannot be created.").arg(nativePath(folder));
        return false;
    }
    QFile::setPermissions(folder, kUserOnlyFolder);
    return true;
}

// A file name in the backups folder not yet taken, for `now`.
QString freeName(const QString &folder, const QString &stem, const QString &suffix)
{
    QString path = QDir(folder).filePath(stem + suffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix));
    return path;
}

// Copies `from` into the new file `to` (user-only) and syncs it.
bool copyFile(const QString &from, const QString &to, QString *detail)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        *detail = source.errorString();
        return false;
    }
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly, kUserOnly)) {
        *detail = target.errorString();
        return false;
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError) {
            *detail = source.errorString();
            target.close();
            QFile::remove(to);
            return false;
        }
        if (target.write(chunk) != chunk.size()) {
            *detail = target.errorString();
            target.close();
            QFile::remove(to);
            return false;
        }
    }
    bool ok = target.flush();
#ifdef Q_OS_UNIX
    ok = ok && ::fsync(target.handle()) == 0;
#endif
    if (!ok)
        *detail = target.errorString();
    target.close();
    if (!ok)
        QFile::remove(to);
    return ok;
}

// The number of companies in an open database; nullopt when it cannot be read.
std::optional<qint64> companyCount(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM companies")) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

// An open database that holds companies; true also when that cannot be told,
// so that a doubtful case is backed up rather than not.
bool holdsCompanies(const Database &db)
{
    // One row read, not a count of the table.
    QSqlQuery query(db.handle());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM companies)")) || !query.next())
        return true;
    return query.value(0).toInt() != 0;
}

// The part file for a backup of `databasePath` taken `now`: created empty and
// user-only, under a name that is no backup's and this process's own.
bool startPart(const QString &databasePath, const QString &identity, const QDateTime &now, QString *folder,
               QString *stem, QString *part, QString *detail)
{
    *folder = Backup::folderFor(databasePath);
    if (!ensureFolder(*folder, detail))
        return false;
    *stem = baseName(databasePath) + u'-' + tagOf(identity) + u'-' + now.toString(kStampFormat);
    *part = uniquePartName(*folder, *stem);
    // Created empty and user-only before SQLite writes into it.
    QFile file(*part);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kUserOnly)) {
        *detail = file.errorString();
        return false;
    }
    return true;
}

void removePart(const QString &part)
{
    for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(part + suffix);
}

// The part, complete: written to the disk, renamed to the first free backup
// name, then rotation. Returns the backup's path, or empty and `detail`.
QString publish(const QString &databasePath, const QString &identity, const QString &folder, const QString &stem,
                const QString &part, QString *detail)
{
    if (!syncPath(part)) {
        removePart(part);
        *detail = Backup::tr("it cannot be written to the disk.");
        return {};
    }
    // Recorded before the backup appears, so that the rotation follows the
    // rename at once (a kill in between leaves one backup more than kept).
    recordIdentity(databasePath, identity);
    // The rename never replaces a file: when another process took the name
    // in the meantime, the next free one.
    QString target;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate = freeName(folder, stem, QStringLiteral(".sqlite"));
        if (QFile::rename(part, candidate)) {
            target = candidate;
            break;
        }
        if (!QFileInfo::exists(candidate))
            break;
    }
    if (target.isEmpty()) {
        removePart(part);
        *detail = Backup::tr("%1 cannot be created.").arg(nativePath(freeName(folder, stem, QStringLiteral(".sqlite"))));
        return {};
    }
    rotateOf(databasePath, identity, Backup::kKeep);
    QFile::setPermissions(target, kUserOnly);
    syncPath(folder);
    return target;
}

} // namespace

QString Backup::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString Backup::create(Database &db, QString *error, const QDateTime &now)
{
    const auto fail = [&](const QString &detail) {
        if (error)
            *error = tr("Could not back up the database %1: %2")
                         .arg(nativePath(db.path()), detail);
        return QString();
    };
    if (!db.isOpen())
        return fail(tr("it is not open."));
    const QString identity = db.identity();
    if (identity.isEmpty())
        return fail(tr("it has no identity to name its backups by."));

    // Written under a name that is no backup's and this process's own, then
    // renamed: a backup that is listed is always complete, and two processes
    // backing up at once never remove each other's part.
    QString folder, stem, part, detail;
    if (!startPart(db.path(), identity, now, &folder, &stem, &part, &detail))
        return fail(detail);

    QSqlQuery query(db.handle());
    if (!query.prepare(QStringLiteral("VACUUM INTO ?"))) {
        removePart(part);
        return fail(sqlErrorText(query.lastError()));
    }
    query.addBindValue(part);
    if (!query.exec()) {
        detail = sqlErrorText(query.lastError());
        query.finish();
        removePart(part);
        return fail(detail);
    }
    query.finish();

    const QString target = publish(db.path(), identity, folder, stem, part, &detail);
    if (target.isEmpty())
        return fail(detail);
    return target;
}

QString Backup::createInSteps(const QString &databasePath, const QString &identity,
                              const std::function<bool()> &keepGoing, QString *error, const QDateTime &now,
                              int pagesPerStep)
{
    const auto fail = [&](const QString &detail) {
        if (error)
            *error = tr("Could not back up the database %1: %2").arg(nativePath(databasePath), detail);
        return QString();
    };
    if (identity.isEmpty())
        return fail(tr("it has no identity to name its backups by."));
    QString folder, stem, part, detail;
    if (!startPart(databasePath, identity, now, &folder, &stem, &part, &detail))
        return fail(detail);

    sqlite3 *source = nullptr;
    sqlite3 *target = nullptr;
    const auto closeBoth = [&] {
        sqlite3_close(source); // (a null handle is a no-op)
        sqlite3_close(target);
        source = target = nullptr;
    };
    const auto failWith = [&](sqlite3 *db, int code) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
        closeBoth();
        removePart(part);
        return fail(message);
    };
    int rc = sqlite3_open_v2(databasePath.toUtf8().constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK)
        return failWith(source, rc);
    sqlite3_busy_timeout(source, Database::kBusyTimeoutMs);
    // One snapshot for the whole copy: a read transaction held across the
    // steps. In WAL mode it never blocks a writer, and what writers commit
    // meanwhile does not restart the copy (it is simply not in it).
    rc = sqlite3_exec(source, "BEGIN; SELECT COUNT(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return failWith(source, rc);
    rc = sqlite3_open_v2(part.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK)
        return failWith(target, rc);
    sqlite3_backup *copy = sqlite3_backup_init(target, "main", source, "main");
    if (!copy)
        return failWith(target, SQLITE_ERROR);
    bool stopped = false;
    do {
        if (keepGoing && !keepGoing()) {
            stopped = true;
            break;
        }
        rc = sqlite3_backup_step(copy, std::max(pagesPerStep, 1));
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(10);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(copy);
    if (stopped) {
        closeBoth();
        removePart(part);
        if (error)
            error->clear();
        return {};
    }
    if (rc != SQLITE_DONE)
        return failWith(target, rc);
    if (finished != SQLITE_OK)
        return failWith(target, finished);
    sqlite3_exec(source, "COMMIT", nullptr, nullptr, nullptr);
    // A backup is a file of its own, as VACUUM INTO writes it: no
    // write-ahead log beside it (the copy took the source's WAL mode).
    rc = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return failWith(target, rc);
    closeBoth();

    const QString made = publish(databasePath, identity, folder, stem, part, &detail);
    if (made.isEmpty())
        return fail(detail);
    return made;
}

bool Backup::beforeMigration(Database &db, int fromVersion, QString *error)
{
    // Version 0 is a new, empty file: there is nothing to keep.
    if (fromVersion < 1 || !holdsCompanies(db))
        return true;
    QString detail;
    if (!create(db, &detail).isEmpty())
        return true;
    if (error)
        *error = tr("The database %1 was not upgraded and is unchanged: it is backed up before "
                    "every upgrade, and the backup failed. %2")
                     .arg(nativePath(db.path()), detail);
    return false;
}

bool Backup::dailyBackupDue(Database &db, const QDateTime &now)
{
    if (!db.isOpen())
        return false;
    const QDate today = now.date();
    for (const Entry &e : entries(db.path(), db.identity())) {
        if (e.time.date() == today)
            return false;
    }
    return holdsCompanies(db);
}

bool Backup::dailyBackupIfDue(Database &db, QString *error, const QDateTime &now)
{
    if (!db.isOpen()) {
        if (error)
            *error = tr("Could not back up the database %1: %2")
                         .arg(nativePath(db.path()), tr("it is not open."));
        return false;
    }
    if (!dailyBackupDue(db, now))
        return true;
    return !create(db, error, now).isEmpty();
}

BackupInfo Backup::inspect(const QString &backupPath)
{
    BackupInfo info;
    info.path = backupPath;
    const QFileInfo file(backupPath);
    info.size = file.size();
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("-(\\d{8}-\\d{6})(?:-\\d+)?\\.sqlite$"))
            .match(file.fileName());
    if (m.hasMatch())
        info.time = QDateTime::fromString(m.captured(1), kStampFormat);
    if (!info.time.isValid())
        info.time = file.lastModified();
    if (!file.exists()) {
        info.problem = tr("the file does not exist.");
        return info;
    }

    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(backupPath);
        // Read only: looking at a backup never changes it.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            info.problem = sqlErrorText(db.lastError());
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
                info.problem = tr("it is not a valid database (%1).")
                                   .arg(sqlErrorText(query.lastError()));
            } else if (query.value(0).toString() != QLatin1String("ok")) {
                info.problem = tr("it is damaged (%1).").arg(query.value(0).toString());
            } else if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
                info.problem = sqlErrorText(query.lastError());
            } else {
                info.schemaVersion = query.value(0).toInt();
                query.finish();
                if (query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'identity'")) &&
                    query.next())
                    info.identity = query.value(0).toString();
                query.finish();
                const std::optional<qint64> count = companyCount(db);
                if (count)
                    info.companies = *count;
                if (info.schemaVersion > Database::kSchemaVersion)
                    info.problem = tr("it was written by a newer version of this program "
                                      "(schema version %1).")
                                       .arg(info.schemaVersion);
                else if (info.schemaVersion < 1 || !count)
                    info.problem = tr("it holds no companies of this program.");
                else
                    info.usable = true;
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return info;
}

QString Backup::identityFor(const QString &databasePath)
{
    const QString stored = Database::readIdentity(databasePath);
    if (!stored.isEmpty())
        return stored;
    QFile record(identityRecord(databasePath));
    if (!record.open(QIODevice::ReadOnly))
        return {};
    const QString recorded = QString::fromLatin1(record.read(64).trimmed());
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    return hex.match(recorded).hasMatch() ? recorded : QString();
}

namespace {

// The backups of `identity`, inspected, newest first; a file whose name
// carries the tag but that is a copy of another database is left out.
QList<BackupInfo> listOf(const QString &databasePath, const QString &identity, bool firstUsableOnly)
{
    QList<BackupInfo> out;
    for (const Entry &e : entries(databasePath, identity)) {
        BackupInfo info = Backup::inspect(e.path);
        info.time = e.time;
        if (!info.identity.isEmpty() && info.identity != identity)
            continue;
        if (firstUsableOnly && !info.usable)
            continue;
        out.append(info);
        if (firstUsableOnly)
            break;
    }
    return out;
}

} // namespace

QList<BackupInfo> Backup::list(const QString &databasePath)
{
    return listOf(databasePath, identityFor(databasePath), false);
}

std::optional<BackupInfo> Backup::newestUsable(const QString &databasePath)
{
    const QList<BackupInfo> found = listOf(databasePath, identityFor(databasePath), true);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

void Backup::rotate(const QString &databasePath, int keep)
{
    rotateOf(databasePath, identityFor(databasePath), keep);
}

namespace {

void rotateOf(const QString &databasePath, const QString &identity, int keep)
{
    const QList<Entry> all = entries(databasePath, identity);
    for (qsizetype i = std::max(keep, 0); i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    // Parts of backups that were never finished (the program was killed while
    // writing one); an hour old, so that no backup still being written is hit.
    const QDir folder(Backup::folderFor(databasePath));
    const QFileInfoList parts = folder.entryInfoList(
        {u'.' + baseName(databasePath) + QStringLiteral("-*.part")}, QDir::Files | QDir::Hidden);
    const QDateTime hourAgo = QDateTime::currentDateTime().addSecs(-3600);
    for (const QFileInfo &part : parts) {
        if (part.lastModified() < hourAgo)
            QFile::remove(part.absoluteFilePath());
    }
}

} // namespace

bool Backup::restore(Database &db, const QString &backupPath, QString *error, QString *safetyCopy)
{
    const QString path = db.path();
    const auto fail = [&](const QString &detail) {
        if (error)
            *error = tr("Nothing was restored from %1: %2").arg(nativePath(backupPath), detail);
        return false;
    };

    const BackupInfo info = inspect(backupPath);
    if (!info.usable)
        return fail(info.problem);

    // 1. The backup, copied beside the database (the same file system, so
    //    that the final rename is atomic) and checked there.
    // Of a name of this process's own: another process restoring at the same
    // moment never removes it.
    const QString incoming = uniquePartName(QFileInfo(path).absolutePath(),
                                            QFileInfo(path).fileName() + QStringLiteral(".restoring"));
    QString detail;
    if (!copyFile(backupPath, incoming, &detail))
        return fail(detail);
    const BackupInfo copied = inspect(incoming);
    if (!copied.usable) {
        QFile::remove(incoming);
        return fail(copied.problem);
    }

    // 2. The data it replaces, kept: a backup of the open database, or the
    //    file as it is when it cannot be opened (damaged, foreign, newer).
    const bool wasOpen = db.isOpen();
    QString kept;
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    if (wasOpen) {
        kept = create(db, &detail);
        if (kept.isEmpty()) {
            QFile::remove(incoming);
            return fail(tr("the current data could not be backed up first. %1").arg(detail));
        }
    } else if (QFileInfo::exists(path)) {
        const QString folder = folderFor(path);
        if (!ensureFolder(folder, &detail)) {
            QFile::remove(incoming);
            return fail(detail);
        }
        const QString tag = tagOf(identityFor(path));
        kept = freeName(folder,
                        baseName(path) + u'-' + (tag.isEmpty() ? QString() : tag + u'-') +
                            QDateTime::currentDateTime().toString(kStampFormat) +
                            QStringLiteral("-replaced"),
                        QStringLiteral(".sqlite"));
        if (!copyFile(path, kept, &detail) ||
            (QFileInfo::exists(wal) && !copyFile(wal, kept + QStringLiteral("-wal"), &detail))) {
            QFile::remove(kept);
            QFile::remove(incoming);
            return fail(tr("the current file could not be kept first: %1").arg(detail));
        }
    }

    // 3. Closed, and no one else has it open: another connection would keep
    //    writing into a write-ahead log that no longer belongs to the file.
    db.close();
    if (wasOpen && (QFileInfo::exists(wal) || QFileInfo::exists(shm))) {
        QFile::remove(incoming);
        db.open(nullptr);
        return fail(tr("the database is in use by another program (perhaps another window of "
                       "this one). Close it and try again."));
    }
    // The log of a file that could not be opened belongs to that file (kept above).
    QFile::remove(wal);
    QFile::remove(shm);

    // 4. The swap: one rename, atomic on the same file system.
    std::error_code ec;
    std::filesystem::rename(fsPath(incoming), fsPath(path), ec); // replaces `path`
    if (ec) {
        QFile::remove(incoming);
        if (wasOpen)
            db.open(nullptr);
        return fail(QString::fromLocal8Bit(ec.message()));
    }
    QFile::setPermissions(path, kUserOnly);
    syncPath(QFileInfo(path).absolutePath());
    if (safetyCopy)
        *safetyCopy = kept;

    // 5. Opened again (and upgraded, when the backup is of an older schema).
    if (!db.open(&detail)) {
        if (error)
            *error = tr("The backup %1 was restored, but the database could not be opened "
                        "again: %2")
                         .arg(nativePath(backupPath), detail);
        return false;
    }
    return true;
}

} // namespace srdi
