// SPDX-License-Identifier: GPL-3.0-or-later
// The standing panel on the sample company: a typed figure moves the ladder
// and the checklist; the plan is stored; what-if leaves the database alone
// until applied; the rule pack can be switched or shown side by side.

#include "CompanyForm.h"
#include "FiscalYearsModel.h"
#include "MainWindow.h"
#include "ProfileEditor.h"
#include "StandingPanel.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QSettings>
#include <QSlider>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

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

QStringList checklistKeys(QTreeWidget *tree)
{
    QStringList keys;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j)
            keys.append(group->child(j)->data(0, Qt::UserRole).toString());
    }
    return keys;
}

QTreeWidgetItem *checklistItem(QTreeWidget *tree, const QString &key)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j)
            if (group->child(j)->data(0, Qt::UserRole).toString() == key)
                return group->child(j);
    }
    return nullptr;
}

const QString kRdRatioItem = QStringLiteral("2026/specialized/specialized/rd_ratio_y1");

} // namespace

class TestStanding : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("srdi-test"));
        QCoreApplication::setApplicationName(QStringLiteral("srdi-standing-test"));
        QSettings().clear();
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("t.sqlite"));
    }

    void figureMovesLadderAndChecklist()
    {
        MainWindow w(m_db);
        ui::StandingPanel *panel = w.standing();
        const qint64 id = w.currentCompanyId();
        // The sample: 2026 rules; tier 1 met, 专精特新 short on R&D (2.42 % < 3 %).
        QCOMPARE(panel->assessments().size(), 1);
        QCOMPARE(panel->assessments().first().pack->id, QStringLiteral("2026"));
        QVERIFY(panel->ladderTexts().at(0).contains(QStringLiteral("met")));
        QVERIFY(panel->ladderTexts().at(1).contains(QStringLiteral("not yet")));
        QVERIFY2(panel->ladderTexts().at(1).contains(QStringLiteral("14 of 16 conditions met")), qPrintable(panel->ladderTexts().at(1)));
        QVERIFY(checklistKeys(panel->checklistView()).contains(kRdRatioItem));
        // The item names the money: 50万 more R&D (8,600万 × 3 % = 258万; 208万 now).
        QVERIFY2(checklistItem(panel->checklistView(), kRdRatioItem)->text(0).contains(QStringLiteral("CNY 500,000")),
                 qPrintable(checklistItem(panel->checklistView(), kRdRatioItem)->text(0)));

        // Plan it: stored with the company.
        checklistItem(panel->checklistView(), kRdRatioItem)->setCheckState(0, Qt::Checked);
        {
            Database db(m_db);
            QVERIFY(db.open(nullptr));
            QVERIFY(ProfileStore(db).plannedItems(id).contains(kRdRatioItem));
        }

        // The counts below the list: the sample is one step from 专精特新.
        auto *summary = w.findChild<QLabel *>(QStringLiteral("portfolioSummary"));
        QVERIFY(summary);
        QTRY_VERIFY(w.startupWorkDone()); // the counts come once the event loop runs
        QVERIFY2(summary->text().contains(QStringLiteral("one step from reaching the next tier: 1;")), qPrintable(summary->text()));

        // Type the R&D that closes the gap: the checklist loses the item, the rung gains a condition.
        auto *model = static_cast<ui::FiscalYearsModel *>(w.form()->yearsView()->model());
        const int y = w.editor()->profile().assessmentYear - 1;
        QVERIFY(model->setData(model->index(ui::FiscalYearsModel::RdExpense, int(model->years().indexOf(y))), QStringLiteral("258")));
        QVERIFY(!checklistKeys(panel->checklistView()).contains(kRdRatioItem));
        QVERIFY2(panel->ladderTexts().at(1).contains(QStringLiteral("15 of 16 conditions met")), qPrintable(panel->ladderTexts().at(1)));
        // The counts follow the edit at once (no filter toggled): 专精特新 is
        // reached, and 小巨人 is more than one condition away.
        QVERIFY2(summary->text().contains(QStringLiteral("one step from reaching the next tier: 0;")), qPrintable(summary->text()));
        // One yuan less: back on the list.
        QVERIFY(model->setData(model->index(ui::FiscalYearsModel::RdExpense, int(model->years().indexOf(y))), QStringLiteral("257.9999")));
        QVERIFY(checklistKeys(panel->checklistView()).contains(kRdRatioItem));
        // The plan survived both re-renders.
        QCOMPARE(checklistItem(panel->checklistView(), kRdRatioItem)->checkState(0), Qt::Checked);
    }

    void titleLinesFollowTheRoute()
    {
        // A first-tier title by 科技型 入库 lasts one year; by evaluation three.
        // The anniversary itself is the last valid day.
        qint64 id = 0;
        {
            MainWindow first(m_db);
            id = first.currentCompanyId();
        }
        auto withTitle = [&](const QString &route, const QDate &date) {
            Database db(m_db);
            QVERIFY(db.open(nullptr));
            ProfileStore store(db);
            Profile p = store.load(id).value_or(Profile());
            p.assessmentDate = date;
            p.company.recognitions = QList<Recognition>{{QStringLiteral("innovative"), QDate(2025, 6, 30), route}};
            QVERIFY(store.update(id, p));
        };
        auto rung0 = [&] {
            MainWindow w(m_db);
            return w.standing()->ladderTexts().value(0);
        };
        withTitle(QStringLiteral("tech_sme"), QDate(2026, 6, 30));
        QString t = rung0();
        QVERIFY2(t.contains(QStringLiteral("Title held through 2026-06-30; 0 day(s) left")), qPrintable(t));
        withTitle(QStringLiteral("tech_sme"), QDate(2026, 7, 1));
        t = rung0();
        QVERIFY2(t.contains(QStringLiteral("Title lapsed (valid through 2026-06-30)")), qPrintable(t));
        withTitle(QString(), QDate(2026, 7, 1));
        t = rung0();
        QVERIFY2(t.contains(QStringLiteral("Title held until 2028-06-30")), qPrintable(t));
    }

    void awardsOfTheRegion()
    {
        // The sample is in Lanzhou and meets tier 1: Gansu's 30万 for a first
        // 专精特新 recognition waits at the next tier, with its document.
        MainWindow w(m_db);
        ui::StandingPanel *panel = w.standing();
        QCOMPARE(panel->awards().region, QStringLiteral("620100"));
        QCOMPARE(panel->awards().nextTierYuan, 30LL * 10000);
        QCOMPARE(panel->awards().nowYuan, 0LL);
        panel->renderViewsNow();
        const QString text = panel->awardsView()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("甘工信发〔2023〕128号")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("on reaching the next tier")));
    }

    void whatIfLeavesDatabaseAlone()
    {
        MainWindow w(m_db);
        ui::StandingPanel *panel = w.standing();
        const qint64 id = w.currentCompanyId();
        const Profile original = stored(m_db, id);
        const int undoSteps = w.undoStack()->count();
        auto *whatIf = panel->findChild<QPushButton *>(QStringLiteral("whatIfButton"));
        auto *rd = panel->findChild<QSlider *>(QStringLiteral("rdSlider"));
        whatIf->click();
        QVERIFY(w.editor()->isWhatIf());
        rd->setValue(300); // 300万 on 8,600万: 3.49 %
        QVERIFY(!checklistKeys(panel->checklistView()).contains(kRdRatioItem));
        QVERIFY(w.windowTitle().contains(QStringLiteral("what-if")));
        QCOMPARE(stored(m_db, id), original);
        QCOMPARE(w.undoStack()->count(), undoSteps);

        // Discard: back to the saved figures.
        panel->findChild<QPushButton *>(QStringLiteral("discardWhatIfButton"))->click();
        QVERIFY(!w.editor()->isWhatIf());
        QVERIFY(checklistKeys(panel->checklistView()).contains(kRdRatioItem));
        QCOMPARE(w.editor()->profile(), original);
        QCOMPARE(stored(m_db, id), original);

        // Apply: saved as one undoable step.
        whatIf->click();
        rd->setValue(300);
        panel->findChild<QSlider *>(QStringLiteral("ipSlider"))->setValue(1); // below self-developed: nesting kept
        panel->findChild<QPushButton *>(QStringLiteral("applyWhatIfButton"))->click();
        QVERIFY(!w.editor()->isWhatIf());
        const Profile after = stored(m_db, id);
        QCOMPARE(after.fiscalYear(original.assessmentYear - 1)->rdExpense, Opt<qint64>(300LL * 10000));
        QCOMPARE(after.innovation.ip.class1, Opt<qint64>(1));
        QVERIFY(*after.innovation.ip.class1SelfDeveloped <= 1);
        QCOMPARE(w.undoStack()->count(), undoSteps + 1);
        w.undoStack()->undo();
        QCOMPARE(stored(m_db, id), original);
    }

    void packSwitching()
    {
        MainWindow w(m_db);
        ui::StandingPanel *panel = w.standing();
        panel->setPackChoice(QStringLiteral("2022"));
        QCOMPARE(panel->assessments().first().pack->id, QStringLiteral("2022"));
        QVERIFY2(panel->ladderTexts().at(0).contains(QStringLiteral("Innovative SME")), qPrintable(panel->ladderTexts().at(0)));
        panel->setPackChoice(QStringLiteral("both"));
        QCOMPARE(panel->assessments().size(), 2);
        QCOMPARE(panel->ladderTexts().size(), 6);
        panel->renderViewsNow();
        QVERIFY(panel->detailView()->toPlainText().contains(QStringLiteral("MIIT 2022")) ||
                panel->detailView()->toPlainText().contains(QStringLiteral("2022")));
        // Remembered.
        MainWindow again(m_db);
        QCOMPARE(again.standing()->packChoice(), QStringLiteral("both"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_MAIN(TestStanding)
#include "test_standing.moc"
