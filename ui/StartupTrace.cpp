// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupTrace.h"

#include <chrono>
#include <cstdio>

Q_LOGGING_CATEGORY(lcStartup, "srdi.startup", QtWarningMsg)

namespace srdi::ui {

QElapsedTimer &startupClock()
{
    static QElapsedTimer clock;
    return clock;
}

void printFirstPaintClock()
{
    if (qEnvironmentVariableIsEmpty("SRDI_PRINT_FIRST_PAINT"))
        return;
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                        std::chrono::system_clock::now().time_since_epoch())
                        .count();
    std::fprintf(stderr, "first paint at %lld\n", static_cast<long long>(ns));
    std::fflush(stderr);
}

} // namespace srdi::ui
