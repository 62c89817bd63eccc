// SPDX-License-Identifier: GPL-3.0-or-later
#define SRDI_XLSXWRITER_NO_REDIRECT
#include "LibXlsxWriter.h"

#include "io/OnDemand.h"

#include <QCoreApplication>
#include <QLibrary>

#include <mutex>

namespace srdi::libxlsxwriter {

namespace {

struct Loaded
{
    Api api;
    bool complete = false;
    QString missing; // the library's error, or the first function not found
};

const Loaded &loaded()
{
    static Loaded state;
    static std::once_flag once;
    std::call_once(once, [] {
        state.missing = ondemand::load(QStringLiteral("xlsxwriter"), 4, QStringLiteral("xlsxwriter"), [](QLibrary &library) {
            QString missing;
#define SRDI_XLSXWRITER_RESOLVE(name)                                                                                \
    state.api.name = reinterpret_cast<decltype(state.api.name)>(library.resolve(#name));                             \
    if (!state.api.name && missing.isEmpty())                                                                        \
        missing = QStringLiteral(#name);
            SRDI_XLSXWRITER_FUNCTIONS(SRDI_XLSXWRITER_RESOLVE)
#undef SRDI_XLSXWRITER_RESOLVE
            return missing;
        });
        state.complete = state.missing.isEmpty();
    });
    return state;
}

} // namespace

bool available()
{
    return loaded().complete;
}

QString loadError()
{
    const Loaded &l = loaded();
    if (l.complete)
        return QString();
    return QCoreApplication::translate("srdi::libxlsxwriter",
                                       "The spreadsheet library (libxlsxwriter) could not be used (%1). On Debian, "
                                       "install libxlsxwriter4.")
        .arg(l.missing);
}

const Api &api()
{
    return loaded().api;
}

} // namespace srdi::libxlsxwriter
