// SPDX-License-Identifier: GPL-3.0-or-later
// A shared portfolio on a PostgreSQL server, as a team uses it: two copies of
// the program in two processes, signed in as two colleagues (alice here, in
// this process; bob in tools/sharedclient.cpp, a step at a time), on one
// database that belongs to their team's role. What each writes stays, a
// field both changed is a conflict for the second instead of an overwrite,
// each window hears the other's commits, the history names who changed what;
// and the ways a server can fail are told apart.
//
// PostgreSQL only: it runs on the throwaway server of the ctest fixture
// pg_server (SRDI_TEST_PG) and fails without it.
#include "io/CreditCode.h"
#include "model/Patch.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "support/PgTestDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace srdi;
using test::PgTestDatabase;

namespace {

const QString kMainProduct = QStringLiteral("company.main_product");
const QString kRdExpense = QStringLiteral("years.2025.rd_expense");

// The credit code of batch company n (a valid check character).
QString batchCode(int n)
{
    const QString first17 = QStringLiteral("9133010%1").arg(n, 10, 10, QLatin1Char('0'));
    return first17 + creditcode::checkCharacter(first17);
}

// Batch company n: a name, a code and one year's figures.
Profile batchProfile(int n)
{
    Profile p;
    p.assessmentYear = 2026;
    p.company.name = QStringLiteral("先行发送测试企业%1有限公司").arg(n, 4, 10, QLatin1Char('0'));
    p.company.creditCode = batchCode(n);
    p.company.region = QStringLiteral("330106");
    FiscalYear &fy = p.ensureYear(2025);
    fy.operatingRevenue = 30'000'000 + 1000 * n;
    fy.rdExpense = 1'000'000 + n;
    return p;
}

Profile startingProfile()
{
    Profile p;
    p.assessmentYear = 2026;
    p.company.name = QStringLiteral("兰州共享精密机械有限公司");
    p.company.creditCode = QStringLiteral("91620100MA72SHARED");
    p.company.region = QStringLiteral("620100");
    p.company.mainProduct = QStringLiteral("主轴");
    FiscalYear &fy = p.ensureYear(2025);
    fy.operatingRevenue = 86'000'000;
    fy.rdExpense = 4'000'000;
    return p;
}

// The other colleague's copy of the program: a process of its own.
class Colleague
{
public:
    Colleague(const QString &uri, const QString &password)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SRDI_TEST_PASSWORD"), password);
        m_process.setProcessEnvironment(env);
        m_process.start(qEnvironmentVariable("SRDI_SHAREDCLIENT"), {uri});
    }
    ~Colleague()
    {
        if (m_process.state() == QProcess::Running) {
            m_process.write("quit\n");
            m_process.closeWriteChannel();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
        }
        m_process.waitForFinished(5000);
    }
    Colleague(const Colleague &) = delete;
    Colleague &operator=(const Colleague &) = delete;

    // Sends one command and returns its one-line answer.
    QString ask(const QString &command)
    {
        if (m_process.state() != QProcess::Running && !m_process.waitForStarted(10000))
            return QStringLiteral("not started: ") + m_process.errorString();
        m_process.write(command.toUtf8() + '\n');
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine()) {
            if (timer.elapsed() > 60000 || !m_process.waitForReadyRead(1000)) {
                if (m_process.state() != QProcess::Running || timer.elapsed() > 60000)
                    return QStringLiteral("no answer to %1: %2").arg(command, QString::fromUtf8(m_process.readAllStandardError()));
            }
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

private:
    QProcess m_process;
};

} // namespace

class TestSharedServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void differentFieldsOfOneCompanyBothStay();
    void sameFieldFromTheSameVersionIsAConflictForTheSecond();
    void windowHearsTheOtherProcessNotItself();
    void historyNamesBothColleagues();

    void serverDownIsUnreachable();
    void wrongPasswordIsRefused();
    void noPasswordIsAskedFor();
    void anotherProgramsDatabaseIsLeftUntouched_data();
    void anotherProgramsDatabaseIsLeftUntouched();
    void connectionKilledMidSessionReconnects();
    void batchOnTheServerStoresWhatItStoresInAFile();
    void rowsSentAheadThatTheServerRefusesFailTheirGroupWhole();
    void batchKilledOnTheServerLeavesWholeCompaniesAndARerunCompletes();

