// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "storage/TransactionGuard.h"
#include "support/Files.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using srdi::Database;

using srdi::test::readAll;

namespace {

// A plain QSQLITE connection, to look at and prepare files behind Database's back.
class RawConnection
{
public:
    explicit RawConnection(const QString &path) : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        if (query.exec(sql))
            return true;
        qInfo("SQL failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

QVariant pragma(const Database &db, const QString &name)
{
    QSqlQuery query(db.handle());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

bool hasColumn(const QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = ?")))
        return false;
    query.addBindValue(table);
    query.addBindValue(column);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

bool hasTable(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.prepare(
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?")))
        return false;
    query.addBindValue(table);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

// rw for the owner, nothing for anyone else.
bool isUserOnly(const QString &path)
{
    const QFileDevice::Permissions perms = QFile::permissions(path);
    const QFileDevice::Permissions forbidden = QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                               QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                               QFileDevice::ReadOther | QFileDevice::WriteOther |
                                               QFileDevice::ExeOther;
    return perms.testFlag(QFileDevice::ReadOwner) && perms.testFlag(QFileDevice::WriteOwner) &&
           !(perms & forbidden);
}

// A database at schema version 1 made without Database: step 1 by hand.
bool makeVersion1(const QString &path)
{
    RawConnection raw(path);
    if (!raw.isOpen())
        return false;
    for (const QString &statement : Database::migrationStatements(1)) {
        if (!raw.exec(statement))
            return false;
    }
    return raw.exec(QStringLiteral("PRAGMA user_version = 1"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void freshDatabase();
    void reopenKeepsData();
    void severalOpenAtOnce();
    void closeRemovesConnection();
    void defaultPath();
    void migrationSteps();
    void migratesFromVersion1();
    void migratesFromVersion4AddsTheRecognitionRoute();
    void refusesNewerVersion();
    void refusesNonDatabase();
    void failingMigrationRollsBack();
    void migrateToUnknownVersionFails();
    void refusesUnopenableFile_data();
    void refusesUnopenableFile();
    void failureKinds();
    void transactionsBeginImmediate();
    void marksOlderDatabaseOfOurs();
    void refusesForeignCompaniesTable();
    void refusesOtherApplicationId();
    void emptyFileIsNewAndUserOnly();
    void deferredCheckFindsDamageLater();
};

void TestDatabase::init()
{
    // Qt SQL reports misuse ("connection still in use", ...) as warnings.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestDatabase::freshDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nested/folder/srdi.sqlite"));

    Database db(path);
    QVERIFY(!db.isOpen());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(db.isOpen());
    QCOMPARE(db.path(), path);
    QVERIFY(QFileInfo::exists(path));

    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), Database::kSchemaVersion);
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 1); // NORMAL
    QCOMPARE(pragma(db, QStringLiteral("busy_timeout")).toInt(), Database::kBusyTimeoutMs);
    QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), Database::kApplicationId);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(db.identity()).hasMatch());
    QCOMPARE(Database::readIdentity(path), db.identity());

    for (const QString &table :
         {QStringLiteral("companies"), QStringLiteral("fiscal_years"),
          QStringLiteral("recognitions"), QStringLiteral("sci_tech_awards"),
          QStringLiteral("honors"), QStringLiteral("chuangke_china"),
          QStringLiteral("standards_led"), QStringLiteral("specialization_fields"),
          QStringLiteral("development_scores"), QStringLiteral("plan_items")})
        QVERIFY2(hasTable(db.handle(), table), qPrintable(table));
    QVERIFY(hasColumn(db.handle(), QStringLiteral("companies"), QStringLiteral("updated_at")));

#ifdef Q_OS_UNIX
    QVERIFY2(isUserOnly(path), qPrintable(QString::number(QFile::permissions(path), 16)));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            QVERIFY2(isUserOnly(path + suffix), qPrintable(suffix));
    }
#endif

    // Opening again is a no-op.
    QVERIFY(db.open(&error));
    db.close();
    QVERIFY(!db.isOpen());
    QCOMPARE(db.schemaVersion(), -1);
}

void TestDatabase::reopenKeepsData()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    QString error;
    {
        Database db(path);
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlQuery insert(db.handle());
        QVERIFY(insert.prepare(
            QStringLiteral("INSERT INTO companies (name, assessment_year) VALUES (?, ?)")));
        insert.addBindValue(QStringLiteral("甘肃某某科技有限公司"));
        insert.addBindValue(2026);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    // Opened as the window opens it too: checked on a worker thread first.
    for (const bool background : {false, true}) {
        Database db(path);
        if (background)
            db.startCheckInBackground();
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QSqlQuery query(db.handle());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM companies")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("甘肃某某科技有限公司"));
    }
}

void TestDatabase::severalOpenAtOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    Database a(dir.filePath(QStringLiteral("a.sqlite")));
    Database b(dir.filePath(QStringLiteral("b.sqlite")));
    Database a2(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY2(a.open(&error), qPrintable(error));
    QVERIFY2(b.open(&error), qPrintable(error));
    QVERIFY2(a2.open(&error), qPrintable(error));
    QVERIFY(a.isOpen() && b.isOpen() && a2.isOpen());
    QVERIFY(a.handle().connectionName() != b.handle().connectionName());
    QVERIFY(a.handle().connectionName() != a2.handle().connectionName());

    // Both connections to a.sqlite see the same data.
    QSqlQuery insert(a.handle());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO companies (name) VALUES ('shared')")));
    QSqlQuery count(a2.handle());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM companies")) && count.next());
    QCOMPARE(count.value(0).toInt(), 1);
    QSqlQuery countB(b.handle());
    QVERIFY(countB.exec(QStringLiteral("SELECT COUNT(*) FROM companies")) && countB.next());
    QCOMPARE(countB.value(0).toInt(), 0);
}

void TestDatabase::closeRemovesConnection()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QString name;
    {
        Database db(dir.filePath(QStringLiteral("srdi.sqlite")));
        QVERIFY2(db.open(&error), qPrintable(error));
        name = db.handle().connectionName();
        QVERIFY(QSqlDatabase::contains(name));
        db.close();
        QVERIFY(!QSqlDatabase::contains(name));
        QVERIFY(!db.handle().isValid());
        QVERIFY2(db.open(&error), qPrintable(error));
        name = db.handle().connectionName();
        QVERIFY(QSqlDatabase::contains(name));
    }
    // The destructor closes too.
    QVERIFY(!QSqlDatabase::contains(name));
}

void TestDatabase::defaultPath()
{
    const QString path = Database::defaultPath();
    QVERIFY(path.endsWith(QStringLiteral("/srdi.sqlite")));
    QCOMPARE(path, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                       QStringLiteral("/srdi.sqlite"));
}

void TestDatabase::migrationSteps()
{
    QVERIFY(Database::migrationStatements(0).isEmpty());
    for (int version = 1; version <= Database::kSchemaVersion; ++version)
        QVERIFY(!Database::migrationStatements(version).isEmpty());
    QVERIFY(Database::migrationStatements(Database::kSchemaVersion + 1).isEmpty());
}

// Step 5 (issue 18, item 4): recognitions get a nullable `route`; rows of a
// version-4 database keep their data and read as "not recorded".
void TestDatabase::migratesFromVersion4AddsTheRecognitionRoute()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    {
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error, 4), qPrintable(error));
        QCOMPARE(db.schemaVersion(), 4);
        QVERIFY(!hasColumn(db.handle(), QStringLiteral("recognitions"), QStringLiteral("route")));
        QSqlQuery q(db.handle());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO companies (id, name) VALUES (7, 'Old Co')")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO recognitions (company_id, position, tier, granted)"
                                       " VALUES (7, 0, 'innovative', '2025-06-30')")),
                 qPrintable(q.lastError().text()));
    }
    QVERIFY(Database::migrationStatements(5).join(u' ').contains(QStringLiteral("route")));
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    QVERIFY(hasColumn(db.handle(), QStringLiteral("recognitions"), QStringLiteral("route")));
    // Step 6: the list's columns; the summaries are derived and computed again.
    for (const char *column : {"held_rank", "score_upper", "next_missing", "open_gaps", "revenue", "rd_ratio", "name_key"})
        QVERIFY2(hasColumn(db.handle(), QStringLiteral("company_summary"), QString::fromLatin1(column)), column);
    QVERIFY(Database::migrationStatements(6).join(u' ').contains(QStringLiteral("DELETE FROM company_summary")));
    QSqlQuery q(db.handle());
    QVERIFY(q.exec(QStringLiteral("SELECT tier, granted, route FROM recognitions WHERE company_id = 7")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("innovative"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("2025-06-30"));
    QVERIFY(q.value(2).isNull());
    QVERIFY(q.exec(QStringLiteral("UPDATE recognitions SET route = 'tech_sme' WHERE company_id = 7")));
}

void TestDatabase::migratesFromVersion1()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(makeVersion1(path));
    {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QVERIFY(!hasColumn(raw.db(), QStringLiteral("companies"), QStringLiteral("updated_at")));
        QSqlQuery insert(raw.db());
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO companies (name, credit_code, assessment_year, honors_known)"
            " VALUES (?, ?, ?, ?)")));
        insert.addBindValue(QStringLiteral("Old Co"));
        insert.addBindValue(QStringLiteral("91620100MA72XXXXXX"));
        insert.addBindValue(2025);
        insert.addBindValue(1);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }

    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);

    const QSqlDatabase handle = db.handle();
    QSqlQuery query(handle);
    QVERIFY(query.exec(
        QStringLiteral("SELECT name, credit_code, assessment_year, updated_at FROM companies")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Old Co"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("91620100MA72XXXXXX"));
    QCOMPARE(query.value(2).toInt(), 2025);
    QVERIFY(query.isNull(3));
    QVERIFY(!query.next());
    QVERIFY(hasColumn(handle, QStringLiteral("companies"), QStringLiteral("updated_at")));
    QVERIFY(hasTable(handle, QStringLiteral("plan_items")));
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
}

void TestDatabase::refusesNewerVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE from_the_future (x INTEGER)")));
        QVERIFY(
            raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)));
    }
    const QByteArray before = readAll(path);
    QVERIFY(!before.isEmpty());

    Database db(path);
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY(!db.isOpen());
    QVERIFY(error.contains(QDir::toNativeSeparators(path)));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    QCOMPARE(readAll(path), before);

    // Still the newer version, still in its own journal mode: nothing was migrated.
    RawConnection raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(),
             Database::kSchemaVersion + 1);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
}

