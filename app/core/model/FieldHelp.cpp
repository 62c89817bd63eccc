// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldHelp.h"

#include "i18n/Language.h"

#include <algorithm>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace srdi {

namespace {

const QStringList &languages()
{
    static const QStringList list{QStringLiteral("en"), QStringLiteral("zh_CN"),
                                  QStringLiteral("zh_TW")};
    return list;
}

const QStringList &units()
{
    static const QStringList list{QString(),
                                  QStringLiteral("万元"),
                                  QStringLiteral("%"),
                                  QStringLiteral("people"),
                                  QStringLiteral("count"),
                                  QStringLiteral("date")};
    return list;
}

const QStringList &entryKeys()
{
    static const QStringList list{QStringLiteral("label"), QStringLiteral("tip"),
                                  QStringLiteral("definition"), QStringLiteral("unit"),
                                  QStringLiteral("source"), QStringLiteral("source_document")};
    return list;
}

} // namespace

QString FieldHelp::Text::get(const QString &lang) const
{
    if (lang == u"zh_TW") {
        if (!zhTW.isEmpty())
            return zhTW;
        return zhCN.isEmpty() ? en : zhCN;
    }
    if (lang == u"zh_CN")
        return zhCN.isEmpty() ? en : zhCN;
    return en;
}

FieldHelp::FieldHelp(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        m_problems.append(
            tr("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
        return;
    }
    if (!doc.isObject()) {
        m_problems.append(tr("not a JSON object"));
        return;
    }
    const QJsonObject root = doc.object();
    const QString format = root.value(QStringLiteral("format")).toString();
    if (format != u"srdi-field-help/1")
        m_problems.append(tr("format: expected \"srdi-field-help/1\", found \"%1\"").arg(format));
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != u"format" && it.key() != u"fields" && it.key() != u"choices")
            m_problems.append(tr("%1: unknown key").arg(it.key()));
    }

    const QJsonValue fields = root.value(QStringLiteral("fields"));
    if (!fields.isObject())
        m_problems.append(tr("fields: must be an object"));
    const QJsonObject fieldsObject = fields.toObject();
    for (auto it = fieldsObject.begin(); it != fieldsObject.end(); ++it) {
        const QString path = it.key();
        if (!it.value().isObject()) {
            m_problems.append(tr("%1: must be an object").arg(path));
            continue;
        }
        const QJsonObject o = it.value().toObject();
        for (auto k = o.begin(); k != o.end(); ++k) {
            if (!entryKeys().contains(k.key()))
                m_problems.append(tr("%1.%2: unknown key").arg(path, k.key()));
        }
        Entry e;
        e.label = readText(o.value(QStringLiteral("label")), path + QStringLiteral(".label"));
        e.tip = readText(o.value(QStringLiteral("tip")), path + QStringLiteral(".tip"));
        e.definition =
            readText(o.value(QStringLiteral("definition")), path + QStringLiteral(".definition"));
        const QJsonValue unit = o.value(QStringLiteral("unit"));
        if (!unit.isUndefined() && !unit.isString())
            m_problems.append(tr("%1.unit: must be a string").arg(path));
        e.unit = unit.toString();
        if (!units().contains(e.unit))
            m_problems.append(tr("%1.unit: \"%2\" is not one of: %3 or empty")
                                  .arg(path, e.unit, units().mid(1).join(QStringLiteral(", "))));
        e.source = o.value(QStringLiteral("source")).toString();
        if (e.source.trimmed().isEmpty())
            m_problems.append(
                tr("%1.source: the document the definition comes from is missing").arg(path));
        // The evidence a clerk pulls for the figure: optional, but when given
        // it names the document in English and 简体 at least.
        const QJsonValue document = o.value(QStringLiteral("source_document"));
        if (!document.isUndefined()) {
            const QString where = path + QStringLiteral(".source_document");
            e.sourceDocument = readText(document, where);
            if (document.isObject() && e.sourceDocument.zhCN.trimmed().isEmpty())
                m_problems.append(tr("%1.zh_CN: missing").arg(where));
        }
        m_fields.insert(path, e);
    }

    const QJsonValue choices = root.value(QStringLiteral("choices"));
    if (!choices.isUndefined() && !choices.isObject())
        m_problems.append(tr("choices: must be an object"));
    const QJsonObject choicesObject = choices.toObject();
    for (auto it = choicesObject.begin(); it != choicesObject.end(); ++it) {
        const QString path = QStringLiteral("choices.") + it.key();
        if (!m_fields.contains(it.key()))
            m_problems.append(tr("%1: no such field").arg(path));
        if (!it.value().isObject()) {
            m_problems.append(tr("%1: must be an object").arg(path));
            continue;
        }
        const QJsonObject values = it.value().toObject();
        QHash<QString, Text> names;
        for (auto v = values.begin(); v != values.end(); ++v)
            names.insert(v.key(), readText(v.value(), path + u'.' + v.key()));
        m_choices.insert(it.key(), names);
    }
}

