// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulePack.h"

#include "i18n/Language.h"
#include "io/JsonInput.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <algorithm>

namespace srdi::rules {

QString LocalText::get(const QString &lang) const
{
    if (lang == u"en")
        return en.isEmpty() ? zhCN : en;
    if (lang == u"zh_TW") {
        if (!zhTW.isEmpty())
            return zhTW;
        return i18n::toTraditional(zhCN);
    }
    return zhCN.isEmpty() ? en : zhCN;
}

const Tier *RulePack::tier(const QString &id) const
{
    for (const Tier &t : tiers) {
        if (t.tier == id)
            return &t;
    }
    return nullptr;
}

int RulePack::validityYears(const QString &route) const
{
    return titleValidityByRoute.value(route, titleValidityYears);
}

namespace {

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(srdi::rules::RulePackLoader)
public:
    explicit Reader(const QString &origin)
        : m_origin(origin)
    {
    }

    QStringList errors() const
    {
        QStringList out;
        for (const QString &e : m_parser.errors)
            out.append(m_origin + QStringLiteral(": ") + e);
        return out;
    }

    void fail(const QString &path, const QString &what) { m_parser.errors.append(path + QStringLiteral(": ") + what); }

    LocalText text(const QJsonObject &o, const QString &key, const QString &path, bool required = true)
    {
        LocalText t;
        const QJsonObject x = o.value(key).toObject();
        t.en = x.value(QStringLiteral("en")).toString();
        t.zhCN = x.value(QStringLiteral("zh_CN")).toString();
        t.zhTW = x.value(QStringLiteral("zh_TW")).toString();
        if (required && (t.en.isEmpty() || t.zhCN.isEmpty()))
            fail(path + u'.' + key, tr("needs a name in \"en\" and \"zh_CN\""));
        return t;
    }

    QString id(const QJsonObject &o, const QString &path, QSet<QString> &seen)
    {
        const QString v = o.value(QStringLiteral("id")).toString();
        if (v.isEmpty())
            fail(path + QStringLiteral(".id"), tr("missing"));
        else if (seen.contains(v))
            fail(path + QStringLiteral(".id"), tr("'%1' is used twice").arg(v));
        seen.insert(v);
        return v;
    }

    SourceRef source(const QJsonObject &o, const SourceRef &inherited)
    {
        SourceRef s = inherited;
        const QJsonObject x = o.value(QStringLiteral("source")).toObject();
        if (x.contains(QStringLiteral("document")))
            s.document = x.value(QStringLiteral("document")).toString();
        s.article = x.value(QStringLiteral("article")).toString(s.article);
        if (x.contains(QStringLiteral("verified")))
            s.verified = x.value(QStringLiteral("verified")).toBool();
        return s;
    }

    Shown shown(const QJsonObject &o, const QString &key, const QString &path)
    {
        Shown s;
        if (!o.contains(key))
            return s;
        const QJsonObject x = o.value(key).toObject();
        s.metric = m_parser.parseNum(x.value(QStringLiteral("metric")), path + u'.' + key + QStringLiteral(".metric"));
        s.unit = x.value(QStringLiteral("unit")).toString();
        return s;
    }

    void condition(const QJsonObject &o, const QString &path, const SourceRef &src, Condition &c,
                   QSet<QString> &seen)
    {
        c.id = id(o, path, seen);
        c.name = text(o, QStringLiteral("name"), path);
        if (o.contains(QStringLiteral("next_step")))
            c.nextStep = text(o, QStringLiteral("next_step"), path);
        c.test = m_parser.parsePred(o.value(QStringLiteral("test")), path + QStringLiteral(".test"));
        c.source = source(o, src);
        const QString unknown = o.value(QStringLiteral("if_unknown")).toString();
        if (!unknown.isEmpty() && unknown != u"manual_review")
            fail(path + QStringLiteral(".if_unknown"), tr("must be \"manual_review\""));
        c.manualIfUnknown = unknown == u"manual_review";
        const QString no = o.value(QStringLiteral("if_false")).toString();
        if (!no.isEmpty() && no != u"manual_review")
            fail(path + QStringLiteral(".if_false"), tr("must be \"manual_review\""));
        c.manualIfFalse = no == u"manual_review";
        c.shown = shown(o, QStringLiteral("show"), path);
    }

