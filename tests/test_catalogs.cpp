// SPDX-License-Identifier: GPL-3.0-or-later
// The region and industry catalogs: the shipped files are whole and right at
// the codes profiles use, and a broken file is refused place by place.

#include "io/JsonInput.h"
#include "model/Catalogs.h"
#include "testconfig.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace srdi;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray shipped(const char *name)
{
    return readFile(QStringLiteral(SRDI_DATA_DIR "/") + QString::fromLatin1(name));
}

// Replaces the value at a path of object keys and array indexes; an index one
// past the end appends.
QJsonValue setAt(QJsonValue node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = node.toArray();
        if (index == a.size())
            a.append(QJsonValue());
        a[index] = setAt(a.at(index), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (value.isUndefined() && path.isEmpty())
        o.remove(head);
    else
        o[head] = setAt(o.value(head), path, value);
    return o;
}

QJsonObject entry(const QString &code, const QString &zhCN, const QString &zhTW, const QString &en)
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("zh_CN"), zhCN},
                       {QStringLiteral("zh_TW"), zhTW},
                       {QStringLiteral("en"), en}};
}

// A small sound region file: Beijing without cities, Gansu with two.
QJsonObject smallRegions()
{
    QJsonObject gansu = entry(QStringLiteral("620000"), QStringLiteral("甘肃省"),
                              QStringLiteral("甘肅省"), QStringLiteral("Gansu"));
    gansu.insert(QStringLiteral("cities"),
                 QJsonArray{entry(QStringLiteral("620100"), QStringLiteral("兰州市"),
                                  QStringLiteral("蘭州市"), QStringLiteral("Lanzhou")),
                            entry(QStringLiteral("620200"), QStringLiteral("嘉峪关市"),
                                  QStringLiteral("嘉峪關市"), QStringLiteral("Jiayuguan"))});
    const QJsonObject beijing = entry(QStringLiteral("110000"), QStringLiteral("北京市"),
                                      QStringLiteral("北京市"), QStringLiteral("Beijing"));
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("srdi-regions/1")},
                       {QStringLiteral("provinces"), QJsonArray{beijing, gansu}}};
}

// A small sound industry file: C with C34, K with K70 and its group K701.
QJsonObject smallIndustries()
{
    QJsonObject c = entry(QStringLiteral("C"), QStringLiteral("制造业"), QStringLiteral("製造業"),
                          QStringLiteral("Manufacturing"));
    c.insert(QStringLiteral("divisions"),
             QJsonArray{entry(QStringLiteral("C34"), QStringLiteral("通用设备制造业"),
                              QStringLiteral("通用設備製造業"), QStringLiteral("General"))});
    QJsonObject k70 = entry(QStringLiteral("K70"), QStringLiteral("房地产业"),
                            QStringLiteral("房地產業"), QStringLiteral("Real estate"));
    k70.insert(QStringLiteral("groups"),
               QJsonArray{entry(QStringLiteral("K701"), QStringLiteral("房地产开发经营"),
                                QStringLiteral("房地產開發經營"), QStringLiteral("Development"))});
    QJsonObject k = entry(QStringLiteral("K"), QStringLiteral("房地产业"),
                          QStringLiteral("房地產業"), QStringLiteral("Real estate"));
    k.insert(QStringLiteral("divisions"), QJsonArray{k70});
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("srdi-industries/1")},
                       {QStringLiteral("sections"), QJsonArray{c, k}}};
}

QByteArray mutated(const QJsonObject &base, const QString &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return QJsonDocument(base).toJson();
    return QJsonDocument(setAt(base, path.split(u'/'), value).toObject()).toJson();
}

// The code prefixes the SME size table files industries under (C, G59, K701).
QStringList smeSizeCodes()
{
    QStringList out;
    const QJsonObject root = QJsonDocument::fromJson(shipped("sme_size.json")).object();
    for (const QJsonValue &g : root.value(QStringLiteral("groups")).toArray()) {
        for (const QJsonValue &c : g.toObject().value(QStringLiteral("codes")).toArray())
            out.append(c.toString());
    }
    return out;
}

} // namespace

