// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Decimal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <optional>

using namespace srdi;

Q_DECLARE_METATYPE(std::optional<qint64>)

class TestDecimal : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void fromDouble_data();
    void fromDouble();
    void format_data();
    void format();
    void toDoubleRoundTrip_data();
    void toDoubleRoundTrip();
    void jsonTextOfDouble();
};

void TestDecimal::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("scaled");

    QTest::newRow("zero") << QStringLiteral("0") << true << qint64(0);
    QTest::newRow("one ten-thousandth") << QStringLiteral("0.0001") << true << qint64(1);
    QTest::newRow("four decimals") << QStringLiteral("8600.1234") << true << qint64(86001234);
    QTest::newRow("integer") << QStringLiteral("8600") << true << qint64(86000000);
    QTest::newRow("one decimal") << QStringLiteral("12.5") << true << qint64(125000);
    QTest::newRow("negative") << QStringLiteral("-12.5") << true << qint64(-125000);
    QTest::newRow("negative small") << QStringLiteral("-0.0001") << true << qint64(-1);
    QTest::newRow("plus sign") << QStringLiteral("+3") << true << qint64(30000);
    QTest::newRow("trailing point") << QStringLiteral("5.") << true << qint64(50000);
    QTest::newRow("leading point") << QStringLiteral(".5") << true << qint64(5000);
    QTest::newRow("surrounding spaces") << QStringLiteral(" 7.25 ") << true << qint64(72500);
    QTest::newRow("fifth decimal zero") << QStringLiteral("1.00000") << true << qint64(10000);
    QTest::newRow("many trailing zeros") << QStringLiteral("2.5000000") << true << qint64(25000);
    QTest::newRow("fifth decimal") << QStringLiteral("1.00001") << false << qint64(0);
    QTest::newRow("fifth decimal after zeros") << QStringLiteral("0.12345") << false << qint64(0);
    // 1亿 yuan is 10000 万元; 100000000 万元 is 10^12 yuan.
    QTest::newRow("1e8 wan") << QStringLiteral("100000000") << true << qint64(1000000000000LL);
    QTest::newRow("1yi yuan as wan") << QStringLiteral("10000") << true << qint64(100000000);
    QTest::newRow("upper bound") << QStringLiteral("100000000000000") << true
                                 << qint64(1000000000000000000LL);
    QTest::newRow("beyond bound") << QStringLiteral("100000000000000.0001") << false << qint64(0);
    QTest::newRow("far beyond bound")
        << QStringLiteral("99999999999999999999") << false << qint64(0);
    // Fifteen digits: once overflowed 64 bits when scaled (found by fuzzing).
    QTest::newRow("fifteen digits") << QStringLiteral("999999999999999") << false << qint64(0);
    QTest::newRow("just past bound") << QStringLiteral("100000000000001") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("sign only") << QStringLiteral("-") << false << qint64(0);
    QTest::newRow("point only") << QStringLiteral(".") << false << qint64(0);
    QTest::newRow("two points") << QStringLiteral("1.2.3") << false << qint64(0);
    QTest::newRow("exponent") << QStringLiteral("1e8") << false << qint64(0);
    QTest::newRow("letters") << QStringLiteral("12a") << false << qint64(0);
    QTest::newRow("comma") << QStringLiteral("1,5") << false << qint64(0);
}

void TestDecimal::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, scaled);
    const std::optional<qint64> v = parseDecimal4(text);
    QCOMPARE(v.has_value(), ok);
    if (ok)
        QCOMPARE(*v, scaled);
}

