// SPDX-License-Identifier: GPL-3.0-or-later
// Working away from the office: a company exported as *.srdi.json, changed in
// the file, imported back — the fields the file changed are written, a field
// also changed in the database meanwhile is a conflict that keeps the
// database's value (ProfileStore::recordExport, importExported).
#include "io/ProfileJson.h"
#include "model/Patch.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "testconfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace srdi;

namespace {

Profile fixture()
{
    QFile f(QStringLiteral(SRDI_FIXTURES_DIR "/full.srdi.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open the fixture");
    const ImportResult r = ProfileJson::parse(f.readAll(), QDate(2026, 12, 1));
    if (!r.profile)
        qFatal("the fixture does not parse");
    return *r.profile;
}

} // namespace

class TestOfflineCopies : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void withoutACopyTheFileIsMergedAsBefore();
    void aFieldChangedInTheFileOnlyIsWritten();
    void aFieldChangedHereOnlyKeepsItsValue();
    void aFieldChangedOnBothSidesIsAConflict();
    void theSameChangeOnBothSidesIsNoConflict();
    void theCopyClosestToTheFileIsItsBase();
    void theReturnIsInTheHistory();
    void fieldTextSaysEveryKindOfValue();

private:
    // Exports the stored company: what the consultant takes away.
    Profile exportStored();
    // Another writer (a colleague in the office) sets `key` to `value`'s.
    void colleagueSets(const Profile &value, const QString &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileStore> m_store;
    qint64 m_id = 0;
};

void TestOfflineCopies::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("srdi.sqlite")));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    m_store = std::make_unique<ProfileStore>(*m_db);
    const std::optional<qint64> id = m_store->insert(fixture(), &error);
    QVERIFY2(id, qPrintable(error));
    m_id = *id;
}

void TestOfflineCopies::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

Profile TestOfflineCopies::exportStored()
{
    const std::optional<Profile> stored = m_store->load(m_id);
    if (!stored)
        qFatal("the company is not there");
    QString error;
    if (!m_store->recordExport(m_id, *stored, &error))
        qFatal("%s", qPrintable(error));
    // What the file holds once read back.
    const ImportResult back = ProfileJson::parse(ProfileJson::serialize(*stored), QDate(2026, 12, 1));
    if (!back.profile)
        qFatal("the export does not read back");
    return *back.profile;
}

void TestOfflineCopies::colleagueSets(const Profile &value, const QString &key)
{
    const std::optional<Profile> stored = m_store->load(m_id);
    QVERIFY(stored);
    Profile after = *stored;
    fields::copy(value, after, key);
    const PatchOutcome outcome = m_store->apply(m_id, Patch::between(*stored, after));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(outcome.applied.contains(key));
}

void TestOfflineCopies::withoutACopyTheFileIsMergedAsBefore()
{
    Profile file = fixture();
    file.company.mainProduct = QStringLiteral("文件里的产品");
    bool hadCopy = true;
    const PatchOutcome outcome = m_store->importExported(file, fields::known(file), &hadCopy);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!hadCopy);
    QCOMPARE(outcome.applied, QStringList{QStringLiteral("company.main_product")});
    QCOMPARE(m_store->load(m_id)->company.mainProduct, QStringLiteral("文件里的产品"));
}

void TestOfflineCopies::aFieldChangedInTheFileOnlyIsWritten()
{
    Profile file = exportStored();
    file.years.last().rdExpense = 9'990'000;
    bool hadCopy = false;
    const PatchOutcome outcome = m_store->importExported(file, fields::known(file), &hadCopy);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(hadCopy);
    QVERIFY(outcome.conflicts.isEmpty());
    const QString key = QStringLiteral("years.%1.rd_expense").arg(file.years.last().year);
    QCOMPARE(outcome.applied, QStringList{key});
    QCOMPARE(m_store->load(m_id)->years.last().rdExpense, Opt<qint64>(9'990'000));
}

void TestOfflineCopies::aFieldChangedHereOnlyKeepsItsValue()
{
    const Profile file = exportStored(); // taken away, not changed
    Profile office = fixture();
    office.refinement.digitalLevel = 4;
    colleagueSets(office, QStringLiteral("refinement.digital_level"));
    // Merged as before (no copy known), the file's 2 would overwrite the colleague's 4.
    const PatchOutcome outcome = m_store->importExported(file, fields::known(file));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(outcome.applied.isEmpty());
    QVERIFY(outcome.conflicts.isEmpty());
    QCOMPARE(m_store->load(m_id)->refinement.digitalLevel, Opt<qint64>(4));
}

