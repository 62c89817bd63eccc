// SPDX-License-Identifier: GPL-3.0-or-later
// The window writes patches: what the user changed and nothing else, so that
// another writer (another window, a batch, an import, another process) is
// never overwritten, and a same-field clash is shown with both values.
#include "CompanyForm.h"
#include "MainWindow.h"
#include "PortfolioModel.h"
#include "ProfileEditor.h"
#include "model/Patch.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace srdi;
using srdi::ui::ProfileEditor;

namespace {

Profile company()
{
    Profile p;
    p.assessmentYear = 2026;
    p.company.name = QStringLiteral("杭州测试制造有限公司");
    p.company.region = QStringLiteral("330100");
    p.company.industry = QStringLiteral("C34");
    FiscalYear &fy = p.ensureYear(2025);
    fy.operatingRevenue = 76'800'000;
    fy.rdExpense = 3'500'000;
    fy.employees = 180;
    p.innovation.honors = QStringList{QStringLiteral("high_tech_enterprise")};
    p.company.attestations.noBannedProducts = true;
    return p;
}

// Another writer: its own connection to the same file, as another process has.
struct OtherWriter
{
    explicit OtherWriter(const QString &path) : db(path), store(db)
    {
        QString error;
        ok = db.open(&error);
    }
    Database db;
    ProfileStore store;
    bool ok = false;
};

} // namespace

