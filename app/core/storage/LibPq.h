// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL's client library (libpq), loaded when a shared database is first
// used rather than at every start: with its TLS, Kerberos and LDAP libraries
// it is some twenty libraries that a user of the embedded file never needs.
//
// Include this header instead of <libpq-fe.h>: it declares the types and
// constants, and routes each function the store calls (PQclear, PQexec, …)
// through a pointer resolved once from the library. Call library().available() first
// where a shared database begins (parsing its address); once a connection
// exists the library is loaded (Qt's QPSQL driver links it too).
#pragma once

#include "io/OnDemand.h"

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

struct Api { SRDI_LIBPQ_FUNCTIONS(SRDI_ONDEMAND_MEMBER) };
// Loaded on the first question (ondemand::Library: available(), error(), api()).
const ondemand::Library<Api> &library();

} // namespace srdi::libpq

// From here on a call such as PQclear(result) goes through the loaded library
// (LibPq.cpp, which resolves them, defines SRDI_LIBPQ_NO_REDIRECT).
#ifndef SRDI_LIBPQ_NO_REDIRECT
#define PQbackendPID (::srdi::libpq::library().api().PQbackendPID)
#define PQclear (::srdi::libpq::library().api().PQclear)
#define PQcmdStatus (::srdi::libpq::library().api().PQcmdStatus)
#define PQcmdTuples (::srdi::libpq::library().api().PQcmdTuples)
#define PQconnectdbParams (::srdi::libpq::library().api().PQconnectdbParams)
#define PQconnectionNeedsPassword (::srdi::libpq::library().api().PQconnectionNeedsPassword)
#define PQconnectionUsedPassword (::srdi::libpq::library().api().PQconnectionUsedPassword)
#define PQconninfoFree (::srdi::libpq::library().api().PQconninfoFree)
#define PQconninfoParse (::srdi::libpq::library().api().PQconninfoParse)
#define PQconsumeInput (::srdi::libpq::library().api().PQconsumeInput)
#define PQenterPipelineMode (::srdi::libpq::library().api().PQenterPipelineMode)
#define PQerrorMessage (::srdi::libpq::library().api().PQerrorMessage)
#define PQexec (::srdi::libpq::library().api().PQexec)
#define PQexecParams (::srdi::libpq::library().api().PQexecParams)
#define PQexecPrepared (::srdi::libpq::library().api().PQexecPrepared)
#define PQexitPipelineMode (::srdi::libpq::library().api().PQexitPipelineMode)
#define PQfinish (::srdi::libpq::library().api().PQfinish)
#define PQfname (::srdi::libpq::library().api().PQfname)
#define PQfreemem (::srdi::libpq::library().api().PQfreemem)
#define PQgetResult (::srdi::libpq::library().api().PQgetResult)
#define PQgetisnull (::srdi::libpq::library().api().PQgetisnull)
#define PQgetlength (::srdi::libpq::library().api().PQgetlength)
#define PQgetvalue (::srdi::libpq::library().api().PQgetvalue)
#define PQnfields (::srdi::libpq::library().api().PQnfields)
#define PQntuples (::srdi::libpq::library().api().PQntuples)
#define PQpingParams (::srdi::libpq::library().api().PQpingParams)
#define PQpipelineSync (::srdi::libpq::library().api().PQpipelineSync)
#define PQprepare (::srdi::libpq::library().api().PQprepare)
#define PQreset (::srdi::libpq::library().api().PQreset)
#define PQresultErrorMessage (::srdi::libpq::library().api().PQresultErrorMessage)
#define PQresultStatus (::srdi::libpq::library().api().PQresultStatus)
#define PQsendPrepare (::srdi::libpq::library().api().PQsendPrepare)
#define PQsendQueryParams (::srdi::libpq::library().api().PQsendQueryParams)
#define PQsendQueryPrepared (::srdi::libpq::library().api().PQsendQueryPrepared)
#define PQstatus (::srdi::libpq::library().api().PQstatus)
#define PQunescapeBytea (::srdi::libpq::library().api().PQunescapeBytea)
#endif