void TestOfflineCopies::aFieldChangedOnBothSidesIsAConflict()
{
    Profile file = exportStored();
    file.company.mainProduct = QStringLiteral("离线修改的产品");
    file.years.last().rdExpense = 9'990'000;
    Profile office = fixture();
    office.company.mainProduct = QStringLiteral("办公室修改的产品");
    colleagueSets(office, QStringLiteral("company.main_product"));

    const PatchOutcome outcome = m_store->importExported(file, fields::known(file));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.conflicts, QStringList{QStringLiteral("company.main_product")});
    // The other field the file changed is written; the conflict keeps the database's value.
    QCOMPARE(outcome.applied.size(), 1);
    const std::optional<Profile> stored = m_store->load(m_id);
    QCOMPARE(stored->company.mainProduct, Opt<QString>(QStringLiteral("办公室修改的产品")));
    QCOMPARE(stored->years.last().rdExpense, Opt<qint64>(9'990'000));
    // Both values can be shown.
    QCOMPARE(ProfileJson::fieldText(outcome.stored, QStringLiteral("company.main_product")), QStringLiteral("办公室修改的产品"));
    QCOMPARE(ProfileJson::fieldText(file, QStringLiteral("company.main_product")), QStringLiteral("离线修改的产品"));
}

void TestOfflineCopies::theSameChangeOnBothSidesIsNoConflict()
{
    Profile file = exportStored();
    file.company.mainProduct = QStringLiteral("同一个新产品");
    colleagueSets(file, QStringLiteral("company.main_product"));
    const PatchOutcome outcome = m_store->importExported(file, fields::known(file));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(outcome.conflicts.isEmpty());
    QVERIFY(outcome.applied.isEmpty());
}

void TestOfflineCopies::theCopyClosestToTheFileIsItsBase()
{
    // Monday's copy goes away; the office then changes a field and Tuesday's
    // copy goes to someone else. Monday's file, unchanged, comes back: its
    // base is Monday's copy, so the office's change is not undone.
    const Profile monday = exportStored();
    Profile office = fixture();
    office.refinement.digitalLevel = 4;
    office.company.mainProduct = QStringLiteral("周二之前的修改");
    colleagueSets(office, QStringLiteral("refinement.digital_level"));
    colleagueSets(office, QStringLiteral("company.main_product"));
    exportStored(); // Tuesday's, newer
    const PatchOutcome outcome = m_store->importExported(monday, fields::known(monday));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(outcome.applied.isEmpty());
    QCOMPARE(m_store->load(m_id)->refinement.digitalLevel, Opt<qint64>(4));
}

void TestOfflineCopies::theReturnIsInTheHistory()
{
    Profile file = exportStored();
    file.company.mainProduct = QStringLiteral("离线修改的产品");
    QVERIFY(m_store->importExported(file, fields::known(file)).ok);
    const QList<HistoryEntry> history = m_store->history(m_id);
    QCOMPARE(history.size(), 2); // created, changed
    QCOMPARE(history.first().action, QStringLiteral("changed"));
    QCOMPARE(history.first().author, m_db->author());
    QCOMPARE(history.first().changes.size(), 1);
    QCOMPARE(history.first().changes.first().field, QStringLiteral("company.main_product"));
    QCOMPARE(history.first().changes.first().after.toString(), QStringLiteral("离线修改的产品"));
    QCOMPARE(history.first().changes.first().before.toString(), fixture().company.mainProduct.value_or(QString()));
    QCOMPARE(history.last().action, QStringLiteral("created"));
}

void TestOfflineCopies::fieldTextSaysEveryKindOfValue()
{
    Profile p = fixture();
    p.refinement.digitalLevel = std::nullopt;
    QCOMPARE(ProfileJson::fieldText(p, QStringLiteral("refinement.digital_level")), QStringLiteral("—"));
    QCOMPARE(ProfileJson::fieldText(p, QStringLiteral("company.name")), p.company.name);
    p.years.last().rdExpense = 4'300'500; // 430.05 万元
    QCOMPARE(ProfileJson::fieldText(p, QStringLiteral("years.%1.rd_expense").arg(p.years.last().year)),
             QStringLiteral("430.05"));
    QCOMPARE(ProfileJson::fieldText(p, QStringLiteral("refinement.own_brand")), QStringLiteral("true"));
    QVERIFY(ProfileJson::fieldText(p, QStringLiteral("innovation.honors")).startsWith(u'['));
}

QTEST_GUILESS_MAIN(TestOfflineCopies)
#include "test_offlinecopies.moc"