void TestDatabase::refusesNonDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QByteArray text;
    while (text.size() < 4096)
        text += "This is a plain text file, not an SQLite database. 这不是数据库。\n";
    text.truncate(4096);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(text), qint64(text.size()));
    }
    const QFileDevice::Permissions permissions = QFile::permissions(path);

    Database db(path);
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY(!db.isOpen());
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("not a database")), qPrintable(error));
    QCOMPARE(readAll(path), text);
    QCOMPARE(QFile::permissions(path), permissions);
    // Nothing was created beside it either.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("notes.sqlite")});
}

void TestDatabase::failingMigrationRollsBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sabotaged.sqlite"));
    QString error;
    {
        Database db(path);
        QVERIFY2(db.open(&error, 1), qPrintable(error));
        QCOMPARE(db.schemaVersion(), 1);
        QVERIFY(!hasTable(db.handle(), QStringLiteral("plan_items")));

        // Step 2 creates plan_items: a table of that name makes it fail after
        // it has already added companies.updated_at.
        QSqlQuery sabotage(db.handle());
        QVERIFY(sabotage.exec(QStringLiteral("CREATE TABLE plan_items (x INTEGER)")));

        QVERIFY(!db.migrateTo(2, &error));
        QVERIFY2(error.contains(QStringLiteral("plan_items")), qPrintable(error));
        QVERIFY(error.contains(QDir::toNativeSeparators(path)));
        QCOMPARE(db.schemaVersion(), 1);
        QVERIFY(!hasColumn(db.handle(), QStringLiteral("companies"), QStringLiteral("updated_at")));
        QVERIFY(db.isOpen());
        // The connection is usable afterwards (no transaction left open).
        QSqlQuery insert(db.handle());
        QVERIFY2(insert.exec(QStringLiteral("INSERT INTO companies (name) VALUES ('after')")),
                 qPrintable(insert.lastError().text()));
    }

    // open() runs the same migration, fails the same way and leaves version 1.
    error.clear();
    Database db(path);
    QVERIFY(!db.open(&error));
    QVERIFY(!db.isOpen());
    QVERIFY2(error.contains(QStringLiteral("plan_items")), qPrintable(error));

    RawConnection raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QVERIFY(!hasColumn(raw.db(), QStringLiteral("companies"), QStringLiteral("updated_at")));
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM companies")).toInt(), 1);
}

