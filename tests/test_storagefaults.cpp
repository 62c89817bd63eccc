// SPDX-License-Identifier: GPL-3.0-or-later
// Disks and permissions: a write-protected database, a read-only folder and a
// full disk give a clear message and leave the stored data as it was; the
// database and its backups are readable by their owner only.
#include "SampleProfile.h"
#include "support/Files.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

#ifdef Q_OS_LINUX
#include <grp.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace srdi;

using srdi::test::readAll;
using srdi::test::integrityCheck;

namespace {

constexpr uint kNobody = 65534;

// The owner, group and other bits (Qt's "user" bits repeat the owner's).
constexpr int kModeBits = 0x7077;

// Exactly rw------- (files) or rwx------ (folders).
QString permissionsText(const QString &path)
{
    return QString::number(QFile::permissions(path).toInt() & kModeBits, 16);
}
bool isUserOnlyFile(const QString &path)
{
    return (QFile::permissions(path).toInt() & kModeBits) ==
           (QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
bool isUserOnlyFolder(const QString &path)
{
    return (QFile::permissions(path).toInt() & kModeBits) ==
           (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

struct WriterRun
{
    int code = -1;
    QString err;
};

// The writer tool as an ordinary user: as root (who may write anything) it
// runs as nobody, so that file permissions apply to it.
WriterRun runWriter(const QStringList &args)
{
    QProcess child;
    child.setProgram(qEnvironmentVariable("SRDI_WRITER"));
    child.setArguments(args);
#ifdef Q_OS_LINUX
    if (::geteuid() == 0) {
        child.setChildProcessModifier([] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)
                ::_exit(111);
        });
    }
#endif
    child.start();
    if (!child.waitForFinished(30000))
        return {};
    return {child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -2,
            QString::fromUtf8(child.readAllStandardError())};
}

// Hands `paths` to the user runWriter runs as.
bool giveToWriterUser(const QStringList &paths)
{
#ifdef Q_OS_LINUX
    if (::geteuid() != 0)
        return true;
    for (const QString &path : paths) {
        if (::chown(QFile::encodeName(path).constData(), kNobody, kNobody) != 0)
            return false;
    }
#else
    Q_UNUSED(paths);
#endif
    return true;
}

#ifdef Q_OS_LINUX
// A tmpfs of `bytes` mounted on `dir` (root only); unmounted when destroyed.
class TinyFilesystem
{
public:
    TinyFilesystem(const QString &dir, qint64 bytes) : m_dir(QFile::encodeName(dir))
    {
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
        m_mounted = ::geteuid() == 0 &&
                    ::mount("tmpfs", m_dir.constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                            options.constData()) == 0;
    }
    ~TinyFilesystem()
    {
        if (m_mounted)
            ::umount2(m_dir.constData(), MNT_DETACH);
    }
    TinyFilesystem(const TinyFilesystem &) = delete;
    TinyFilesystem &operator=(const TinyFilesystem &) = delete;
    bool isMounted() const { return m_mounted; }

private:
    QByteArray m_dir;
    bool m_mounted = false;
};

// While it lives, no file of this process can grow past `bytes` (writes fail
// with EFBIG, SIGXFSZ ignored): a disk that is full for this process only.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_ok = ::getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = m_ok && ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool isActive() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

// Fills the file system of `dir` with one file until nothing more fits.
qint64 fillUp(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    const QByteArray block(4096, 'x');
    qint64 total = 0;
    while (file.write(block) == block.size() && file.flush())
        total += block.size();
    file.close();
    return total;
}
#endif

// A profile far bigger than the free space.
Profile hugeProfile(const QString &name)
{
    Profile p = sampleProfile(2026);
    p.company.name = name;
    p.company.mainProduct = QString(300'000, QLatin1Char('z'));
    return p;
}

} // namespace

class TestStorageFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void databaseAndBackupsAreUserOnly();
    void readOnlyDatabaseFile();
    void readOnlyFolder();
    void diskFull_data();
    void diskFull();
    void noBackupNoUpgrade();
};

void TestStorageFaults::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("SRDI_WRITER")),
             "SRDI_WRITER must name the built writer tool");
}

