// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnDemand.h"

#include <QLibrary>

namespace srdi::ondemand {

QString load(const QString &unixName, int version, const QString &windowsName,
             const std::function<QString(QLibrary &)> &resolve)
{
#ifdef Q_OS_WIN
    Q_UNUSED(unixName);
    Q_UNUSED(version);
    QLibrary library(windowsName);
#else
    Q_UNUSED(windowsName);
    QLibrary library(unixName, version);
#endif
    // QLibrary never unloads unless asked: the functions stay valid.
    if (!library.load())
        return library.errorString();
    return resolve(library);
}

} // namespace srdi::ondemand
