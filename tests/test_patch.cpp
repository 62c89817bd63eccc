// SPDX-License-Identifier: GPL-3.0-or-later
// Edits as patches: the fields an edit sets, its inverse, conflicts with
// another writer's change, and typing merged into one step.
#include "model/Patch.h"

#include <QTest>

using namespace srdi;

namespace {

Profile base()
{
    Profile p;
    p.assessmentYear = 2026;
    p.company.name = QStringLiteral("Base Co");
    p.company.region = QStringLiteral("330100");
    FiscalYear &fy = p.ensureYear(2025);
    fy.operatingRevenue = 80000000;
    fy.rdExpense = 3500000;
    fy.employees = 180;
    p.innovation.honors = QStringList{QStringLiteral("high_tech_enterprise")};
    return p;
}

} // namespace

class TestPatch : public QObject
{
    Q_OBJECT
private slots:
    void betweenNamesOnlyChangedFields()
    {
        const Profile before = base();
        Profile after = before;
        after.ensureYear(2025).rdExpense = 4000000;
        after.company.name = QStringLiteral("Renamed");
        const Patch p = Patch::between(before, after);
        QCOMPARE(p.keys(), (QStringList{QStringLiteral("company.name"), QStringLiteral("years.2025.rd_expense")}));
        QVERIFY(p.hasBase());
        QVERIFY(Patch::between(before, before).isEmpty());
    }

    void applyLeavesOtherFieldsAlone()
    {
        // The window changed R&D; meanwhile an import changed revenue and
        // the honours. Applying the window's patch keeps the import's fields.
        const Profile seen = base();
        Profile mine = seen;
        mine.ensureYear(2025).rdExpense = 4000000;
        const Patch patch = Patch::between(seen, mine);

        Profile stored = seen;
        stored.ensureYear(2025).operatingRevenue = 90000000;
        stored.innovation.honors = QStringList{};
        QVERIFY(patch.conflictsWith(stored).isEmpty());
        patch.applyTo(stored);
        QCOMPARE(stored.fiscalYear(2025)->rdExpense, Opt<qint64>(4000000));
        QCOMPARE(stored.fiscalYear(2025)->operatingRevenue, Opt<qint64>(90000000));
        QCOMPARE(stored.innovation.honors, Opt<QStringList>(QStringList{}));
    }

    void sameFieldToAThirdValueIsAConflict()
    {
        const Profile seen = base();
        Profile mine = seen;
        mine.ensureYear(2025).rdExpense = 4000000;
        const Patch patch = Patch::between(seen, mine);

        Profile theirs = seen;
        theirs.ensureYear(2025).rdExpense = 4200000;
        QCOMPARE(patch.conflictsWith(theirs), QStringList{QStringLiteral("years.2025.rd_expense")});
        // The other writer set the same value: no conflict, nothing to change.
        Profile same = seen;
        same.ensureYear(2025).rdExpense = 4000000;
        QVERIFY(patch.conflictsWith(same).isEmpty());
        QVERIFY(patch.changes(same).isEmpty());
        // A patch without a base (an import) never conflicts.
        QVERIFY(Patch::setting(mine, patch.keys()).conflictsWith(theirs).isEmpty());
    }

    void inverseRestoresExactlyWhatItDisplaced()
    {
        const Profile before = base();
        Profile after = before;
        after.ensureYear(2025).employees = std::nullopt; // cleared
        after.company.region = QStringLiteral("330110");
        const Patch patch = Patch::between(before, after);
        Profile p = before;
        patch.applyTo(p);
        QCOMPARE(p, after);
        patch.inverse().applyTo(p);
        QCOMPARE(p, before);
    }

    void yearsAreAddedAndRemovedWhole()
    {
        const Profile before = base();
        Profile added = before;
        added.ensureYear(2024); // an empty year column, added on purpose
        const Patch add = Patch::between(before, added);
        QCOMPARE(add.keys(), QStringList{QStringLiteral("years.2024")});
        Profile p = before;
        add.applyTo(p);
        QVERIFY(p.fiscalYear(2024));

        Profile removed = before;
        removed.years.clear();
        const Patch remove = Patch::between(before, removed);
        QVERIFY(remove.keys().contains(QStringLiteral("years.2025")));
        p = before;
        remove.applyTo(p);
        QVERIFY(!p.fiscalYear(2025));
        remove.inverse().applyTo(p);
        QCOMPARE(p, before);
    }

    void settingTakesOnlyGivenKeys()
    {
        Profile file;
        file.assessmentYear = 2026;
        file.company.name = QStringLiteral("Base Co");
        file.ensureYear(2025).operatingRevenue = 1;
        const Patch patch =
            Patch::setting(file, {QStringLiteral("years.2025"), QStringLiteral("years.2025.operating_revenue"),
                                  QStringLiteral("no.such.key")});
        QCOMPARE(patch.keys().size(), 2);
        Profile stored = base();
        patch.applyTo(stored);
        QCOMPARE(stored.fiscalYear(2025)->operatingRevenue, Opt<qint64>(1));
        QCOMPARE(stored.fiscalYear(2025)->rdExpense, Opt<qint64>(3500000)); // not given: kept
        QCOMPARE(stored.innovation.honors, base().innovation.honors);
    }

    void typingMergesIntoOneStep()
    {
        const Profile p0 = base();
        Profile p1 = p0, p2 = p0;
        p1.ensureYear(2025).rdExpense = 9;
        p2.ensureYear(2025).rdExpense = 90;
        Patch first = Patch::between(p0, p1);
        first.mergeLater(Patch::between(p1, p2));
        QCOMPARE(first.before(), p0);
        Profile p = p0;
        first.applyTo(p);
        QCOMPARE(p, p2);
        first.inverse().applyTo(p);
        QCOMPARE(p, p0);
        // Typed back to the start: the merged step changes nothing.
        first.mergeLater(Patch::between(p2, p0));
        QVERIFY(first.changes(first.before()).isEmpty());
    }

    void knownFieldsOfAProfile()
    {
        const QStringList known = fields::known(base());
        QVERIFY(known.contains(QStringLiteral("years.2025")));
        QVERIFY(known.contains(QStringLiteral("years.2025.rd_expense")));
        QVERIFY(known.contains(QStringLiteral("innovation.honors")));
        QVERIFY(!known.contains(QStringLiteral("years.2025.net_profit")));
        QVERIFY(!known.contains(QStringLiteral("company.credit_code")));
        QVERIFY(fields::isKey(QStringLiteral("company.attestations.no_banned_products")));
        QVERIFY(!fields::isKey(QStringLiteral("years.2025.nonsense")));
    }
};

QTEST_APPLESS_MAIN(TestPatch)
#include "test_patch.moc"
