// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rational.h"

#include "Decimal.h"

namespace srdi {

namespace {

Int128 absValue(Int128 v) { return v < 0 ? -v : v; }

Int128 gcd(Int128 a, Int128 b)
{
    a = absValue(a);
    b = absValue(b);
    while (b != 0) {
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

// Compares a/b with c/d for b, d > 0 and a, c >= 0 by continued fractions.
int compareNonNegative(Int128 a, Int128 b, Int128 c, Int128 d)
{
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

} // namespace

Rational::Rational(Int128 num, Int128 den)
    : m_num(num)
    , m_den(den)
{
    Q_ASSERT(den != 0);
    normalize();
}

void Rational::normalize()
{
    if (m_den < 0) {
        m_den = -m_den;
        m_num = -m_num;
    }
    const Int128 g = gcd(m_num, m_den);
    if (g > 1) {
        m_num /= g;
        m_den /= g;
    }
}

Rational Rational::operator+(const Rational &o) const
{
    const Int128 g = gcd(m_den, o.m_den);
    return Rational(m_num * (o.m_den / g) + o.m_num * (m_den / g), (m_den / g) * o.m_den);
}

Rational Rational::operator-(const Rational &o) const
{
    return *this + (-o);
}

Rational Rational::operator*(const Rational &o) const
{
    const Int128 g1 = gcd(m_num, o.m_den);
    const Int128 g2 = gcd(o.m_num, m_den);
    const Int128 a = g1 ? g1 : 1;
    const Int128 b = g2 ? g2 : 1;
    return Rational((m_num / a) * (o.m_num / b), (m_den / b) * (o.m_den / a));
}

Rational Rational::operator/(const Rational &o) const
{
    Q_ASSERT(o.m_num != 0);
    return *this * Rational(o.m_den, o.m_num);
}

int Rational::compare(const Rational &x, const Rational &y)
{
    const bool xn = x.m_num < 0;
    const bool yn = y.m_num < 0;
    if (xn != yn)
        return xn ? -1 : 1;
    if (xn) // both negative: compare magnitudes reversed
        return -compareNonNegative(-x.m_num, x.m_den, -y.m_num, y.m_den);
    return compareNonNegative(x.m_num, x.m_den, y.m_num, y.m_den);
}

Int128 Rational::floor() const
{
    return floorDiv(m_num, m_den);
}

Int128 Rational::ceil() const
{
    return -floorDiv(-m_num, m_den);
}

qint64 Rational::toScaled4Rounded() const
{
    const Int128 scaled = m_num * kDecimalScale;
    const Int128 half = m_den / 2;
    const Int128 r = scaled >= 0 ? (scaled + half) / m_den : -((-scaled + half) / m_den);
    return qint64(r);
}

double Rational::toDouble() const
{
    return double(m_num) / double(m_den);
}

QString Rational::toString(int decimals) const
{
    Int128 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const Int128 scaled = m_num * scale;
    const Int128 half = m_den / 2;
    const Int128 r = scaled >= 0 ? (scaled + half) / m_den : -((-scaled + half) / m_den);
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
