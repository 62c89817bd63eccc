// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

// An exact fraction for the rules: ratios, growth rates and thresholds are
// compared by cross-multiplication, never as floating point.
//
// Numerator and denominator are 128-bit (GCC, Clang and MinGW all provide
// __int128). Every operation is checked: a result that does not fit is not
// wrapped (undefined behaviour, and a wrong answer) but marked as not
// representable (isValid() false), which the engine reports as a figure it
// cannot decide on, never as met. Comparison uses continued fractions and
// never multiplies; comparePower() compares with an n-th power exactly in
// arbitrary precision, so compound growth over many periods cannot overflow.
namespace srdi {

__extension__ typedef __int128 Int128; // GCC, Clang and MinGW; marked so -Wpedantic accepts it

class Rational
{
public:
    constexpr Rational() = default;
    Rational(Int128 num, Int128 den = 1);

    static Rational fromScaled4(qint64 scaled) { return Rational(scaled, 10000); }

    // A value that could not be represented: the result of an operation that
    // overflowed, or of one with an operand that already had. It propagates
    // through arithmetic; compare() must not be given one.
    static Rational notRepresentable();
    bool isValid() const { return m_den != 0; }

    Int128 num() const { return m_num; }
    Int128 den() const { return m_den; }
    bool isZero() const { return m_num == 0; }
    bool isNegative() const { return m_num < 0; }

    Rational operator+(const Rational &o) const;
    Rational operator-(const Rational &o) const;
    Rational operator*(const Rational &o) const;
    Rational operator/(const Rational &o) const; // o must not be zero
    Rational operator-() const { return Rational(-m_num, m_den); }

    // `base` raised to `exponent` (0..64); not representable when it overflows.
    static Rational power(const Rational &base, int exponent);

    // Exact three-way comparison: -1, 0 or 1. Both must be valid (a value
    // that is not representable compares as equal to everything).
    static int compare(const Rational &a, const Rational &b);
    // Exact three-way comparison of `a` with base^exponent for a >= 0 and
    // base >= 0, whatever the size of the power (no overflow, no rounding).
    static int comparePower(const Rational &a, const Rational &base, int exponent);
    bool operator<(const Rational &o) const { return compare(*this, o) < 0; }
    bool operator<=(const Rational &o) const { return compare(*this, o) <= 0; }
    bool operator>(const Rational &o) const { return compare(*this, o) > 0; }
    bool operator>=(const Rational &o) const { return compare(*this, o) >= 0; }
    bool operator==(const Rational &o) const { return compare(*this, o) == 0; }
    bool operator!=(const Rational &o) const { return compare(*this, o) != 0; }

    // Rounding toward +inf / -inf to an integer.
    Int128 ceil() const;
    Int128 floor() const;

    // The value scaled by 10,000 and rounded half away from zero; used only to
    // display (JSON output, labels), never to decide.
    qint64 toScaled4Rounded() const;
    double toDouble() const;
    // Decimal text with at most `decimals` places, trailing zeros dropped.
    QString toString(int decimals = 2) const;

private:
    void normalize();
    static Rational make(Int128 num, Int128 den); // den > 0 or not representable
    Int128 m_num = 0;
    Int128 m_den = 1;
};

QString int128ToString(Int128 v);

} // namespace srdi
