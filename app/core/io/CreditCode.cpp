// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditCode.h"

#include <array>

namespace srdi::creditcode {

namespace {

// GB 32100-2015, 5.3: the 31 characters of the code; a character's value is its index.
constexpr char16_t kAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kRadix = 31;
constexpr qsizetype kLength = 18;

// Weights of positions 1..17 (3^(i-1) mod 31).
constexpr std::array<int, 17> kWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                          29, 25, 13, 8,  24, 10, 30, 28};

int valueOf(QChar c)
{
    for (int i = 0; i < kRadix; ++i) {
        if (c.unicode() == kAlphabet[i])
            return i;
    }
    return -1;
}

} // namespace

QChar checkCharacter(QStringView first17)
{
    if (first17.size() != qsizetype(kWeights.size()))
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < first17.size(); ++i) {
        const int v = valueOf(first17[i]);
        if (v < 0)
            return {};
        sum += v * kWeights[size_t(i)];
    }
    const int check = (kRadix - sum % kRadix) % kRadix;
    return QChar(kAlphabet[check]);
}

Problem check(const QString &code)
{
    if (code.size() != kLength)
        return Problem::Length;
    for (const QChar c : code) {
        if (valueOf(c) < 0)
            return Problem::Character;
    }
    const QChar expected = checkCharacter(QStringView(code).first(kLength - 1));
    return expected == code.back() ? Problem::None : Problem::CheckDigit;
}

} // namespace srdi::creditcode
