// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ProfileJson.h"
#include "model/Decimal.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace srdi;

namespace {

const QDate kToday(2026, 11, 23);

QString fixturePath(const QString &name)
{
    return QStringLiteral(SRDI_FIXTURES_DIR) + u'/' + name;
}

QByteArray readFixture(const QString &name)
{
    QFile f(fixturePath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name));
    return f.readAll();
}

QJsonObject fullObject()
{
    return QJsonDocument::fromJson(readFixture(QStringLiteral("full.srdi.json"))).object();
}

QString describe(const QList<ValidationError> &errors)
{
    QStringList lines;
    for (const ValidationError &e : errors)
        lines.append(e.message());
    return lines.join(u'\n');
}

QStringList pathsOf(const QList<ValidationError> &errors)
{
    QStringList out;
    for (const ValidationError &e : errors)
        out.append(e.path);
    return out;
}

const ValidationError *findError(const QList<ValidationError> &errors, const QString &path)
{
    for (const ValidationError &e : errors) {
        if (e.path == path)
            return &e;
    }
    return nullptr;
}

// A path of the test patches: "years[1].rd_expense" -> years, [1], rd_expense.
struct Segment
{
    QString key;
    qsizetype index = -1;
};

QList<Segment> segments(const QString &path)
{
    QList<Segment> out;
    const QStringList parts = path.split(u'.');
    for (const QString &part : parts) {
        const qsizetype bracket = part.indexOf(u'[');
        out.append({bracket < 0 ? part : part.left(bracket), -1});
        qsizetype at = bracket;
        while (at >= 0) {
            const qsizetype close = part.indexOf(u']', at);
            out.append({QString(), part.mid(at + 1, close - at - 1).toLongLong()});
            at = part.indexOf(u'[', close);
        }
    }
    return out;
}

// Sets (or, for an undefined value, removes) the member at `path`.
QJsonValue setIn(const QJsonValue &node, const QList<Segment> &segs, qsizetype i,
                 const QJsonValue &value)
{
    const Segment &s = segs.at(i);
    const bool last = i + 1 == segs.size();
    if (s.index >= 0) {
        QJsonArray a = node.toArray();
        if (last)
            a[s.index] = value;
        else
            a[s.index] = setIn(a.at(s.index), segs, i + 1, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (last) {
        if (value.isUndefined())
            o.remove(s.key);
        else
            o.insert(s.key, value);
    } else {
        o.insert(s.key, setIn(o.value(s.key), segs, i + 1, value));
    }
    return o;
}

// "path=json" sets a member, "path=-" removes it.
QJsonObject patched(QJsonObject root, const QStringList &patches)
{
    for (const QString &patch : patches) {
        const qsizetype eq = patch.indexOf(u'=');
        const QString path = patch.left(eq);
        const QString text = patch.mid(eq + 1);
        QJsonValue value;
        if (text != u"-") {
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(u'[' + text.toUtf8() + u']', &err);
            if (err.error != QJsonParseError::NoError)
                qFatal("bad patch %s", qPrintable(patch));
            value = doc.array().at(0);
        } else {
            value = QJsonValue(QJsonValue::Undefined);
        }
        root = setIn(root, segments(path), 0, value).toObject();
    }
    return root;
}

QByteArray bytesOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace

class TestProfileJson : public QObject
{
    Q_OBJECT

private slots:
    void fullFixture();
    void minimalFixture();
    void roundTrip_data();
    void roundTrip();
    void exportNumbers();
    void exportOmitsUnknown();
    void absentVersusEmptyList();
    void recognitionRoute();
    void nullIsAbsent();
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void inconsistentStoredAndFlagged_data();
    void inconsistentStoredAndFlagged();
    void allErrorsCollected();
    void unknownKeysNested();
    void duplicateYear();
    void yearsSortedPathsFromFile();
    void badFiles_data();
    void badFiles();
    void tooLarge();
    void depthLimit();
    void byteOrderMark();
    void message();
    void validateInMemory();
    void validateMatchesImport_data();
    void validateMatchesImport();
    void hostileText_data();
    void hostileText();
    void duplicateKeysAndLoneSurrogates_data();
    void duplicateKeysAndLoneSurrogates();
    void printable();
};

void TestProfileJson::fullFixture()
{
    const ImportResult r =
        ProfileJson::parse(readFixture(QStringLiteral("full.srdi.json")), kToday);
    QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r.errors)));
    QVERIFY(r.profile.has_value());
    const Profile &p = *r.profile;

    QCOMPARE(p.assessmentYear, 2026);
    QCOMPARE(p.assessmentDate, QDate(2026, 11, 22));

    const Company &c = p.company;
    QCOMPARE(c.name, QStringLiteral("兰州某某精密机械有限公司"));
    QCOMPARE(c.creditCode, QStringLiteral("91620100MA72XXXXXB"));
    QCOMPARE(c.region, QStringLiteral("620100"));
    QCOMPARE(c.industry, QStringLiteral("C34"));
    QCOMPARE(c.established, QDate(2015, 3, 1));
    QCOMPARE(c.nicheSince, QDate(2016, 6, 1));
    QCOMPARE(c.mainProduct, QStringLiteral("高精度数控机床主轴"));
    QVERIFY(c.recognitions.has_value());
    QCOMPARE(c.recognitions->size(), 2);
    QCOMPARE(c.recognitions->at(0).tier, QStringLiteral("innovative"));
    QCOMPARE(c.recognitions->at(0).granted, QDate(2024, 6, 30));
    QCOMPARE(c.recognitions->at(1).tier, QStringLiteral("specialized"));
    QCOMPARE(c.attestations.noAbnormalOrDishonestListing, true);
    QCOMPARE(c.attestations.noBannedProducts, true);
    QCOMPARE(c.attestations.noMajorAccident3y, false);

    QCOMPARE(p.years.size(), 3);
    QCOMPARE(p.years.at(0).year, 2023);
    QCOMPARE(p.years.at(1).year, 2024);
    QCOMPARE(p.years.at(2).year, 2025);
    const FiscalYear &y23 = p.years.at(0);
    QCOMPARE(y23.mainBusinessRevenue, Yuan(59005000));
    QCOMPARE(y23.rdExpense, Yuan(3002500));
    QCOMPARE(y23.netProfit, Yuan(-1205000));         // negative profit is allowed
    QCOMPARE(y23.totalLiabilities, Yuan(110000000)); // above total assets: allowed
    const FiscalYear *y25 = p.fiscalYear(2025);
    QVERIFY(y25);
    QCOMPARE(y25->operatingRevenue, Yuan(86001234)); // 8600.1234 万元
    QCOMPARE(y25->mainBusinessRevenue, Yuan(81700000));
    QCOMPARE(y25->rdExpense, Yuan(4300000));
    QCOMPARE(y25->costExpenseTotal, Yuan(74000000));
    QCOMPARE(y25->netProfit, Yuan(6900000));
    QCOMPARE(y25->totalAssets, Yuan(120000000));
    QCOMPARE(y25->totalLiabilities, Yuan(54000000));
    QCOMPARE(y25->employees, qint64(160));
    QCOMPARE(y25->rdStaff, qint64(30));
    QCOMPARE(y25->techStaff, qint64(36));
    QCOMPARE(y25->equityFinancing, Yuan(1)); // 0.0001 万元 = 1 yuan
    QCOMPARE(p.fiscalYear(2024)->operatingRevenue, Yuan(73000000));
    QCOMPARE(p.fiscalYear(2024)->equityFinancing, Yuan(15000000));

    const Innovation &in = p.innovation;
    QCOMPARE(in.ip.class1HighValue, qint64(1));
    QCOMPARE(in.ip.class1SelfDeveloped, qint64(3));
    QCOMPARE(in.ip.class1, qint64(4));
    QCOMPARE(in.ip.class2, qint64(12));
    QCOMPARE(in.ip.class1Applied, qint64(2));
    QCOMPARE(in.rdInstitution, QStringLiteral("provincial"));
    QCOMPARE(in.rdInstitutionOwnOrJoint, true);
    QVERIFY(in.sciTechAwards.has_value());
    QCOMPARE(in.sciTechAwards->size(), 1);
    QCOMPARE(in.sciTechAwards->at(0), (SciTechAward{QStringLiteral("provincial"), 2, 2024}));
    QCOMPARE(in.honors,
             (QStringList{QStringLiteral("high_tech_enterprise"), QStringLiteral("ip_advantage")}));
    QVERIFY(in.chuangkeChina.has_value());
    QCOMPARE(in.chuangkeChina->at(0), (ChuangkeEntry{2024, QStringLiteral("top500")}));
    QVERIFY(in.standardsLed.has_value());
    QCOMPARE(in.standardsLed->at(0), (StandardLed{2023, QStringLiteral("industry")}));
    QCOMPARE(in.rdMeasure, QStringLiteral("revenue"));

    const Refinement &rf = p.refinement;
    QCOMPARE(rf.digitalLevel, qint64(2));
    QCOMPARE(rf.coreBusinessOnSystem, true);
    QCOMPARE(rf.qualityAward, QStringLiteral("none"));
    QCOMPARE(rf.qualitySystemCert, true);
    QCOMPARE(rf.ownBrand, true);
    QCOMPARE(rf.standardsParticipation, false);
    QCOMPARE(rf.mgmtOrIntlProductCert, true);

    const Specialization &sp = p.specialization;
    QCOMPARE(sp.field, (QStringList{QStringLiteral("strategic_emerging"),
                                    QStringLiteral("six_foundations")}));
    QCOMPARE(sp.nationalMarketSharePct, Scaled4(125000));
    QCOMPARE(sp.internationalMarketSharePct, Scaled4(12000));
    QCOMPARE(sp.domesticRank, qint64(4));
    QCOMPARE(sp.marketLeading, true);
    QCOMPARE(sp.chainKeyLink, true);
    QVERIFY(sp.developmentScores.has_value());
    QCOMPARE(sp.developmentScores->size(), 2);
    QCOMPARE(sp.developmentScores->at(0), (DevelopmentScore{2025, 582500}));
    QCOMPARE(sp.developmentScores->at(1), (DevelopmentScore{2026, 620000}));
    QCOMPARE(sp.renewal, false);
    QCOMPARE(p.localFeatureScore, Scaled4(100000));

    // Every field of the format appears in the fixture and so in its export.
    const QJsonObject exported = ProfileJson::toJson(p);
    QCOMPARE(exported, fullObject());
}

