// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Rational.h"

#include <QTest>

using srdi::Int128;
using srdi::Rational;

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
};

QTEST_GUILESS_MAIN(TestRational)
#include "test_rational.moc"
