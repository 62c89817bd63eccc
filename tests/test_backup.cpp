// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleProfile.h"
#include "support/Files.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace srdi;

using srdi::test::readAll;

namespace {

Profile named(const QString &name)
{
    Profile p = sampleProfile(2026);
    p.company.name = name;
    return p;
}

QStringList names(ProfileStore &store)
{
    QStringList out;
    for (const CompanySummary &c : store.list())
        out.append(c.name);
    return out;
}

// The files in the backups folder, but for the records of identities.
QStringList backupFiles(const QString &databasePath)
{
    QStringList files =
        QDir(Backup::folderFor(databasePath)).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    files.removeIf([](const QString &name) { return name.endsWith(QStringLiteral(".identity")); });
    return files;
}

void overwrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void createListsAndCounts();
    void sqliteHasVacuumInto();
    void rotationKeepsTheNewestSeven();
    void dailyOncePerCalendarDay();
    void nothingToBackUp();
    void beforeMigrationWithData();
    void restoreIsUndoable();
    void restoreRefusesBrokenBackup();
    void restoreOverUnopenableFile();
    void restoreRefusesDatabaseInUse();
    void newestUsableSkipsDamaged();
    void keyedByIdentityNotBaseName();
    void inStepsMakesAUsableBackup();
    void inStepsStoppedLeavesNoBackup();
    void inStepsCopiesOneSnapshotWhileWritten();
    void dailyDueByNameAndContent();
};

void TestBackup::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestBackup::sqliteHasVacuumInto()
{
    // VACUUM INTO came with SQLite 3.27.
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("v.sqlite")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QSqlQuery query(db.handle());
    QVERIFY(query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next());
    const QStringList parts = query.value(0).toString().split(u'.');
    qInfo("SQLite %s", qPrintable(query.value(0).toString()));
    QVERIFY(parts.size() >= 2);
    QVERIFY(parts.at(0).toInt() > 3 || (parts.at(0).toInt() == 3 && parts.at(1).toInt() >= 27));
}

void TestBackup::createListsAndCounts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    ProfileStore store(db);
    QVERIFY(store.insert(named(QStringLiteral("A"))));
    QVERIFY(store.insert(named(QStringLiteral("B"))));

    const QDateTime when(QDate(2026, 4, 1), QTime(9, 30, 5));
    const QString backup = Backup::create(db, &error, when);
    QVERIFY2(!backup.isEmpty(), qPrintable(error));
    // Named by the database and its identity's tag, which is inside it too.
    const QString tag = db.identity().left(12);
    QCOMPARE(db.identity().size(), 32);
    QCOMPARE(QFileInfo(backup).fileName(), QStringLiteral("srdi-%1-20260401-093005.sqlite").arg(tag));
    QCOMPARE(QFileInfo(backup).absolutePath(), dir.filePath(QStringLiteral("backups")));
    // The same second again: a second file, not an overwrite.
    const QString again = Backup::create(db, &error, when);
    QCOMPARE(QFileInfo(again).fileName(), QStringLiteral("srdi-%1-20260401-093005-2.sqlite").arg(tag));

    const QList<BackupInfo> list = Backup::list(path);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).path, again); // newest first
    QCOMPARE(list.at(1).path, backup);
    for (const BackupInfo &b : list) {
        QVERIFY2(b.usable, qPrintable(b.problem));
        QCOMPARE(b.time, when);
        QCOMPARE(b.companies, qint64(2));
        QCOMPARE(b.schemaVersion, Database::kSchemaVersion);
        QCOMPARE(b.identity, db.identity());
        QCOMPARE(b.size, QFileInfo(b.path).size());
        QVERIFY(b.size > 0);
    }
    // A self-contained file (no write-ahead log), and looking at it changed nothing.
    QCOMPARE(readAll(backup).at(18), char(1));
    QCOMPARE(backupFiles(path), QStringList({QFileInfo(again).fileName(), QFileInfo(backup).fileName()}));

    // The backup is the data, not a copy of the file: it opens as a database.
    Database copy(backup);
    QVERIFY2(copy.open(&error), qPrintable(error));
    ProfileStore copyStore(copy);
    QCOMPARE(names(copyStore), QStringList({QStringLiteral("A"), QStringLiteral("B")}));
}