void TestDatabase::migrateToUnknownVersionFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db(dir.filePath(QStringLiteral("srdi.sqlite")));
    QString error;
    QVERIFY(!db.migrateTo(Database::kSchemaVersion, &error)); // not open
    QVERIFY(!error.isEmpty());
    QVERIFY2(db.open(&error), qPrintable(error));
    error.clear();
    QVERIFY(!db.migrateTo(Database::kSchemaVersion + 1, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    // Already there: nothing to do.
    QVERIFY(db.migrateTo(Database::kSchemaVersion, &error));
    QVERIFY(db.migrateTo(1, &error));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
}

// A database of ours with enough companies to span many pages, in WAL mode
// and closed cleanly (as the program leaves it); its bytes.
QByteArray makeWalDatabase(const QString &path)
{
    {
        Database db(path);
        QString error;
        if (!db.open(&error))
            return {};
        QSqlQuery insert(db.handle());
        if (!insert.prepare(QStringLiteral("INSERT INTO companies (name, main_product) VALUES (?, ?)")))
            return {};
        for (int i = 0; i < 200; ++i) {
            insert.addBindValue(QStringLiteral("Company %1").arg(i));
            insert.addBindValue(QString(200, QLatin1Char('a' + i % 26)));
            if (!insert.exec())
                return {};
        }
    }
    return readAll(path);
}

void TestDatabase::refusesUnopenableFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // in the message
    QTest::addColumn<bool>("background"); // the window's way: quick_check started on a worker thread
    const std::pair<const char *, const char *> cases[] = {
        {"damaged", "damaged"},       {"header", "not a database"}, {"half", "malformed"},
        {"stub", "malformed"},        {"png", "not a database"},    {"text", "not a database"},
        {"foreign", "another program"}, {"foreign-versioned", "another program"}, {"newer", "newer"},
    };
    for (const bool background : {false, true}) {
        for (const auto &[kind, expected] : cases)
            QTest::addRow("%s%s", kind, background ? " (checked in the background)" : "")
                << QString::fromLatin1(kind) << QString::fromLatin1(expected) << background;
    }
}

