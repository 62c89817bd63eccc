// SPDX-License-Identifier: GPL-3.0-or-later
// A shared library loaded when first needed rather than at every start
// (storage/LibPq.h, io/LibXlsxWriter.h): the library and its own
// dependencies stay out of the process until then.
#pragma once

#include <QString>

#include <functional>

class QLibrary;

namespace srdi::ondemand {

// Loads the library (Unix: lib<unixName>.so.<version>; Windows:
// <windowsName>.dll) and hands it to resolve, which looks its functions up
// and names the first one missing. Empty when everything was found;
// otherwise the library's error or the missing function. The library stays
// loaded for the life of the process.
QString load(const QString &unixName, int version, const QString &windowsName,
             const std::function<QString(QLibrary &)> &resolve);

} // namespace srdi::ondemand
