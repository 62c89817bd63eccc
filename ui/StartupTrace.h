// SPDX-License-Identifier: GPL-3.0-or-later
// Where start-up time goes: QT_LOGGING_RULES="srdi.startup.debug=true" prints
// the milliseconds since main() began at each step up to the first paint.
#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStartup)

namespace srdi::ui {

// Started by main() before anything else; the steps read it.
QElapsedTimer &startupClock();

inline void startupMark(const char *step)
{
    if (lcStartup().isDebugEnabled() && startupClock().isValid())
        qCDebug(lcStartup, "%6.1f ms  %s", double(startupClock().nsecsElapsed()) / 1e6, step);
}

// For benchmarks timing whole processes: with SRDI_PRINT_FIRST_PAINT set,
// prints "first paint at <ns since the epoch>" to stderr (the clock of
// `date +%s%N`), so that a script can tell the start-up from the exit.
void printFirstPaintClock();

} // namespace srdi::ui