private:
    // Alice's copy of the program in this process, signed in with her password.
    std::unique_ptr<Database> openAsAlice(QString *error);

    std::unique_ptr<PgTestDatabase> m_pg;
};

void TestSharedServer::initTestCase()
{
    QVERIFY2(PgTestDatabase::requested(), "SRDI_TEST_PG must name the test server (the ctest fixture pg_server)");
    QVERIFY2(QFile::exists(qEnvironmentVariable("SRDI_SHAREDCLIENT")),
             "SRDI_SHAREDCLIENT must name the built sharedclient tool");
}

void TestSharedServer::init()
{
    m_pg = std::make_unique<PgTestDatabase>(QStringList{QStringLiteral("alice"), QStringLiteral("bob")});
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
}

void TestSharedServer::cleanup()
{
    m_pg.reset();
}

std::unique_ptr<Database> TestSharedServer::openAsAlice(QString *error)
{
    const QString uri = m_pg->uriFor(m_pg->role(QStringLiteral("alice")));
    Database::rememberPassword(uri, m_pg->password(QStringLiteral("alice")));
    auto db = std::make_unique<Database>(uri);
    if (!db->open(error))
        return nullptr;
    return db;
}

// Alice edits the product, Bob (from the same starting version, in another
// process) the R&D expense: both writes succeed, both values are stored.
void TestSharedServer::differentFieldsOfOneCompanyBothStay()
{
    QString error;
    const std::unique_ptr<Database> db = openAsAlice(&error);
    QVERIFY2(db, qPrintable(error));
    ProfileStore store(*db);
    const Profile original = startingProfile();
    const std::optional<qint64> id = store.insert(original, &error);
    QVERIFY2(id, qPrintable(error));

    Colleague bob(m_pg->uriFor(m_pg->role(QStringLiteral("bob"))), m_pg->password(QStringLiteral("bob")));
    QCOMPARE(bob.ask(QStringLiteral("open")), QStringLiteral("ok ") + m_pg->role(QStringLiteral("bob")));
    QCOMPARE(bob.ask(QStringLiteral("load %1").arg(*id)), QStringLiteral("ok 1"));

    Profile mine = original;
    mine.company.mainProduct = QStringLiteral("alice's spindle");
    const PatchOutcome outcome = store.apply(*id, Patch::between(original, mine));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.applied, QStringList{kMainProduct});

    QCOMPARE(bob.ask(QStringLiteral("set %1 %2 4200000").arg(*id).arg(kRdExpense)), QStringLiteral("ok ") + kRdExpense);

    const std::optional<Profile> stored = store.load(*id, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->company.mainProduct, mine.company.mainProduct);
    QCOMPARE(stored->fiscalYear(2025)->rdExpense, Opt<Yuan>(4'200'000));
    QCOMPARE(*store.version(*id), 3);
    // A third reader sees the same.
    Database reader(m_pg->uri());
    QVERIFY2(reader.open(&error), qPrintable(error));
    QCOMPARE(*ProfileStore(reader).load(*id), *stored);
}

// Both change the product from version 1: whoever writes second gets a
// conflict naming the field, and the first one's value stays. Both ways
// round: Bob second (his process is told), then Alice second (this one).
void TestSharedServer::sameFieldFromTheSameVersionIsAConflictForTheSecond()
{
    QString error;
    const std::unique_ptr<Database> db = openAsAlice(&error);
    QVERIFY2(db, qPrintable(error));
    ProfileStore store(*db);
    const Profile original = startingProfile();
    const std::optional<qint64> id = store.insert(original, &error);
    QVERIFY2(id, qPrintable(error));
    Colleague bob(m_pg->uriFor(m_pg->role(QStringLiteral("bob"))), m_pg->password(QStringLiteral("bob")));
    QVERIFY(bob.ask(QStringLiteral("open")).startsWith(QLatin1String("ok ")));

    // Bob second.
    QCOMPARE(bob.ask(QStringLiteral("load %1").arg(*id)), QStringLiteral("ok 1"));
    Profile mine = original;
    mine.company.mainProduct = QStringLiteral("alice's spindle");
    const PatchOutcome first = store.apply(*id, Patch::between(original, mine));
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(bob.ask(QStringLiteral("set %1 %2 bob's bearing").arg(*id).arg(kMainProduct)),
             QStringLiteral("conflict ") + kMainProduct);
    QCOMPARE(store.load(*id)->company.mainProduct, mine.company.mainProduct);
    QCOMPARE(*store.version(*id), 2);

    // Alice second: both start from version 2, Bob writes first.
    QCOMPARE(bob.ask(QStringLiteral("load %1").arg(*id)), QStringLiteral("ok 2"));
    qint64 version = 0;
    const Profile seen = *store.load(*id, &version, &error);
    QCOMPARE(version, 2);
    QCOMPARE(bob.ask(QStringLiteral("set %1 %2 bob's bearing").arg(*id).arg(kMainProduct)),
             QStringLiteral("ok ") + kMainProduct);
    Profile again = seen;
    again.company.mainProduct = QStringLiteral("alice's second spindle");
    const PatchOutcome second = store.apply(*id, Patch::between(seen, again));
    QVERIFY(!second.ok);
    QCOMPARE(second.conflicts, QStringList{kMainProduct});
    QCOMPARE(second.stored.company.mainProduct, Opt<QString>(QStringLiteral("bob's bearing"))); // shown to her
    QCOMPARE(store.load(*id)->company.mainProduct, Opt<QString>(QStringLiteral("bob's bearing")));
    QCOMPARE(*store.version(*id), 3);
}

