// SPDX-License-Identifier: GPL-3.0-or-later
#define SRDI_XLSXWRITER_NO_REDIRECT
#include "LibXlsxWriter.h"

#include <QCoreApplication>

namespace srdi::libxlsxwriter {

const ondemand::Library<Api> &library()
{
    static const ondemand::Library<Api> xlsx(
        QStringLiteral("xlsxwriter"), 4, QStringLiteral("xlsxwriter"),
        [](QLibrary &library, Api &api) {
            QString missing;
            SRDI_XLSXWRITER_FUNCTIONS(SRDI_ONDEMAND_RESOLVE)
            return missing;
        },
        [](const QString &missing) {
            return QCoreApplication::translate("srdi::libxlsxwriter",
                                               "The spreadsheet library (libxlsxwriter) could not be used (%1). On "
                                               "Debian, install libxlsxwriter4.")
                .arg(missing);
        });
    return xlsx;
}

} // namespace srdi::libxlsxwriter
