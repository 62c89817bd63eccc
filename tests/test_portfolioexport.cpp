// SPDX-License-Identifier: GPL-3.0-or-later
// The portfolio export (File ▸ Export portfolio…, --export-portfolio): the
// same bytes (CSV) and the same cells (.xlsx) as assessing the companies one
// by one in the list's order, progress in order, Stop, and one picture of a
// database that another writer changes meanwhile.
#include "support/GeneratedCompanies.h"

#include "awards/AwardCatalog.h"
#include "io/CompanyCsv.h"
#include "io/PortfolioExport.h"
#include "io/PortfolioWorkbook.h"
#include "rules/Assessment.h"
#include "rules/Evaluator.h"
#include "rules/RulePack.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace srdi;

namespace {

constexpr int kCompanies = 700;

// The benchmark's companies, varied further: years missing (inputs lacking),
// no region, titles held and lapsed, names that tie or start with '='.
Profile varied(testsupport::Gen &gen, int n)
{
    Profile p = gen.company(n);
    if (n % 7 == 0)
        p.years.clear();
    if (n % 5 == 0)
        p.company.region.reset();
    if (n % 11 == 0)
        p.company.name = QStringLiteral("=SUM(A1) ") + p.company.name;
    if (n % 13 == 0)
        p.company.recognitions = QList<Recognition>{{QStringLiteral("specialized"), QDate(2021, 3, 1)},
                                                    {QStringLiteral("innovative"), QDate(2025, 1, 10)}};
    if (n % 17 == 0)
        p.company.name = QStringLiteral("同名企业有限公司"); // ties: the list orders them by id
    if (n % 19 == 0)
        p.company.recognitions.reset();
    if (n % 23 == 0)
        p.specialization.developmentScores.reset();
    return p;
}

// Every company loaded on its own, in the list's order, assessed and written
// as the export writes one: the straightforward path.
QByteArray referenceCsv(ProfileStore &store, const io::PortfolioExport::Options &o)
{
    QByteArray out = io::ResultCsv::byteOrderMark() + io::ResultCsv::headerLine();
    for (const CompanySummary &c : store.list()) {
        const Profile p = *store.load(c.id);
        rules::PackChoice choice;
        if (!o.rulesId.isEmpty())
            choice.pack = rules::RulePacks::instance().pack(o.rulesId), choice.reason.id = QStringLiteral("chosen");
        else
            choice = rules::RulePacks::instance().choose(p, o.today);
        const rules::Assessment a = rules::Evaluator::evaluate(p, choice, o.today);
        out += io::ResultCsv::line(p, a, awards::AwardCatalog::instance().match(p, a, a.date));
    }
    return out;
}

bool referenceWorkbook(ProfileStore &store, const io::PortfolioExport::Options &o, const QString &path)
{
    io::PortfolioWorkbook book(path, o.lang);
    QString error;
    if (!book.open(&error))
        return false;
    for (const CompanySummary &c : store.list()) {
        const Profile p = *store.load(c.id);
        const rules::PackChoice choice = rules::RulePacks::instance().choose(p, o.today);
        const rules::Assessment a = rules::Evaluator::evaluate(p, choice, o.today);
        book.add(p, a, awards::AwardCatalog::instance().match(p, a, a.date));
    }
    return book.close(&error);
}

// The parts of a workbook (every file but the time it was made), by name.
QMap<QString, QByteArray> workbookParts(const QString &path)
{
    QMap<QString, QByteArray> parts;
    const QString into = path + QStringLiteral(".parts");
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-q"), QStringLiteral("-o"), path, QStringLiteral("-d"), into});
    if (!unzip.waitForFinished(60000) || unzip.exitCode() != 0) {
        qWarning("unzip: %s", unzip.readAllStandardError().constData());
        return parts;
    }
    const QDir dir(into);
    QDirIterator it(into, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString name = dir.relativeFilePath(file);
        QFile f(file);
        if (name != QLatin1String("docProps/core.xml") && f.open(QIODevice::ReadOnly))
            parts.insert(name, f.readAll());
    }
    QDir(into).removeRecursively();
    return parts;
}

} // namespace

class TestPortfolioExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void csvIsTheCompanyByCompanyExport_data();
    void csvIsTheCompanyByCompanyExport();
    void workbookHasTheCompanyByCompanyCells();
    void progressComesInOrderOncePerCompany();
    void stopWritesNothing();
    void anotherWriterMeanwhileIsNotSeen();

private:
    QByteArray exportCsv(const io::PortfolioExport::Options &o, const io::PortfolioExport::Progress &progress = {},
                         qint64 *written = nullptr, QString *error = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileStore> m_store;
};

void TestPortfolioExport::initTestCase()
{
    rules::RulePacks::instance().load();
    awards::AwardCatalog::instance().load();
    QVERIFY(!rules::RulePacks::instance().ids().isEmpty());
}

void TestPortfolioExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("srdi.sqlite")));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    m_store = std::make_unique<ProfileStore>(*m_db);
    testsupport::Gen gen(4711);
    QVERIFY2(m_store->beginGroup(&error), qPrintable(error));
    for (int n = 1; n <= kCompanies; ++n)
        QVERIFY2(m_store->insert(varied(gen, n), &error), qPrintable(error));
    QVERIFY2(m_store->commitGroup(&error), qPrintable(error));
}

void TestPortfolioExport::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

