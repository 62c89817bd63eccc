// SPDX-License-Identifier: GPL-3.0-or-later
// Readings of the texts that the packs carry as data: which pack reviews a
// 2026 renewal (工信厅企业函〔2026〕117号), the 科技型 route's own size limits
// (国科发政〔2017〕115号 第六条), its one-year validity (第十一条), and the year
// of the development score (2026 办法). Each at, just before and just after
// its edge.

#include "rules/AssessmentJson.h"
#include "rules/AssessmentText.h"
#include "support/RulesFixture.h"
#include "testconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QTest>

using namespace srdi;
using namespace srdi::test;
using rules::Status;

namespace {

// A renewing 小巨人 whose revenue fell: met under 2026 numbers? Not the
// point; what matters is which pack reviews it.
Profile renewal(const QDate &assessed, const QDate &granted, Opt<bool> isRenewal = true)
{
    Profile p = baseProfile();
    p.assessmentDate = assessed;
    p.assessmentYear = assessed.year();
    p.specialization.renewal = isRenewal;
    p.company.recognitions = QList<Recognition>{{QStringLiteral("innovative"), QDate(2021, 1, 1)},
                                                {QStringLiteral("little_giant"), granted}};
    return p;
}

rules::PackChoice choose(const Profile &p)
{
    pack(QStringLiteral("2026")); // loads the built-in packs
    return rules::RulePacks::instance().choose(p, QDate(2026, 11, 23));
}

QByteArray builtinPack(const QString &id)
{
    QFile f(QStringLiteral(SRDI_DATA_DIR "/rules/%1.json").arg(id));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList loadErrors(const QJsonObject &root)
{
    QStringList errors;
    rules::RulePackLoader::load(QJsonDocument(root).toJson(), QStringLiteral("x.json"), &errors);
    return errors;
}

const rules::ConditionResult *devScore(const rules::Assessment &a, const QString &tier)
{
    return condition(route(a, tier, tier), QStringLiteral("dev_score"));
}

} // namespace

class TestReadings : public QObject
{
    Q_OBJECT
private slots:
    // ---- Item 1: the renewal pack -------------------------------------------------------

    void renewalOfA2022TitleIsReviewedUnder2022()
    {
        const auto c = choose(renewal(QDate(2026, 11, 23), QDate(2023, 7, 1)));
        QCOMPARE(c.pack->id, QStringLiteral("2022"));
        QCOMPARE(c.reason.id, QStringLiteral("renewal"));
        QCOMPARE(c.reason.granted, QDate(2023, 7, 1)); // the highest tier held, not the older innovative title
        QVERIFY(c.reason.renewalPack);
    }

    void renewalPackAtTheAssessmentDateEdges()
    {
        const QDate granted(2023, 7, 1);
        // Before 2026-04-01 the 2022 pack is simply in force.
        auto c = choose(renewal(QDate(2026, 3, 31), granted));
        QCOMPARE(c.pack->id, QStringLiteral("2022"));
        QCOMPARE(c.reason.id, QStringLiteral("date"));
        // From the 2026 pack's first day, a renewal still goes to 2022 ...
        c = choose(renewal(QDate(2026, 4, 1), granted));
        QCOMPARE(c.pack->id, QStringLiteral("2022"));
        QCOMPARE(c.reason.id, QStringLiteral("renewal"));
        // ... through 2026-12-31 (reviewed_until) ...
        c = choose(renewal(QDate(2026, 12, 31), granted));
        QCOMPARE(c.pack->id, QStringLiteral("2022"));
        QCOMPARE(c.reason.id, QStringLiteral("renewal"));
        // ... and not after it.
        c = choose(renewal(QDate(2027, 1, 1), granted));
        QCOMPARE(c.pack->id, QStringLiteral("2026"));
        QCOMPARE(c.reason.id, QStringLiteral("date"));
    }

    void renewalPackAtTheGrantDateEdge()
    {
        // Granted the day before the 2026 rules took effect: a 2022 title.
        auto c = choose(renewal(QDate(2026, 11, 23), QDate(2026, 3, 31)));
        QCOMPARE(c.pack->id, QStringLiteral("2022"));
        QCOMPARE(c.reason.id, QStringLiteral("renewal"));
        // Granted on 2026-04-01 or later: a 2026 title, reviewed by date.
        c = choose(renewal(QDate(2026, 11, 23), QDate(2026, 4, 1)));
        QCOMPARE(c.pack->id, QStringLiteral("2026"));
        QCOMPARE(c.reason.id, QStringLiteral("renewal_no_grant"));
        c = choose(renewal(QDate(2026, 11, 23), QDate(2026, 4, 2)));
        QCOMPARE(c.pack->id, QStringLiteral("2026"));
    }

