// SPDX-License-Identifier: GPL-3.0-or-later
// The forms as a clerk and a screen reader meet them, offscreen: dates typed
// in three ways, cleared with Delete, the calendar at the date shown; what-if
// controls with their field, year and exact value; every input named; the
// checklist's rows as tall as their wrapped text; the window on the screen.

#include "CompanyForm.h"
#include "FiscalYearsModel.h"
#include "FormWidgets.h"
#include "MainWindow.h"
#include "ProfileEditor.h"
#include "StandingPanel.h"
#include "TrendChart.h"
#include "PortfolioChart.h"
#include "i18n/Language.h"
#include "PortfolioModel.h"
#include "model/Catalogs.h"
#include "model/FieldHelp.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTreeWidget>

using namespace srdi;
using srdi::ui::MainWindow;

namespace {

Profile stored(const QString &dbPath, qint64 id)
{
    Database db(dbPath);
    if (!db.open(nullptr))
        return {};
    return ProfileStore(db).load(id).value_or(Profile());
}

QString accessibleText(QWidget *w, QAccessible::Text t)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(t) : QString();
}

// The inputs a user reaches with the keyboard inside `root`.
QList<QWidget *> inputsIn(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                           qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w) ||
                           qobject_cast<QAbstractItemView *>(w) || qobject_cast<QAbstractSlider *>(w);
        if (!input || qobject_cast<QScrollBar *>(w))
            continue;
        // A line edit's own clear button is part of the line edit; a combo
        // box's popup list is the combo box's.
        if (qobject_cast<QLineEdit *>(w->parentWidget()))
            continue;
        bool inCombo = false;
        for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
            inCombo = inCombo || (qobject_cast<QComboBox *>(p) && !qobject_cast<QLineEdit *>(w));
        if (inCombo)
            continue;
        // The line edit inside a spin box is the spin box; the calendar popup is not part of the page.
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        if (w->focusPolicy() == Qt::NoFocus && !qobject_cast<ui::HelpButton *>(w))
            continue;
        out.append(w);
    }
    return out;
}

// The view's and the delegate's own option setup, as they paint.
struct ViewPeek : QTreeView
{
    using QTreeView::initViewItemOption;
};
struct DelegatePeek : QStyledItemDelegate
{
    using QStyledItemDelegate::initStyleOption;
};
constexpr auto viewOption = &ViewPeek::initViewItemOption;
constexpr auto delegateOption = &DelegatePeek::initStyleOption;

} // namespace

