// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupTrace.h"

Q_LOGGING_CATEGORY(lcStartup, "srdi.startup", QtWarningMsg)

namespace srdi::ui {

QElapsedTimer &startupClock()
{
    static QElapsedTimer clock;
    return clock;
}

} // namespace srdi::ui
