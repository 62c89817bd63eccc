// SPDX-License-Identifier: GPL-3.0-or-later
// The window's start: the first frame, with the list's first page, comes
// before anything that reads the whole table or the whole file; the count,
// the summary, the standings of another day, the integrity check and the
// day's backup arrive after it. Driven offscreen.
#include "MainWindow.h"
#include "PortfolioModel.h"
#include "ProfileEditor.h"
#include "SampleProfile.h"
#include "support/Files.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

using namespace srdi;
using srdi::test::readAll;

namespace {

Profile named(const QString &name)
{
    Profile p = sampleProfile(2026);
    p.company.name = name;
    return p;
}

// A database of `count` companies; `staleStandings`: their standing rows as
// if computed on another day.
void makeDatabase(const QString &path, int count, bool staleStandings)
{
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    ProfileStore store(db);
    for (int i = 0; i < count; ++i)
        QVERIFY(store.insert(named(QStringLiteral("Company %1").arg(i, 3, 10, QLatin1Char('0')))));
    if (staleStandings) {
        QSqlQuery query(db.handle());
        QVERIFY(query.exec(QStringLiteral("UPDATE company_summary SET basis = 'another day'")));
    }
}

// The standing rows not of today, read through a connection of its own.
qsizetype staleRows(const QString &path)
{
    Database db(path);
    if (!db.open(nullptr))
        return -1;
    return ProfileStore(db).staleSummaries(QDate::currentDate()).size();
}

// The backup parts (.part files) in the backups folder.
QStringList parts(const QString &path)
{
    return QDir(Backup::folderFor(path)).entryList({QStringLiteral("*.part*")}, QDir::Files | QDir::Hidden);
}

// Calls `act` at the first paint of `widget`.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *widget, std::function<void()> act) : m_act(std::move(act)) { widget->installEventFilter(this); }
    bool seen() const { return m_seen; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            m_act();
        }
        return false;
    }

private:
    std::function<void()> m_act;
    bool m_seen = false;
};

// Answers modal dialogs as they come up (as in test_restoredialog).
class ModalScript : public QObject
{
public:
    struct Step
    {
        QString objectName;
        std::function<void(QWidget *)> act;
    };
    explicit ModalScript(QList<Step> steps) : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || m_done >= m_steps.size() || modal == m_last)
                return;
            if (modal->objectName() != m_steps.at(m_done).objectName)
                return;
            m_last = modal;
            m_steps.at(m_done++).act(modal);
        });
        m_timer.start(20);
    }
    bool finished() const { return m_done == m_steps.size(); }

private:
    QList<Step> m_steps;
    QTimer m_timer;
    QPointer<QWidget> m_last;
    qsizetype m_done = 0;
};