// The window's Database hears Bob's commit (another process) within a
// second, counted and passed to its handler; not its own.
void TestSharedServer::windowHearsTheOtherProcessNotItself()
{
    QString error;
    const std::unique_ptr<Database> db = openAsAlice(&error);
    QVERIFY2(db, qPrintable(error));
    int handled = 0;
    db->setChangeHandler([&handled] { ++handled; });
    ProfileStore store(*db);
    const Profile original = startingProfile();
    const std::optional<qint64> id = store.insert(original, &error);
    QVERIFY2(id, qPrintable(error));
    Colleague bob(m_pg->uriFor(m_pg->role(QStringLiteral("bob"))), m_pg->password(QStringLiteral("bob")));
    QVERIFY(bob.ask(QStringLiteral("open")).startsWith(QLatin1String("ok ")));
    QVERIFY(bob.ask(QStringLiteral("load %1").arg(*id)).startsWith(QLatin1String("ok ")));
    QCOMPARE(db->changesHeard(), 0); // its own insert is not another's

    QElapsedTimer heard;
    heard.start();
    QCOMPARE(bob.ask(QStringLiteral("set %1 %2 4200000").arg(*id).arg(kRdExpense)), QStringLiteral("ok ") + kRdExpense);
    QTRY_COMPARE_WITH_TIMEOUT(db->changesHeard(), 1, 1000);
    qInfo("heard the other process's commit after %lld ms", heard.elapsed());
    QCOMPARE(handled, 1);
    QCOMPARE(store.dataVersion(), 1);

    // Its own write: no notice of its own.
    Profile mine = *store.load(*id);
    const Profile seen = mine;
    mine.company.mainProduct = QStringLiteral("alice's spindle");
    const PatchOutcome own = store.apply(*id, Patch::between(seen, mine));
    QVERIFY2(own.ok, qPrintable(own.error));
    QTest::qWait(300); // a notice of its own would have arrived by now
    QCOMPARE(db->changesHeard(), 1);
    QCOMPARE(handled, 1);

    // And the next of Bob's, again.
    QCOMPARE(bob.ask(QStringLiteral("set %1 company.region 620200").arg(*id)), QStringLiteral("ok company.region"));
    QTRY_COMPARE_WITH_TIMEOUT(db->changesHeard(), 2, 1000);
    QCOMPARE(handled, 2);
}