void TestDecimal::fromDouble_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("scaled");

    QTest::newRow("0.0001") << 0.0001 << true << qint64(1);
    QTest::newRow("8600.1234") << 8600.1234 << true << qint64(86001234);
    QTest::newRow("8600") << 8600.0 << true << qint64(86000000);
    QTest::newRow("12.5") << 12.5 << true << qint64(125000);
    QTest::newRow("1.2") << 1.2 << true << qint64(12000);
    QTest::newRow("0.1") << 0.1 << true << qint64(1000);
    QTest::newRow("-120.5") << -120.5 << true << qint64(-1205000);
    QTest::newRow("-0") << -0.0 << true << qint64(0);
    QTest::newRow("1e8") << 1e8 << true << qint64(1000000000000LL);
    QTest::newRow("1e-4") << 1e-4 << true << qint64(1);
    QTest::newRow("1.00001") << 1.00001 << false << qint64(0);
    QTest::newRow("1e-5") << 1e-5 << false << qint64(0);
    // 0.1 + 0.2 is 0.30000000000000004: seventeen decimals, not what anyone wrote.
    QTest::newRow("0.1+0.2") << 0.1 + 0.2 << false << qint64(0);
    QTest::newRow("0.3") << 0.3 << true << qint64(3000);
    QTest::newRow("1e14") << 1e14 << true << qint64(1000000000000000000LL);
    QTest::newRow("1e15") << 1e15 << false << qint64(0);
    QTest::newRow("inf") << qInf() << false << qint64(0);
    QTest::newRow("nan") << qQNaN() << false << qint64(0);
}

void TestDecimal::fromDouble()
{
    QFETCH(double, value);
    QFETCH(bool, ok);
    QFETCH(qint64, scaled);
    const std::optional<qint64> v = decimal4FromDouble(value);
    QCOMPARE(v.has_value(), ok);
    if (ok)
        QCOMPARE(*v, scaled);
}

void TestDecimal::format_data()
{
    QTest::addColumn<qint64>("scaled");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0");
    QTest::newRow("one") << qint64(1) << QStringLiteral("0.0001");
    QTest::newRow("minus one") << qint64(-1) << QStringLiteral("-0.0001");
    QTest::newRow("integer") << qint64(86000000) << QStringLiteral("8600");
    QTest::newRow("four decimals") << qint64(86001234) << QStringLiteral("8600.1234");
    QTest::newRow("trailing zeros cut") << qint64(86005000) << QStringLiteral("8600.5");
    QTest::newRow("inner zero") << qint64(10010) << QStringLiteral("1.001");
    QTest::newRow("negative") << qint64(-1205000) << QStringLiteral("-120.5");
    QTest::newRow("1e12 yuan") << qint64(1000000000000LL) << QStringLiteral("100000000");
    QTest::newRow("min") << std::numeric_limits<qint64>::min()
                         << QStringLiteral("-922337203685477.5808");
}

void TestDecimal::format()
{
    QFETCH(qint64, scaled);
    QFETCH(QString, text);
    QCOMPARE(formatDecimal4(scaled), text);
    if (scaled != std::numeric_limits<qint64>::min()) {
        const std::optional<qint64> back = parseDecimal4(text);
        QVERIFY(back.has_value());
        QCOMPARE(*back, scaled);
    }
}

void TestDecimal::toDoubleRoundTrip_data()
{
    QTest::addColumn<qint64>("scaled");
    QTest::newRow("0") << qint64(0);
    QTest::newRow("1") << qint64(1);
    QTest::newRow("-1") << qint64(-1);
    QTest::newRow("8600.1234") << qint64(86001234);
    QTest::newRow("12345678.9999") << qint64(123456789999LL);
    // Exact up to 2^53 scaled units (the importer keeps money within 10^14 yuan).
    QTest::newRow("2^53") << qint64(9007199254740992LL);
    QTest::newRow("-2^53") << qint64(-9007199254740992LL);
    QTest::newRow("99999999999.9999") << qint64(999999999999999LL);
    QTest::newRow("-0.3") << qint64(-3000);
    QTest::newRow("12.5 %") << qint64(125000);
}

// double -> shortest text -> exact decimal gives the value back.
void TestDecimal::toDoubleRoundTrip()
{
    QFETCH(qint64, scaled);
    const double d = decimal4ToDouble(scaled);
    const std::optional<qint64> back = decimal4FromDouble(d);
    QVERIFY(back.has_value());
    QCOMPARE(*back, scaled);
}

// What Qt writes into a JSON file for the doubles decimal4ToDouble() makes.
void TestDecimal::jsonTextOfDouble()
{
    const QJsonArray a{decimal4ToDouble(86001234), decimal4ToDouble(86000000),
                       decimal4ToDouble(125000), decimal4ToDouble(1000000000000LL)};
    QCOMPARE(QJsonDocument(a).toJson(QJsonDocument::Compact),
             QByteArray("[8600.1234,8600,12.5,100000000]"));
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "test_decimal.moc"
