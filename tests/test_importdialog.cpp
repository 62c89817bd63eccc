// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Import companies… and Export portfolio… in the window: a preview
// before anything is written, a GB18030 file read as such, bad rows listed,
// Stop leaving every company whole and a second run completing it; the
// portfolio exported as .xlsx and CSV, never over the database.

#include "ImportCompaniesDialog.h"
#include "MainWindow.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace srdi;
using srdi::ui::ImportCompaniesDialog;
using srdi::ui::MainWindow;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// `n` companies as GB18030 text, without the pledge columns; every 100th row
// from `bad` on carries a broken year.
QByteArray companiesGb(int first, int n, int bad = -1)
{
    QString text = QStringLiteral("name,credit_code,region,assessment_year,y3_operating_revenue,y3_rd_expense,main_product\r\n");
    for (int i = first; i < first + n; ++i) {
        const bool broken = bad >= 0 && i >= bad && (i - bad) % 100 == 0;
        text += QStringLiteral("测试企业%1有限公司,,330110,%2,%3,%4,精密主轴\r\n")
                    .arg(i, 5, 10, QChar(u'0'))
                    .arg(broken ? QStringLiteral("二〇二六") : QStringLiteral("2026"))
                    .arg(1000 + i)
                    .arg(40 + i % 50);
    }
    return QStringEncoder("GB18030")(text);
}

qint64 count(const QString &db)
{
    Database d(db);
    if (!d.open(nullptr))
        return -1;
    return ProfileStore(d).count();
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("srdi-test"));
        QCoreApplication::setApplicationName(QStringLiteral("srdi-importdialog-test"));
        QSettings().clear();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("t.sqlite"));
        MainWindow w(m_db); // creates the database with the sample company
        QCOMPARE(count(m_db), 1);
    }

    void previewThenImportGb18030()
    {
        const QString csv = m_dir->filePath(QStringLiteral("clients.csv"));
        QVERIFY(writeFile(csv, companiesGb(0, 300, 50)));
        ImportCompaniesDialog dialog(m_db, csv);
        // The preview: what the file is, what it lacks, the first rows; nothing written.
        const QString info = dialog.findChild<QLabel *>(QStringLiteral("importInfo"))->text();
        QVERIFY2(info.contains(QStringLiteral("GB18030")), qPrintable(info));
        QVERIFY2(dialog.notes().join(u' ').contains(QStringLiteral("no_major_accident_3y")), qPrintable(dialog.notes().join(u' ')));
        QCOMPARE(dialog.preview()->rowCount(), ImportCompaniesDialog::kPreviewRows);
        QCOMPARE(dialog.preview()->item(0, 1)->text(), QStringLiteral("测试企业00000有限公司"));
        QVERIFY2(dialog.preview()->item(0, 3)->text().contains(QStringLiteral("Yuhang")), qPrintable(dialog.preview()->item(0, 3)->text()));
        QCOMPARE(count(m_db), 1);

        dialog.startImport();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 60000);
        QCOMPARE(dialog.added(), 297);
        QCOMPARE(dialog.skipped(), 3);
        const QStringList errors = dialog.rowErrors();
        QCOMPARE(errors.size(), 3);
        QVERIFY2(errors.first().contains(QStringLiteral("clients.csv:52")) && errors.first().contains(QStringLiteral("二〇二六")),
                 qPrintable(errors.first()));
        QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("importErrors"))->toPlainText().contains(QStringLiteral(":152")));
        QVERIFY2(dialog.summary().startsWith(QStringLiteral("297 added, 0 updated, 0 unchanged, 3 not imported")), qPrintable(dialog.summary()));
        QCOMPARE(count(m_db), 298);
        QVERIFY(!dialog.canImport()); // once
    }

    void stopLeavesCompaniesWholeAndASecondRunCompletes()
    {
        const int n = 3000;
        const QString csv = m_dir->filePath(QStringLiteral("many.csv"));
        QVERIFY(writeFile(csv, companiesGb(0, n)));
        qint64 first = 0;
        {
            ImportCompaniesDialog dialog(m_db, csv);
            dialog.startImport();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.added() >= 20, 60000);
            dialog.stopImport();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.isFinished(), 60000);
            QVERIFY(dialog.stopped());
            first = dialog.added();
            QVERIFY2(first >= 20 && first < n, qPrintable(QString::number(first)));
            QVERIFY2(dialog.summary().contains(QStringLiteral("Stopped")), qPrintable(dialog.summary()));
        }
        // Every company in is whole: its revenue and R&D are there.
        {
            Database d(m_db);
            QVERIFY(d.open(nullptr));
            ProfileStore store(d);
            QCOMPARE(store.count(), first + 1);
            for (const CompanySummary &c : store.list()) {
                if (!c.name.startsWith(QStringLiteral("测试企业")))
                    continue;
                const Profile p = *store.load(c.id);
                QVERIFY(p.fiscalYear(2025) && p.fiscalYear(2025)->operatingRevenue && p.fiscalYear(2025)->rdExpense);
            }
        }
        // The same file again: what was in is matched (unchanged), the rest added.
        ImportCompaniesDialog again(m_db, csv);
        again.startImport();
        QTRY_VERIFY_WITH_TIMEOUT(again.isFinished(), 120000);
        QCOMPARE(again.unchanged(), first);
        QCOMPARE(again.added(), n - first);
        QCOMPARE(count(m_db), n + 1);
    }

    void unreadableFileCannotBeImported()
    {
        const QString csv = m_dir->filePath(QStringLiteral("bad.csv"));
        QVERIFY(writeFile(csv, "name,assessment_year,y3_revenue\n甲,2026,1\n"));
        ImportCompaniesDialog dialog(m_db, csv);
        QVERIFY(!dialog.canImport());
        const QString notes = dialog.findChild<QLabel *>(QStringLiteral("importNotes"))->text();
        QVERIFY2(notes.contains(QStringLiteral("y3_revenue")), qPrintable(notes));
        dialog.startImport();
        QVERIFY(!dialog.isRunning());
        QCOMPARE(count(m_db), 1);
    }

    void exportPortfolioFromTheWindow()
    {
        MainWindow w(m_db);
        const QString book = m_dir->filePath(QStringLiteral("portfolio.xlsx"));
        QCOMPARE(w.exportPortfolio(book), 1);
        QFile f(book);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(2) == "PK");
        const QString csv = m_dir->filePath(QStringLiteral("portfolio.csv"));
        QCOMPARE(w.exportPortfolio(csv), 1);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QVERIFY(c.readAll().startsWith("\xEF\xBB\xBF" "company,"));
        // Never over the database (nor its journal).
        const QByteArray before = [&] { QFile d(m_db); return d.open(QIODevice::ReadOnly) ? d.readAll() : QByteArray(); }();
        QStringList said; // the warnings shown, closed as they come
        QTimer closer;
        closer.setInterval(20);
        connect(&closer, &QTimer::timeout, &w, [&] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(top); box && box->isVisible()) {
                    said.append(box->text());
                    box->accept();
                }
            }
        });
        closer.start();
        QCOMPARE(w.exportPortfolio(m_db), -1);
        QCOMPARE(w.exportPortfolio(m_db + QStringLiteral("-wal")), -1);
        closer.stop();
        QCOMPARE(said.size(), 2);
        QVERIFY2(said.first().contains(QStringLiteral("database in use")), qPrintable(said.first()));
        QFile d(m_db);
        QVERIFY(d.open(QIODevice::ReadOnly));
        QCOMPARE(d.readAll().size(), before.size());
        QCOMPARE(count(m_db), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_MAIN(TestImportDialog)
#include "test_importdialog.moc"
