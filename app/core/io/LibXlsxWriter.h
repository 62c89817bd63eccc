// SPDX-License-Identifier: GPL-3.0-or-later
// libxlsxwriter, loaded when a workbook is first written rather than at every
// start: with the zip and OpenSSL libraries it brings (libcrypto alone has
// 21,000 relocations) it cost every start some 2 ms for an export most
// starts never make.
//
// Include this header instead of <xlsxwriter.h>: it declares the types and
// constants, and routes each function the workbook calls through a pointer
// resolved once from the library. Call library().available() before the first.
#pragma once

#include "io/OnDemand.h"

#include <QString>

#include <xlsxwriter.h>

namespace srdi::libxlsxwriter {

// Every libxlsxwriter function the program calls.
#define SRDI_XLSXWRITER_FUNCTIONS(X)                                                                                 \
    X(format_set_align)                                                                                              \
    X(format_set_bg_color)                                                                                           \
    X(format_set_bold)                                                                                               \
    X(format_set_num_format)                                                                                         \
    X(format_set_text_wrap)                                                                                          \
    X(lxw_strerror)                                                                                                  \
    X(workbook_add_format)                                                                                           \
    X(workbook_add_worksheet)                                                                                        \
    X(workbook_close)                                                                                                \
    X(workbook_new_opt)                                                                                              \
    X(worksheet_autofilter)                                                                                          \
    X(worksheet_fit_to_pages)                                                                                        \
    X(worksheet_freeze_panes)                                                                                        \
    X(worksheet_repeat_rows)                                                                                         \
    X(worksheet_set_column)                                                                                          \
    X(worksheet_set_landscape)                                                                                       \
    X(worksheet_set_paper)                                                                                           \
    X(worksheet_set_row)                                                                                             \
    X(worksheet_write_datetime)                                                                                      \
    X(worksheet_write_number)                                                                                        \
    X(worksheet_write_string)

struct Api { SRDI_XLSXWRITER_FUNCTIONS(SRDI_ONDEMAND_MEMBER) };
// Loaded on the first question (ondemand::Library: available(), error(), api()).
const ondemand::Library<Api> &library();

} // namespace srdi::libxlsxwriter

// From here on a call such as workbook_close(book) goes through the loaded
// library (LibXlsxWriter.cpp, which resolves them, defines SRDI_XLSXWRITER_NO_REDIRECT).
#ifndef SRDI_XLSXWRITER_NO_REDIRECT
#define SRDI_XLSXWRITER_REDIRECT(name) (::srdi::libxlsxwriter::library().api().name)
#define format_set_align SRDI_XLSXWRITER_REDIRECT(format_set_align)
#define format_set_bg_color SRDI_XLSXWRITER_REDIRECT(format_set_bg_color)
#define format_set_bold SRDI_XLSXWRITER_REDIRECT(format_set_bold)
#define format_set_num_format SRDI_XLSXWRITER_REDIRECT(format_set_num_format)
#define format_set_text_wrap SRDI_XLSXWRITER_REDIRECT(format_set_text_wrap)
#define lxw_strerror SRDI_XLSXWRITER_REDIRECT(lxw_strerror)
#define workbook_add_format SRDI_XLSXWRITER_REDIRECT(workbook_add_format)
#define workbook_add_worksheet SRDI_XLSXWRITER_REDIRECT(workbook_add_worksheet)
#define workbook_close SRDI_XLSXWRITER_REDIRECT(workbook_close)
#define workbook_new_opt SRDI_XLSXWRITER_REDIRECT(workbook_new_opt)
#define worksheet_autofilter SRDI_XLSXWRITER_REDIRECT(worksheet_autofilter)
#define worksheet_fit_to_pages SRDI_XLSXWRITER_REDIRECT(worksheet_fit_to_pages)
#define worksheet_freeze_panes SRDI_XLSXWRITER_REDIRECT(worksheet_freeze_panes)
#define worksheet_repeat_rows SRDI_XLSXWRITER_REDIRECT(worksheet_repeat_rows)
#define worksheet_set_column SRDI_XLSXWRITER_REDIRECT(worksheet_set_column)
#define worksheet_set_landscape SRDI_XLSXWRITER_REDIRECT(worksheet_set_landscape)
#define worksheet_set_paper SRDI_XLSXWRITER_REDIRECT(worksheet_set_paper)
#define worksheet_set_row SRDI_XLSXWRITER_REDIRECT(worksheet_set_row)
#define worksheet_write_datetime SRDI_XLSXWRITER_REDIRECT(worksheet_write_datetime)
#define worksheet_write_number SRDI_XLSXWRITER_REDIRECT(worksheet_write_number)
#define worksheet_write_string SRDI_XLSXWRITER_REDIRECT(worksheet_write_string)
#endif