void clickLater(QWidget *parent, const QString &buttonName)
{
    auto *button = parent->findChild<QPushButton *>(buttonName);
    QVERIFY2(button, qPrintable(buttonName));
    QTimer::singleShot(0, button, &QPushButton::click);
}

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("srdi-test"));
        QCoreApplication::setApplicationName(QStringLiteral("srdi-startup-test"));
    }

    void init()
    {
        QSettings().clear();
        ui::MainWindow::setDailyBackupPace(Backup::kPagesPerStep, 0);
    }

    // The first frame shows the list's first page and "Counting…"; the
    // standings of another day are recomputed after it, then the summary
    // says the right numbers.
    void paintsBeforeTheStandingsAreRecomputed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
        makeDatabase(path, 12, true);
        QCOMPARE(staleRows(path), qsizetype(12));
        ui::MainWindow w(path);
        auto *summary = w.findChild<QLabel *>(QStringLiteral("portfolioSummary"));
        auto *list = w.findChild<QTableView *>(QStringLiteral("companyList"));
        QVERIFY(summary && list);
        QCOMPARE(w.portfolio()->rowCount(), 12); // the first page is there
        QVERIFY(!w.startupWorkDone());
        qsizetype staleAtPaint = -1;
        QString summaryAtPaint;
        FirstPaint paint(list->viewport(), [&] {
            staleAtPaint = staleRows(path);
            summaryAtPaint = summary->text();
        });
        QSignalSpy finished(&w, &ui::MainWindow::startupWorkFinished);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(paint.seen());
        QCOMPARE(staleAtPaint, qsizetype(12)); // painted before they were recomputed
        QCOMPARE(summaryAtPaint, QStringLiteral("Counting the companies…")); // no number rather than a wrong one
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(w.startupWorkDone());
        QCOMPARE(staleRows(path), qsizetype(0));
        QVERIFY2(summary->text().startsWith(QStringLiteral("Companies listed: 12;")), qPrintable(summary->text()));
        QCOMPARE(w.portfolio()->totalCount(), 12);
    }

    // The day's backup is made after the window is shown, on a thread of its
    // own, and is a complete, usable copy.
    // The company open at the last close is open again; the list is not read
    // down to its row before the first paint (a company far down a large
    // list), and one on the first page is selected as before.
    void lastCompanyOpenWithoutReadingTheListDownToIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
        makeDatabase(path, 450, false);
        qint64 far = 0, near = 0;
        {
            Database db(path);
            QVERIFY(db.open(nullptr));
            const QList<PortfolioRow> all =
                ProfileStore(db).portfolioPage({}, PortfolioSort::Name, Qt::AscendingOrder, 0, 1000);
            QCOMPARE(all.size(), 450);
            far = all.last().id;
            near = all.at(5).id;
        }
        QSettings().setValue(QStringLiteral("window/lastCompany"), far);
        {
            ui::MainWindow w(path);
            QCOMPARE(w.editor()->companyId(), far);
            QCOMPARE(w.portfolio()->rowCount(), ui::PortfolioModel::kPage); // the first page only
            QCOMPARE(w.currentCompanyId(), qint64(0));                       // its row not read
        }
        QSettings().setValue(QStringLiteral("window/lastCompany"), near);
        {
            ui::MainWindow w(path);
            QCOMPARE(w.editor()->companyId(), near);
            QCOMPARE(w.currentCompanyId(), near);
        }
        QSettings().setValue(QStringLiteral("window/lastCompany"), qint64(999999)); // deleted since
        {
            ui::MainWindow w(path);
            QCOMPARE(w.currentCompanyId(), w.portfolio()->idAt(0));
            QCOMPARE(w.editor()->companyId(), w.portfolio()->idAt(0));
        }
    }

    void dailyBackupRunsInTheBackground()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
        makeDatabase(path, 3, false);
        ui::MainWindow w(path);
        QVERIFY(Backup::list(path).isEmpty()); // not before the window is there
        QSignalSpy checked(&w, &ui::MainWindow::integrityChecked);
        QSignalSpy done(&w, &ui::MainWindow::dailyBackupFinished);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(checked.count(), 1);
        QCOMPARE(checked.first().first().toBool(), true);
        const QString made = done.first().at(0).toString();
        QVERIFY2(!made.isEmpty(), qPrintable(done.first().at(1).toString()));
        const QList<BackupInfo> list = Backup::list(path);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().path, made);
        QVERIFY2(list.first().usable, qPrintable(list.first().problem));
        QCOMPARE(list.first().companies, qint64(3));
        QCOMPARE(list.first().time.date(), QDate::currentDate());
        QVERIFY(parts(path).isEmpty());
        QVERIFY(w.isDatabaseOpen());
    }

    // Closed while the backup is being written: the window goes at once,
    // and no half backup is left, let alone listed.
    void closingDuringTheBackupLeavesNoPartialBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
        makeDatabase(path, 8, false);
        ui::MainWindow::setDailyBackupPace(1, 25); // a page at a time, slowly
        qint64 closingMs = -1;
        {
            auto w = std::make_unique<ui::MainWindow>(path);
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w.get()));
            QTRY_VERIFY(w->dailyBackupRunning());
            QTest::qWait(100); // some pages written
            QTRY_VERIFY(!parts(path).isEmpty());
            QVERIFY(w->dailyBackupRunning());
            QElapsedTimer closing;
            closing.start();
            w->close();
            w.reset();
            closingMs = closing.elapsed();
        }
        QVERIFY2(closingMs < 1000, qPrintable(QString::number(closingMs)));
        QVERIFY(Backup::list(path).isEmpty());
        QVERIFY2(parts(path).isEmpty(), qPrintable(parts(path).join(u' ')));
        // The next start makes it.
        ui::MainWindow::setDailyBackupPace(Backup::kPagesPerStep, 0);
        ui::MainWindow w(path);
        QSignalSpy done(&w, &ui::MainWindow::dailyBackupFinished);
        w.show();
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(Backup::list(path).size(), 1);
    }

    // Damage inside a file whose header is sound is found after the first
    // paint, and said as when opening finds it: the newest backup offered;
    // declined, the window goes on without the data; accepted, the backup's.
    void damageFoundAfterThePaintIsWarnedAsBefore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
        {
            Database db(path);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            QSqlQuery insert(db.handle());
            QVERIFY(insert.prepare(QStringLiteral("INSERT INTO companies (name, main_product) VALUES (?, ?)")));
            for (int i = 0; i < 200; ++i) {
                insert.addBindValue(QStringLiteral("Company %1").arg(i));
                insert.addBindValue(QString(200, QLatin1Char('a' + i % 26)));
                QVERIFY(insert.exec());
            }
            QVERIFY(ProfileStore(db).insert(named(QStringLiteral("Saved"))));
            QVERIFY(!Backup::create(db, &error).isEmpty()); // today's: none due at the start
        }
        QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() > 16 * 4096);
        for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 8192; ++i)
            bytes[i] = char(0xA5 ^ (i & 0xff)); // the header intact
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(bytes), qint64(bytes.size()));
        }

        // Declined.
        {
            QString offered;
            ModalScript script({{QStringLiteral("offerBackupBox"), [&offered](QWidget *b) {
                                     auto *restore = b->findChild<QPushButton *>(QStringLiteral("restoreBackupButton"));
                                     offered = restore ? restore->text() : QString();
                                     clickLater(b, QStringLiteral("doNotRestoreButton"));
                                 }}});
            ui::MainWindow w(path);
            QVERIFY(w.isDatabaseOpen()); // built, and shown, before the whole file is read
            QSignalSpy checked(&w, &ui::MainWindow::integrityChecked);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTRY_VERIFY(script.finished());
            QCOMPARE(checked.count(), 1);
            QCOMPARE(checked.first().first().toBool(), false);
            QVERIFY2(offered.startsWith(QStringLiteral("Restore the backup of ")), qPrintable(offered));
            QTRY_VERIFY(!w.isDatabaseOpen());
            auto *details = w.findChild<QTextBrowser *>(QStringLiteral("detailsBrowser"));
            QVERIFY(details->toPlainText().contains(QStringLiteral("could not be opened")));
            QVERIFY2(details->toPlainText().contains(QStringLiteral("damaged")) ||
                         details->toPlainText().contains(QStringLiteral("not a valid database")),
                     qPrintable(details->toPlainText()));
            auto *action = w.findChild<QAction *>(QStringLiteral("restoreAction"));
            QVERIFY(action && !action->isEnabled());
            QCOMPARE(w.portfolio()->rowCount(), 0);
            QCOMPARE(Backup::list(path).size(), 1); // no copy of the damaged file
        }
        QCOMPARE(readAll(path), bytes); // left as it was

        // Accepted: the backup's data.
        ModalScript script({{QStringLiteral("offerBackupBox"),
                             [](QWidget *b) { clickLater(b, QStringLiteral("restoreBackupButton")); }}});
        ui::MainWindow w(path);
        w.show();
        QTRY_VERIFY(script.finished());
        QTRY_VERIFY(w.startupWorkDone());
        QVERIFY(w.isDatabaseOpen());
        QCOMPARE(w.portfolio()->totalCount(), 201);
        QVERIFY(w.portfolio()->rowOf(w.currentCompanyId()) >= 0);
    }
};

QTEST_MAIN(TestStartup)
#include "test_startup.moc"
