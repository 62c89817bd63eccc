# SPDX-License-Identifier: GPL-3.0-or-later
# The app is offline by construction: the executable links no Qt network
# module, and no source of ours includes a QtNetwork header or asks CMake for
# the Network component.
#   cmake -DEXE=build/srdi-assess -DSOURCE_DIR=. -P tests/nonetwork.cmake

if(NOT EXE OR NOT SOURCE_DIR)
    message(FATAL_ERROR "usage: cmake -DEXE=<srdi-assess> -DSOURCE_DIR=<source tree> -P nonetwork.cmake")
endif()

# 1. What the dynamic loader would load (direct and indirect dependencies).
execute_process(COMMAND ldd "${EXE}" OUTPUT_VARIABLE libs ERROR_VARIABLE lddError RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ldd ${EXE} failed (${rc}): ${lddError}")
endif()
if(NOT libs MATCHES "libQt6Core")
    message(FATAL_ERROR "ldd ${EXE} lists no libQt6Core; is this the right file?\n${libs}")
endif()
# Fails when a library matching pattern is among them, saying why.
function(refuse_loaded pattern why)
    string(REGEX MATCHALL "[^\n]*${pattern}[^\n]*" found "${libs}")
    if(found)
        message(FATAL_ERROR "${EXE} ${why}:\n${found}")
    endif()
endfunction()
refuse_loaded("libQt6Network" "links the Qt network module")
# PostgreSQL's client library, which talks to a server, is loaded only when a
# shared database is opened (app/core/storage/LibPq.h), never at start.
refuse_loaded("libpq\\." "loads PostgreSQL's client library at start")
# Nor OpenSSL, which came at every start with the spreadsheet library: that
# is loaded only when a workbook is written (app/core/io/LibXlsxWriter.h).
refuse_loaded("lib(ssl|crypto|xlsxwriter)\\." "loads OpenSSL or libxlsxwriter at start")

# 2. The sources: no QtNetwork header, no Network component.
set(networkHeader
    "#[ \t]*include[ \t]*[<\"](QtNetwork/|QtNetwork[>\"]|QNetwork|QTcp|QUdp|QSsl|QDtls|QHostAddress|QHostInfo|QLocalSocket|QLocalServer|QAbstractSocket|QDnsLookup|QHttp|QAuthenticator|QOcsp)")
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
set(found "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" hits REGEX "${networkHeader}")
    foreach(hit IN LISTS hits)
        string(APPEND found "${source}: ${hit}\n")
    endforeach()
endforeach()
file(GLOB_RECURSE cmakeFiles "${SOURCE_DIR}/CMakeLists.txt" "${SOURCE_DIR}/*.cmake")
list(FILTER cmakeFiles EXCLUDE REGEX "/build[^/]*/|/nonetwork\\.cmake$")
foreach(cmakeFile IN LISTS cmakeFiles)
    file(STRINGS "${cmakeFile}" hits REGEX "Qt6?::Network|COMPONENTS[^)#]* Network")
    foreach(hit IN LISTS hits)
        string(APPEND found "${cmakeFile}: ${hit}\n")
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "network code in the sources:\n${found}")
endif()

list(LENGTH sources count)
message(STATUS "no network: ${EXE} links no libQt6Network, no libpq and no OpenSSL; ${count} sources include no QtNetwork header")