class TestCatalogs : public QObject
{
    Q_OBJECT
private slots:
    void shippedFilesAreSound()
    {
        const QByteArray regions = shipped("regions.json");
        const QByteArray industries = shipped("industries.json");
        QVERIFY(!regions.isEmpty());
        QVERIFY(!industries.isEmpty());
        // Every problem in the message: a list compare would only show the count.
        const QStringList regionProblems = RegionCatalog(regions).problems();
        QVERIFY2(regionProblems.isEmpty(), qPrintable(regionProblems.join(u'\n')));
        const QStringList industryProblems = IndustryCatalog(industries).problems();
        QVERIFY2(industryProblems.isEmpty(), qPrintable(industryProblems.join(u'\n')));
        // The compiled-in copies are these files (the resource list names them).
        QCOMPARE(readFile(QStringLiteral(":/data/regions.json")), regions);
        QCOMPARE(readFile(QStringLiteral(":/data/industries.json")), industries);
        QCOMPARE(RegionCatalog::instance().problems(), QStringList());
        QCOMPARE(IndustryCatalog::instance().problems(), QStringList());
    }

    // Every JSON file built into the program, held to the checks a user's
    // file meets (JsonInput::parseObject skips them for ":/" files: these
    // cannot change after the build): not too deep, no key twice, no half
    // of a surrogate pair, an object.
    void shippedDataIsSound()
    {
        int files = 0;
        QDirIterator it(QStringLiteral(":/data"), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray bytes = readFile(path);
            QVERIFY2(!bytes.isEmpty(), qPrintable(path));
            QVERIFY2(!JsonInput::nestsDeeperThan(bytes, JsonInput::kMaxDataDepth), qPrintable(path));
            const JsonInput::Flaw f = JsonInput::flaw(bytes);
            QVERIFY2(f.kind == JsonInput::Flaw::None, qPrintable(path + QStringLiteral(": ") + f.message()));
            QStringList errors;
            QVERIFY2(JsonInput::parseObject(bytes, QStringLiteral("copy of ") + path, &errors), qPrintable(errors.join(u'\n')));
            ++files;
        }
        // The regions, the industries, the field help, both rule packs, the awards.
        QVERIFY2(files > 40, qPrintable(QString::number(files)));
    }

    // The checks a shipped file is spared still hold for every other file.
    void userDataStillChecked()
    {
        QStringList errors;
        QVERIFY(!JsonInput::parseObject(QByteArrayLiteral("{\"a\": 1, \"a\": 2}"), QStringLiteral("/tmp/pack.json"), &errors));
        QVERIFY2(errors.join(u'\n').contains(QStringLiteral("twice")), qPrintable(errors.join(u'\n')));
        errors.clear();
        const QByteArray deep = QByteArray(100, '[') + QByteArray(100, ']');
        QVERIFY(!JsonInput::parseObject(QByteArrayLiteral("{\"x\": ") + deep + '}', QStringLiteral("pack.json"), &errors));
        QVERIFY2(errors.join(u'\n').contains(QStringLiteral("deeper")), qPrintable(errors.join(u'\n')));
    }

    // What the program reads at start is data/regions.json as the build
    // compiled it: the same regions, in the same order.
    void compiledRegionsAreTheJson()
    {
        const RegionCatalog parsed(shipped("regions.json"));
        QVERIFY(parsed.problems().isEmpty());
        QVERIFY(RegionCatalog::instance() == parsed);
        QCOMPARE(RegionCatalog::instance().displayPath(QStringLiteral("330110"), QStringLiteral("zh_TW")),
                 parsed.displayPath(QStringLiteral("330110"), QStringLiteral("zh_TW")));
        const QByteArray bytes = readFile(QStringLiteral(":/data/regions.bin"));
        QCOMPARE(bytes, parsed.compiled());
        // Damaged or foreign bytes are refused, never half read.
        QVERIFY(!RegionCatalog::fromCompiled(QByteArray()));
        QVERIFY(!RegionCatalog::fromCompiled(bytes.left(bytes.size() / 2)));
        QVERIFY(!RegionCatalog::fromCompiled(bytes + "x"));
        QByteArray otherForm = bytes;
        otherForm[7] = '2';
        QVERIFY(!RegionCatalog::fromCompiled(otherForm));
        QByteArray huge = bytes.left(8);
        huge.append(QByteArray::fromHex("7fffffff"));
        QVERIFY(!RegionCatalog::fromCompiled(huge));
        QVERIFY(RegionCatalog::fromCompiled(bytes));
    }

    // A broken regions.json fails the build, each problem named.
    void brokenRegionsFailTheBuild()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray json = shipped("regions.json");
        json.replace("\"620100\"", "\"6201AB\""); // 兰州市: not a city code
        QFile broken(dir.filePath(QStringLiteral("regions.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(json);
        broken.close();
        const QString out = dir.filePath(QStringLiteral("regions.bin"));
        QProcess p;
        p.start(QStringLiteral(SRDI_COMPILE_REGIONS), {broken.fileName(), out});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("6201AB")), qPrintable(err));
        QVERIFY(!QFile::exists(out));
        // The sound file compiles, to the bytes the program carries.
        p.start(QStringLiteral(SRDI_COMPILE_REGIONS), {QStringLiteral(SRDI_SOURCE_DIR "/data/regions.json"), out});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(readFile(out), readFile(QStringLiteral(":/data/regions.bin")));
    }

