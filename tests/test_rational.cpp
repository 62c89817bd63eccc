// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Rational.h"

#include <QTest>
#include <limits>

using srdi::Int128;
using srdi::Rational;

Q_DECLARE_METATYPE(Int128)

class TestRational : public QObject
{
    Q_OBJECT
private slots:
    void normalizes()
    {
        const Rational r(6, -4);
        QCOMPARE(qint64(r.num()), qint64(-3));
        QCOMPARE(qint64(r.den()), qint64(2));
    }

    // Lowest terms whether the parts fit in 64 bits or not, and across that line.
    void normalizesAcrossSixtyFourBits_data()
    {
        QTest::addColumn<Int128>("num");
        QTest::addColumn<Int128>("den");
        QTest::addColumn<Int128>("lowNum");
        QTest::addColumn<Int128>("lowDen");
        const Int128 two64 = Int128(1) << 64;
        const Int128 p61 = (Int128(1) << 61) - 1; // a prime
        QTest::newRow("small") << Int128(-84) << Int128(36) << Int128(-7) << Int128(3);
        QTest::newRow("at 2^64") << two64 * 3 << two64 * 6 << Int128(1) << Int128(2);
        QTest::newRow("one part above 2^64") << two64 * 5 << Int128(10) << two64 / 2 << Int128(1);
        QTest::newRow("both just below 2^64") << (two64 - 1) << (two64 - 1) / 3 << Int128(3) << Int128(1);
        QTest::newRow("coprime primes") << p61 << Int128(1000000007) << p61 << Int128(1000000007);
        QTest::newRow("common prime above 2^64") << p61 * 6 * 5 << p61 * 4 * -7 << Int128(-15) << Int128(14);
        QTest::newRow("largest") << std::numeric_limits<Int128>::max() << std::numeric_limits<Int128>::max()
                                 << Int128(1) << Int128(1);
    }
    void normalizesAcrossSixtyFourBits()
    {
        QFETCH(Int128, num);
        QFETCH(Int128, den);
        QFETCH(Int128, lowNum);
        QFETCH(Int128, lowDen);
        const Rational r(num, den);
        QVERIFY(r.num() == lowNum);
        QVERIFY(r.den() == lowDen);
        QVERIFY(Rational(lowNum, lowDen) * Rational(den, 1) == Rational(num, 1) || !(Rational(lowNum, lowDen) * Rational(den, 1)).isValid());
    }

    void comparesAcrossSixtyFourBits()
    {
        const Int128 two64 = Int128(1) << 64;
        const auto cmp = [](Int128 a, Int128 b, Int128 c, Int128 d) { return Rational::compare(Rational(a, b), Rational(c, d)); };
        QCOMPARE(cmp(two64 + 1, two64, 1, 1), 1);
        QCOMPARE(cmp(two64 - 1, two64, two64 - 2, two64 - 1), 1); // (2^64-1)^2 > (2^64-2) 2^64
        QCOMPARE(cmp(two64 - 2, two64 - 1, two64 - 1, two64), -1);
        QCOMPARE(cmp((two64 - 1) * 3, (two64 - 1) * 7, 3, 7), 0);
        QCOMPARE(cmp(-(two64 - 1), two64 - 3, -(two64 - 2), two64 - 4), 1); // -(1 + 2/(2^64-3)) > -(1 + 2/(2^64-4))
        QCOMPARE(cmp(std::numeric_limits<qint64>::max(), 1, std::numeric_limits<qint64>::max(), 2), 1);
        // Sums and products whose parts are reduced across the 64-bit line.
        QVERIFY(Rational(two64, 3) * Rational(3, two64) == Rational(1));
        QVERIFY(Rational(1, two64) + Rational(1, two64) == Rational(2, two64));
        QVERIFY(Rational(std::numeric_limits<qint64>::min(), 3) + Rational(1, 3) == Rational(std::numeric_limits<qint64>::min() + 1, 3));
    }

    void comparesExactly_data()
    {
        QTest::addColumn<qint64>("a");
        QTest::addColumn<qint64>("b");
        QTest::addColumn<qint64>("c");
        QTest::addColumn<qint64>("d");
        QTest::addColumn<int>("expected");
        QTest::newRow("3% of revenue at the yuan") << qint64(258000) << qint64(8600000) << qint64(3) << qint64(100) << 0;
        QTest::newRow("a yuan short") << qint64(257999) << qint64(8600000) << qint64(3) << qint64(100) << -1;
        QTest::newRow("a yuan over") << qint64(258001) << qint64(8600000) << qint64(3) << qint64(100) << 1;
        QTest::newRow("0.1 + 0.2 vs 0.3 has no float error") << qint64(3) << qint64(10) << qint64(30) << qint64(100) << 0;
        QTest::newRow("negative vs positive") << qint64(-1) << qint64(3) << qint64(1) << qint64(1000000) << -1;
        QTest::newRow("both negative") << qint64(-2) << qint64(3) << qint64(-1) << qint64(2) << -1;
        QTest::newRow("huge denominators") << qint64(999999999999999) << qint64(1000000000000000) << qint64(999999999999998)
                                           << qint64(999999999999999) << 1;
    }