    std::vector<Condition> conditions(const QJsonArray &arr, const QString &path, const SourceRef &src,
                                      QSet<QString> &seen)
    {
        std::vector<Condition> out(std::size_t(arr.size()));
        for (qsizetype i = 0; i < arr.size(); ++i)
            condition(arr.at(i).toObject(), QStringLiteral("%1[%2]").arg(path).arg(i), src,
                      out[std::size_t(i)], seen);
        return out;
    }

    std::vector<Band> bands(const QJsonArray &arr, const QString &path, const Rational &max)
    {
        std::vector<Band> out(std::size_t(arr.size()));
        if (arr.isEmpty())
            fail(path, tr("needs at least one band"));
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QString bp = QStringLiteral("%1[%2]").arg(path).arg(i);
            const QJsonObject b = arr.at(i).toObject();
            Band &band = out[std::size_t(i)];
            const bool last = i == arr.size() - 1;
            if (b.contains(QStringLiteral("if")))
                band.when = m_parser.parsePred(b.value(QStringLiteral("if")), bp + QStringLiteral(".if"));
            else if (!last)
                fail(bp, tr("only the last band may go without \"if\""));
            if (last && band.when)
                fail(bp, tr("the last band must have no \"if\": it catches everything else"));
            const auto pts = m_parser.parseDecimal(b.value(QStringLiteral("points")), bp + QStringLiteral(".points"));
            if (pts) {
                band.points = *pts;
                if (band.points.isNegative() || band.points > max)
                    fail(bp + QStringLiteral(".points"), tr("must be from 0 to the indicator's maximum"));
            }
            band.label = text(b, QStringLiteral("label"), bp, false);
        }
        return out;
    }

