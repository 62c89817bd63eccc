// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmeSize.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace srdi::rules {

std::shared_ptr<const SmeSizeTable> SmeSizeTable::load(const QByteArray &json, const QString &origin,
                                                       QStringList *errors)
{
    QStringList problems;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject()) {
        if (errors)
            errors->append(tr("%1: not a JSON object").arg(origin));
        return nullptr;
    }
    const QJsonObject root = doc.object();
    auto table = std::make_shared<SmeSizeTable>();
    table->document = root.value(QStringLiteral("document")).toString();
    table->verified = root.value(QStringLiteral("verified")).toBool(false);

    ExprParser parser;
    // The size table speaks of X, Y and Z of 上年度.
    auto field = [](const char *name) {
        QJsonObject o;
        o.insert(QStringLiteral("field"), QString::fromLatin1(name));
        o.insert(QStringLiteral("year"), -1);
        return QJsonValue(o);
    };
    parser.aliases.insert(QStringLiteral("X"), field("employees"));
    parser.aliases.insert(QStringLiteral("Y"), field("operating_revenue"));
    parser.aliases.insert(QStringLiteral("Z"), field("total_assets"));

    const QJsonArray groups = root.value(QStringLiteral("groups")).toArray();
    int fallbacks = 0;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString path = QStringLiteral("groups[%1]").arg(i);
        const QJsonObject g = groups.at(i).toObject();
        Group group;
        group.id = g.value(QStringLiteral("id")).toString();
        const QJsonObject name = g.value(QStringLiteral("name")).toObject();
        group.name.en = name.value(QStringLiteral("en")).toString();
        group.name.zhCN = name.value(QStringLiteral("zh_CN")).toString();
        for (const QJsonValue &c : g.value(QStringLiteral("codes")).toArray())
            group.codes.append(c.toString());
        group.ambiguous = g.value(QStringLiteral("ambiguous")).toBool(false);
        // The other industries: the group no code leads to, which may still
        // name codes that a shorter prefix of another group would claim.
        group.fallback = g.value(QStringLiteral("fallback")).toBool(false) || group.codes.isEmpty();
        if (group.fallback)
            ++fallbacks;
        if (!group.ambiguous) {
            group.sme = parser.parsePred(g.value(QStringLiteral("sme")), path + QStringLiteral(".sme"));
            group.medium = parser.parsePred(g.value(QStringLiteral("medium")), path + QStringLiteral(".medium"));
            group.small = parser.parsePred(g.value(QStringLiteral("small")), path + QStringLiteral(".small"));
        }
        table->groups.push_back(std::move(group));
    }
    if (fallbacks != 1)
        parser.errors.append(tr("groups: exactly one group must be the other industries (\"fallback\": true or no codes)"));
    for (const QString &e : std::as_const(parser.errors))
        problems.append(origin + QStringLiteral(": ") + e);
    if (!problems.isEmpty()) {
        if (errors)
            errors->append(problems);
        return nullptr;
    }
    for (const Group &g : table->groups) {
        if (g.fallback)
            table->m_fallback = &g;
    }
    return table;
}

const SmeSizeTable &SmeSizeTable::builtin()
{
    static const std::shared_ptr<const SmeSizeTable> table = [] {
        QFile f(QStringLiteral(":/data/sme_size.json"));
        QStringList errors;
        std::shared_ptr<const SmeSizeTable> t;
        if (f.open(QIODevice::ReadOnly))
            t = load(f.readAll(), f.fileName(), &errors);
        if (!t)
            qFatal("built-in SME size table is broken: %s", qPrintable(errors.join(u'\n')));
        return t;
    }();
    return *table;
}

const SmeSizeTable::Group *SmeSizeTable::group(const QString &industry) const
{
    const Group *best = nullptr;
    qsizetype bestLen = 0;
    for (const Group &g : groups) {
        for (const QString &code : g.codes) {
            if (industry.startsWith(code) && code.size() > bestLen) {
                best = &g;
                bestLen = code.size();
            }
        }
    }
    return best ? best : m_fallback;
}

SmeResult SmeSizeTable::classify(const Profile &p, int assessmentYear, const QList<MissingInput> *inconsistent) const
{
    SmeResult r;
    if (!p.company.industry) {
        r.missing.append({QStringLiteral("company.industry"), 0});
        return r;
    }
    const Group *g = group(*p.company.industry);
    r.group = g->id;
    if (g->ambiguous) {
        r.missing.append({QStringLiteral("company.industry"), 0});
        return r;
    }
    Context ctx{p, assessmentYear, QDate(), Truth::Unknown, 0, &r.missing, inconsistent, &r.inconsistent, nullptr};
    r.isSme = g->sme->eval(ctx);
    if (r.isSme == Truth::False) {
        r.size = QStringLiteral("not_sme");
        return r;
    }
    const Truth medium = g->medium->eval(ctx);
    const Truth small = g->small->eval(ctx);
    if (r.isSme != Truth::True)
        return r;
    if (medium == Truth::True)
        r.size = QStringLiteral("medium");
    else if (medium == Truth::False && small == Truth::True)
        r.size = QStringLiteral("small");
    else if (medium == Truth::False && small == Truth::False)
        r.size = QStringLiteral("micro");
    return r;
}

} // namespace srdi::rules