// A file that is no database of ours, or a damaged or newer one, is refused
// with a message naming it and what is wrong, and left byte for byte as it was,
// with nothing created beside it.
void TestDatabase::refusesUnopenableFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));

    QByteArray bytes;
    if (kind == u"damaged" || kind == u"header" || kind == u"half" || kind == u"stub") {
        bytes = makeWalDatabase(path);
        QVERIFY(bytes.size() > 16 * 4096);
        if (kind == u"damaged") {
            // Garbage over the pages of the companies table, the header intact.
            for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 8192; ++i)
                bytes[i] = char(0xA5 ^ (i & 0xff));
        } else if (kind == u"header") {
            bytes.replace(0, 16, QByteArray(16, '\0'));
        } else if (kind == u"half") {
            bytes.truncate(bytes.size() / 2);
        } else {
            bytes.truncate(60);
        }
    } else if (kind == u"png") {
        bytes = QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                                    "1f15c4890000000d49444154789c6300010000050001"
                                    "0d0a2db40000000049454e44ae426082");
        bytes.append(QByteArray(4096, '\x7f'));
    } else if (kind == u"text") {
        while (bytes.size() < 10000)
            bytes += "Revenue 2025: 86,000,000 yuan. 营业收入。\n";
    } else if (kind.startsWith(u"foreign")) {
        {
            RawConnection raw(path);
            QVERIFY(raw.isOpen());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://example.org')")));
            if (kind == u"foreign-versioned")
                QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        bytes = readAll(path);
    } else if (kind == u"newer") {
        bytes = makeWalDatabase(path);
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)));
        }
        bytes = readAll(path);
        QCOMPARE(bytes.at(18), char(2)); // WAL mode in the header
    }
    QVERIFY(!bytes.isEmpty());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
    }
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(filesBefore, QStringList{QStringLiteral("srdi.sqlite")});

    Database db(path);
    QFETCH(bool, background);
    if (background)
        db.startCheckInBackground();
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY(!db.isOpen());
    qInfo("%s", qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(readAll(path), bytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), filesBefore);
}

