// SPDX-License-Identifier: GPL-3.0-or-later
#define SRDI_LIBPQ_NO_REDIRECT
#include "LibPq.h"

#include "io/OnDemand.h"

#include <QCoreApplication>
#include <QLibrary>

#include <mutex>

namespace srdi::libpq {

namespace {

struct Loaded
{
    Api api;
    bool complete = false;
    QString missing; // the library, or the first function not found
};

const Loaded &loaded()
{
    static Loaded state;
    static std::once_flag once;
    std::call_once(once, [] {
        // The QPSQL driver holds the library too.
        state.missing = ondemand::load(QStringLiteral("pq"), 5, QStringLiteral("libpq"), [](QLibrary &library) {
            QString missing;
#define SRDI_LIBPQ_RESOLVE(name)                                                                                     \
    state.api.name = reinterpret_cast<decltype(state.api.name)>(library.resolve(#name));                             \
    if (!state.api.name && missing.isEmpty())                                                                        \
        missing = QStringLiteral(#name);
            SRDI_LIBPQ_FUNCTIONS(SRDI_LIBPQ_RESOLVE)
#undef SRDI_LIBPQ_RESOLVE
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
    return QCoreApplication::translate("srdi::libpq",
                                       "PostgreSQL's client library (libpq) could not be used (%1). On Debian, "
                                       "install libpq5.")
        .arg(l.missing);
}

const Api &api()
{
    return loaded().api;
}

} // namespace srdi::libpq
