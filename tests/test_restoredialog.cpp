// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Restore from backup… and the offer of a backup when the database
// cannot be opened, driven offscreen through the real dialogs.
#include "MainWindow.h"
#include "support/Files.h"
#include "ProfileEditor.h"
#include "RestoreDialog.h"
#include "SampleProfile.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace srdi;

using srdi::test::readAll;

namespace {

// Answers modal dialogs as they come up: each step waits for the modal
// widget of its name, then acts on it (clicks are queued, so that a dialog
// they open runs its own event loop outside this timer).
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
    qsizetype done() const { return m_done; }

private:
    QList<Step> m_steps;
    QTimer m_timer;
    QPointer<QWidget> m_last; // handled, and still the active one
    qsizetype m_done = 0;
};

void clickLater(QWidget *parent, const QString &buttonName)
{
    auto *button = parent->findChild<QPushButton *>(buttonName);
    QVERIFY2(button, qPrintable(buttonName));
    QTimer::singleShot(0, button, &QPushButton::click);
}

void clickOkLater(QWidget *box)
{
    auto *message = qobject_cast<QMessageBox *>(box);
    QVERIFY(message && message->button(QMessageBox::Ok));
    QTimer::singleShot(0, message->button(QMessageBox::Ok), &QPushButton::click);
}

Profile named(const QString &name)
{
    Profile p = sampleProfile(2026);
    p.company.name = name;
    return p;
}

} // namespace

class TestRestoreDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("srdi-test"));
        QCoreApplication::setApplicationName(QStringLiteral("srdi-assess-restore-test"));
    }

    void listsNewestFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ProfileStore store(db);
        QVERIFY(store.insert(named(QStringLiteral("One"))));
        QVERIFY(!Backup::create(db, &error, QDateTime(QDate(2026, 4, 1), QTime(9, 0))).isEmpty());
        QVERIFY(store.insert(named(QStringLiteral("Two"))));
        QVERIFY(!Backup::create(db, &error, QDateTime(QDate(2026, 4, 3), QTime(9, 0))).isEmpty());
        const QString broken = Backup::create(db, &error, QDateTime(QDate(2026, 4, 2), QTime(9, 0)));
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("\x89PNG\r\n\x1a\n not a database");
        }

        ui::RestoreDialog dialog(db);
        dialog.show();
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("backupTreeWidget"));
        auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"));
        QVERIFY(list && restore);
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("2026-04-03 09:00:00"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("2"));
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("2026-04-02 09:00:00"));
        QVERIFY(list->topLevelItem(1)->text(3).startsWith(QStringLiteral("Cannot be restored")));
        QCOMPARE(list->topLevelItem(2)->text(0), QStringLiteral("2026-04-01 09:00:00"));
        QCOMPARE(list->topLevelItem(2)->text(1), QStringLiteral("1"));
        QVERIFY(!list->topLevelItem(0)->text(2).isEmpty()); // size
        QCOMPARE(list->currentItem(), list->topLevelItem(0));
        QVERIFY(restore->isEnabled());
        list->setCurrentItem(list->topLevelItem(1));
        QVERIFY(!restore->isEnabled()); // the damaged one
        list->setCurrentItem(list->topLevelItem(2));
        QVERIFY(restore->isEnabled());
    }

    void restoreFromTheFileMenu()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
        {
            Database db(path);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            ProfileStore store(db);
            QVERIFY(store.insert(named(QStringLiteral("Before"))));
            QVERIFY(!Backup::create(db, &error).isEmpty()); // today's: no daily one at start
            QVERIFY(store.insert(named(QStringLiteral("After"))));
        }
        ui::MainWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.isDatabaseOpen());
        QCOMPARE(Backup::list(path).size(), 1);
        auto *action = w.findChild<QAction *>(QStringLiteral("restoreAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QCOMPARE(action->text(), QStringLiteral("&Restore from backup…"));

        // Cancelled at the confirmation: nothing changes.
        {
            ModalScript script({
                {QStringLiteral("restoreDialog"), [](QWidget *d) { clickLater(d, QStringLiteral("restoreButton")); }},
                {QStringLiteral("confirmRestoreBox"),
                 [](QWidget *b) {
                     auto *box = qobject_cast<QMessageBox *>(b);
                     QVERIFY(box->text().contains(QStringLiteral("companies in it: 1")));
                     QVERIFY(box->informativeText().contains(QStringLiteral("backed up first")));
                     QTimer::singleShot(0, box->button(QMessageBox::Cancel), &QPushButton::click);
                 }},
                {QStringLiteral("restoreDialog"), [](QWidget *d) { QTimer::singleShot(0, d, &QWidget::close); }},
            });
            action->trigger();
            QVERIFY(script.finished());
        }
        QCOMPARE(Backup::list(path).size(), 1);

        ModalScript script({
            {QStringLiteral("restoreDialog"), [](QWidget *d) { clickLater(d, QStringLiteral("restoreButton")); }},
            {QStringLiteral("confirmRestoreBox"), [](QWidget *b) { clickLater(b, QStringLiteral("confirmRestoreButton")); }},
            {QStringLiteral("restoredBox"), [](QWidget *b) { clickOkLater(b); }},
        });
        action->trigger();
        QVERIFY(script.finished());
        QVERIFY(w.isDatabaseOpen());
        QVERIFY(w.editor()->isOpen());
        QCOMPARE(w.editor()->profile().company.name, QStringLiteral("Before"));
        QVERIFY(!w.undoStack()->canUndo());
        // The replaced data is a backup now: the restore can be undone.
        const QList<BackupInfo> backups = Backup::list(path);
        QCOMPARE(backups.size(), 2);
        QCOMPARE(backups.first().companies, qint64(2));
    }

    void offersTheNewestBackupWhenOpeningFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
        {
            Database db(path);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            QVERIFY(ProfileStore(db).insert(named(QStringLiteral("Saved"))));
            QVERIFY(!Backup::create(db, &error, QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6))).isEmpty());
        }
        const QByteArray junk = QByteArray("garbage ").repeated(1000);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(junk);
        }

        // Declined: the file stays as it is, the window says why.
        {
            QString offered;
            ModalScript script({{QStringLiteral("offerBackupBox"), [&offered](QWidget *b) {
                                     auto *restore = b->findChild<QPushButton *>(QStringLiteral("restoreBackupButton"));
                                     offered = restore ? restore->text() : QString();
                                     clickLater(b, QStringLiteral("doNotRestoreButton"));
                                 }}});
            ui::MainWindow w(path);
            QVERIFY(script.finished());
            QCOMPARE(offered, QStringLiteral("Restore the backup of 2026-02-03 04:05:06"));
            QVERIFY(!w.isDatabaseOpen());
            QCOMPARE(readAll(path), junk);
            auto *action = w.findChild<QAction *>(QStringLiteral("restoreAction"));
            QVERIFY(action && !action->isEnabled());
        }

        // Accepted: the backup's data, and the junk kept aside.
        ModalScript script({{QStringLiteral("offerBackupBox"),
                             [](QWidget *b) { clickLater(b, QStringLiteral("restoreBackupButton")); }}});
        ui::MainWindow w(path);
        QVERIFY(script.finished());
        QVERIFY(w.isDatabaseOpen());
        QVERIFY(w.editor()->isOpen());
        QCOMPARE(w.editor()->profile().company.name, QStringLiteral("Saved"));
        const QStringList kept = QDir(Backup::folderFor(path)).entryList({QStringLiteral("*-replaced.sqlite")});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readAll(QDir(Backup::folderFor(path)).filePath(kept.first())), junk);
    }

    // Issue 16, finding 5: a file written by a newer version, or another
    // program's, is left unchanged and said so; no restore is offered after
    // that message, although a backup of the database exists.
    void noOfferUnlessDamaged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("newer") << QStringLiteral("newer");
        QTest::newRow("another program's mark") << QStringLiteral("foreign");
    }
    void noOfferUnlessDamaged()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
        {
            Database db(path);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            QVERIFY(ProfileStore(db).insert(named(QStringLiteral("Saved"))));
            QVERIFY(!Backup::create(db, &error, QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6))).isEmpty());
            QSqlQuery query(db.handle());
            QVERIFY(query.exec(kind == u"newer"
                                   ? QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)
                                   : QStringLiteral("PRAGMA application_id = 1179602248")));
        }
        QVERIFY(Backup::newestUsable(path));
        const QByteArray before = readAll(path);

        bool offered = false;
        ModalScript script({{QStringLiteral("offerBackupBox"), [&offered](QWidget *b) {
                                 offered = true;
                                 clickLater(b, QStringLiteral("doNotRestoreButton"));
                             }}});
        ui::MainWindow w(path);
        QVERIFY(!w.isDatabaseOpen());
        QVERIFY(!offered);
        QCOMPARE(readAll(path), before);
        // The same through the offer itself.
        Database db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY(!ui::RestoreDialog::offerAfterFailedOpen(db, error, nullptr));
        QVERIFY(!offered);
        QVERIFY(!error.isEmpty());
    }

    // Issue 16, finding 5: restoring a backup over a damaged file that was
    // changed after the backup loses what was saved since: Restore is not the
    // default button then (Enter keeps the file); it is when the file is older.
    void restoreIsTheDefaultOnlyWhenNothingNewerIsLost()
    {
        for (const bool fileIsNewer : {true, false}) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("srdi.sqlite"));
            const QDateTime taken = QDateTime::currentDateTime().addDays(-2);
            {
                Database db(path);
                QString error;
                QVERIFY2(db.open(&error), qPrintable(error));
                QVERIFY(ProfileStore(db).insert(named(QStringLiteral("Saved"))));
                QVERIFY(!Backup::create(db, &error, taken).isEmpty());
            }
            {
                QFile file(path);
                QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
                file.write(QByteArray("garbage ").repeated(1000));
                QVERIFY(file.flush());
                // Changed now (after the backup), or a day before it.
                QVERIFY(file.setFileTime(fileIsNewer ? QDateTime::currentDateTime() : taken.addDays(-1),
                                         QFileDevice::FileModificationTime));
            }
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));

            Database db(path);
            QString error;
            QVERIFY(!db.open(&error));
            QCOMPARE(db.failure(), Database::Failure::NotADatabase);
            QString defaultButton;
            QString informative;
            ModalScript script({{QStringLiteral("offerBackupBox"), [&](QWidget *b) {
                                     auto *box = qobject_cast<QMessageBox *>(b);
                                     QVERIFY(box);
                                     defaultButton = box->defaultButton() ? box->defaultButton()->objectName()
                                                                          : QString();
                                     informative = box->informativeText();
                                     clickLater(b, QStringLiteral("doNotRestoreButton"));
                                 }}});
            QVERIFY(!ui::RestoreDialog::offerAfterFailedOpen(db, error, nullptr));
            QVERIFY(script.finished());
            QCOMPARE(defaultButton, fileIsNewer ? QStringLiteral("doNotRestoreButton")
                                                : QStringLiteral("restoreBackupButton"));
            QCOMPARE(informative.contains(QStringLiteral("after this backup was taken")), fileIsNewer);
        }
    }

    // Issue 16, finding 4: clients.db is damaged; the only backups in the
    // folder are of clients.sqlite. None is offered for it.
    void noOfferOfAnotherDatabasesBackup()
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("clients.sqlite"));
        const QString path = dir.filePath(QStringLiteral("clients.db"));
        QString error;
        {
            Database db(other);
            QVERIFY2(db.open(&error), qPrintable(error));
            QVERIFY(ProfileStore(db).insert(named(QStringLiteral("Other"))));
            QVERIFY(!Backup::create(db, &error).isEmpty());
        }
        {
            Database db(path);
            QVERIFY2(db.open(&error), qPrintable(error));
            QVERIFY(ProfileStore(db).insert(named(QStringLiteral("Mine"))));
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QByteArray("garbage ").repeated(1000));
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        bool offered = false;
        ModalScript script({{QStringLiteral("offerBackupBox"), [&offered](QWidget *b) {
                                 offered = true;
                                 clickLater(b, QStringLiteral("doNotRestoreButton"));
                             }}});
        ui::MainWindow w(path);
        QVERIFY(!w.isDatabaseOpen());
        QVERIFY(!offered);
    }
};

QTEST_MAIN(TestRestoreDialog)
#include "test_restoredialog.moc"