    std::unique_ptr<Score> score(const QJsonObject &o, const QString &path, const SourceRef &src,
                                 QSet<QString> &itemIds)
    {
        auto s = std::make_unique<Score>();
        if (auto line = m_parser.parseDecimal(o.value(QStringLiteral("line")), path + QStringLiteral(".line")))
            s->line = *line;
        QSet<QString> seen;
        const QJsonArray cats = o.value(QStringLiteral("categories")).toArray();
        for (qsizetype i = 0; i < cats.size(); ++i) {
            const QString cp = QStringLiteral("%1.categories[%2]").arg(path).arg(i);
            const QJsonObject c = cats.at(i).toObject();
            Category cat;
            cat.id = id(c, cp, seen);
            cat.name = text(c, QStringLiteral("name"), cp);
            if (auto m = m_parser.parseDecimal(c.value(QStringLiteral("max")), cp + QStringLiteral(".max")))
                cat.max = *m;
            if (c.contains(QStringLiteral("min"))) {
                if (auto m = m_parser.parseDecimal(c.value(QStringLiteral("min")), cp + QStringLiteral(".min")))
                    cat.min = *m;
            }
            s->categories.push_back(std::move(cat));
        }
        // Indicators share one id space with the route's conditions: results are
        // looked up by id, so a condition and an indicator may not share a name.
        QSet<QString> &indicatorIds = itemIds;
        const QJsonArray inds = o.value(QStringLiteral("indicators")).toArray();
        s->indicators.resize(std::size_t(inds.size()));
        for (qsizetype i = 0; i < inds.size(); ++i) {
            const QString ip = QStringLiteral("%1.indicators[%2]").arg(path).arg(i);
            const QJsonObject x = inds.at(i).toObject();
            Indicator &ind = s->indicators[std::size_t(i)];
            ind.id = id(x, ip, indicatorIds);
            ind.name = text(x, QStringLiteral("name"), ip);
            ind.category = x.value(QStringLiteral("category")).toString();
            if (!seen.contains(ind.category))
                fail(ip + QStringLiteral(".category"), tr("unknown category '%1'").arg(ind.category));
            if (auto m = m_parser.parseDecimal(x.value(QStringLiteral("max")), ip + QStringLiteral(".max")))
                ind.max = *m;
            ind.source = source(x, src);
            ind.requiredNonzero = x.value(QStringLiteral("required_nonzero")).toBool(false);
            ind.fact = shown(x, QStringLiteral("fact"), ip);
            int kinds = 0;
            if (x.contains(QStringLiteral("bands"))) {
                ++kinds;
                ind.bands = bands(x.value(QStringLiteral("bands")).toArray(), ip + QStringLiteral(".bands"), ind.max);
            }
            if (x.contains(QStringLiteral("points_from"))) {
                ++kinds;
                ind.pointsFrom = m_parser.parseNum(x.value(QStringLiteral("points_from")),
                                                   ip + QStringLiteral(".points_from"));
            }
            if (x.contains(QStringLiteral("alternatives"))) {
                ++kinds;
                const QJsonArray alts = x.value(QStringLiteral("alternatives")).toArray();
                QSet<QString> altIds;
                for (qsizetype a = 0; a < alts.size(); ++a) {
                    const QString ap = QStringLiteral("%1.alternatives[%2]").arg(ip).arg(a);
                    const QJsonObject ao = alts.at(a).toObject();
                    Indicator::Alternative alt;
                    alt.id = id(ao, ap, altIds);
                    alt.name = text(ao, QStringLiteral("name"), ap);
                    alt.bands = bands(ao.value(QStringLiteral("bands")).toArray(), ap + QStringLiteral(".bands"), ind.max);
                    ind.alternatives.push_back(std::move(alt));
                }
                const QString by = x.value(QStringLiteral("choose_by")).toString();
                ind.chooseBy = Fields::find(by);
                if (!ind.chooseBy || ind.chooseBy->kind != FieldKind::Enum)
                    fail(ip + QStringLiteral(".choose_by"), tr("needs a choice field"));
            }
            if (kinds != 1)
                fail(ip, tr("needs exactly one of \"bands\", \"points_from\", \"alternatives\""));
        }
        // The maxima must add up: each category's indicators to the category, and all to the total.
        Rational total;
        for (const Category &cat : s->categories) {
            Rational sum;
            for (const Indicator &ind : s->indicators) {
                if (ind.category == cat.id)
                    sum = sum + ind.max;
            }
            if (sum != cat.max)
                fail(path, tr("the indicators of category '%1' add up to %2, not its maximum %3")
                               .arg(cat.id, sum.toString(4), cat.max.toString(4))); // structural: four decimals
            total = total + cat.max;
        }
        if (total < s->line)
            fail(path + QStringLiteral(".line"), tr("the line is above the highest possible score"));
        return s;
    }

