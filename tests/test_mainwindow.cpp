// SPDX-License-Identifier: GPL-3.0-or-later
// The window offscreen on a fresh database: the sample company is seeded once,
// listed, shown; search filters; state is remembered.

#include "CompanyForm.h"
#include "FiscalYearsModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "ProfileEditor.h"
#include "SampleProfile.h"
#include "StandingPanel.h"
#include "PortfolioModel.h"
#include "report/Report.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QAction>
#include <QFontDatabase>
#include <QRawFont>
#include <QCheckBox>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("srdi-test"));
        QCoreApplication::setApplicationName(QStringLiteral("srdi-assess-test"));
    }

    void seedsTheSampleOnFirstStartOnly()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("srdi.sqlite"));
        {
            srdi::ui::MainWindow w(db);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.isDatabaseOpen());
            srdi::ui::PortfolioModel *list = w.portfolio();
            QVERIFY(list);
            QCOMPARE(list->rowCount(), 1);
            QVERIFY(list->index(0, 0).data().toString().startsWith(QStringLiteral("示例企业")));
            QVERIFY(w.currentCompanyId() > 0);
            auto *details = w.findChild<QTextBrowser *>(QStringLiteral("detailsBrowser"));
            w.standing()->renderViewsNow();
            QVERIFY(details->toPlainText().contains(QStringLiteral("示例企业")));
            QVERIFY(details->toPlainText().contains(QStringLiteral("SRDI SME")));
            // Search hides what does not match.
            auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
            QTest::keyClicks(search, QStringLiteral("nothing-like-this"));
            QCOMPARE(list->rowCount(), 0);
            QCOMPARE(list->summary().total, 0);
            search->clear();
            QCOMPARE(list->rowCount(), 1);
            QVERIFY(w.currentCompanyId() > 0);
            w.close();
        }
        {
            // Second start on the same database: no second sample.
            srdi::ui::MainWindow w(db);
            QCOMPARE(w.portfolio()->rowCount(), 1);
        }
    }

    // One click switches every visible word, with no restart: menus, form
    // labels and tabs, the years table's headers, the standing, Qt's own.
    void switchesLanguageLive()
    {
        QTemporaryDir dir;
        srdi::ui::MainWindow w(dir.filePath(QStringLiteral("srdi.sqlite")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *file = w.findChild<QMenu *>(QStringLiteral("fileMenu"));
        auto *form = w.findChild<QTabWidget *>(QStringLiteral("companyForm"));
        auto *details = w.findChild<QTextBrowser *>(QStringLiteral("detailsBrowser"));
        QTableView *years = w.form()->yearsView(); // (its page is made here)
        auto label = [&](const char *path) {
            auto *input = w.findChild<QWidget *>(QString::fromLatin1(path));
            for (QLabel *l : w.findChildren<QLabel *>())
                if (l->buddy() == input)
                    return l->text();
            return QString();
        };
        struct Expect
        {
            const char *lang, *file, *tab, *name, *years, *tier;
        };
        const Expect expectations[] = {
            {"zh_CN", "文件(&F)", "基本情况", "企业名称", "营业收入", "专精特新中小企业"},
            {"zh_TW", "文件(&F)", "基本情況", "企業名稱", "營業收入", "專精特新中小企業"},
            {"en", "&File", "Basics", "Company name", "Operating revenue", "SRDI SME"},
        };
        for (const Expect &e : expectations) {
            auto *action = w.findChild<QAction *>(QStringLiteral("language_") + QString::fromLatin1(e.lang));
            QVERIFY(action);
            action->trigger();
            QCoreApplication::processEvents(); // LanguageChange is posted
            w.standing()->renderViewsNow();
            QCOMPARE(file->title(), QString::fromUtf8(e.file));
            QCOMPARE(form->tabText(0), QString::fromUtf8(e.tab));
            QVERIFY2(label("company.name").startsWith(QString::fromUtf8(e.name)), qPrintable(label("company.name")));
            QVERIFY2(years->model()->headerData(0, Qt::Vertical).toString().startsWith(QString::fromUtf8(e.years)),
                     qPrintable(years->model()->headerData(0, Qt::Vertical).toString()));
            QVERIFY2(details->toPlainText().contains(QString::fromUtf8(e.tier)), qPrintable(details->toPlainText()));
            QVERIFY(action->isChecked());
        }
        // Remembered for the next start.
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    }

    // A name with markup is shown as typed in the Delete confirmation: it
    // cannot make the box name another company.
    void deleteConfirmationShowsMarkupAsText()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("srdi.sqlite"));
        const QString name = QStringLiteral("<s>示例企业</s><br>Other Co");
        {
            srdi::Database d(db);
            QVERIFY(d.open(nullptr));
            srdi::ProfileStore store(d);
            srdi::Profile p;
            p.assessmentYear = 2026;
            p.company.name = name;
            QVERIFY(store.insert(p));
        }
        srdi::ui::MainWindow w(db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.currentCompanyId() > 0);
        QString shown;
        Qt::TextFormat format = Qt::RichText;
        QTimer::singleShot(0, &w, [&] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(top); box && box->isVisible()) {
                    shown = box->text();
                    format = box->textFormat();
                    box->reject();
                }
            }
        });
        QVERIFY(!w.deleteCompany(true)); // cancelled
        QCOMPARE(format, Qt::PlainText);
        QVERIFY(shown.contains(name));
        QCOMPARE(w.portfolio()->rowCount(), 1);
    }

    void hanTextInTheReportsFace()
    {
        // The window draws Chinese in the face the printed report uses, in
        // every language (English: after the system's Latin face).
        for (const char *lang : {"zh_CN", "zh_TW", "en"}) {
            srdi::ui::setCurrentLanguage(QString::fromLatin1(lang));
            const QStringList want = srdi::report::Report::fontFamilies(QString::fromLatin1(lang) == u"en"
                                                                            ? QStringLiteral("zh_CN")
                                                                            : QString::fromLatin1(lang));
            const QFont font = QApplication::font();
            QVERIFY2(font.families().mid(font.families().size() - want.size()) == want, qPrintable(font.families().join(u',')));
            const QRawFont han = QRawFont::fromFont(font, QString::fromLatin1(lang) == u"zh_TW"
                                                              ? QFontDatabase::TraditionalChinese
                                                              : QFontDatabase::SimplifiedChinese);
            QCOMPARE(han.familyName(), want.first()); // installed with the product's dependencies
        }
        srdi::ui::setCurrentLanguage(QStringLiteral("en"));
    }

    void sumsFollowEveryChange()
    {
        // The counts below the list equal the store's sums for the filter
        // shown after every kind of change: an edit of the open company
        // (at once, by its own part), a filter (counted off the window's
        // thread), another writer's change.
        using namespace srdi;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
        qint64 stepAway = 0;
        {
            Database db(path);
            QVERIFY(db.open(nullptr));
            ProfileStore store(db);
            Profile a = sampleProfile(2026); // one step from 专精特新 (R&D 2.42 % < 3 %)
            a.company.name = QStringLiteral("甲企业");
            stepAway = store.insert(a).value_or(0);
            Profile b = sampleProfile(2026);
            b.company.name = QStringLiteral("乙企业");
            b.company.creditCode.reset();
            for (FiscalYear &y : b.years)
                y.rdExpense.reset(); // inputs missing
            QVERIFY(store.insert(b));
            Profile c = sampleProfile(2026);
            c.company.name = QStringLiteral("丙企业");
            c.company.creditCode.reset();
            QVERIFY(store.insert(c));
            QVERIFY(stepAway > 0);
        }
        Database check(path);
        QVERIFY(check.open(nullptr));
        const ProfileStore store(check);
        ui::MainWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.startupWorkDone());
        auto same = [&] {
            const PortfolioSummary want = store.portfolioSummary(w.portfolio()->filter());
            return w.summaryUpToDate() && w.shownSummary() == want;
        };
        QVERIFY(same());
        QCOMPARE(w.shownSummary().total, 3);
        QCOMPARE(w.shownSummary().withinReach, 2);
        QCOMPARE(w.shownSummary().missingData, 1);

        auto *list = w.findChild<QTableView *>(QStringLiteral("companyList"));
        list->selectRow(w.portfolio()->rowOf(stepAway));
        QCOMPARE(w.currentCompanyId(), stepAway);
        auto *years = static_cast<ui::FiscalYearsModel *>(w.form()->yearsView()->model());
        const int y = w.editor()->profile().assessmentYear - 1;
        const QModelIndex rd = years->index(ui::FiscalYearsModel::RdExpense, int(years->years().indexOf(y)));
        // 3 % of 8,600万 is 258万: reached, no longer one step away. At once.
        QVERIFY(years->setData(rd, QStringLiteral("258")));
        QVERIFY(same());
        QCOMPARE(w.shownSummary().withinReach, 1);
        QCOMPARE(w.shownSummary().total, 3);

        // Filtered to "one step away", then edited out of the filter and back.
        auto *reach = w.findChild<QCheckBox *>(QStringLiteral("reachFilter"));
        reach->setChecked(true);
        QTRY_VERIFY(w.summaryUpToDate());
        QVERIFY(same());
        QCOMPARE(w.shownSummary().total, 1); // 丙 only
        QCOMPARE(w.editor()->companyId(), stepAway); // still open
        QVERIFY(years->setData(rd, QStringLiteral("257.9999")));
        QVERIFY(same());
        QCOMPARE(w.shownSummary().total, 2);
        QVERIFY(years->setData(rd, QStringLiteral("300")));
        QVERIFY(same());
        QCOMPARE(w.shownSummary().total, 1);
        reach->setChecked(false);
        QTRY_VERIFY(w.summaryUpToDate());
        QVERIFY(same());
        QCOMPARE(w.shownSummary().total, 3);

        // Another writer fills the missing R&D of 乙: heard, counted again.
        {
            Database other(path);
            QVERIFY(other.open(nullptr));
            ProfileStore theirs(other);
            const qint64 b = theirs.findByName(QStringLiteral("乙企业")).value_or(0);
            Profile p = theirs.load(b).value_or(Profile());
            for (FiscalYear &fy : p.years)
                fy.rdExpense = Yuan(2580000);
            QVERIFY(theirs.update(b, p));
        }
        QVERIFY(w.checkOtherWriters());
        QTRY_VERIFY(w.summaryUpToDate());
        QVERIFY(same());
        QCOMPARE(w.shownSummary().missingData, 0);
    }

    void unopenableDatabaseIsSaidPlainly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not-a-db.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        srdi::ui::MainWindow w(path);
        QVERIFY(!w.isDatabaseOpen());
        auto *details = w.findChild<QTextBrowser *>(QStringLiteral("detailsBrowser"));
        QVERIFY(details->toPlainText().contains(QStringLiteral("could not be opened")));
        f.open(QIODevice::ReadOnly);
        QCOMPARE(f.readAll(), QByteArray(4096, 'x'));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
