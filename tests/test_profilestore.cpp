// SPDX-License-Identifier: GPL-3.0-or-later
// The store on both engines: run as test_profilestore on an SQLite file, and
// as test_profilestore_pg (SRDI_TEST_PG set, tests/CMakeLists.txt) on a fresh
// database of the throwaway PostgreSQL server for each test. What only one
// engine has (SQLite's pragmas, WAL checkpoints) is checked there, and its
// PostgreSQL counterpart, where there is one, on the server.
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "storage/Standing.h"
#include "support/PgTestDatabase.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace srdi;

namespace {

const QStringList kChildTables{
    QStringLiteral("fiscal_years"),
    QStringLiteral("recognitions"),
    QStringLiteral("sci_tech_awards"),
    QStringLiteral("honors"),
    QStringLiteral("chuangke_china"),
    QStringLiteral("standards_led"),
    QStringLiteral("specialization_fields"),
    QStringLiteral("development_scores"),
    QStringLiteral("plan_items"),
};

FiscalYear fullYear(int year, Yuan revenue, Yuan netProfit)
{
    FiscalYear fy;
    fy.year = year;
    fy.operatingRevenue = revenue;
    fy.mainBusinessRevenue = revenue * 95 / 100;
    fy.rdExpense = revenue / 20;
    fy.costExpenseTotal = revenue * 86 / 100;
    fy.netProfit = netProfit;
    fy.totalAssets = 120'000'000;
    fy.totalLiabilities = 54'000'001;
    fy.employees = 160;
    fy.rdStaff = 30;
    fy.techStaff = 36;
    fy.equityFinancing = 0;
    return fy;
}

// Every field set, every list non-empty, false and zero values included.
Profile fullProfile()
{
    Profile p;
    p.assessmentYear = 2026;
    p.assessmentDate = QDate(2026, 11, 22);

    Company &c = p.company;
    c.name = QStringLiteral("兰州某某精密机械有限公司");
    c.creditCode = QStringLiteral("91620100MA72XXXXXX");
    c.region = QStringLiteral("620100");
    c.industry = QStringLiteral("C34");
    c.established = QDate(2015, 3, 1);
    c.nicheSince = QDate(2016, 6, 1);
    c.mainProduct = QStringLiteral("高精度数控机床主轴 \"O'Brien\"; DROP TABLE companies; --");
    c.recognitions = QList<Recognition>{{QStringLiteral("specialized"), QDate(2024, 6, 30)},
                                        {QStringLiteral("innovative"), QDate(2022, 1, 15)}};
    c.attestations.noAbnormalOrDishonestListing = true;
    c.attestations.noBannedProducts = false;
    c.attestations.noMajorAccident3y = true;

    p.years = {fullYear(2023, 70'000'000, -1'234'567), fullYear(2024, 80'000'000, 0),
               fullYear(2025, 86'000'000, 6'900'000)};
    p.years[2].operatingRevenue = Yuan(9'000'000'000'000'000'000); // near qint64's limit

    Innovation &in = p.innovation;
    in.ip.class1HighValue = 1;
    in.ip.class1SelfDeveloped = 3;
    in.ip.class1 = 4;
    in.ip.class2 = 12;
    in.ip.class1Applied = 0;
    in.rdInstitution = QStringLiteral("provincial");
    in.rdInstitutionOwnOrJoint = false;
    in.sciTechAwards = QList<SciTechAward>{{QStringLiteral("provincial"), 2, 2024},
                                           {QStringLiteral("national"), 5, 2021}};
    in.honors = QStringList{QStringLiteral("ip_demo"), QStringLiteral("high_tech_enterprise")};
    in.chuangkeChina =
        QList<ChuangkeEntry>{{2024, QStringLiteral("top500")}, {2025, QStringLiteral("top50")}};
    in.standardsLed = QList<StandardLed>{{2023, QStringLiteral("industry")},
                                         {2020, QStringLiteral("international")}};
    in.rdMeasure = QStringLiteral("cost");

    Refinement &re = p.refinement;
    re.digitalLevel = 2;
    re.coreBusinessOnSystem = true;
    re.qualityAward = QStringLiteral("none");
    re.qualitySystemCert = false;
    re.ownBrand = true;
    re.standardsParticipation = false;
    re.mgmtOrIntlProductCert = true;

    Specialization &sp = p.specialization;
    sp.field = QStringList{QStringLiteral("six_foundations"), QStringLiteral("strategic_emerging")};
    sp.nationalMarketSharePct = 125000;
    sp.internationalMarketSharePct = 12000;
    sp.domesticRank = 4;
    sp.marketLeading = false;
    sp.chainKeyLink = true;
    sp.developmentScores = QList<DevelopmentScore>{{2026, 620000}, {2025, 585001}};
    sp.renewal = false;

    p.localFeatureScore = 100000;
    return p;
}

// Only what is required: every optional unknown.
Profile minimalProfile(const QString &name)
{
    Profile p;
    p.assessmentYear = 2026;
    p.company.name = name;
    return p;
}

void setAllListsEmpty(Profile &p)
{
    p.company.recognitions = QList<Recognition>{};
    p.innovation.sciTechAwards = QList<SciTechAward>{};
    p.innovation.honors = QStringList{};
    p.innovation.chuangkeChina = QList<ChuangkeEntry>{};
    p.innovation.standardsLed = QList<StandardLed>{};
    p.specialization.field = QStringList{};
    p.specialization.developmentScores = QList<DevelopmentScore>{};
}


// Companies of every shape: whole, bare, lists known but empty, and mixtures
// with each list and each year present or not, in a fixed pseudo-random way.
Profile variedProfile(int n, QRandomGenerator &rng)
{
    Profile p;
    switch (n % 4) {
    case 0: p = fullProfile(); break;
    case 1: p = minimalProfile(QString()); break;
    case 2: p = minimalProfile(QString()); setAllListsEmpty(p); break;
    default: {
        p = fullProfile();
        const auto coin = [&rng] { return rng.bounded(2) == 0; };
        if (coin()) p.company.recognitions.reset();
        if (coin()) p.innovation.sciTechAwards.reset();
        if (coin()) p.innovation.honors = QStringList{};
        if (coin()) p.innovation.chuangkeChina.reset();
        if (coin()) p.innovation.standardsLed = QList<StandardLed>{};
        if (coin()) p.specialization.field.reset();
        if (coin()) p.specialization.developmentScores.reset();
        if (coin()) p.years.removeAt(int(rng.bounded(3)));
        if (coin()) p.years.clear();
        if (coin()) p.company.region.reset();
        if (coin()) p.innovation.ip.class1.reset();
        break;
    }
    }
    // Names that sort apart from their order of insertion (pinyin, then as written).
    static const QStringList stems{QStringLiteral("张"), QStringLiteral("阿"), QStringLiteral("Zeta"),
                                   QStringLiteral("bravo"), QStringLiteral("兰州"), QStringLiteral("Alpha")};
    p.company.name = stems.at(n % stems.size()) + QString::number(int(rng.bounded(50)));
    p.company.creditCode.reset();
    if (n % 6 == 5) { // known but empty text, a date given but not valid, text beyond the BMP
        p.company.mainProduct = QString(QLatin1String(""));
        p.company.nicheSince = QDate();
        p.innovation.rdInstitution = QStringLiteral("𠀀 \u00e9 \"'");
        p.company.name += QStringLiteral("𡈽");
    }
    return p;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fullProfileRoundTrip();
    void minimalProfileRoundTrip();
    void absentListDiffersFromEmptyList();
    void knownEmptyTextIsNotUnknown();
    void fiscalYearsLoadSorted();
    void updateReplacesEverything();
    void updateSetsUpdatedAt();
    void upsertByCreditCode();
    void upsertByName();
    void upsertNamesakeWithOtherCodeIsNew();
    void removeCascades();
    void failingInsertLeavesDataUntouched();
    void failingUpdateLeavesDataUntouched();
    void missingCompany();
    void listAndFind();

    // Edits are patches (issue: nothing a user entered is lost).
    void patchFromAStaleViewKeepsTheOtherWritersFields();
    void patchOnTheSameFieldIsAConflict();
    void patchBumpsTheVersionAndWritesOnlyItsColumns();
    void importMergesOnlyTheGivenFields();
    void importReplaceIsExplicit();
    void dataVersionMovesForOtherConnectionsOnly();
    void groupCommitsTogetherAndAFailedWriteAlone();
    void groupNotCommittedIsRolledBack();
    void groupKeepsSavepointJournalsInMemory();
    void keptStatementsHoldNoSnapshot();
    void closeAndReopenWithKeptStatements();
    void forEachReadsWhatLoadReadsInTheListsOrder();
    void forEachSeesOneSnapshotWhileAnotherWriterCommits();
    void forEachStoppedEarlyHoldsNoSnapshot();

private:
    qint64 rowCount(const QString &table, qint64 companyId) const;
    QVariant updatedAt(qint64 id) const;
    // What the engine's message for a UNIQUE index's refusal says.
    QString uniqueViolation() const;
    // An expression that tells a row stored anew from the same row kept:
    // SQLite's rowid; on PostgreSQL the transaction that wrote the row (xmin).
    QString rowIdentity() const;
    // That no connection holds a read snapshot any longer (m_db's included):
    // on SQLite a checkpoint through `other` is not blocked by a reader; on
    // PostgreSQL m_db's server process is idle, outside any transaction.
    void verifyNoSnapshotHeld(Database &other);

    bool m_onServer = false;
    int m_backendPid = 0; // m_db's server process, on PostgreSQL
    std::unique_ptr<test::PgTestDatabase> m_pg;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileStore::initTestCase()
{
    m_onServer = test::PgTestDatabase::requested();
    qInfo("engine: %s", m_onServer ? qPrintable(QStringLiteral("PostgreSQL at ") + test::PgTestDatabase::serverUri())
                                   : "SQLite");
}

void TestProfileStore::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    if (m_onServer) {
        m_pg = std::make_unique<test::PgTestDatabase>();
        QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
        m_db = std::make_unique<Database>(m_pg->uri());
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("srdi.sqlite")));
    }
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QCOMPARE(m_db->isServer(), m_onServer);
    if (m_onServer) {
        QSqlQuery pid(m_db->handle());
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        m_backendPid = pid.value(0).toInt();
    }
    m_store = std::make_unique<ProfileStore>(*m_db);
}

void TestProfileStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_pg.reset();
    m_dir.reset();
}

QString TestProfileStore::uniqueViolation() const
{
    return m_onServer ? QStringLiteral("violates unique constraint") : QStringLiteral("UNIQUE");
}

QString TestProfileStore::rowIdentity() const
{
    return m_onServer ? QStringLiteral("xmin::text::bigint") : QStringLiteral("rowid");
}

void TestProfileStore::verifyNoSnapshotHeld(Database &other)
{
    if (!m_onServer) {
        QSqlQuery checkpoint(other.handle());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && checkpoint.next());
        QCOMPARE(checkpoint.value(0).toInt(), 0); // 0: not blocked by a reader
        return;
    }
    QSqlQuery activity(other.handle());
    QVERIFY(activity.prepare(QStringLiteral("SELECT state, backend_xmin IS NULL FROM pg_stat_activity WHERE pid = ?")));
    activity.addBindValue(m_backendPid);
    QVERIFY2(activity.exec() && activity.next(), qPrintable(activity.lastError().text()));
    QCOMPARE(activity.value(0).toString(), QStringLiteral("idle")); // not "idle in transaction"
    QVERIFY(activity.value(1).toBool());                             // no snapshot kept
}

qint64 TestProfileStore::rowCount(const QString &table, qint64 companyId) const
{
    // `table` is one of the test's constants; the id is bound.
    QSqlQuery query(m_db->handle());
    if (!query.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE company_id = ?").arg(table)))
        return -1;
    query.addBindValue(companyId);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QVariant TestProfileStore::updatedAt(qint64 id) const
{
    QSqlQuery query(m_db->handle());
    if (!query.prepare(QStringLiteral("SELECT updated_at FROM companies WHERE id = ?")))
        return {};
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

void TestProfileStore::fullProfileRoundTrip()
{
    const Profile profile = fullProfile();
    QString error;
    const std::optional<qint64> id = m_store->insert(profile, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(m_store->count(), 1);

    const std::optional<Profile> loaded = m_store->load(*id, &error);
    QVERIFY2(loaded, qPrintable(error));
    // Part by part first, so that a failure points at the part.
    QCOMPARE(loaded->assessmentYear, profile.assessmentYear);
    QCOMPARE(loaded->assessmentDate, profile.assessmentDate);
    QVERIFY(loaded->company.attestations == profile.company.attestations);
    QVERIFY(loaded->company.recognitions == profile.company.recognitions);
    QVERIFY(loaded->company == profile.company);
    QCOMPARE(loaded->years.size(), profile.years.size());
    for (qsizetype i = 0; i < profile.years.size(); ++i)
        QVERIFY2(loaded->years.at(i) == profile.years.at(i), qPrintable(QString::number(i)));
    QCOMPARE(loaded->years.at(0).netProfit, std::optional<Yuan>(-1'234'567));
    QVERIFY(loaded->innovation.ip == profile.innovation.ip);
    QVERIFY(loaded->innovation == profile.innovation);
    QVERIFY(loaded->refinement == profile.refinement);
    QVERIFY(loaded->specialization == profile.specialization);
    QCOMPARE(loaded->localFeatureScore, profile.localFeatureScore);
    QVERIFY(*loaded == profile);

    // The false values really are false, not unknown.
    QCOMPARE(loaded->company.attestations.noBannedProducts, std::optional<bool>(false));
    QCOMPARE(loaded->refinement.qualitySystemCert, std::optional<bool>(false));
    QCOMPARE(loaded->specialization.renewal, std::optional<bool>(false));

    // One row per list item, money as integers.
    QCOMPARE(rowCount(QStringLiteral("fiscal_years"), *id), 3);
    QCOMPARE(rowCount(QStringLiteral("recognitions"), *id), 2);
    QCOMPARE(rowCount(QStringLiteral("development_scores"), *id), 2);
    // SQLite's typeof() is the value's type; PostgreSQL's pg_typeof() the column's.
    QSqlQuery types(m_db->handle());
    QVERIFY(types.prepare(m_onServer ? QStringLiteral("SELECT pg_typeof(net_profit)::text, pg_typeof(operating_revenue)::text"
                                                      " FROM fiscal_years WHERE company_id = ? AND year = ?")
                                     : QStringLiteral("SELECT typeof(net_profit), typeof(operating_revenue)"
                                                      " FROM fiscal_years WHERE company_id = ? AND year = ?")));
    types.addBindValue(*id);
    types.addBindValue(2023);
    QVERIFY(types.exec() && types.next());
    const QString integer = m_onServer ? QStringLiteral("bigint") : QStringLiteral("integer");
    QCOMPARE(types.value(0).toString(), integer);
    QCOMPARE(types.value(1).toString(), integer);
}

void TestProfileStore::minimalProfileRoundTrip()
{
    const Profile profile = minimalProfile(QStringLiteral("Minimal Ltd"));
    QString error;
    const std::optional<qint64> id = m_store->insert(profile, &error);
    QVERIFY2(id, qPrintable(error));
    const std::optional<Profile> loaded = m_store->load(*id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(*loaded == profile);
    QVERIFY(!loaded->assessmentDate);
    QVERIFY(!loaded->company.creditCode);
    QVERIFY(!loaded->company.recognitions);
    QVERIFY(!loaded->company.attestations.noBannedProducts);
    QVERIFY(loaded->years.isEmpty());
    QVERIFY(!loaded->innovation.ip.class1);
    QVERIFY(!loaded->innovation.honors);
    QVERIFY(!loaded->innovation.sciTechAwards);
    QVERIFY(!loaded->refinement.ownBrand);
    QVERIFY(!loaded->specialization.field);
    QVERIFY(!loaded->specialization.developmentScores);
    QVERIFY(!loaded->localFeatureScore);
    for (const QString &table : kChildTables)
        QCOMPARE(rowCount(table, *id), 0);

    // A fiscal year with nothing known but its year stays that way.
    Profile withYear = profile;
    withYear.ensureYear(2025);
    QVERIFY2(m_store->update(*id, withYear, &error), qPrintable(error));
    QVERIFY(*m_store->load(*id) == withYear);
}

void TestProfileStore::absentListDiffersFromEmptyList()
{
    Profile empty = minimalProfile(QStringLiteral("Empty lists"));
    setAllListsEmpty(empty);
    const Profile absent = minimalProfile(QStringLiteral("Absent lists"));
    QString error;
    const std::optional<qint64> emptyId = m_store->insert(empty, &error);
    QVERIFY2(emptyId, qPrintable(error));
    const std::optional<qint64> absentId = m_store->insert(absent, &error);
    QVERIFY2(absentId, qPrintable(error));

    const Profile loadedEmpty = *m_store->load(*emptyId);
    QVERIFY(loadedEmpty == empty);
    QVERIFY(loadedEmpty.company.recognitions && loadedEmpty.company.recognitions->isEmpty());
    QVERIFY(loadedEmpty.innovation.sciTechAwards &&
            loadedEmpty.innovation.sciTechAwards->isEmpty());
    QVERIFY(loadedEmpty.innovation.honors && loadedEmpty.innovation.honors->isEmpty());
    QVERIFY(loadedEmpty.innovation.chuangkeChina &&
            loadedEmpty.innovation.chuangkeChina->isEmpty());
    QVERIFY(loadedEmpty.innovation.standardsLed && loadedEmpty.innovation.standardsLed->isEmpty());
    QVERIFY(loadedEmpty.specialization.field && loadedEmpty.specialization.field->isEmpty());
    QVERIFY(loadedEmpty.specialization.developmentScores &&
            loadedEmpty.specialization.developmentScores->isEmpty());

    const Profile loadedAbsent = *m_store->load(*absentId);
    QVERIFY(loadedAbsent == absent);
    QVERIFY(!loadedAbsent.company.recognitions);
    QVERIFY(!loadedAbsent.innovation.sciTechAwards);
    QVERIFY(!loadedAbsent.innovation.honors);
    QVERIFY(!loadedAbsent.innovation.chuangkeChina);
    QVERIFY(!loadedAbsent.innovation.standardsLed);
    QVERIFY(!loadedAbsent.specialization.field);
    QVERIFY(!loadedAbsent.specialization.developmentScores);

    // Going from known-empty back to unknown is stored too.
    QVERIFY2(m_store->update(*emptyId, absent, &error), qPrintable(error));
    QVERIFY(*m_store->load(*emptyId) == absent);
}

void TestProfileStore::knownEmptyTextIsNotUnknown()
{
    Profile profile = minimalProfile(QStringLiteral("Blank"));
    profile.company.region = QString(); // known, though empty
    profile.company.mainProduct = QStringLiteral("");
    profile.innovation.honors = QStringList{QString()};
    QString error;
    const std::optional<qint64> id = m_store->insert(profile, &error);
    QVERIFY2(id, qPrintable(error));
    const Profile loaded = *m_store->load(*id);
    QVERIFY(loaded.company.region.has_value());
    QVERIFY(loaded.company.region->isEmpty());
    QVERIFY(loaded.company.mainProduct.has_value());
    QVERIFY(!loaded.company.creditCode.has_value());
    QCOMPARE(loaded.innovation.honors, std::optional<QStringList>(QStringList{QString()}));
    QVERIFY(loaded == profile);
}

void TestProfileStore::fiscalYearsLoadSorted()
{
    Profile profile = minimalProfile(QStringLiteral("Unsorted"));
    profile.years = {fullYear(2025, 3, 1), fullYear(2023, 1, -1), fullYear(2024, 2, 0)};
    QString error;
    const std::optional<qint64> id = m_store->insert(profile, &error);
    QVERIFY2(id, qPrintable(error));
    const Profile loaded = *m_store->load(*id);
    QCOMPARE(loaded.years.size(), 3);
    QCOMPARE(loaded.years.at(0).year, 2023);
    QCOMPARE(loaded.years.at(1).year, 2024);
    QCOMPARE(loaded.years.at(2).year, 2025);
    QCOMPARE(loaded.years.at(0).netProfit, std::optional<Yuan>(-1));
}

void TestProfileStore::updateReplacesEverything()
{
    const Profile original = fullProfile();
    QString error;
    const std::optional<qint64> id = m_store->insert(original, &error);
    QVERIFY2(id, qPrintable(error));
    const std::optional<qint64> other = m_store->insert(minimalProfile(QStringLiteral("Other")));
    QVERIFY(other);

    Profile changed = original;
    changed.years.removeFirst(); // 2023 disappears
    changed.years[0].netProfit = -5;
    changed.years[1].employees.reset();
    changed.company.recognitions->removeLast();
    changed.company.attestations.noBannedProducts.reset();
    changed.innovation.honors = QStringList{};
    changed.innovation.sciTechAwards.reset();
    changed.innovation.chuangkeChina = QList<ChuangkeEntry>{{2026, QStringLiteral("top50")}};
    changed.specialization.field = QStringList{QStringLiteral("network_power")};
    changed.refinement.ownBrand = false;
    changed.localFeatureScore.reset();

    QVERIFY2(m_store->update(*id, changed, &error), qPrintable(error));
    const Profile loaded = *m_store->load(*id);
    QVERIFY(loaded == changed);
    QVERIFY(!loaded.fiscalYear(2023));
    QCOMPARE(rowCount(QStringLiteral("fiscal_years"), *id), 2);
    QCOMPARE(rowCount(QStringLiteral("recognitions"), *id), 1);
    QCOMPARE(rowCount(QStringLiteral("honors"), *id), 0);
    QCOMPARE(rowCount(QStringLiteral("sci_tech_awards"), *id), 0);
    QCOMPARE(rowCount(QStringLiteral("chuangke_china"), *id), 1);
    QCOMPARE(m_store->count(), 2);
    QVERIFY(*m_store->load(*other) == minimalProfile(QStringLiteral("Other")));
}

void TestProfileStore::updateSetsUpdatedAt()
{
    QString error;
    const std::optional<qint64> id =
        m_store->insert(minimalProfile(QStringLiteral("Timed")), &error);
    QVERIFY2(id, qPrintable(error));
    const QVariant inserted = updatedAt(*id);
    QVERIFY(!inserted.isNull());
    const QDateTime insertedAt = QDateTime::fromString(inserted.toString(), Qt::ISODateWithMs);
    QVERIFY2(insertedAt.isValid(), qPrintable(inserted.toString()));
    QVERIFY(qAbs(insertedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    QTest::qWait(5);
    QVERIFY2(m_store->update(*id, minimalProfile(QStringLiteral("Timed again")), &error),
             qPrintable(error));
    const QDateTime updatedAtTime =
        QDateTime::fromString(updatedAt(*id).toString(), Qt::ISODateWithMs);
    QVERIFY(updatedAtTime.isValid());
    QVERIFY(updatedAtTime > insertedAt);
}

void TestProfileStore::upsertByCreditCode()
{
    const Profile original = fullProfile();
    QString error;
    bool created = false;
    const std::optional<qint64> id = m_store->upsert(original, &created, &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(created);

    Profile renamed = original;
    renamed.company.name = QStringLiteral("兰州某某精密机械股份有限公司"); // renamed, same code
    renamed.years.removeLast();
    const std::optional<qint64> again = m_store->upsert(renamed, &created, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(!created);
    QCOMPARE(*again, *id);
    QCOMPARE(m_store->count(), 1);
    QVERIFY(*m_store->load(*id) == renamed);
    QCOMPARE(m_store->findByCreditCode(*original.company.creditCode), id);
}

void TestProfileStore::upsertByName()
{
    Profile profile = minimalProfile(QStringLiteral("No Code Co"));
    QString error;
    bool created = false;
    const std::optional<qint64> id = m_store->upsert(profile, &created, &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(created);

    profile.years = {fullYear(2025, 1000, 10)};
    profile.company.region = QStringLiteral("620000");
    const std::optional<qint64> again = m_store->upsert(profile, &created, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(!created);
    QCOMPARE(*again, *id);
    QCOMPARE(m_store->count(), 1);
    QVERIFY(*m_store->load(*id) == profile);

    // The name now comes with a credit code no other company has: still this one.
    profile.company.creditCode = QStringLiteral("91620100MA72YYYYYY");
    QCOMPARE(m_store->upsert(profile, &created, &error), id);
    QVERIFY(!created);

    // Names match exactly, not by case.
    const std::optional<qint64> other =
        m_store->upsert(minimalProfile(QStringLiteral("no code co")), &created, &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(created);
    QVERIFY(*other != *id);
    QCOMPARE(m_store->count(), 2);
}

void TestProfileStore::upsertNamesakeWithOtherCodeIsNew()
{
    Profile first = minimalProfile(QStringLiteral("Namesake Ltd"));
    first.company.creditCode = QStringLiteral("91110000AAAAAAAAAA");
    QString error;
    bool created = false;
    const std::optional<qint64> id = m_store->upsert(first, &created, &error);
    QVERIFY2(id, qPrintable(error));

    Profile second = first;
    second.company.creditCode = QStringLiteral("91440000BBBBBBBBBB");
    const std::optional<qint64> secondId = m_store->upsert(second, &created, &error);
    QVERIFY2(secondId, qPrintable(error));
    QVERIFY(created);
    QVERIFY(*secondId != *id);
    QCOMPARE(m_store->count(), 2);
    QVERIFY(*m_store->load(*id) == first);
}

void TestProfileStore::removeCascades()
{
    QString error;
    const std::optional<qint64> id = m_store->insert(fullProfile(), &error);
    QVERIFY2(id, qPrintable(error));
    Profile otherProfile = fullProfile();
    otherProfile.company.name = QStringLiteral("Keeper");
    otherProfile.company.creditCode.reset();
    const std::optional<qint64> other = m_store->insert(otherProfile, &error);
    QVERIFY2(other, qPrintable(error));

    QSqlQuery plan(m_db->handle());
    QVERIFY(plan.prepare(
        QStringLiteral("INSERT INTO plan_items (company_id, item_id, done) VALUES (?, ?, ?)")));
    for (const qint64 companyId : {*id, *other}) {
        plan.bindValue(0, companyId);
        plan.bindValue(1, QStringLiteral("rd_ratio"));
        plan.bindValue(2, 1);
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
    }
    for (const QString &table : kChildTables)
        QVERIFY2(rowCount(table, *id) > 0, qPrintable(table));

    QVERIFY2(m_store->remove(*id, &error), qPrintable(error));
    QCOMPARE(m_store->count(), 1);
    QVERIFY(!m_store->load(*id));
    for (const QString &table : kChildTables) {
        QVERIFY2(rowCount(table, *id) == 0, qPrintable(table));
        QVERIFY2(rowCount(table, *other) > 0, qPrintable(table));
    }
    QVERIFY(*m_store->load(*other) == otherProfile);

    error.clear();
    QVERIFY(!m_store->remove(*id, &error));
    QVERIFY(!error.isEmpty());
}

void TestProfileStore::failingInsertLeavesDataUntouched()
{
    const Profile original = fullProfile();
    QString error;
    const std::optional<qint64> id = m_store->insert(original, &error);
    QVERIFY2(id, qPrintable(error));
    const QVariant stamp = updatedAt(*id);

    Profile duplicate = fullProfile();
    duplicate.company.name = QStringLiteral("Same code, other name");
    error.clear();
    QVERIFY(!m_store->insert(duplicate, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(uniqueViolation()), qPrintable(error));
    QCOMPARE(m_store->count(), 1);
    QVERIFY(*m_store->load(*id) == original);
    QCOMPARE(updatedAt(*id), stamp);
    QVERIFY(!m_store->findByName(duplicate.company.name));

    // The connection is still usable: no transaction was left behind.
    const std::optional<qint64> next =
        m_store->insert(minimalProfile(QStringLiteral("Next")), &error);
    QVERIFY2(next, qPrintable(error));
    QCOMPARE(m_store->count(), 2);
}

void TestProfileStore::failingUpdateLeavesDataUntouched()
{
    const Profile original = fullProfile();
    QString error;
    const std::optional<qint64> id = m_store->insert(original, &error);
    QVERIFY2(id, qPrintable(error));

    // The companies row is written before a child row fails (a trigger
    // stands in for a disk that fills up half way): nothing of it stays.
    // (On PostgreSQL a trigger of the test's own database: triggers are not temporary there.)
    {
        QSqlQuery trigger(m_db->handle());
        if (m_onServer) {
            QVERIFY2(trigger.exec(QStringLiteral("CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$"
                                                 " BEGIN RAISE EXCEPTION 'boom'; END $$")),
                     qPrintable(trigger.lastError().text()));
            QVERIFY2(trigger.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON honors FOR EACH ROW"
                                                 " WHEN (NEW.honor = 'boom') EXECUTE FUNCTION boom()")),
                     qPrintable(trigger.lastError().text()));
        } else {
            QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER boom BEFORE INSERT ON honors WHEN NEW.honor = 'boom'"
                                                " BEGIN SELECT RAISE(ABORT, 'boom'); END")));
        }
    }
    Profile broken = original;
    broken.company.name = QStringLiteral("Broken");
    broken.innovation.honors = QStringList{QStringLiteral("boom")};
    broken.years.first().rdExpense = 1;
    error.clear();
    QVERIFY(!m_store->update(*id, broken, &error));
    QVERIFY(error.contains(QLatin1String("boom")));
    QVERIFY(!error.isEmpty());
    QVERIFY(*m_store->load(*id) == original);
    QCOMPARE(rowCount(QStringLiteral("honors"), *id), 2);

    // Another company's credit code: the unique index refuses it.
    Profile other = minimalProfile(QStringLiteral("Other"));
    other.company.creditCode = QStringLiteral("91620100MA72ZZZZZZ");
    const std::optional<qint64> otherId = m_store->insert(other, &error);
    QVERIFY2(otherId, qPrintable(error));
    Profile stealing = original;
    stealing.company.creditCode = other.company.creditCode;
    error.clear();
    QVERIFY(!m_store->update(*id, stealing, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(*m_store->load(*id) == original);
    QVERIFY(*m_store->load(*otherId) == other);

    // Upsert fails the same way and leaves nothing behind.
    Profile twice = minimalProfile(QStringLiteral("Twice"));
    twice.years = {fullYear(2024, 1, 1), fullYear(2024, 2, 2)};
    error.clear();
    QVERIFY(!m_store->upsert(twice, nullptr, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_store->count(), 2);
    QVERIFY(!m_store->findByName(QStringLiteral("Twice")));
}

void TestProfileStore::missingCompany()
{
    QString error;
    QVERIFY(!m_store->load(4711, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!m_store->update(4711, minimalProfile(QStringLiteral("Ghost")), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_store->count(), 0);
    QVERIFY(!m_store->findByName(QStringLiteral("Ghost")));
    QVERIFY(!m_store->findByCreditCode(QStringLiteral("91620100MA72XXXXXX")));

    // A closed database fails cleanly.
    m_db->close();
    error.clear();
    QVERIFY(!m_store->insert(minimalProfile(QStringLiteral("Nowhere")), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(m_store->list(&error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QCOMPARE(m_store->count(&error), 0);
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!m_store->load(1, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_store->findByName(QStringLiteral("Nowhere")));
}

void TestProfileStore::listAndFind()
{
    QString error;
    Profile b = fullProfile();
    b.company.name = QStringLiteral("beta Works");
    Profile a = minimalProfile(QStringLiteral("Alpha Co"));
    a.company.region = QStringLiteral("620000");
    a.company.industry = QStringLiteral("I65");
    a.assessmentYear = 2025;
    Profile c = minimalProfile(QStringLiteral("Gamma"));
    const qint64 idB = *m_store->insert(b, &error);
    const qint64 idA = *m_store->insert(a, &error);
    const qint64 idC = *m_store->insert(c, &error);

    const QList<CompanySummary> companies = m_store->list(&error);
    QCOMPARE(companies.size(), 3);
    QCOMPARE(companies.at(0).id, idA);
    QCOMPARE(companies.at(0).name, QStringLiteral("Alpha Co"));
    QCOMPARE(companies.at(0).region, QStringLiteral("620000"));
    QCOMPARE(companies.at(0).industry, QStringLiteral("I65"));
    QCOMPARE(companies.at(0).assessmentYear, 2025);
    QVERIFY(companies.at(0).creditCode.isEmpty());
    QCOMPARE(companies.at(1).id, idB); // case-insensitive order
    QCOMPARE(companies.at(1).creditCode, *b.company.creditCode);
    QCOMPARE(companies.at(2).id, idC);

    QCOMPARE(m_store->count(&error), 3);
    QCOMPARE(m_store->findByCreditCode(*b.company.creditCode), std::optional<qint64>(idB));
    QCOMPARE(m_store->findByName(QStringLiteral("Gamma")), std::optional<qint64>(idC));
    QVERIFY(!m_store->findByName(QStringLiteral("gamma")));
    QVERIFY(!m_store->findByName(QStringLiteral("Gamma' OR '1'='1")));
}

void TestProfileStore::patchFromAStaleViewKeepsTheOtherWritersFields()
{
    QString error;
    const Profile original = fullProfile();
    const std::optional<qint64> id = m_store->insert(original, &error);
    QVERIFY2(id, qPrintable(error));

    // An import (another writer) changes revenue and drops the honours...
    Profile imported = original;
    imported.ensureYear(2025).operatingRevenue = 99'000'000;
    imported.innovation.honors = QStringList{};
    QVERIFY(m_store->update(*id, imported, &error));

    // ...and a window that read the company before types into the name.
    Profile typed = original;
    typed.company.name = original.company.name + QStringLiteral("X");
    const PatchOutcome outcome = m_store->apply(*id, Patch::between(original, typed));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.applied, QStringList{QStringLiteral("company.name")});

    const Profile stored = *m_store->load(*id);
    QCOMPARE(stored.company.name, typed.company.name);
    QCOMPARE(stored.fiscalYear(2025)->operatingRevenue, Opt<Yuan>(99'000'000));
    QCOMPARE(stored.innovation.honors, Opt<QStringList>(QStringList{}));
    QCOMPARE(rowCount(QStringLiteral("honors"), *id), 0);
    QCOMPARE(outcome.stored, stored);
}

void TestProfileStore::patchOnTheSameFieldIsAConflict()
{
    QString error;
    const Profile original = fullProfile();
    const std::optional<qint64> id = m_store->insert(original, &error);
    QVERIFY2(id, qPrintable(error));
    Profile theirs = original;
    theirs.ensureYear(2025).rdExpense = 4'200'000;
    QVERIFY(m_store->update(*id, theirs, &error));

    Profile mine = original;
    mine.ensureYear(2025).rdExpense = 4'000'000;
    mine.company.mainProduct = QStringLiteral("主轴");
    const Patch patch = Patch::between(original, mine);
    const PatchOutcome refused = m_store->apply(*id, patch);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.conflicts, QStringList{QStringLiteral("years.2025.rd_expense")});
    QCOMPARE(refused.stored.fiscalYear(2025)->rdExpense, Opt<Yuan>(4'200'000)); // theirs, to show
    QCOMPARE(*m_store->load(*id), theirs);                                      // nothing written

    // The user saw both and keeps theirs: nothing happens. Keeps mine: written.
    const PatchOutcome kept = m_store->apply(*id, patch, ConflictPolicy::Overwrite);
    QVERIFY2(kept.ok, qPrintable(kept.error));
    QCOMPARE(m_store->load(*id)->fiscalYear(2025)->rdExpense, Opt<Yuan>(4'000'000));
    QCOMPARE(m_store->load(*id)->company.mainProduct, Opt<QString>(QStringLiteral("主轴")));
}

void TestProfileStore::patchBumpsTheVersionAndWritesOnlyItsColumns()
{
    QString error;
    const Profile original = fullProfile();
    const std::optional<qint64> id = m_store->insert(original, &error);
    QVERIFY2(id, qPrintable(error));
    const qint64 v0 = *m_store->version(*id);
    const qint64 honorsRowid = [&] {
        QSqlQuery q(m_db->handle());
        q.prepare(QStringLiteral("SELECT MIN(%1) FROM honors WHERE company_id = ?").arg(rowIdentity()));
        q.addBindValue(*id);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }();

    Profile changed = original;
    changed.ensureYear(2024).employees = 150;
    const PatchOutcome outcome = m_store->apply(*id, Patch::between(original, changed));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.version, v0 + 1);
    QCOMPARE(*m_store->version(*id), v0 + 1);
    // The honours were not deleted and inserted again (same rows).
    QSqlQuery q(m_db->handle());
    q.prepare(QStringLiteral("SELECT MIN(%1) FROM honors WHERE company_id = ?").arg(rowIdentity()));
    q.addBindValue(*id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toLongLong(), honorsRowid);
    // A patch that changes nothing writes nothing.
    const PatchOutcome again = m_store->apply(*id, Patch::between(original, changed));
    QVERIFY(again.ok);
    QVERIFY(again.applied.isEmpty());
    QCOMPARE(*m_store->version(*id), v0 + 1);
}

void TestProfileStore::importMergesOnlyTheGivenFields()
{
    // The reported case: a CSV row with one revenue figure for a company
    // that exists wiped two fiscal years, the titles, the attestations and
    // the IP. It must change the revenue only.
    QString error;
    const Profile original = fullProfile();
    const std::optional<qint64> id = m_store->insert(original, &error);
    QVERIFY2(id, qPrintable(error));
    Profile row;
    row.assessmentYear = original.assessmentYear;
    row.company.name = original.company.name;
    row.company.creditCode = original.company.creditCode;
    row.ensureYear(2025).operatingRevenue = 91'000'000;
    const PatchOutcome outcome = m_store->importProfile(row, fields::known(row), ImportMode::Merge);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!outcome.created);
    QCOMPARE(outcome.id, *id);
    QCOMPARE(outcome.applied, QStringList{QStringLiteral("years.2025.operating_revenue")});

    Profile expected = original;
    expected.ensureYear(2025).operatingRevenue = 91'000'000;
    QCOMPARE(*m_store->load(*id), expected);
}

void TestProfileStore::importReplaceIsExplicit()
{
    QString error;
    const Profile original = fullProfile();
    const std::optional<qint64> id = m_store->insert(original, &error);
    QVERIFY2(id, qPrintable(error));
    Profile row;
    row.assessmentYear = original.assessmentYear;
    row.company.name = original.company.name;
    row.company.creditCode = original.company.creditCode;
    row.ensureYear(2025).operatingRevenue = 91'000'000;
    const PatchOutcome outcome = m_store->importProfile(row, {}, ImportMode::Replace);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(*m_store->load(*id), row);
    QCOMPARE(rowCount(QStringLiteral("honors"), *id), 0);
}

void TestProfileStore::dataVersionMovesForOtherConnectionsOnly()
{
    QString error;
    const std::optional<qint64> id = m_store->insert(fullProfile(), &error);
    QVERIFY2(id, qPrintable(error));
    int handled = 0;
    m_db->setChangeHandler([&handled] { ++handled; });
    const qint64 v0 = m_store->dataVersion();
    Profile p = *m_store->load(*id);
    p.company.mainProduct = QStringLiteral("own write");
    QVERIFY(m_store->update(*id, p, &error));
    QCOMPARE(m_store->dataVersion(), v0); // our own commit

    Database other(m_db->path());
    QVERIFY2(other.open(&error), qPrintable(error));
    ProfileStore otherStore(other);
    p.company.mainProduct = QStringLiteral("another writer");
    QVERIFY(otherStore.update(*id, p, &error));
    if (!m_onServer) {
        QVERIFY(m_store->dataVersion() != v0);
        return;
    }
    // On a server the other writer's commit is a notification, heard while
    // the event loop runs; our own write's notification came first (commit
    // order) and is not counted: exactly one is heard, and no more later.
    QTRY_COMPARE_WITH_TIMEOUT(m_store->dataVersion(), v0 + 1, 5000);
    QTest::qWait(200); // a late second notification would be counted by now
    QCOMPARE(m_store->dataVersion(), v0 + 1);
    QCOMPARE(handled, 1);
    QCOMPARE(other.changesHeard(), 0); // nor does the other count its own (ours came before it listened)
    m_db->setChangeHandler({});
}

// A batch writes companies in groups: one transaction for many, each company
// still whole (a failed one rolled back alone, as a SAVEPOINT), nothing seen by
// another connection before the group commits.
void TestProfileStore::groupCommitsTogetherAndAFailedWriteAlone()
{
    Database other(m_db->path());
    QString error;
    QVERIFY2(other.open(&error), qPrintable(error));
    ProfileStore otherStore(other);

    QVERIFY2(m_store->beginGroup(&error), qPrintable(error));
    QVERIFY(m_store->inGroup());
    const Profile a = fullProfile();
    const std::optional<qint64> idA = m_store->insert(a, &error);
    QVERIFY2(idA, qPrintable(error));
    Profile clash = fullProfile(); // the same credit code: refused by the UNIQUE index
    clash.company.name = QStringLiteral("Same code, other name");
    QVERIFY(!m_store->insert(clash, &error));
    QVERIFY2(error.contains(uniqueViolation()), qPrintable(error));
    const Profile b = minimalProfile(QStringLiteral("Second in the group"));
    const PatchOutcome added = m_store->importProfile(b, {}, ImportMode::Replace);
    QVERIFY2(added.ok && added.created, qPrintable(added.error));
    QVERIFY(added.standing); // what its summary was computed from
    QCOMPARE(added.standing->today, QDate::currentDate());

    QCOMPARE(otherStore.count(), 0); // not committed yet
    QCOMPARE(m_store->count(), 2);   // but this connection sees its own writes

    QVERIFY2(m_store->commitGroup(&error), qPrintable(error));
    QVERIFY(!m_store->inGroup());
    QCOMPARE(otherStore.count(), 2);
    QVERIFY(*otherStore.load(*idA) == a);
    QVERIFY(!otherStore.findByName(clash.company.name));
    QCOMPARE(rowCount(QStringLiteral("company_summary"), added.id), 1);

    // Outside a group, a write is its own transaction again.
    QVERIFY(m_store->insert(minimalProfile(QStringLiteral("Alone")), &error));
    QCOMPARE(otherStore.count(), 3);
}

void TestProfileStore::groupNotCommittedIsRolledBack()
{
    QString error;
    QVERIFY2(m_store->beginGroup(&error), qPrintable(error));
    QVERIFY(m_store->insert(fullProfile(), &error));
    QVERIFY(m_store->insert(minimalProfile(QStringLiteral("Two")), &error));
    m_store.reset(); // a batch cut off: its open group goes
    m_store = std::make_unique<ProfileStore>(*m_db);
    QCOMPARE(m_store->count(), 0);
    // Nothing is left open on the connection: the next write commits by itself.
    QVERIFY2(m_store->insert(minimalProfile(QStringLiteral("After")), &error), qPrintable(error));
    Database other(m_db->path());
    QVERIFY2(other.open(&error), qPrintable(error));
    QCOMPARE(ProfileStore(other).count(), 1);
}

// A group's savepoints keep their journals in memory (temp_store = MEMORY,
// 2) while it is open, and the connection has its default (0) again after
// it, committed or rolled back.
void TestProfileStore::groupKeepsSavepointJournalsInMemory()
{
    if (m_onServer)
        QSKIP("SQLite only: temp_store is an SQLite pragma; a PostgreSQL savepoint keeps no journal file of its own");
    const auto tempStore = [this] {
        QSqlQuery q(m_db->handle());
        return q.exec(QStringLiteral("PRAGMA temp_store")) && q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(tempStore(), 0);
    QString error;
    QVERIFY2(m_store->beginGroup(&error), qPrintable(error));
    QCOMPARE(tempStore(), 2);
    QVERIFY2(m_store->insert(fullProfile(), &error), qPrintable(error));
    QVERIFY2(m_store->commitGroup(&error), qPrintable(error));
    QCOMPARE(tempStore(), 0);
    QCOMPARE(m_store->count(), 1);

    QVERIFY2(m_store->beginGroup(&error), qPrintable(error));
    QVERIFY(m_store->insert(minimalProfile(QStringLiteral("Two")), &error));
    m_store.reset(); // rolled back
    m_store = std::make_unique<ProfileStore>(*m_db);
    QCOMPARE(tempStore(), 0);
    QCOMPARE(m_store->count(), 1);
}

// The store keeps its statements prepared; a kept SELECT is reset after use,
// so the connection holds no read snapshot between calls: it sees another
// writer's commit, and a checkpoint is not held back by it.
void TestProfileStore::keptStatementsHoldNoSnapshot()
{
    QString error;
    const std::optional<qint64> id = m_store->insert(fullProfile(), &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(m_store->load(*id));
    QVERIFY(m_store->findByName(fullProfile().company.name));
    QVERIFY(m_store->plannedItems(*id, &error).isEmpty());

    Database other(m_db->path());
    QVERIFY2(other.open(&error), qPrintable(error));
    ProfileStore otherStore(other);
    Profile p = *otherStore.load(*id);
    p.company.mainProduct = QStringLiteral("changed by another window");
    QVERIFY2(otherStore.update(*id, p, &error), qPrintable(error));
    QCOMPARE(m_store->load(*id)->company.mainProduct, p.company.mainProduct);
    verifyNoSnapshotHeld(other);
}

// Closing the connection lets its kept statements go (Database::close); the
// store goes on with new ones on the new connection.
void TestProfileStore::closeAndReopenWithKeptStatements()
{
    QString error;
    const std::optional<qint64> id = m_store->insert(fullProfile(), &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(m_store->load(*id));
    m_db->close();
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QVERIFY(*m_store->load(*id) == fullProfile());
    QVERIFY2(m_store->insert(minimalProfile(QStringLiteral("After reopening")), &error), qPrintable(error));
    QCOMPARE(m_store->count(), 2);
}

// forEach reads companies many at a time: each one as load() reads it, in the
// list's order, however the reads are grouped.
void TestProfileStore::forEachReadsWhatLoadReadsInTheListsOrder()
{
    QString error;
    QRandomGenerator rng(7);
    QVERIFY2(m_store->beginGroup(&error), qPrintable(error));
    for (int n = 0; n < 1100; ++n)
        QVERIFY2(m_store->insert(variedProfile(n, rng), &error), qPrintable(error));
    QVERIFY2(m_store->commitGroup(&error), qPrintable(error));

    const QList<CompanySummary> listed = m_store->list(&error);
    QCOMPARE(listed.size(), 1100);
    qsizetype at = 0;
    QVERIFY2(m_store->forEach(
                 [&](qint64 id, const Profile &p) {
                     if (at >= listed.size() || listed.at(at).id != id)
                         return false;
                     ++at;
                     const std::optional<Profile> loaded = m_store->load(id);
                     return loaded && *loaded == p;
                 },
                 &error),
             qPrintable(error));
    QCOMPARE(at, listed.size());
}

// The export reads one picture of the database: what another writer commits
// meanwhile (a change, a deletion, a new company) is not seen, and once the
// walk ends nothing holds the old picture.
void TestProfileStore::forEachSeesOneSnapshotWhileAnotherWriterCommits()
{
    QString error;
    QRandomGenerator rng(11);
    QVERIFY2(m_store->beginGroup(&error), qPrintable(error));
    for (int n = 0; n < 700; ++n)
        QVERIFY2(m_store->insert(variedProfile(n, rng), &error), qPrintable(error));
    QVERIFY2(m_store->commitGroup(&error), qPrintable(error));
    const QList<CompanySummary> before = m_store->list(&error);
    QList<Profile> expected;
    for (const CompanySummary &c : before)
        expected.append(*m_store->load(c.id));

    Database other(m_db->path());
    QVERIFY2(other.open(&error), qPrintable(error));
    ProfileStore otherStore(other);
    qsizetype at = 0;
    bool same = true;
    QVERIFY2(m_store->forEach(
                 [&](qint64 id, const Profile &p) {
                     if (at == 1) { // another window writes while the export runs
                         Profile last = *otherStore.load(before.last().id);
                         last.company.mainProduct = QStringLiteral("changed meanwhile");
                         last.years.clear();
                         QString e;
                         same = same && otherStore.update(before.last().id, last, &e);
                         same = same && otherStore.remove(before.at(before.size() / 2).id, &e);
                         same = same && otherStore.insert(minimalProfile(QStringLiteral("阿 new meanwhile")), &e);
                     }
                     same = same && at < before.size() && before.at(at).id == id && expected.at(at) == p;
                     ++at;
                     return true;
                 },
                 &error),
             qPrintable(error));
    QVERIFY(same);
    QCOMPARE(at, before.size());
    verifyNoSnapshotHeld(other);
    QCOMPARE(m_store->load(before.last().id)->company.mainProduct, QStringLiteral("changed meanwhile"));
    QCOMPARE(m_store->count(), before.size());
}

void TestProfileStore::forEachStoppedEarlyHoldsNoSnapshot()
{
    QString error;
    QRandomGenerator rng(3);
    for (int n = 0; n < 40; ++n)
        QVERIFY2(m_store->insert(variedProfile(n, rng), &error), qPrintable(error));
    int seen = 0;
    QVERIFY2(m_store->forEach([&](qint64, const Profile &) { return ++seen < 3; }, &error), qPrintable(error));
    QCOMPARE(seen, 3);

    Database other(m_db->path());
    QVERIFY2(other.open(&error), qPrintable(error));
    ProfileStore otherStore(other);
    QVERIFY2(otherStore.insert(minimalProfile(QStringLiteral("After the walk")), &error), qPrintable(error));
    verifyNoSnapshotHeld(other);
    QCOMPARE(m_store->count(), 41);
    // A write on the walk's connection afterwards is a transaction of its own.
    QVERIFY2(m_store->insert(minimalProfile(QStringLiteral("Own write")), &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "test_profilestore.moc"