void TestProfileJson::minimalFixture()
{
    const ImportResult r =
        ProfileJson::parse(readFixture(QStringLiteral("minimal.srdi.json")), kToday);
    QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r.errors)));
    QVERIFY(r.profile.has_value());
    Profile expected;
    expected.assessmentYear = 2026;
    expected.company.name = QStringLiteral("某某科技有限公司");
    QCOMPARE(*r.profile, expected);
    QVERIFY(!r.profile->assessmentDate.has_value());
    QVERIFY(!r.profile->company.recognitions.has_value());
    QVERIFY(!r.profile->innovation.honors.has_value());
    QVERIFY(!r.profile->localFeatureScore.has_value());
}

void TestProfileJson::roundTrip_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("full") << QStringLiteral("full.srdi.json");
    QTest::newRow("minimal") << QStringLiteral("minimal.srdi.json");
}

void TestProfileJson::roundTrip()
{
    QFETCH(QString, fixture);
    const ImportResult first = ProfileJson::parse(readFixture(fixture), kToday);
    QVERIFY2(first.profile.has_value(), qPrintable(describe(first.errors)));
    const QByteArray once = ProfileJson::serialize(*first.profile);

    const ImportResult second = ProfileJson::parse(once, kToday);
    QVERIFY2(second.profile.has_value(), qPrintable(describe(second.errors)));
    QCOMPARE(*second.profile, *first.profile);

    const QByteArray twice = ProfileJson::serialize(*second.profile);
    QCOMPARE(twice, once);
    QVERIFY(once.contains("\"format\": \"srdi-profile/1\""));
}

void TestProfileJson::exportNumbers()
{
    const ImportResult r =
        ProfileJson::parse(readFixture(QStringLiteral("full.srdi.json")), kToday);
    QVERIFY(r.profile.has_value());
    const QByteArray text = ProfileJson::serialize(*r.profile);
    // Four decimals stay exactly what was written.
    QVERIFY(text.contains("\"operating_revenue\": 8600.1234,"));
    QVERIFY(text.contains("\"main_business_revenue\": 5900.5,"));
    QVERIFY(text.contains("\"net_profit\": -120.5,"));
    QVERIFY(text.contains("\"national_market_share_pct\": 12.5,"));
    QVERIFY(text.contains("\"international_market_share_pct\": 1.2,"));
    // Whole 万元 are written as integers.
    QVERIFY(text.contains("\"operating_revenue\": 6200,"));
    QVERIFY(text.contains("\"local_feature_score\": 10,"));
    QVERIFY(!text.contains(".0,"));
    QVERIFY(!text.contains(".0\n"));
    QVERIFY(text.contains("\"employees\": 160,"));
    QVERIFY(text.contains("\"granted\": \"2024-06-30\""));
    QVERIFY(text.contains("\"name\": \"兰州某某精密机械有限公司\""));

    // Large and tiny amounts.
    Profile p;
    p.assessmentYear = 2026;
    p.company.name = QStringLiteral("X");
    FiscalYear &fy = p.ensureYear(2025);
    fy.operatingRevenue = Yuan(1000000000000LL); // 1e8 万元
    fy.rdExpense = Yuan(123456789999LL);         // 12345678.9999 万元
    fy.totalAssets = Yuan(99999999999999LL);     // 9999999999.9999 万元, the largest
    fy.netProfit = Yuan(-100000000000000LL);     // -10^10 万元, the smallest
    const QJsonObject year =
        ProfileJson::toJson(p)[QStringLiteral("years")].toArray().at(0).toObject();
    QCOMPARE(QJsonDocument(year).toJson(QJsonDocument::Compact),
             QByteArray("{\"net_profit\":-10000000000,\"operating_revenue\":100000000,"
                        "\"rd_expense\":12345678.9999,\"total_assets\":9999999999.9999,"
                        "\"year\":2025}"));
    const ImportResult back = ProfileJson::parse(ProfileJson::serialize(p), kToday);
    QVERIFY2(back.profile.has_value(), qPrintable(describe(back.errors)));
    QCOMPARE(*back.profile, p);
}

void TestProfileJson::exportOmitsUnknown()
{
    Profile p;
    p.assessmentYear = 2026;
    p.company.name = QStringLiteral("X");
    const QJsonObject o = ProfileJson::toJson(p);
    QCOMPARE(o.keys(), (QStringList{QStringLiteral("assessment_year"), QStringLiteral("company"),
                                    QStringLiteral("format")}));
    QCOMPARE(o[QStringLiteral("company")].toObject().keys(), QStringList{QStringLiteral("name")});
}

