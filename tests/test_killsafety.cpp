// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing committed is lost when the program is killed: a child process writes
// in a loop and reports each commit; it is killed with SIGKILL at random
// moments (a fixed seed), and after every kill the database must be intact,
// open normally and hold at least the last commit the child reported.
#include "storage/Backup.h"
#include "support/Files.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace srdi;

using srdi::test::integrityCheck;

namespace {

const QString kCompany = QStringLiteral("Kill test company");

struct Outcome
{
    qint64 lastCommitted = -1; // -1: the child reported no commit
    int commits = 0;
    int backups = 0;
    bool ended = false; // the child ended by itself: the writer failed
    QString err;
};

// Runs the writer, kills it with SIGKILL after `delayMs` and reads what it
// reported before it died. Only complete lines count.
Outcome runAndKill(const QString &mode, const QString &db, int delayMs)
{
    QProcess child;
    child.setProgram(qEnvironmentVariable("SRDI_WRITER"));
    child.setArguments({mode, db});
    child.start();
    Outcome out;
    if (!child.waitForStarted(5000)) {
        out.err = child.errorString();
        return out;
    }
    // Waiting for the end that does not come drains the output meanwhile.
    if (delayMs > 0)
        child.waitForFinished(delayMs);
    if (child.state() != QProcess::NotRunning) {
        child.kill(); // SIGKILL on Unix
        child.waitForFinished(5000);
    } else {
        out.ended = true;
    }
    const QByteArray output = child.readAllStandardOutput();
    out.err = QString::fromUtf8(child.readAllStandardError());
    const QList<QByteArray> lines = output.split('\n');
    // The last element is the unfinished line (empty when the output ended in \n).
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith("backup ")) {
            ++out.backups;
            continue;
        }
        bool ok = false;
        const qint64 n = line.toLongLong(&ok);
        if (ok) {
            out.lastCommitted = n;
            ++out.commits;
        }
    }
    return out;
}

} // namespace

class TestKillSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killWhileWriting();
    void killWhileBackingUp();
    void killWhileUpgrading();

private:
    // The kill loop; returns the number of kills, or -1 after a failure.
    int killLoop(const QString &mode, int kills, quint32 seed, int maxDelayMs);
};

void TestKillSafety::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("SRDI_WRITER")),
             "SRDI_WRITER must name the built writer tool");
}

int TestKillSafety::killLoop(const QString &mode, int kills, quint32 seed, int maxDelayMs)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return -1;
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    QRandomGenerator random(seed);
    qint64 highest = -1; // the highest counter ever reported committed
    int commits = 0;
    int backups = 0;
    int integrityOk = 0;
    int withData = 0;
    QElapsedTimer timer;
    timer.start();

    for (int kill = 1; kill <= kills; ++kill) {
        // Mostly mid-loop; now and then right at the start (while opening,
        // creating or upgrading the schema).
        const int delay = random.bounded(10) == 0 ? int(random.bounded(15))
                                                  : int(random.bounded(maxDelayMs + 1));
        const Outcome out = runAndKill(mode, path, delay);
        if (out.ended || !out.err.isEmpty()) {
            qWarning("kill %d: the writer failed: %s", kill, qPrintable(out.err));
            return -1;
        }
        commits += out.commits;
        backups += out.backups;
        highest = std::max(highest, out.lastCommitted);

        if (!QFile::exists(path)) {
            if (highest >= 0) {
                qWarning("kill %d: the database is gone", kill);
                return -1;
            }
            continue;
        }
        const QString integrity = integrityCheck(path);
        if (integrity != QLatin1String("ok")) {
            qWarning("kill %d (after %d ms): integrity_check: %s", kill, delay, qPrintable(integrity));
            return -1;
        }
        ++integrityOk;

        Database db(path);
        QString error;
        if (!db.open(&error)) {
            qWarning("kill %d: %s", kill, qPrintable(error));
            return -1;
        }
        ProfileStore store(db);
        const auto id = store.findByName(kCompany);
        if (highest >= 0) {
            if (!id) {
                qWarning("kill %d: the company is gone (last commit reported: %lld)", kill, highest);
                return -1;
            }
            const auto profile = store.load(*id, &error);
            if (!profile) {
                qWarning("kill %d: %s", kill, qPrintable(error));
                return -1;
            }
            const qint64 stored = profile->innovation.ip.class2.value_or(-1);
            // The child may have died between its commit and its report: one more.
            if (stored < highest || stored > highest + 1) {
                qWarning("kill %d: stored counter %lld, last reported committed %lld", kill, stored,
                         highest);
                return -1;
            }
            highest = stored;
            ++withData;
        }
        if (mode == u"backup") {
            // Every backup listed is complete and usable. The oldest goes only
            // once the newest is in place: killed in between, there is one more.
            const QList<BackupInfo> listed = Backup::list(path);
            if (listed.size() > Backup::kKeep + 1) {
                qWarning("kill %d: %lld backups kept", kill, qlonglong(listed.size()));
                return -1;
            }
            for (const BackupInfo &b : listed) {
                if (!b.usable) {
                    qWarning("kill %d: backup %s: %s", kill, qPrintable(b.path), qPrintable(b.problem));
                    return -1;
                }
            }
        }
    }
    qInfo("%s: %d kills (SIGKILL), %d commits reported, %d backups reported; integrity_check ok "
          "after %d kills, committed data checked after %d; final counter %lld; %lld ms",
          qPrintable(mode), kills, commits, backups, integrityOk, withData, highest,
          qlonglong(timer.elapsed()));
    return kills;
}

