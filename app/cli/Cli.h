// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// The headless command line (shared/spec/cli.md). Exit status: 0 done, 2 the
// input is invalid (stderr names the field, the value and why), 1 anything else.
namespace srdi::cli {

enum ExitCode { Done = 0, Failed = 1, InvalidInput = 2 };

// True when the arguments ask for headless work (no window, no display).
bool isHeadless(const QStringList &arguments);

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(srdi::cli::Cli)
public:
    // `arguments` as QCoreApplication::arguments() gives them (program first).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace srdi::cli
