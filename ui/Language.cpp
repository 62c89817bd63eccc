// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include "i18n/Language.h"

#include <QApplication>
#include <QFont>
#include <QSettings>

namespace srdi::ui {

QString currentLanguage()
{
    return i18n::Language::current();
}

QString startupLanguage()
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    if (i18n::Language::isKnown(chosen))
        return chosen;
    return i18n::Language::fromLocale(QLocale::system());
}

void applyLanguage(const QString &lang)
{
    i18n::Language::apply(lang);
    // Han characters in the shapes of the script: with no hint, fontconfig
    // falls back to the Japanese cut of Noto CJK. English keeps the system
    // face for Latin text and draws company names in simplified shapes.
    static const QStringList latin = QApplication::font().families();
    QStringList families;
    if (lang == u"zh_TW")
        families = {QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Microsoft JhengHei"), QStringLiteral("WenQuanYi Micro Hei")};
    else if (lang == u"zh_CN")
        families = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"), QStringLiteral("WenQuanYi Micro Hei")};
    else
        families = latin + QStringList{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei")};
    QFont font = QApplication::font();
    font.setFamilies(families);
    QApplication::setFont(font);
}

void setCurrentLanguage(const QString &lang)
{
    if (!i18n::Language::isKnown(lang))
        return;
    applyLanguage(lang);
    QSettings().setValue(QStringLiteral("ui/language"), lang);
}

} // namespace srdi::ui
