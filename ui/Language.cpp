// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QLocale>
#include <QSettings>

namespace srdi::ui {

namespace {

QString fromLocale(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    // Traditional script where it is written: Taiwan, Hong Kong, Macau.
    if (locale.script() == QLocale::TraditionalChineseScript || locale.territory() == QLocale::Taiwan ||
        locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macau)
        return QStringLiteral("zh_TW");
    return QStringLiteral("zh_CN");
}

} // namespace

QString currentLanguage()
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    if (chosen == u"zh_CN" || chosen == u"zh_TW" || chosen == u"en")
        return chosen;
    return fromLocale(QLocale::system());
}

void setCurrentLanguage(const QString &lang)
{
    QSettings().setValue(QStringLiteral("ui/language"), lang);
}

} // namespace srdi::ui
