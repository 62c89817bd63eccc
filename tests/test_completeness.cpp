// SPDX-License-Identifier: GPL-3.0-or-later
// How much is still missing, offscreen: each tab of the forms counts the
// figures the rules in force read that are still empty (a fiscal-year figure
// once per year read), moves with every edit and follows the language; each
// field's tab is the page it is on; Help ▸ Document checklist shows and saves
// the documents behind the figures.

#include "CompanyForm.h"
#include "DocumentChecklistDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "ProfileEditor.h"
#include "io/ProfileJson.h"
#include "model/FieldHelp.h"
#include "rules/FieldsRead.h"
#include "rules/RulePack.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "testconfig.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace srdi;

namespace {

enum Page { Basics, Operations, Specialised, Refined, Distinctive, InnovationPage, Titles };

Profile fixture()
{
    QFile f(QStringLiteral(SRDI_FIXTURES_DIR "/full.srdi.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return ProfileJson::parse(f.readAll(), QDate(2026, 11, 23)).profile.value_or(Profile());
}

} // namespace

class TestCompleteness : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("srdi-test"));
        QCoreApplication::setApplicationName(QStringLiteral("srdi-completeness-test"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        rules::RulePacks::instance().load(QStringLiteral("/nonexistent"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("t.sqlite")));
        QVERIFY(m_db->open(nullptr));
        m_store = std::make_unique<ProfileStore>(*m_db);
        m_undo = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<ui::ProfileEditor>(m_store.get(), m_undo.get());
    }

    void cleanup()
    {
        ui::setCurrentLanguage(QStringLiteral("en"));
        m_editor.reset();
        m_undo.reset();
        m_store.reset();
        m_db.reset();
    }

    // The sample company with every figure the 2026 rules read, then gaps
    // made one by one: each tab says how many, and the count moves back when
    // a figure is entered again.
    void tabsCountWhatIsMissing()
    {
        Profile p = fixture();
        QVERIFY(!p.company.name.isEmpty());
        QCOMPARE(p.assessmentDate, Opt<QDate>(QDate(2026, 11, 22))); // the 2026 rules are in force
        const auto id = m_store->insert(p);
        QVERIFY(id);
        QVERIFY(m_editor->open(*id));
        ui::CompanyForm form(m_editor.get());
        for (int i = 0; i < form.count(); ++i) {
            QCOMPARE(form.missingOn(i), 0);
            QVERIFY2(!form.tabText(i).contains(u'('), qPrintable(form.tabText(i)));
        }
        QCOMPARE(form.tabText(Operations), QStringLiteral("Operations"));

        // Gaps: two yearly figures (上年度 and the third year back), a count of IP,
        // the niche start and the market position, a pledge.
        QVERIFY(m_editor->edit(QStringLiteral("t"), QStringLiteral("t"), [](Profile &x) {
            x.ensureYear(2025).rdExpense.reset();
            x.ensureYear(2023).operatingRevenue.reset();
            x.innovation.ip.class2.reset();
            x.company.nicheSince.reset();
            x.specialization.marketLeading.reset();
            x.company.attestations.noBannedProducts.reset();
            x.company.mainProduct.reset(); // no rule reads it: not counted
            x.refinement.ownBrand.reset(); // the 2026 rules do not read it
        }).isEmpty());
        QCOMPARE(form.missingOn(Basics), 0);
        QCOMPARE(form.missingOn(Operations), 2);
        QCOMPARE(form.missingOn(Specialised), 2);
        QCOMPARE(form.missingOn(Refined), 0);
        QCOMPARE(form.missingOn(InnovationPage), 1);
        QCOMPARE(form.missingOn(Titles), 1);
        QCOMPARE(form.tabText(Operations), QStringLiteral("Operations (2 missing)"));
        QCOMPARE(form.tabText(InnovationPage), QStringLiteral("Innovation (1 missing)"));
        QCOMPARE(form.tabText(Refined), QStringLiteral("Refined"));
        QVERIFY2(form.tabToolTip(Operations).contains(QStringLiteral("R&D expense 2025")), qPrintable(form.tabToolTip(Operations)));
        QVERIFY(form.tabToolTip(Operations).contains(QStringLiteral("Operating revenue 2023")));

        // A year the rules read that the profile lacks altogether: every figure
        // of it the rules read counts.
        const int readOf2023 = [&] {
            int n = 0;
            for (const rules::FieldRead &f : rules::fieldsRead(*rules::RulePacks::instance().pack(QStringLiteral("2026"))))
                n += f.isYearly() && f.year(m_editor->profile()) == 2023;
            return n;
        }();
        QVERIFY(readOf2023 >= 1);

        // Entered again: the count moves at once.
        QVERIFY(m_editor->edit(QStringLiteral("t"), QStringLiteral("t"), [](Profile &x) {
            x.ensureYear(2025).rdExpense = 4300000;
        }).isEmpty());
        QCOMPARE(form.missingOn(Operations), 1);
        QCOMPARE(form.tabText(Operations), QStringLiteral("Operations (1 missing)"));
        QVERIFY(!form.tabToolTip(Operations).contains(QStringLiteral("R&D expense")));
        QVERIFY(m_editor->edit(QStringLiteral("t"), QStringLiteral("t"), [](Profile &x) {
            x.years.removeIf([](const FiscalYear &fy) { return fy.year == 2023; });
        }).isEmpty());
        QCOMPARE(form.missingOn(Operations), readOf2023);
        // Undo puts the year back.
        m_undo->undo();
        QCOMPARE(form.missingOn(Operations), 1);

        // The language: the title follows, the count stays.
        ui::setCurrentLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents(); // LanguageChange is posted
        QVERIFY2(form.tabText(Operations).startsWith(QStringLiteral("经营")), qPrintable(form.tabText(Operations)));
        QVERIFY(form.tabText(Operations).contains(u'1'));
        QVERIFY(!form.tabText(Refined).contains(u'1'));
    }

    // A profile with nothing: every tab counts what the rules read of it.
    void emptyProfileCountsEverything()
    {
        Profile p;
        p.company.name = QStringLiteral("空白公司");
        p.assessmentYear = 2026;
        p.assessmentDate = QDate(2026, 11, 22);
        const auto id = m_store->insert(p);
        QVERIFY(id);
        QVERIFY(m_editor->open(*id));
        ui::CompanyForm form(m_editor.get());
        const QList<rules::FieldRead> read =
            rules::fieldsRead(*rules::RulePacks::instance().pack(QStringLiteral("2026")));
        int total = 0;
        for (int i = 0; i < form.count(); ++i)
            total += form.missingOn(i);
        QCOMPARE(total, int(read.size()));
        int yearly = 0;
        for (const rules::FieldRead &f : read)
            yearly += f.isYearly();
        QCOMPARE(form.missingOn(Operations), yearly);
        QCOMPARE(form.missingOn(Refined), 0); // the 2026 rules read none of it
    }

    // pageOf() says where build*() puts each field.
    void everyFieldIsOnItsPage()
    {
        Profile p = fixture();
        const auto id = m_store->insert(p);
        QVERIFY(id);
        QVERIFY(m_editor->open(*id));
        ui::CompanyForm form(m_editor.get());
        form.buildAllPages();
        for (const QString &path : FieldHelp::instance().paths()) {
            if (path.startsWith(u"years."))
                continue;
            QWidget *input = form.inputFor(path);
            QVERIFY2(input, qPrintable(path));
            const int page = ui::CompanyForm::pageOf(path);
            QVERIFY2(form.widget(page)->isAncestorOf(input), qPrintable(path + QStringLiteral(" not on page ") + QString::number(page)));
        }
        QVERIFY(form.widget(ui::CompanyForm::pageOf(QStringLiteral("years.rd_expense")))->isAncestorOf(form.yearsView()));
    }

    // Help ▸ Document checklist: the documents, the state of each figure, a PDF.
    void checklistDialog()
    {
        Profile p = fixture();
        p.ensureYear(2025).rdExpense.reset();
        ui::DocumentChecklistDialog dialog(p);
        const QString html = dialog.html();
        QVERIFY(html.contains(QStringLiteral("Annual audit report")));
        QVERIFY(html.contains(QStringLiteral("R&amp;D expense 2025</td><td class='missing'>")));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("printChecklistButton")));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("pdfChecklistButton")));
        auto *view = dialog.findChild<QTextBrowser *>(QStringLiteral("documentChecklistView"));
        QVERIFY(view);
        QVERIFY(view->toPlainText().contains(QStringLiteral("Annual audit report")));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("c.pdf"));
        QString error;
        QVERIFY2(dialog.savePdf(pdf, &error), qPrintable(error));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 1000);
        // The language switches live, 繁體 included.
        ui::setCurrentLanguage(QStringLiteral("zh_TW"));
        QCoreApplication::processEvents();
        QVERIFY2(view->toPlainText().contains(QStringLiteral("審計報告")), qPrintable(view->toPlainText().left(300)));
        QVERIFY(view->toPlainText().contains(QStringLiteral("2025年研發費用")));
    }

    // The menu item is there and named.
    void helpMenuOffersTheChecklist()
    {
        ui::MainWindow w(m_dir->filePath(QStringLiteral("w.sqlite")));
        auto *a = w.findChild<QAction *>(QStringLiteral("documentChecklistAction"));
        QVERIFY(a);
        QCOMPARE(a->text(), QStringLiteral("&Document checklist…"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ui::ProfileEditor> m_editor;
};

QTEST_MAIN(TestCompleteness)
#include "test_completeness.moc"