void TestBackup::rotationKeepsTheNewestSeven()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY(ProfileStore(db).insert(named(QStringLiteral("A"))));
    // Another database's backups in the same folder are not touched.
    {
        Database other(dir.filePath(QStringLiteral("other.sqlite")));
        QVERIFY2(other.open(&error), qPrintable(error));
        QVERIFY(ProfileStore(other).insert(named(QStringLiteral("O"))));
        QVERIFY(!Backup::create(other, &error, QDateTime(QDate(2020, 1, 1), QTime(0, 0))).isEmpty());
    }
    // Unfinished parts of backups (a process killed while writing): removed
    // once an hour old, not before.
    QVERIFY(QDir().mkpath(Backup::folderFor(path)));
    const QString stale = Backup::folderFor(path) + QStringLiteral("/.srdi-20260101-000000.sqlite.part");
    const QString young = Backup::folderFor(path) + QStringLiteral("/.srdi-20260102-000000.sqlite.part");
    for (const QString &part : {stale, young}) {
        QFile file(part);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("half");
    }
    {
        QFile file(stale);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-7200), QFileDevice::FileModificationTime));
    }
    for (int day = 1; day <= 10; ++day)
        QVERIFY(!Backup::create(db, &error, QDateTime(QDate(2026, 5, day), QTime(12, 0))).isEmpty());
    const QList<BackupInfo> list = Backup::list(path);
    QCOMPARE(list.size(), Backup::kKeep);
    QCOMPARE(list.first().time.date(), QDate(2026, 5, 10));
    QCOMPARE(list.last().time.date(), QDate(2026, 5, 4));
    QCOMPARE(Backup::list(dir.filePath(QStringLiteral("other.sqlite"))).size(), 1);
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(QFileInfo::exists(young));
}

void TestBackup::dailyOncePerCalendarDay()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY(ProfileStore(db).insert(named(QStringLiteral("A"))));

    const QDate day(2026, 6, 15);
    QVERIFY(Backup::dailyBackupIfDue(db, &error, QDateTime(day, QTime(8, 0))));
    QCOMPARE(Backup::list(path).size(), 1);
    QVERIFY(Backup::dailyBackupIfDue(db, &error, QDateTime(day, QTime(23, 59, 59))));
    QCOMPARE(Backup::list(path).size(), 1);
    QVERIFY(Backup::dailyBackupIfDue(db, &error, QDateTime(day.addDays(1), QTime(0, 0, 1))));
    QCOMPARE(Backup::list(path).size(), 2);
    QCOMPARE(Backup::list(path).first().time, QDateTime(day.addDays(1), QTime(0, 0, 1)));
}

void TestBackup::nothingToBackUp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    Database db(path);
    QString error;
    QVERIFY(!Backup::dailyBackupIfDue(db, &error)); // not open
    QVERIFY(!error.isEmpty());
    QVERIFY2(db.open(&error), qPrintable(error));
    // An empty database: nothing worth a backup, and no folder made for it.
    QVERIFY(Backup::dailyBackupIfDue(db, &error));
    QVERIFY(!QFileInfo::exists(Backup::folderFor(path)));
    QVERIFY(Backup::list(path).isEmpty());
    QVERIFY(!Backup::newestUsable(path));
}

void TestBackup::beforeMigrationWithData()
{
    QTemporaryDir dir;
    const QString withData = dir.filePath(QStringLiteral("with.sqlite"));
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    QString error;
    for (const QString &path : {withData, empty}) {
        Database db(path);
        QVERIFY2(db.open(&error, 1), qPrintable(error));
        if (path == withData) {
            QSqlQuery insert(db.handle());
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO companies (name) VALUES ('Old Co')")));
        }
    }
    for (const QString &path : {withData, empty}) {
        Database db(path);
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    }
    const QList<BackupInfo> list = Backup::list(withData);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().schemaVersion, 1);
    QCOMPARE(list.first().companies, qint64(1));
    QVERIFY(list.first().usable);
    QVERIFY(Backup::list(empty).isEmpty());

    // Opening again: already upgraded, no further backup.
    Database db(withData);
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(Backup::list(withData).size(), 1);
}