class TestEditPatches : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("srdi-test"));
        QCoreApplication::setApplicationName(QStringLiteral("srdi-assess-test"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("srdi.sqlite"));
        m_db = std::make_unique<Database>(m_path);
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<ProfileStore>(*m_db);
        const auto id = m_store->insert(company(), &error);
        QVERIFY2(id, qPrintable(error));
        m_id = *id;
        m_undo = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<ProfileEditor>(m_store.get(), m_undo.get());
        QVERIFY(m_editor->open(m_id));
    }

    void cleanup()
    {
        m_editor.reset();
        m_undo.reset();
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    // Typing in a field (not yet committed) while another writer saves the
    // same field: the window hears it and keeps what is typed; committing it
    // then shows both values (the other writer's was never seen), and the
    // default keeps theirs. Before, the typed value was written over theirs.
    void typingOverAnotherWritersUnseenValueIsAConflict()
    {
        m_editor.reset(); // the window's own editor, on the fixture's file
        ui::MainWindow w(m_path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.editor()->companyId(), m_id);
        const QString path = QStringLiteral("company.main_product");
        auto *line = qobject_cast<QLineEdit *>(w.form()->inputFor(path));
        QVERIFY(line);
        w.form()->setCurrentIndex(ui::CompanyForm::pageOf(path));
        w.activateWindow();
        line->setFocus();
        line->selectAll();
        QInputMethodEvent typed; // as an input method commits Chinese text
        typed.setCommitString(QStringLiteral("我正在输入的产品"));
        QApplication::sendEvent(line, &typed);
        QVERIFY(w.form()->hasPending());
        QCOMPARE(w.form()->typingPaths(), QStringList{path});

        OtherWriter other(m_path);
        QVERIFY(other.ok);
        const Profile before = *other.store.load(m_id);
        Profile after = before;
        after.company.mainProduct = QStringLiteral("别人刚保存的产品");
        QVERIFY(other.store.apply(m_id, Patch::between(before, after), ConflictPolicy::Refuse).ok);
        QVERIFY(w.checkOtherWriters());
        QCOMPARE(line->text(), QStringLiteral("我正在输入的产品")); // what is typed stays
        QCOMPARE(w.editor()->profile().company.mainProduct, Opt<QString>(QStringLiteral("别人刚保存的产品")));

        QString shown;
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [poll, &shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->informativeText();
                poll->stop();
                box->defaultButton()->click(); // keep theirs
            }
        });
        poll->start(20);
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(!shown.isEmpty());
        delete poll;
        QVERIFY2(shown.contains(QStringLiteral("我正在输入的产品")) && shown.contains(QStringLiteral("别人刚保存的产品")),
                 qPrintable(shown));
        QCOMPARE(m_store->load(m_id)->company.mainProduct, Opt<QString>(QStringLiteral("别人刚保存的产品")));
    }

    // The reported case: the window open, an import of an updated profile into
    // the same database, one letter typed in the window: the import was gone.
    void typingKeepsAnImportThatCameMeanwhile()
    {
        OtherWriter other(m_path);
        QVERIFY(other.ok);
        Profile updated = company();
        updated.ensureYear(2025).operatingRevenue = 80'000'000;
        updated.ensureYear(2025).rdExpense = 3'600'000;
        updated.ensureYear(2025).employees = 190;
        updated.company.attestations.noBannedProducts = false;
        QVERIFY(other.store.importProfile(updated, fields::known(updated), ImportMode::Merge).ok);

        QVERIFY(m_editor->edit(QStringLiteral("company.name"), QStringLiteral("name"),
                               [](Profile &p) { p.company.name += QStringLiteral("X"); })
                    .isEmpty());
        const Profile stored = *m_store->load(m_id);
        QCOMPARE(stored.company.name, company().company.name + QStringLiteral("X"));
        QCOMPARE(stored.fiscalYear(2025)->operatingRevenue, Opt<Yuan>(80'000'000));
        QCOMPARE(stored.fiscalYear(2025)->rdExpense, Opt<Yuan>(3'600'000));
        QCOMPARE(stored.fiscalYear(2025)->employees, Opt<qint64>(190));
        QCOMPARE(stored.company.attestations.noBannedProducts, Opt<bool>(false));
        // The window shows what is stored now, the import included.
        QCOMPARE(m_editor->profile(), stored);
    }

    void undoRevertsOnlyItsOwnPatch()
    {
        QVERIFY(m_editor->edit(QStringLiteral("years.2025.rd_expense"), QStringLiteral("rd"),
                               [](Profile &p) { p.ensureYear(2025).rdExpense = 4'000'000; })
                    .isEmpty());
        OtherWriter other(m_path);
        Profile theirs = *other.store.load(m_id);
        theirs.ensureYear(2025).employees = 200;
        QVERIFY(other.store.update(m_id, theirs));

        m_undo->undo();
        Profile stored = *m_store->load(m_id);
        QCOMPARE(stored.fiscalYear(2025)->rdExpense, Opt<Yuan>(3'500'000)); // mine undone
        QCOMPARE(stored.fiscalYear(2025)->employees, Opt<qint64>(200));     // theirs kept
        m_undo->redo();
        stored = *m_store->load(m_id);
        QCOMPARE(stored.fiscalYear(2025)->rdExpense, Opt<Yuan>(4'000'000));
        QCOMPARE(stored.fiscalYear(2025)->employees, Opt<qint64>(200));
    }

    void sameFieldClashShowsBothAndKeepsTheirsUnlessTold()
    {
        OtherWriter other(m_path);
        Profile theirs = *other.store.load(m_id);
        theirs.ensureYear(2025).rdExpense = 4'200'000;
        QVERIFY(other.store.update(m_id, theirs));

        QStringList askedKeys;
        Opt<Yuan> askedMine, askedTheirs;
        bool keepMine = false;
        m_editor->setConflictResolver([&](const QStringList &keys, const Profile &mine, const Profile &t) {
            askedKeys = keys;
            askedMine = mine.fiscalYear(2025)->rdExpense;
            askedTheirs = t.fiscalYear(2025)->rdExpense;
            return keepMine;
        });
        m_editor->edit(QStringLiteral("years.2025.rd_expense"), QStringLiteral("rd"),
                       [](Profile &p) { p.ensureYear(2025).rdExpense = 4'000'000; });
        QCOMPARE(askedKeys, QStringList{QStringLiteral("years.2025.rd_expense")});
        QCOMPARE(askedMine, Opt<Yuan>(4'000'000));
        QCOMPARE(askedTheirs, Opt<Yuan>(4'200'000));
        QCOMPARE(m_store->load(m_id)->fiscalYear(2025)->rdExpense, Opt<Yuan>(4'200'000));
        QCOMPARE(m_editor->profile().fiscalYear(2025)->rdExpense, Opt<Yuan>(4'200'000)); // shown
        QCOMPARE(m_undo->count(), 0); // nothing of mine was written

        keepMine = true;
        theirs.ensureYear(2025).rdExpense = 4'300'000;
        QVERIFY(other.store.update(m_id, theirs));
        m_editor->edit(QStringLiteral("years.2025.rd_expense"), QStringLiteral("rd"),
                       [](Profile &p) { p.ensureYear(2025).rdExpense = 4'100'000; });
        QCOMPARE(askedTheirs, Opt<Yuan>(4'300'000));
        QCOMPARE(m_store->load(m_id)->fiscalYear(2025)->rdExpense, Opt<Yuan>(4'100'000));
    }

    void refreshAnnouncesWhatAnotherWriterChanged()
    {
        QSignalSpy spy(m_editor.get(), &ProfileEditor::changedElsewhere);
        QVERIFY(!m_editor->refreshFromStore()); // nothing changed yet
        OtherWriter other(m_path);
        Profile theirs = *other.store.load(m_id);
        theirs.ensureYear(2025).employees = 210;
        theirs.company.region = QStringLiteral("330110");
        QVERIFY(other.store.update(m_id, theirs));
        QVERIFY(m_editor->refreshFromStore());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toStringList(),
                 (QStringList{QStringLiteral("company.region"), QStringLiteral("years.2025.employees")}));
        QCOMPARE(m_editor->profile(), theirs);
    }

    void windowHearsAnotherWriterWithinASecond()
    {
        m_editor.reset();
        ui::MainWindow w(m_path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.currentCompanyId() == m_id);
        OtherWriter other(m_path);
        Profile theirs = *other.store.load(m_id);
        theirs.company.name = QStringLiteral("改名后的公司");
        QVERIFY(other.store.update(m_id, theirs));
        // The timer looks once a second: the list and the open company follow.
        QTRY_VERIFY_WITH_TIMEOUT(w.portfolio()->index(0, 1).data().toString() == theirs.company.name ||
                                     w.portfolio()->index(0, 0).data().toString() == theirs.company.name,
                                 1500);
        QVERIFY(!w.checkOtherWriters()); // already heard
    }

    // Two other processes (a window that never reloads and a batch) and this
    // window write one company at once, 1,300 rounds in all. Each writer owns
    // some figures and checks after every commit that none of its own was
    // lost; at the end every last value of each is there.
    void stressThreeWritersLoseNothing()
    {
        const QString patcher = qEnvironmentVariable("SRDI_PATCHER");
        QVERIFY2(QFile::exists(patcher), "SRDI_PATCHER names tools/patcher.cpp's executable");
        constexpr int kEach = 500, kMine = 300;
        QProcess window, batch;
        window.start(patcher, {QStringLiteral("window"), m_path, QString::number(m_id), QStringLiteral("1900"),
                               QString::number(kEach)});
        batch.start(patcher, {QStringLiteral("import"), m_path, QString::number(m_id), QStringLiteral("1950"),
                              QString::number(kEach)});
        using Column = Opt<qint64> FiscalYear::*;
        const Column columns[] = {&FiscalYear::netProfit, &FiscalYear::totalAssets, &FiscalYear::totalLiabilities,
                                  &FiscalYear::equityFinancing};
        // The same slots as tools/patcher.cpp: year first + (r / 4) % 50, column r % 4, value r + 1.
        const auto expectLast = [&](const Profile &p, int first, int rounds) {
            QHash<QPair<int, int>, qint64> last;
            for (int r = 0; r < rounds; ++r)
                last.insert({first + (r / 4) % 50, r % 4}, r + 1);
            for (auto it = last.cbegin(); it != last.cend(); ++it) {
                const FiscalYear *fy = p.fiscalYear(it.key().first);
                if (!fy || fy->*columns[it.key().second] != Opt<qint64>(it.value()))
                    return false;
            }
            return true;
        };
        for (int r = 0; r < kMine; ++r) {
            const int year = 2000 + (r / 4) % 20;
            const Column column = columns[r % 4];
            const auto problems = m_editor->edit(QStringLiteral("stress"), QStringLiteral("e"),
                                                 [&](Profile &p) { p.ensureYear(year).*column = r + 1; });
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message()));
            QVERIFY2(expectLast(m_editor->profile(), 2000, r + 1) || (r / 4) >= 20, qPrintable(QString::number(r)));
        }
        QVERIFY(window.waitForFinished(100000));
        QVERIFY(batch.waitForFinished(100000));
        QVERIFY2(window.exitCode() == 0, window.readAllStandardError().constData());
        QVERIFY2(batch.exitCode() == 0, batch.readAllStandardError().constData());
        const Profile stored = *m_store->load(m_id);
        QVERIFY(expectLast(stored, 1900, kEach));
        QVERIFY(expectLast(stored, 1950, kEach));
        QHash<QPair<int, int>, qint64> minePerSlot;
        for (int r = 0; r < kMine; ++r)
            minePerSlot.insert({2000 + (r / 4) % 20, r % 4}, r + 1);
        for (auto it = minePerSlot.cbegin(); it != minePerSlot.cend(); ++it)
            QCOMPARE(stored.fiscalYear(it.key().first)->*columns[it.key().second], Opt<qint64>(it.value()));
        // What nobody edited is as it was.
        QCOMPARE(stored.fiscalYear(2025)->rdExpense, company().fiscalYear(2025)->rdExpense);
        QCOMPARE(stored.innovation.honors, company().innovation.honors);
        QCOMPARE(stored.company.name, company().company.name);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ProfileEditor> m_editor;
    qint64 m_id = 0;
};

QTEST_MAIN(TestEditPatches)
#include "test_editpatches.moc"
