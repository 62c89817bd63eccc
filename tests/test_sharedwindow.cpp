// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a shared portfolio (PostgreSQL), as a team uses it: two
// windows signed in as two colleagues on one database see each other's
// changes within a second, a same-field clash shows both values, the history
// names both, a lost connection keeps what was typed and Retry saves it, the
// password is asked for (never stored), an exported copy comes back with its
// conflicts shown, and nothing of one's own file's machinery (the sample
// company, the backups) touches a server.
//
// PostgreSQL only: it runs on the throwaway server of the ctest fixture
// pg_server (SRDI_TEST_PG) and fails without it.
#include "CompanyForm.h"
#include "HistoryDialog.h"
#include "MainWindow.h"
#include "PortfolioModel.h"
#include "ProfileEditor.h"
#include "SharedDatabaseDialog.h"
#include "io/ProfileJson.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "storage/ServerAddress.h"
#include "model/Patch.h"
#include "support/PgTestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace srdi;
using srdi::ui::MainWindow;
using test::PgTestDatabase;

namespace {

const QString kMainProduct = QStringLiteral("company.main_product");

Profile startingProfile()
{
    Profile p;
    p.assessmentYear = 2026;
    p.company.name = QStringLiteral("兰州共享精密机械有限公司");
    p.company.region = QStringLiteral("620100");
    p.company.mainProduct = QStringLiteral("主轴");
    FiscalYear &fy = p.ensureYear(2025);
    fy.operatingRevenue = 86'000'000;
    fy.rdExpense = 4'000'000;
    return p;
}

// Types `text` into the field at `path` and presses Return (done with it).
bool typeInto(MainWindow &w, const QString &path, const QString &text)
{
    auto *line = qobject_cast<QLineEdit *>(w.form()->inputFor(path));
    if (!line)
        return false;
    w.form()->setCurrentIndex(ui::CompanyForm::pageOf(path));
    line->setFocus();
    line->selectAll();
    // As an input method commits Chinese text (QTest types ASCII only).
    QInputMethodEvent typed;
    typed.setCommitString(text);
    QApplication::sendEvent(line, &typed);
    QTest::keyClick(line, Qt::Key_Return);
    return true;
}

// Shows the window and waits until it is on the screen.
bool shown(MainWindow &w)
{
    w.show();
    return QTest::qWaitForWindowExposed(&w);
}

QString textOf(MainWindow &w, const QString &path)
{
    auto *line = qobject_cast<QLineEdit *>(w.form()->inputFor(path));
    return line ? line->text() : QString();
}

// Runs `act` on the first modal dialog of `objectName` that appears (within
// five seconds); the dialog is expected to be closed by `act`.
void whenShown(const QString &objectName, std::function<void(QWidget *)> act)
{
    auto *poll = new QTimer;
    auto *elapsed = new QElapsedTimer;
    elapsed->start();
    QObject::connect(poll, &QTimer::timeout, poll, [poll, elapsed, objectName, act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == objectName && modal->isVisible()) {
            poll->stop();
            act(modal);
            poll->deleteLater();
            delete elapsed;
        } else if (elapsed->elapsed() > 5000) {
            poll->stop();
            poll->deleteLater();
            delete elapsed;
        }
    });
    poll->start(20);
}

QPushButton *buttonNamed(QWidget *box, const QString &text)
{
    for (QPushButton *b : box->findChildren<QPushButton *>()) {
        if (b->text().remove(u'&') == text)
            return b;
    }
    return nullptr;
}

} // namespace

class TestSharedWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("srdi-test"));
        QCoreApplication::setApplicationName(QStringLiteral("srdi-assess-sharedwindow"));
        QSettings().clear();
        QVERIFY2(PgTestDatabase::requested(), "SRDI_TEST_PG is not set: run through ctest (fixture pg_server)");
    }

    void init()
    {
        m_server = std::make_unique<PgTestDatabase>(QStringList{QStringLiteral("alice"), QStringLiteral("bob")});
        QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
        m_alice = m_server->uriFor(m_server->role(QStringLiteral("alice")));
        m_bob = m_server->uriFor(m_server->role(QStringLiteral("bob")));
        Database::rememberPassword(m_alice, m_server->password(QStringLiteral("alice")));
        Database::rememberPassword(m_bob, m_server->password(QStringLiteral("bob")));
    }

    void cleanup()
    {
        Database::forgetPassword(m_alice);
        Database::forgetPassword(m_bob);
        m_server.reset();
    }

    qint64 seed()
    {
        Database db(m_alice);
        QString error;
        if (!db.open(&error)) {
            qWarning("%s", qPrintable(error));
            return 0;
        }
        ProfileStore store(db);
        const auto id = store.insert(startingProfile(), &error);
        return id.value_or(0);
    }

    // A server gets no sample company, no integrity check of a file and no
    // daily backup; the window says where the portfolio is.
    void anEmptySharedDatabaseStaysEmpty()
    {
        MainWindow w(m_alice);
        QVERIFY(shown(w));
        QVERIFY(w.isDatabaseOpen());
        QVERIFY(w.database()->isServer());
        QTRY_VERIFY(w.startupWorkDone());
        QCOMPARE(w.portfolio()->rowCount(), 0);
        QVERIFY(!w.dailyBackupRunning());
        const auto labels = w.statusBar()->findChildren<QLabel *>();
        const bool named = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
            return l->text().startsWith(QStringLiteral("Shared: ")) && l->text().contains(QStringLiteral("alice_"));
        });
        QVERIFY(named);
        auto *restore = w.findChild<QAction *>(QStringLiteral("restoreAction"));
        QVERIFY(restore);
        QCOMPARE(restore->text().remove(u'&'), QStringLiteral("Backups of a shared database…"));
        // The menu's action says where backups come from instead of restoring.
        QString said;
        QTimer::singleShot(200, [&said] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said = box->text();
                box->accept();
            }
        });
        restore->trigger();
        QVERIFY2(said.contains(QStringLiteral("pg_dump")), qPrintable(said));
    }

    // Two colleagues, two windows: what one saves, the other shows within a
    // second, in the open company and in the list; the history names both.
    void twoWindowsSeeEachOtherWithinASecond()
    {
        const qint64 id = seed();
        QVERIFY(id);
        MainWindow a(m_alice);
        MainWindow b(m_bob);
        QVERIFY(shown(a) && shown(b));
        QCOMPARE(a.editor()->companyId(), id);
        QCOMPARE(b.editor()->companyId(), id);

        a.activateWindow();
        QVERIFY(typeInto(a, kMainProduct, QStringLiteral("精密主轴")));
        QCOMPARE(a.editor()->profile().company.mainProduct, Opt<QString>(QStringLiteral("精密主轴")));
        QElapsedTimer seen;
        seen.start();
        QTRY_COMPARE_WITH_TIMEOUT(b.editor()->profile().company.mainProduct, Opt<QString>(QStringLiteral("精密主轴")),
                                  1000);
        QCOMPARE(textOf(b, kMainProduct), QStringLiteral("精密主轴"));
        qInfo("bob's window showed alice's change after %lld ms", seen.elapsed());

        // The other way, a field alice's window has not touched: the name in
        // the list follows too.
        b.activateWindow();
        QVERIFY(typeInto(b, QStringLiteral("company.name"), QStringLiteral("兰州共享精密机械股份有限公司")));
        QTRY_COMPARE_WITH_TIMEOUT(a.editor()->profile().company.name, QStringLiteral("兰州共享精密机械股份有限公司"), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(a.portfolio()->index(a.portfolio()->rowOf(id), ui::PortfolioModel::Name).data().toString(),
                                  QStringLiteral("兰州共享精密机械股份有限公司"), 1000);
        // Alice's own edit stayed (bob's patch named only the name).
        QCOMPARE(b.editor()->profile().company.mainProduct, Opt<QString>(QStringLiteral("精密主轴")));

        // The history: both colleagues, each with the field and both values.
        QString error;
        const QList<HistoryEntry> entries = a.database() ? ProfileStore(*a.database()).history(id, 50, &error)
                                                         : QList<HistoryEntry>();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto lines = ui::HistoryDialog::lines(entries, [&a](const QString &key) { return a.form()->fieldName(key); });
        bool aliceLine = false, bobLine = false;
        for (const auto &l : lines) {
            if (l.author == m_server->role(QStringLiteral("alice")) && l.before == QStringLiteral("主轴") &&
                l.after == QStringLiteral("精密主轴") && l.field == a.form()->fieldName(kMainProduct))
                aliceLine = true;
            if (l.author == m_server->role(QStringLiteral("bob")) && l.after == QStringLiteral("兰州共享精密机械股份有限公司"))
                bobLine = true;
        }
        QVERIFY(aliceLine);
        QVERIFY(bobLine);
        // And the dialog shows them (Edit ▸ Company history…).
        int rows = -1;
        QStringList authors;
        QTimer::singleShot(300, [&rows, &authors] {
            if (auto *d = qobject_cast<ui::HistoryDialog *>(QApplication::activeModalWidget())) {
                rows = d->table()->rowCount();
                for (int r = 0; r < rows; ++r)
                    authors.append(d->table()->item(r, 1)->text());
                d->reject();
            }
        });
        a.showHistory();
        QCOMPARE(rows, int(lines.size()));
        QVERIFY(authors.contains(m_server->role(QStringLiteral("alice"))));
        QVERIFY(authors.contains(m_server->role(QStringLiteral("bob"))));
    }

    // The same field changed by both before the second window heard of the
    // first's change: the second is asked, with both values shown, and the
    // default keeps what the first saved.
    void aSameFieldClashShowsBothValues()
    {
        const qint64 id = seed();
        QVERIFY(id);
        MainWindow b(m_bob);
        QVERIFY(shown(b));
        QCOMPARE(b.editor()->companyId(), id);
        {
            // Alice, elsewhere, saves first; bob's window has not heard yet
            // (its event loop has not turned).
            Database db(m_alice);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            ProfileStore store(db);
            Profile before = *store.load(id);
            Profile after = before;
            after.company.mainProduct = QStringLiteral("数控主轴");
            QVERIFY(store.apply(id, Patch::between(before, after), ConflictPolicy::Refuse).ok);
        }
        QString shown;
        QTimer::singleShot(0, [&shown] {
            // The resolver's box is modal: read it, keep theirs (the default).
            auto *poll = new QTimer;
            QObject::connect(poll, &QTimer::timeout, poll, [poll, &shown] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    shown = box->informativeText();
                    poll->stop();
                    poll->deleteLater();
                    box->defaultButton()->click();
                }
            });
            poll->start(20);
        });
        b.activateWindow();
        QVERIFY(typeInto(b, kMainProduct, QStringLiteral("电主轴")));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
        QVERIFY2(shown.contains(QStringLiteral("电主轴")) && shown.contains(QStringLiteral("数控主轴")), qPrintable(shown));
        QTRY_COMPARE(b.editor()->profile().company.mainProduct, Opt<QString>(QStringLiteral("数控主轴")));
    }

    // The server ends the connection (a restart, a network cut) while a
    // value is typed: it stays in its field, marked; Retry connects again
    // and saves it.
    void aLostConnectionKeepsWhatWasTypedAndRetrySavesIt()
    {
        const qint64 id = seed();
        QVERIFY(id);
        MainWindow a(m_alice);
        QVERIFY(shown(a));
        QTRY_VERIFY(a.startupWorkDone());
        QCOMPARE(a.editor()->companyId(), id);
        QVERIFY(m_server->terminateConnections() >= 1);

        QString message, informative, typedMeanwhile, fieldMessage;
        bool unsavedMeanwhile = false;
        whenShown(QStringLiteral("notSavedDialog"), [&](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            message = box->text();
            informative = box->informativeText();
            typedMeanwhile = textOf(a, kMainProduct);
            unsavedMeanwhile = a.form()->hasUnsaved();
            fieldMessage = a.form()->errorFor(kMainProduct);
            QPushButton *retry = buttonNamed(box, QStringLiteral("Retry"));
            QVERIFY(retry);
            retry->click();
        });
        a.activateWindow();
        QVERIFY(typeInto(a, kMainProduct, QStringLiteral("断线时输入的主轴")));
        QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 5000);
        QVERIFY2(message.contains(QStringLiteral("connection")) && message.contains(QStringLiteral("was lost")),
                 qPrintable(message));
        QVERIFY2(informative.contains(QStringLiteral("Retry connects again")), qPrintable(informative));
        QCOMPARE(typedMeanwhile, QStringLiteral("断线时输入的主轴"));
        QVERIFY(unsavedMeanwhile);
        QVERIFY2(fieldMessage.contains(QStringLiteral("Retry")), qPrintable(fieldMessage));
        // Saved after Retry, and nothing is marked any more.
        QTRY_VERIFY(!a.form()->hasUnsaved());
        Database db(m_bob);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(ProfileStore(db).load(id)->company.mainProduct, Opt<QString>(QStringLiteral("断线时输入的主轴")));
        QVERIFY(a.form()->errorFor(kMainProduct).isEmpty());
    }

    // The server ends every connection (a restart): the windows connect
    // again by themselves and hear each other again.
    void windowsHearEachOtherAgainAfterTheServerEndedTheirConnections()
    {
        const qint64 id = seed();
        QVERIFY(id);
        MainWindow a(m_alice);
        MainWindow b(m_bob);
        QVERIFY(shown(a) && shown(b));
        QTRY_VERIFY(a.startupWorkDone() && b.startupWorkDone());
        QVERIFY(m_server->terminateConnections() >= 4); // two windows, each a store's and a listener's
        QTRY_VERIFY_WITH_TIMEOUT(b.database()->listenerLost(), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!a.database()->listenerLost() && !a.database()->connectionLost() &&
                                     !b.database()->listenerLost() && !b.database()->connectionLost(),
                                 8000);
        a.activateWindow();
        QVERIFY(typeInto(a, kMainProduct, QStringLiteral("重启后的主轴")));
        QVERIFY(a.form()->errorFor(kMainProduct).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(b.editor()->profile().company.mainProduct, Opt<QString>(QStringLiteral("重启后的主轴")),
                                  1000);
    }

    // Without a remembered password the window asks for it; a wrong one is
    // asked again; nothing is written to the settings.
    void thePasswordIsAskedForAndNeverStored()
    {
        Database::forgetPassword(m_alice);
        int asked = 0;
        std::function<void(QWidget *)> answer = [&](QWidget *w) {
            auto *dialog = qobject_cast<QInputDialog *>(w);
            QVERIFY(dialog);
            ++asked;
            if (asked == 1) {
                QVERIFY(dialog->labelText().contains(QStringLiteral("password")));
                dialog->setTextValue(QStringLiteral("wrong"));
                whenShown(QStringLiteral("passwordDialog"), answer);
            } else {
                QVERIFY2(dialog->labelText().contains(QStringLiteral("refused")), qPrintable(dialog->labelText()));
                dialog->setTextValue(m_server->password(QStringLiteral("alice")));
            }
            dialog->accept();
        };
        whenShown(QStringLiteral("passwordDialog"), answer);
        MainWindow a(m_alice);
        QVERIFY(a.isDatabaseOpen());
        QCOMPARE(asked, 2);
        a.close();
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains(m_server->password(QStringLiteral("alice")).toUtf8()));
    }

    // File ▸ Open shared database…: the dialog's fields make the URI, the
    // recent servers are offered without a password.
    void theDialogMakesTheUriAndRemembersServers()
    {
        ui::SharedDatabaseDialog dialog;
        dialog.setUri(m_alice);
        const auto parsed = ServerAddress::parse(dialog.uri());
        QVERIFY(parsed);
        QCOMPARE(parsed->database, m_server->name());
        QCOMPARE(parsed->user, m_server->role(QStringLiteral("alice")));
        QCOMPARE(parsed->host, m_server->host());
        QVERIFY(parsed->password.isEmpty());
        ui::SharedDatabaseDialog::remember(QStringLiteral("postgresql://carol:secret@db.example/portfolio"));
        QCOMPARE(ui::SharedDatabaseDialog::recent().first(), QStringLiteral("postgresql://carol@db.example/portfolio"));
    }

    // Opening another database from the window replaces the window; the
    // choice is the next start's.
    void openingAnotherDatabaseReplacesTheWindow()
    {
        QTemporaryDir dir;
        const QString own = dir.filePath(QStringLiteral("own.sqlite"));
        auto *first = new MainWindow(own);
        first->setAttribute(Qt::WA_DeleteOnClose);
        first->show();
        QVERIFY(QTest::qWaitForWindowExposed(first));
        QPointer<MainWindow> old(first);
        MainWindow *next = first->openDatabase(m_alice);
        QVERIFY(next);
        QTRY_VERIFY(old.isNull()); // closed and gone
        QVERIFY(next->database()->isServer());
        QCOMPARE(QSettings().value(QStringLiteral("database/last")).toString(), m_alice);
        // A server that is not there: said, and the window stays.
        QString said;
        QTimer::singleShot(300, [&said] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said = box->text();
                box->accept();
            }
        });
        QVERIFY(!next->openDatabase(QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")));
        QVERIFY2(said.contains(QStringLiteral("does not answer")), qPrintable(said));
        QCOMPARE(QSettings().value(QStringLiteral("database/last")).toString(), m_alice);
        next->close();
        QSettings().remove(QStringLiteral("database/last"));
    }

    // A copy exported from the window, changed away from the office, comes
    // back: what changed in it is taken; a field changed here meanwhile too
    // is shown with both values and kept.
    void anExportedCopyComesBackWithItsConflictsShown()
    {
        const qint64 id = seed();
        QVERIFY(id);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("away.srdi.json"));
        MainWindow a(m_alice);
        QVERIFY(shown(a));
        {
            Database db(m_alice);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            ProfileStore store(db);
            const Profile exported = *store.load(id);
            QVERIFY(store.recordExport(id, exported, &error));
            // Away: the product and the R&D expense change in the file.
            Profile away = exported;
            away.company.mainProduct = QStringLiteral("离线修改的主轴");
            away.ensureYear(2025).rdExpense = 4'400'000;
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(ProfileJson::serialize(away));
            out.close();
            // Here, meanwhile, a colleague changes the product too.
            Profile here = exported;
            here.company.mainProduct = QStringLiteral("办公室里的主轴");
            QVERIFY(store.apply(id, Patch::between(exported, here), ConflictPolicy::Refuse).ok);
        }
        QTRY_COMPARE(a.editor()->profile().company.mainProduct, Opt<QString>(QStringLiteral("办公室里的主轴")));
        QString shown;
        whenShown(QStringLiteral("importConflictDialog"), [&shown](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            shown = box->informativeText();
            box->defaultButton()->click(); // keep the values here
        });
        QVERIFY(a.importFile(file));
        QVERIFY2(shown.contains(QStringLiteral("办公室里的主轴")) && shown.contains(QStringLiteral("离线修改的主轴")),
                 qPrintable(shown));
        QCOMPARE(a.editor()->profile().company.mainProduct, Opt<QString>(QStringLiteral("办公室里的主轴")));
        QCOMPARE(a.editor()->profile().fiscalYear(2025)->rdExpense, Opt<Yuan>(4'400'000));
    }

private:
    std::unique_ptr<PgTestDatabase> m_server;
    QString m_alice;
    QString m_bob;
};

QTEST_MAIN(TestSharedWindow)
#include "test_sharedwindow.moc"