void TestBackup::restoreIsUndoable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    ProfileStore store(db);
    QVERIFY(store.insert(named(QStringLiteral("Before"))));
    const QString backup = Backup::create(db, &error, QDateTime(QDate(2026, 1, 1), QTime(10, 0)));
    QVERIFY2(!backup.isEmpty(), qPrintable(error));
    const QByteArray backupBytes = readAll(backup);

    QVERIFY(store.insert(named(QStringLiteral("After"))));
    QCOMPARE(names(store), QStringList({QStringLiteral("After"), QStringLiteral("Before")}));

    QString safety;
    QVERIFY2(Backup::restore(db, backup, &error, &safety), qPrintable(error));
    QVERIFY(db.isOpen());
    QCOMPARE(names(store), QStringList{QStringLiteral("Before")});
    QCOMPARE(readAll(backup), backupBytes); // the backup itself is unchanged
    QVERIFY(QFileInfo::exists(safety));
    QVERIFY(safety != backup);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".restoring")));
    // The database is ours again: WAL, user-only.
    QSqlQuery query(db.handle());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    query.finish();
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
#endif

    // Undo: restore the copy made of what was replaced.
    const BackupInfo kept = Backup::inspect(safety);
    QVERIFY2(kept.usable, qPrintable(kept.problem));
    QCOMPARE(kept.companies, qint64(2));
    QVERIFY2(Backup::restore(db, safety, &error), qPrintable(error));
    QCOMPARE(names(store), QStringList({QStringLiteral("After"), QStringLiteral("Before")}));
}

void TestBackup::restoreRefusesBrokenBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    ProfileStore store(db);
    QVERIFY(store.insert(named(QStringLiteral("Current"))));
    const QString backup = Backup::create(db, &error);
    QVERIFY(!backup.isEmpty());
    {
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(0));
        file.write(QByteArray(100, 'x')); // the header gone
    }
    const QStringList filesBefore = backupFiles(path);
    QVERIFY(!Backup::restore(db, backup, &error));
    qInfo("%s", qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Nothing was restored")), qPrintable(error));
    QVERIFY(db.isOpen());
    QCOMPARE(names(store), QStringList{QStringLiteral("Current")});
    QCOMPARE(backupFiles(path), filesBefore); // no safety copy needed, none made
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".restoring")));
    QVERIFY(!Backup::restore(db, dir.filePath(QStringLiteral("missing.sqlite")), &error));
    QVERIFY(db.isOpen());
}

void TestBackup::restoreOverUnopenableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    QString error;
    QString backup;
    {
        Database db(path);
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(ProfileStore(db).insert(named(QStringLiteral("Saved"))));
        backup = Backup::create(db, &error);
        QVERIFY(!backup.isEmpty());
    }
    // The database becomes a text file.
    const QByteArray junk = QByteArray("not a database\n").repeated(300);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(junk);
    }
    Database db(path);
    QVERIFY(!db.open(&error));
    const auto newest = Backup::newestUsable(path);
    QVERIFY(newest);
    QCOMPARE(newest->path, backup);

    QString kept;
    QVERIFY2(Backup::restore(db, newest->path, &error, &kept), qPrintable(error));
    QVERIFY(db.isOpen());
    ProfileStore store(db);
    QCOMPARE(names(store), QStringList{QStringLiteral("Saved")});
    // The file that was there is kept, byte for byte, outside the rotation.
    QVERIFY(kept.endsWith(QStringLiteral("-replaced.sqlite")));
    QCOMPARE(readAll(kept), junk);
    QCOMPARE(Backup::list(path).size(), 1);
}

void TestBackup::restoreRefusesDatabaseInUse()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    ProfileStore store(db);
    QVERIFY(store.insert(named(QStringLiteral("Old"))));
    const QString backup = Backup::create(db, &error);
    QVERIFY(store.insert(named(QStringLiteral("New"))));

    Database other(path); // a second window on the same file
    QVERIFY2(other.open(&error), qPrintable(error));
    QVERIFY(!Backup::restore(db, backup, &error));
    qInfo("%s", qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
    QVERIFY(db.isOpen());
    QCOMPARE(names(store), QStringList({QStringLiteral("New"), QStringLiteral("Old")}));
    QCOMPARE(ProfileStore(other).count(), qint64(2));

    other.close();
    QVERIFY2(Backup::restore(db, backup, &error), qPrintable(error));
    QCOMPARE(names(store), QStringList{QStringLiteral("Old")});
}