void TestStorageFaults::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestStorageFaults::databaseAndBackupsAreUserOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data/srdi.sqlite"));
    // Even with a umask that lets everyone read and write.
    struct Umask
    {
        mode_t old = ::umask(0);
        ~Umask() { ::umask(old); }
    } umask;
    QString error;
    QString backup;
    {
        Database db(path);
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY2(ProfileStore(db).insert(sampleProfile(2026), &error), qPrintable(error));
        backup = Backup::create(db, &error);
        QVERIFY2(isUserOnlyFile(path), qPrintable(permissionsText(path)));
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(path + suffix))
                QVERIFY2(isUserOnlyFile(path + suffix),
                         qPrintable(suffix + u' ' + permissionsText(path + suffix)));
        }
    }
    QVERIFY2(!backup.isEmpty(), qPrintable(error));
    QCOMPARE(QFileInfo(backup).absolutePath(), Backup::folderFor(path));
    QVERIFY2(isUserOnlyFile(backup), qPrintable(permissionsText(backup)));
    QVERIFY2(isUserOnlyFolder(Backup::folderFor(path)),
             qPrintable(permissionsText(Backup::folderFor(path))));
#endif
}

void TestStorageFaults::readOnlyDatabaseFile()
{
#ifndef Q_OS_LINUX
    QSKIP("POSIX permissions and processes");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    {
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ProfileStore store(db);
        QVERIFY2(store.insert(sampleProfile(2026), &error), qPrintable(error));
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(giveToWriterUser({dir.path(), path}));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner)); // 0400
    const QByteArray before = readAll(path);

    for (const QStringList &args : {QStringList{QStringLiteral("open"), path},
                                    QStringList{QStringLiteral("insert"), path, QStringLiteral("X")}}) {
        const WriterRun run = runWriter(args);
        QCOMPARE(run.code, 3); // refused when opened, before any write
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(path)), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("read-only")), qPrintable(run.err));
        qInfo("%s", qPrintable(run.err.trimmed()));
    }
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("srdi.sqlite")});

    // Writable again, everything is there.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(runWriter({QStringLiteral("insert"), path, QStringLiteral("Y")}).code, 0);
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(ProfileStore(db).count(), qint64(2));
#endif
}

void TestStorageFaults::readOnlyFolder()
{
#ifndef Q_OS_LINUX
    QSKIP("POSIX permissions and processes");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/srdi.sqlite");
    {
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY2(ProfileStore(db).insert(sampleProfile(2026), &error), qPrintable(error));
    }
    QVERIFY(giveToWriterUser({dir.path(), folder, path}));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner)); // 0500
    const QByteArray before = readAll(path);

    const WriterRun run = runWriter({QStringLiteral("insert"), path, QStringLiteral("X")});
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains(QStringLiteral("read-only")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QDir::toNativeSeparators(folder)), qPrintable(run.err));
    qInfo("%s", qPrintable(run.err.trimmed()));
    QCOMPARE(readAll(path), before);
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner));
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
#endif
}

void TestStorageFaults::diskFull_data()
{
    QTest::addColumn<bool>("tmpfs");
    QTest::newRow("full tmpfs (ENOSPC)") << true;
    QTest::newRow("file size limit (EFBIG)") << false;
}

