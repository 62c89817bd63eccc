// SPDX-License-Identifier: GPL-3.0-or-later
#include "Decimal.h"

#include <QLocale>
#include <cmath>
#include <limits>

namespace srdi {

namespace {
// The widest decimal this parser takes: |value| <= 10^14 (scaled: 10^18, still
// in 64 bits). The profile validator bounds money tighter (ten billion 万元,
// 10^14 yuan), so products of two figures fit in 128 bits.
constexpr qint64 kMaxScaled = qint64(100000000000000LL) * 10000;
} // namespace

std::optional<qint64> parseDecimal4(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    qsizetype i = 0;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        ++i;
    }
    qint64 whole = 0;
    qint64 frac = 0;
    int fracDigits = 0;
    bool seenDigit = false;
    bool seenPoint = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.') {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        seenDigit = true;
        const int d = c.unicode() - u'0';
        if (seenPoint) {
            if (fracDigits == 4) {
                if (d != 0)
                    return std::nullopt; // a fifth decimal that matters
                continue;
            }
            frac = frac * 10 + d;
            ++fracDigits;
        } else {
            // Checked after each digit: whole * kDecimalScale below must not
            // overflow (fifteen digits from 922337203685478 on did).
            whole = whole * 10 + d;
            if (whole > (kMaxScaled / kDecimalScale))
                return std::nullopt;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    while (fracDigits < 4) {
        frac *= 10;
        ++fracDigits;
    }
    const qint64 scaled = whole * kDecimalScale + frac;
    if (scaled > kMaxScaled)
        return std::nullopt;
    return negative ? -scaled : scaled;
}

std::optional<qint64> decimal4FromDouble(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    if (std::fabs(value) >= 1e15)
        return std::nullopt;
    // Shortest round-trip text in fixed notation: exactly what was written.
    const QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    return parseDecimal4(text);
}

QString formatDecimal4(qint64 scaled)
{
    const bool negative = scaled < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(scaled) : quint64(scaled);
    QString out = QString::number(magnitude / kDecimalScale);
    quint64 frac = magnitude % kDecimalScale;
    if (frac != 0) {
        QString digits = QString::number(frac).rightJustified(4, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        out += u'.' + digits;
    }
    return negative ? u'-' + out : out;
}

double decimal4ToDouble(qint64 scaled)
{
    return double(scaled) / double(kDecimalScale);
}

} // namespace srdi
