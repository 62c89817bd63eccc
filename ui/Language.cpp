// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include "i18n/Language.h"
#include "report/Report.h"

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
    // Han characters in the face the printed report uses (Chinese shapes,
    // never the Japanese cut fontconfig falls back to without a hint), so
    // that screen and paper look alike; WenQuanYi Micro Hei first also opens
    // in about a millisecond, where Noto CJK's first use costs 15–20 ms of
    // the window's start. English keeps the system face for Latin text.
    static const QStringList latin = QApplication::font().families();
    QStringList families;
    if (lang == u"zh_TW" || lang == u"zh_CN")
        families = report::Report::fontFamilies(lang);
    else
        families = latin + report::Report::fontFamilies(QStringLiteral("zh_CN"));
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