// Why an open failed, for the window to offer a backup only after damage.
void TestDatabase::failureKinds()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    QByteArray bytes = makeWalDatabase(path);
    QString error;
    {
        Database db(path);
        QVERIFY(db.open(&error));
        QCOMPARE(db.failure(), Database::Failure::None);
    }
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)));
    }
    {
        Database db(path);
        QVERIFY(!db.open(&error));
        QCOMPARE(db.failure(), Database::Failure::Newer);
        QVERIFY(!Database::isDamage(db.failure()));
    }
    bytes.replace(0, 16, QByteArray(16, '\0'));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    {
        Database db(path);
        QVERIFY(!db.open(&error));
        QCOMPARE(db.failure(), Database::Failure::NotADatabase);
        QVERIFY(Database::isDamage(db.failure()));
    }
    // A folder where the file should be: not damage.
    const QString folder = dir.filePath(QStringLiteral("folder.sqlite"));
    QVERIFY(QDir().mkpath(folder));
    {
        Database db(folder);
        QVERIFY(!db.open(&error));
        QVERIFY2(!Database::isDamage(db.failure()), qPrintable(error));
    }
}

// Issue 16, finding 7: a write transaction takes the write lock when it
// begins, so that it waits on the busy timeout there; a deferred one began
// as a reader and failed with "database is locked" when it wrote after
// another writer.
void TestDatabase::transactionsBeginImmediate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    Database first(path);
    Database second(path);
    QString error;
    QVERIFY2(first.open(&error), qPrintable(error));
    QVERIFY2(second.open(&error), qPrintable(error));
    QSqlQuery(second.handle()).exec(QStringLiteral("PRAGMA busy_timeout = 0"));

    srdi::TransactionGuard writing(first.handle());
    QVERIFY(writing.isActive());
    {
        // The write lock is taken: a second writer cannot begin (with no
        // timeout to wait on here) instead of beginning and failing later.
        srdi::TransactionGuard blocked(second.handle());
        QVERIFY(!blocked.isActive());
        QVERIFY2(blocked.error().text().contains(QStringLiteral("locked")),
                 qPrintable(blocked.error().text()));
    }
    QVERIFY(writing.commit());
    srdi::TransactionGuard next(second.handle());
    QVERIFY(next.isActive());
    QSqlQuery insert(second.handle());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO companies (name) VALUES ('x')")));
    QVERIFY(next.commit());
    QVERIFY(!next.commit()); // once
}

// A database of an earlier version of ours (no mark, no identity) is marked
// and upgraded, its data kept.
void TestDatabase::marksOlderDatabaseOfOurs()
{
    for (int version = 1; version < Database::kSchemaVersion; ++version) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database db(path);
            QString error;
            QVERIFY2(db.open(&error, version), qPrintable(error));
        }
        {
            // As the versions before the mark left it.
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE meta")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = 0")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO companies (name) VALUES ('Old Co')")));
        }
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), Database::kApplicationId);
        QCOMPARE(db.identity().size(), 32);
        QSqlQuery query(db.handle());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM companies")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Old Co"));
    }
}