// Issue 18, item 4: a first-tier title may say by which route it was
// obtained (科技型 入库 is valid one year); optional, written only when known.
void TestProfileJson::recognitionRoute()
{
    QJsonObject o = patched(fullObject(), {QStringLiteral(
        "company.recognitions=[{\"tier\": \"innovative\", \"granted\": \"2025-06-30\", \"route\": \"tech_sme\"},"
        " {\"tier\": \"specialized\", \"granted\": \"2024-06-30\"}]")});
    ImportResult r = ProfileJson::fromJson(o, kToday);
    QVERIFY2(r.profile.has_value(), qPrintable(describe(r.errors)));
    QCOMPARE(r.profile->company.recognitions->at(0).route, QStringLiteral("tech_sme"));
    QVERIFY(r.profile->company.recognitions->at(1).route.isEmpty());
    const QByteArray text = ProfileJson::serialize(*r.profile);
    QCOMPARE(text.count("\"route\""), 1);
    const ImportResult back = ProfileJson::parse(text, kToday);
    QVERIFY(back.profile.has_value());
    QCOMPARE(*back.profile, *r.profile);
    QVERIFY(ProfileJson::validate(*r.profile, kToday).isEmpty());

    // Not one of the routes; a route on a higher tier.
    o = patched(fullObject(), {QStringLiteral(
        "company.recognitions=[{\"tier\": \"innovative\", \"granted\": \"2025-06-30\", \"route\": \"tech\"}]")});
    r = ProfileJson::fromJson(o, kToday);
    QVERIFY(!r.profile.has_value());
    QCOMPARE(r.errors.at(0).path, QStringLiteral("company.recognitions[0].route"));
    o = patched(fullObject(), {QStringLiteral(
        "company.recognitions=[{\"tier\": \"specialized\", \"granted\": \"2025-06-30\", \"route\": \"tech_sme\"}]")});
    r = ProfileJson::fromJson(o, kToday);
    QVERIFY(!r.profile.has_value());
    QCOMPARE(r.errors.at(0).path, QStringLiteral("company.recognitions[0].route"));
}

void TestProfileJson::absentVersusEmptyList()
{
    QJsonObject o = patched(fullObject(), {QStringLiteral("company.recognitions=[]"),
                                           QStringLiteral("innovation.honors=[]"),
                                           QStringLiteral("innovation.sci_tech_awards=-"),
                                           QStringLiteral("innovation.chuangke_china=[]"),
                                           QStringLiteral("innovation.standards_led=-"),
                                           QStringLiteral("specialization.field=-"),
                                           QStringLiteral("specialization.development_scores=[]")});
    const ImportResult r = ProfileJson::fromJson(o, kToday);
    QVERIFY2(r.profile.has_value(), qPrintable(describe(r.errors)));
    const Profile &p = *r.profile;
    QVERIFY(p.company.recognitions.has_value());
    QVERIFY(p.company.recognitions->isEmpty());
    QVERIFY(p.innovation.honors.has_value());
    QVERIFY(p.innovation.honors->isEmpty());
    QVERIFY(!p.innovation.sciTechAwards.has_value());
    QVERIFY(p.innovation.chuangkeChina.has_value());
    QVERIFY(!p.innovation.standardsLed.has_value());
    QVERIFY(!p.specialization.field.has_value());
    QVERIFY(p.specialization.developmentScores.has_value());

    const QByteArray text = ProfileJson::serialize(p);
    QVERIFY(text.contains("\"recognitions\": [\n"));
    QVERIFY(text.contains("\"honors\": [\n"));
    QVERIFY(!text.contains("\"sci_tech_awards\""));
    QVERIFY(!text.contains("\"standards_led\""));
    QVERIFY(!text.contains("\"field\""));

    const ImportResult back = ProfileJson::parse(text, kToday);
    QVERIFY2(back.profile.has_value(), qPrintable(describe(back.errors)));
    QCOMPARE(*back.profile, p);
    QVERIFY(back.profile->company.recognitions.has_value());
    QVERIFY(!back.profile->innovation.sciTechAwards.has_value());
}

void TestProfileJson::nullIsAbsent()
{
    const QJsonObject o = patched(fullObject(), {QStringLiteral("company.credit_code=null"),
                                                 QStringLiteral("years[0].rd_expense=null"),
                                                 QStringLiteral("innovation.honors=null"),
                                                 QStringLiteral("refinement=null"),
                                                 QStringLiteral("local_feature_score=null")});
    const ImportResult r = ProfileJson::fromJson(o, kToday);
    QVERIFY2(r.profile.has_value(), qPrintable(describe(r.errors)));
    QVERIFY(!r.profile->company.creditCode.has_value());
    QVERIFY(!r.profile->years.at(0).rdExpense.has_value());
    QVERIFY(!r.profile->innovation.honors.has_value());
    QCOMPARE(r.profile->refinement, Refinement());
    QVERIFY(!r.profile->localFeatureScore.has_value());
}

void TestProfileJson::accepted_data()
{
    QTest::addColumn<QStringList>("patches");
    const auto row = [](const char *name, QStringList patches) { QTest::newRow(name) << patches; };
    row("negative net_profit", {QStringLiteral("years[1].net_profit=-0.0001")});
    row("liabilities above assets", {QStringLiteral("years[1].total_liabilities=99999")});
    row("main == operating", {QStringLiteral("years[2].main_business_revenue=8600.1234")});
    row("rd_staff == employees", {QStringLiteral("years[0].rd_staff=140")});
    row("zero money", {QStringLiteral("years[0].rd_expense=0")});
    row("largest money", {QStringLiteral("years[0].total_assets=9999999999.9999"),
                          QStringLiteral("years[0].net_profit=-10000000000")});
    row("IP equal counts", {QStringLiteral("innovation.ip.class1_high_value=4"),
                            QStringLiteral("innovation.ip.class1_self_developed=4"),
                            QStringLiteral("innovation.ip.class1_applied=4")});
    row("IP only high value", {QStringLiteral("innovation.ip={\"class1_high_value\":9}")});
    row("share 0", {QStringLiteral("specialization.national_market_share_pct=0")});
    row("share 100", {QStringLiteral("specialization.national_market_share_pct=100")});
    row("share 4 decimals", {QStringLiteral("specialization.national_market_share_pct=0.0001")});
    row("digital level 1", {QStringLiteral("refinement.digital_level=1")});
    row("digital level 4", {QStringLiteral("refinement.digital_level=4")});
    row("digital level 4.0", {QStringLiteral("refinement.digital_level=4.0")});
    row("local score 0", {QStringLiteral("local_feature_score=0")});
    row("local score 15", {QStringLiteral("local_feature_score=15")});
    row("local score 7.5", {QStringLiteral("local_feature_score=7.5")});
    row("score 100", {QStringLiteral("specialization.development_scores[0].score=100")});
    row("date today", {QStringLiteral("assessment_date=\"2026-11-23\"")});
    row("leap day", {QStringLiteral("company.established=\"2016-02-29\"")});
    row("credit code ending X", {QStringLiteral("company.credit_code=\"9111000071093123XX\"")});
    row("province region", {QStringLiteral("company.region=\"620000\"")});
    row("3-digit division", {QStringLiteral("company.industry=\"K701\"")});
    row("five decimals, last zero", {QStringLiteral("years[0].rd_expense=300.25000")});
    row("exponent notation", {QStringLiteral("years[0].rd_expense=3.0025e2")});
    row("years empty", {QStringLiteral("years=[]")});
    row("name with spaces", {QStringLiteral("company.name=\" 某 \"")});
}

void TestProfileJson::accepted()
{
    QFETCH(QStringList, patches);
    const ImportResult r = ProfileJson::fromJson(patched(fullObject(), patches), kToday);
    QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r.errors)));
    QVERIFY(r.profile.has_value());
}

