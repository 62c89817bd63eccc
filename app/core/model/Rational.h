// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

// An exact fraction for the rules: ratios, growth rates and thresholds are
// compared by cross-multiplication, never as floating point.
//
// Numerator and denominator are 128-bit (GCC, Clang and MinGW all provide
// __int128). Inputs are bounded by the profile validator (money below ten
// billion 万元), so sums and products of two inputs fit with room to spare;
// comparison uses continued fractions and so never multiplies at all.
namespace srdi {

__extension__ typedef __int128 Int128; // GCC, Clang and MinGW; marked so -Wpedantic accepts it

class Rational
{
public:
    constexpr Rational() = default;
    Rational(Int128 num, Int128 den = 1);

    static Rational fromScaled4(qint64 scaled) { return Rational(scaled, 10000); }

    Int128 num() const { return m_num; }
    Int128 den() const { return m_den; }
    bool isZero() const { return m_num == 0; }
    bool isNegative() const { return m_num < 0; }

    Rational operator+(const Rational &o) const;
    Rational operator-(const Rational &o) const;
    Rational operator*(const Rational &o) const;
    Rational operator/(const Rational &o) const; // o must not be zero
    Rational operator-() const { return Rational(-m_num, m_den); }

    // Exact three-way comparison: -1, 0 or 1.
    static int compare(const Rational &a, const Rational &b);
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
    Int128 m_num = 0;
    Int128 m_den = 1;
};

QString int128ToString(Int128 v);

} // namespace srdi