    std::shared_ptr<RulePack> pack(const QJsonObject &root)
    {
        auto p = std::make_shared<RulePack>();
        if (root.value(QStringLiteral("format")).toString() != u"srdi-rules/1")
            fail(QStringLiteral("format"), tr("must be \"srdi-rules/1\""));
        p->id = root.value(QStringLiteral("id")).toString();
        if (p->id.isEmpty())
            fail(QStringLiteral("id"), tr("missing"));
        p->name = text(root, QStringLiteral("name"), QString());
        p->title = text(root, QStringLiteral("title"), QString());
        p->document = root.value(QStringLiteral("document")).toString();
        if (p->document.isEmpty())
            fail(QStringLiteral("document"), tr("missing"));
        auto date = [&](const QString &key, bool required) {
            const QString s = root.value(key).toString();
            const QDate d = QDate::fromString(s, Qt::ISODate);
            if ((required || !s.isEmpty()) && !d.isValid())
                fail(key, tr("needs a date YYYY-MM-DD"));
            return d;
        };
        p->issued = date(QStringLiteral("issued"), true);
        p->effective = date(QStringLiteral("effective"), true);
        p->until = date(QStringLiteral("until"), false);
        p->sourceNote = root.value(QStringLiteral("source")).toString();
        p->verified = root.value(QStringLiteral("verified")).toBool(false);
        p->titleValidityYears = root.value(QStringLiteral("title_validity_years")).toInt(0);
        if (p->titleValidityYears < 1)
            fail(QStringLiteral("title_validity_years"), tr("must be a whole number of years"));
        const SourceRef src{p->document, QString(), p->verified};
        if (root.contains(QStringLiteral("title_validity_by_route"))) {
            const QJsonValue v = root.value(QStringLiteral("title_validity_by_route"));
            if (!v.isObject())
                fail(QStringLiteral("title_validity_by_route"), tr("must map a route id to a number of years"));
            const QJsonObject m = v.toObject();
            for (auto it = m.begin(); it != m.end(); ++it) {
                const int years = it.value().toInt(0);
                if (it.key().isEmpty() || !it.value().isDouble() || years < 1 || it.value().toDouble() != years)
                    fail(QStringLiteral("title_validity_by_route.") + it.key(), tr("must be a whole number of years"));
                else
                    p->titleValidityByRoute.insert(it.key(), years);
            }
        }
        if (root.contains(QStringLiteral("renewal_review"))) {
            const QString rp = QStringLiteral("renewal_review");
            const QJsonObject r = root.value(rp).toObject();
            auto rdate = [&](const QString &key) {
                const QDate d = QDate::fromString(r.value(key).toString(), Qt::ISODate);
                if (!d.isValid())
                    fail(rp + u'.' + key, tr("needs a date YYYY-MM-DD"));
                return d;
            };
            p->renewalReview.grantedBefore = rdate(QStringLiteral("granted_before"));
            p->renewalReview.reviewedUntil = rdate(QStringLiteral("reviewed_until"));
            if (p->renewalReview.grantedBefore.isValid() && p->renewalReview.reviewedUntil.isValid()
                && p->renewalReview.reviewedUntil < p->renewalReview.grantedBefore)
                fail(rp + QStringLiteral(".reviewed_until"), tr("must not be before granted_before"));
            if (!r.value(QStringLiteral("source")).toObject().contains(QStringLiteral("document")))
                fail(rp + QStringLiteral(".source.document"), tr("missing"));
            if (!r.value(QStringLiteral("source")).toObject().value(QStringLiteral("verified")).isBool())
                fail(rp + QStringLiteral(".source.verified"), tr("must say true or false"));
            p->renewalReview.source = source(r, SourceRef{});
            p->renewalReview.note = text(r, QStringLiteral("note"), rp);
            if (!p->renewalReview.grantedBefore.isValid())
                p->renewalReview = RenewalReview();
        }

        QSet<QString> commonIds;
        p->common = conditions(root.value(QStringLiteral("common_conditions")).toArray(),
                               QStringLiteral("common_conditions"), src, commonIds);
        const QJsonArray tiers = root.value(QStringLiteral("tiers")).toArray();
        QSet<QString> tierIds;
        for (qsizetype t = 0; t < tiers.size(); ++t) {
            const QString tp = QStringLiteral("tiers[%1]").arg(t);
            const QJsonObject to = tiers.at(t).toObject();
            Tier tier;
            tier.tier = to.value(QStringLiteral("tier")).toString();
            if (vocab::tierRank(tier.tier) != t + 1)
                fail(tp + QStringLiteral(".tier"),
                     tr("tiers must be innovative, specialized, little_giant in that order"));
            tier.name = text(to, QStringLiteral("name"), tp);
            tier.shortName = text(to, QStringLiteral("short_name"), tp, false);
            const QJsonArray routes = to.value(QStringLiteral("routes")).toArray();
            if (routes.isEmpty())
                fail(tp + QStringLiteral(".routes"), tr("needs at least one route"));
            QSet<QString> routeIds;
            for (qsizetype r = 0; r < routes.size(); ++r) {
                const QString rp = QStringLiteral("%1.routes[%2]").arg(tp).arg(r);
                const QJsonObject ro = routes.at(r).toObject();
                Route route;
                route.id = id(ro, rp, routeIds);
                route.name = text(ro, QStringLiteral("name"), rp);
                const SourceRef rsrc = source(ro, src);
                QSet<QString> condIds = commonIds;
                route.conditions = conditions(ro.value(QStringLiteral("conditions")).toArray(),
                                              rp + QStringLiteral(".conditions"), rsrc, condIds);
                if (ro.contains(QStringLiteral("score")))
                    route.score = score(ro.value(QStringLiteral("score")).toObject(), rp + QStringLiteral(".score"), rsrc, condIds);
                route.direct = conditions(ro.value(QStringLiteral("direct")).toArray(),
                                          rp + QStringLiteral(".direct"), rsrc, condIds);
                if (!route.direct.empty() && !route.score)
                    fail(rp + QStringLiteral(".direct"), tr("direct routes stand in for a score; this route has none"));
                for (const QJsonValue w : ro.value(QStringLiteral("waives_common")).toArray()) {
                    if (!commonIds.contains(w.toString()))
                        fail(rp + QStringLiteral(".waives_common"), tr("unknown common condition '%1'").arg(w.toString()));
                    route.waivesCommon.append(w.toString());
                }
                route.reading = text(ro, QStringLiteral("reading"), rp, false);
                if (!route.waivesCommon.isEmpty() && route.reading.zhCN.isEmpty())
                    fail(rp + QStringLiteral(".reading"), tr("a route that waives a common condition must say why"));
                tier.routes.push_back(std::move(route));
            }
            p->tiers.push_back(std::move(tier));
        }
        if (p->tiers.size() != 3) // structural: the ladder has three tiers
            fail(QStringLiteral("tiers"), tr("needs the three tiers"));
        return p;
    }

private:
    QString m_origin;
    ExprParser m_parser;
};

} // namespace

