// SPDX-License-Identifier: GPL-3.0-or-later
// A shared library loaded when first needed rather than at every start
// (storage/LibPq.h, io/LibXlsxWriter.h): the library and its own
// dependencies stay out of the process until then.
#pragma once

#include <QLibrary>
#include <QString>

#include <functional>
#include <mutex>

namespace srdi::ondemand {

// Loads the library (Unix: lib<unixName>.so.<version>; Windows:
// <windowsName>.dll) and hands it to resolve, which looks its functions up
// and names the first one missing. Empty when everything was found;
// otherwise the library's error or the missing function. The library stays
// loaded for the life of the process.
QString load(const QString &unixName, int version, const QString &windowsName,
             const std::function<QString(QLibrary &)> &resolve);

// The functions of such a library (Api: a struct of function pointers),
// loaded on the first question asked (thread-safe).
template <typename Api>
class Library
{
public:
    using Resolve = std::function<QString(QLibrary &, Api &)>;
    // explain: the sentence for the user, given what is missing.
    using Explain = std::function<QString(const QString &missing)>;
    Library(QString unixName, int version, QString windowsName, Resolve resolve, Explain explain)
        : m_unixName(std::move(unixName))
        , m_version(version)
        , m_windowsName(std::move(windowsName))
        , m_resolve(std::move(resolve))
        , m_explain(std::move(explain))
    {
    }
    // True when the library and every function were found.
    bool available() const { return missing().isEmpty(); }
    // Empty when available(); else the library's error or the missing function.
    QString missing() const
    {
        loadOnce();
        return m_missing;
    }
    // Why available() is false, in the user's language; empty when it is true.
    QString error() const { return available() ? QString() : m_explain(m_missing); }
    // The functions; valid only when available().
    const Api &api() const
    {
        loadOnce();
        return m_api;
    }

private:
    void loadOnce() const
    {
        std::call_once(m_once, [this] {
            m_missing = load(m_unixName, m_version, m_windowsName, [this](QLibrary &library) { return m_resolve(library, m_api); });
        });
    }
    const QString m_unixName;
    const int m_version;
    const QString m_windowsName;
    const Resolve m_resolve;
    const Explain m_explain;
    mutable std::once_flag m_once;
    mutable Api m_api;
    mutable QString m_missing;
};

// A member of an Api struct for one function of an X-macro list:
// struct Api { LIST(SRDI_ONDEMAND_MEMBER) };
#define SRDI_ONDEMAND_MEMBER(name) decltype(&::name) name = nullptr;

// Resolves one function of an X-macro list into api (SRDI_ONDEMAND_RESOLVE
// inside a Resolve whose parameters are named library and api, and which
// keeps the first name not found in missing).
#define SRDI_ONDEMAND_RESOLVE(name)                                                                                  \
    api.name = reinterpret_cast<decltype(api.name)>(library.resolve(#name));                                         \
    if (!api.name && missing.isEmpty())                                                                              \
        missing = QStringLiteral(#name);

} // namespace srdi::ondemand
