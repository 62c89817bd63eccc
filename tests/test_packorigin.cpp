// SPDX-License-Identifier: GPL-3.0-or-later
// A user rule pack is never used without a trace (issue 16, finding 9): one
// that replaces a built-in pack is named with its file in the window's rule
// selector and next to the ladder, in --evaluate's text and JSON and on the
// printed report; a broken one is reported in the window (status bar and a
// dialog naming the file and the broken item), as on the command line.

#include "MainWindow.h"
#include "SampleProfile.h"
#include "StandingPanel.h"
#include "report/Report.h"
#include "rules/AssessmentJson.h"
#include "rules/AssessmentText.h"
#include "rules/Evaluator.h"
#include "testconfig.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace srdi;

class TestPackOrigin : public QObject
{
    Q_OBJECT
    QString m_userPack;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("srdi-test"));
        QCoreApplication::setApplicationName(QStringLiteral("srdi-assess-packs"));
        const QDir folder(rules::RulePacks::userFolder());
        QVERIFY(folder.mkpath(QStringLiteral(".")));
        // A valid replacement of the built-in 2026 pack, and a broken pack.
        QFile in(QStringLiteral(SRDI_DATA_DIR "/rules/2026.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject pack = QJsonDocument::fromJson(in.readAll()).object();
        pack[QStringLiteral("source")] = QStringLiteral("edited by the user");
        m_userPack = folder.filePath(QStringLiteral("2026-mine.json"));
        QFile out(m_userPack);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(pack).toJson());
        out.close();
        pack[QStringLiteral("id")] = QStringLiteral("2027");
        pack[QStringLiteral("effective")] = QStringLiteral("2027-02-30");
        QFile broken(folder.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QJsonDocument(pack).toJson());
        broken.close();
    }

    void cleanupTestCase() { QDir(rules::RulePacks::userFolder()).removeRecursively(); }

    void outputsNameTheUserPack()
    {
        auto &packs = rules::RulePacks::instance();
        packs.load();
        const auto pack = packs.pack(QStringLiteral("2026"));
        QVERIFY(pack && pack->fromUser && pack->replacesBuiltin);
        QCOMPARE(pack->file, m_userPack);
        const Profile p = sampleProfile(2026);
        const rules::Assessment a = rules::Evaluator::evaluate(p, pack, QDate(2026, 11, 23));

        const QJsonObject json = rules::AssessmentJson::toJson(a, QStringLiteral("en"));
        QCOMPARE(json.value(QStringLiteral("rules")).toString(), QStringLiteral("2026")); // unchanged
        const QJsonObject origin = json.value(QStringLiteral("rules_pack")).toObject();
        QCOMPARE(origin.value(QStringLiteral("source")).toString(), QStringLiteral("user"));
        QCOMPARE(origin.value(QStringLiteral("file")).toString(), QDir::toNativeSeparators(m_userPack));
        QCOMPARE(origin.value(QStringLiteral("replaces_builtin")).toBool(), true);

        QVERIFY(rules::AssessmentText::toText(a, QStringLiteral("en")).contains(m_userPack));

        const report::ReportInput in{&p, &a, QStringLiteral("en"), QDate(2026, 11, 23), nullptr};
        QVERIFY(report::Report::html(in).contains(m_userPack.toHtmlEscaped()));

        // A built-in pack says so, and names no file.
        const auto builtin = packs.pack(QStringLiteral("2022"));
        const QJsonObject b = rules::AssessmentJson::toJson(rules::Evaluator::evaluate(p, builtin, QDate(2026, 11, 23)),
                                                            QStringLiteral("en"))
                                  .value(QStringLiteral("rules_pack"))
                                  .toObject();
        QCOMPARE(b.value(QStringLiteral("source")).toString(), QStringLiteral("builtin"));
        QVERIFY(!b.contains(QStringLiteral("file")));
    }

    void windowNamesTheUserPackAndTheBrokenOne()
    {
        QTemporaryDir dir;
        ui::MainWindow w(dir.filePath(QStringLiteral("srdi.sqlite")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The selector names the replacing pack with its file.
        auto *combo = w.findChild<QComboBox *>(QStringLiteral("packCombo"));
        QVERIFY(combo);
        QVERIFY2(combo->itemText(combo->findData(QStringLiteral("2026"))).contains(m_userPack),
                 qPrintable(combo->itemText(1)));
        // Assessed with the 2026 pack, the user's: named next to the ladder.
        combo->setCurrentIndex(combo->findData(QStringLiteral("2026")));
        auto *origin = w.findChild<QLabel *>(QStringLiteral("packOriginLabel"));
        QVERIFY(origin);
        QTRY_VERIFY(origin->isVisible());
        QVERIFY(origin->text().contains(m_userPack));
        // The broken pack: in the status bar and in a dialog, with the item's path.
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("broken.json")));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox *>(QStringLiteral("rulePackProblemsDialog"))) && box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("broken.json")));
        QVERIFY(box->text().contains(QStringLiteral("effective: needs a date")));
        box->close();
        w.close();
    }
};

QTEST_MAIN(TestPackOrigin)
#include "test_packorigin.moc"