namespace {

std::shared_ptr<RulePack> loadPack(const QByteArray &json, const QString &origin, QStringList *errors)
{
    const std::optional<QJsonObject> root = JsonInput::parseObject(json, origin, errors);
    if (!root)
        return nullptr;
    Reader reader(origin);
    auto pack = reader.pack(*root);
    const QStringList problems = reader.errors();
    if (!problems.isEmpty()) {
        if (errors)
            errors->append(problems);
        return nullptr;
    }
    pack->file = origin;
    // BLAKE2b: a seventh of SHA-256's time here (1.7 ms for the two built-in
    // packs at every start); it tells contents apart as well.
    pack->contentHash = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Blake2b_256).toHex());
    return pack;
}

std::shared_ptr<RulePack> loadPackFile(const QString &path, QStringList *errors)
{
    // Bounded: a FIFO, a device or a huge file in the user's folder cannot
    // make the read go on without end (a file over the limit is refused).
    QString error;
    const std::optional<QByteArray> bytes = JsonInput::readFile(path, JsonInput::kMaxDataBytes, &error);
    if (!bytes) {
        if (errors)
            errors->append(error);
        return nullptr;
    }
    return loadPack(*bytes, path, errors);
}

} // namespace

std::shared_ptr<const RulePack> RulePackLoader::load(const QByteArray &json, const QString &origin,
                                                     QStringList *errors)
{
    return loadPack(json, origin, errors);
}

std::shared_ptr<const RulePack> RulePackLoader::loadFile(const QString &path, QStringList *errors)
{
    return loadPackFile(path, errors);
}

RulePacks &RulePacks::instance()
{
    static RulePacks packs;
    return packs;
}

QString RulePacks::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/rules");
}