// Issue 16, finding 8: another program's database with a `companies` table
// and user_version 1 got new columns, a new table and user_version 2. It is
// refused and left byte for byte as it was; so is one of our shape whose
// tables differ by one column.
void TestDatabase::refusesForeignCompaniesTable()
{
    const QStringList variants = {QStringLiteral("foreign"), QStringLiteral("extra-column"),
                                  QStringLiteral("extra-table")};
    for (const QString &variant : variants) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("shop.sqlite"));
        if (variant == u"foreign") {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral(
                "CREATE TABLE companies (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO companies (name, price) VALUES ('Acme', 9.5)")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        } else {
            {
                Database db(path);
                QString error;
                QVERIFY2(db.open(&error, 1), qPrintable(error));
            }
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE meta")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = 0")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(raw.exec(variant == u"extra-column"
                                 ? QStringLiteral("ALTER TABLE companies ADD COLUMN price REAL")
                                 : QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY)")));
        }
        const QByteArray hash = QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
        const QStringList before = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

        Database db(path);
        QString error;
        QVERIFY2(!db.open(&error), qPrintable(variant));
        QCOMPARE(db.failure(), Database::Failure::Foreign);
        QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
        QCOMPARE(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256), hash);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), before);
        RawConnection raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    }
}

// A database marked by another program is refused untouched even when its
// tables are ours.
void TestDatabase::refusesOtherApplicationId()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    makeWalDatabase(path);
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = 1179602248"))); // 'FOSH'
    }
    const QByteArray hash = QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
    Database db(path);
    QString error;
    QVERIFY(!db.open(&error));
    QCOMPARE(db.failure(), Database::Failure::Foreign);
    QCOMPARE(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256), hash);
}

// Issue 16, finding 13: an empty file is a new database, and user-only like
// one this program creates.
void TestDatabase::emptyFileIsNewAndUserOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther));
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), Database::kApplicationId);
#ifdef Q_OS_UNIX
    const QFileDevice::Permissions userOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadUser | QFileDevice::WriteUser;
    QCOMPARE(QFile::permissions(path), userOnly);
    QCOMPARE(QFile::permissions(path + QStringLiteral("-wal")), userOnly);
#endif
}

// The window's way: opening reads the header and the schema only, the whole
// file is checked afterwards (on a worker thread); damage is found then and
// told as opening would have told it. A file that is no database still fails
// at opening.
void TestDatabase::deferredCheckFindsDamageLater()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
    QByteArray bytes = makeWalDatabase(path);
    QVERIFY(bytes.size() > 16 * 4096);
    {
        const Database::IntegrityCheck sound = Database::checkIntegrity(path);
        QVERIFY2(sound.ok, qPrintable(sound.error));
        QCOMPARE(sound.failure, Database::Failure::None);
        // Asked to stop: it stops, and says so rather than a verdict.
        const std::atomic<bool> stop{true};
        const Database::IntegrityCheck stopped = Database::checkIntegrity(path, &stop);
        QVERIFY(stopped.stopped);
        QVERIFY(!stopped.ok);
    }
    // Garbage over the pages of the companies table, the header intact.
    for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 8192; ++i)
        bytes[i] = char(0xA5 ^ (i & 0xff));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
    }
    QString error;
    {
        Database db(path);
        QVERIFY(!db.open(&error)); // checked at once: refused, as ever
        QVERIFY(Database::isDamage(db.failure()));
    }
    const QString refusedAtOnce = error;
    Database db(path);
    db.setIntegrityCheckDeferred(true);
    QVERIFY2(db.open(&error), qPrintable(error));
    const Database::IntegrityCheck check = Database::checkIntegrity(path);
    QVERIFY(!check.ok);
    QVERIFY(!check.stopped);
    QVERIFY(Database::isDamage(check.failure));
    // Told as opening tells it: the file named, then what is wrong.
    const QString opening = refusedAtOnce.left(refusedAtOnce.indexOf(QStringLiteral(": ")) + 2);
    QVERIFY2(opening.contains(QDir::toNativeSeparators(path)), qPrintable(opening));
    QVERIFY2(check.error.startsWith(opening), qPrintable(check.error));
    db.closeAsFailed(check.failure);
    QVERIFY(!db.isOpen());
    QVERIFY(Database::isDamage(db.failure()));

    // Not a database at all: refused at opening, deferred or not.
    bytes.replace(0, 16, QByteArray(16, '\0'));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
    }
    Database header(path);
    header.setIntegrityCheckDeferred(true);
    QVERIFY(!header.open(&error));
    QCOMPARE(header.failure(), Database::Failure::NotADatabase);
    QVERIFY2(error.contains(QStringLiteral("not a valid database")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
