// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QMutex>
#include <QTranslator>

#include <memory>
#include <opencc/opencc.h>

namespace srdi::i18n {

namespace {

struct State
{
    QString current = QStringLiteral("en");
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

State &state()
{
    static State s;
    return s;
}

// Pairs of (OpenCC output, the right text) for this domain's vocabulary.
QList<std::pair<QString, QString>> loadOverrides()
{
    QList<std::pair<QString, QString>> out;
    QFile f(QStringLiteral(":/data/zh_tw_overrides.json"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QJsonArray list = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("overrides")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString from = o.value(QStringLiteral("opencc")).toString();
        const QString to = o.value(QStringLiteral("right")).toString();
        if (!from.isEmpty())
            out.append({from, to});
    }
    return out;
}

} // namespace

QStringList Language::all()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")};
}

bool Language::isKnown(const QString &lang)
{
    return all().contains(lang);
}

QString Language::fromLocale(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    if (locale.script() == QLocale::TraditionalChineseScript || locale.territory() == QLocale::Taiwan ||
        locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macau)
        return QStringLiteral("zh_TW");
    return QStringLiteral("zh_CN");
}

QString Language::fromEnvironment()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (value.isEmpty())
            continue;
        // zh_CN.UTF-8, zh_TW.Big5, zh_HK@modifier -> zh_CN, zh_TW, zh_HK
        const QString locale = value.section(u'.', 0, 0).section(u'@', 0, 0);
        if (locale == u"C" || locale == u"POSIX")
            return QStringLiteral("en");
        return fromLocale(QLocale(locale));
    }
    return fromLocale(QLocale::system());
}

QString Language::current()
{
    return state().current;
}

QLocale Language::locale(const QString &lang)
{
    if (lang == u"zh_CN")
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    if (lang == u"zh_TW")
        return QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString Language::nativeName(const QString &lang)
{
    if (lang == u"zh_CN")
        return QStringLiteral("简体中文");
    if (lang == u"zh_TW")
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

bool Language::apply(const QString &lang)
{
    State &s = state();
    if (!isKnown(lang))
        return false;
    auto *app = QCoreApplication::instance();
    if (s.app && app)
        QCoreApplication::removeTranslator(s.app.get());
    if (s.qt && app)
        QCoreApplication::removeTranslator(s.qt.get());
    s.app.reset();
    s.qt.reset();
    s.current = lang;
    QLocale::setDefault(locale(lang));
    if (lang == u"en") {
        // English is the source: removing the translators posts the change.
        return true;
    }
    bool ok = true;
    auto mine = std::make_unique<QTranslator>();
    if (mine->load(QStringLiteral(":/i18n/srdi_%1.qm").arg(lang))) {
        s.app = std::move(mine);
        if (app)
            QCoreApplication::installTranslator(s.app.get());
    } else {
        ok = false;
    }
    // Qt's own strings (file and print dialogs, message box buttons).
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        s.qt = std::move(qt);
        if (app)
            QCoreApplication::installTranslator(s.qt.get());
    }
    return ok;
}

QString toTraditional(const QString &simplified)
{
    if (simplified.isEmpty())
        return simplified;
    static QMutex mutex;
    static std::unique_ptr<opencc::SimpleConverter> converter;
    static bool failed = false;
    static const QList<std::pair<QString, QString>> overrides = loadOverrides();
    QMutexLocker lock(&mutex);
    if (!converter && !failed) {
        try {
            converter = std::make_unique<opencc::SimpleConverter>("s2tw.json");
        } catch (const std::exception &e) {
            failed = true;
            qWarning("OpenCC could not be set up (%s): traditional text falls back to simplified", e.what());
        }
    }
    if (!converter)
        return simplified;
    QString out = QString::fromStdString(converter->Convert(simplified.toStdString()));
    for (const auto &[from, to] : overrides)
        out.replace(from, to);
    return out;
}

} // namespace srdi::i18n