QByteArray TestPortfolioExport::exportCsv(const io::PortfolioExport::Options &o,
                                          const io::PortfolioExport::Progress &progress, qint64 *written,
                                          QString *error)
{
    QByteArray out;
    QString e;
    const qint64 n = io::PortfolioExport::write(
        *m_store, o, [&out](const QByteArray &bytes) { return out += bytes, true; }, progress, &e);
    if (written)
        *written = n;
    if (error)
        *error = e;
    return out;
}

void TestPortfolioExport::csvIsTheCompanyByCompanyExport_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("chooseRules");
    QTest::newRow("today, the pack in force") << QDate(2026, 11, 23) << false;
    QTest::newRow("another day") << QDate(2025, 6, 1) << false;
    QTest::newRow("--rules") << QDate(2026, 11, 23) << true;
}

void TestPortfolioExport::csvIsTheCompanyByCompanyExport()
{
    QFETCH(QDate, today);
    QFETCH(bool, chooseRules);
    io::PortfolioExport::Options o;
    o.output = QStringLiteral("portfolio.csv");
    o.today = today;
    if (chooseRules)
        o.rulesId = rules::RulePacks::instance().ids().first();
    qint64 written = 0;
    QString error;
    const QByteArray csv = exportCsv(o, {}, &written, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(written, kCompanies);
    const QByteArray reference = referenceCsv(*m_store, o);
    QCOMPARE(csv.count('\n'), kCompanies + 1);
    QVERIFY(csv == reference);
}

void TestPortfolioExport::workbookHasTheCompanyByCompanyCells()
{
    io::PortfolioExport::Options o;
    o.databasePath = m_db->path();
    o.output = m_dir->filePath(QStringLiteral("portfolio.xlsx"));
    o.lang = QStringLiteral("zh_CN");
    o.today = QDate::currentDate();
    QString error;
    QCOMPARE(io::PortfolioExport::run(o, {}, &error), kCompanies);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString reference = m_dir->filePath(QStringLiteral("reference.xlsx"));
    QVERIFY(referenceWorkbook(*m_store, o, reference));
    const QMap<QString, QByteArray> made = workbookParts(o.output), expected = workbookParts(reference);
    QVERIFY2(expected.contains(QStringLiteral("xl/worksheets/sheet2.xml")), qPrintable(expected.keys().join(u' ')));
    QCOMPARE(made.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(made.value(it.key()) == it.value(), qPrintable(it.key()));
}

void TestPortfolioExport::progressComesInOrderOncePerCompany()
{
    io::PortfolioExport::Options o;
    o.output = QStringLiteral("portfolio.csv");
    o.today = QDate(2026, 11, 23);
    QList<qint64> done;
    bool totals = true;
    exportCsv(o, [&](qint64 d, qint64 total) {
        done.append(d);
        totals = totals && total == kCompanies;
        return true;
    });
    QVERIFY(totals);
    QCOMPARE(done.size(), kCompanies);
    for (qsizetype i = 0; i < done.size(); ++i)
        QCOMPARE(done.at(i), i + 1);
}

void TestPortfolioExport::stopWritesNothing()
{
    io::PortfolioExport::Options o;
    o.databasePath = m_db->path();
    o.today = QDate(2026, 11, 23);
    for (const QString &name : {QStringLiteral("stopped.csv"), QStringLiteral("stopped.xlsx")}) {
        o.output = m_dir->filePath(name);
        qint64 last = 0;
        int calls = 0;
        QString error;
        const qint64 n = io::PortfolioExport::run(o, [&](qint64 d, qint64) {
            ++calls;
            last = d;
            return d < 100;
        }, &error);
        QCOMPARE(n, -1);
        QVERIFY2(error.isEmpty(), qPrintable(error)); // stopped, not failed
        QCOMPARE(last, 100);
        QCOMPARE(calls, 100); // not asked again once stopped
        QVERIFY(!QFile::exists(o.output));
        const QStringList left = QDir(m_dir->path()).entryList(QDir::Files);
        QCOMPARE(left, QStringList{QStringLiteral("srdi.sqlite")} + left.filter(QStringLiteral("srdi.sqlite-")));
    }
}

// Another window or process writes while the export runs: the export shows
// the database as it was when it began, whole.
void TestPortfolioExport::anotherWriterMeanwhileIsNotSeen()
{
    io::PortfolioExport::Options o;
    o.output = QStringLiteral("portfolio.csv");
    o.today = QDate(2026, 11, 23);
    const QByteArray before = referenceCsv(*m_store, o);
    const QList<CompanySummary> listed = m_store->list();

    Database other(m_db->path());
    QString error;
    QVERIFY2(other.open(&error), qPrintable(error));
    ProfileStore otherStore(other);
    bool wrote = true;
    QString writeError;
    const QByteArray csv = exportCsv(o, [&](qint64 done, qint64) {
        if (done == 1 || done == kCompanies / 2) {
            QString &e = writeError;
            Profile last = *otherStore.load(listed.last().id);
            last.company.name += QStringLiteral(" 改名");
            last.years.clear();
            wrote = wrote && otherStore.update(listed.last().id, last, &e);
            wrote = wrote && otherStore.remove(listed.at(listed.size() / 2 + (done == 1 ? 0 : 1)).id, &e);
            testsupport::Gen gen(1);
            wrote = wrote && otherStore.insert(varied(gen, kCompanies + int(done)), &e);
        }
        return true;
    });
    QVERIFY2(wrote, qPrintable(writeError));
    QVERIFY(csv == before);
    QVERIFY(referenceCsv(*m_store, o) != before); // the writes are there for the next export
}

QTEST_GUILESS_MAIN(TestPortfolioExport)
#include "test_portfolioexport.moc"
