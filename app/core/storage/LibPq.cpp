// SPDX-License-Identifier: GPL-3.0-or-later
#define SRDI_LIBPQ_NO_REDIRECT
#include "LibPq.h"

#include <QCoreApplication>

namespace srdi::libpq {

// The QPSQL driver holds the library too.
const ondemand::Library<Api> &library()
{
    static const ondemand::Library<Api> pq(
        QStringLiteral("pq"), 5, QStringLiteral("libpq"),
        [](QLibrary &library, Api &api) {
            QString missing;
            SRDI_LIBPQ_FUNCTIONS(SRDI_ONDEMAND_RESOLVE)
            return missing;
        },
        [](const QString &missing) {
            return QCoreApplication::translate("srdi::libpq",
                                               "PostgreSQL's client library (libpq) could not be used (%1). On "
                                               "Debian, install libpq5.")
                .arg(missing);
        });
    return pq;
}

} // namespace srdi::libpq