void TestKillSafety::killWhileWriting()
{
    const int kills = killLoop(QStringLiteral("loop"), 60, 20260401u, 120);
    QCOMPARE(kills, 60);
}

void TestKillSafety::killWhileBackingUp()
{
    const int kills = killLoop(QStringLiteral("backup"), 25, 20260402u, 200);
    QCOMPARE(kills, 25);
}

// A database of schema version 1 with a company is opened by the child, which
// backs it up and upgrades it step by step; killed at random moments of that,
// it is at one version or the next, never in between, and opens with its data.
void TestKillSafety::killWhileUpgrading()
{
    QRandomGenerator random(20260403u);
    constexpr int kRuns = 30;
    // How long opening takes here (backup and upgrade included), so that the
    // kills fall into it however fast or loaded this machine is.
    qint64 openNs = 0;
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QString error;
        {
            Database db(path);
            QVERIFY2(db.open(&error, 1), qPrintable(error));
            QSqlQuery insert(db.handle());
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO companies (name) VALUES ('Old Co')")));
        }
        QElapsedTimer opening;
        opening.start();
        Database db(path);
        QVERIFY2(db.open(&error), qPrintable(error));
        openNs = opening.nsecsElapsed();
    }
    const quint32 windowUs = quint32(std::max<qint64>(openNs / 1000 * 3 / 2, 200));
    int kills = 0;
    int completed = 0;
    QMap<int, int> versionsSeen;
    QElapsedTimer timer;
    timer.start();
    for (int run = 1; run <= kRuns; ++run) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database db(path);
            QString error;
            QVERIFY2(db.open(&error, 1), qPrintable(error));
            QSqlQuery insert(db.handle());
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO companies (name) VALUES ('Old Co')")));
            // Every other run as the versions before the mark left it: the
            // mark and the identity are then written too, before the backup.
            if (run % 2 == 0) {
                QVERIFY(insert.exec(QStringLiteral("DROP TABLE meta")));
                QVERIFY(insert.exec(QStringLiteral("PRAGMA application_id = 0")));
            }
        }
        QProcess child;
        child.start(qEnvironmentVariable("SRDI_WRITER"), {QStringLiteral("open"), path});
        QVERIFY(child.waitForStarted(5000));
        // Until the child is about to open, then a random part of the opening.
        while (!child.canReadLine() && child.state() != QProcess::NotRunning)
            child.waitForReadyRead(1000);
        QThread::usleep(random.bounded(windowUs));
        if (child.state() != QProcess::NotRunning) {
            child.kill();
            child.waitForFinished(5000);
            ++kills;
        } else {
            QCOMPARE(child.exitCode(), 0);
            ++completed;
        }

        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
        int version = -1;
        {
            const QString name = QStringLiteral("upgrade-check-%1").arg(run);
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(path);
                QVERIFY(raw.open());
                QSqlQuery query(raw);
                QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
                version = query.value(0).toInt();
                query.finish();
                raw.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        ++versionsSeen[version];
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QVERIFY(ProfileStore(db).findByName(QStringLiteral("Old Co")));
        QCOMPARE(db.identity().size(), 32);
        for (const BackupInfo &b : Backup::list(path))
            QVERIFY2(b.usable, qPrintable(b.problem));
    }
    QStringList seen;
    for (auto it = versionsSeen.cbegin(); it != versionsSeen.cend(); ++it)
        seen.append(QStringLiteral("version %1: %2 times").arg(it.key()).arg(it.value()));
    qInfo("upgrade: %d runs, %d killed (SIGKILL) within %u us of opening, %d finished first; after "
          "the child: %s; %lld ms",
          kRuns, kills, windowUs, completed, qPrintable(seen.join(QStringLiteral(", "))),
          qlonglong(timer.elapsed()));
    QVERIFY(kills > 0);
}

QTEST_GUILESS_MAIN(TestKillSafety)
#include "test_killsafety.moc"
