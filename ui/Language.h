// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The window's language: the user's choice (settings key ui/language) once
// made, else the system's locale. The translators themselves live in the core
// (i18n::Language), shared with the command line.
namespace srdi::ui {

QString currentLanguage();
// The language to start in: the remembered choice, else the system locale.
QString startupLanguage();
// Installs the translators and the script's fonts (no setting is written).
void applyLanguage(const QString &lang);
// Switches every window now and remembers the choice.
void setCurrentLanguage(const QString &lang);

} // namespace srdi::ui
