// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

// The three languages of the product: "zh_CN" (简体), "zh_TW" (繁體) and "en"
// (the source language of every string). One place owns the translators, so
// that switching is one call and every window, dialog and message follows.
namespace srdi::i18n {

class Language
{
    Q_DECLARE_TR_FUNCTIONS(srdi::i18n::Language)
public:
    static QStringList all(); // zh_CN, zh_TW, en
    static bool isKnown(const QString &lang);
    // zh_TW, zh_HK, zh_MO and traditional script -> zh_TW; other Chinese ->
    // zh_CN; everything else -> en.
    static QString fromLocale(const QLocale &locale);
    // The language of messages from the environment, as POSIX orders it:
    // LC_ALL, then LC_MESSAGES, then LANG (the first one set and not empty);
    // "C" and "POSIX" are English; none set: the system locale.
    static QString fromEnvironment();

    // Installs the product's and Qt's own translators for `lang` (removing the
    // previous ones); QCoreApplication posts LanguageChange to every widget.
    // Returns false (and keeps English) when a translation cannot be loaded.
    static bool apply(const QString &lang);
    static QString current();
    // The locale for numbers and dates of a language.
    static QLocale locale(const QString &lang);
    // The language's own name, for the menu: 简体中文, 繁體中文, English.
    static QString nativeName(const QString &lang);
};

// Simplified -> traditional for data text (rule names, definitions, awards):
// OpenCC's s2tw (Taiwan-standard characters, no phrase substitution), built
// once, followed by the reviewed fixes of data/zh_tw_overrides.json.
QString toTraditional(const QString &simplified);

} // namespace srdi::i18n
