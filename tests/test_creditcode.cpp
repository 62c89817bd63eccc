// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CreditCode.h"

#include <QTest>

using namespace srdi;
using creditcode::Problem;

Q_DECLARE_METATYPE(srdi::creditcode::Problem)

class TestCreditCode : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void checkCharacter_data();
    void checkCharacter();
    void everySingleChangeIsCaught();
};

void TestCreditCode::check_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Problem>("problem");

    // Real-world codes (the second ends in X, value 29, then check X).
    QTest::newRow("valid 91350100M000100Y43")
        << QStringLiteral("91350100M000100Y43") << Problem::None;
    QTest::newRow("valid 9111000071093123XX")
        << QStringLiteral("9111000071093123XX") << Problem::None;
    QTest::newRow("valid fixture code") << QStringLiteral("91620100MA72XXXXXB") << Problem::None;
    QTest::newRow("check digit 0") << QStringLiteral("91620100MA72N12349") << Problem::None;

    QTest::newRow("changed check char")
        << QStringLiteral("91350100M000100Y44") << Problem::CheckDigit;
    QTest::newRow("changed check X->Y")
        << QStringLiteral("9111000071093123XY") << Problem::CheckDigit;
    QTest::newRow("changed body char")
        << QStringLiteral("91350100M000100Y53") << Problem::CheckDigit;
    QTest::newRow("swapped neighbours")
        << QStringLiteral("19350100M000100Y43") << Problem::CheckDigit;
    QTest::newRow("spec placeholder")
        << QStringLiteral("91620100MA72XXXXXX") << Problem::CheckDigit;

    QTest::newRow("empty") << QString() << Problem::Length;
    QTest::newRow("17 chars") << QStringLiteral("91350100M000100Y4") << Problem::Length;
    QTest::newRow("19 chars") << QStringLiteral("91350100M000100Y433") << Problem::Length;
    QTest::newRow("15-digit old licence") << QStringLiteral("350100400012345") << Problem::Length;
    QTest::newRow("surrounding space") << QStringLiteral(" 91350100M000100Y43") << Problem::Length;

    QTest::newRow("lowercase") << QStringLiteral("91350100m000100Y43") << Problem::Character;
    QTest::newRow("lowercase check") << QStringLiteral("9111000071093123Xx") << Problem::Character;
    QTest::newRow("letter I") << QStringLiteral("91350100I000100Y43") << Problem::Character;
    QTest::newRow("letter O") << QStringLiteral("91350100O000100Y43") << Problem::Character;
    QTest::newRow("letter Z") << QStringLiteral("91350100Z000100Y43") << Problem::Character;
    QTest::newRow("letter S") << QStringLiteral("91350100S000100Y43") << Problem::Character;
    QTest::newRow("letter V") << QStringLiteral("91350100V000100Y43") << Problem::Character;
    QTest::newRow("check letter Z") << QStringLiteral("91350100M000100Y4Z") << Problem::Character;
    QTest::newRow("hyphen") << QStringLiteral("91350100-000100Y43") << Problem::Character;
    QTest::newRow("full-width digit")
        << QStringLiteral("９1350100M000100Y43") << Problem::Character;
}

void TestCreditCode::check()
{
    QFETCH(QString, code);
    QFETCH(Problem, problem);
    QCOMPARE(creditcode::check(code), problem);
    QCOMPARE(creditcode::isValid(code), problem == Problem::None);
}

void TestCreditCode::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("3") << QStringLiteral("91350100M000100Y4") << QChar(u'3');
    QTest::newRow("X") << QStringLiteral("9111000071093123X") << QChar(u'X');
    QTest::newRow("B") << QStringLiteral("91620100MA72XXXXX") << QChar(u'B');
    QTest::newRow("0 when sum is a multiple of 31")
        << QStringLiteral("00000000000000000") << QChar(u'0');
    QTest::newRow("bad char") << QStringLiteral("9135010OM000100Y4") << QChar();
    QTest::newRow("too short") << QStringLiteral("9135") << QChar();
    QTest::newRow("too long") << QStringLiteral("91350100M000100Y43") << QChar();
}

void TestCreditCode::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(creditcode::checkCharacter(first17), expected);
}

// Mod 31 with weights coprime to 31 catches every single-character change.
void TestCreditCode::everySingleChangeIsCaught()
{
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    const QString code = QStringLiteral("91350100M000100Y43");
    for (qsizetype pos = 0; pos < code.size(); ++pos) {
        for (const QChar c : alphabet) {
            if (c == code.at(pos))
                continue;
            QString changed = code;
            changed[pos] = c;
            QCOMPARE(creditcode::check(changed), Problem::CheckDigit);
        }
    }
}

QTEST_GUILESS_MAIN(TestCreditCode)
#include "test_creditcode.moc"