void TestBackup::newestUsableSkipsDamaged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY(ProfileStore(db).insert(named(QStringLiteral("A"))));
    const QString older = Backup::create(db, &error, QDateTime(QDate(2026, 3, 1), QTime(8, 0)));
    const QString newer = Backup::create(db, &error, QDateTime(QDate(2026, 3, 2), QTime(8, 0)));
    {
        QFile file(newer);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("PNG? no.");
    }
    const QList<BackupInfo> list = Backup::list(path);
    QCOMPARE(list.size(), 2);
    QVERIFY(!list.first().usable);
    QVERIFY(!list.first().problem.isEmpty());
    QCOMPARE(list.first().companies, qint64(-1));
    const auto usable = Backup::newestUsable(path);
    QVERIFY(usable);
    QCOMPARE(usable->path, older);
}

// Issue 16, finding 4: clients.sqlite and clients.db in one folder share a
// base name; the backups of one are never listed, offered, rotated or used
// for the other, not even once the other is damaged beyond reading.
void TestBackup::keyedByIdentityNotBaseName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sqlitePath = dir.filePath(QStringLiteral("clients.sqlite"));
    const QString dbPath = dir.filePath(QStringLiteral("clients.db"));
    QString error;
    QString identity;
    {
        Database db(sqlitePath);
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(ProfileStore(db).insert(named(QStringLiteral("In clients.sqlite"))));
        for (int day = 1; day <= Backup::kKeep; ++day)
            QVERIFY2(!Backup::create(db, &error, QDateTime(QDate(2026, 3, day), QTime(9, 0))).isEmpty(),
                     qPrintable(error));
    }
    {
        Database db(dbPath);
        QVERIFY2(db.open(&error), qPrintable(error));
        identity = db.identity();
        QVERIFY(ProfileStore(db).insert(named(QStringLiteral("In clients.db"))));
        QCOMPARE(Backup::list(dbPath).size(), 0); // none of its own yet
        QVERIFY(!Backup::newestUsable(dbPath));
    }
    // Damaged beyond reading and with no backup of its own: nothing to offer.
    overwrite(dbPath, QByteArray("garbage ").repeated(1000));
    QVERIFY(!Backup::newestUsable(dbPath));
    QCOMPARE(Backup::list(dbPath).size(), 0);
    QCOMPARE(Backup::list(sqlitePath).size(), Backup::kKeep);

    // With backups of its own (taken on later days than the other's), the
    // other's are still not its, and its rotation leaves the other's alone.
    QFile::remove(dbPath);
    QFile::remove(dbPath + QStringLiteral("-wal"));
    QFile::remove(dbPath + QStringLiteral("-shm"));
    QString own;
    {
        Database db(dbPath);
        QVERIFY2(db.open(&error), qPrintable(error));
        identity = db.identity();
        QVERIFY(ProfileStore(db).insert(named(QStringLiteral("In clients.db"))));
        for (int day = 1; day <= Backup::kKeep + 2; ++day) {
            own = Backup::create(db, &error, QDateTime(QDate(2026, 2, day), QTime(9, 0)));
            QVERIFY2(!own.isEmpty(), qPrintable(error));
        }
    }
    QCOMPARE(Backup::list(sqlitePath).size(), Backup::kKeep);
    const QList<BackupInfo> listed = Backup::list(dbPath);
    QCOMPARE(listed.size(), Backup::kKeep);
    for (const BackupInfo &b : listed)
        QCOMPARE(b.identity, identity);
    overwrite(dbPath, QByteArray("garbage ").repeated(1000));
    QCOMPARE(Backup::identityFor(dbPath), identity); // from the record beside the backups
    const std::optional<BackupInfo> newest = Backup::newestUsable(dbPath);
    QVERIFY(newest);
    QCOMPARE(newest->path, own);
    QCOMPARE(newest->time, QDateTime(QDate(2026, 2, Backup::kKeep + 2), QTime(9, 0)));
    QCOMPARE(Backup::list(dbPath).size(), Backup::kKeep);

    // A file that carries the tag in its name but is a copy of another
    // database is not listed either.
    const QString impostor = QDir(Backup::folderFor(dbPath))
                                 .filePath(QStringLiteral("clients-%1-20260401-000000.sqlite")
                                               .arg(identity.left(12)));
    QVERIFY(QFile::copy(Backup::list(sqlitePath).first().path, impostor));
    QCOMPARE(Backup::newestUsable(dbPath)->path, own);
}