    void renewalFlagTrueFalseUnknown()
    {
        const QDate granted(2023, 7, 1);
        auto c = choose(renewal(QDate(2026, 11, 23), granted, false));
        QCOMPARE(c.pack->id, QStringLiteral("2026"));
        QCOMPARE(c.reason.id, QStringLiteral("not_renewal"));
        // Unknown: the date rule, and the reason says so.
        c = choose(renewal(QDate(2026, 11, 23), granted, std::nullopt));
        QCOMPARE(c.pack->id, QStringLiteral("2026"));
        QCOMPARE(c.reason.id, QStringLiteral("renewal_unknown"));
        // A renewal with no title recorded (or titles unknown): by date, said.
        Profile p = renewal(QDate(2026, 11, 23), granted);
        p.company.recognitions = QList<Recognition>{};
        QCOMPARE(choose(p).reason.id, QStringLiteral("renewal_no_grant"));
        p.company.recognitions.reset();
        c = choose(p);
        QCOMPARE(c.pack->id, QStringLiteral("2026"));
        QCOMPARE(c.reason.id, QStringLiteral("renewal_no_grant"));
    }

    void defaultEqualsTheNamed2022PackForARenewal()
    {
        // The case: a 小巨人 renewal whose revenue fell. The default
        // assessment is the 2022 one, with the reason in text and JSON.
        Profile p = renewal(QDate(2026, 11, 23), QDate(2023, 7, 1));
        year(p, Y - 1).operatingRevenue = 9000 * W;
        year(p, Y - 1).mainBusinessRevenue = 7650 * W;
        const auto c = choose(p);
        const rules::Assessment a = rules::Evaluator::evaluate(p, c, QDate(2026, 11, 23));
        const rules::Assessment named = assess(p, QStringLiteral("2022"));
        QCOMPARE(a.pack->id, QStringLiteral("2022"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(a.tiers.at(i).status, named.tiers.at(i).status);
        QCOMPARE(named.packReason.id, QStringLiteral("chosen"));
        const QString text = rules::AssessmentText::toText(a, QStringLiteral("en"));
        QVERIFY2(text.contains(QStringLiteral("renewal of a title granted on 2023-07-01")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("工信厅企业函〔2026〕117号")));
        const QJsonObject reason = rules::AssessmentJson::toJson(a, QStringLiteral("en"))
                                       .value(QStringLiteral("pack_reason")).toObject();
        QCOMPARE(reason.value(QStringLiteral("id")).toString(), QStringLiteral("renewal"));
        QCOMPARE(reason.value(QStringLiteral("granted")).toString(), QStringLiteral("2023-07-01"));
        QVERIFY(!reason.value(QStringLiteral("text")).toString().isEmpty());
        const QString unknown = rules::AssessmentText::toText(
            rules::Evaluator::evaluate(renewal(QDate(2026, 11, 23), QDate(2023, 7, 1), std::nullopt),
                                       choose(renewal(QDate(2026, 11, 23), QDate(2023, 7, 1), std::nullopt)),
                                       QDate(2026, 11, 23)),
            QStringLiteral("en"));
        QVERIFY2(unknown.contains(QStringLiteral("Whether this is a renewal is not said")), qPrintable(unknown));
    }

    void renewalReviewIsData()
    {
        const auto p22 = pack(QStringLiteral("2022"));
        QCOMPARE(p22->renewalReview.grantedBefore, QDate(2026, 4, 1));
        QCOMPARE(p22->renewalReview.reviewedUntil, QDate(2026, 12, 31));
        QCOMPARE(p22->renewalReview.source.document, QStringLiteral("工信厅企业函〔2026〕117号"));
        QVERIFY(!p22->renewalReview.source.verified); // second-hand
        QVERIFY(!pack(QStringLiteral("2026"))->renewalReview.present());
    }

    void malformedRenewalReviewIsRefused()
    {
        const QJsonObject root = QJsonDocument::fromJson(builtinPack(QStringLiteral("2022"))).object();
        QVERIFY(!root.isEmpty());
        QVERIFY(loadErrors(root).isEmpty());
        auto broken = [&](const std::function<void(QJsonObject &)> &change) {
            QJsonObject r = root;
            QJsonObject block = r.value(QStringLiteral("renewal_review")).toObject();
            change(block);
            r[QStringLiteral("renewal_review")] = block;
            return loadErrors(r).join(u'\n');
        };
        QVERIFY(broken([](QJsonObject &b) { b[QStringLiteral("granted_before")] = QStringLiteral("2026-13-01"); })
                    .contains(QStringLiteral("renewal_review.granted_before")));
        QVERIFY(broken([](QJsonObject &b) { b.remove(QStringLiteral("reviewed_until")); })
                    .contains(QStringLiteral("renewal_review.reviewed_until")));
        QVERIFY(broken([](QJsonObject &b) { b[QStringLiteral("reviewed_until")] = QStringLiteral("2026-03-31"); })
                    .contains(QStringLiteral("renewal_review.reviewed_until")));
        QVERIFY(broken([](QJsonObject &b) { b.remove(QStringLiteral("source")); })
                    .contains(QStringLiteral("renewal_review.source")));
        QVERIFY(broken([](QJsonObject &b) {
                    QJsonObject s = b.value(QStringLiteral("source")).toObject();
                    s.remove(QStringLiteral("verified"));
                    b[QStringLiteral("source")] = s;
                }).contains(QStringLiteral("renewal_review.source.verified")));
        QVERIFY(broken([](QJsonObject &b) { b.remove(QStringLiteral("note")); })
                    .contains(QStringLiteral("renewal_review.note")));
    }

    // ---- Item 3: the 科技型 route's own size limits ----------------------------------------

    void techRouteHasItsOwnSizeLimits()
    {
        // A 400-person M73 firm: not an SME under 2011 (其他未列明行业: X < 300),
        // within 115号's ≤ 500 staff. The 创新型 route fails on size; the 科技型 one does not.
        Profile p = baseProfile();
        p.company.industry = QStringLiteral("M73");
        year(p, Y - 1).employees = 400;
        p.innovation.ip.class1 = 1; // 30 + 40 (5 % of revenue) + 4 (10 % staff) = 74
        const auto a = assess(p, QStringLiteral("2026"));
        QCOMPARE(a.sme.size, QStringLiteral("not_sme"));
        const auto *inn = route(a, QStringLiteral("innovative"), QStringLiteral("innovative"));
        const auto *tech = route(a, QStringLiteral("innovative"), QStringLiteral("tech_sme"));
        QCOMPARE(condition(inn, QStringLiteral("sme"))->status, Status::Unmet);
        QVERIFY(!condition(tech, QStringLiteral("sme")));
        QCOMPARE(condition(tech, QStringLiteral("tech_employees"))->status, Status::Met);
        QCOMPARE(tech->status, Status::Met);
        QCOMPARE(a.tier(QStringLiteral("innovative"))->status, Status::Met);
        // The reading is stated, in text and JSON.
        QVERIFY(!tech->rule->reading.en.isEmpty());
        const QString text = rules::AssessmentText::toText(a, QStringLiteral("en"));
        QVERIFY2(text.contains(QStringLiteral("does not invoke the 2011 SME size standard")), qPrintable(text));
        const QJsonArray routes = rules::AssessmentJson::toJson(a, QStringLiteral("zh_CN"))
                                      .value(QStringLiteral("tiers")).toArray().at(0).toObject()
                                      .value(QStringLiteral("routes")).toArray();
        QVERIFY(routes.at(1).toObject().value(QStringLiteral("reading")).toString().contains(QStringLiteral("115号")));
        QVERIFY(!routes.at(0).toObject().contains(QStringLiteral("reading")));
    }

    void techRouteSizeEdges_data()
    {
        QTest::addColumn<QString>("cond");
        QTest::addColumn<qint64>("employees");
        QTest::addColumn<qint64>("revenue");
        QTest::addColumn<qint64>("assets");
        QTest::addColumn<int>("status");
        const qint64 e = 500, m = 20000 * W;
        QTest::newRow("staff 499") << "tech_employees" << e - 1 << m << m << int(Status::Met);
        QTest::newRow("staff 500") << "tech_employees" << e << m << m << int(Status::Met);
        QTest::newRow("staff 501") << "tech_employees" << e + 1 << m << m << int(Status::Unmet);
        QTest::newRow("sales 2亿 - 1") << "tech_revenue" << e << m - 1 << m << int(Status::Met);
        QTest::newRow("sales 2亿") << "tech_revenue" << e << m << m << int(Status::Met);
        QTest::newRow("sales 2亿 + 1") << "tech_revenue" << e << m + 1 << m << int(Status::Unmet);
        QTest::newRow("assets 2亿 - 1") << "tech_assets" << e << m << m - 1 << int(Status::Met);
        QTest::newRow("assets 2亿") << "tech_assets" << e << m << m << int(Status::Met);
        QTest::newRow("assets 2亿 + 1") << "tech_assets" << e << m << m + 1 << int(Status::Unmet);
    }

    void techRouteSizeEdges()
    {
        QFETCH(QString, cond);
        QFETCH(qint64, employees);
        QFETCH(qint64, revenue);
        QFETCH(qint64, assets);
        QFETCH(int, status);
        Profile p = baseProfile();
        p.company.industry = QStringLiteral("M73");
        year(p, Y - 1).employees = employees;
        year(p, Y - 1).operatingRevenue = revenue;
        year(p, Y - 1).totalAssets = assets;
        const auto a = assess(p, QStringLiteral("2026"));
        const auto *tech = route(a, QStringLiteral("innovative"), QStringLiteral("tech_sme"));
        QCOMPARE(int(condition(tech, cond)->status), status);
        QVERIFY(!condition(tech, QStringLiteral("sme"))); // the 2011 test is not applied on this route
    }

    void waivingAnUnknownCommonConditionIsRefused()
    {
        QJsonObject root = QJsonDocument::fromJson(builtinPack(QStringLiteral("2026"))).object();
        QVERIFY(loadErrors(root).isEmpty());
        QJsonArray tiers = root.value(QStringLiteral("tiers")).toArray();
        QJsonObject t = tiers.at(0).toObject();
        QJsonArray routes = t.value(QStringLiteral("routes")).toArray();
        QJsonObject r = routes.at(1).toObject();
        r[QStringLiteral("waives_common")] = QJsonArray{QStringLiteral("smee")};
        routes[1] = r;
        t[QStringLiteral("routes")] = routes;
        tiers[0] = t;
        root[QStringLiteral("tiers")] = tiers;
        QVERIFY(loadErrors(root).join(u'\n').contains(QStringLiteral("waives_common")));
        r[QStringLiteral("waives_common")] = QJsonArray{QStringLiteral("sme")};
        r.remove(QStringLiteral("reading"));
        routes[1] = r;
        t[QStringLiteral("routes")] = routes;
        tiers[0] = t;
        root[QStringLiteral("tiers")] = tiers;
        QVERIFY(loadErrors(root).join(u'\n').contains(QStringLiteral(".reading")));
    }

    // ---- Item 4: validity by route -------------------------------------------------------

    void validityPerRouteIsData()
    {
        for (const char *id : {"2022", "2026"}) {
            const auto p = pack(QString::fromLatin1(id));
            QCOMPARE(p->validityYears(QStringLiteral("tech_sme")), 1);
            QCOMPARE(p->validityYears(QStringLiteral("innovative")), 3);
            QCOMPARE(p->validityYears(QString()), 3);
        }
        QJsonObject root = QJsonDocument::fromJson(builtinPack(QStringLiteral("2026"))).object();
        root[QStringLiteral("title_validity_by_route")] = QJsonObject{{QStringLiteral("tech_sme"), 0}};
        QVERIFY(loadErrors(root).join(u'\n').contains(QStringLiteral("title_validity_by_route.tech_sme")));
        root[QStringLiteral("title_validity_by_route")] = QJsonObject{{QStringLiteral("tech_sme"), 1.5}};
        QVERIFY(loadErrors(root).join(u'\n').contains(QStringLiteral("title_validity_by_route.tech_sme")));
        root[QStringLiteral("title_validity_by_route")] = QJsonArray{};
        QVERIFY(loadErrors(root).join(u'\n').contains(QStringLiteral("title_validity_by_route")));
    }

    void techRouteTitleLastsOneYear()
    {
        // Assessed 2026-11-23. The 2026 专精特新 tier needs a valid first-tier title.
        Profile p = baseProfile();
        auto held = [&](const QDate &granted, const QString &how) {
            p.company.recognitions = QList<Recognition>{{QStringLiteral("innovative"), granted, how}};
            return condition(route(assess(p, QStringLiteral("2026")), QStringLiteral("specialized"),
                                   QStringLiteral("specialized")),
                             QStringLiteral("title"))
                ->status;
        };
        const QString tech = QStringLiteral("tech_sme");
        // One year for 科技型 入库: a day inside it, and a day past it.
        QCOMPARE(held(QDate(2025, 11, 24), tech), Status::Met);
        QCOMPARE(held(QDate(2025, 11, 22), tech), Status::Unmet);
        // At the first anniversary: the same as a three-year title at its third.
        QCOMPARE(held(QDate(2025, 11, 23), tech), held(QDate(2023, 11, 23), QStringLiteral("innovative")));
        // Three years for the 创新型 route and where the route is not recorded.
        QCOMPARE(held(QDate(2025, 11, 22), QString()), Status::Met);
        QCOMPARE(held(QDate(2025, 11, 22), QStringLiteral("innovative")), Status::Met);
        QCOMPARE(held(QDate(2023, 11, 24), QStringLiteral("innovative")), Status::Met);
        QCOMPARE(held(QDate(2023, 11, 22), QStringLiteral("innovative")), Status::Unmet);
        QCOMPARE(held(QDate(2023, 11, 22), QString()), Status::Unmet);
        QCOMPARE(held(QDate(2023, 11, 23), QString()), held(QDate(2023, 11, 23), QStringLiteral("innovative")));
    }

    // ---- Item 5: the development score's year --------------------------------------------

    void newApplicantNeedsThisYearsScore_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("scoreYear");
        QTest::addColumn<qint64>("score"); // points × 10,000
        QTest::addColumn<QVariant>("renewing"); // bool, or invalid: not said
        QTest::addColumn<int>("status");
        const QVariant no(false), yes(true), unknown;
        for (const auto &[tier, line] : {std::pair{QStringLiteral("specialized"), qint64(500000)},
                                         std::pair{QStringLiteral("little_giant"), qint64(600000)}}) {
            const QByteArray t = tier.toUtf8();
            // New applicant: this year's score, at, below and above the line.
            QTest::newRow(t + " new, this year at line") << tier << Y << line << no << int(Status::Met);
            QTest::newRow(t + " new, this year below") << tier << Y << line - 1 << no << int(Status::Unmet);
            QTest::newRow(t + " new, this year above") << tier << Y << line + 1 << no << int(Status::Met);
            // Last year's score is not enough: needs official confirmation.
            QTest::newRow(t + " new, last year only") << tier << Y - 1 << line + 100000 << no << int(Status::ManualReview);
            // A renewal may use either of the last two years, not three.
            QTest::newRow(t + " renewal, last year") << tier << Y - 1 << line << yes << int(Status::Met);
            QTest::newRow(t + " renewal, last year below") << tier << Y - 1 << line - 1 << yes << int(Status::Unmet);
            QTest::newRow(t + " renewal, this year") << tier << Y << line << yes << int(Status::Met);
            QTest::newRow(t + " renewal, two years ago") << tier << Y - 2 << line << yes << int(Status::ManualReview);
            // Whether it is a renewal is not said: not decided.
            QTest::newRow(t + " unknown, last year") << tier << Y - 1 << line << unknown << int(Status::ManualReview);
        }
    }

    void newApplicantNeedsThisYearsScore()
    {
        QFETCH(QString, tier);
        QFETCH(int, scoreYear);
        QFETCH(qint64, score);
        QFETCH(QVariant, renewing);
        QFETCH(int, status);
        Profile p = baseProfile();
        p.specialization.renewal = renewing.isValid() ? Opt<bool>(renewing.toBool()) : std::nullopt;
        p.specialization.developmentScores = QList<DevelopmentScore>{{scoreYear, score}};
        const auto a = assess(p, QStringLiteral("2026"));
        QCOMPARE(int(devScore(a, tier)->status), status);
    }

    void noScoreAtAllNeedsConfirmation()
    {
        Profile p = baseProfile();
        const auto a = assess(p, QStringLiteral("2026"));
        QCOMPARE(devScore(a, QStringLiteral("specialized"))->status, Status::ManualReview);
        QCOMPARE(devScore(a, QStringLiteral("little_giant"))->status, Status::ManualReview);
    }
};

QTEST_GUILESS_MAIN(TestReadings)
#include "test_readings.moc"
