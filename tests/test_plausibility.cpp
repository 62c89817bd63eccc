// SPDX-License-Identifier: GPL-3.0-or-later
// Plausibility warnings for likely unit errors (yuan typed where 万元 is
// asked): each threshold of data/plausibility.json at, below and above; the
// one-click fix divides by 10,000. Warnings never refuse a figure.

#include "model/Plausibility.h"

#include <QTest>

using namespace srdi;
using Kind = PlausibilityWarning::Kind;

namespace {

constexpr qint64 W = 10000; // yuan per 万元

Profile company()
{
    // The clerk's Hangzhou manufacturer: revenue ~8,000万, R&D ~350万.
    Profile p;
    for (int y : {2024, 2025}) {
        FiscalYear fy;
        fy.year = y;
        fy.operatingRevenue = 8000 * W;
        fy.mainBusinessRevenue = 7680 * W;
        fy.rdExpense = 350 * W;
        fy.costExpenseTotal = 7000 * W;
        fy.totalAssets = 9000 * W;
        p.years.append(fy);
    }
    return p;
}

QList<Kind> kinds(const Profile &p, const QString &key)
{
    QList<Kind> out;
    for (const PlausibilityWarning &w : Plausibility::forKey(p, key))
        out.append(w.kind);
    return out;
}

} // namespace

class TestPlausibility : public QObject
{
    Q_OBJECT
private slots:
    void builtinRulesLoad()
    {
        const PlausibilityRules &r = PlausibilityRules::builtin();
        QVERIFY(r.moneyFields.contains(QStringLiteral("rd_expense")));
        QVERIFY(r.anyMoneyFactor > 1);
        QVERIFY(r.jumpFactor > 1);
        QVERIFY(!r.aboveRevenue.isEmpty());
        QVERIFY(Plausibility::check(company()).isEmpty()); // a sound company: nothing
    }

    // The issue's case: 3,500,000 typed into 研发费用 (万元) is 350亿.
    void yuanForWan()
    {
        Profile p = company();
        p.ensureYear(2025).rdExpense = 3500000 * W;
        const QList<PlausibilityWarning> w = Plausibility::forKey(p, QStringLiteral("years.2025.rd_expense"));
        QVERIFY(!w.isEmpty());
        QCOMPARE(w.first().value, 3500000 * W);
        QCOMPARE(w.first().reference, 8000 * W);
        // One click: ÷10,000 gives what was meant, and the warning is gone.
        p.ensureYear(2025).rdExpense = Plausibility::fixed(*p.ensureYear(2025).rdExpense);
        QCOMPARE(*p.ensureYear(2025).rdExpense, 350 * W);
        QVERIFY(Plausibility::forKey(p, QStringLiteral("years.2025.rd_expense")).isEmpty());
        QVERIFY(Plausibility::question().contains(QStringLiteral("万元")));
    }

    // Each threshold at, just below and just above, with the rules of a data
    // file (so the test follows the data, not constants).
    void thresholds_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<bool>("warned");
        QTest::addColumn<int>("kind");
        const PlausibilityRules &r = PlausibilityRules::builtin();
        const qint64 revenue = 8000 * W;
        for (const PlausibilityRules::AboveRevenue &a : r.aboveRevenue) {
            const qint64 at = a.factor * revenue;
            QTest::addRow("%s at %lldx revenue", qPrintable(a.field), a.factor) << a.field << at << false << 0;
            QTest::addRow("%s below", qPrintable(a.field)) << a.field << at - 1 << false << 0;
            QTest::addRow("%s above", qPrintable(a.field)) << a.field << at + 1 << true << int(Kind::AboveRevenue);
        }
        // Total assets: only the far-above rule (and the jump) apply. The
        // year before is set equal so that no jump interferes: both years move.
        const qint64 far = r.anyMoneyFactor * revenue;
        QTest::newRow("any money at") << QStringLiteral("total_liabilities") << far << false << 0;
        QTest::newRow("any money below") << QStringLiteral("total_liabilities") << far - 1 << false << 0;
        QTest::newRow("any money above") << QStringLiteral("total_liabilities") << far + 1 << true << int(Kind::FarAboveRevenue);
    }

    void thresholds()
    {
        QFETCH(QString, column);
        QFETCH(qint64, value);
        QFETCH(bool, warned);
        QFETCH(int, kind);
        Profile p = company();
        for (FiscalYear &fy : p.years) {
            if (column == u"rd_expense")
                fy.rdExpense = value;
            else if (column == u"cost_expense_total")
                fy.costExpenseTotal = value;
            else if (column == u"total_liabilities")
                fy.totalLiabilities = value;
            else
                QFAIL(qPrintable(column));
        }
        const QList<Kind> k = kinds(p, QStringLiteral("years.2025.") + column);
        QCOMPARE(!k.isEmpty(), warned);
        if (warned)
            QCOMPARE(int(k.first()), kind);
    }

    void jump_data()
    {
        QTest::addColumn<qint64>("before");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<bool>("warned");
        const qint64 f = PlausibilityRules::builtin().jumpFactor;
        QTest::newRow("at") << 300 * W << f * 300 * W << true;
        QTest::newRow("below") << 300 * W << f * 300 * W - 1 << false;
        QTest::newRow("above") << 300 * W << f * 300 * W + 1 << true;
        QTest::newRow("down tenfold") << 3000 * W << 300 * W << false;
        QTest::newRow("from zero") << qint64(0) << 300 * W << false;
    }

    void jump()
    {
        QFETCH(qint64, before);
        QFETCH(qint64, now);
        QFETCH(bool, warned);
        Profile p = company();
        // Revenue high enough that the revenue rules stay quiet.
        for (FiscalYear &fy : p.years)
            fy.operatingRevenue = 1000000 * W;
        p.ensureYear(2024).equityFinancing = before;
        p.ensureYear(2025).equityFinancing = now;
        const QList<Kind> k = kinds(p, QStringLiteral("years.2025.equity_financing"));
        QCOMPARE(k.contains(Kind::Jump), warned);
        QVERIFY(kinds(p, QStringLiteral("years.2024.equity_financing")).isEmpty()); // no year before it
    }

    // The data file's rules, not constants: a different file moves the line.
    void rulesFromData()
    {
        QString error;
        const PlausibilityRules r = PlausibilityRules::fromJson(
            R"({"format": "srdi-plausibility/1", "money_fields": ["rd_expense"],
                "above_revenue": [{"field": "rd_expense", "factor": 2}],
                "any_money_above_revenue_factor": 0, "jump_from_previous_year_factor": 0})",
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Profile p = company();
        p.ensureYear(2025).rdExpense = 9000 * W; // above revenue, below 2×
        QVERIFY(Plausibility::forKey(p, QStringLiteral("years.2025.rd_expense"), r).isEmpty());
        QVERIFY(!Plausibility::forKey(p, QStringLiteral("years.2025.rd_expense")).isEmpty()); // built-in: factor 1
        QVERIFY(PlausibilityRules::fromJson(R"({"format": "srdi-plausibility/1", "money_fields": ["nope"]})", &error)
                    .moneyFields.isEmpty());
        QVERIFY(error.contains(QStringLiteral("nope")));
    }

    void fixRounds()
    {
        QCOMPARE(Plausibility::fixed(35000000000), qint64(3500000));
        QCOMPARE(Plausibility::fixed(14999), qint64(1));
        QCOMPARE(Plausibility::fixed(15000), qint64(2));
        QCOMPARE(Plausibility::fixed(-15000), qint64(-2));
    }
};

QTEST_GUILESS_MAIN(TestPlausibility)
#include "test_plausibility.moc"
