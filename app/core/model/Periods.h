// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

// Periods counted in years, as 民法典 第二百零一条 and 第二百零二条 count them:
// the start day is not counted, and a period of N years ends on the
// corresponding day N years later, which is its last day; where that month has
// no corresponding day (29 February), on the last day of the month. One helper
// for every such period: a title's validity, the years in a niche market.
namespace srdi::periods {

// The last day of a period of `years` years that starts on `start`
// (a title granted 2023-06-30 for three years: 2026-06-30).
inline QDate lastDay(const QDate &start, int years)
{
    // QDate::addYears moves 29 February to 28 February: the month's last day.
    return start.addYears(years);
}

// Whether `date` lies in that period: from `start` through its last day.
inline bool within(const QDate &start, int years, const QDate &date)
{
    return start.isValid() && date.isValid() && start <= date && date <= lastDay(start, years);
}

// How many whole years have run from `start` by `end`: the largest N whose
// period has come to its last day (entered 2023-01-01: 3 years on 2026-01-01,
// 2 on 2025-12-31). 0 when `end` is before the first anniversary.
inline int fullYears(const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid() || end < start)
        return 0;
    int n = end.year() - start.year();
    if (n > 0 && lastDay(start, n) > end)
        --n;
    return n < 0 ? 0 : n;
}

} // namespace srdi::periods