// The window's daily backup: SQLite's online backup a few pages a step, on
// connections of its own, renamed into place once complete.
void TestBackup::inStepsMakesAUsableBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    ProfileStore store(db);
    for (int i = 0; i < 5; ++i)
        QVERIFY(store.insert(named(QStringLiteral("C%1").arg(i))));
    int steps = 0;
    const QDateTime when(QDate(2026, 4, 1), QTime(9, 30, 5));
    const QString made = Backup::createInSteps(
        path, db.identity(), [&steps] { return ++steps > 0; }, &error, when, 2);
    QVERIFY2(!made.isEmpty(), qPrintable(error));
    QVERIFY2(steps > 3, qPrintable(QString::number(steps))); // in steps, not at once
    const QList<BackupInfo> list = Backup::list(path);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().path, made);
    QVERIFY2(list.first().usable, qPrintable(list.first().problem));
    QCOMPARE(list.first().companies, qint64(5));
    QCOMPARE(list.first().identity, db.identity());
    QCOMPARE(list.first().time, when);
    // A file of its own: no log beside it, no part left, readable by the user only.
    QCOMPARE(backupFiles(path), QStringList{QFileInfo(made).fileName()});
    QCOMPARE(readAll(made).at(18), char(1)); // rollback journal, not WAL
    QCOMPARE(QFile::permissions(made) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

void TestBackup::inStepsStoppedLeavesNoBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    ProfileStore store(db);
    for (int i = 0; i < 5; ++i)
        QVERIFY(store.insert(named(QStringLiteral("C%1").arg(i))));
    int steps = 0;
    error = QStringLiteral("unchanged?");
    const QString made = Backup::createInSteps(
        path, db.identity(), [&steps] { return ++steps <= 2; }, &error, QDateTime::currentDateTime(), 1);
    QVERIFY(made.isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error)); // stopped is no failure
    QCOMPARE(steps, 3);
    QVERIFY(Backup::list(path).isEmpty());
    QCOMPARE(backupFiles(path), QStringList()); // nor a part of one
    // Still due: a stopped backup is no backup of the day.
    QVERIFY(Backup::dailyBackupDue(db));
}

// A writer goes on while the copy is made; the copy is the data as it was
// when it began.
void TestBackup::inStepsCopiesOneSnapshotWhileWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    ProfileStore store(db);
    for (int i = 0; i < 4; ++i)
        QVERIFY(store.insert(named(QStringLiteral("C%1").arg(i))));
    int steps = 0;
    int written = 0;
    QElapsedTimer slowest;
    qint64 slowestMs = 0;
    const QString made = Backup::createInSteps(
        path, db.identity(),
        [&] {
            if (++steps > 1 && written < 3) {
                // Between two steps: another company, committed at once.
                slowest.start();
                if (store.insert(named(QStringLiteral("During%1").arg(written))))
                    ++written;
                slowestMs = std::max(slowestMs, slowest.elapsed());
            }
            return true;
        },
        &error, QDateTime::currentDateTime(), 1);
    QVERIFY2(!made.isEmpty(), qPrintable(error));
    QCOMPARE(written, 3);
    QVERIFY2(slowestMs < 1000, qPrintable(QString::number(slowestMs))); // never waited on the copy
    const BackupInfo info = Backup::inspect(made);
    QVERIFY2(info.usable, qPrintable(info.problem));
    QCOMPARE(info.companies, qint64(4));
    QCOMPARE(store.list().size(), 7);
}

void TestBackup::dailyDueByNameAndContent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    const QDateTime morning(QDate(2026, 12, 1), QTime(8, 0));
    QVERIFY(!Backup::dailyBackupDue(db, morning)); // nothing to keep
    ProfileStore store(db);
    QVERIFY(store.insert(named(QStringLiteral("A"))));
    QVERIFY(Backup::dailyBackupDue(db, morning));
    QVERIFY(!Backup::createInSteps(path, db.identity(), {}, &error, morning).isEmpty());
    QVERIFY(!Backup::dailyBackupDue(db, morning.addSecs(3600)));
    QVERIFY(Backup::dailyBackupDue(db, morning.addDays(1)));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "test_backup.moc"