    void provinces()
    {
        const RegionCatalog &c = RegionCatalog::instance();
        QStringList codes;
        for (const Region &p : c.provinces())
            codes.append(p.code);
        // GB/T 2260: 31 mainland units, then Taiwan, Hong Kong, Macao.
        const QStringList expected = {
            QStringLiteral("110000"), QStringLiteral("120000"), QStringLiteral("130000"),
            QStringLiteral("140000"), QStringLiteral("150000"), QStringLiteral("210000"),
            QStringLiteral("220000"), QStringLiteral("230000"), QStringLiteral("310000"),
            QStringLiteral("320000"), QStringLiteral("330000"), QStringLiteral("340000"),
            QStringLiteral("350000"), QStringLiteral("360000"), QStringLiteral("370000"),
            QStringLiteral("410000"), QStringLiteral("420000"), QStringLiteral("430000"),
            QStringLiteral("440000"), QStringLiteral("450000"), QStringLiteral("460000"),
            QStringLiteral("500000"), QStringLiteral("510000"), QStringLiteral("520000"),
            QStringLiteral("530000"), QStringLiteral("540000"), QStringLiteral("610000"),
            QStringLiteral("620000"), QStringLiteral("630000"), QStringLiteral("640000"),
            QStringLiteral("650000"), QStringLiteral("710000"), QStringLiteral("810000"),
            QStringLiteral("820000")};
        QCOMPARE(codes.size(), 34);
        QCOMPARE(codes, expected);
        // Municipalities stand for their city; Taiwan, Hong Kong and Macao have none listed.
        for (const char *none :
             {"110000", "120000", "310000", "500000", "710000", "810000", "820000"})
            QVERIFY2(c.cities(QString::fromLatin1(none)).isEmpty(), none);
        int withCities = 0;
        for (const Region &p : c.provinces())
            withCities += c.cities(p.code).isEmpty() ? 0 : 1;
        QCOMPARE(withCities, 27);
    }

