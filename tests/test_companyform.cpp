// SPDX-License-Identifier: GPL-3.0-or-later
// The forms driven through real widgets, offscreen: what the user types is
// saved at once, refused values never reach the database, undo brings the old
// value back, companies are added, duplicated and deleted (and undeleted).

#include "CompanyForm.h"
#include "FiscalYearsModel.h"
#include "FormWidgets.h"
#include "Language.h"
#include "MainWindow.h"
#include "PortfolioModel.h"
#include "ProfileEditor.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "testconfig.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QPushButton>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace srdi;
using srdi::ui::MainWindow;

namespace {

// The profile as the database holds it now, read through a second connection.
Profile stored(const QString &dbPath, qint64 id)
{
    Database db(dbPath);
    if (!db.open(nullptr))
        return {};
    ProfileStore store(db);
    return store.load(id).value_or(Profile());
}

QModelIndex cell(QTableView *view, int row, int year)
{
    auto *model = static_cast<ui::FiscalYearsModel *>(view->model());
    return model->index(row, int(model->years().indexOf(year)));
}

// The open editor of the years table, if any.
QLineEdit *cellEditor(QTableView *view, const QModelIndex &index)
{
    const auto edits = view->viewport()->findChildren<QLineEdit *>();
    for (QLineEdit *e : edits) {
        if (e->isVisible() && e->geometry().intersects(view->visualRect(index)))
            return e;
    }
    return nullptr;
}

// Types into a cell of the years table as a user would: open the editor, type,
// and (when `done`) press Enter.
void typeInto(QTableView *view, const QModelIndex &index, const QString &text, bool done = true)
{
    view->setFocus();
    view->setCurrentIndex(index); // opens the editor: every trigger is on
    if (!view->isPersistentEditorOpen(index))
        view->edit(index);
    // The open editor is the line edit that sits on the cell.
    QLineEdit *line = nullptr;
    const auto edits = view->viewport()->findChildren<QLineEdit *>();
    for (QLineEdit *e : edits) {
        if (e->isVisible() && e->geometry().intersects(view->visualRect(index)))
            line = e;
    }
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, text);
    if (done)
        QTest::keyClick(line, Qt::Key_Return);
}

} // namespace

class TestCompanyForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("srdi-test"));
        QCoreApplication::setApplicationName(QStringLiteral("srdi-form-test"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    }

    void init()
    {
        QSettings s;
        s.remove(QStringLiteral("window"));
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("t.sqlite"));
    }

    void everyGroupIsThere()
    {
        MainWindow w(m_db);
        auto *form = w.form();
        QCOMPARE(form->count(), 7);
        for (const char *path : {"company.name", "company.credit_code", "company.region", "company.industry", "company.established",
                                 "company.niche_since", "company.main_product", "company.recognitions", "assessment_year",
                                 "assessment_date", "innovation.ip.class1", "innovation.ip.class1_high_value",
                                 "innovation.ip.class1_self_developed", "innovation.ip.class2", "innovation.ip.class1_applied",
                                 "innovation.rd_institution", "innovation.rd_institution_own_or_joint",
                                 "innovation.sci_tech_awards", "innovation.honors", "innovation.chuangke_china",
                                 "innovation.standards_led", "innovation.rd_measure", "refinement.digital_level",
                                 "refinement.core_business_on_system", "refinement.quality_award",
                                 "refinement.quality_system_cert", "refinement.own_brand", "refinement.standards_participation",
                                 "refinement.mgmt_or_intl_product_cert", "specialization.field",
                                 "specialization.national_market_share_pct", "specialization.international_market_share_pct",
                                 "specialization.domestic_rank", "specialization.market_leading", "specialization.chain_key_link",
                                 "specialization.development_scores", "specialization.renewal", "local_feature_score",
                                 "company.attestations.no_abnormal_or_dishonest_listing",
                                 "company.attestations.no_banned_products", "company.attestations.no_major_accident_3y"}) {
            QWidget *input = form->inputFor(QString::fromLatin1(path));
            QVERIFY2(input, path);
            QVERIFY2(!input->toolTip().isEmpty(), path); // help on every field
        }
    }

    void pageMadeOnFirstShowSpeaksAndShowsTheCurrentState()
    {
        // No page is made before the window's first frame (the tabs are
        // named); the page on screen right after it (at once for a window
        // not shown), the others when first shown. A page made later must
        // still carry the language switched to meanwhile and the company's values.
        MainWindow w(m_db);
        ui::CompanyForm *form = w.form();
        QCOMPARE(form->currentIndex(), 0);
        QVERIFY(!form->findChild<QWidget *>(QStringLiteral("company.name")));
        QVERIFY(!form->tabText(0).isEmpty());
        QCoreApplication::processEvents(); // (afterFirstPaint)
        QVERIFY(form->findChild<QWidget *>(QStringLiteral("company.name")));
        QVERIFY(!form->findChild<QWidget *>(QStringLiteral("innovation.ip.class2")));
        ui::setCurrentLanguage(QStringLiteral("zh_TW"));
        QCoreApplication::processEvents(); // LanguageChange is posted
        const int innovation = form->indexOf(form->findChild<QWidget *>(QStringLiteral("innovationPage")));
        QVERIFY(innovation > 0);
        form->setCurrentIndex(innovation);
        auto *ip = form->findChild<QLineEdit *>(QStringLiteral("innovation.ip.class2"));
        QVERIFY(ip);
        const Opt<qint64> stored = w.editor()->profile().innovation.ip.class2;
        QVERIFY(stored);
        QCOMPARE(ip->text(), QString::number(*stored));
        QVERIFY(ip->isEnabled());
        QLabel *label = nullptr;
        for (QLabel *l : form->findChildren<QLabel *>())
            if (l->buddy() == ip)
                label = l;
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("類知識產權")), qPrintable(label->text()));
        QVERIFY2(!ip->toolTip().isEmpty(), "help on a late page");
        ui::setCurrentLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QVERIFY2(!label->text().contains(QStringLiteral("類知識產權")), qPrintable(label->text()));
    }

    void typedRevenueIsSavedAndRatioFollows()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qint64 id = w.currentCompanyId();
        QVERIFY(id > 0);
        const int y = w.editor()->profile().assessmentYear - 1;
        w.form()->setCurrentIndex(1);
        QTableView *view = w.form()->yearsView();
        const QString before = cell(view, ui::FiscalYearsModel::RdRatio, y).data().toString();
        QVERIFY(!before.isEmpty());

        // Operating revenue to 10,000 万元: R&D ratio follows, database too, at every keystroke.
        typeInto(view, cell(view, ui::FiscalYearsModel::OperatingRevenue, y), QStringLiteral("10000"));
        const Profile now = stored(m_db, id);
        QCOMPARE(now.fiscalYear(y)->operatingRevenue, Opt<qint64>(10000LL * 10000));
        const auto rd = *now.fiscalYear(y)->rdExpense;
        QCOMPARE(cell(view, ui::FiscalYearsModel::RdRatio, y).data().toString(),
                 QString::number(double(rd) / double(10000LL * 10000) * 100.0, 'f', 2) + u'%');
        QVERIFY(w.windowTitle().contains(QStringLiteral("all changes saved")));
        // The standing re-renders from the new figures once typing pauses.
        QTRY_VERIFY(w.findChild<QTextBrowser *>(QStringLiteral("detailsBrowser"))->toPlainText().contains(now.company.name));

        // Undo (one step for the whole typed number) brings the old figure back.
        view->closePersistentEditor(view->currentIndex());
        w.undoStack()->undo();
        QCOMPARE(cell(view, ui::FiscalYearsModel::RdRatio, y).data().toString(), before);
        QVERIFY(stored(m_db, id).fiscalYear(y)->operatingRevenue != Opt<qint64>(10000LL * 10000));
        w.undoStack()->redo();
        QCOMPARE(stored(m_db, id).fiscalYear(y)->operatingRevenue, Opt<qint64>(10000LL * 10000));
    }

    void refusedValueLeavesDatabaseAlone()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qint64 id = w.currentCompanyId();
        const Profile original = stored(m_db, id);
        const int y = original.assessmentYear - 1;
        w.form()->setCurrentIndex(1);
        QTableView *view = w.form()->yearsView();

        // A negative amount: refused at every keystroke ("-", "-5"); the
        // database keeps the figure it had.
        typeInto(view, cell(view, ui::FiscalYearsModel::RdExpense, y), QStringLiteral("-5"));
        QLabel *message = w.form()->yearsMessage();
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QStringLiteral("R&D expense %1 = -5").arg(y)), qPrintable(message->text()));
        QCOMPARE(stored(m_db, id), original);

        // Not a number: refused, nothing of it stored (not even the "12").
        typeInto(view, cell(view, ui::FiscalYearsModel::RdExpense, y), QStringLiteral("12x"));
        QVERIFY(message->text().contains(QStringLiteral("12x")));
        QCOMPARE(stored(m_db, id), original);
        const Profile beforeCode = original;

        // A field of the form: a bad credit code is marked where it was typed.
        w.form()->setCurrentIndex(0);
        auto *code = qobject_cast<QLineEdit *>(w.form()->inputFor(QStringLiteral("company.credit_code")));
        QVERIFY(code);
        code->setFocus();
        code->selectAll();
        QTest::keyClicks(code, QStringLiteral("91350100M000100Y44"));
        QTest::keyClick(code, Qt::Key_Return);
        const QString error = w.form()->errorFor(QStringLiteral("company.credit_code"));
        QVERIFY2(error.contains(QStringLiteral("91350100M000100Y44")), qPrintable(error));
        QCOMPARE(stored(m_db, id).company.creditCode, beforeCode.company.creditCode);
        // Corrected: saved, message gone.
        QTest::keyClick(code, Qt::Key_Backspace);
        QTest::keyClicks(code, QStringLiteral("3"));
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY(w.form()->errorFor(QStringLiteral("company.credit_code")).isEmpty());
        QCOMPARE(stored(m_db, id).company.creditCode, Opt<QString>(QStringLiteral("91350100M000100Y43")));
    }

    void unknownStaysUnknown()
    {
        MainWindow w(m_db);
        const qint64 id = w.currentCompanyId();
        auto *combo = qobject_cast<QComboBox *>(w.form()->inputFor(QStringLiteral("refinement.own_brand")));
        QVERIFY(combo);
        combo->setCurrentIndex(0);
        emit combo->activated(0);
        QCOMPARE(stored(m_db, id).refinement.ownBrand, Opt<bool>());
        combo->setCurrentIndex(2);
        emit combo->activated(2);
        QCOMPARE(stored(m_db, id).refinement.ownBrand, Opt<bool>(false));
        // Emptying a number makes it unknown, not zero.
        auto *ip = qobject_cast<QLineEdit *>(w.form()->inputFor(QStringLiteral("innovation.ip.class2")));
        ip->setFocus();
        ip->selectAll();
        QTest::keyClick(ip, Qt::Key_Delete);
        QTest::keyClick(ip, Qt::Key_Return);
        QCOMPARE(stored(m_db, id).innovation.ip.class2, Opt<qint64>());
    }

    void addDuplicateDeleteUndo()
    {
        MainWindow w(m_db);
        ui::PortfolioModel *list = w.portfolio();
        QCOMPARE(list->rowCount(), 1);
        const qint64 added = w.addCompany();
        QVERIFY(added > 0);
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(w.currentCompanyId(), added);
        // Rename by typing: the list follows.
        auto *name = qobject_cast<QLineEdit *>(w.form()->inputFor(QStringLiteral("company.name")));
        name->setFocus();
        name->selectAll();
        // Chinese text arrives from the input method as a whole: a key event with text.
        QKeyEvent typed(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QStringLiteral("乙精工有限公司"));
        QApplication::sendEvent(name, &typed);
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(stored(m_db, added).company.name, QStringLiteral("乙精工有限公司"));
        QCOMPARE(list->index(list->rowOf(added), 0).data().toString(), QStringLiteral("乙精工有限公司"));

        const qint64 copy = w.duplicateCompany();
        QVERIFY(copy > 0 && copy != added);
        QCOMPARE(list->rowCount(), 3);
        QVERIFY(!stored(m_db, copy).company.creditCode);

        // Delete, then undo: back under the same id with its name.
        QVERIFY(w.deleteCompany(false));
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(stored(m_db, copy).company.name, QString());
        w.undoStack()->undo();
        QCOMPARE(list->rowCount(), 3);
        QCOMPARE(stored(m_db, copy).company.name, QStringLiteral("乙精工有限公司 (copy)"));
        QCOMPARE(w.currentCompanyId(), copy);
        // Undo further back: the duplicate, then the rename, then the addition.
        w.undoStack()->undo();
        QCOMPARE(list->rowCount(), 2);
        w.undoStack()->undo();
        QCOMPARE(stored(m_db, added).company.name, QStringLiteral("New company"));
        w.undoStack()->undo();
        QCOMPARE(list->rowCount(), 1);
    }

    // A new user's whole session: a new company, every group filled through its
    // widgets, the window closed, opened again: everything is there.
    void fillEverythingThenRestart()
    {
        qint64 id = 0;
        Profile entered;
        {
            MainWindow w(m_db);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            id = w.addCompany();
            ui::CompanyForm *form = w.form();
            auto type = [&](const char *path, const QString &text) {
                auto *line = qobject_cast<QLineEdit *>(form->inputFor(QString::fromLatin1(path)));
                QVERIFY2(line, path);
                line->setFocus();
                line->selectAll();
                QTest::keyClicks(line, text);
                QTest::keyClick(line, Qt::Key_Tab); // done with it: on to the next field
                QVERIFY2(form->errorFor(QString::fromLatin1(path)).isEmpty(), qPrintable(form->errorFor(QString::fromLatin1(path))));
            };
            auto choose = [&](const char *path, int index) {
                QWidget *input = form->inputFor(QString::fromLatin1(path));
                auto *combo = qobject_cast<QComboBox *>(input);
                QVERIFY2(combo, path);
                combo->setCurrentIndex(index);
                emit combo->activated(index);
            };
            auto date = [&](const char *path, const QDate &d) {
                auto *edit = qobject_cast<ui::OptionalDateEdit *>(form->inputFor(QString::fromLatin1(path)));
                QVERIFY2(edit, path);
                edit->lineEdit()->setFocus();
                edit->lineEdit()->selectAll();
                QTest::keyClicks(edit->lineEdit(), d.toString(Qt::ISODate));
                edit->finishEditing();
            };
            auto tick = [&](const char *path, int row) {
                auto *list = form->inputFor(QString::fromLatin1(path))->findChild<QListWidget *>();
                QVERIFY2(list, path);
                list->item(row)->setCheckState(Qt::Checked);
            };
            auto addRecord = [&](const char *path) {
                auto *add = form->inputFor(QString::fromLatin1(path))->findChild<QPushButton *>(QStringLiteral("addRowButton"));
                QVERIFY2(add, path);
                QTest::mouseClick(add, Qt::LeftButton);
            };
            auto combo = [&](const char *name) { return form->findChild<QComboBox *>(QString::fromLatin1(name)); };

            // 基本情况
            type("company.name", QStringLiteral("Jiade Precision Co"));
            type("company.credit_code", QStringLiteral("91350100M000100Y43"));
            combo("regionProvince")->setCurrentIndex(combo("regionProvince")->findData(QStringLiteral("620000")));
            emit combo("regionProvince")->activated(combo("regionProvince")->currentIndex());
            combo("regionCity")->setCurrentIndex(combo("regionCity")->findData(QStringLiteral("620100")));
            emit combo("regionCity")->activated(combo("regionCity")->currentIndex());
            combo("industrySection")->setCurrentIndex(combo("industrySection")->findData(QStringLiteral("C")));
            emit combo("industrySection")->activated(combo("industrySection")->currentIndex());
            combo("industryDivision")->setCurrentIndex(combo("industryDivision")->findData(QStringLiteral("C34")));
            emit combo("industryDivision")->activated(combo("industryDivision")->currentIndex());
            date("company.established", QDate(2015, 3, 1));
            type("company.main_product", QStringLiteral("spindles"));
            date("assessment_date", QDate(2026, 6, 1));
            choose("specialization.renewal", 2);
            // 经营情况: every figure of the last year.
            form->setCurrentIndex(1);
            QTableView *view = form->yearsView();
            const int y = QDate::currentDate().year() - 1;
            const QStringList figures = {QStringLiteral("8600"), QStringLiteral("8170"), QStringLiteral("430"),
                                         QStringLiteral("7400"), QStringLiteral("690"),  QStringLiteral("12000"),
                                         QStringLiteral("5400"), QStringLiteral("0"),    QStringLiteral("160"),
                                         QStringLiteral("30"),   QStringLiteral("36")};
            for (int row = 0; row < figures.size(); ++row)
                typeInto(view, cell(view, row, y), figures.at(row));
            QVERIFY2(form->yearsMessage()->isHidden(), qPrintable(form->yearsMessage()->text()));
            // 专业化
            form->setCurrentIndex(2);
            date("company.niche_since", QDate(2016, 6, 1));
            tick("specialization.field", 1);
            type("specialization.national_market_share_pct", QStringLiteral("12.5"));
            type("specialization.international_market_share_pct", QStringLiteral("1.2"));
            type("specialization.domestic_rank", QStringLiteral("4"));
            choose("specialization.market_leading", 1);
            choose("specialization.chain_key_link", 1);
            // 精细化
            choose("refinement.digital_level", 2);
            choose("refinement.core_business_on_system", 1);
            choose("refinement.quality_award", 1);
            choose("refinement.quality_system_cert", 1);
            choose("refinement.own_brand", 1);
            choose("refinement.standards_participation", 2);
            choose("refinement.mgmt_or_intl_product_cert", 1);
            // 特色化
            type("local_feature_score", QStringLiteral("10"));
            // 创新能力 (the IP counts from the widest class down keep the nesting rule)
            type("innovation.ip.class1", QStringLiteral("4"));
            type("innovation.ip.class1_self_developed", QStringLiteral("3"));
            type("innovation.ip.class1_high_value", QStringLiteral("1"));
            type("innovation.ip.class1_applied", QStringLiteral("2"));
            type("innovation.ip.class2", QStringLiteral("12"));
            choose("innovation.rd_institution", 2);
            choose("innovation.rd_institution_own_or_joint", 1);
            choose("innovation.rd_measure", 1);
            tick("innovation.honors", 1);
            addRecord("innovation.sci_tech_awards");
            addRecord("innovation.chuangke_china");
            addRecord("innovation.standards_led");
            // 称号与承诺
            addRecord("company.recognitions");
            addRecord("specialization.development_scores");
            choose("company.attestations.no_abnormal_or_dishonest_listing", 1);
            choose("company.attestations.no_banned_products", 1);
            choose("company.attestations.no_major_accident_3y", 1);
            entered = w.editor()->profile();
            w.close();
        }
        // Every key of the exchange format is known now.
        const QJsonObject json = ProfileJson::toJson(stored(m_db, id));
        const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
        for (const char *key : {"credit_code", "region", "industry", "established", "niche_since", "main_product",
                                "recognitions", "no_abnormal_or_dishonest_listing", "no_banned_products", "no_major_accident_3y",
                                "operating_revenue", "main_business_revenue", "rd_expense", "cost_expense_total", "net_profit",
                                "total_assets", "total_liabilities", "employees", "rd_staff", "tech_staff", "equity_financing",
                                "class1_high_value", "class1_self_developed", "\"class1\"", "class2", "class1_applied",
                                "rd_institution", "rd_institution_own_or_joint", "sci_tech_awards", "honors", "chuangke_china",
                                "standards_led", "rd_measure", "digital_level", "core_business_on_system", "quality_award",
                                "quality_system_cert", "own_brand", "standards_participation", "mgmt_or_intl_product_cert",
                                "\"field\"", "national_market_share_pct", "international_market_share_pct", "domestic_rank",
                                "market_leading", "chain_key_link", "development_scores", "renewal", "local_feature_score",
                                "assessment_date"})
            QVERIFY2(text.contains(key), key);
        QCOMPARE(stored(m_db, id).company.region, Opt<QString>(QStringLiteral("620100")));
        QCOMPARE(stored(m_db, id).company.industry, Opt<QString>(QStringLiteral("C34")));

        // Restart: the window shows the same company with every value.
        MainWindow again(m_db);
        QCOMPARE(again.currentCompanyId(), id);
        QCOMPARE(again.editor()->profile(), entered);
        QCOMPARE(qobject_cast<QLineEdit *>(again.form()->inputFor(QStringLiteral("specialization.national_market_share_pct")))->text(),
                 QStringLiteral("12.5"));
        QCOMPARE(again.form()->findChild<QComboBox *>(QStringLiteral("regionCity"))->currentData().toString(), QStringLiteral("620100"));
    }

    void dropImportsAFile()
    {
        MainWindow w(m_db);
        QVERIFY(w.importFile(QStringLiteral(SRDI_SOURCE_DIR "/tests/fixtures/full.srdi.json")));
        ui::PortfolioModel *list = w.portfolio();
        QCOMPARE(list->rowCount(), 2);
        // Again: the same credit code updates, and the update is one undo step.
        QVERIFY(w.importFile(QStringLiteral(SRDI_SOURCE_DIR "/tests/fixtures/full.srdi.json")));
        QCOMPARE(list->rowCount(), 2);
        w.undoStack()->undo(); // the update (a no-op edit is not recorded)
        w.undoStack()->undo(); // the addition
        QCOMPARE(list->rowCount(), 1);
    }

    void stateIsRemembered()
    {
        qint64 id = 0;
        {
            MainWindow w(m_db);
            w.addCompany();
            id = w.currentCompanyId();
            w.form()->setCurrentIndex(5);
            w.close();
        }
        MainWindow w(m_db);
        QCOMPARE(w.currentCompanyId(), id);
        QCOMPARE(w.form()->currentIndex(), 5);
    }

    // Issue 17, finding 1: typing 9000 over 7680 in 2025 主营业务收入 (revenue
    // 8000) stored 900, the value before the last keystroke. Now nothing is
    // stored until the user is done; then exactly what the cell shows is, and
    // the contradiction with the revenue is flagged on both cells.
    // 3,500,000 typed into R&D (万元) with revenue 8,000: stored as typed,
    // warned at the field, and one click divides it by 10,000 (undoable).
    void yuanTypedAsWanIsWarnedAndFixedInOneClick()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qint64 id = w.currentCompanyId();
        const int y = w.editor()->profile().assessmentYear - 1;
        w.form()->setCurrentIndex(1);
        QTableView *view = w.form()->yearsView();
        typeInto(view, cell(view, ui::FiscalYearsModel::OperatingRevenue, y), QStringLiteral("8000"));
        typeInto(view, cell(view, ui::FiscalYearsModel::RdExpense, y), QStringLiteral("350"));
        QTest::qWait(20);
        QVERIFY(w.form()->unitWarnings().isEmpty()); // 350 of 8,000: plausible
        typeInto(view, cell(view, ui::FiscalYearsModel::RdExpense, y), QStringLiteral("3500000"));
        QCOMPARE(stored(m_db, id).fiscalYear(y)->rdExpense, Opt<qint64>(3500000LL * 10000)); // never refused
        QTRY_COMPARE(w.form()->unitWarnings().size(), 1);
        const QStringList warnings = w.form()->unitWarnings();
        QVERIFY2(warnings.first().contains(QStringLiteral("3500000")), qPrintable(warnings.first()));
        QVERIFY(warnings.first().contains(QStringLiteral("Did you enter yuan")));
        QPushButton *fix = nullptr;
        for (QPushButton *b : w.form()->findChildren<QPushButton *>(QStringLiteral("unitFixButton"))) {
            if (b->isVisible())
                fix = b;
        }
        QVERIFY(fix);
        QVERIFY(!fix->accessibleName().isEmpty());
        fix->click();
        QCOMPARE(stored(m_db, id).fiscalYear(y)->rdExpense, Opt<qint64>(350LL * 10000));
        QTRY_VERIFY(w.form()->unitWarnings().isEmpty());
        w.editor()->undoStack()->undo();
        QCOMPARE(stored(m_db, id).fiscalYear(y)->rdExpense, Opt<qint64>(3500000LL * 10000));
    }

    void digitByDigitStoresNothingUntilDone()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qint64 id = w.currentCompanyId();
        const int y = w.editor()->profile().assessmentYear - 1;
        w.form()->setCurrentIndex(1);
        QTableView *view = w.form()->yearsView();
        typeInto(view, cell(view, ui::FiscalYearsModel::OperatingRevenue, y), QStringLiteral("8000"));
        typeInto(view, cell(view, ui::FiscalYearsModel::MainBusinessRevenue, y), QStringLiteral("7680"));
        const Profile before = stored(m_db, id);
        QCOMPARE(before.fiscalYear(y)->mainBusinessRevenue, Opt<qint64>(7680LL * 10000));
        QVERIFY(w.windowTitle().contains(QStringLiteral("all changes saved")));

        const QModelIndex main = cell(view, ui::FiscalYearsModel::MainBusinessRevenue, y);
        typeInto(view, main, QString(), false);
        QLineEdit *line = cellEditor(view, main);
        QVERIFY(line);
        line->selectAll();
        for (const QChar digit : QStringLiteral("9000")) {
            QTest::keyClick(line, digit.toLatin1());
            QCOMPARE(stored(m_db, id), before); // "9", "90", "900": nothing stored
            QVERIFY2(w.windowTitle().contains(QStringLiteral("not saved yet")), qPrintable(w.windowTitle()));
        }
        QCOMPARE(line->text(), QStringLiteral("9000"));
        QTest::keyClick(line, Qt::Key_Tab); // done
        Profile after = stored(m_db, id);
        QCOMPARE(after.fiscalYear(y)->mainBusinessRevenue, Opt<qint64>(9000LL * 10000)); // exactly what was typed
        QCOMPARE(after.fiscalYear(y)->operatingRevenue, Opt<qint64>(8000LL * 10000));
        after.ensureYear(y).mainBusinessRevenue = before.fiscalYear(y)->mainBusinessRevenue;
        QCOMPARE(after, before); // and nothing else
        QVERIFY2(w.windowTitle().contains(QStringLiteral("all changes saved")), qPrintable(w.windowTitle()));

        // Flagged, not refused: both cells marked, one message naming both
        // fields by their labels with both values.
        auto *model = static_cast<ui::FiscalYearsModel *>(view->model());
        QVERIFY(w.form()->yearsMessage()->isHidden());
        QVERIFY(!model->flagOf(main).isEmpty());
        QVERIFY(!model->flagOf(cell(view, ui::FiscalYearsModel::OperatingRevenue, y)).isEmpty());
        QVERIFY(model->flagOf(cell(view, ui::FiscalYearsModel::RdExpense, y)).isEmpty());
        QVERIFY(main.data(Qt::BackgroundRole).isValid());
        auto *flags = w.form()->findChild<QLabel *>(QStringLiteral("yearsFlags"));
        QVERIFY(flags && !flags->isHidden());
        QVERIFY2(flags->text().contains(QStringLiteral("Main business revenue %1 (9,000 万元)").arg(y)), qPrintable(flags->text()));
        QVERIFY2(flags->text().contains(QStringLiteral("Operating revenue %1 (8,000 万元)").arg(y)), qPrintable(flags->text()));
        QVERIFY(!flags->text().contains(QStringLiteral("operating_revenue")));
        // The criteria that read them say so.
        QTRY_VERIFY(w.findChild<QTextBrowser *>(QStringLiteral("detailsBrowser"))->toPlainText().contains(QStringLiteral("data inconsistent")));

        // One undo step per committed value: back to 7680, flag gone.
        w.undoStack()->undo();
        QCOMPARE(stored(m_db, id), before);
        QVERIFY(flags->isHidden());
        QVERIFY(model->flagOf(main).isEmpty());
    }

    // A pause after the last keystroke commits too, the editor staying open.
    void pauseCommits()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qint64 id = w.currentCompanyId();
        const int y = w.editor()->profile().assessmentYear - 1;
        w.form()->setCurrentIndex(1);
        QTableView *view = w.form()->yearsView();
        const QModelIndex rd = cell(view, ui::FiscalYearsModel::RdExpense, y);
        typeInto(view, rd, QStringLiteral("351"), false);
        QVERIFY(stored(m_db, id).fiscalYear(y)->rdExpense != Opt<qint64>(351LL * 10000));
        QTRY_COMPARE_WITH_TIMEOUT(stored(m_db, id).fiscalYear(y)->rdExpense, Opt<qint64>(351LL * 10000), 5000);
        QLineEdit *line = cellEditor(view, rd);
        QVERIFY(line);
        QCOMPARE(line->text(), QStringLiteral("351"));
        QVERIFY(w.windowTitle().contains(QStringLiteral("all changes saved")));
    }

    // 研发人员 200 with 职工总数 180: stored as typed (it was 20 before) and flagged.
    void rdStaffAboveEmployeesStoredAndFlagged()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qint64 id = w.currentCompanyId();
        const int y = w.editor()->profile().assessmentYear - 1;
        w.form()->setCurrentIndex(1);
        QTableView *view = w.form()->yearsView();
        typeInto(view, cell(view, ui::FiscalYearsModel::Employees, y), QStringLiteral("180"));
        typeInto(view, cell(view, ui::FiscalYearsModel::RdStaff, y), QStringLiteral("200"));
        QCOMPARE(stored(m_db, id).fiscalYear(y)->rdStaff, Opt<qint64>(200));
        QCOMPARE(stored(m_db, id).fiscalYear(y)->employees, Opt<qint64>(180));
        auto *model = static_cast<ui::FiscalYearsModel *>(view->model());
        const QString flag = model->flagOf(cell(view, ui::FiscalYearsModel::RdStaff, y));
        QVERIFY2(flag.contains(QStringLiteral("R&D staff %1 (200)").arg(y)) && flag.contains(QStringLiteral("Employees %1 (180)").arg(y)),
                 qPrintable(flag));
        QCOMPARE(model->flagOf(cell(view, ui::FiscalYearsModel::Employees, y)), flag);
        QVERIFY(w.form()->yearsMessage()->isHidden());
        // Corrected: the flag goes.
        typeInto(view, cell(view, ui::FiscalYearsModel::Employees, y), QStringLiteral("220"));
        QVERIFY(model->flagOf(cell(view, ui::FiscalYearsModel::RdStaff, y)).isEmpty());
    }

    // A form field: stored as typed, flagged on both fields, in the user's language.
    void ipCountsStoredAndFlaggedOnBothFields()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qint64 id = w.currentCompanyId();
        ui::CompanyForm *form = w.form();
        auto type = [&](const char *path, const QString &text) {
            auto *line = qobject_cast<QLineEdit *>(form->inputFor(QString::fromLatin1(path)));
            QVERIFY2(line, path);
            line->setFocus();
            line->selectAll();
            QTest::keyClicks(line, text);
            QTest::keyClick(line, Qt::Key_Return);
        };
        type("innovation.ip.class1", QStringLiteral("4"));
        type("innovation.ip.class1_self_developed", QStringLiteral("3"));
        type("innovation.ip.class1_high_value", QStringLiteral("9"));
        QCOMPARE(stored(m_db, id).innovation.ip.class1HighValue, Opt<qint64>(9));
        const QString high = form->flagFor(QStringLiteral("innovation.ip.class1_high_value"));
        QVERIFY2(high.contains(QStringLiteral("(9)")) && high.contains(QStringLiteral("(3)")), qPrintable(high));
        QCOMPARE(form->flagFor(QStringLiteral("innovation.ip.class1_self_developed")), high);
        QVERIFY(form->errorFor(QStringLiteral("innovation.ip.class1_high_value")).isEmpty());
        QVERIFY(!high.contains(QStringLiteral("class1")));
        ui::setCurrentLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        const QString zh = form->flagFor(QStringLiteral("innovation.ip.class1_high_value"));
        ui::setCurrentLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QVERIFY2(zh.contains(QStringLiteral("Ⅰ类高价值")) && zh.contains(u'9') && !zh.contains(QStringLiteral("High-value")), qPrintable(zh));
        type("innovation.ip.class1_high_value", QStringLiteral("2"));
        QVERIFY(form->flagFor(QStringLiteral("innovation.ip.class1_high_value")).isEmpty());
        QVERIFY(form->flagFor(QStringLiteral("innovation.ip.class1_self_developed")).isEmpty());
    }

    // Ctrl+Z with text pending: the text is committed, then undone — it waits
    // on the redo stack, never lost. Switching company and closing commit too;
    // the title says "all saved" only when it is true.
    void refusedMessageFollowsTheLanguage()
    {
        // A refused value's message is in the language of the moment: typed
        // in English, switched to 繁體 and 简体 while it is still shown.
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString path = QStringLiteral("innovation.ip.class2");
        auto *ip = qobject_cast<QLineEdit *>(w.form()->inputFor(path));
        QVERIFY(ip);
        ip->setFocus();
        ip->selectAll();
        QTest::keyClicks(ip, QStringLiteral("7x"));
        QTest::keyClick(ip, Qt::Key_Return);
        QVERIFY2(w.form()->errorFor(path).contains(QStringLiteral("must be a whole number")), qPrintable(w.form()->errorFor(path)));
        ui::setCurrentLanguage(QStringLiteral("zh_TW"));
        QCoreApplication::processEvents();
        QVERIFY2(w.form()->errorFor(path).contains(QStringLiteral("必須為整數")), qPrintable(w.form()->errorFor(path)));
        QVERIFY2(w.form()->errorFor(path).contains(QStringLiteral("7x")), qPrintable(w.form()->errorFor(path)));
        // A value the rules refuse (a negative count), not only one that does not parse.
        ip->setFocus();
        ip->selectAll();
        QTest::keyClicks(ip, QStringLiteral("-3"));
        QTest::keyClick(ip, Qt::Key_Return);
        const QString tw = w.form()->errorFor(path);
        QVERIFY2(!tw.isEmpty() && tw.contains(QStringLiteral("-3")), qPrintable(tw));
        ui::setCurrentLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        const QString cn = w.form()->errorFor(path);
        QVERIFY2(cn != tw && cn.contains(QStringLiteral("-3")) && cn.contains(QStringLiteral("未保存")), qPrintable(cn));
        ui::setCurrentLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QVERIFY2(w.form()->errorFor(path).contains(QStringLiteral("Not saved")), qPrintable(w.form()->errorFor(path)));
        // Fixed: the message goes.
        ip->selectAll();
        QTest::keyClicks(ip, QStringLiteral("3"));
        QTest::keyClick(ip, Qt::Key_Return);
        QVERIFY(w.form()->errorFor(path).isEmpty());
    }

    void pendingTextIsNeverLost()
    {
        qint64 first = 0;
        qint64 second = 0;
        {
            MainWindow w(m_db);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            first = w.currentCompanyId();
            const Opt<qint64> was = stored(m_db, first).innovation.ip.class2;
            auto *ip = qobject_cast<QLineEdit *>(w.form()->inputFor(QStringLiteral("innovation.ip.class2")));
            QVERIFY(ip);
            ip->setFocus();
            ip->selectAll();
            QTest::keyClicks(ip, QStringLiteral("77"));
            QCOMPARE(stored(m_db, first).innovation.ip.class2, was);
            QVERIFY2(w.windowTitle().contains(QStringLiteral("not saved yet")), qPrintable(w.windowTitle()));
            QTest::keyClick(ip, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(stored(m_db, first).innovation.ip.class2, was);
            QVERIFY(w.undoStack()->canRedo());
            w.undoStack()->redo();
            QCOMPARE(stored(m_db, first).innovation.ip.class2, Opt<qint64>(77));
            QCOMPARE(ip->text(), QStringLiteral("77"));

            // A refused value still shown: not "all saved".
            ip->setFocus();
            ip->selectAll();
            QTest::keyClicks(ip, QStringLiteral("7x"));
            QTest::keyClick(ip, Qt::Key_Return);
            QVERIFY(!w.form()->errorFor(QStringLiteral("innovation.ip.class2")).isEmpty());
            QVERIFY2(w.windowTitle().contains(QStringLiteral("not saved")) && !w.windowTitle().contains(QStringLiteral("all changes saved")),
                     qPrintable(w.windowTitle()));
            ip->selectAll();
            QTest::keyClicks(ip, QStringLiteral("78"));
            QTest::keyClick(ip, Qt::Key_Return);
            QVERIFY2(w.windowTitle().contains(QStringLiteral("all changes saved")), qPrintable(w.windowTitle()));

            // Typing, then another company: the text goes to the company it was typed for.
            ip->setFocus();
            ip->selectAll();
            QTest::keyClicks(ip, QStringLiteral("79"));
            second = w.addCompany();
            QVERIFY(second > 0 && second != first);
            QCOMPARE(stored(m_db, first).innovation.ip.class2, Opt<qint64>(79));
            QVERIFY(stored(m_db, second).innovation.ip.class2 != Opt<qint64>(79));

            // Typing, then closing the window: kept.
            auto *name = qobject_cast<QLineEdit *>(w.form()->inputFor(QStringLiteral("company.name")));
            name->setFocus();
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Typed before closing"));
            w.close();
        }
        QCOMPARE(stored(m_db, second).company.name, QStringLiteral("Typed before closing"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_MAIN(TestCompanyForm)
#include "test_companyform.moc"