class TestFormAccess : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("srdi-test"));
        QCoreApplication::setApplicationName(QStringLiteral("srdi-formaccess-test"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    }

    void init()
    {
        QSettings().remove(QStringLiteral("window"));
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("t.sqlite"));
    }

    void parsesTheUsualWaysOfWritingADate()
    {
        const QDate d(2016, 5, 18);
        for (const char *text : {"2016-05-18", "2016/5/18", "20160518", "2016.5.18", "2016年5月18日", " 2016-5-18 "})
            QCOMPARE(ui::parseDate(QString::fromUtf8(text)), std::optional<QDate>(d));
        for (const char *text : {"2016", "2016-05", "2016-13-01", "2016-02-30", "160518", "1800-01-01", "x"})
            QVERIFY2(!ui::parseDate(QString::fromUtf8(text)), text);
    }

    // 成立日期 empty, typed three ways, each followed by Tab: stored, and the
    // focus goes on to the next field, whose text stays its own.
    // Tab goes as the eye reads, left to right: the search, the filters, the
    // list and its buttons; the form (its tabs, then its fields top to
    // bottom, the page made after the first frame included); the standing.
    void tabGoesAsTheEyeReads()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(w.form()->findChild<QWidget *>(QStringLiteral("company.name")));
        QList<QWidget *> chain; // what Tab reaches, from the search box on
        auto *search = w.findChild<QWidget *>(QStringLiteral("searchLineEdit"));
        QVERIFY(search);
        QWidget *x = search;
        do {
            if (x->isVisible() && x->isEnabled() && (x->focusPolicy() & Qt::TabFocus) && !x->focusProxy())
                chain.append(x);
            x = x->nextInFocusChain();
        } while (x != search);
        const auto at = [&chain](QWidget *widget) { return chain.indexOf(widget); };
        auto *list = w.findChild<QWidget *>(QStringLiteral("companyList"));
        auto *del = w.findChild<QWidget *>(QStringLiteral("deleteCompanyButton"));
        auto *tabs = w.form()->tabBar();
        auto *name = w.form()->findChild<QWidget *>(QStringLiteral("company.name"));
        auto *code = w.form()->findChild<QWidget *>(QStringLiteral("company.credit_code"));
        QWidget *firstStanding = nullptr;
        for (QWidget *c : chain)
            if (w.standing()->isAncestorOf(c)) {
                firstStanding = c;
                break;
            }
        QVERIFY(firstStanding);
        QCOMPARE(at(search), 0);
        QVERIFY(at(list) > 0);
        QVERIFY(at(del) > at(list));
        QVERIFY2(at(tabs) > at(del), qPrintable(QString::number(at(tabs))));
        QVERIFY(at(name) > at(tabs));
        QVERIFY(at(code) > at(name));
        QVERIFY2(at(firstStanding) > at(code), qPrintable(firstStanding->objectName()));
        // A page made later takes its place in the form, before the standing.
        const int innovation = w.form()->indexOf(w.form()->findChild<QWidget *>(QStringLiteral("innovationPage")));
        w.form()->setCurrentIndex(innovation);
        auto *ip = w.form()->findChild<QWidget *>(QStringLiteral("innovation.ip.class1"));
        QVERIFY(ip);
        QWidget *y = ip;
        bool reachedStanding = false;
        for (int i = 0; i < 500 && y != tabs; ++i) {
            y = y->previousInFocusChain();
            reachedStanding = reachedStanding || w.standing()->isAncestorOf(y);
        }
        QCOMPARE(y, static_cast<QWidget *>(tabs)); // walking back from the field reaches the form's tabs
        QVERIFY(!reachedStanding);                 // without passing through the standing
    }

    void typedDates()
    {
        MainWindow w(m_db);
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const qint64 id = w.addCompany();
        ui::CompanyForm *form = w.form();
        auto *date = qobject_cast<ui::OptionalDateEdit *>(form->inputFor(QStringLiteral("company.established")));
        QVERIFY(date);
        auto *next = qobject_cast<QLineEdit *>(form->inputFor(QStringLiteral("company.main_product")));
        QVERIFY(next);
        QLineEdit *line = date->lineEdit();
        QVERIFY(line->text().isEmpty()); // not entered: empty, the dash only a placeholder
        QVERIFY(!stored(m_db, id).company.established);

        for (const char *typed : {"2016-05-18", "2016/5/18", "20160518"}) {
            line->setFocus();
            QVERIFY(line->hasFocus());
            line->selectAll();
            // Delete on the whole date: not entered, at once.
            if (!line->text().isEmpty()) {
                QTest::keyClick(line, Qt::Key_Delete);
                QCOMPARE(line->text(), QString());
                QCOMPARE(stored(m_db, id).company.established, Opt<QDate>());
            }
            QTest::keyClicks(line, QStringLiteral("2016"));
            QCOMPARE(line->text(), QStringLiteral("2016")); // no "—016"
            QTest::keyClicks(line, QString::fromLatin1(typed).mid(4));
            QTest::keyClick(line, Qt::Key_Tab);
            QVERIFY2(next->hasFocus(), typed);
            QCOMPARE(stored(m_db, id).company.established, Opt<QDate>(QDate(2016, 5, 18)));
            QCOMPARE(line->text(), QStringLiteral("2016-05-18"));
            QVERIFY(form->errorFor(QStringLiteral("company.established")).isEmpty());
            // What is typed next goes to the next field, not into the date.
            QTest::keyClicks(next, QStringLiteral("x"));
            QCOMPARE(line->text(), QStringLiteral("2016-05-18"));
        }

        // Typing over a filled date changes that date only, wholly.
        line->setFocus();
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("2017-1-2"));
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(stored(m_db, id).company.established, Opt<QDate>(QDate(2017, 1, 2)));
        QCOMPARE(stored(m_db, id).assessmentDate, Opt<QDate>());
        QCOMPARE(line->text(), QStringLiteral("2017-01-02"));

        // Not a date: refused where typed, nothing stored.
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("2017-13-45"));
        QTest::keyClick(line, Qt::Key_Return);
        QVERIFY(!form->errorFor(QStringLiteral("company.established")).isEmpty());
        QCOMPARE(stored(m_db, id).company.established, Opt<QDate>(QDate(2017, 1, 2)));

        // A second's pause after a complete date is enough.
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("20150301"));
        QTRY_COMPARE_WITH_TIMEOUT(stored(m_db, id).company.established, Opt<QDate>(QDate(2015, 3, 1)), 3000);
        QVERIFY(form->errorFor(QStringLiteral("company.established")).isEmpty());
    }

    void calendarOpensAtTheDateShownOrToday()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qint64 id = w.addCompany();
        auto *date = qobject_cast<ui::OptionalDateEdit *>(w.form()->inputFor(QStringLiteral("company.established")));
        QVERIFY(date);
        date->showCalendar();
        QVERIFY(date->calendar());
        QCOMPARE(date->calendar()->selectedDate(), QDate::currentDate());
        QCOMPARE(date->calendar()->yearShown(), QDate::currentDate().year());
        // A day picked is the value, stored like a typed one.
        emit date->calendar()->clicked(QDate(2012, 7, 9));
        QTRY_VERIFY(!date->calendar());
        QCOMPARE(stored(m_db, id).company.established, Opt<QDate>(QDate(2012, 7, 9)));
        date->showCalendar();
        QCOMPARE(date->calendar()->selectedDate(), QDate(2012, 7, 9));
        QCOMPARE(date->calendar()->monthShown(), 7);
        // Alt+Down opens it from the keyboard too.
        date->calendar()->parentWidget()->close();
        QTRY_VERIFY(!date->calendar());
        QTest::keyClick(date->lineEdit(), Qt::Key_Down, Qt::AltModifier);
        QVERIFY(date->calendar());
        date->calendar()->parentWidget()->close();
    }

    void whatIfControlsSayWhatTheyMoveAndTakeExactValues()
    {
        MainWindow w(m_db); // the sample company
        ui::StandingPanel *panel = w.standing();
        panel->findChild<QPushButton *>(QStringLiteral("whatIfButton"))->click();
        QVERIFY(w.editor()->isWhatIf());
        const int year = w.editor()->profile().assessmentYear - 1;
        const FieldHelp &help = FieldHelp::instance();
        QStringList names;
        for (const char *name : {"rd", "revenue", "ip"}) {
            auto *slider = panel->findChild<QSlider *>(QString::fromLatin1(name) + QStringLiteral("Slider"));
            auto *box = panel->findChild<QAbstractSpinBox *>(QString::fromLatin1(name) + QStringLiteral("Box"));
            auto *label = panel->findChild<QLabel *>(QString::fromLatin1(name) + QStringLiteral("Label"));
            QVERIFY2(slider && box && label, name);
            QVERIFY(!label->text().isEmpty());
            QCOMPARE(label->buddy(), box);
            QCOMPARE(accessibleText(slider, QAccessible::Name), label->text());
            QVERIFY(accessibleText(box, QAccessible::Name).startsWith(label->text()));
            names.append(accessibleText(slider, QAccessible::Name));
        }
        QCOMPARE(names.at(0), QStringLiteral("%1 in %2").arg(help.label(QStringLiteral("years.rd_expense"), QStringLiteral("en"))).arg(year));
        QCOMPARE(names.at(1),
                 QStringLiteral("%1 in %2").arg(help.label(QStringLiteral("years.operating_revenue"), QStringLiteral("en"))).arg(year));
        QCOMPARE(names.at(2), help.label(QStringLiteral("innovation.ip.class1"), QStringLiteral("en")));
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 3);

        // An exact value typed in the box: the figure and the slider follow.
        auto *rdBox = panel->findChild<QDoubleSpinBox *>(QStringLiteral("rdBox"));
        auto *rdSlider = panel->findChild<QSlider *>(QStringLiteral("rdSlider"));
        const Opt<qint64> revenueBefore = w.editor()->profile().fiscalYear(year)->operatingRevenue;
        rdBox->setFocus();
        rdBox->selectAll();
        QTest::keyClicks(rdBox, QStringLiteral("352.25"));
        QTest::keyClick(rdBox, Qt::Key_Return);
        QCOMPARE(w.editor()->profile().fiscalYear(year)->rdExpense, Opt<qint64>(3'522'500));
        QCOMPARE(w.editor()->profile().fiscalYear(year)->operatingRevenue, revenueBefore); // only what was moved
        QCOMPARE(rdSlider->value(), 352);
        // The slider: the box follows.
        rdSlider->setValue(300);
        QCOMPARE(rdBox->value(), 300.0);
        QCOMPARE(w.editor()->profile().fiscalYear(year)->rdExpense, Opt<qint64>(3'000'000));
        // Beyond the slider's reach: the slider grows.
        rdBox->setValue(rdSlider->maximum() + 500);
        QCOMPARE(rdSlider->value(), rdSlider->maximum());
        QCOMPARE(w.editor()->profile().fiscalYear(year)->rdExpense, Opt<qint64>(qint64(rdSlider->maximum()) * 10000));
        panel->findChild<QPushButton *>(QStringLiteral("discardWhatIfButton"))->click();
    }

    // Every input of every page, the list, the standing panel: a name a
    // screen reader can say (its label), and the field's tip as description.
    void everyInputHasAName()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::CompanyForm *form = w.form();
        form->buildAllPages();
        // Records in every table, so that their cells are walked too.
        for (QPushButton *add : form->findChildren<QPushButton *>(QStringLiteral("addRowButton")))
            add->click();
        w.standing()->findChild<QPushButton *>(QStringLiteral("whatIfButton"))->click();
        static const QStringList generic = {QStringLiteral("edit text"), QStringLiteral("?"), QStringLiteral("…")};
        int firstPageNamed = 0, firstPageTotal = 0;
        QList<QWidget *> roots;
        for (int i = 0; i < form->count(); ++i)
            roots.append(form->widget(i));
        roots.append(w.standing());
        for (QWidget *root : std::as_const(roots)) {
            for (QWidget *input : inputsIn(root)) {
                const QString name = accessibleText(input, QAccessible::Name).trimmed();
                const QString what = root->objectName() + u'/' + QString::fromLatin1(input->metaObject()->className()) + u'/' +
                                     input->objectName() + QStringLiteral(" \"") + name + u'"';
                if (root == form->widget(0)) {
                    ++firstPageTotal;
                    firstPageNamed += name.isEmpty() ? 0 : 1;
                }
                QVERIFY2(!name.isEmpty(), qPrintable(what));
                QVERIFY2(!generic.contains(name), qPrintable(what));
                QVERIFY2(!name.startsWith(u'Q') || name.contains(u' '), qPrintable(what)); // not a class name
            }
        }
        QCOMPARE(firstPageNamed, firstPageTotal);
        QVERIFY(firstPageTotal >= 12);
        qInfo("first page: %d of %d inputs named", firstPageNamed, firstPageTotal);

        // A field's input: its label, and its tip as description.
        const QString lang = QStringLiteral("en");
        for (const char *path : {"company.name", "company.credit_code", "company.established", "assessment_year",
                                 "refinement.digital_level", "innovation.ip.class1", "specialization.field"}) {
            QWidget *input = form->inputFor(QString::fromLatin1(path));
            QWidget *focus = input->focusProxy() ? input->focusProxy() : input;
            if (auto *list = input->findChild<QListWidget *>())
                focus = list;
            // (On Linux a combo box's accessible name is its current text, by Qt's design.)
            QCOMPARE(qobject_cast<QComboBox *>(focus) ? focus->accessibleName() : accessibleText(focus, QAccessible::Name),
                     FieldHelp::instance().label(QString::fromLatin1(path), lang));
            QCOMPARE(accessibleText(focus, QAccessible::Description), FieldHelp::instance().tip(QString::fromLatin1(path), lang));
        }
        // The region's two parts say which part they are.
        auto *city = form->findChild<QComboBox *>(QStringLiteral("regionCity"));
        auto *province = form->findChild<QComboBox *>(QStringLiteral("regionProvince"));
        QVERIFY(city->accessibleName().startsWith(FieldHelp::instance().label(QStringLiteral("company.region"), lang)));
        QVERIFY(city->accessibleName() != province->accessibleName());
        QCOMPARE(accessibleText(city->lineEdit(), QAccessible::Name), city->accessibleName());
    }

    // 所在地区 in three levels: province, city, district or county (GB/T 2260).
    void regionPickerReachesDistricts()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qint64 id = w.addCompany();
        ui::CompanyForm *form = w.form();
        auto combo = [&](const char *name) { return form->findChild<QComboBox *>(QString::fromLatin1(name)); };
        auto choose = [&](const char *name, const char *code) {
            QComboBox *c = combo(name);
            const int i = c->findData(QString::fromLatin1(code));
            QVERIFY2(i >= 0, code);
            c->setCurrentIndex(i);
            emit c->activated(i);
        };
        QVERIFY(combo("regionDistrict"));
        const RegionCatalog &catalog = RegionCatalog::instance();
        const QString lang = QStringLiteral("en");
        auto nameOf = [&](const char *code) { return catalog.find(QString::fromLatin1(code))->name(lang); };

        choose("regionProvince", "330000");
        choose("regionCity", "330100");
        QVERIFY(combo("regionDistrict")->isEnabled());
        QCOMPARE(combo("regionDistrict")->count(), catalog.counties(QStringLiteral("330100")).size() + 1);
        choose("regionDistrict", "330110");
        QCOMPARE(stored(m_db, id).company.region, Opt<QString>(QStringLiteral("330110")));
        QCOMPARE(combo("regionProvince")->currentText(), nameOf("330000"));
        QCOMPARE(combo("regionCity")->currentText(), nameOf("330100"));
        QCOMPARE(combo("regionDistrict")->currentText(), nameOf("330110"));

        // By keyboard: the next district with ↓, one typed by its name with Enter.
        QComboBox *district = combo("regionDistrict");
        district->setFocus();
        const int at = district->currentIndex();
        QTest::keyClick(district, Qt::Key_Down);
        QCOMPARE(stored(m_db, id).company.region, Opt<QString>(district->itemData(at + 1).toString()));
        district->lineEdit()->selectAll();
        QTest::keyClicks(district->lineEdit(), nameOf("330110"));
        QTest::keyClick(district->lineEdit(), Qt::Key_Return);
        QCOMPARE(stored(m_db, id).company.region, Opt<QString>(QStringLiteral("330110")));

        // The list names the district, never the code.
        QTRY_VERIFY([&] {
            for (int r = 0; r < w.portfolio()->rowCount(); ++r) {
                const QModelIndex i = w.portfolio()->index(r, ui::PortfolioModel::Region);
                if (i.data(ui::PortfolioModel::IdRole).toLongLong() == id || w.portfolio()->index(r, 0).data(ui::PortfolioModel::IdRole).toLongLong() == id)
                    return i.data().toString() == nameOf("330110") &&
                           i.data(Qt::ToolTipRole).toString().contains(catalog.displayPath(QStringLiteral("330110"), lang));
            }
            return false;
        }());
        w.close();

        // Shown again as chosen.
        MainWindow again(m_db);
        QCOMPARE(again.currentCompanyId(), id);
        QCoreApplication::processEvents(); // the page is made after the first frame
        auto *f2 = again.form();
        QCOMPARE(f2->findChild<QComboBox *>(QStringLiteral("regionProvince"))->currentData().toString(), QStringLiteral("330000"));
        QCOMPARE(f2->findChild<QComboBox *>(QStringLiteral("regionCity"))->currentData().toString(), QStringLiteral("330100"));
        QCOMPARE(f2->findChild<QComboBox *>(QStringLiteral("regionDistrict"))->currentData().toString(), QStringLiteral("330110"));
    }

    void regionPickerMunicipalitiesAndCities()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qint64 id = w.addCompany();
        ui::CompanyForm *form = w.form();
        auto combo = [&](const char *name) { return form->findChild<QComboBox *>(QString::fromLatin1(name)); };
        auto choose = [&](const char *name, const char *code) {
            QComboBox *c = combo(name);
            const int i = c->findData(QString::fromLatin1(code));
            QVERIFY2(i >= 0, code);
            c->setCurrentIndex(i);
            emit c->activated(i);
        };
        auto region = [&] { return stored(m_db, id).company.region.value_or(QString()); };
        const RegionCatalog &catalog = RegionCatalog::instance();

        // A municipality: the city is the municipality itself, its districts come next.
        choose("regionProvince", "110000");
        QCOMPARE(region(), QStringLiteral("110000"));
        QVERIFY(!combo("regionCity")->isEnabled());
        QCOMPARE(combo("regionCity")->currentText(), catalog.find(QStringLiteral("110000"))->name(QStringLiteral("en")));
        QVERIFY(combo("regionDistrict")->isEnabled());
        choose("regionDistrict", "110108");
        QCOMPARE(region(), QStringLiteral("110108"));
        // 重庆's counties (5002xx) sit under the municipality too.
        choose("regionProvince", "500000");
        choose("regionDistrict", "500229");
        QCOMPARE(region(), QStringLiteral("500229"));

        // A city without a district stays the city, also after a district was chosen.
        choose("regionProvince", "330000");
        QVERIFY(combo("regionCity")->isEnabled());
        QVERIFY(!combo("regionDistrict")->isEnabled());
        choose("regionCity", "330100");
        QCOMPARE(region(), QStringLiteral("330100"));
        choose("regionDistrict", "330110");
        choose("regionDistrict", "330100"); // "— whole city —"
        QCOMPARE(region(), QStringLiteral("330100"));
        QCOMPARE(combo("regionDistrict")->currentIndex(), 0);
        // A city without districts (东莞): nothing below it.
        choose("regionProvince", "440000");
        choose("regionCity", "441900");
        QCOMPARE(region(), QStringLiteral("441900"));
        QVERIFY(!combo("regionDistrict")->isEnabled());
        // A county-level city directly under a province (仙桃) is offered beside the cities.
        choose("regionProvince", "420000");
        choose("regionCity", "429004");
        QCOMPARE(region(), QStringLiteral("429004"));
        QVERIFY(!combo("regionDistrict")->isEnabled());
        w.close();

        MainWindow again(m_db);
        QCoreApplication::processEvents(); // the page is made after the first frame
        QCOMPARE(again.form()->findChild<QComboBox *>(QStringLiteral("regionCity"))->currentData().toString(), QStringLiteral("429004"));
        // And a municipality's district loads into the third box.
        QVERIFY(again.editor()->edit(QStringLiteral("company.region"), QStringLiteral("t"),
                                     [](Profile &x) { x.company.region = QStringLiteral("310115"); }).isEmpty());
        QCOMPARE(again.form()->findChild<QComboBox *>(QStringLiteral("regionProvince"))->currentData().toString(), QStringLiteral("310000"));
        QCOMPARE(again.form()->findChild<QComboBox *>(QStringLiteral("regionDistrict"))->currentData().toString(), QStringLiteral("310115"));
    }

    // Qt on Linux names a combo box by its current text ("否") and gives its
    // label through the labelled-by relation, found from a sibling QLabel
    // whose buddy it is: every combo box of the forms has one, saying its field.
    void everyComboBoxHasALabelRelation()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.addCompany();
        ui::CompanyForm *form = w.form();
        form->buildAllPages();
        int combos = 0;
        for (int i = 0; i < form->count(); ++i) {
            for (QComboBox *c : form->widget(i)->findChildren<QComboBox *>()) {
                if (c->objectName().isEmpty() && !c->isVisibleTo(form->widget(i)))
                    continue;
                ++combos;
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(c);
                QVERIFY(iface);
                QStringList labels;
                for (const auto &[target, relation] : iface->relations(QAccessible::Label))
                    labels.append(target->text(QAccessible::Name));
                const QString what = c->objectName() + QStringLiteral(" \"") + c->accessibleName() + u'"';
                QVERIFY2(!labels.isEmpty(), qPrintable(what));
                QVERIFY2(labels.contains(c->accessibleName()), qPrintable(what + u' ' + labels.join(u'|')));
            }
        }
        QVERIFY(combos >= 20);
        qInfo("%d combo boxes, each with its label", combos);
        // The district part says which part it is.
        auto *district = form->findChild<QComboBox *>(QStringLiteral("regionDistrict"));
        QVERIFY(district->accessibleName().startsWith(FieldHelp::instance().label(QStringLiteral("company.region"), QStringLiteral("en"))));
        QCOMPARE(accessibleText(district->lineEdit(), QAccessible::Name), district->accessibleName());
    }

    void yearCellsAreAnnouncedWithTheirRowAndYear()
    {
        MainWindow w(m_db);
        QTableView *view = w.form()->yearsView();
        auto *model = static_cast<ui::FiscalYearsModel *>(view->model());
        const int year = model->years().last();
        const QModelIndex cell = model->index(0, int(model->years().size()) - 1);
        const QString label = model->headerData(0, Qt::Vertical).toString();
        const QString text = cell.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(text.startsWith(QStringLiteral("%1 %2").arg(label).arg(year)), qPrintable(text));
        QVERIFY2(text.endsWith(cell.data(Qt::DisplayRole).toString()), qPrintable(text));
        QCOMPARE(cell.data(Qt::AccessibleDescriptionRole).toString(), model->headerData(0, Qt::Vertical, Qt::ToolTipRole).toString());
        // A derived row too.
        const QModelIndex ratio = model->index(ui::FiscalYearsModel::FirstDerived, 0);
        QVERIFY(ratio.data(Qt::AccessibleTextRole).toString().contains(QString::number(model->years().first())));
        // Through the accessibility interface of the table, as a screen reader asks.
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
        QVERIFY(table && table->tableInterface());
        QAccessibleInterface *c = table->tableInterface()->cellAt(0, int(model->years().size()) - 1);
        QVERIFY(c);
        QCOMPARE(c->text(QAccessible::Name), text);
    }

    void chartsHaveATextAlternative()
    {
        MainWindow w(m_db); // the sample has several years
        w.standing()->renderViewsNow();
        auto *trend = w.standing()->findChild<ui::TrendChart *>();
        QVERIFY(trend);
        const QString d = trend->accessibleDescription();
        QVERIFY(!trend->accessibleName().isEmpty());
        for (const FiscalYear &fy : w.editor()->profile().years)
            QVERIFY2(d.contains(QString::number(fy.year)), qPrintable(d));
        QVERIFY2(d.contains(QStringLiteral("R&D expense / operating revenue")) && d.contains(u'%'), qPrintable(d));
        auto *bars = w.findChild<ui::PortfolioChart *>();
        QVERIFY(bars);
        QTRY_VERIFY(w.startupWorkDone()); // the counts come once the event loop runs
        QVERIFY(!bars->accessibleName().isEmpty());
        QVERIFY2(bars->accessibleDescription().contains(QStringLiteral("No tier: ")), qPrintable(bars->accessibleDescription()));
    }

    void digitalLevelsSayWhatTheyMean()
    {
        MainWindow w(m_db);
        auto *combo = qobject_cast<QComboBox *>(w.form()->inputFor(QStringLiteral("refinement.digital_level")));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 5);
        for (int i = 1; i <= 4; ++i) {
            QVERIFY2(combo->itemText(i).startsWith(QStringLiteral("Level %1").arg(i)), qPrintable(combo->itemText(i)));
            QVERIFY2(combo->itemText(i).contains(QStringLiteral("points")), qPrintable(combo->itemText(i)));
        }
    }

    // Every row of the checklist is as tall as its text wrapped at the width
    // it is painted in, before and after the panel is resized.
    void checklistRowsWrap()
    {
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTreeWidget *tree = w.standing()->checklistView();
        auto *tabs = w.standing()->findChild<QTabWidget *>(QStringLiteral("standingTabs"));
        tabs->setCurrentWidget(tree);
        QVERIFY(tree->topLevelItemCount() > 0);
        for (int width : {260, 420, 300}) {
            tree->setFixedWidth(width);
            QCoreApplication::processEvents();
            tree->doItemsLayout();
            int checked = 0;
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                QTreeWidgetItem *group = tree->topLevelItem(i);
                group->setExpanded(true);
                for (int j = 0; j < group->childCount(); ++j) {
                    const QModelIndex index = tree->model()->index(j, 0, tree->model()->index(i, 0));
                    // The option the view paints the row with.
                    QStyleOptionViewItem opt;
                    (tree->*viewOption)(&opt);
                    (static_cast<QStyledItemDelegate *>(tree->itemDelegateForIndex(index))->*delegateOption)(&opt, index);
                    opt.rect = tree->visualRect(index);
                    const QRect textRect = tree->style()->subElementRect(QStyle::SE_ItemViewItemText, &opt, tree);
                    const int margin = tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
                    const QRect need = opt.fontMetrics.boundingRect(QRect(0, 0, textRect.width() - 2 * margin, 100000),
                                                                    Qt::TextWordWrap, opt.text);
                    QVERIFY2(opt.rect.height() >= need.height(),
                             qPrintable(QStringLiteral("width %1: row %2 px for %3 px of text: %4")
                                            .arg(width)
                                            .arg(opt.rect.height())
                                            .arg(need.height())
                                            .arg(opt.text)));
                    ++checked;
                }
            }
            QVERIFY(checked > 0);
        }
    }

    // The window fits the screen it opens on: by default, and when the saved
    // layout came from a larger screen.
    void geometryFitsTheScreen()
    {
        const QRect room = QGuiApplication::primaryScreen()->availableGeometry();
        {
            MainWindow w(m_db);
            QVERIFY2(room.contains(w.geometry()),
                     qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(w.width()).arg(w.height()).arg(room.width()).arg(room.height())));
        }
        {
            QWidget big;
            big.setGeometry(room.x() - 200, room.y() - 100, room.width() * 2, room.height() * 2);
            QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
        }
        MainWindow w(m_db);
        QVERIFY2(room.contains(w.geometry()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4 on %5x%6")
                                .arg(w.x())
                                .arg(w.y())
                                .arg(w.width())
                                .arg(w.height())
                                .arg(room.width())
                                .arg(room.height())));
    }

    // At 1366 x 768, the screen of many an office PC, every page of the form
    // fits its pane in width: no field, and no help button, hidden sideways.
    void pagesFitTheirPaneSideways_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void pagesFitTheirPaneSideways()
    {
        QFETCH(QString, lang);
        QVERIFY(i18n::Language::apply(lang));
        QSettings().remove(QStringLiteral("window"));
        MainWindow w(m_db);
        w.resize(1320, 740); // the window as it opens on 1366 x 768
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.width(), 1320);
        ui::CompanyForm *form = w.form();
        form->buildAllPages();
        for (int i = 0; i < form->count(); ++i) {
            form->setCurrentIndex(i);
            QCoreApplication::processEvents();
            auto *scroll = qobject_cast<QScrollArea *>(form->widget(i));
            QVERIFY(scroll);
            const int need = scroll->widget()->minimumSizeHint().width();
            const int room = scroll->viewport()->width();
            QVERIFY2(need <= room, qPrintable(QStringLiteral("%1 page %2 (%3): needs %4 px, has %5")
                                                   .arg(lang).arg(i).arg(form->tabText(i)).arg(need).arg(room)));
        }
        i18n::Language::apply(QStringLiteral("en"));
    }

    // 序号 on one line in the detail, however narrow the panel.
    void numberHeadNeverWraps()
    {
        QVERIFY(i18n::Language::apply(QStringLiteral("zh_CN")));
        MainWindow w(m_db);
        w.standing()->renderViewsNow();
        std::unique_ptr<QTextDocument> doc(w.standing()->detailView()->document()->clone());
        doc->setTextWidth(240);
        QVERIFY(doc->size().height() > 0); // laid out
        int heads = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.text() != QStringLiteral("序号"))
                continue;
            ++heads;
            QCOMPARE(b.layout()->lineCount(), 1);
        }
        i18n::Language::apply(QStringLiteral("en"));
        QVERIFY(heads > 0);
    }

    // For looking at by eye: SRDI_SCREENSHOT=dir writes the window as a
    // clerk first sees it, on the screen the test runs on (Xvfb).
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("SRDI_SCREENSHOT");
        if (dir.isEmpty())
            QSKIP("SRDI_SCREENSHOT not set");
        const QString lang = qEnvironmentVariable("SRDI_SCREENSHOT_LANG", QStringLiteral("zh_CN"));
        QVERIFY(i18n::Language::apply(lang));
        MainWindow w(m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(300);
        const QRect room = w.screen()->availableGeometry();
        qInfo("screen %dx%d, window %dx%d at %d,%d", room.width(), room.height(), w.width(), w.height(), w.x(), w.y());
        QVERIFY(room.contains(w.geometry()));
        w.grab().save(dir + QStringLiteral("/window-%1.png").arg(lang));
        w.standing()->findChild<QPushButton *>(QStringLiteral("whatIfButton"))->click();
        auto *tabs = w.standing()->findChild<QTabWidget *>(QStringLiteral("standingTabs"));
        tabs->setCurrentWidget(w.standing()->checklistView());
        QTest::qWait(300);
        w.grab().save(dir + QStringLiteral("/window-%1-whatif.png").arg(lang));
        i18n::Language::apply(QStringLiteral("en"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_MAIN(TestFormAccess)
#include "test_formaccess.moc"
