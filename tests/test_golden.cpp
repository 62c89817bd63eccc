// SPDX-License-Identifier: GPL-3.0-or-later
// Golden cases: one folder each under tests/golden with the input profile,
// case.json (the pack to force, if any, and the figures worked out by hand)
// and expected.json (the whole --evaluate output, a regression snapshot).
// SRDI_UPDATE_GOLDEN=1 rewrites expected.json; the hand figures still decide.

#include "io/ProfileJson.h"
#include "rules/AssessmentJson.h"
#include "rules/Evaluator.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace srdi;

namespace {

QJsonObject readObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(rules::RulePacks::instance().load(QStringLiteral("/nonexistent")).isEmpty());
    }

    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(QStringLiteral(SRDI_SOURCE_DIR "/tests/golden"));
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 5);
        for (const QString &c : cases)
            QTest::newRow(qPrintable(c)) << root.filePath(c);
    }

    void golden()
    {
        QFETCH(QString, dir);
        const QJsonObject meta = readObject(dir + QStringLiteral("/case.json"));
        QVERIFY(!meta.isEmpty());
        QFile input(dir + QStringLiteral("/input.srdi.json"));
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QDate today(2026, 11, 23);
        const ImportResult imported = ProfileJson::parse(input.readAll(), today);
        QVERIFY2(imported.profile, imported.errors.isEmpty() ? "" : qPrintable(imported.errors.first().message()));
        auto &packs = rules::RulePacks::instance();
        const QString forced = meta.value(QStringLiteral("rules_arg")).toString();
        // As the CLI picks it: the named pack, else the default with its reason.
        rules::PackChoice choice;
        if (forced.isEmpty())
            choice = packs.choose(*imported.profile, today);
        else
            choice.pack = packs.pack(forced), choice.reason.id = QStringLiteral("chosen");
        QVERIFY(choice.pack);
        const rules::Assessment a = rules::Evaluator::evaluate(*imported.profile, choice, today);
        const QJsonObject out = rules::AssessmentJson::toJson(a, meta.value(QStringLiteral("lang")).toString(QStringLiteral("en")));

        // The figures worked out by hand.
        const QJsonObject expect = meta.value(QStringLiteral("expect")).toObject();
        for (const QString &key : {QStringLiteral("rules"), QStringLiteral("sme_size"), QStringLiteral("highest_tier")}) {
            if (expect.contains(key))
                QCOMPARE(out.value(key).toString(), expect.value(key).toString());
        }
        const QJsonObject tiers = expect.value(QStringLiteral("tiers")).toObject();
        for (const QJsonValue &t : out.value(QStringLiteral("tiers")).toArray()) {
            const QJsonObject tier = t.toObject();
            const QJsonObject want = tiers.value(tier.value(QStringLiteral("tier")).toString()).toObject();
            for (auto it = want.begin(); it != want.end(); ++it) {
                const QJsonValue got = tier.value(it.key());
                QVERIFY2(got == it.value(),
                         qPrintable(QStringLiteral("%1.%2: got %3, expected %4")
                                        .arg(tier.value(QStringLiteral("tier")).toString(), it.key(),
                                             QString::fromUtf8(QJsonDocument(QJsonArray{got}).toJson(QJsonDocument::Compact)),
                                             QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)))));
            }
        }

        // The snapshot.
        const QString expectedPath = dir + QStringLiteral("/expected.json");
        if (qEnvironmentVariableIsSet("SRDI_UPDATE_GOLDEN")) {
            QFile f(expectedPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(out).toJson(QJsonDocument::Indented));
        }
        const QJsonObject expected = readObject(expectedPath);
        QVERIFY2(!expected.isEmpty(), "expected.json is missing: run with SRDI_UPDATE_GOLDEN=1 and check it by hand");
        if (out != expected) {
            const QByteArray got = QJsonDocument(out).toJson(QJsonDocument::Indented);
            QFile dump(QDir::temp().filePath(QDir(dir).dirName() + QStringLiteral(".actual.json")));
            if (dump.open(QIODevice::WriteOnly))
                dump.write(got);
            QFAIL(qPrintable(QStringLiteral("output differs from %1; actual written to %2").arg(expectedPath, dump.fileName())));
        }
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "test_golden.moc"
