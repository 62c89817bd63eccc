// SPDX-License-Identifier: GPL-3.0-or-later
// 《中小企业划型标准规定》 at its lines: the table of criteria.md §1, by hand.

#include "support/RulesFixture.h"

#include "rules/SmeSize.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace srdi;
using namespace srdi::test;

namespace {

QByteArray shippedSmeSize()
{
    QFile f(QStringLiteral(":/data/sme_size.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString classify(const QString &industry, std::optional<qint64> employees, std::optional<qint64> revenueWan,
                 std::optional<qint64> assetsWan)
{
    Profile p;
    p.assessmentYear = Y;
    p.company.industry = industry;
    FiscalYear &fy = p.ensureYear(Y - 1);
    fy.employees = employees;
    if (revenueWan)
        fy.operatingRevenue = *revenueWan * W;
    if (assetsWan)
        fy.totalAssets = *assetsWan * W;
    return rules::SmeSizeTable::builtin().classify(p, Y).size;
}

} // namespace

class TestSmeSize : public QObject
{
    Q_OBJECT
private slots:
    void table_data()
    {
        QTest::addColumn<QString>("industry");
        QTest::addColumn<qint64>("employees"); // -1: unknown
        QTest::addColumn<qint64>("revenue");   // 万元, -1: unknown
        QTest::addColumn<qint64>("assets");    // 万元, -1: unknown
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *ind, qint64 x, qint64 y, qint64 z, const char *exp) {
            QTest::newRow(name) << QString::fromLatin1(ind) << x << y << z << QString::fromLatin1(exp);
        };
        // Industry: SME if X < 1000 or Y < 40000; medium X ≥ 300 and Y ≥ 2000; small X ≥ 20 and Y ≥ 300.
        row("industry large at both lines", "C34", 1000, 40000, -1, "not_sme");
        row("industry X just under", "C34", 999, 40000, -1, "medium");
        row("industry Y just under", "C34", 1000, 39999, -1, "medium");
        row("industry medium at line", "C34", 300, 2000, -1, "medium");
        row("industry medium X short", "C34", 299, 2000, -1, "small");
        row("industry medium Y short", "C34", 300, 1999, -1, "small");
        row("industry small at line", "C34", 20, 300, -1, "small");
        row("industry small X short", "C34", 19, 300, -1, "micro");
        row("industry small Y short", "B06", 20, 299, -1, "micro");
        row("utilities are industry", "D44", 20, 300, -1, "small");
        // Software: X < 300 or Y < 10000; medium 100 / 1000; small 10 / 50.
        row("software large", "I65", 300, 10000, -1, "not_sme");
        row("software medium", "I65", 100, 1000, -1, "medium");
        row("software small at line", "I65", 10, 50, -1, "small");
        row("software micro", "I65", 9, 50, -1, "micro");
        // Construction uses revenue and assets.
        row("construction large", "E47", -1, 80000, 80000, "not_sme");
        row("construction medium", "E47", -1, 6000, 5000, "medium");
        row("construction small short on assets", "E47", -1, 6000, 299, "micro");
        // Retail and wholesale are told apart by division.
        row("retail medium", "F52", 50, 500, -1, "medium");
        row("wholesale small", "F51", 50, 1000, -1, "small");
        // Warehousing and postal services are not transport.
        row("transport small", "G54", 20, 200, -1, "small");
        row("warehousing medium", "G592", 100, 1000, -1, "medium");
        row("warehousing medium X short", "G599", 99, 1000, -1, "small");
        // 装卸搬运 (G591) is transport (medium 300 / 3000), not warehousing (100 / 1000).
        row("loading at warehousing's medium line", "G591", 100, 1000, -1, "small");
        row("loading medium at line", "G591", 300, 3000, -1, "medium");
        row("loading medium Y short", "G591", 300, 2999, -1, "small");
        row("loading not an SME", "G591", 1000, 30000, -1, "not_sme");
        row("loading and warehousing division only", "G59", 100, 1000, -1, "unknown");
        // 铁路运输 (G53) is outside transport (第三条): other industries, employees alone.
        row("railway at 999 staff: not transport", "G53", 999, 29999, -1, "not_sme");
        row("railway large at 300", "G53", 300, 100, -1, "not_sme");
        row("railway just under 300", "G53", 299, 100000, -1, "medium");
        row("railway small at line", "G53", 10, -1, -1, "small");
        row("railway micro", "G53", 9, -1, -1, "micro");
        row("postal small", "G60", 20, 100, -1, "small");
        // Real estate needs the group.
        row("real estate development medium", "K701", -1, 1000, 5000, "medium");
        row("real estate division only", "K70", -1, 1000, 5000, "unknown");
        row("other real estate uses employees", "K703", 100, -1, -1, "medium");
        // K704 is neither 房地产开发经营 nor 物业管理: other industries.
        row("real estate leasing at 300", "K704", 300, -1, -1, "not_sme");
        row("real estate leasing just under 300", "K704", 299, -1, -1, "medium");
        row("real estate leasing medium short", "K704", 99, -1, -1, "small");
        row("real estate leasing micro", "K704", 9, -1, -1, "micro");
        // 物业管理: SME if X < 1000 or Y < 5000; medium X ≥ 300 and Y ≥ 1000 (verified).
        row("property large", "K702", 1000, 5000, -1, "not_sme");
        row("property medium at line", "K702", 300, 1000, -1, "medium");
        row("property medium X short", "K702", 299, 1000, -1, "small");
        row("property medium Y short", "K702", 300, 999, -1, "small");
        row("property medium above", "K702", 301, 1001, -1, "medium");
        // 租赁和商务服务业: SME if X < 300 or Z < 120000; medium X ≥ 100 and Z ≥ 8000 (verified).
        row("leasing large", "L72", 300, -1, 120000, "not_sme");
        row("leasing medium at line", "L72", 100, -1, 8000, "medium");
        row("leasing medium X short", "L72", 99, -1, 8000, "small");
        row("leasing medium Z short", "L71", 100, -1, 7999, "small");
        row("leasing medium above", "L71", 101, -1, 8001, "medium");
        // Other industries: employees alone.
        row("other large", "M73", 300, -1, -1, "not_sme");
        row("other medium", "M73", 100, -1, -1, "medium");
        row("other small", "M73", 10, -1, -1, "small");
        row("other micro", "M73", 9, -1, -1, "micro");
        // Unknown inputs: undecided, but an SME all the same where one limit settles it.
        row("industry revenue unknown, small staff", "C34", 50, -1, -1, "unknown");
        row("industry staff unknown, revenue below small line", "C34", -1, 100, -1, "micro");
        row("industry staff unknown, revenue mid", "C34", -1, 1000, -1, "unknown");
    }

    void table()
    {
        QFETCH(QString, industry);
        QFETCH(qint64, employees);
        QFETCH(qint64, revenue);
        QFETCH(qint64, assets);
        QFETCH(QString, expected);
        auto opt = [](qint64 v) { return v < 0 ? std::optional<qint64>() : std::optional<qint64>(v); };
        QCOMPARE(classify(industry, opt(employees), opt(revenue), opt(assets)), expected);
    }

    void industryGroups_data()
    {
        QTest::addColumn<QString>("industry");
        QTest::addColumn<QString>("group");
        auto row = [](const char *ind, const char *group) {
            QTest::newRow(ind) << QString::fromLatin1(ind) << QString::fromLatin1(group);
        };
        row("G53", "other");
        row("G54", "transport");
        row("G58", "transport");
        row("G591", "transport");
        row("G592", "warehousing");
        row("G599", "warehousing");
        row("G59", "warehousing_unspecified");
        row("G60", "postal");
        row("K70", "real_estate_unspecified");
        row("K701", "real_estate_development");
        row("K702", "property_management");
        row("K703", "other");
        row("K704", "other");
        row("K709", "other");
        row("L72", "leasing_business");
        row("M73", "other");
    }

    void industryGroups()
    {
        QFETCH(QString, industry);
        QFETCH(QString, group);
        const auto *g = rules::SmeSizeTable::builtin().group(industry);
        QVERIFY(g);
        QCOMPARE(g->id, group);
    }

    void propertyAndLeasingLinesVerified()
    {
        // The 2011 lines for 物业管理 and 租赁和商务服务业 were confirmed verbatim.
        const QJsonObject root = QJsonDocument::fromJson(shippedSmeSize()).object();
        int seen = 0;
        for (const QJsonValue &g : root.value(QStringLiteral("groups")).toArray()) {
            const QJsonObject o = g.toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            if (id == u"property_management" || id == u"leasing_business") {
                ++seen;
                QCOMPARE(o.value(QStringLiteral("verified")).toBool(false), true);
            }
            // No group of the table is left unverified.
            QVERIFY2(o.value(QStringLiteral("verified")).toBool(true), qPrintable(id));
        }
        QCOMPARE(seen, 2);
    }

    void smeSettledWithPartialData()
    {
        // 50 staff in industry: an SME whatever the revenue, though its size is open.
        Profile p;
        p.assessmentYear = Y;
        p.company.industry = QStringLiteral("C34");
        p.ensureYear(Y - 1).employees = 50;
        const auto r = rules::SmeSizeTable::builtin().classify(p, Y);
        QCOMPARE(r.isSme, rules::Truth::True);
        QCOMPARE(r.size, QStringLiteral("unknown"));
    }

    void missingIndustry()
    {
        Profile p;
        p.assessmentYear = Y;
        const auto r = rules::SmeSizeTable::builtin().classify(p, Y);
        QCOMPARE(r.size, QStringLiteral("unknown"));
        QCOMPARE(r.missing.first().field, QStringLiteral("company.industry"));
    }
};

QTEST_GUILESS_MAIN(TestSmeSize)
#include "test_smesize.moc"