// Issue 17: a figure that contradicts another is no reason to refuse the file
// (spec: "What is accepted and flagged"): it is stored as given, and
// inconsistencies() names both fields by their labels, with both values.
void TestProfileJson::inconsistentStoredAndFlagged_data()
{
    QTest::addColumn<QStringList>("patches");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("message"); // in English
    const auto row = [](const char *name, QStringList patches, QStringList keys, const char *message) {
        QTest::newRow(name) << patches << keys << QString::fromUtf8(message);
    };
    row("main above operating", {QStringLiteral("years[2].main_business_revenue=8600.1235")},
        {QStringLiteral("years.2025.main_business_revenue"), QStringLiteral("years.2025.operating_revenue")},
        "Main business revenue 2025 (8,600.1235 万元) is more than Operating revenue 2025 (8,600.1234 万元)");
    row("rd_staff above employees", {QStringLiteral("years[0].rd_staff=141")},
        {QStringLiteral("years.2023.rd_staff"), QStringLiteral("years.2023.employees")},
        "R&D staff 2023 (141) is more than Employees 2023 (140)");
    row("tech_staff above employees", {QStringLiteral("years[1].tech_staff=151")},
        {QStringLiteral("years.2024.tech_staff"), QStringLiteral("years.2024.employees")}, "(151)");
    row("high value above self-developed", {QStringLiteral("innovation.ip.class1_high_value=4")},
        {QStringLiteral("innovation.ip.class1_high_value"), QStringLiteral("innovation.ip.class1_self_developed")},
        "(4)");
    row("self-developed above class1", {QStringLiteral("innovation.ip.class1_self_developed=5"),
                                        QStringLiteral("innovation.ip.class1_high_value=2")},
        {QStringLiteral("innovation.ip.class1_self_developed"), QStringLiteral("innovation.ip.class1")}, "(5)");
    row("high value above class1, no self-developed",
        {QStringLiteral("innovation.ip.class1_self_developed=-"), QStringLiteral("innovation.ip.class1_high_value=5")},
        {QStringLiteral("innovation.ip.class1_high_value"), QStringLiteral("innovation.ip.class1")}, "(5)");
    row("applied above class1", {QStringLiteral("innovation.ip.class1_applied=5")},
        {QStringLiteral("innovation.ip.class1_applied"), QStringLiteral("innovation.ip.class1")}, "(5)");
}

void TestProfileJson::inconsistentStoredAndFlagged()
{
    QFETCH(QStringList, patches);
    QFETCH(QStringList, keys);
    QFETCH(QString, message);
    const ImportResult r = ProfileJson::parse(bytesOf(patched(fullObject(), patches)), kToday);
    QVERIFY2(r.profile.has_value(), qPrintable(describe(r.errors)));
    QVERIFY(ProfileJson::validate(*r.profile, kToday).isEmpty()); // nothing to refuse
    const QList<Inconsistency> found = ProfileJson::inconsistencies(*r.profile, QStringLiteral("en"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).keys, keys);
    QVERIFY2(found.at(0).message.contains(message), qPrintable(found.at(0).message));
    // Labels, never the names of the file.
    for (const QString &key : keys)
        QVERIFY2(!found.at(0).message.contains(key.section(u'.', -1)), qPrintable(found.at(0).message));
    // The engine's view: both fields, with their year.
    QCOMPARE(ProfileJson::inconsistentFields(*r.profile).size(), 2);
    // In 简体 the labels are those of the form.
    const QString zh = ProfileJson::inconsistencies(*r.profile, QStringLiteral("zh_CN")).at(0).message;
    QVERIFY2(!zh.contains(QLatin1String("Employees")) && !zh.contains(QLatin1String("revenue")), qPrintable(zh));
}

