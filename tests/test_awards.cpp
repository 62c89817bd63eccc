// SPDX-License-Identifier: GPL-3.0-or-later
// The awards catalogue: built-in files load clean, a region's awards reach its
// cities and districts, each award gets its status against the assessment
// (eligible, next tier, not applicable, expired), first-recognition awards
// skip a title already held, top-up awards count once, and a broken file is
// refused with its name and the place of the problem.

#include "awards/AwardCatalog.h"
#include "io/ProfileJson.h"
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
        const QStringList regions = {QStringLiteral("000000"), QStringLiteral("620000"), QStringLiteral("330100"),
                                     QStringLiteral("500000"), QStringLiteral("440100"), QStringLiteral("310000"),
                                     QStringLiteral("310101"), QStringLiteral("310115"), QStringLiteral("110102"),
                                     QStringLiteral("110106"), QStringLiteral("110112"), QStringLiteral("440307")};
        for (const QString &code : regions)
            QVERIFY2(catalog.region(code) && !catalog.region(code)->awards.empty(), qPrintable(code));
        // Every file in data/awards is compiled in.
        const QStringList files = QDir(QStringLiteral(SRDI_DATA_DIR "/awards")).entryList({QStringLiteral("*.json")}, QDir::Files);
        QCOMPARE(files.size(), regions.size());
        for (const QString &file : files)
            QVERIFY2(catalog.region(file.section(u'.', 0, 0)), qPrintable(file + QStringLiteral(" is not compiled in")));
        for (const auto &a : catalog.all()) {
            // Verified means read from a policy text we hold, never second-hand.
            if (a->verified)
                QVERIFY2(a->source.startsWith(QStringLiteral("seed ")), qPrintable(a->id));
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
        QCOMPARE(AwardCatalog::regionsFor(QStringLiteral("310101")),
                 (QStringList{QStringLiteral("000000"), QStringLiteral("310000"), QStringLiteral("310100"), QStringLiteral("310101")}));
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
        p.company.region = QStringLiteral("330106"); // 西湖区, 杭州
        const rules::Assessment a = assess(p);
        const AwardReport r = builtin().match(p, a, a.date);
        const AwardMatch *specialized = find(r, QStringLiteral("hangzhou-2022-provincial-specialized"));
        QVERIFY(specialized);
        QCOMPARE(specialized->status, Status::Eligible);
        QVERIFY(specialized->award->upTo);
        const AwardMatch *giant = find(r, QStringLiteral("hangzhou-2022-little-giant"));
        QVERIFY(giant);
        QCOMPARE(giant->status, Status::NextTier);
        // Events the profile does not record are listed, not counted.
        const AwardMatch *listing = find(r, QStringLiteral("hangzhou-2022-listing"));
        QVERIFY(listing);
        QCOMPARE(listing->status, Status::NotApplicable);
        QCOMPARE(listing->reason, QStringLiteral("trigger"));
        QCOMPARE(find(r, QStringLiteral("hangzhou-2022-first-set-international"))->status, Status::NotApplicable);
        QVERIFY(find(r, QStringLiteral("national-2024-key-little-giant")));
        QVERIFY(!find(r, QStringLiteral("gansu-2023-specialized")));
        QCOMPARE(r.nowYuan, 20 * kWan);
        QCOMPARE(r.nextTierYuan, 100 * kWan);
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
        QCOMPARE(r.nowYuan, 20 * kWan);
        QCOMPARE(r.nextTierYuan, 30 * kWan); // 50 less the 20 paid now
        // Holding the provincial title: its 20万 was paid; the next tier adds 30万.
        p.company.recognitions = QList<Recognition>{{QStringLiteral("specialized"), QDate(2025, 2, 1)}};
        r = builtin().match(p, assess(p), a.date);
        QCOMPARE(r.nowYuan, Yuan(0));
        QCOMPARE(r.nextTierYuan, 30 * kWan);

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
