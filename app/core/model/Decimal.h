// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

// Exact decimals with four places, stored as an integer scaled by 10,000.
//
// One scale serves the whole product: money entered in 万元 with at most four
// decimals becomes integer yuan (1 万元 = 10,000 yuan), and percentages
// (12.5 means 12.5 %) keep four decimals too. No float ever reaches a rule.
namespace srdi {

constexpr qint64 kDecimalScale = 10000;

// The unit money is written in (万元, 10,000 yuan): in the exchange file, in
// rule packs and on screen for Chinese readers.
inline QString wanUnit() { return QStringLiteral("\u4e07\u5143"); }

// Parses a plain decimal ("8600", "-12.5", "0.0001"); nullopt when the text is
// not a decimal, has more than four decimals, or is out of range.
std::optional<qint64> parseDecimal4(QStringView text);

// Parses a JSON number. A JSON number arrives as a double; its shortest
// round-trip text is what the user wrote, so that text is parsed exactly.
std::optional<qint64> decimal4FromDouble(double value);

// "8600", "8600.5", "-0.0001": the shortest exact text of a scaled value.
QString formatDecimal4(qint64 scaled);

// The double closest to scaled / 10,000 (for JSON output only; the shortest
// text of that double is exactly formatDecimal4()).
double decimal4ToDouble(qint64 scaled);

} // namespace srdi