void TestProfileJson::rejected_data()
{
    QTest::addColumn<QStringList>("patches");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason"); // a part of the reason

    const auto row = [](const char *name, QStringList patches, const char *path, const char *value,
                        const char *reason) {
        QTest::newRow(name) << patches << QString::fromUtf8(path) << QString::fromUtf8(value)
                            << QString::fromUtf8(reason);
    };
    const auto set = [](const char *patch) { return QStringList{QString::fromUtf8(patch)}; };

    // Negative money other than net_profit.
    row("negative rd_expense", set("years[1].rd_expense=-5"), "years[1].rd_expense", "-5",
        "negative");
    row("negative operating_revenue", set("years[0].operating_revenue=-0.0001"),
        "years[0].operating_revenue", "-0.0001", "negative");
    row("negative main_business_revenue", set("years[0].main_business_revenue=-1"),
        "years[0].main_business_revenue", "-1", "negative");
    row("negative cost_expense_total", set("years[2].cost_expense_total=-7400"),
        "years[2].cost_expense_total", "-7400", "negative");
    row("negative total_assets", set("years[2].total_assets=-1.5"), "years[2].total_assets", "-1.5",
        "negative");
    row("negative total_liabilities", set("years[2].total_liabilities=-1"),
        "years[2].total_liabilities", "-1", "negative");
    row("negative equity_financing", set("years[2].equity_financing=-100"),
        "years[2].equity_financing", "-100", "negative");

    // Counts.
    row("negative IP count", set("innovation.ip.class2=-1"), "innovation.ip.class2", "-1",
        "negative");
    row("fractional IP count", set("innovation.ip.class1=4.5"), "innovation.ip.class1", "4.5",
        "whole number");
    row("IP count as string", set("innovation.ip.class1=\"4\""), "innovation.ip.class1", "\"4\"",
        "number");
    row("negative employees", set("years[0].employees=-1"), "years[0].employees", "-1", "negative");
    row("fractional employees", set("years[0].employees=140.5"), "years[0].employees", "140.5",
        "whole number");
    row("fractional rd_staff", set("years[0].rd_staff=2.5"), "years[0].rd_staff", "2.5",
        "whole number");
    row("negative tech_staff", set("years[0].tech_staff=-3"), "years[0].tech_staff", "-3",
        "negative");
    row("award rank 0", set("innovation.sci_tech_awards[0].rank=0"),
        "innovation.sci_tech_awards[0].rank", "0", "at least 1");
    row("fractional award rank", set("innovation.sci_tech_awards[0].rank=1.5"),
        "innovation.sci_tech_awards[0].rank", "1.5", "whole number");
    row("domestic_rank 0", set("specialization.domestic_rank=0"), "specialization.domestic_rank",
        "0", "at least 1");
    row("negative domestic_rank", set("specialization.domestic_rank=-2"),
        "specialization.domestic_rank", "-2", "at least 1");
    row("huge count", set("years[0].employees=1e300"), "years[0].employees", "1e+300",
        "out of range");

    // Percentages, levels, scores.
    row("national share above 100", set("specialization.national_market_share_pct=100.0001"),
        "specialization.national_market_share_pct", "100.0001", "between 0 and 100");
    row("international share negative", set("specialization.international_market_share_pct=-1"),
        "specialization.international_market_share_pct", "-1", "between 0 and 100");
    row("share with 5 decimals", set("specialization.national_market_share_pct=12.50001"),
        "specialization.national_market_share_pct", "12.50001", "4 decimals");
    row("digital level 0", set("refinement.digital_level=0"), "refinement.digital_level", "0",
        "between 1 and 4");
    row("digital level 5", set("refinement.digital_level=5"), "refinement.digital_level", "5",
        "between 1 and 4");
    row("digital level 2.5", set("refinement.digital_level=2.5"), "refinement.digital_level", "2.5",
        "whole number");
    row("local score 15.0001", set("local_feature_score=15.0001"), "local_feature_score", "15.0001",
        "between 0 and 15");
    row("local score negative", set("local_feature_score=-1"), "local_feature_score", "-1",
        "between 0 and 15");
    row("development score above 100", set("specialization.development_scores[1].score=100.5"),
        "specialization.development_scores[1].score", "100.5", "between 0 and 100");
    row("development score negative", set("specialization.development_scores[0].score=-1"),
        "specialization.development_scores[0].score", "-1", "between 0 and 100");

    // Credit code.
    row("credit code check digit", set("company.credit_code=\"91620100MA72XXXXXA\""),
        "company.credit_code", "\"91620100MA72XXXXXA\"", "expected B");
    row("credit code length", set("company.credit_code=\"91620100MA72XXXXX\""),
        "company.credit_code", "\"91620100MA72XXXXX\"", "18 characters");
    row("credit code lowercase", set("company.credit_code=\"91620100ma72XXXXXB\""),
        "company.credit_code", "\"91620100ma72XXXXXB\"", "capitals");
    row("credit code letter O", set("company.credit_code=\"91620100MO72XXXXXB\""),
        "company.credit_code", "\"91620100MO72XXXXXB\"", "capitals");
    row("credit code number", set("company.credit_code=916201"), "company.credit_code", "916201",
        "string");

    // Dates.
    row("assessment_date in the future", set("assessment_date=\"2026-11-24\""), "assessment_date",
        "\"2026-11-24\"", "future");
    row("established in the future", set("company.established=\"2027-01-01\""),
        "company.established", "\"2027-01-01\"", "future");
    row("niche_since not real", set("company.niche_since=\"2023-02-30\""), "company.niche_since",
        "\"2023-02-30\"", "not a real date");
    row("granted not real", set("company.recognitions[0].granted=\"2023-13-01\""),
        "company.recognitions[0].granted", "\"2023-13-01\"", "not a real date");
    row("granted in the future", set("company.recognitions[1].granted=\"2026-12-01\""),
        "company.recognitions[1].granted", "\"2026-12-01\"", "future");
    row("not a leap year", set("company.established=\"2015-02-29\""), "company.established",
        "\"2015-02-29\"", "not a real date");
    row("date with slashes", set("company.established=\"2015/03/01\""), "company.established",
        "\"2015/03/01\"", "YYYY-MM-DD");
    row("date without padding", set("company.established=\"2015-3-1\""), "company.established",
        "\"2015-3-1\"", "YYYY-MM-DD");
    row("date with time", set("assessment_date=\"2026-11-22T10:00:00\""), "assessment_date",
        "\"2026-11-22T10:00:00\"", "YYYY-MM-DD");
    row("date as number", set("company.established=20150301"), "company.established", "20150301",
        "string");

    // Years.
    row("year listed twice", set("years[2].year=2023"), "years[2].year", "2023", "years[0]");
    row("year as string", set("years[1].year=\"2024\""), "years[1].year", "\"2024\"", "number");
    row("fractional year", set("years[1].year=2024.5"), "years[1].year", "2024.5", "whole number");
    row("year missing", set("years[1].year=-"), "years[1].year", "", "required");
    row("year out of range", set("years[1].year=1800"), "years[1].year", "1800", "between");
    row("year element not an object", set("years[1]=2024"), "years[1]", "2024", "object");
    row("years not a list", set("years={}"), "years", "{}", "list");

    // Unknown keys, at every level.
    row("unknown top-level key", set("asessment_year=2026"), "asessment_year", "2026",
        "unknown key");
    row("unknown key in company", set("company.nmae=\"x\""), "company.nmae", "\"x\"",
        "unknown key");
    row("unknown key in years[0]", set("years[0].rd_expence=300"), "years[0].rd_expence", "300",
        "unknown key");
    row("unknown key in innovation.ip", set("innovation.ip.class3=1"), "innovation.ip.class3", "1",
        "unknown key");
    row("unknown key in recognitions[0]", set("company.recognitions[0].note=\"x\""),
        "company.recognitions[0].note", "\"x\"", "unknown key");
    row("unknown key in attestations", set("company.attestations.no_fraud=true"),
        "company.attestations.no_fraud", "true", "unknown key");
    row("unknown key in development_scores[1]",
        set("specialization.development_scores[1].source=\"platform\""),
        "specialization.development_scores[1].source", "\"platform\"", "unknown key");
    row("unknown key in refinement", set("refinement.digital=2"), "refinement.digital", "2",
        "unknown key");
    row("camelCase key", set("innovation.rdMeasure=\"revenue\""), "innovation.rdMeasure",
        "\"revenue\"", "unknown key");
    row("unknown key with object value", set("extra={\"a\":[1,2]}"), "extra", "{\"a\":[1,2]}",
        "unknown key");

    // Wrong types.
    row("money as string", set("years[0].operating_revenue=\"6200\""), "years[0].operating_revenue",
        "\"6200\"", "number");
    row("bool as string", set("refinement.own_brand=\"yes\""), "refinement.own_brand", "\"yes\"",
        "true or false");
    row("bool as number", set("specialization.renewal=0"), "specialization.renewal", "0",
        "true or false");
    row("name as number", set("company.name=5"), "company.name", "5", "string");
    row("list as string", set("innovation.honors=\"high_tech_enterprise\""), "innovation.honors",
        "\"high_tech_enterprise\"", "list");
    row("object as list", set("refinement=[]"), "refinement", "[]", "object");
    row("list element wrong type", set("specialization.field[1]=3"), "specialization.field[1]", "3",
        "string");
    row("list element null", set("innovation.honors[0]=null"), "innovation.honors[0]", "null",
        "string");
    row("award element not object", set("innovation.sci_tech_awards[0]=\"provincial\""),
        "innovation.sci_tech_awards[0]", "\"provincial\"", "object");
    row("score as string", set("specialization.development_scores[0].score=\"58\""),
        "specialization.development_scores[0].score", "\"58\"", "number");

    // Vocabularies.
    row("bad tier", set("company.recognitions[0].tier=\"giant\""), "company.recognitions[0].tier",
        "\"giant\"", "little_giant");
    row("bad rd_institution", set("innovation.rd_institution=\"county\""),
        "innovation.rd_institution", "\"county\"", "below_city");
    row("bad award level", set("innovation.sci_tech_awards[0].level=\"city\""),
        "innovation.sci_tech_awards[0].level", "\"city\"", "not one of");
    row("bad honor", set("innovation.honors[1]=\"famous\""), "innovation.honors[1]", "\"famous\"",
        "ip_demo");
    row("bad chuangke group", set("innovation.chuangke_china[0].group=\"top100\""),
        "innovation.chuangke_china[0].group", "\"top100\"", "top50");
    row("bad standard level", set("innovation.standards_led[0].level=\"local\""),
        "innovation.standards_led[0].level", "\"local\"", "international");
    row("bad rd_measure", set("innovation.rd_measure=\"profit\""), "innovation.rd_measure",
        "\"profit\"", "not one of");
    row("bad quality_award", set("refinement.quality_award=\"city\""), "refinement.quality_award",
        "\"city\"", "not one of");
    row("bad field", set("specialization.field[0]=\"Strategic_Emerging\""),
        "specialization.field[0]", "\"Strategic_Emerging\"", "strategic_emerging");

    // Money precision and magnitude.
    row("money with 5 decimals", set("years[0].rd_expense=300.12345"), "years[0].rd_expense",
        "300.12345", "4 decimals");
    row("money 0.1+0.2", set("years[0].rd_expense=0.30000000000000004"), "years[0].rd_expense",
        "0.30000000000000004", "4 decimals");
    row("money too large", set("years[0].total_assets=1e15"), "years[0].total_assets",
        "1000000000000000", "out of range");
    row("money above ten billion wan", set("years[0].total_assets=10000000000.0001"),
        "years[0].total_assets", "10000000000.0001", "out of range");
    row("net_profit below minus ten billion wan", set("years[0].net_profit=-1e11"),
        "years[0].net_profit", "-100000000000", "out of range");
    row("money just too large", set("years[0].total_assets=100000000000000.1"),
        "years[0].total_assets", "100000000000000.1", "out of range");

    // Region and industry.
    row("region too short", set("company.region=\"6201\""), "company.region", "\"6201\"",
        "six-digit");
    row("region with letter", set("company.region=\"62010a\""), "company.region", "\"62010a\"",
        "six-digit");
    row("region as number", set("company.region=620100"), "company.region", "620100", "string");
    row("industry lowercase", set("company.industry=\"c34\""), "company.industry", "\"c34\"",
        "C34");
    row("industry one digit", set("company.industry=\"C3\""), "company.industry", "\"C3\"", "C34");
    row("industry section U", set("company.industry=\"U34\""), "company.industry", "\"U34\"",
        "C34");
    row("industry too long", set("company.industry=\"C3456\""), "company.industry", "\"C3456\"",
        "C34");

    // The required members and the format.
    row("format other", set("format=\"srdi-profile/2\""), "format", "\"srdi-profile/2\"",
        "srdi-profile/1");
    row("format missing", set("format=-"), "format", "", "required");
    row("assessment_year missing", set("assessment_year=-"), "assessment_year", "", "required");
    row("assessment_year string", set("assessment_year=\"2026\""), "assessment_year", "\"2026\"",
        "number");
    row("assessment_year out of range", set("assessment_year=1999"), "assessment_year", "1999",
        "between 2000 and 2100");
    row("name missing", set("company.name=-"), "company.name", "", "required");
    row("name empty", set("company.name=\"\""), "company.name", "", "required");
    row("name blank", set("company.name=\"  \""), "company.name", "\"  \"", "required");
    row("company missing", set("company=-"), "company.name", "", "required");
    row("tier missing", set("company.recognitions[0].tier=-"), "company.recognitions[0].tier", "",
        "required");
    row("granted missing", set("company.recognitions[0].granted=-"),
        "company.recognitions[0].granted", "", "required");
}

