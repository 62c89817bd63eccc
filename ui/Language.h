// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The language the window shows data-driven text in (field names, rule names,
// choices): "zh_CN", "zh_TW" or "en". It is the user's choice when made
// (settings key ui/language), else follows the system's locale.
namespace srdi::ui {

QString currentLanguage();
void setCurrentLanguage(const QString &lang);

} // namespace srdi::ui