// The history names each colleague with the fields they changed, newest first.
void TestSharedServer::historyNamesBothColleagues()
{
    QString error;
    const std::unique_ptr<Database> db = openAsAlice(&error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->author(), m_pg->role(QStringLiteral("alice")));
    ProfileStore store(*db);
    const Profile original = startingProfile();
    const std::optional<qint64> id = store.insert(original, &error);
    QVERIFY2(id, qPrintable(error));
    Profile mine = original;
    mine.company.mainProduct = QStringLiteral("alice's spindle");
    const PatchOutcome outcome = store.apply(*id, Patch::between(original, mine));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    Colleague bob(m_pg->uriFor(m_pg->role(QStringLiteral("bob"))), m_pg->password(QStringLiteral("bob")));
    QVERIFY(bob.ask(QStringLiteral("open")).startsWith(QLatin1String("ok ")));
    QVERIFY(bob.ask(QStringLiteral("load %1").arg(*id)).startsWith(QLatin1String("ok ")));
    QCOMPARE(bob.ask(QStringLiteral("set %1 %2 4200000").arg(*id).arg(kRdExpense)), QStringLiteral("ok ") + kRdExpense);

    const QList<HistoryEntry> history = store.history(*id, 500, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(history.size(), 3);
    const HistoryEntry &bobs = history.at(0);
    QCOMPARE(bobs.author, m_pg->role(QStringLiteral("bob")));
    QCOMPARE(bobs.action, QStringLiteral("changed"));
    QCOMPARE(bobs.changes.size(), 1);
    QCOMPARE(bobs.changes.at(0).field, kRdExpense);
    // (values as the exchange file gives them: money in 万元)
    QCOMPARE(bobs.changes.at(0).before.toDouble(), 400.0);
    QCOMPARE(bobs.changes.at(0).after.toDouble(), 420.0);
    const HistoryEntry &alices = history.at(1);
    QCOMPARE(alices.author, m_pg->role(QStringLiteral("alice")));
    QCOMPARE(alices.action, QStringLiteral("changed"));
    QCOMPARE(alices.changes.size(), 1);
    QCOMPARE(alices.changes.at(0).field, kMainProduct);
    QCOMPARE(alices.changes.at(0).before.toString(), QStringLiteral("主轴"));
    QCOMPARE(alices.changes.at(0).after.toString(), QStringLiteral("alice's spindle"));
    QCOMPARE(history.at(2).author, m_pg->role(QStringLiteral("alice")));
    QCOMPARE(history.at(2).action, QStringLiteral("created"));
    QVERIFY(history.at(1).at <= history.at(0).at);
    QVERIFY(qAbs(history.at(0).at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

// No server at the address (a socket folder with nothing in it): told as
// such, naming the database.
void TestSharedServer::serverDownIsUnreachable()
{
    QTemporaryDir nowhere;
    QVERIFY(nowhere.isValid());
    const QString uri = QStringLiteral("postgresql://%1@/%2?host=%3")
                            .arg(m_pg->role(QStringLiteral("alice")), m_pg->name(), nowhere.path());
    Database::rememberPassword(uri, m_pg->password(QStringLiteral("alice")));
    Database db(uri);
    QString error;
    QVERIFY(!db.open(&error));
    QCOMPARE(db.failure(), Database::Failure::Unreachable);
    QVERIFY2(error.contains(m_pg->name()), qPrintable(error));
    QVERIFY2(error.contains(db.displayName()), qPrintable(error));
    QVERIFY(!db.isOpen());
}

void TestSharedServer::wrongPasswordIsRefused()
{
    const QString uri = m_pg->uriFor(m_pg->role(QStringLiteral("alice")));
    Database::rememberPassword(uri, QStringLiteral("not-her-password"));
    Database db(uri);
    QString error;
    QVERIFY(!db.open(&error));
    QCOMPARE(db.failure(), Database::Failure::Refused);
    QVERIFY2(error.contains(m_pg->name()), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("not-her-password")), qPrintable(error));
    Database::forgetPassword(uri);
}

void TestSharedServer::noPasswordIsAskedFor()
{
    const QString uri = m_pg->uriFor(m_pg->role(QStringLiteral("bob")));
    Database::forgetPassword(uri);
    Database db(uri);
    QString error;
    QVERIFY(!db.open(&error));
    QCOMPARE(db.failure(), Database::Failure::PasswordNeeded);
    QVERIFY2(error.contains(m_pg->name()), qPrintable(error));
    // Given the password, the same address opens.
    Database::rememberPassword(uri, m_pg->password(QStringLiteral("bob")));
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(db.author(), m_pg->role(QStringLiteral("bob")));
}

void TestSharedServer::anotherProgramsDatabaseIsLeftUntouched_data()
{
    QTest::addColumn<QStringList>("setup");
    QTest::newRow("invoices") << QStringList{
        QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO invoices VALUES (1, 100), (2, 250), (3, 75)"),
    };
    QTest::newRow("a meta table of its own") << QStringList{
        QStringLiteral("CREATE TABLE meta (name TEXT PRIMARY KEY, setting TEXT)"),
        QStringLiteral("INSERT INTO meta VALUES ('application', 'ledger'), ('schema_version', '3')"),
    };
    QTest::newRow("another program's mark") << QStringList{
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO meta VALUES ('application', 'LEDGER'), ('schema_version', '1')"),
    };
}

// A database that holds another program's tables is refused and left as it
// was: no table added, none changed, its rows the same.
void TestSharedServer::anotherProgramsDatabaseIsLeftUntouched()
{
    QFETCH(QStringList, setup);
    QSqlDatabase admin = m_pg->superuser();
    QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
    const auto snapshot = [&admin] {
        QStringList out;
        QSqlQuery tables(admin);
        if (!tables.exec(QStringLiteral("SELECT c.relname, c.relkind, r.rolname,"
                                        " (SELECT string_agg(a.attname || ':' || format_type(a.atttypid, a.atttypmod), ','"
                                        "   ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0)"
                                        " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                        " JOIN pg_roles r ON r.oid = c.relowner"
                                        " WHERE n.nspname = 'public' ORDER BY c.relname")))
            return QStringList{tables.lastError().text()};
        QStringList relations;
        while (tables.next()) {
            out << QStringLiteral("%1 %2 %3 %4").arg(tables.value(0).toString(), tables.value(1).toString(),
                                                     tables.value(2).toString(), tables.value(3).toString());
            if (tables.value(1).toString() == QLatin1String("r"))
                relations << tables.value(0).toString();
        }
        for (const QString &table : relations) {
            QSqlQuery rows(admin);
            if (!rows.exec(QStringLiteral("SELECT string_agg(t::text, ';' ORDER BY t::text) FROM %1 t").arg(table)) ||
                !rows.next())
                return QStringList{rows.lastError().text()};
            out << table + QLatin1String(": ") + rows.value(0).toString();
        }
        return out;
    };
    for (const QString &statement : std::as_const(setup)) {
        QSqlQuery query(admin);
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    }
    QSqlQuery own(admin);
    QVERIFY(own.exec(QStringLiteral("SELECT 'ALTER TABLE ' || quote_ident(tablename) || ' OWNER TO ' ||"
                                    " (SELECT quote_ident(rolname) FROM pg_roles r JOIN pg_database d ON d.datdba = r.oid"
                                    "  WHERE d.datname = current_database())"
                                    " FROM pg_tables WHERE schemaname = 'public'")));
    QStringList owners;
    while (own.next())
        owners << own.value(0).toString();
    for (const QString &statement : std::as_const(owners)) // the team's tables: Alice could change them
        QVERIFY2(QSqlQuery(admin).exec(statement), qPrintable(statement));
    const QStringList before = snapshot();
    QVERIFY(before.size() >= 2);

    QString error;
    const std::unique_ptr<Database> db = openAsAlice(&error);
    QVERIFY(!db);
    QVERIFY2(error.contains(m_pg->name()), qPrintable(error));
    Database again(m_pg->uriFor(m_pg->role(QStringLiteral("alice"))));
    QVERIFY(!again.open(&error));
    QCOMPARE(again.failure(), Database::Failure::Foreign);
    QCOMPARE(snapshot(), before);
}

// The server ends the session (a restart, an administrator, a cut network):
// the next write fails with an error and writes nothing, the connection is
// known lost, reconnecting works, and the same patch then applies; changes
// are heard again on the new connection.
void TestSharedServer::connectionKilledMidSessionReconnects()
{
    QString error;
    const std::unique_ptr<Database> db = openAsAlice(&error);
    QVERIFY2(db, qPrintable(error));
    ProfileStore store(*db);
    const Profile original = startingProfile();
    const std::optional<qint64> id = store.insert(original, &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(store.load(*id)); // statements kept prepared on the session

    QVERIFY(!db->connectionLost());
    QCOMPARE(m_pg->terminateConnections(), 2); // the store's connection and its listener
    Profile mine = original;
    mine.company.mainProduct = QStringLiteral("alice's spindle");
    const Patch patch = Patch::between(original, mine);
    const PatchOutcome failed = store.apply(*id, patch);
    QVERIFY(!failed.ok);
    QVERIFY(failed.conflicts.isEmpty());
    QVERIFY2(!failed.error.isEmpty(), "a failed write says why");
    QVERIFY(db->connectionLost());

    QVERIFY2(db->reconnect(&error), qPrintable(error));
    QVERIFY(!db->connectionLost());
    const PatchOutcome applied = store.apply(*id, patch);
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QCOMPARE(applied.applied, QStringList{kMainProduct});
    QCOMPARE(store.load(*id)->company.mainProduct, mine.company.mainProduct);
    QCOMPARE(*store.version(*id), 2);

    // The new listener hears Bob.
    const qint64 heard = db->changesHeard();
    Colleague bob(m_pg->uriFor(m_pg->role(QStringLiteral("bob"))), m_pg->password(QStringLiteral("bob")));
    QVERIFY(bob.ask(QStringLiteral("open")).startsWith(QLatin1String("ok ")));
    QVERIFY(bob.ask(QStringLiteral("load %1").arg(*id)).startsWith(QLatin1String("ok ")));
    QCOMPARE(bob.ask(QStringLiteral("set %1 %2 4200000").arg(*id).arg(kRdExpense)), QStringLiteral("ok ") + kRdExpense);
    QTRY_COMPARE_WITH_TIMEOUT(db->changesHeard(), heard + 1, 1000);
}

QTEST_GUILESS_MAIN(TestSharedServer)
// A batch on the server writes a group's new companies as multi-row INSERTs
// and looks up the group's matches in one statement: what it stores and what
// it answers must be what the same batch stores and answers in a file —
// across groups (60 companies) and id draws (64), with the same company
// twice in one group (an update), a renamed one, a namesake with another
// credit code (a company of its own), one without a code (the namesake), run
// twice (every company matched the second time).
void TestSharedServer::batchOnTheServerStoresWhatItStoresInAFile()
{
    QTemporaryDir dir;
    const auto code = [](int n) {
        const QString first17 = QStringLiteral("9133010%1").arg(n, 10, 10, QLatin1Char('0'));
        return first17 + creditcode::checkCharacter(first17);
    };
    const QString header = QStringLiteral("name,credit_code,region,industry,assessment_year,y1_operating_revenue,"
                                          "y1_rd_expense,y1_employees,main_product\n");
    const auto row = [](const QString &name, const QString &creditCode, int revenue, const QString &product) {
        return QStringLiteral("%1,%2,330106,C34,2026,%3,%4,%5,%6\n")
            .arg(name, creditCode, QString::number(revenue), QString::number(revenue / 25), QString::number(revenue % 400 + 20),
                 product);
    };
    // 600 companies: groups of up to 240 on a server (ProfileStore::groupFull).
    QString csv = header;
    for (int i = 1; i <= 600; ++i) {
        // (Company 330 gives no product: taken for its namesake by mistake,
        // it would keep the namesake's.)
        csv += row(QStringLiteral("共享批量测试企业%1有限公司").arg(i, 3, 10, QLatin1Char('0')), code(i), 3000 + 37 * i,
                   i == 330 ? QString() : QStringLiteral("产品%1").arg(i));
        if (i == 300) {
            // Within the second group: company 280 again (an update of what
            // the group wrote), company 290 renamed, a namesake of company
            // 330 with company 460's code (before company 460 comes: a
            // company of its own, which company 460's row then updates), and
            // company 340's name without a code (the namesake itself).
            csv += row(QStringLiteral("共享批量测试企业280有限公司"), code(280), 9999, QStringLiteral("改过的产品"));
            csv += row(QStringLiteral("共享批量测试企业290改名有限公司"), code(290), 3000, QStringLiteral("产品290"));
            csv += row(QStringLiteral("共享批量测试企业330有限公司"), code(460), 4321, QStringLiteral("同名不同码"));
            csv += row(QStringLiteral("共享批量测试企业340有限公司"), QString(), 5555, QStringLiteral("无码同名"));
        }
    }
    // Then the first again, in another group.
    csv += row(QStringLiteral("共享批量测试企业001有限公司"), code(1), 1234, QStringLiteral("第一家改过"));
    const QString input = dir.filePath(QStringLiteral("companies.csv"));
    {
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv.toUtf8());
    }
    const QString exe = qEnvironmentVariable("SRDI_EXE");
    QVERIFY2(QFile::exists(exe), "SRDI_EXE must name the built executable");
    const QString uri = m_pg->uriFor(m_pg->role(QStringLiteral("alice")));
    const QString file = dir.filePath(QStringLiteral("same.sqlite"));
    const auto batch = [&](const QString &db, const QString &out) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), m_pg->password(QStringLiteral("alice")));
        p.setProcessEnvironment(env);
        p.start(exe, {QStringLiteral("--batch"), input, QStringLiteral("--db"), db, QStringLiteral("--out"), out,
                      QStringLiteral("--lang"), QStringLiteral("en")});
        if (!p.waitForFinished(120000))
            return QStringLiteral("did not finish");
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
    };
    const auto bytes = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    for (int run = 1; run <= 2; ++run) {
        const QString inFile = batch(file, dir.filePath(QStringLiteral("file%1.csv").arg(run)));
        const QString onServer = batch(uri, dir.filePath(QStringLiteral("server%1.csv").arg(run)));
        QCOMPARE(onServer.section(u':', -1), inFile.section(u':', -1)); // "600 added, 5 updated, …"
        qInfo("run %d: %s", run, qPrintable(inFile));
        QVERIFY2(inFile.contains(run == 1 ? QStringLiteral("600 added, 5 updated") : QStringLiteral("0 added, 10 updated, 595 unchanged")),
                 qPrintable(inFile));
        QCOMPARE(bytes(dir.filePath(QStringLiteral("server%1.csv").arg(run))),
                 bytes(dir.filePath(QStringLiteral("file%1.csv").arg(run))));
    }
    // What is stored: the same companies with the same figures.
    Database fileDb(file);
    QString error;
    QVERIFY2(fileDb.open(&error), qPrintable(error));
    std::unique_ptr<Database> serverDb = openAsAlice(&error);
    QVERIFY2(serverDb, qPrintable(error));
    ProfileStore inFile(fileDb), onServer(*serverDb);
    const QList<CompanySummary> a = inFile.list(), b = onServer.list();
    QCOMPARE(b.size(), a.size());
    QCOMPARE(a.size(), 600);
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(b.at(i).name, a.at(i).name);
        const std::optional<Profile> x = inFile.load(a.at(i).id), y = onServer.load(b.at(i).id);
        QVERIFY(x && y);
        QVERIFY2(*x == *y, qPrintable(a.at(i).name));
    }
}