void TestProfileJson::rejected()
{
    QFETCH(QStringList, patches);
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, reason);

    const QJsonObject object = patched(fullObject(), patches);
    // Both entry points: the parsed object and the bytes of a file.
    const ImportResult viaObject = ProfileJson::fromJson(object, kToday);
    const ImportResult r = ProfileJson::parse(bytesOf(object), kToday);
    QCOMPARE(pathsOf(r.errors), pathsOf(viaObject.errors));

    QVERIFY(!r.profile.has_value());
    QVERIFY2(r.errors.size() == 1, qPrintable(describe(r.errors)));
    const ValidationError *e = findError(r.errors, path);
    QVERIFY2(e, qPrintable(describe(r.errors)));
    QCOMPARE(e->value, value);
    QVERIFY2(e->reason.contains(reason), qPrintable(e->reason));
    const QString message = e->message();
    QVERIFY2(message.startsWith(path), qPrintable(message));
    QVERIFY2(message.contains(value), qPrintable(message));
    QVERIFY2(message.contains(e->reason), qPrintable(message));
}

void TestProfileJson::allErrorsCollected()
{
    const ImportResult r = ProfileJson::parse(
        readFixture(QStringLiteral("profiles-bad/many-errors.srdi.json")), kToday);
    QVERIFY(!r.profile.has_value());
    // Every problem, in the order of the spec.
    QCOMPARE(
        pathsOf(r.errors),
        (QStringList{QStringLiteral("assessment_date"), QStringLiteral("company.credit_code"),
                     QStringLiteral("company.established"),
                     QStringLiteral("years[0].rd_expense"),
                     QStringLiteral("refinement.digital_level"),
                     QStringLiteral("specialization.national_market_share_pct"),
                     QStringLiteral("local_feature_score")}));
    QCOMPARE(r.errors.at(3).message(),
             QStringLiteral("years[0].rd_expense = -5: money may not be negative"));
    // Figures that only contradict each other (主营 120 > 营业收入 100, 研发人员
    // above 职工总数) are no refusal: see inconsistentStoredAndFlagged.
}

void TestProfileJson::unknownKeysNested()
{
    const ImportResult r = ProfileJson::parse(
        readFixture(QStringLiteral("profiles-bad/unknown-keys.srdi.json")), kToday);
    QVERIFY(!r.profile.has_value());
    QCOMPARE(pathsOf(r.errors), (QStringList{QStringLiteral("years[0].rd_expence"),
                                             QStringLiteral("innovation.ip.class3")}));
    QCOMPARE(r.errors.at(0).message(), QStringLiteral("years[0].rd_expence = 300: unknown key"));
    QCOMPARE(r.errors.at(1).message(), QStringLiteral("innovation.ip.class3 = 1: unknown key"));
}

void TestProfileJson::duplicateYear()
{
    const ImportResult r = ProfileJson::parse(
        readFixture(QStringLiteral("profiles-bad/duplicate-year.srdi.json")), kToday);
    QVERIFY(!r.profile.has_value());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.at(0).path, QStringLiteral("years[2].year"));
    QCOMPARE(r.errors.at(0).value, QStringLiteral("2024"));
    QVERIFY(r.errors.at(0).reason.contains(QStringLiteral("years[0]")));
}

// Years are stored sorted; errors still name the element as the file lists it.
void TestProfileJson::yearsSortedPathsFromFile()
{
    const QByteArray file = R"({
        "format": "srdi-profile/1", "assessment_year": 2026, "company": {"name": "X"},
        "years": [ {"year": 2025, "rd_expense": 3}, {"year": 2023}, {"year": 2024} ]
    })";
    const ImportResult ok = ProfileJson::parse(file, kToday);
    QVERIFY2(ok.profile.has_value(), qPrintable(describe(ok.errors)));
    QCOMPARE(ok.profile->years.size(), 3);
    QCOMPARE(ok.profile->years.at(0).year, 2023);
    QCOMPARE(ok.profile->years.at(1).year, 2024);
    QCOMPARE(ok.profile->years.at(2).year, 2025);
    QCOMPARE(ok.profile->years.at(2).rdExpense, Yuan(30000));

    QByteArray bad = file;
    bad.replace("\"rd_expense\": 3", "\"rd_expense\": -3");
    bad.replace("{\"year\": 2023}", "{\"year\": 2023, \"employees\": 5, \"rd_staff\": -6}");
    const ImportResult r = ProfileJson::parse(bad, kToday);
    QVERIFY(!r.profile.has_value());
    QCOMPARE(pathsOf(r.errors), (QStringList{QStringLiteral("years[0].rd_expense"),
                                             QStringLiteral("years[1].rd_staff")}));
}

void TestProfileJson::badFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");

    QTest::newRow("not UTF-8") << QStringLiteral("not-utf8.srdi.json") << QString()
                               << QStringLiteral("UTF-8");
    QTest::newRow("top level array") << QStringLiteral("top-level-array.srdi.json") << QString()
                                     << QStringLiteral("JSON object");
    QTest::newRow("too deep") << QStringLiteral("too-deep.srdi.json") << QString()
                              << QStringLiteral("deeper than 16");
    QTest::newRow("not JSON") << QStringLiteral("not-json.srdi.json") << QString()
                              << QStringLiteral("not valid JSON");
    QTest::newRow("wrong format") << QStringLiteral("wrong-format.srdi.json")
                                  << QStringLiteral("format") << QStringLiteral("srdi-profile/1");
}

void TestProfileJson::badFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, reason);
    const ImportResult r =
        ProfileJson::parse(readFixture(QStringLiteral("profiles-bad/") + file), kToday);
    QVERIFY(!r.profile.has_value());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.at(0).path, path);
    QVERIFY2(r.errors.at(0).reason.contains(reason), qPrintable(r.errors.at(0).reason));
    QVERIFY(!r.errors.at(0).message().isEmpty());
}