    void comparesExactly()
    {
        QFETCH(qint64, a);
        QFETCH(qint64, b);
        QFETCH(qint64, c);
        QFETCH(qint64, d);
        QFETCH(int, expected);
        QCOMPARE(Rational::compare(Rational(a, b), Rational(c, d)), expected);
        QCOMPARE(Rational::compare(Rational(c, d), Rational(a, b)), -expected);
    }

    void arithmetic()
    {
        const Rational a(1, 3);
        const Rational b(1, 6);
        QCOMPARE((a + b).toString(4), QStringLiteral("0.5"));
        QCOMPARE((a - b).toString(4), QStringLiteral("0.1667"));
        QCOMPARE((a * b).toString(6), QStringLiteral("0.055556"));
        QCOMPARE((a / b).toString(), QStringLiteral("2"));
        // Products of two bounded money figures stay exact beyond 64 bits.
        const Rational big(Int128(1000000000000000LL));
        QCOMPARE(Rational::compare(big * big, big * big + Rational(1)), -1);
    }

    void rounding()
    {
        QCOMPARE(qint64(Rational(999999999, 1000).ceil()), qint64(1000000));
        QCOMPARE(qint64(Rational(-5, 2).ceil()), qint64(-2));
        QCOMPARE(qint64(Rational(-5, 2).floor()), qint64(-3));
        QCOMPARE(Rational(2, 3).toScaled4Rounded(), qint64(6667));
        QCOMPARE(Rational(-1, 3).toString(2), QStringLiteral("-0.33"));
    }

    // Issue 16, finding 11: every operation is checked; a result that does
    // not fit is marked, never wrapped (signed overflow is undefined).
    void overflowIsMarkedNotWrapped()
    {
        constexpr qint64 big = std::numeric_limits<qint64>::max();
        constexpr qint64 small = std::numeric_limits<qint64>::min();
        const Rational b(big), s(small);
        QVERIFY((b * b).isValid()); // 2^126: fits
        QVERIFY(!(b * b * b).isValid());
        QVERIFY(!(s * s * s).isValid());
        QVERIFY(!((b * b) + (b * b) + (b * b) + (b * b)).isValid());
        QVERIFY(!(Rational(1, big) + Rational(1, big - 1) + Rational(1, big - 2)).isValid());
        QVERIFY(!(Rational(1) / Rational(0)).isValid());
        QVERIFY(!(b * b * b + Rational(1)).isValid()); // it stays marked
        QVERIFY(!Rational::power(Rational(10523, 10000), 10).isValid()); // 10^40 below
        QCOMPARE(Rational::power(Rational(21, 20), 10).num(), Int128(16679880978201LL));
        // Display does not overflow either.
        QCOMPARE((b * b).toScaled4Rounded(), big);
        QCOMPARE(Rational(1, big).toString(4), QStringLiteral("0"));
        QCOMPARE((b * b).toString(0), QStringLiteral("85070591730234615847396907784232501249"));
        QCOMPARE((Rational(1) / Rational(0)).toString(), QStringLiteral("—"));
    }

    void comparesWithPowersExactly()
    {
        // 1.0523^10 = 1.66492894633... : exactly, with no 128-bit overflow.
        const Rational base(10523, 10000);
        QCOMPARE(Rational::comparePower(Rational(166492894, 100000000), base, 10), -1);
        QCOMPARE(Rational::comparePower(Rational(166492895, 100000000), base, 10), 1);
        QCOMPARE(Rational::comparePower(Rational(1), base, 10), -1);
        QCOMPARE(Rational::comparePower(Rational(1), Rational(1), 10), 0);
        QCOMPARE(Rational::comparePower(Rational(1024), Rational(2), 10), 0);
        QCOMPARE(Rational::comparePower(Rational(std::numeric_limits<qint64>::max()), Rational(9999, 1), 10), -1);
        QCOMPARE(Rational::comparePower(Rational(0), Rational(0), 10), 0);
    }
};

QTEST_GUILESS_MAIN(TestRational)
#include "test_rational.moc"
