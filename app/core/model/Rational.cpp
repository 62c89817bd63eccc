// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rational.h"

#include "Decimal.h"

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace srdi {

namespace {

__extension__ typedef unsigned __int128 UInt128; // as Int128: marked so -Wpedantic accepts it
constexpr Int128 kMax = Int128(~UInt128(0) >> 1);
constexpr Int128 kMin = -kMax - 1;

Int128 absValue(Int128 v) { return v < 0 ? -v : v; } // never given kMin

bool fits64(UInt128 v) { return (v >> 64) == 0; }

Int128 gcd(Int128 a, Int128 b)
{
    a = absValue(a);
    b = absValue(b);
    while (b != 0) {
        // Once both fit in 64 bits (nearly always from the start), the
        // hardware's division: a 128-bit remainder is a call into libgcc.
        if (fits64(UInt128(a)) && fits64(UInt128(b))) {
            quint64 x = quint64(a), y = quint64(b);
            while (y != 0) {
                const quint64 t = x % y;
                x = y;
                y = t;
            }
            return Int128(x);
        }
        const Int128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

Int128 floorDiv(Int128 a, Int128 b) // b > 0
{
    Int128 q = a / b;
    if ((a % b != 0) && (a < 0))
        --q;
    return q;
}

// a / b for b > 0, in 64 bits when both fit there.
Int128 quotient(Int128 a, Int128 b)
{
    constexpr Int128 lo = std::numeric_limits<qint64>::min(), hi = std::numeric_limits<qint64>::max();
    if (a >= lo && a <= hi && b <= hi)
        return qint64(a) / qint64(b);
    return a / b;
}

// Compares a/b with c/d for b, d > 0 and a, c >= 0 by continued fractions.
int compareNonNegative(Int128 a, Int128 b, Int128 c, Int128 d)
{
    // All four within 64 bits (nearly always): the cross products fit in
    // 128 unsigned bits and compare exactly.
    if (fits64(UInt128(a)) && fits64(UInt128(b)) && fits64(UInt128(c)) && fits64(UInt128(d))) {
        const UInt128 left = UInt128(a) * UInt128(d), right = UInt128(c) * UInt128(b);
        return left == right ? 0 : (left < right ? -1 : 1);
    }
    for (;;) {
        const Int128 qa = a / b;
        const Int128 qc = c / d;
        if (qa != qc)
            return qa < qc ? -1 : 1;
        const Int128 ra = a % b;
        const Int128 rc = c % d;
        if (ra == 0 || rc == 0) {
            if (ra == rc)
                return 0;
            return ra == 0 ? -1 : 1;
        }
        // a/b = q + ra/b; compare ra/b with rc/d, i.e. d/rc with b/ra reversed.
        a = d;
        c = b;
        const Int128 nb = rc;
        d = ra;
        b = nb;
    }
}

// round(num * scale / den), half away from zero, for den > 0 and scale > 0,
// without an intermediate that overflows; nullopt when the result does not fit.
// Used only to display.
std::optional<Int128> scaledRounded(Int128 num, Int128 den, Int128 scale)
{
    const bool negative = num < 0;
    const Int128 mag = absValue(num);
    Int128 q = mag / den;
    Int128 r = mag % den;
    Int128 d = den;
    Int128 whole = 0;
    if (__builtin_mul_overflow(q, scale, &whole))
        return std::nullopt;
    // r < d: when r * scale would overflow, d is so large that halving both
    // changes the rounded fraction by far less than a unit of display.
    while (r > kMax / scale) {
        r >>= 1;
        d >>= 1;
    }
    const Int128 part = r * scale;
    Int128 frac = part / d;
    const Int128 rem = part % d;
    if (rem >= d - rem)
        ++frac;
    Int128 out = 0;
    if (__builtin_add_overflow(whole, frac, &out))
        return std::nullopt;
    return negative ? -out : out;
}

// A non-negative integer of any size, as 32-bit limbs, least significant first.
using Limbs = std::vector<quint32>;

Limbs limbsOf(Int128 v) // v >= 0
{
    Limbs out;
    UInt128 u = UInt128(v);
    while (u != 0) {
        out.push_back(quint32(u));
        u >>= 32;
    }
    return out;
}

Limbs multiply(const Limbs &a, const Limbs &b)
{
    if (a.empty() || b.empty())
        return {};
    Limbs out(a.size() + b.size(), 0);
    for (std::size_t i = 0; i < a.size(); ++i) {
        quint64 carry = 0;
        for (std::size_t j = 0; j < b.size(); ++j) {
            const quint64 cur = quint64(out[i + j]) + quint64(a[i]) * b[j] + carry;
            out[i + j] = quint32(cur);
            carry = cur >> 32;
        }
        out[i + b.size()] = quint32(carry);
    }
    while (!out.empty() && out.back() == 0)
        out.pop_back();
    return out;
}

Limbs raise(const Limbs &base, int exponent)
{
    Limbs out{1};
    for (int i = 0; i < exponent; ++i)
        out = multiply(out, base);
    return out;
}

int compareLimbs(const Limbs &a, const Limbs &b) // both without leading zeros
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    for (std::size_t i = a.size(); i-- > 0;) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

} // namespace

Rational::Rational(Int128 num, Int128 den)
    : m_num(num)
    , m_den(den)
{
    normalize();
}

Rational Rational::notRepresentable()
{
    return Rational(0, 0);
}

Rational Rational::make(Int128 num, Int128 den)
{
    return Rational(num, den);
}

void Rational::normalize()
{
    // A zero denominator (a division by zero) or the one value whose negation
    // does not fit: not representable.
    if (m_den == 0 || m_num == kMin || m_den == kMin) {
        m_num = 0;
        m_den = 0;
        return;
    }
    if (m_den < 0) {
        m_den = -m_den;
        m_num = -m_num;
    }
    const Int128 g = gcd(m_num, m_den);
    if (g > 1) {
        const UInt128 n = UInt128(absValue(m_num));
        if (fits64(n) && fits64(UInt128(m_den))) { // as below, in 64 bits
            const quint64 q = quint64(n) / quint64(g);
            m_num = m_num < 0 ? -Int128(q) : Int128(q);
            m_den = Int128(quint64(m_den) / quint64(g));
        } else {
            m_num /= g;
            m_den /= g;
        }
    }
}

Rational Rational::operator+(const Rational &o) const
{
    if (!isValid() || !o.isValid())
        return notRepresentable();
    const Int128 g = gcd(m_den, o.m_den); // >= 1: both denominators are positive
    Int128 left = 0, right = 0, sum = 0, den = 0;
    if (__builtin_mul_overflow(m_num, quotient(o.m_den, g), &left) ||
        __builtin_mul_overflow(o.m_num, quotient(m_den, g), &right) || __builtin_add_overflow(left, right, &sum) ||
        __builtin_mul_overflow(quotient(m_den, g), o.m_den, &den))
        return notRepresentable();
    return make(sum, den);
}

Rational Rational::operator-(const Rational &o) const
{
    return *this + (-o);
}

Rational Rational::operator*(const Rational &o) const
{
    if (!isValid() || !o.isValid())
        return notRepresentable();
    const Int128 g1 = gcd(m_num, o.m_den); // >= 1: the denominator is positive
    const Int128 g2 = gcd(o.m_num, m_den);
    Int128 num = 0, den = 0;
    if (__builtin_mul_overflow(quotient(m_num, g1), quotient(o.m_num, g2), &num) ||
        __builtin_mul_overflow(quotient(m_den, g2), quotient(o.m_den, g1), &den))
        return notRepresentable();
    return make(num, den);
}

Rational Rational::operator/(const Rational &o) const
{
    if (!isValid() || !o.isValid() || o.m_num == 0)
        return notRepresentable();
    return *this * Rational(o.m_den, o.m_num);
}

Rational Rational::power(const Rational &base, int exponent)
{
    if (exponent < 0 || exponent > 64) // structural: the engine's bound on periods is far lower
        return notRepresentable();
    Rational out(1);
    for (int i = 0; i < exponent && out.isValid(); ++i)
        out = out * base;
    return out;
}

int Rational::compare(const Rational &x, const Rational &y)
{
    if (!x.isValid() || !y.isValid())
        return 0;
    const bool xn = x.m_num < 0;
    const bool yn = y.m_num < 0;
    if (xn != yn)
        return xn ? -1 : 1;
    if (xn) // both negative: compare magnitudes reversed
        return -compareNonNegative(-x.m_num, x.m_den, -y.m_num, y.m_den);
    return compareNonNegative(x.m_num, x.m_den, y.m_num, y.m_den);
}

int Rational::comparePower(const Rational &a, const Rational &base, int exponent)
{
    if (!a.isValid() || !base.isValid() || exponent < 0 || exponent > 64) // structural: as power()
        return 0;
    if (a.isNegative() || base.isNegative()) {
        const Rational p = power(base, exponent);
        return p.isValid() ? compare(a, p) : 0;
    }
    // p/q vs (r/s)^n  <=>  p * s^n vs q * r^n, all non-negative integers.
    const Limbs left = multiply(limbsOf(a.m_num), raise(limbsOf(base.m_den), exponent));
    const Limbs right = multiply(limbsOf(a.m_den), raise(limbsOf(base.m_num), exponent));
    return compareLimbs(left, right);
}

Int128 Rational::floor() const
{
    return isValid() ? floorDiv(m_num, m_den) : 0;
}

Int128 Rational::ceil() const
{
    return isValid() ? -floorDiv(-m_num, m_den) : 0;
}

qint64 Rational::toScaled4Rounded() const
{
    if (!isValid())
        return 0;
    const auto r = scaledRounded(m_num, m_den, kDecimalScale);
    if (!r || *r > std::numeric_limits<qint64>::max() || *r < std::numeric_limits<qint64>::min())
        return m_num < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    return qint64(*r);
}

double Rational::toDouble() const
{
    if (!isValid())
        return std::nan("");
    return double(m_num) / double(m_den);
}

QString Rational::toString(int decimals) const
{
    if (!isValid())
        return QStringLiteral("—");
    Int128 scale = 1;
    for (int i = 0; i < decimals && i < 30; ++i) // structural: 10^30 fits in 127 bits
        scale *= 10;
    const auto rounded = scaledRounded(m_num, m_den, scale);
    if (!rounded) // too large for its decimals: the whole part is what matters
        return int128ToString(m_num / m_den);
    const Int128 r = *rounded;
    const bool negative = r < 0;
    const Int128 mag = absValue(r);
    QString out = int128ToString(mag / scale);
    QString frac = int128ToString(mag % scale).rightJustified(decimals, u'0');
    while (frac.endsWith(u'0'))
        frac.chop(1);
    if (!frac.isEmpty())
        out += u'.' + frac;
    if (negative && out != u"0")
        out.prepend(u'-');
    return out;
}

QString int128ToString(Int128 v)
{
    if (v == 0)
        return QStringLiteral("0");
    const bool negative = v < 0;
    QString digits;
    while (v != 0) {
        const int d = int(v % 10);
        digits.prepend(QChar(u'0' + (d < 0 ? -d : d)));
        v /= 10;
    }
    return negative ? u'-' + digits : digits;
}

} // namespace srdi