void TestProfileJson::tooLarge()
{
    QByteArray big = readFixture(QStringLiteral("minimal.srdi.json"));
    big.append(QByteArray(ProfileJson::kMaxFileBytes, ' '));
    const ImportResult r = ProfileJson::parse(big, kToday);
    QVERIFY(!r.profile.has_value());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.at(0).path, QString());
    QVERIFY(r.errors.at(0).reason.contains(QStringLiteral("larger")));

    // Exactly at the limit is still read.
    QByteArray atLimit = readFixture(QStringLiteral("minimal.srdi.json"));
    atLimit.append(QByteArray(ProfileJson::kMaxFileBytes - atLimit.size(), ' '));
    QVERIFY(ProfileJson::parse(atLimit, kToday).profile.has_value());
}

void TestProfileJson::depthLimit()
{
    // The top object is level 1; honors adds level 2.
    const auto file = [](int extra, const QByteArray &name) {
        return QByteArray(R"({"format": "srdi-profile/1", "assessment_year": 2026, "company":
                          {"name": ")") +
               name + "\"}, \"innovation\": {\"honors\": " + QByteArray(extra, '[') +
               QByteArray(extra, ']') + "}}";
    };
    // 16 levels: passes the depth check, then fails as a wrong element type.
    ImportResult r = ProfileJson::parse(file(14, "X"), kToday);
    QVERIFY(!r.profile.has_value());
    QCOMPARE(r.errors.at(0).path, QStringLiteral("innovation.honors[0]"));
    // 17 levels: refused before parsing.
    r = ProfileJson::parse(file(15, "X"), kToday);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.at(0).path, QString());
    QVERIFY(r.errors.at(0).reason.contains(QStringLiteral("deeper")));
    // Brackets and escaped quotes inside strings do not count.
    r = ProfileJson::parse(file(1, QByteArray(40, '[') + "\\\"{{{{{{{{{{{{{{{{{{{{"), kToday);
    QVERIFY2(r.profile.has_value(), qPrintable(describe(r.errors)));
    QCOMPARE(r.profile->company.name, QString(QString(40, u'[') + u'"' + QString(20, u'{')));
}

void TestProfileJson::byteOrderMark()
{
    // Windows editors put a BOM before UTF-8 text; it is still UTF-8 JSON.
    const QByteArray file = "\xEF\xBB\xBF" + readFixture(QStringLiteral("minimal.srdi.json"));
    const ImportResult r = ProfileJson::parse(file, kToday);
    QVERIFY2(r.profile.has_value(), qPrintable(describe(r.errors)));

    // Truncated multi-byte sequence and an encoded surrogate are not UTF-8.
    for (const QByteArray &bad :
         {QByteArray("{\"a\": \"\xE5\xB0\"}"), QByteArray("{\"a\": \"\xED\xA0\x80\"}"),
          QByteArray("{\"a\": 1}\xE5")}) {
        const ImportResult e = ProfileJson::parse(bad, kToday);
        QCOMPARE(e.errors.size(), 1);
        QVERIFY(e.errors.at(0).reason.contains(QStringLiteral("UTF-8")));
    }
}

void TestProfileJson::message()
{
    const ValidationError withValue{QStringLiteral("years[1].rd_expense"), QStringLiteral("-5"),
                                    QStringLiteral("money may not be negative")};
    QCOMPARE(withValue.message(),
             QStringLiteral("years[1].rd_expense = -5: money may not be negative"));
    const ValidationError noValue{QStringLiteral("company.name"), QString(),
                                  QStringLiteral("required")};
    QCOMPARE(noValue.message(), QStringLiteral("company.name: required"));
    const ValidationError file{QString(), QString(), QStringLiteral("the file is not UTF-8 text")};
    QCOMPARE(file.message(), QStringLiteral("the file is not UTF-8 text"));
}

void TestProfileJson::validateInMemory()
{
    const ImportResult r =
        ProfileJson::parse(readFixture(QStringLiteral("full.srdi.json")), kToday);
    QVERIFY(r.profile.has_value());
    QVERIFY(ProfileJson::validate(*r.profile, kToday).isEmpty());

    Profile p = *r.profile;
    p.years[1].rdExpense = -50000;
    p.years[2].techStaff = -1;
    p.company.creditCode = QStringLiteral("91620100MA72XXXXXC");
    p.refinement.digitalLevel = 0;
    p.company.recognitions->append({QStringLiteral("little_giant"), QDate(2027, 1, 1)});
    const QList<ValidationError> errors = ProfileJson::validate(p, kToday);
    QCOMPARE(pathsOf(errors), (QStringList{QStringLiteral("company.credit_code"),
                                           QStringLiteral("company.recognitions[2].granted"),
                                           QStringLiteral("years[1].rd_expense"),
                                           QStringLiteral("years[2].tech_staff"),
                                           QStringLiteral("refinement.digital_level")}));
    QCOMPARE(errors.at(2).message(),
             QStringLiteral("years[1].rd_expense = -5: money may not be negative"));

    // An empty profile: the two required members.
    const QList<ValidationError> empty = ProfileJson::validate(Profile(), kToday);
    QCOMPARE(pathsOf(empty),
             (QStringList{QStringLiteral("assessment_year"), QStringLiteral("company.name")}));

    // A year held twice, made in memory.
    Profile twice = *r.profile;
    twice.years.append(twice.years.at(0));
    const QList<ValidationError> dup = ProfileJson::validate(twice, kToday);
    QCOMPARE(pathsOf(dup), QStringList{QStringLiteral("years[3].year")});
}

void TestProfileJson::validateMatchesImport_data()
{
    QTest::addColumn<QStringList>("patches");
    QTest::newRow("many") << QStringList{
        QStringLiteral("years[0].rd_expense=-5"),
        QStringLiteral("years[2].main_business_revenue=9000"),
        QStringLiteral("innovation.ip.class1_applied=9"),
        QStringLiteral("innovation.honors[0]=\"x\""),
        QStringLiteral("specialization.development_scores[1].score=101"),
        QStringLiteral("company.region=\"1\""),
        QStringLiteral("local_feature_score=20"),
        QStringLiteral("company.recognitions[1].tier=\"y\"")};
    QTest::newRow("ip") << QStringList{QStringLiteral("innovation.ip.class1_high_value=-7"),
                                       QStringLiteral("innovation.ip.class1_self_developed=6")};
}

// The semantic rules live once: an import error list equals validate() on the
// profile read without them.
void TestProfileJson::validateMatchesImport()
{
    QFETCH(QStringList, patches);
    const QJsonObject object = patched(fullObject(), patches);
    const ImportResult r = ProfileJson::fromJson(object, kToday);
    QVERIFY(!r.profile.has_value());
    QVERIFY(!r.errors.isEmpty());

    // The same values entered in memory.
    const ImportResult base = ProfileJson::fromJson(fullObject(), kToday);
    QVERIFY(base.profile.has_value());
    Profile p = *base.profile;
    if (qstrcmp(QTest::currentDataTag(), "ip") == 0) {
        p.innovation.ip.class1HighValue = -7;
        p.innovation.ip.class1SelfDeveloped = 6;
    } else {
        p.years[0].rdExpense = -50000;
        p.years[2].mainBusinessRevenue = 90000000;
        p.innovation.ip.class1Applied = 9;
        (*p.innovation.honors)[0] = QStringLiteral("x");
        (*p.specialization.developmentScores)[1].score = 1010000;
        p.company.region = QStringLiteral("1");
        p.localFeatureScore = 200000;
        (*p.company.recognitions)[1].tier = QStringLiteral("y");
    }
    const QList<ValidationError> fromValidate = ProfileJson::validate(p, kToday);
    QCOMPARE(pathsOf(fromValidate), pathsOf(r.errors));
    for (qsizetype i = 0; i < r.errors.size(); ++i) {
        QCOMPARE(fromValidate.at(i).value, r.errors.at(i).value);
        QCOMPARE(fromValidate.at(i).reason, r.errors.at(i).reason);
    }
}