FieldHelp::Text FieldHelp::readText(const QJsonValue &v, const QString &path)
{
    Text t;
    if (v.isUndefined()) {
        m_problems.append(tr("%1: missing").arg(path));
        return t;
    }
    if (!v.isObject()) {
        m_problems.append(tr("%1: must be an object of en, zh_CN, zh_TW").arg(path));
        return t;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!languages().contains(it.key()))
            m_problems.append(tr("%1.%2: unknown language").arg(path, it.key()));
        else if (!it.value().isString())
            m_problems.append(tr("%1.%2: must be a string").arg(path, it.key()));
    }
    t.en = o.value(QStringLiteral("en")).toString();
    t.zhCN = o.value(QStringLiteral("zh_CN")).toString();
    t.zhTW = o.value(QStringLiteral("zh_TW")).toString();
    if (t.en.trimmed().isEmpty())
        m_problems.append(tr("%1.en: missing (English is the last fallback)").arg(path));
    return t;
}

const FieldHelp &FieldHelp::instance()
{
    static const FieldHelp help = [] {
        QFile f(QStringLiteral(":/data/field_help.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            FieldHelp broken{QByteArray()};
            broken.m_problems = QStringList{tr("%1: cannot open").arg(f.fileName())};
            return broken;
        }
        FieldHelp h(f.readAll());
        for (const QString &p : h.problems())
            qWarning("%s: %s", qPrintable(f.fileName()), qPrintable(p));
        return h;
    }();
    return help;
}

QStringList FieldHelp::problems() const
{
    return m_problems;
}

const FieldHelp::Entry *FieldHelp::entry(const QString &path) const
{
    const auto it = m_fields.constFind(path);
    return it == m_fields.cend() ? nullptr : &*it;
}

QString FieldHelp::label(const QString &path, const QString &lang) const
{
    const Entry *e = entry(path);
    return e ? e->label.get(lang) : QString();
}

QString FieldHelp::tip(const QString &path, const QString &lang) const
{
    const Entry *e = entry(path);
    return e ? e->tip.get(lang) : QString();
}

QString FieldHelp::definition(const QString &path, const QString &lang) const
{
    const Entry *e = entry(path);
    return e ? e->definition.get(lang) : QString();
}

QString FieldHelp::unit(const QString &path) const
{
    const Entry *e = entry(path);
    return e ? e->unit : QString();
}

QString FieldHelp::source(const QString &path) const
{
    const Entry *e = entry(path);
    return e ? e->source : QString();
}

QString FieldHelp::sourceDocument(const QString &path, const QString &lang) const
{
    const Entry *e = entry(path);
    if (!e)
        return QString();
    const Text &t = e->sourceDocument;
    if (lang == u"zh_TW" && t.zhTW.isEmpty() && !t.zhCN.isEmpty())
        return i18n::toTraditional(t.zhCN);
    return t.get(lang);
}

QString FieldHelp::choice(const QString &path, const QString &value, const QString &lang) const
{
    const auto names = m_choices.constFind(path);
    if (names == m_choices.cend())
        return QString();
    const auto name = names->constFind(value);
    return name == names->cend() ? QString() : name->get(lang);
}

QStringList FieldHelp::paths() const
{
    QStringList out = m_fields.keys();
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace srdi