// A batch's new companies' rows go to the server ahead, without waiting for
// its answer (pg::sendAhead). A row the server refuses there — a credit code
// another program stored meanwhile without this program's write lock — fails
// the group when it commits: nothing of the group is stored, the other
// program's row stays. The same companies written again in a new group are
// stored whole: the multi-row statements whose preparation the failure
// skipped are made again.
void TestSharedServer::rowsSentAheadThatTheServerRefusesFailTheirGroupWhole()
{
    QString error;
    const std::unique_ptr<Database> db = openAsAlice(&error);
    QVERIFY2(db, qPrintable(error));
    ProfileStore store(*db);
    QList<Profile> companies;
    QList<ProfileStore::MatchKey> keys;
    for (int n = 1; n <= 120; ++n) {
        companies.append(batchProfile(n));
        keys.append(ProfileStore::matchKey(companies.last()));
    }
    QVERIFY2(store.beginGroup(&error), qPrintable(error));
    QVERIFY(store.expectMatches(keys));
    QSqlDatabase other = m_pg->superuser();
    QSqlQuery insert(other);
    QVERIFY2(insert.exec(QStringLiteral("INSERT INTO companies (name, credit_code) VALUES ('别的程序写的企业', '%1')")
                             .arg(batchCode(5))),
             qPrintable(insert.lastError().text()));
    bool failed = false;
    for (const Profile &p : std::as_const(companies)) {
        const PatchOutcome out = store.importProfile(p, {}, ImportMode::Merge);
        if (!out.ok) {
            failed = true;
            error = out.error;
            break;
        }
    }
    if (!failed)
        failed = !store.commitGroup(&error);
    QVERIFY(failed);
    QVERIFY2(error.contains(QStringLiteral("companies_credit_code")), qPrintable(error));
    QVERIFY(store.commitGroup()); // the group is over (rolled back)
    QCOMPARE(store.count(), 1);

    companies.removeAt(4);
    keys.removeAt(4);
    QVERIFY2(store.beginGroup(&error), qPrintable(error));
    QVERIFY(store.expectMatches(keys));
    for (const Profile &p : std::as_const(companies)) {
        const PatchOutcome out = store.importProfile(p, {}, ImportMode::Merge);
        QVERIFY2(out.ok && out.created, qPrintable(out.error));
    }
    QVERIFY2(store.commitGroup(&error), qPrintable(error));
    QCOMPARE(store.count(), 120); // 119 and the other program's
    for (const CompanySummary &c : store.list()) {
        if (c.creditCode == batchCode(5))
            continue;
        const std::optional<Profile> stored = store.load(c.id);
        QVERIFY(stored);
        const int n = c.name.mid(8, 4).toInt();
        QVERIFY2(*stored == batchProfile(n), qPrintable(c.name));
    }
    QSqlQuery summaries(other);
    QVERIFY(summaries.exec(QStringLiteral("SELECT count(*) FROM company_summary")));
    QVERIFY(summaries.next());
    QCOMPARE(summaries.value(0).toInt(), 119);
}

