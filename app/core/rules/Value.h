// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Rational.h"

#include <QString>

// Three-valued logic and exact numbers with "unknown" kept apart from zero.
namespace srdi::rules {

enum class Truth : quint8 { False, True, Unknown };

inline Truth truthAnd(Truth a, Truth b)
{
    if (a == Truth::False || b == Truth::False)
        return Truth::False;
    if (a == Truth::Unknown || b == Truth::Unknown)
        return Truth::Unknown;
    return Truth::True;
}

inline Truth truthOr(Truth a, Truth b)
{
    if (a == Truth::True || b == Truth::True)
        return Truth::True;
    if (a == Truth::Unknown || b == Truth::Unknown)
        return Truth::Unknown;
    return Truth::False;
}

inline Truth truthNot(Truth a)
{
    return a == Truth::Unknown ? a : (a == Truth::True ? Truth::False : Truth::True);
}

inline Truth truthOf(bool b)
{
    return b ? Truth::True : Truth::False;
}

// A number a rule looks at. `Missing`: an input is unknown. `Undefined`: the
// inputs are known but the engine cannot decide on the figure (growth from a
// negative base, an overflow). `ZeroBase`: a ratio, share or growth whose
// denominator is zero (R&D over zero revenue, 0/0, growth from zero): every
// figure is entered, the ratio has no value, and it earns no band above the
// lowest — every comparison with it fails, whichever its direction.
struct Num
{
    enum Kind : quint8 { Missing, Undefined, Finite, PosInf, NegInf, ZeroBase };
    Kind kind = Missing;
    Rational v;
    // When > 1 the figure is v^(1/root) - 1: a compound growth rate over
    // `root` periods, compared exactly by raising the threshold instead.
    quint8 root = 1;
    // ZeroBase: the figure that is zero (a field name, and its fiscal year for
    // a yearly figure), when the denominator is a single figure.
    QString zeroField;
    int zeroYear = 0;
    // Finite: a mean of the items that have a value, `skipped` items (whose
    // base is zeroField of zeroYear, when a single figure) left out.
    quint8 skipped = 0;

    static Num missing() { return {}; }
    static Num undefined() { return {Undefined, Rational(), 1, {}, 0}; }
    static Num zeroBase(const QString &field = {}, int year = 0) { return {ZeroBase, Rational(), 1, field, year}; }
    // A value the exact arithmetic could not represent (it overflowed) is a
    // figure the engine cannot decide on: Undefined, never a wrong number.
    static Num of(const Rational &r) { return r.isValid() ? Num{Finite, r, 1, {}, 0} : undefined(); }
    bool isKnown() const { return kind == Finite || kind == PosInf || kind == NegInf; }
    bool isFinite() const { return kind == Finite; }
    double toDouble() const; // display only
};

} // namespace srdi::rules
