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
// inputs are known but the figure has no value (0/0, growth from a negative
// base). A ratio over zero with a positive numerator is +infinity.
struct Num
{
    enum Kind : quint8 { Missing, Undefined, Finite, PosInf, NegInf };
    Kind kind = Missing;
    Rational v;
    // When > 1 the figure is v^(1/root) - 1: a compound growth rate over
    // `root` periods, compared exactly by raising the threshold instead.
    quint8 root = 1;

    static Num missing() { return {}; }
    static Num undefined() { return {Undefined, Rational(), 1}; }
    // A value the exact arithmetic could not represent (it overflowed) is a
    // figure the engine cannot decide on: Undefined, never a wrong number.
    static Num of(const Rational &r) { return r.isValid() ? Num{Finite, r, 1} : undefined(); }
    bool isKnown() const { return kind == Finite || kind == PosInf || kind == NegInf; }
    bool isFinite() const { return kind == Finite; }
    double toDouble() const; // display only
};

} // namespace srdi::rules