// Issue 16, findings 12 and 13: names and other free text are one visible
// line of at most 200 characters, every one of them a character.
void TestProfileJson::hostileText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason"); // empty: accepted
    const QString ok;
    QTest::newRow("plain") << QStringLiteral("甲精密部件有限公司") << ok;
    QTest::newRow("200 characters") << QString(200, u'甲') << ok;
    QTest::newRow("200 characters beyond the BMP") << QString::fromUcs4(std::u32string(200, U'\U00020000').c_str()) << ok;
    QTest::newRow("201 characters") << QString(201, u'甲') << QStringLiteral("is 201 characters long; at most 200");
    QTest::newRow("300,000 characters") << QString(300000, u'x') << QStringLiteral("is 300000 characters long");
    QTest::newRow("vertical tab") << QStringLiteral("Beta\vCo") << QStringLiteral("holds a line break (U+000B)");
    QTest::newRow("line feed") << QStringLiteral("Beta\nCo") << QStringLiteral("holds a line break (U+000A)");
    QTest::newRow("line separator") << QStringLiteral("Beta\u2028Co") << QStringLiteral("holds a line break (U+2028)");
    QTest::newRow("NUL") << QString(QStringLiteral("Beta")).append(QChar(0)).append(QStringLiteral("Co"))
                         << QStringLiteral("holds a control character (U+0000)");
    QTest::newRow("tab") << QStringLiteral("Beta\tCo") << QStringLiteral("holds a control character (U+0009)");
    QTest::newRow("C1") << QStringLiteral("Beta\u009BCo") << QStringLiteral("holds a control character (U+009B)");
    QTest::newRow("DEL") << QStringLiteral("Beta\u007FCo") << QStringLiteral("holds a control character (U+007F)");
    QTest::newRow("lone high surrogate") << QString(QStringLiteral("Beta")).append(QChar(0xD800)).append(u'C')
                                         << QStringLiteral("holds a lone surrogate (U+D800)");
    QTest::newRow("lone low surrogate") << QString(QChar(0xDC00)) + QStringLiteral("Co")
                                        << QStringLiteral("holds a lone surrogate (U+DC00)");
    QTest::newRow("zero-width spaces") << QStringLiteral("\u200B\u200B") << QStringLiteral("is blank");
    QTest::newRow("ideographic space and joiner") << QStringLiteral("\u3000\u200D \uFEFF") << QStringLiteral("is blank");
    QTest::newRow("hangul filler") << QStringLiteral("\u3164") << QStringLiteral("is blank");
    QTest::newRow("combining mark alone") << QStringLiteral("\u0301\u034F") << QStringLiteral("is blank");
    QTest::newRow("spaces only") << QStringLiteral("   ") << QStringLiteral("required");
}

void TestProfileJson::hostileText()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    QJsonObject o = QJsonDocument::fromJson(readFixture(QStringLiteral("minimal.srdi.json"))).object();
    QJsonObject company = o.value(QStringLiteral("company")).toObject();
    company.insert(QStringLiteral("name"), name);
    company.insert(QStringLiteral("main_product"), name);
    o.insert(QStringLiteral("company"), company);
    // The file, and the same profile as the window validates it.
    const ImportResult r = ProfileJson::parse(QJsonDocument(o).toJson(), kToday);
    if (reason.isEmpty()) {
        QVERIFY2(r.profile.has_value(), qPrintable(r.errors.isEmpty() ? QString() : r.errors.first().message()));
        QCOMPARE(r.profile->company.name, name);
        return;
    }
    Profile p;
    p.assessmentYear = 2026;
    p.company.name = name;
    p.company.mainProduct = name;
    for (const QList<ValidationError> &errors : {r.errors, ProfileJson::validate(p, kToday)}) {
        QVERIFY(!errors.isEmpty());
        // (in the file, a lone surrogate is found first in main_product, written before name)
        QVERIFY2(errors.first().path == u"company.name" || errors.first().path == u"company.main_product",
                 qPrintable(errors.first().path));
        const bool escape = errors.first().message().contains(QStringLiteral("escape names half")); // the file's \\u escape
        QVERIFY2(errors.first().message().contains(reason) || escape, qPrintable(errors.first().message()));
        QVERIFY(errors.first().message().size() < 200); // the value is not repeated whole
    }
    if (reason != u"required" && !name.contains(u'\n')) {
        QCOMPARE(ProfileJson::validate(p, kToday).size(), 2);
        QCOMPARE(ProfileJson::validate(p, kToday).at(1).path, QStringLiteral("company.main_product"));
    }
}

void TestProfileJson::duplicateKeysAndLoneSurrogates_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"({"format":"srdi-profile/1","assessment_year":2026,)";
    QTest::newRow("duplicate top key") << head + R"("company":{"name":"A"},"assessment_year":2025})"
                                       << QStringLiteral("assessment_year: the key is there twice");
    QTest::newRow("duplicate nested key") << head + R"("company":{"name":"A","name":"B"}})"
                                          << QStringLiteral("company.name: the key is there twice");
    QTest::newRow("duplicate key in a list element")
        << head + R"("company":{"name":"A"},"years":[{"year":2024},{"year":2025,"rd_expense":1,"rd_expense":2}]})"
        << QStringLiteral("years[1].rd_expense: the key is there twice");
    QTest::newRow("escaped spelling of the same key") << head + R"("company":{"name":"A","n\u0061me":"B"}})"
                                                      << QStringLiteral("company.name: the key is there twice");
    QTest::newRow("lone surrogate eats the next character") << head + R"("company":{"name":"Beta\ud800Co"}})"
                                                            << QStringLiteral("company.name: a \\u escape names half");
    QTest::newRow("lone low surrogate") << head + R"("company":{"name":"\udc00Co"}})"
                                        << QStringLiteral("company.name: a \\u escape names half");
    QTest::newRow("lone surrogate in a list") << head + R"("company":{"name":"A"},"x":[{},"ok","A\ud800"]})"
                                              << QStringLiteral("x[2]: a \\u escape names half");
    QTest::newRow("quotes and brackets inside a value")
        << head + R"("company":{"name":"A\"}{[,","main_product":"]","name":"B"}})"
        << QStringLiteral("company.name: the key is there twice");
    QTest::newRow("Chinese key twice") << head + R"("company":{"name":"A"},"企业":{"名称":1,"名称":2}})"
                                       << QString::fromUtf8("企业.名称: the key is there twice");
}

void TestProfileJson::duplicateKeysAndLoneSurrogates()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const ImportResult r = ProfileJson::parse(json, kToday);
    QVERIFY(!r.profile);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.first().message().startsWith(message), qPrintable(r.errors.first().message()));
    // A proper pair is one character, kept.
    const ImportResult pair = ProfileJson::parse(
        R"({"format":"srdi-profile/1","assessment_year":2026,"company":{"name":"\ud840\udc00 Co"}})", kToday);
    QVERIFY(pair.profile.has_value());
    QCOMPARE(pair.profile->company.name, QString::fromUcs4(U"\U00020000 Co"));
}

void TestProfileJson::printable()
{
    QCOMPARE(ProfileJson::printable(QStringLiteral("a\vb\u0085c")), QStringLiteral("a\uFFFDb\uFFFDc"));
    QCOMPARE(ProfileJson::printable(QString(QChar(0xD800)) + u'x'), QStringLiteral("\uFFFDx"));
    QCOMPARE(ProfileJson::printable(QString::fromUcs4(U"\U00020000")), QString::fromUcs4(U"\U00020000"));
}

QTEST_GUILESS_MAIN(TestProfileJson)
#include "test_profilejson.moc"
