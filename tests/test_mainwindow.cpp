// SPDX-License-Identifier: GPL-3.0-or-later
// The window offscreen on a fresh database: the sample company is seeded once,
// listed, shown; search filters; state is remembered.

#include "MainWindow.h"

#include <QLineEdit>
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
            auto *list = w.findChild<QListWidget *>(QStringLiteral("companyListWidget"));
            QVERIFY(list);
            QCOMPARE(list->count(), 1);
            QVERIFY(list->item(0)->text().startsWith(QStringLiteral("示例企业")));
            QVERIFY(w.currentCompanyId() > 0);
            auto *details = w.findChild<QTextBrowser *>(QStringLiteral("detailsBrowser"));
            QVERIFY(details->toPlainText().contains(QStringLiteral("示例企业")));
            QVERIFY(details->toPlainText().contains(QStringLiteral("SRDI SME")));
            // Search hides what does not match.
            auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
            QTest::keyClicks(search, QStringLiteral("nothing-like-this"));
            QVERIFY(list->item(0)->isHidden());
            search->clear();
            QVERIFY(!list->item(0)->isHidden());
            w.close();
        }
        {
            // Second start on the same database: no second sample.
            srdi::ui::MainWindow w(db);
            auto *list = w.findChild<QListWidget *>(QStringLiteral("companyListWidget"));
            QCOMPARE(list->count(), 1);
        }
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
