// SPDX-License-Identifier: GPL-3.0-or-later
// Two processes on one database at the same moment (issue 16, finding 7):
// writers that wait for each other instead of failing with "database is
// locked", two first starts on a new file, two starts on a file of an older
// schema (each backing it up before the upgrade). The processes are real:
// tools/concurrent.cpp, started together.
#include "storage/Backup.h"
#include "storage/Database.h"
#include "support/Files.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace srdi;

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
    QString out;
};

// Starts one child per argument list, all released at the same moment, and
// waits for every one.
QList<Run> together(const QList<QStringList> &argumentLists, int timeoutMs = 120000)
{
    const QString at = QString::number(QDateTime::currentMSecsSinceEpoch() + 400);
    std::vector<std::unique_ptr<QProcess>> children;
    for (const QStringList &arguments : argumentLists) {
        auto child = std::make_unique<QProcess>();
        child->start(qEnvironmentVariable("SRDI_CONCURRENT"), QStringList(arguments) << at);
        children.push_back(std::move(child));
    }
    QList<Run> runs;
    for (auto &child : children) {
        Run run;
        if (child->waitForStarted(5000) && child->waitForFinished(timeoutMs) &&
            child->exitStatus() == QProcess::NormalExit)
            run.exitCode = child->exitCode();
        run.err = QString::fromUtf8(child->readAllStandardError());
        run.out = QString::fromUtf8(child->readAllStandardOutput());
        runs.append(run);
    }
    return runs;
}

// A database as the versions before the application id left it: schema
// version 1, no mark, `companies` companies in it.
bool makeUnmarkedVersion1(const QString &path, int companies)
{
    {
        Database db(path);
        QString error;
        if (!db.open(&error, 1))
            return false;
        QSqlDatabase handle = db.handle();
        QSqlQuery query(handle);
        if (!query.exec(QStringLiteral("DROP TABLE meta")) ||
            !query.exec(QStringLiteral("PRAGMA application_id = 0")) || !handle.transaction())
            return false;
        query.prepare(QStringLiteral("INSERT INTO companies (name, main_product) VALUES (?, ?)"));
        for (int i = 0; i < companies; ++i) {
            query.addBindValue(QStringLiteral("Old Co %1").arg(i));
            query.addBindValue(QString(300, QLatin1Char('a' + i % 26)));
            if (!query.exec())
                return false;
        }
        if (!handle.commit())
            return false;
    }
    return true;
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.handle());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoWritersOneDatabase();
    void twoFirstStarts();
    void twoStartsOnAnOlderSchema();
};

void TestConcurrency::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("SRDI_CONCURRENT")),
             "SRDI_CONCURRENT must name the built concurrent tool");
}

// 2 processes x 200 write transactions, each reading before it writes, on one
// new database: every one commits (waiting for the other), none fails.
void TestConcurrency::twoWritersOneDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    constexpr int kEach = 200;
    const QList<Run> runs = together({
        {QStringLiteral("insert"), path, QStringLiteral("a"), QString::number(kEach)},
        {QStringLiteral("insert"), path, QStringLiteral("b"), QString::number(kEach)},
    });
    int locked = 0;
    for (const Run &run : runs) {
        locked += int(run.err.count(QStringLiteral("locked")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.left(2000)));
        QCOMPARE(run.out.trimmed(), QStringLiteral("%1 added, 0 failed").arg(kEach));
    }
    QCOMPARE(locked, 0);
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT name) FROM companies")), 2 * kEach);
    qInfo("2 processes x %d transactions: %lld companies, 0 failed", kEach,
          scalar(db, QStringLiteral("SELECT COUNT(*) FROM companies")));
}

// Two first starts on a file that does not exist yet: both open it, the
// schema is created once.
void TestConcurrency::twoFirstStarts()
{
    constexpr int kRounds = 10;
    for (int round = 0; round < kRounds; ++round) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        const QList<Run> runs = together({{QStringLiteral("open"), path}, {QStringLiteral("open"), path}});
        for (const Run &run : runs)
            QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(run.err)));
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")), qint64(Database::kApplicationId));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM meta")), 1);
    }
}

// Two starts at once on a database of schema version 1 with companies: both
// open it; each backup taken before the upgrade is complete (no process
// removed the other's file being written); the data is all there.
void TestConcurrency::twoStartsOnAnOlderSchema()
{
    constexpr int kRounds = 6;
    constexpr int kCompanies = 3000;
    int backups = 0;
    for (int round = 0; round < kRounds; ++round) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(makeUnmarkedVersion1(path, kCompanies));
        const QList<Run> runs = together({{QStringLiteral("open"), path}, {QStringLiteral("open"), path}});
        for (const Run &run : runs)
            QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(run.err)));

        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM companies")), kCompanies);
        const QList<BackupInfo> listed = Backup::list(path);
        QVERIFY(!listed.isEmpty());
        for (const BackupInfo &b : listed) {
            QVERIFY2(b.usable, qPrintable(b.problem));
            QCOMPARE(b.companies, qint64(kCompanies));
        }
        backups += int(listed.size());
        const QStringList parts = QDir(Backup::folderFor(path))
                                      .entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
        QVERIFY2(parts.isEmpty(), qPrintable(parts.join(u' ')));
    }
    qInfo("%d rounds of two starts on a version 1 file: %d backups, all usable", kRounds, backups);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "test_concurrency.moc"
