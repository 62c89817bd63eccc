// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL's client library (libpq), loaded when a shared database is first
// used rather than at every start: with its TLS, Kerberos and LDAP libraries
// it is some twenty libraries that a user of the embedded file never needs.
//
// Include this header instead of <libpq-fe.h>: it declares the types and
// constants, and routes each function the store calls (PQclear, PQexec, …)
// through a pointer resolved once from the library. Call available() first
// where a shared database begins (parsing its address); once a connection
// exists the library is loaded (Qt's QPSQL driver links it too).
#pragma once

#include <QString>

#include <libpq-fe.h>

namespace srdi::libpq {

// Every libpq function the program calls.
#define SRDI_LIBPQ_FUNCTIONS(X)                                                                                      \
    X(PQbackendPID)                                                                                                  \
    X(PQclear)                                                                                                       \
    X(PQcmdStatus)                                                                                                   \
    X(PQcmdTuples)                                                                                                   \
    X(PQconnectdbParams)                                                                                             \
    X(PQconnectionNeedsPassword)                                                                                     \
    X(PQconnectionUsedPassword)                                                                                      \
    X(PQconninfoFree)                                                                                                \
    X(PQconninfoParse)                                                                                               \
    X(PQconsumeInput)                                                                                                \
    X(PQenterPipelineMode)                                                                                           \
    X(PQerrorMessage)                                                                                                \
    X(PQexec)                                                                                                        \
    X(PQexecParams)                                                                                                  \
    X(PQexecPrepared)                                                                                                \
    X(PQexitPipelineMode)                                                                                            \
    X(PQfinish)                                                                                                      \
    X(PQfname)                                                                                                       \
    X(PQfreemem)                                                                                                     \
    X(PQgetResult)                                                                                                   \
    X(PQgetisnull)                                                                                                   \
    X(PQgetlength)                                                                                                   \
    X(PQgetvalue)                                                                                                    \
    X(PQnfields)                                                                                                     \
    X(PQntuples)                                                                                                     \
    X(PQpingParams)                                                                                                  \
    X(PQpipelineSync)                                                                                                \
    X(PQprepare)                                                                                                     \
    X(PQreset)                                                                                                       \
    X(PQresultErrorMessage)                                                                                          \
    X(PQresultStatus)                                                                                                \
    X(PQsendPrepare)                                                                                                 \
    X(PQsendQueryParams)                                                                                             \
    X(PQsendQueryPrepared)                                                                                           \
    X(PQstatus)                                                                                                      \
    X(PQunescapeBytea)

struct Api
{
#define SRDI_LIBPQ_MEMBER(name) decltype(&::name) name = nullptr;
    SRDI_LIBPQ_FUNCTIONS(SRDI_LIBPQ_MEMBER)
#undef SRDI_LIBPQ_MEMBER
};

// Loads the library once (thread-safe); true when every function was found.
bool available();
// Why available() is false, in the user's language.
QString loadError();
// The functions; valid only after available() said true.
const Api &api();

} // namespace srdi::libpq

// From here on a call such as PQclear(result) goes through the loaded library
// (LibPq.cpp, which resolves them, defines SRDI_LIBPQ_NO_REDIRECT).
#ifndef SRDI_LIBPQ_NO_REDIRECT
#define PQbackendPID (::srdi::libpq::api().PQbackendPID)
#define PQclear (::srdi::libpq::api().PQclear)
#define PQcmdStatus (::srdi::libpq::api().PQcmdStatus)
#define PQcmdTuples (::srdi::libpq::api().PQcmdTuples)
#define PQconnectdbParams (::srdi::libpq::api().PQconnectdbParams)
#define PQconnectionNeedsPassword (::srdi::libpq::api().PQconnectionNeedsPassword)
#define PQconnectionUsedPassword (::srdi::libpq::api().PQconnectionUsedPassword)
#define PQconninfoFree (::srdi::libpq::api().PQconninfoFree)
#define PQconninfoParse (::srdi::libpq::api().PQconninfoParse)
#define PQconsumeInput (::srdi::libpq::api().PQconsumeInput)
#define PQenterPipelineMode (::srdi::libpq::api().PQenterPipelineMode)
#define PQerrorMessage (::srdi::libpq::api().PQerrorMessage)
#define PQexec (::srdi::libpq::api().PQexec)
#define PQexecParams (::srdi::libpq::api().PQexecParams)
#define PQexecPrepared (::srdi::libpq::api().PQexecPrepared)
#define PQexitPipelineMode (::srdi::libpq::api().PQexitPipelineMode)
#define PQfinish (::srdi::libpq::api().PQfinish)
#define PQfname (::srdi::libpq::api().PQfname)
#define PQfreemem (::srdi::libpq::api().PQfreemem)
#define PQgetResult (::srdi::libpq::api().PQgetResult)
#define PQgetisnull (::srdi::libpq::api().PQgetisnull)
#define PQgetlength (::srdi::libpq::api().PQgetlength)
#define PQgetvalue (::srdi::libpq::api().PQgetvalue)
#define PQnfields (::srdi::libpq::api().PQnfields)
#define PQntuples (::srdi::libpq::api().PQntuples)
#define PQpingParams (::srdi::libpq::api().PQpingParams)
#define PQpipelineSync (::srdi::libpq::api().PQpipelineSync)
#define PQprepare (::srdi::libpq::api().PQprepare)
#define PQreset (::srdi::libpq::api().PQreset)
#define PQresultErrorMessage (::srdi::libpq::api().PQresultErrorMessage)
#define PQresultStatus (::srdi::libpq::api().PQresultStatus)
#define PQsendPrepare (::srdi::libpq::api().PQsendPrepare)
#define PQsendQueryParams (::srdi::libpq::api().PQsendQueryParams)
#define PQsendQueryPrepared (::srdi::libpq::api().PQsendQueryPrepared)
#define PQstatus (::srdi::libpq::api().PQstatus)
#define PQunescapeBytea (::srdi::libpq::api().PQunescapeBytea)
#endif
