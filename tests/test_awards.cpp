// SPDX-License-Identifier: GPL-3.0-or-later
// The awards catalogue: built-in files load clean, a region's awards reach its
// cities and districts, each award gets its status against the assessment
// (eligible, next tier, not applicable, expired), first-recognition awards
// skip a title already held, top-up awards count once, and a broken file is
// refused with its name and the place of the problem.

#include "awards/AwardCatalog.h"
#include "io/ProfileJson.h"
#include "model/Catalogs.h"
#include "rules/AssessmentJson.h"
#include "rules/AssessmentText.h"
#include "rules/Evaluator.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace srdi;
using awards::AwardCatalog;
using awards::AwardMatch;
using awards::AwardReport;
using awards::Status;

namespace {

constexpr Yuan kWan = 10000;

// A Lanzhou (620100) manufacturer that meets 专精特新 under the 2022 rules on
// 2026-03-15 and holds no title: the golden case worked out by hand.
Profile lanzhouSpecialized()
{
    QFile f(QStringLiteral(SRDI_SOURCE_DIR "/tests/golden/score-at-line-2022/input.srdi.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const ImportResult r = ProfileJson::parse(f.readAll(), QDate(2026, 11, 23));
    return r.profile.value_or(Profile());
}

rules::Assessment assess(const Profile &p)
{
    return rules::Evaluator::evaluate(p, rules::RulePacks::instance().pack(QStringLiteral("2022")), QDate(2026, 11, 23));
}

const AwardCatalog &builtin()
{
    static AwardCatalog catalog;
    static const QStringList problems = catalog.load(QStringLiteral("/nonexistent"));
    Q_UNUSED(problems);
    return catalog;
}

const AwardMatch *find(const AwardReport &r, const QString &id)
{
    for (const AwardMatch &m : r.awards) {
        if (m.award->id == id)
            return &m;
    }
    return nullptr;
}

QStringList ids(const QList<AwardMatch> &list)
{
    QStringList out;
    for (const AwardMatch &m : list)
        out.append(m.award->id);
    return out;
}

QJsonObject jsonAward(const QJsonArray &list, const QString &id)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

QByteArray regionFile(const QString &region, const QJsonArray &awards)
{
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("srdi-awards/1")},
                           {QStringLiteral("region"), region},
                           {QStringLiteral("region_name"),
                            QJsonObject{{QStringLiteral("zh_CN"), QStringLiteral("测试")}, {QStringLiteral("en"), QStringLiteral("Test")}}},
                           {QStringLiteral("awards"), awards}};
    return QJsonDocument(root).toJson();
}

QJsonObject awardRow(const QString &id, const QString &tier, const QJsonValue &amount, const QString &stacking)
{
    const QJsonObject text{{QStringLiteral("zh_CN"), QStringLiteral("奖励")}, {QStringLiteral("en"), QStringLiteral("Award")}};
    return {{QStringLiteral("id"), id},
            {QStringLiteral("tier"), tier},
            {QStringLiteral("trigger"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("name"), text},
            {QStringLiteral("amount_wan"), amount},
            {QStringLiteral("up_to"), false},
            {QStringLiteral("first_recognition_only"), false},
            {QStringLiteral("conditions"), text},
            {QStringLiteral("document"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("title"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("issuer"), QStringLiteral("测试")},
            {QStringLiteral("issued"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("valid_from"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("valid_until"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("verified"), false},
            {QStringLiteral("stacking"), stacking},
            {QStringLiteral("source"), QStringLiteral("test")}};
}

} // namespace

class TestAwards : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(rules::RulePacks::instance().load(QStringLiteral("/nonexistent")).isEmpty());
        const Profile p = lanzhouSpecialized();
        QCOMPARE(p.company.region.value_or(QString()), QStringLiteral("620100"));
        QCOMPARE(assess(p).highestTier, QStringLiteral("specialized"));
    }

    void builtinCatalogueLoadsClean()
    {
        AwardCatalog catalog;
        const QStringList problems = catalog.load(QStringLiteral("/nonexistent"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Every province-level region has a file: awards, or the month it
        // was searched and what was searched without finding one.
        const QStringList provinces = {QStringLiteral("110000"), QStringLiteral("120000"), QStringLiteral("130000"), QStringLiteral("140000"), QStringLiteral("150000"), QStringLiteral("210000"), QStringLiteral("220000"), QStringLiteral("230000"),
                                       QStringLiteral("310000"), QStringLiteral("320000"), QStringLiteral("330000"), QStringLiteral("340000"), QStringLiteral("350000"), QStringLiteral("360000"), QStringLiteral("370000"), QStringLiteral("410000"),
                                       QStringLiteral("420000"), QStringLiteral("430000"), QStringLiteral("440000"), QStringLiteral("450000"), QStringLiteral("460000"), QStringLiteral("500000"), QStringLiteral("510000"), QStringLiteral("520000"),
                                       QStringLiteral("530000"), QStringLiteral("540000"), QStringLiteral("610000"), QStringLiteral("620000"), QStringLiteral("630000"), QStringLiteral("640000"), QStringLiteral("650000")};
        QCOMPARE(provinces.size(), 31);
        for (const QString &code : provinces) {
            const awards::RegionAwards *r = catalog.region(code);
            QVERIFY2(r, qPrintable(code + QStringLiteral(" has no file")));
            if (r->awards.empty()) {
                QVERIFY2(r->searched == u"2026-12", qPrintable(code));
                QVERIFY2(!r->notFound.zhCN.isEmpty() && !r->notFound.en.isEmpty(), qPrintable(code));
            }
        }
        // Every file in data/awards is compiled in, and its region is listed
        // in the region catalog (a typo would reach no company).
        const QStringList files = QDir(QStringLiteral(SRDI_DATA_DIR "/awards")).entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() >= 31 + 1 + 7);
        for (const QString &file : files) {
            const QString code = file.section(u'.', 0, 0);
            QVERIFY2(catalog.region(code), qPrintable(file + QStringLiteral(" is not compiled in")));
            QVERIFY2(code == u"000000" || RegionCatalog::instance().find(code), qPrintable(file + QStringLiteral(": region not in the catalog")));
        }
        for (const auto &a : catalog.all()) {
            // Verified means read in the issuer's own text: a seed we hold, or
            // the government's own page; never a reprint.
            if (a->verified)
                QVERIFY2(a->source.startsWith(QStringLiteral("seed ")) || a->url.contains(QStringLiteral(".gov.cn/")), qPrintable(a->id));
            // Every row says where it was read.
            QVERIFY2(!a->source.isEmpty(), qPrintable(a->id));
            QVERIFY2(a->amount || !a->rate.zhCN.isEmpty() || a->conditions.zhCN.contains(QStringLiteral("未载明")),
                     qPrintable(a->id + QStringLiteral(": no amount, no rate, and the conditions do not say why")));
        }
    }

    void regionsReachCitiesAndDistricts()
    {
        QCOMPARE(AwardCatalog::regionsFor(QStringLiteral("620100")),
                 (QStringList{QStringLiteral("000000"), QStringLiteral("620000"), QStringLiteral("620100")}));
        QCOMPARE(AwardCatalog::regionsFor(QStringLiteral("330106")),
                 (QStringList{QStringLiteral("000000"), QStringLiteral("330000"), QStringLiteral("330100"), QStringLiteral("330106")}));
        // A municipality's district sits under the province: no city between.
        QCOMPARE(AwardCatalog::regionsFor(QStringLiteral("310101")),
                 (QStringList{QStringLiteral("000000"), QStringLiteral("310000"), QStringLiteral("310101")}));
        QCOMPARE(AwardCatalog::regionsFor(QStringLiteral("330110")),
                 (QStringList{QStringLiteral("000000"), QStringLiteral("330000"), QStringLiteral("330100"), QStringLiteral("330110")}));
        // A county directly under a province: no city either.
        QCOMPARE(AwardCatalog::regionsFor(QStringLiteral("429004")),
                 (QStringList{QStringLiteral("000000"), QStringLiteral("420000"), QStringLiteral("429004")}));
        // A code the catalog does not list reaches its city by its digits.
        QCOMPARE(AwardCatalog::regionsFor(QStringLiteral("330199")),
                 (QStringList{QStringLiteral("000000"), QStringLiteral("330000"), QStringLiteral("330100"), QStringLiteral("330199")}));
        QCOMPARE(AwardCatalog::regionsFor(QStringLiteral("500000")), (QStringList{QStringLiteral("000000"), QStringLiteral("500000")}));
        QCOMPARE(AwardCatalog::regionsFor(QString()), QStringList{QStringLiteral("000000")});
        QCOMPARE(AwardCatalog::regionsFor(QStringLiteral("abc")), QStringList{QStringLiteral("000000")});
    }

    // Done when: a Lanzhou company meeting 专精特新 sees 30万 now and 50万 at
    // 小巨人, each with 甘工信发〔2023〕128号.
    void lanzhouSees30NowAnd50AtLittleGiant()
    {
        const Profile p = lanzhouSpecialized();
        const rules::Assessment a = assess(p);
        const AwardReport r = builtin().match(p, a, a.date);
        const AwardMatch *now = find(r, QStringLiteral("gansu-2023-specialized"));
        QVERIFY(now);
        QCOMPARE(now->status, Status::Eligible);
        QCOMPARE(*now->amount, 30 * kWan);
        QCOMPARE(now->award->document, QStringLiteral("甘工信发〔2023〕128号"));
        const AwardMatch *next = find(r, QStringLiteral("gansu-2023-little-giant"));
        QVERIFY(next);
        QCOMPARE(next->status, Status::NextTier);
        QCOMPARE(*next->amount, 50 * kWan);
        QCOMPARE(next->award->document, QStringLiteral("甘工信发〔2023〕128号"));
        QCOMPARE(r.nowYuan, 30 * kWan);
        QCOMPARE(r.nextTierYuan, 50 * kWan);
        QCOMPARE(ids(r.claimable()), (QStringList{QStringLiteral("gansu-2023-specialized"), QStringLiteral("gansu-2023-little-giant")}));

        // The same through the JSON output, as cli.md shows it.
        const QJsonObject o = rules::AssessmentJson::toJson(a, QStringLiteral("zh_CN"), r);
        const QJsonArray list = o.value(QStringLiteral("awards")).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject j = jsonAward(list, QStringLiteral("gansu-2023-specialized"));
        QCOMPARE(j.value(QStringLiteral("tier")).toString(), QStringLiteral("specialized"));
        QCOMPARE(j.value(QStringLiteral("amount_wan")).toInteger(), 30);
        QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("eligible"));
        QCOMPARE(j.value(QStringLiteral("source")).toString(), QStringLiteral("甘工信发〔2023〕128号"));
        QCOMPARE(j.value(QStringLiteral("region")).toString(), QStringLiteral("620000"));
        QCOMPARE(j.value(QStringLiteral("verified")).toBool(), true);
        QVERIFY(j.value(QStringLiteral("valid_until")).isNull());
        QCOMPARE(j.value(QStringLiteral("name")).toString(), QStringLiteral("首次认定为专精特新中小企业奖励"));
        const QJsonObject k = jsonAward(list, QStringLiteral("gansu-2023-little-giant"));
        QCOMPARE(k.value(QStringLiteral("amount_wan")).toInteger(), 50);
        QCOMPARE(k.value(QStringLiteral("status")).toString(), QStringLiteral("next_tier"));
        QCOMPARE(k.value(QStringLiteral("document")).toString(), QStringLiteral("甘工信发〔2023〕128号"));
        const QJsonObject totals = o.value(QStringLiteral("award_totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("now_wan")).toInteger(), 30);
        QCOMPARE(totals.value(QStringLiteral("next_tier_wan")).toInteger(), 50);
        QVERIFY(!jsonAward(o.value(QStringLiteral("other_awards")).toArray(), QStringLiteral("gansu-2023-guarantee-fee")).isEmpty());

        // 繁體: names and document numbers in the reader's script.
        const QJsonObject tw = rules::AssessmentJson::toJson(a, QStringLiteral("zh_TW"), r);
        const QJsonObject t = jsonAward(tw.value(QStringLiteral("awards")).toArray(), QStringLiteral("gansu-2023-specialized"));
        QCOMPARE(t.value(QStringLiteral("source")).toString(), QStringLiteral("甘工信發〔2023〕128號"));
        QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("首次認定為專精特新中小企業獎勵"));

        // And in the text for people.
        const QString text = rules::AssessmentText::toText(a, QStringLiteral("zh_CN"), r);
        QVERIFY2(text.contains(QStringLiteral("30 万元")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("50 万元")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("甘工信发〔2023〕128号")));
    }

    void cityInheritsProvince()
    {
        // Lanzhou has no file of its own: Gansu's awards reach it, and the nation's.
        const Profile p = lanzhouSpecialized();
        const AwardReport r = builtin().match(p, assess(p), QDate(2026, 3, 15));
        QVERIFY(find(r, QStringLiteral("gansu-2023-little-giant")));
        QVERIFY(find(r, QStringLiteral("national-2024-key-little-giant")));
        QVERIFY(!find(r, QStringLiteral("hangzhou-2022-little-giant")));
        QCOMPARE(r.regions, (QStringList{QStringLiteral("000000"), QStringLiteral("620000"), QStringLiteral("620100")}));
    }

    void nationalAwardEverywhere()
    {
        Profile p = lanzhouSpecialized();
        p.company.region.reset();
        const rules::Assessment a = assess(p);
        const AwardReport r = builtin().match(p, a, a.date);
        QCOMPARE(ids(r.awards), QStringList{QStringLiteral("national-2024-key-little-giant")});
        const AwardMatch &m = r.awards.first();
        // Chosen by the ministries among Little Giants: listed, never promised.
        QCOMPARE(m.status, Status::NotApplicable);
        QCOMPARE(m.reason, QStringLiteral("selection"));
        QCOMPARE(*m.amount, 600 * kWan);
        QVERIFY(!m.award->verified);
        QCOMPARE(r.nowYuan, Yuan(0));
        QCOMPARE(r.nextTierYuan, Yuan(0));
        QVERIFY(rules::AssessmentText::awardsText(r, QStringLiteral("en")).contains(QStringLiteral("national only")));
    }

    void hangzhouDistrictInheritsCityAndProvince()
    {
        Profile p = lanzhouSpecialized();
        p.company.region = QStringLiteral("330106"); // 西湖区, 杭州: no file of its own
        const rules::Assessment a = assess(p);
        const AwardReport r = builtin().match(p, a, a.date);
        QCOMPARE(r.regions, (QStringList{QStringLiteral("000000"), QStringLiteral("330000"), QStringLiteral("330100"), QStringLiteral("330106")}));
        const AwardMatch *specialized = find(r, QStringLiteral("hangzhou-2025-specialized"));
        QVERIFY(specialized);
        QCOMPARE(specialized->status, Status::Eligible);
        QVERIFY(specialized->award->upTo);
        const AwardMatch *giant = find(r, QStringLiteral("hangzhou-2025-little-giant"));
        QVERIFY(giant);
        QCOMPARE(giant->status, Status::NextTier);
        // The 2022 plan's awards were renewed by the 2025-12-28 measures.
        QCOMPARE(find(r, QStringLiteral("hangzhou-2022-little-giant"))->status, Status::Expired);
        QCOMPARE(find(r, QStringLiteral("hangzhou-2022-provincial-specialized"))->status, Status::Expired);
        // Events the profile does not record are listed, not counted.
        const AwardMatch *listing = find(r, QStringLiteral("hangzhou-2022-listing"));
        QVERIFY(listing);
        QCOMPARE(listing->status, Status::NotApplicable);
        QCOMPARE(listing->reason, QStringLiteral("trigger"));
        // Selected support for at most 100 innovative SMEs a year: never counted.
        QCOMPARE(find(r, QStringLiteral("hangzhou-2025-innovative-support"))->reason, QStringLiteral("trigger"));
        const AwardMatch *hidden = find(r, QStringLiteral("hangzhou-2025-hidden-champion"));
        QVERIFY(hidden->award->firstRecognitionOnly);
        QCOMPARE(hidden->reason, QStringLiteral("trigger"));
        QVERIFY(find(r, QStringLiteral("national-2024-key-little-giant")));
        QVERIFY(!find(r, QStringLiteral("gansu-2023-specialized")));
        QVERIFY(!find(r, QStringLiteral("yuhang-2025-little-giant"))); // another district
        QCOMPARE(r.nowYuan, 20 * kWan);
        QCOMPARE(r.nextTierYuan, 100 * kWan);
        // On the day before the measures the 2022 plan still applies.
        const AwardReport before = builtin().match(p, a, QDate(2025, 12, 27));
        QCOMPARE(find(before, QStringLiteral("hangzhou-2022-little-giant"))->status, Status::NextTier);
        QCOMPARE(find(before, QStringLiteral("hangzhou-2025-little-giant"))->reason, QStringLiteral("not_yet_in_force"));
        QCOMPARE(before.nowYuan, 20 * kWan);
        QCOMPARE(before.nextTierYuan, 100 * kWan);
    }

    // Done when: a Yuhang company sees the Zhejiang, Hangzhou and Yuhang
    // files, each award with its source.
    void yuhangSeesProvinceCityAndDistrict()
    {
        Profile p = lanzhouSpecialized();
        p.company.region = QStringLiteral("330110");
        const rules::Assessment a = assess(p);
        const AwardReport r = builtin().match(p, a, a.date);
        QCOMPARE(r.regions, (QStringList{QStringLiteral("000000"), QStringLiteral("330000"), QStringLiteral("330100"), QStringLiteral("330110")}));
        QCOMPARE(r.regionName(QStringLiteral("zh_CN")), QStringLiteral("杭州市余杭区"));
        // Zhejiang: searched, none found, and the file says so.
        const awards::RegionAwards *zj = builtin().region(QStringLiteral("330000"));
        QVERIFY(zj && zj->awards.empty());
        QCOMPARE(zj->searched, QStringLiteral("2026-12"));
        QVERIFY(zj->notFound.zhCN.contains(QStringLiteral("浙政办发〔2022〕19号")));
        const AwardMatch *hz = find(r, QStringLiteral("hangzhou-2025-specialized"));
        QVERIFY(hz);
        QCOMPARE(hz->status, Status::Eligible);
        const AwardMatch *yh = find(r, QStringLiteral("yuhang-2025-specialized"));
        QVERIFY(yh);
        QCOMPARE(yh->status, Status::Eligible);
        QVERIFY(!yh->amount); // one 300万 ceiling for four titles: not a sum to add
        QCOMPARE(yh->award->document, QStringLiteral("余政发〔2025〕3号"));
        QCOMPARE(find(r, QStringLiteral("yuhang-2025-little-giant"))->status, Status::NextTier);
        for (const AwardMatch &m : r.awards)
            QVERIFY2(!m.award->source.isEmpty() && (!m.award->url.isEmpty() || m.award->source.startsWith(QStringLiteral("seed ")) ||
                                                    m.award->source.startsWith(QStringLiteral("criteria"))),
                     qPrintable(m.award->id));
        QCOMPARE(r.nowYuan, 20 * kWan);
        QCOMPARE(r.nextTierYuan, 100 * kWan);
        // What the user is shown: every level, Zhejiang's search included.
        QCOMPARE(r.coverage.size(), 4);
        QCOMPARE(r.coverage.at(1).code, QStringLiteral("330000"));
        QCOMPARE(r.coverage.at(1).awards, 0);
        QVERIFY(r.coverage.at(1).hasFile);
        QVERIFY(r.coverage.at(2).awards > 0);
        QCOMPARE(r.coverage.at(3).awards, 3);
        const QStringList none = r.uncovered(QStringLiteral("zh_CN"));
        QCOMPARE(none.size(), 1);
        QVERIFY2(none.first().startsWith(QStringLiteral("浙江省")) && none.first().contains(QStringLiteral("2026-12"))
                     && none.first().contains(QStringLiteral("浙政办发〔2022〕19号")),
                 qPrintable(none.first()));
        const QString text = rules::AssessmentText::awardsText(r, QStringLiteral("en"));
        QVERIFY2(text.contains(QStringLiteral("Zhejiang: 0")) && text.contains(QStringLiteral("Yuhang District: 3"))
                     && text.contains(QStringLiteral("Zhejiang: no award found (searched 2026-12)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("余政发〔2025〕3号")), qPrintable(text));
    }

    // A district without a file of its own falls back to its city and province.
    void districtWithoutFileFallsBack()
    {
        Profile p = lanzhouSpecialized();
        p.company.region = QStringLiteral("340104"); // 蜀山区, 合肥
        const rules::Assessment a = assess(p);
        const AwardReport r = builtin().match(p, a, a.date);
        QVERIFY(!builtin().region(QStringLiteral("340104")));
        QCOMPARE(r.regions, (QStringList{QStringLiteral("000000"), QStringLiteral("340000"), QStringLiteral("340100"), QStringLiteral("340104")}));
        QCOMPARE(find(r, QStringLiteral("hefei-specialized"))->status, Status::Eligible);
        QCOMPARE(find(r, QStringLiteral("anhui-2024-pv-storage-little-giant"))->reason, QStringLiteral("trigger"));
        QCOMPARE(r.regionName(QStringLiteral("zh_CN")), QStringLiteral("安徽省 · 合肥市 · 蜀山区"));
        // The district has no catalogue: said, not passed over.
        QVERIFY(!r.coverage.last().hasFile);
        const QStringList none = r.uncovered(QStringLiteral("zh_CN"));
        QCOMPARE(none.size(), 1);
        QVERIFY2(none.first().startsWith(QStringLiteral("蜀山区")), qPrintable(none.first()));
        // A Beijing district without a file reaches the municipality only.
        p.company.region = QStringLiteral("110105"); // 朝阳区
        const AwardReport bj = builtin().match(p, assess(p), a.date);
        QCOMPARE(bj.regions, (QStringList{QStringLiteral("000000"), QStringLiteral("110000"), QStringLiteral("110105")}));
        QVERIFY(!find(bj, QStringLiteral("haidian-2025-little-giant")));
    }

    void shanghaiDistrictInheritsMunicipality()
    {
        Profile p = lanzhouSpecialized();
        p.company.region = QStringLiteral("310101"); // 黄浦区
        const rules::Assessment a = assess(p);
        const AwardReport r = builtin().match(p, a, a.date);
        QCOMPARE(find(r, QStringLiteral("huangpu-specialized"))->status, Status::Eligible);
        QCOMPARE(find(r, QStringLiteral("huangpu-little-giant"))->status, Status::NextTier);
        QCOMPARE(find(r, QStringLiteral("shanghai-2025-little-giant-growth"))->reason, QStringLiteral("trigger"));
        QVERIFY(find(r, QStringLiteral("national-2024-key-little-giant")));
        QVERIFY(!find(r, QStringLiteral("pudong-super-deduction-specialized"))); // another district
        QCOMPARE(r.nowYuan, 20 * kWan);
        QCOMPARE(r.nextTierYuan, 40 * kWan);
        QCOMPARE(r.regionName(QStringLiteral("zh_CN")), QStringLiteral("上海市黄浦区"));

        // A title held: the renewal amount applies.
        p.company.recognitions = QList<Recognition>{{QStringLiteral("specialized"), QDate(2025, 1, 10)}};
        const AwardReport renewed = builtin().match(p, assess(p), a.date);
        const AwardMatch *m = find(renewed, QStringLiteral("huangpu-specialized"));
        QCOMPARE(m->status, Status::Eligible);
        QVERIFY(m->renewal);
        QCOMPARE(*m->amount, 10 * kWan);
        QCOMPARE(renewed.nowYuan, 10 * kWan);
    }

    void chongqingPlanExpired()
    {
        Profile p = lanzhouSpecialized();
        p.company.region = QStringLiteral("500000");
        const rules::Assessment a = assess(p);
        const AwardReport r = builtin().match(p, a, QDate(2026, 11, 23));
        for (const QString &id : {QStringLiteral("chongqing-2021-specialized-one-off"), QStringLiteral("chongqing-2021-model-enterprise"),
                                  QStringLiteral("chongqing-2021-first-set-equipment")}) {
            const AwardMatch *m = find(r, id);
            QVERIFY2(m, qPrintable(id));
            QCOMPARE(m->status, Status::Expired);
            QCOMPARE(m->award->validUntil, QDate(2023, 12, 31));
        }
        QVERIFY(r.claimable().isEmpty());
        QCOMPARE(r.nowYuan, Yuan(0));
        const QJsonObject o = rules::AssessmentJson::toJson(a, QStringLiteral("en"), r);
        const QJsonObject j = jsonAward(o.value(QStringLiteral("other_awards")).toArray(), QStringLiteral("chongqing-2021-specialized-one-off"));
        QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
        QCOMPARE(j.value(QStringLiteral("valid_until")).toString(), QStringLiteral("2023-12-31"));
        QVERIFY(j.value(QStringLiteral("amount_wan")).isNull());
        // The last day of the plan still counts; no amount, so nothing to add.
        const AwardReport inTime = builtin().match(p, a, QDate(2023, 12, 31));
        QCOMPARE(find(inTime, QStringLiteral("chongqing-2021-specialized-one-off"))->status, Status::Eligible);
        QCOMPARE(inTime.nowYuan, Yuan(0));
        // Seed 002's targets come with the region.
        QCOMPARE(builtin().region(QStringLiteral("500000"))->benchmarks.size(), std::size_t(6));
    }

    void firstRecognitionNotOfferedTwice()
    {
        Profile p = lanzhouSpecialized();
        p.company.recognitions = QList<Recognition>{{QStringLiteral("specialized"), QDate(2024, 5, 1)}};
        const rules::Assessment a = assess(p);
        AwardReport r = builtin().match(p, a, a.date);
        const AwardMatch *m = find(r, QStringLiteral("gansu-2023-specialized"));
        QCOMPARE(m->status, Status::NotApplicable);
        QCOMPARE(m->reason, QStringLiteral("already_held"));
        QCOMPARE(r.nowYuan, Yuan(0));
        QCOMPARE(r.nextTierYuan, 50 * kWan);
        // A lapsed title was a recognition all the same: the next is not the first.
        p.company.recognitions = QList<Recognition>{{QStringLiteral("specialized"), QDate(2020, 5, 1)}};
        r = builtin().match(p, assess(p), a.date);
        QCOMPARE(find(r, QStringLiteral("gansu-2023-specialized"))->reason, QStringLiteral("held_before"));
        // A higher title does not count unless the document says so.
        p.company.recognitions = QList<Recognition>{{QStringLiteral("little_giant"), QDate(2025, 7, 1)}};
        r = builtin().match(p, assess(p), a.date);
        QCOMPARE(find(r, QStringLiteral("gansu-2023-specialized"))->status, Status::Eligible);
        // A title granted after the assessment date does not count yet.
        p.company.recognitions = QList<Recognition>{{QStringLiteral("specialized"), QDate(2026, 6, 1)}};
        r = builtin().match(p, assess(p), a.date);
        QCOMPARE(find(r, QStringLiteral("gansu-2023-specialized"))->status, Status::Eligible);
        // Titles not entered: offered, with the question asked.
        p.company.recognitions.reset();
        r = builtin().match(p, assess(p), a.date);
        QCOMPARE(find(r, QStringLiteral("gansu-2023-specialized"))->status, Status::Eligible);
        QVERIFY(find(r, QStringLiteral("gansu-2023-specialized"))->recognitionsMissing);
    }

    void topUpCountsTheHighestOnce()
    {
        // Longgang pays 20 / 50 / 200 万 as top-ups of the difference.
        Profile p = lanzhouSpecialized();
        p.company.region = QStringLiteral("440307");
        const rules::Assessment a = assess(p);
        AwardReport r = builtin().match(p, a, a.date);
        QCOMPARE(find(r, QStringLiteral("longgang-specialized"))->status, Status::Eligible);
        QCOMPARE(find(r, QStringLiteral("longgang-little-giant"))->status, Status::NextTier);
        QCOMPARE(find(r, QStringLiteral("longgang-key-little-giant"))->reason, QStringLiteral("selection"));
        // Guangdong's own award for a Little Giant (up to 120万) adds to the
        // district's ladder; Longgang's single-champion rows are events.
        const Yuan guangdong = *builtin().find(QStringLiteral("guangdong-little-giant"))->amount;
        QCOMPARE(guangdong, 120 * kWan);
        QCOMPARE(find(r, QStringLiteral("longgang-single-champion-firm"))->reason, QStringLiteral("trigger"));
        QVERIFY(find(r, QStringLiteral("longgang-little-giant"))->award->upTo);
        QCOMPARE(r.nowYuan, 20 * kWan);
        QCOMPARE(r.nextTierYuan, 30 * kWan + guangdong); // 50 less the 20 paid now
        // Holding the provincial title: its 20万 was paid; the next tier adds 30万.
        p.company.recognitions = QList<Recognition>{{QStringLiteral("specialized"), QDate(2025, 2, 1)}};
        r = builtin().match(p, assess(p), a.date);
        QCOMPARE(r.nowYuan, Yuan(0));
        QCOMPARE(r.nextTierYuan, 30 * kWan + guangdong);

        // Two top-up awards open at once count the higher; others add up.
        AwardCatalog catalog;
        QStringList errors;
        catalog.add(awards::AwardLoader::load(
            regionFile(QStringLiteral("620000"),
                       {awardRow(QStringLiteral("t-20"), QStringLiteral("specialized"), 20, QStringLiteral("top_up")),
                        awardRow(QStringLiteral("t-35"), QStringLiteral("specialized"), 35, QStringLiteral("top_up")),
                        awardRow(QStringLiteral("plain-10"), QStringLiteral("specialized"), 10, QStringLiteral("none")),
                        awardRow(QStringLiteral("half"), QStringLiteral("little_giant"), 0.5, QStringLiteral("none"))}),
            QStringLiteral("t.json"), &errors));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        p.company.region = QStringLiteral("620100");
        p.company.recognitions = QList<Recognition>{};
        const AwardReport t = catalog.match(p, assess(p), a.date);
        QCOMPARE(t.nowYuan, 45 * kWan);
        QCOMPARE(t.nextTierYuan, Yuan(5000)); // 0.5 万元, exactly
        QCOMPARE(rules::AssessmentJson::toJson(a, QStringLiteral("en"), t)
                     .value(QStringLiteral("award_totals")).toObject().value(QStringLiteral("next_tier_wan")).toDouble(),
                 0.5);
    }

    void brokenCatalogueRefused()
    {
        QJsonObject bad = awardRow(QStringLiteral("x"), QStringLiteral("specialized"), QStringLiteral("30万"), QStringLiteral("none"));
        QJsonObject noTier = awardRow(QStringLiteral("y"), QString(), 10, QStringLiteral("sometimes"));
        noTier.remove(QStringLiteral("tier"));
        QStringList errors;
        QVERIFY(!awards::AwardLoader::load(regionFile(QStringLiteral("620000"), {bad, noTier}), QStringLiteral("broken.json"), &errors));
        const QString all = errors.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("broken.json: awards[0].amount_wan: ")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("broken.json: awards[1]: needs a \"tier\" or a \"trigger\"")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("broken.json: awards[1].stacking: 'sometimes'")), qPrintable(all));

        errors.clear();
        QVERIFY(!awards::AwardLoader::load(QByteArrayLiteral("{\"format\": \"srdi-awards/1\", "), QStringLiteral("cut.json"), &errors));
        QVERIFY2(errors.value(0).startsWith(QStringLiteral("cut.json: not a JSON object")), qPrintable(errors.join(u'\n')));

        // An award pack is held to the same size and depth limits as a rule pack.
        errors.clear();
        QVERIFY(!awards::AwardLoader::load("{\"a\":" + QByteArray(70, '[') + QByteArray(70, ']') + '}', QStringLiteral("deep.json"), &errors));
        QVERIFY2(errors.value(0).startsWith(QStringLiteral("deep.json: the file nests deeper than 64 levels")), qPrintable(errors.join(u'\n')));
        errors.clear();
        QVERIFY(!awards::AwardLoader::load(QByteArray(5 * 1024 * 1024, ' '), QStringLiteral("big.json"), &errors));
        QVERIFY2(errors.value(0).startsWith(QStringLiteral("big.json: the file is larger than")), qPrintable(errors.join(u'\n')));

        errors.clear();
        QVERIFY(!awards::AwardLoader::load(regionFile(QStringLiteral("999999"), {}), QStringLiteral("nowhere.json"), &errors));
        QVERIFY2(errors.value(0).startsWith(QStringLiteral("nowhere.json: region: ")), qPrintable(errors.join(u'\n')));

        // In the user's folder: the broken file is skipped and named; a good
        // one replaces the built-in award of the same id.
        QTemporaryDir dir;
        QFile broken(dir.filePath(QStringLiteral("620000-broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(regionFile(QStringLiteral("620000"), {bad}));
        broken.close();
        QFile update(dir.filePath(QStringLiteral("620000.json")));
        QVERIFY(update.open(QIODevice::WriteOnly));
        QJsonObject row = awardRow(QStringLiteral("gansu-2023-specialized"), QStringLiteral("specialized"), 35, QStringLiteral("none"));
        update.write(regionFile(QStringLiteral("620000"), {row}));
        update.close();
        AwardCatalog catalog;
        const QStringList problems = catalog.load(dir.path());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(broken.fileName() + QStringLiteral(": awards[0].amount_wan: ")), qPrintable(problems.first()));
        QCOMPARE(*catalog.find(QStringLiteral("gansu-2023-specialized"))->amount, 35 * kWan);
        QCOMPARE(catalog.all().size(), builtin().all().size());
    }

    // Shanghai: more than 20 % output growth in each of two years running.
    void growthConditionAtItsBoundary_data()
    {
        QTest::addColumn<QList<qint64>>("values"); // yuan, oldest first; -1: missing
        QTest::addColumn<int>("expected");         // 1 met, 0 not met, -1 open
        QTest::newRow("20 % both years: not more than 20 %") << QList<qint64>{100000, 120000, 144000} << 0;
        QTest::newRow("just above in both") << QList<qint64>{100000, 120001, 144002} << 1;
        QTest::newRow("just below in the second") << QList<qint64>{100000, 130000, 155999} << 0;
        QTest::newRow("just above in the second only") << QList<qint64>{100000, 119999, 144000} << 0;
        QTest::newRow("only the last two years count") << QList<qint64>{500000, 100000, 121000, 146410} << 1;
        QTest::newRow("a zero base has no growth rate") << QList<qint64>{0, 100000, 130000} << 0;
        QTest::newRow("a missing year leaves it open") << QList<qint64>{100000, -1, 150000} << -1;
        QTest::newRow("too few years") << QList<qint64>{100000, 150000} << -1;
    }

    void growthConditionAtItsBoundary()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(int, expected);
        const auto award = builtin().find(QStringLiteral("shanghai-2025-little-giant-growth"));
        QVERIFY(award && award->growth);
        QCOMPARE(award->growth->metric, QStringLiteral("output_value"));
        QCOMPARE(award->growth->years, 2);
        QList<std::optional<Yuan>> figures;
        for (qint64 v : values)
            figures.append(v < 0 ? std::nullopt : std::optional<Yuan>(v));
        const std::optional<bool> met = award->growth->met(figures);
        QCOMPARE(met.has_value() ? int(*met) : -1, expected);
    }

    // A policy list for 2024: its last day still counts, the day after not.
    void innerMongoliaListEndsWithItsYear()
    {
        Profile p = lanzhouSpecialized();
        p.company.region = QStringLiteral("150100");
        const rules::Assessment a = assess(p);
        const AwardReport last = builtin().match(p, a, QDate(2024, 12, 31));
        const AwardMatch *m = find(last, QStringLiteral("inner-mongolia-2024-specialized"));
        QVERIFY(m);
        QCOMPARE(m->status, Status::Eligible);
        QVERIFY(m->award->verified);
        QVERIFY(m->award->url.startsWith(QStringLiteral("https://www.nmg.gov.cn/")));
        QCOMPARE(find(last, QStringLiteral("inner-mongolia-2024-little-giant"))->status, Status::NextTier);
        QCOMPARE(last.nowYuan, 50 * kWan + 20 * kWan); // 专精特新 and, met below it, 创新型
        QCOMPARE(last.nextTierYuan, 100 * kWan);
        const AwardReport after = builtin().match(p, a, QDate(2025, 1, 1));
        QCOMPARE(find(after, QStringLiteral("inner-mongolia-2024-specialized"))->status, Status::Expired);
        QCOMPARE(after.nowYuan, Yuan(0));
        const AwardReport first = builtin().match(p, a, QDate(2024, 1, 1));
        QCOMPARE(find(first, QStringLiteral("inner-mongolia-2024-specialized"))->status, Status::Eligible);
        const AwardReport early = builtin().match(p, a, QDate(2023, 12, 31));
        QCOMPARE(find(early, QStringLiteral("inner-mongolia-2024-specialized"))->reason, QStringLiteral("not_yet_in_force"));
    }

    // Yanqing pays on first recognition only; Fangshan on the first renewal too.
    void firstRecognitionAgainstRenewal()
    {
        Profile p = lanzhouSpecialized();
        p.company.region = QStringLiteral("110119");
        p.company.recognitions = QList<Recognition>{};
        const rules::Assessment a = assess(p);
        QCOMPARE(find(builtin().match(p, a, a.date), QStringLiteral("yanqing-2025-specialized"))->status, Status::Eligible);
        p.company.recognitions = QList<Recognition>{{QStringLiteral("specialized"), QDate(2025, 3, 1)}};
        QCOMPARE(find(builtin().match(p, assess(p), a.date), QStringLiteral("yanqing-2025-specialized"))->reason, QStringLiteral("already_held"));
        p.company.region = QStringLiteral("110111");
        const rules::Assessment fangshanAssessment = assess(p);
        const AwardReport fangshan = builtin().match(p, fangshanAssessment, a.date);
        const AwardMatch *f = find(fangshan, QStringLiteral("fangshan-2025-specialized"));
        QCOMPARE(f->status, Status::Eligible);
        QVERIFY(f->renewal);
        QCOMPARE(*f->amount, 20 * kWan);
    }

    void newFieldsValidated_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("place"); // empty: accepted
        QTest::newRow("url") << QStringLiteral("url") << QJsonValue(QStringLiteral("https://example.gov.cn/a.html")) << QString();
        QTest::newRow("url without scheme") << QStringLiteral("url") << QJsonValue(QStringLiteral("example.gov.cn/a.html")) << QStringLiteral("awards[0].url");
        QTest::newRow("growth") << QStringLiteral("growth")
                                << QJsonValue(QJsonObject{{QStringLiteral("metric"), QStringLiteral("output_value")}, {QStringLiteral("above_pct"), 20}, {QStringLiteral("years"), 2}}) << QString();
        QTest::newRow("growth of an unknown figure") << QStringLiteral("growth")
                                << QJsonValue(QJsonObject{{QStringLiteral("metric"), QStringLiteral("profit")}, {QStringLiteral("above_pct"), 20}, {QStringLiteral("years"), 2}}) << QStringLiteral("awards[0].growth.metric");
        QTest::newRow("growth of no years") << QStringLiteral("growth")
                                << QJsonValue(QJsonObject{{QStringLiteral("metric"), QStringLiteral("output_value")}, {QStringLiteral("above_pct"), 20}, {QStringLiteral("years"), 0}}) << QStringLiteral("awards[0].growth.years");
        QTest::newRow("verified without a page") << QStringLiteral("verified") << QJsonValue(true) << QStringLiteral("awards[0].verified");
    }

    void newFieldsValidated()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, place);
        QJsonObject row = awardRow(QStringLiteral("z"), QStringLiteral("specialized"), 10, QStringLiteral("none"));
        row.insert(key, value);
        QStringList errors;
        const auto loaded = awards::AwardLoader::load(regionFile(QStringLiteral("620000"), {row}), QStringLiteral("n.json"), &errors);
        if (place.isEmpty()) {
            QVERIFY2(loaded, qPrintable(errors.join(u'\n')));
        } else {
            QVERIFY(!loaded);
            QVERIFY2(errors.join(u'\n').contains(QStringLiteral("n.json: ") + place + QStringLiteral(": ")), qPrintable(errors.join(u'\n')));
        }
    }

    void emptyFileMustSaySearched()
    {
        QStringList errors;
        QVERIFY(!awards::AwardLoader::load(regionFile(QStringLiteral("130000"), {}), QStringLiteral("e.json"), &errors));
        QVERIFY2(errors.join(u'\n').contains(QStringLiteral("e.json: searched: ")), qPrintable(errors.join(u'\n')));
        QVERIFY2(errors.join(u'\n').contains(QStringLiteral("e.json: not_found: ")), qPrintable(errors.join(u'\n')));
        QJsonObject root = QJsonDocument::fromJson(regionFile(QStringLiteral("130000"), {})).object();
        root.insert(QStringLiteral("searched"), QStringLiteral("2026-13"));
        root.insert(QStringLiteral("not_found"), QJsonObject{{QStringLiteral("zh_CN"), QStringLiteral("未找到")}, {QStringLiteral("en"), QStringLiteral("none found")}});
        errors.clear();
        QVERIFY(!awards::AwardLoader::load(QJsonDocument(root).toJson(), QStringLiteral("e.json"), &errors));
        QVERIFY2(errors.value(0).startsWith(QStringLiteral("e.json: searched: ")), qPrintable(errors.join(u'\n')));
        root.insert(QStringLiteral("searched"), QStringLiteral("2026-12"));
        errors.clear();
        const auto ok = awards::AwardLoader::load(QJsonDocument(root).toJson(), QStringLiteral("e.json"), &errors);
        QVERIFY2(ok, qPrintable(errors.join(u'\n')));
        QCOMPARE(ok->searched, QStringLiteral("2026-12"));
        // A first-recognition award of a title outside the ladder names it by its trigger.
        QJsonObject hidden = awardRow(QStringLiteral("h"), QString(), 100, QStringLiteral("none"));
        hidden.insert(QStringLiteral("tier"), QJsonValue(QJsonValue::Null));
        hidden.insert(QStringLiteral("trigger"), QStringLiteral("hidden_champion"));
        hidden.insert(QStringLiteral("first_recognition_only"), true);
        errors.clear();
        QVERIFY2(awards::AwardLoader::load(regionFile(QStringLiteral("620000"), {hidden}), QStringLiteral("h.json"), &errors), qPrintable(errors.join(u'\n')));
        hidden.insert(QStringLiteral("renewal_amount_wan"), 50);
        hidden.insert(QStringLiteral("first_recognition_only"), false);
        errors.clear();
        QVERIFY(!awards::AwardLoader::load(regionFile(QStringLiteral("620000"), {hidden}), QStringLiteral("h.json"), &errors));
    }

    void textListsEveryAward()
    {
        Profile p = lanzhouSpecialized();
        p.company.region = QStringLiteral("500000");
        const rules::Assessment a = assess(p);
        const QString text = rules::AssessmentText::awardsText(builtin().match(p, a, QDate(2026, 11, 23)), QStringLiteral("en"));
        QVERIFY2(text.contains(QStringLiteral("expired 2023-12-31")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("to be verified")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Chongqing (500000)")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestAwards)
#include "test_awards.moc"
