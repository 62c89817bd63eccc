// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// 统一社会信用代码 (GB 32100-2015): 18 characters from the code's alphabet
// (digits and capital letters without I, O, Z, S, V), the last a check
// character computed modulo 31 over the first seventeen.
namespace srdi::creditcode {

enum class Problem { None, Length, Character, CheckDigit };

Problem check(const QString &code);
inline bool isValid(const QString &code) { return check(code) == Problem::None; }
// The check character for the first 17 characters, or a null QChar when any is
// outside the alphabet.
QChar checkCharacter(QStringView first17);

} // namespace srdi::creditcode