    void knownRegions_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("zhCN");
        QTest::addColumn<QString>("zhTW");
        QTest::addColumn<QString>("en");
        auto row = [](const char *code, const char *parent, const QString &cn, const QString &tw,
                      const char *en) {
            QTest::newRow(code) << QString::fromLatin1(code) << QString::fromLatin1(parent) << cn
                                << tw << QString::fromLatin1(en);
        };
        row("620100", "620000", QStringLiteral("兰州市"), QStringLiteral("蘭州市"), "Lanzhou");
        row("440300", "440000", QStringLiteral("深圳市"), QStringLiteral("深圳市"), "Shenzhen");
        row("330100", "330000", QStringLiteral("杭州市"), QStringLiteral("杭州市"), "Hangzhou");
        row("320500", "320000", QStringLiteral("苏州市"), QStringLiteral("蘇州市"), "Suzhou");
        row("210100", "210000", QStringLiteral("沈阳市"), QStringLiteral("瀋陽市"), "Shenyang");
        row("222400", "220000", QStringLiteral("延边朝鲜族自治州"),
            QStringLiteral("延邊朝鮮族自治州"), "Yanbian Korean Autonomous Prefecture");
        row("152900", "150000", QStringLiteral("阿拉善盟"), QStringLiteral("阿拉善盟"),
            "Alxa League");
        row("652900", "650000", QStringLiteral("阿克苏地区"), QStringLiteral("阿克蘇地區"),
            "Aksu Prefecture");
        row("460400", "460000", QStringLiteral("儋州市"), QStringLiteral("儋州市"), "Danzhou");
        row("650000", "", QStringLiteral("新疆维吾尔自治区"), QStringLiteral("新疆維吾爾自治區"),
            "Xinjiang");
        row("540000", "", QStringLiteral("西藏自治区"), QStringLiteral("西藏自治區"), "Xizang");
        row("110000", "", QStringLiteral("北京市"), QStringLiteral("北京市"), "Beijing");
        row("810000", "", QStringLiteral("香港特别行政区"), QStringLiteral("香港特別行政區"),
            "Hong Kong");
    }

    void knownRegions()
    {
        QFETCH(QString, code);
        QFETCH(QString, parent);
        QFETCH(QString, zhCN);
        QFETCH(QString, zhTW);
        QFETCH(QString, en);
        const Region *r = RegionCatalog::instance().find(code);
        QVERIFY(r);
        QCOMPARE(r->code, code);
        QCOMPARE(r->parentCode, parent);
        QCOMPARE(r->name(QStringLiteral("zh_CN")), zhCN);
        QCOMPARE(r->name(QStringLiteral("zh_TW")), zhTW);
        QCOMPARE(r->name(QStringLiteral("en")), en);
    }

    void citiesBelongToTheirProvince()
    {
        const RegionCatalog &c = RegionCatalog::instance();
        QSet<QString> seen;
        for (const Region &p : c.provinces()) {
            for (const Region &city : c.cities(p.code)) {
                const QByteArray where = city.code.toLatin1();
                QCOMPARE(city.parentCode, p.code);
                QVERIFY2(city.code.left(2) == p.code.left(2), where.constData());
                QVERIFY2(city.code.endsWith(QStringLiteral("00")) &&
                             !city.code.endsWith(QStringLiteral("0000")),
                         where.constData());
                QCOMPARE(c.provinceOf(city.code), p.code);
                QVERIFY2(!seen.contains(city.code), where.constData());
                seen.insert(city.code);
            }
        }
        // The prefecture-level units of GB/T 2260 (2023): 293 cities, 7 地区, 30 自治州, 3 盟.
        QCOMPARE(seen.size(), 333);
    }

    void regionDisplayPath_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("city zh_CN") << QStringLiteral("620100") << QStringLiteral("zh_CN")
                                    << QStringLiteral("甘肃省 · 兰州市");
        QTest::newRow("city zh_TW") << QStringLiteral("620100") << QStringLiteral("zh_TW")
                                    << QStringLiteral("甘肅省 · 蘭州市");
        QTest::newRow("city en") << QStringLiteral("620100") << QStringLiteral("en")
                                 << QStringLiteral("Gansu · Lanzhou");
        QTest::newRow("province") << QStringLiteral("440000") << QStringLiteral("zh_CN")
                                  << QStringLiteral("广东省");
        QTest::newRow("municipality en")
            << QStringLiteral("500000") << QStringLiteral("en") << QStringLiteral("Chongqing");
        QTest::newRow("county not listed")
            << QStringLiteral("620199") << QStringLiteral("zh_CN") << QString();
        QTest::newRow("district") << QStringLiteral("330110") << QStringLiteral("zh_CN")
                                  << QStringLiteral("浙江省 · 杭州市 · 余杭区");
        QTest::newRow("district zh_TW") << QStringLiteral("330110") << QStringLiteral("zh_TW")
                                        << QStringLiteral("浙江省 · 杭州市 · 餘杭區");
        QTest::newRow("district en") << QStringLiteral("440307") << QStringLiteral("en")
                                     << QStringLiteral("Guangdong · Shenzhen · Longgang District");
        QTest::newRow("municipality district")
            << QStringLiteral("110108") << QStringLiteral("zh_CN") << QStringLiteral("北京市 · 海淀区");
        QTest::newRow("not a code")
            << QStringLiteral("lanzhou") << QStringLiteral("zh_CN") << QString();
    }

    void regionDisplayPath()
    {
        QFETCH(QString, code);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QCOMPARE(RegionCatalog::instance().displayPath(code, lang), expected);
    }

    void provinceOf_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("city") << QStringLiteral("440300") << QStringLiteral("440000");
        QTest::newRow("province") << QStringLiteral("620000") << QStringLiteral("620000");
        QTest::newRow("county of a city") << QStringLiteral("620102") << QStringLiteral("620000");
        QTest::newRow("district of a municipality")
            << QStringLiteral("110105") << QStringLiteral("110000");
        QTest::newRow("county under the province")
            << QStringLiteral("429004") << QStringLiteral("420000");
        QTest::newRow("no such province") << QStringLiteral("990000") << QString();
        QTest::newRow("five digits") << QStringLiteral("62010") << QString();
        QTest::newRow("letters") << QStringLiteral("62A100") << QString();
    }

    void provinceOf()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QCOMPARE(RegionCatalog::instance().provinceOf(code), expected);
    }

    // GB/T 2260 county level: every unit sits under its city (or, for a
    // municipality and the units directly under a province, the province)
    // and starts with its parent's digits.
    void countiesBelongToTheirParent()
    {
        const RegionCatalog &c = RegionCatalog::instance();
        int total = 0;
        for (const Region &p : c.provinces()) {
            QList<Region> parents = c.cities(p.code);
            parents.prepend(p);
            for (const Region &parent : parents) {
                const int prefix = parent.code == p.code ? 2 : 4;
                for (const Region &county : c.counties(parent.code)) {
                    const QByteArray where = county.code.toLatin1();
                    QCOMPARE(county.parentCode, parent.code);
                    QVERIFY2(county.code.left(prefix) == parent.code.left(prefix), where.constData());
                    QVERIFY2(!county.code.endsWith(QStringLiteral("00")), where.constData());
                    QCOMPARE(c.provinceOf(county.code), p.code);
                    QCOMPARE(c.cityOf(county.code), prefix == 4 ? parent.code : QString());
                    QVERIFY2(!county.zhCN.isEmpty() && !county.zhTW.isEmpty() && !county.en.isEmpty(), where.constData());
                    ++total;
                }
            }
        }
        // 2023 statistical division codes without 市辖区 placeholders and
        // development zones: 2,850 county-level units.
        QCOMPARE(total, 2850);
        // Every mainland city has districts or counties, except the four
        // without (东莞, 中山, 儋州, 嘉峪关).
        QStringList without;
        for (const Region &p : c.provinces()) {
            for (const Region &city : c.cities(p.code)) {
                if (c.counties(city.code).isEmpty())
                    without.append(city.code);
            }
        }
        QCOMPARE(without, (QStringList{QStringLiteral("441900"), QStringLiteral("442000"),
                                       QStringLiteral("460400"), QStringLiteral("620200")}));
        const QList<Region> hangzhou = c.counties(QStringLiteral("330100"));
        QCOMPARE(hangzhou.size(), 13);
        QCOMPARE(hangzhou.at(5).code, QStringLiteral("330110"));
        QCOMPARE(hangzhou.at(5).name(QStringLiteral("en")), QStringLiteral("Yuhang District"));
        QCOMPARE(c.counties(QStringLiteral("110000")).size(), 16);
        QCOMPARE(c.counties(QStringLiteral("420000")).size(), 4); // 仙桃, 潜江, 天门, 神农架
        QCOMPARE(c.counties(QStringLiteral("330110")).size(), 0);  // a county has none
        QCOMPARE(c.cities(QStringLiteral("110000")).size(), 0);     // districts are no cities
        QCOMPARE(c.find(QStringLiteral("130225"))->en, QStringLiteral("Laoting County")); // 乐亭, not Leting
        QCOMPARE(c.cityOf(QStringLiteral("330100")), QStringLiteral("330100"));
        QCOMPARE(c.cityOf(QStringLiteral("330000")), QString());
    }

    void brokenCounties_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("place");
        QTest::newRow("county of another city")
            << QStringLiteral("provinces/1/cities/0/counties/0")
            << QJsonValue(entry(QStringLiteral("620201"), QStringLiteral("城关区"), QStringLiteral("城關區"), QStringLiteral("Chengguan District"))) << QStringLiteral("provinces[1].cities[0].counties[0].code");
        QTest::newRow("city code as county")
            << QStringLiteral("provinces/1/cities/0/counties/0")
            << QJsonValue(entry(QStringLiteral("620200"), QStringLiteral("嘉峪关市"), QStringLiteral("嘉峪關市"), QStringLiteral("Jiayuguan"))) << QStringLiteral("provinces[1].cities[0].counties[0].code");
        QTest::newRow("municipality district of another province")
            << QStringLiteral("provinces/0/counties/0")
            << QJsonValue(entry(QStringLiteral("120101"), QStringLiteral("和平区"), QStringLiteral("和平區"), QStringLiteral("Heping District"))) << QStringLiteral("provinces[0].counties[0].code");
        QTest::newRow("counties not a list")
            << QStringLiteral("provinces/0/counties") << QJsonValue(QStringLiteral("110101")) << QStringLiteral("provinces[0].counties");
        QTest::newRow("county twice")
            << QStringLiteral("provinces/1/cities/1/counties/0")
            << QJsonValue(entry(QStringLiteral("620102"), QStringLiteral("城关区"), QStringLiteral("城關區"), QStringLiteral("Chengguan District"))) << QStringLiteral("provinces[1].cities[1].counties[0].code");
    }

    void brokenCounties()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, place);
        // A sound base: 兰州 with 城关区, 北京 with 东城区.
        QByteArray base = mutated(smallRegions(), QStringLiteral("provinces/1/cities/0/counties/0"),
                                  entry(QStringLiteral("620102"), QStringLiteral("城关区"), QStringLiteral("城關區"), QStringLiteral("Chengguan District")));
        base = mutated(QJsonDocument::fromJson(base).object(), QStringLiteral("provinces/0/counties/0"),
                       entry(QStringLiteral("110101"), QStringLiteral("东城区"), QStringLiteral("東城區"), QStringLiteral("Dongcheng District")));
        const RegionCatalog sound(base);
        QCOMPARE(sound.problems(), QStringList());
        QCOMPARE(sound.counties(QStringLiteral("620100")).size(), 1);
        QCOMPARE(sound.displayPath(QStringLiteral("620102"), QStringLiteral("en")),
                 QStringLiteral("Gansu · Lanzhou · Chengguan District"));
        const QStringList problems =
            RegionCatalog(mutated(QJsonDocument::fromJson(base).object(), path, value)).problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(place + QStringLiteral(": ")), qPrintable(problems.first()));
    }

    void industriesComplete()
    {
        const IndustryCatalog &c = IndustryCatalog::instance();
        QString letters;
        int divisions = 0;
        int expectedNumber = 1;
        QStringList withGroups;
        for (const Industry &s : c.sections()) {
            letters += s.code;
            QVERIFY(s.parentCode.isEmpty());
            for (const Industry &d : c.divisions(s.code)) {
                ++divisions;
                // Divisions run 01..97 without a gap, each under its own letter.
                QCOMPARE(d.code, s.code + QStringLiteral("%1").arg(expectedNumber++, 2, 10,
                                                                   QLatin1Char('0')));
                QCOMPARE(d.parentCode, s.code);
                if (!c.groups(d.code).isEmpty())
                    withGroups.append(d.code);
            }
        }
        QCOMPARE(letters, QStringLiteral("ABCDEFGHIJKLMNOPQRST"));
        QCOMPARE(divisions, 97);
        // G59: G591 装卸搬运 is transport, the rest warehousing (SME size standard).
        QCOMPARE(withGroups, (QStringList{QStringLiteral("G59"), QStringLiteral("K70")}));
        QStringList g59;
        for (const Industry &g : c.groups(QStringLiteral("G59")))
            g59.append(g.code);
        QCOMPARE(g59, (QStringList{QStringLiteral("G591"), QStringLiteral("G592"), QStringLiteral("G593"),
                                   QStringLiteral("G594"), QStringLiteral("G595"), QStringLiteral("G596"),
                                   QStringLiteral("G599")}));
        QStringList groups;
        for (const Industry &g : c.groups(QStringLiteral("K70"))) {
            QCOMPARE(g.parentCode, QStringLiteral("K70"));
            groups.append(g.code);
        }
        QCOMPARE(groups, (QStringList{QStringLiteral("K701"), QStringLiteral("K702"),
                                      QStringLiteral("K703"), QStringLiteral("K704"),
                                      QStringLiteral("K709")}));
    }

    void knownIndustries_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("zhCN");
        QTest::addColumn<QString>("zhTW");
        QTest::addColumn<QString>("en");
        auto row = [](const char *code, const char *parent, const QString &cn, const QString &tw,
                      const char *en) {
            QTest::newRow(code) << QString::fromLatin1(code) << QString::fromLatin1(parent) << cn
                                << tw << QString::fromLatin1(en);
        };
        row("C", "", QStringLiteral("制造业"), QStringLiteral("製造業"), "Manufacturing");
        row("C34", "C", QStringLiteral("通用设备制造业"), QStringLiteral("通用設備製造業"),
            "Manufacture of general-purpose machinery");
        row("I65", "I", QStringLiteral("软件和信息技术服务业"),
            QStringLiteral("軟件和信息技術服務業"), "Software and information technology services");
        row("F52", "F", QStringLiteral("零售业"), QStringLiteral("零售業"), "Retail trade");
        row("K70", "K", QStringLiteral("房地产业"), QStringLiteral("房地產業"), "Real estate");
        row("K701", "K70", QStringLiteral("房地产开发经营"), QStringLiteral("房地產開發經營"),
            "Real estate development and operation");
        row("K709", "K70", QStringLiteral("其他房地产业"), QStringLiteral("其他房地產業"),
            "Other real estate activities");
        row("A05", "A", QStringLiteral("农、林、牧、渔专业及辅助性活动"),
            QStringLiteral("農、林、牧、漁專業及輔助性活動"),
            "Professional and support activities for agriculture, forestry, animal husbandry and "
            "fishery");
        row("T97", "T", QStringLiteral("国际组织"), QStringLiteral("國際組織"),
            "International organizations");
    }

    void knownIndustries()
    {
        QFETCH(QString, code);
        QFETCH(QString, parent);
        QFETCH(QString, zhCN);
        QFETCH(QString, zhTW);
        QFETCH(QString, en);
        const Industry *i = IndustryCatalog::instance().find(code);
        QVERIFY(i);
        QCOMPARE(i->code, code);
        QCOMPARE(i->parentCode, parent);
        QCOMPARE(i->name(QStringLiteral("zh_CN")), zhCN);
        QCOMPARE(i->name(QStringLiteral("zh_TW")), zhTW);
        QCOMPARE(i->name(QStringLiteral("en")), en);
    }

    void smeSizeCodesAreListed()
    {
        // Every code the SME size table files a group under must be offered as
        // a choice, or that group could never be picked.
        const QStringList codes = smeSizeCodes();
        QVERIFY(codes.contains(QStringLiteral("K701")));
        for (const QString &code : codes)
            QVERIFY2(IndustryCatalog::instance().find(code), qPrintable(code));
    }

    void industryDisplayPath_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("division zh_CN") << QStringLiteral("C34") << QStringLiteral("zh_CN")
                                        << QStringLiteral("C 制造业 · C34 通用设备制造业");
        QTest::newRow("division zh_TW") << QStringLiteral("C34") << QStringLiteral("zh_TW")
                                        << QStringLiteral("C 製造業 · C34 通用設備製造業");
        QTest::newRow("division en")
            << QStringLiteral("C34") << QStringLiteral("en")
            << QStringLiteral("C Manufacturing · C34 Manufacture of general-purpose machinery");
        QTest::newRow("group") << QStringLiteral("K701") << QStringLiteral("zh_CN")
                               << QStringLiteral("K 房地产业 · K70 房地产业 · K701 房地产开发经营");
        QTest::newRow("section") << QStringLiteral("F") << QStringLiteral("zh_CN")
                                 << QStringLiteral("F 批发和零售业");
        QTest::newRow("no such division")
            << QStringLiteral("C99") << QStringLiteral("zh_CN") << QString();
    }

    void industryDisplayPath()
    {
        QFETCH(QString, code);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QCOMPARE(IndustryCatalog::instance().displayPath(code, lang), expected);
    }

    void smallFilesLoad()
    {
        const RegionCatalog regions(QJsonDocument(smallRegions()).toJson());
        QCOMPARE(regions.problems(), QStringList());
        QCOMPARE(regions.provinces().size(), 2);
        QCOMPARE(regions.cities(QStringLiteral("620000")).size(), 2);
        QCOMPARE(regions.cities(QStringLiteral("620100")).size(), 0);
        QCOMPARE(regions.displayPath(QStringLiteral("620200"), QStringLiteral("zh_TW")),
                 QStringLiteral("甘肅省 · 嘉峪關市"));
        // A language the catalog does not carry reads as zh_CN.
        QCOMPARE(regions.find(QStringLiteral("620100"))->name(QStringLiteral("fr")),
                 QStringLiteral("兰州市"));

        const IndustryCatalog industries(QJsonDocument(smallIndustries()).toJson());
        QCOMPARE(industries.problems(), QStringList());
        QCOMPARE(industries.sections().size(), 2);
        QCOMPARE(industries.divisions(QStringLiteral("K")).size(), 1);
        QCOMPARE(industries.groups(QStringLiteral("K70")).size(), 1);
        // Only a division has groups, only a section divisions.
        QCOMPARE(industries.divisions(QStringLiteral("K70")).size(), 0);
        QCOMPARE(industries.groups(QStringLiteral("K")).size(), 0);
    }

    void brokenRegions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("code");
        const QJsonObject base = smallRegions();
        auto row = [&](const char *name, const char *path, const QJsonValue &value,
                       const char *place, const char *code) {
            QTest::newRow(name) << mutated(base, QString::fromLatin1(path), value)
                                << QString::fromLatin1(place) << QString::fromLatin1(code);
        };
        row("duplicate city", "provinces/1/cities/1/code", QStringLiteral("620100"),
            "provinces[1].cities[1].code", "620100");
        row("duplicate province", "provinces/2",
            entry(QStringLiteral("110000"), QStringLiteral("北京市"), QStringLiteral("北京市"),
                  QStringLiteral("Beijing")),
            "provinces[2].code", "110000");
        row("province code too short", "provinces/0/code", QStringLiteral("11000"),
            "provinces[0].code", "11000");
        row("city code as province", "provinces/0/code", QStringLiteral("110100"),
            "provinces[0].code", "110100");
        row("city code with letters", "provinces/1/cities/0/code", QStringLiteral("6201AB"),
            "provinces[1].cities[0].code", "6201AB");
        row("county code as city", "provinces/1/cities/0/code", QStringLiteral("620102"),
            "provinces[1].cities[0].code", "620102");
        row("city of another province", "provinces/1/cities/1/code", QStringLiteral("630100"),
            "provinces[1].cities[1].code", "630100");
        row("missing zh_TW", "provinces/1/cities/0/zh_TW", QJsonValue(QJsonValue::Undefined),
            "provinces[1].cities[0] (620100).zh_TW", "620100");
        row("empty en", "provinces/0/en", QString(), "provinces[0] (110000).en", "110000");
        row("missing code", "provinces/1/cities/0/code", QJsonValue(QJsonValue::Undefined),
            "provinces[1].cities[0].code", "");
        row("wrong format", "format", QStringLiteral("srdi-regions/2"), "format", "srdi-regions/1");
        row("no provinces", "provinces", QJsonValue(QJsonValue::Undefined), "provinces", "");
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("(file)")
                                  << QString();
    }

    void brokenRegions()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, place);
        QFETCH(QString, code);
        const QStringList problems = RegionCatalog(json).problems();
        // Exactly the one defect, named by its place and its code.
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(place + QStringLiteral(": ")),
                 qPrintable(problems.first()));
        QVERIFY2(problems.first().contains(code), qPrintable(problems.first()));
    }

    void brokenRegionKeepsTheRest()
    {
        // The first of two equal codes stays usable; the second is left out.
        const QByteArray json = mutated(smallRegions(), QStringLiteral("provinces/1/cities/1/code"),
                                        QStringLiteral("620100"));
        const RegionCatalog c(json);
        QCOMPARE(c.problems().size(), 1);
        QCOMPARE(c.cities(QStringLiteral("620000")).size(), 1);
        QCOMPARE(c.find(QStringLiteral("620100"))->zhCN, QStringLiteral("兰州市"));
    }

    void brokenIndustries_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("code");
        const QJsonObject base = smallIndustries();
        auto row = [&](const char *name, const char *path, const QJsonValue &value,
                       const char *place, const char *code) {
            QTest::newRow(name) << mutated(base, QString::fromLatin1(path), value)
                                << QString::fromLatin1(place) << QString::fromLatin1(code);
        };
        row("duplicate division", "sections/0/divisions/1",
            entry(QStringLiteral("C34"), QStringLiteral("重复"), QStringLiteral("重複"),
                  QStringLiteral("Twice")),
            "sections[0].divisions[1].code", "C34");
        QJsonObject secondC = entry(QStringLiteral("C"), QStringLiteral("制造业"),
                                    QStringLiteral("製造業"), QStringLiteral("Manufacturing"));
        secondC.insert(
            QStringLiteral("divisions"),
            QJsonArray{entry(QStringLiteral("C35"), QStringLiteral("专用设备制造业"),
                             QStringLiteral("專用設備製造業"), QStringLiteral("Special"))});
        row("duplicate section", "sections/2", secondC, "sections[2].code", "C");
        row("section code of two letters", "sections/0/code", QStringLiteral("CC"),
            "sections[0].code", "CC");
        row("division without letter", "sections/0/divisions/0/code", QStringLiteral("34"),
            "sections[0].divisions[0].code", "34");
        row("division of three digits", "sections/0/divisions/0/code", QStringLiteral("C341"),
            "sections[0].divisions[0].code", "C341");
        row("division under another section", "sections/0/divisions/0/code", QStringLiteral("D44"),
            "sections[0].divisions[0].code", "D44");
        row("group of another division", "sections/1/divisions/0/groups/0/code",
            QStringLiteral("K801"), "sections[1].divisions[0].groups[0].code", "K801");
        row("group code too long", "sections/1/divisions/0/groups/0/code", QStringLiteral("K7010"),
            "sections[1].divisions[0].groups[0].code", "K7010");
        row("missing en", "sections/0/divisions/0/en", QJsonValue(QJsonValue::Undefined),
            "sections[0].divisions[0] (C34).en", "C34");
        row("section without divisions", "sections/0/divisions", QJsonArray(),
            "sections[0].divisions", "");
        row("wrong format", "format", QStringLiteral("srdi-regions/1"), "format",
            "srdi-industries/1");
        QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("(file)") << QString();
    }

    void brokenIndustries()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, place);
        QFETCH(QString, code);
        const QStringList problems = IndustryCatalog(json).problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(place + QStringLiteral(": ")),
                 qPrintable(problems.first()));
        QVERIFY2(problems.first().contains(code), qPrintable(problems.first()));
    }
};

QTEST_GUILESS_MAIN(TestCatalogs)
#include "test_catalogs.moc"