void TestStorageFaults::diskFull()
{
#ifndef Q_OS_LINUX
    QSKIP("tmpfs and RLIMIT_FSIZE are Linux");
#else
    QFETCH(bool, tmpfs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mountPoint = dir.filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(mountPoint));
    std::unique_ptr<TinyFilesystem> fs;
    if (tmpfs) {
        fs = std::make_unique<TinyFilesystem>(mountPoint, 1024 * 1024);
        if (!fs->isMounted())
            QSKIP("mounting a tmpfs needs root (CAP_SYS_ADMIN); the file size limit row covers "
                  "the same path");
    }
    const QString path = mountPoint + QStringLiteral("/srdi.sqlite");

    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    ProfileStore store(db);
    Profile kept = sampleProfile(2026);
    const auto keptId = store.insert(kept, &error);
    QVERIFY2(keptId, qPrintable(error));
    kept = *store.load(*keptId); // as stored
    const QString firstBackup = Backup::create(db, &error);
    QVERIFY2(!firstBackup.isEmpty(), qPrintable(error));

    QString insertError, updateError, backupError;
    {
        std::unique_ptr<FileSizeLimit> limit;
        if (tmpfs) {
            QVERIFY(fillUp(mountPoint + QStringLiteral("/filler")) >= 0);
        } else {
            qint64 largest = 0;
            const QFileInfoList files =
                QDir(mountPoint).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
            for (const QFileInfo &f : files)
                largest = std::max(largest, f.size());
            limit = std::make_unique<FileSizeLimit>(rlim_t(largest));
            QVERIFY(limit->isActive());
        }

        QVERIFY(!store.insert(hugeProfile(QStringLiteral("Too big")), &insertError).has_value());
        Profile changed = hugeProfile(kept.company.name);
        QVERIFY(!store.update(*keptId, changed, &updateError));
        if (!tmpfs) {
            limit.reset();
            limit = std::make_unique<FileSizeLimit>(rlim_t(4096));
        }
        QVERIFY(Backup::create(db, &backupError).isEmpty());
        // The connection is still usable, and reads what was there.
        QCOMPARE(store.count(), qint64(1));
        QCOMPARE(*store.load(*keptId), kept);
    }
    qInfo("insert: %s", qPrintable(insertError));
    qInfo("update: %s", qPrintable(updateError));
    qInfo("backup: %s", qPrintable(backupError));
    QVERIFY2(insertError.contains(QStringLiteral("Too big")), qPrintable(insertError));
    QVERIFY2(updateError.contains(kept.company.name), qPrintable(updateError));
    if (tmpfs) {
        QVERIFY2(insertError.contains(QStringLiteral("full")), qPrintable(insertError));
        QVERIFY2(backupError.contains(QStringLiteral("full")), qPrintable(backupError));
    }
    QVERIFY2(backupError.contains(QDir::toNativeSeparators(path)), qPrintable(backupError));
    // No half-written backup is left behind, listed or not.
    // (The record of the database's identity beside its backups is kept.)
    QStringList left = QDir(Backup::folderFor(path)).entryList(QDir::Files | QDir::Hidden);
    left.removeIf([](const QString &name) { return name.endsWith(QStringLiteral(".identity")); });
    QCOMPARE(left, QStringList{QFileInfo(firstBackup).fileName()});

    db.close();
    QFile::remove(mountPoint + QStringLiteral("/filler"));
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(store.count(), qint64(1));
    QCOMPARE(*store.load(*keptId), kept);
    // And with room again, writing works.
    QVERIFY2(store.insert(hugeProfile(QStringLiteral("Fits now")), &error), qPrintable(error));
    db.close();
#endif
}

void TestStorageFaults::noBackupNoUpgrade()
{
#ifndef Q_OS_LINUX
    QSKIP("RLIMIT_FSIZE is Linux");
#else
    // A version-1 database with a company in it: an upgrade needs a backup
    // first; when that fails, the database is not upgraded.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error, 1), qPrintable(error));
        QSqlQuery insert(db.handle());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO companies (name) VALUES ('Old Co')")));
    }
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    // Room for the shared-memory index (32 KiB), none for a copy of the file.
    constexpr qint64 kLimit = 32768;
    QVERIFY(QFileInfo(path).size() > kLimit);
    QString error;
    {
        FileSizeLimit limit(kLimit);
        QVERIFY(limit.isActive());
        Database db(path);
        QVERIFY(!db.open(&error));
    }
    qInfo("%s", qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("not upgraded")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));

    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    {
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM companies")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Old Co"));
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QVERIFY(Backup::list(path).isEmpty());

    // With room, the upgrade runs, after a backup of version 1.
    Database db(path);
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    const QList<BackupInfo> backups = Backup::list(path);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().schemaVersion, 1);
    QCOMPARE(backups.first().companies, qint64(1));
#endif
}

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "test_storagefaults.moc"