// A batch on the server killed in the middle: what its committed groups
// wrote are whole companies (each with its year, its summary and its
// history), the open group went with the connection, and a re-run adds the
// rest.
void TestSharedServer::batchKilledOnTheServerLeavesWholeCompaniesAndARerunCompletes()
{
    QTemporaryDir dir;
    const int total = 6000;
    QByteArray csv = "name,credit_code,region,industry,assessment_year,y1_operating_revenue,y1_rd_expense,y1_employees\n";
    for (int n = 1; n <= total; ++n) {
        csv += QStringLiteral("中断测试企业%1有限公司,%2,330106,C34,2026,%3,%4,%5\n")
                   .arg(n, 5, 10, QLatin1Char('0'))
                   .arg(batchCode(n))
                   .arg(3000 + n % 977)
                   .arg(100 + n % 97)
                   .arg(20 + n % 300)
                   .toUtf8();
    }
    const QString input = dir.filePath(QStringLiteral("companies.csv"));
    {
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
    }
    const QString exe = qEnvironmentVariable("SRDI_EXE");
    QVERIFY2(QFile::exists(exe), "SRDI_EXE must name the built executable");
    const QString uri = m_pg->uriFor(m_pg->role(QStringLiteral("alice")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), m_pg->password(QStringLiteral("alice")));
    const QStringList arguments{QStringLiteral("--batch"), input, QStringLiteral("--db"), uri, QStringLiteral("--out"),
                                dir.filePath(QStringLiteral("result.csv")), QStringLiteral("--lang"), QStringLiteral("en")};
    QSqlDatabase watch = m_pg->superuser();
    const auto count = [&watch](const QString &sql) {
        QSqlQuery q(watch);
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    };
    {
        QProcess batch;
        batch.setProcessEnvironment(env);
        batch.start(exe, arguments);
        QVERIFY(batch.waitForStarted(10000));
        QElapsedTimer waited;
        waited.start();
        // Killed as soon as a group is committed.
        while (count(QStringLiteral("SELECT count(*) FROM companies WHERE to_regclass('companies') IS NOT NULL")) <= 0 &&
               batch.state() == QProcess::Running && waited.elapsed() < 60000)
            QTest::qWait(5);
        QCOMPARE(batch.state(), QProcess::Running);
        batch.kill();
        QVERIFY(batch.waitForFinished(10000));
    }
    const int kept = count(QStringLiteral("SELECT count(*) FROM companies"));
    qInfo("killed with %d of %d companies committed", kept, total);
    QVERIFY(kept > 0 && kept < total);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM company_summary")), kept);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT company_id) FROM fiscal_years")), kept);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM fiscal_years")), kept);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT company_id) FROM company_history")), kept);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM companies c JOIN fiscal_years y ON y.company_id = c.id"
                                  " WHERE y.operating_revenue <> 10000 * (3000 + CAST(substr(c.name, 7, 5) AS INTEGER) % 977)")),
             0);

    QProcess rerun;
    rerun.setProcessEnvironment(env);
    rerun.start(exe, arguments);
    QVERIFY(rerun.waitForFinished(120000));
    const QString said = QString::fromUtf8(rerun.readAllStandardOutput() + rerun.readAllStandardError());
    QCOMPARE(rerun.exitCode(), 0);
    QVERIFY2(said.contains(QStringLiteral("%1 added, 0 updated, %2 unchanged").arg(total - kept).arg(kept)), qPrintable(said));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM companies")), total);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM company_summary")), total);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM fiscal_years")), total);
}

#include "test_sharedserver.moc"
