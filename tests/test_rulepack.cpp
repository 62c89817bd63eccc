// SPDX-License-Identifier: GPL-3.0-or-later
// The pack loader refuses a broken pack with a message naming the place, and
// a pack in the user's rules folder replaces the built-in one of the same id.

#include "io/JsonInput.h"
#include "rules/RulePack.h"
#include "testconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace srdi::rules;
using srdi::JsonInput;

namespace {

QJsonObject builtin(const QString &id)
{
    QFile f(QStringLiteral(SRDI_DATA_DIR "/rules/%1.json").arg(id));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Replaces the value at a path of object keys and array indexes.
QJsonValue setAt(QJsonValue node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = node.toArray();
        a[index] = setAt(a.at(index), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    o[head] = setAt(o.value(head), path, value);
    return o;
}

QStringList problemsOf(const QJsonObject &pack)
{
    QStringList errors;
    const auto p = RulePackLoader::load(QJsonDocument(pack).toJson(), QStringLiteral("test.json"), &errors);
    if (p)
        return {};
    return errors;
}

} // namespace

class TestRulePack : public QObject
{
    Q_OBJECT
private slots:
    void builtinPacksLoad()
    {
        for (const QString &id : {QStringLiteral("2022"), QStringLiteral("2026")}) {
            const QJsonObject pack = builtin(id);
            QVERIFY(!pack.isEmpty());
            QVERIFY2(problemsOf(pack).isEmpty(), qPrintable(problemsOf(pack).join(u'\n')));
        }
    }

    void refusesBrokenPacks_data()
    {
        QTest::addColumn<QString>("path");  // slash-separated
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected"); // a part of the message
        const QString ratio = QStringLiteral("tiers/0/routes/0/score/indicators/1/bands/0/if");
        QTest::newRow("unknown field") << QStringLiteral("tiers/0/routes/0/score/indicators/1/bands/0/if/metric/ratio/0/field")
                                       << QJsonValue(QStringLiteral("rd_expnse"))
                                       << QStringLiteral("tiers[0].routes[0].score.indicators[1].bands[0].if.metric.ratio[0].field: unknown numeric field 'rd_expnse'");
        QTest::newRow("money with percent") << ratio + QStringLiteral("/metric")
                                            << QJsonValue(QJsonObject{{QStringLiteral("field"), QStringLiteral("rd_expense")}, {QStringLiteral("year"), -1}})
                                            << QStringLiteral("does not fit a figure that is not a ratio");
        QTest::newRow("unknown comparison") << ratio + QStringLiteral("/op") << QJsonValue(QStringLiteral("=>"))
                                            << QStringLiteral("unknown comparison '=>'");
        QTest::newRow("five decimals") << ratio + QStringLiteral("/value") << QJsonValue(QStringLiteral("3.00001"))
                                       << QStringLiteral("at most four decimals");
        QTest::newRow("points above max") << QStringLiteral("tiers/0/routes/0/score/indicators/1/bands/0/points") << QJsonValue(25)
                                          << QStringLiteral("must be from 0 to the indicator's maximum");
        QTest::newRow("category sum") << QStringLiteral("tiers/0/routes/0/score/categories/0/max") << QJsonValue(45)
                                      << QStringLiteral("add up to 40, not its maximum 45");
        QTest::newRow("tier order") << QStringLiteral("tiers/0/tier") << QJsonValue(QStringLiteral("specialized"))
                                    << QStringLiteral("tiers[0].tier: tiers must be");
        QTest::newRow("bad date") << QStringLiteral("effective") << QJsonValue(QStringLiteral("2026-02-30"))
                                  << QStringLiteral("effective: needs a date");
        QTest::newRow("future year offset") << QStringLiteral("tiers/0/routes/0/score/indicators/1/bands/0/if/metric/ratio/0/year")
                                            << QJsonValue(1) << QStringLiteral("an offset from -1 to -10");
        QTest::newRow("duplicate condition id") << QStringLiteral("tiers/1/routes/0/conditions/1/id") << QJsonValue(QStringLiteral("niche_min_years"))
                                                << QStringLiteral("'niche_min_years' is used twice");
        QTest::newRow("condition named like an indicator") << QStringLiteral("tiers/1/routes/0/conditions/0/id")
                                                           << QJsonValue(QStringLiteral("niche_years"))
                                                           << QStringLiteral("'niche_years' is used twice");
        QTest::newRow("unknown list") << QStringLiteral("tiers/0/routes/0/direct/0/test/metric/count")
                                      << QJsonValue(QStringLiteral("innovation.awards")) << QStringLiteral("unknown list 'innovation.awards'");
        QTest::newRow("wrong format") << QStringLiteral("format") << QJsonValue(QStringLiteral("srdi-rules/9"))
                                      << QStringLiteral("format: must be \"srdi-rules/1\"");
        // Bounds on what exact arithmetic must hold (issue 16, finding 11).
        const QJsonObject revenue{{QStringLiteral("field"), QStringLiteral("operating_revenue")}, {QStringLiteral("year"), -1}};
        const QJsonObject growth{{QStringLiteral("growth"), QJsonArray{revenue, revenue}}};
        QTest::newRow("ratio of ratios") << ratio + QStringLiteral("/metric/ratio/0")
                                         << QJsonValue(QJsonObject{{QStringLiteral("ratio"), QJsonArray{revenue, revenue}}})
                                         << QStringLiteral("if.metric.ratio[0]: a ratio, growth or compound growth may not be taken of another one");
        QTest::newRow("sum of three growth rates") << ratio + QStringLiteral("/metric")
                                                   << QJsonValue(QJsonObject{{QStringLiteral("mean"), QJsonArray{growth, growth, growth}}})
                                                   << QStringLiteral("if.metric.mean: may add up at most 2 ratios or growth rates");
    }

    void refusesBrokenPacks()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QJsonObject pack = setAt(builtin(QStringLiteral("2022")), path.split(u'/'), value).toObject();
        const QStringList problems = problemsOf(pack);
        QVERIFY2(!problems.isEmpty(), "the broken pack was accepted");
        QVERIFY2(problems.join(u'\n').contains(expected), qPrintable(problems.join(u'\n')));
        QVERIFY(problems.first().startsWith(QStringLiteral("test.json: ")));
    }

    void refusesNonJson()
    {
        QStringList errors;
        QVERIFY(!RulePackLoader::load("{ not json", QStringLiteral("x.json"), &errors));
        QVERIFY(errors.first().startsWith(QStringLiteral("x.json: not a JSON object")));
    }

    // A pack from the user's folder is refused before parsing when it is
    // larger or nests deeper than any pack needs; at the limits it is read.
    void refusesOversizedAndDeepFiles()
    {
        const QByteArray pack = QJsonDocument(builtin(QStringLiteral("2022"))).toJson(QJsonDocument::Compact);
        const auto problems = [](const QByteArray &bytes) {
            QStringList errors;
            RulePackLoader::load(bytes, QStringLiteral("x.json"), &errors);
            return errors.join(u'\n');
        };
        // Size: the pack padded with spaces to exactly the limit still loads.
        const QByteArray atLimit = pack + QByteArray(JsonInput::kMaxDataBytes - pack.size(), ' ');
        QCOMPARE(atLimit.size(), JsonInput::kMaxDataBytes);
        QCOMPARE(problems(atLimit), QString());
        QVERIFY2(problems(atLimit + ' ').startsWith(QStringLiteral("x.json: the file is larger than 4194304 bytes")),
                 qPrintable(problems(atLimit + ' ')));
        // Depth: the pack is one level; an extra key nests arrays below it.
        const auto nested = [&](int levels) {
            QByteArray bytes = pack;
            bytes.chop(1); // the closing }
            return bytes + ",\"deep\":" + QByteArray(levels - 1, '[') + QByteArray(levels - 1, ']') + '}';
        };
        QVERIFY2(!problems(nested(JsonInput::kMaxDataDepth)).contains(QStringLiteral("nests deeper")),
                 qPrintable(problems(nested(JsonInput::kMaxDataDepth))));
        QVERIFY2(problems(nested(JsonInput::kMaxDataDepth + 1)).startsWith(QStringLiteral("x.json: the file nests deeper than 64 levels")),
                 qPrintable(problems(nested(JsonInput::kMaxDataDepth + 1))));
        QVERIFY(!problems(nested(JsonInput::kMaxDataDepth - 1)).contains(QStringLiteral("nests deeper")));
        // A brace inside a string is not nesting.
        QVERIFY(!JsonInput::nestsDeeperThan("{\"a\":\"[[[[\"}", 1));
        QVERIFY(JsonInput::nestsDeeperThan("{\"a\":[[]]}", 2));
        QVERIFY(!JsonInput::nestsDeeperThan("{\"a\":[[]]}", 3));
    }

    void userFolderOverridesBuiltin()
    {
        QTemporaryDir dir;
        QJsonObject pack = builtin(QStringLiteral("2026"));
        pack[QStringLiteral("source")] = QStringLiteral("updated by the user");
        QFile f(dir.filePath(QStringLiteral("2026-update.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(pack).toJson());
        f.close();
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("[]");
        broken.close();

        RulePacks packs;
        const QStringList problems = packs.load(dir.path());
        QCOMPARE(problems.size(), 1); // the broken file is named and skipped
        QVERIFY(problems.first().contains(QStringLiteral("broken.json")));
        QCOMPARE(packs.pack(QStringLiteral("2026"))->sourceNote, QStringLiteral("updated by the user"));
        QVERIFY(packs.pack(QStringLiteral("2022")));
    }
};

QTEST_GUILESS_MAIN(TestRulePack)
#include "test_rulepack.moc"