QStringList RulePacks::load(const QString &userFolderPath)
{
    QStringList problems;
    if (m_loaded)
        return problems;
    m_loaded = true;
    auto add = [&](std::shared_ptr<RulePack> p, bool fromUser) {
        if (!p)
            return;
        p->fromUser = fromUser;
        for (auto &existing : m_packs) {
            if (existing->id == p->id) {
                p->replacesBuiltin = fromUser && (!existing->fromUser || existing->replacesBuiltin);
                existing = std::move(p);
                return;
            }
        }
        m_packs.push_back(std::move(p));
    };
    const QDir builtin(QStringLiteral(":/data/rules"));
    for (const QString &name : builtin.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        add(loadPackFile(builtin.filePath(name), &problems), false);
    const QDir user(userFolderPath.isEmpty() ? userFolder() : userFolderPath);
    if (user.exists()) {
        for (const QString &name : user.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            add(loadPackFile(QDir::cleanPath(user.absoluteFilePath(name)), &problems), true);
    }
    std::sort(m_packs.begin(), m_packs.end(),
              [](const auto &a, const auto &b) { return a->effective < b->effective; });
    m_problems = problems;
    return problems;
}

QStringList RulePacks::reload(const QString &userFolderPath)
{
    m_packs.clear();
    m_problems.clear();
    m_loaded = false;
    return load(userFolderPath);
}

std::shared_ptr<const RulePack> RulePacks::pack(const QString &id) const
{
    for (const auto &p : m_packs) {
        if (p->id == id)
            return p;
    }
    return nullptr;
}

std::shared_ptr<const RulePack> RulePacks::inForce(const QDate &date) const
{
    std::shared_ptr<const RulePack> best;
    for (const auto &p : m_packs) {
        if (p->effective <= date)
            best = p;
    }
    return best ? best : (m_packs.empty() ? nullptr : m_packs.front());
}

PackChoice RulePacks::choose(const Profile &profile, const QDate &today) const
{
    return choose(m_packs, profile, today);
}

PackChoice RulePacks::choose(const std::vector<std::shared_ptr<const RulePack>> &packs, const Profile &profile,
                             const QDate &today)
{
    PackChoice c;
    c.reason.date = profile.effectiveDate(today);
    const QDate date = c.reason.date;
    for (const auto &p : packs) {
        if (p->effective <= date)
            c.pack = p;
    }
    if (!c.pack && !packs.empty())
        c.pack = packs.front();
    if (!c.pack)
        return c;
    // An earlier pack that reviews renewals of its own titles on this date.
    std::shared_ptr<const RulePack> older;
    for (const auto &p : packs) {
        if (p != c.pack && p->effective <= date && p->renewalReview.present() && date <= p->renewalReview.reviewedUntil
            && c.pack->effective <= p->renewalReview.grantedBefore)
            older = p;
    }
    if (!older)
        return c;
    c.reason.renewalPack = older;
    const Opt<bool> &renewal = profile.specialization.renewal;
    if (!renewal) {
        c.reason.id = QStringLiteral("renewal_unknown");
        return c;
    }
    if (!*renewal) {
        c.reason.id = QStringLiteral("not_renewal");
        return c;
    }
    // The title renewed: the highest tier held, its latest grant; it must have
    // been granted under the earlier pack's rules.
    QDate granted;
    int best = 0;
    if (profile.company.recognitions) {
        for (const Recognition &r : *profile.company.recognitions) {
            const int rank = vocab::tierRank(r.tier);
            if (!r.granted.isValid() || r.granted > date || rank == 0)
                continue;
            if (rank > best || (rank == best && r.granted > granted)) {
                best = rank;
                granted = r.granted;
            }
        }
    }
    if (!granted.isValid() || granted >= older->renewalReview.grantedBefore) {
        c.reason.id = QStringLiteral("renewal_no_grant");
        c.reason.granted = granted;
        return c;
    }
    c.pack = older;
    c.reason.id = QStringLiteral("renewal");
    c.reason.granted = granted;
    return c;
}

QStringList RulePacks::ids() const
{
    QStringList out;
    for (const auto &p : m_packs)
        out.append(p->id);
    return out;
}

} // namespace srdi::rules
