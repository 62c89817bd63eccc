// SPDX-License-Identifier: GPL-3.0-or-later
#include "AwardCatalog.h"

#include "io/JsonInput.h"
#include "model/Catalogs.h"
#include "model/Decimal.h"
#include "model/Periods.h"
#include "model/Rational.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <algorithm>

namespace srdi::awards {

namespace {

const QString &nationalCode()
{
    static const QString code = QStringLiteral("000000");
    return code;
}

// The award tiers: the ladder's three, then the key Little Giants selected
// among Little Giants (not a tier the rules assess).
const QStringList &awardTiers()
{
    static const QStringList tiers = vocab::tiers() + QStringList{QStringLiteral("key_little_giant")};
    return tiers;
}

const QList<std::pair<QString, Stacking>> &stackings()
{
    static const QList<std::pair<QString, Stacking>> list = {
        {QStringLiteral("none"), Stacking::None},
        {QStringLiteral("no_double"), Stacking::NoDouble},
        {QStringLiteral("top_up"), Stacking::TopUp},
        {QStringLiteral("automatic"), Stacking::Automatic},
    };
    return list;
}

// The prefecture-level code of a county-level one: its first four digits + 00.
QString cityOf(const QString &code)
{
    return code.left(4) + QStringLiteral("00"); // structural: GB/T 2260 digit groups
}

bool isRegionCode(const QString &code)
{
    static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
    return sixDigits.match(code).hasMatch();
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(srdi::awards::AwardLoader)
public:
    explicit Reader(const QString &origin)
        : m_origin(origin)
    {
    }

    QStringList errors() const
    {
        QStringList out;
        for (const QString &e : m_errors)
            out.append(m_origin + QStringLiteral(": ") + e);
        return out;
    }

    std::shared_ptr<RegionAwards> region(const QJsonObject &root)
    {
        auto r = std::make_shared<RegionAwards>();
        if (root.value(QStringLiteral("format")).toString() != u"srdi-awards/1")
            fail(QStringLiteral("format"), tr("must be \"srdi-awards/1\""));
        r->region = root.value(QStringLiteral("region")).toString();
        if (r->region != nationalCode() && RegionCatalog::instance().provinceOf(r->region).isEmpty())
            fail(QStringLiteral("region"),
                 tr("'%1' is not a GB/T 2260 code of a listed province, nor 000000").arg(r->region));
        r->name = text(root, QStringLiteral("region_name"), QString(), true);
        if (!root.value(QStringLiteral("awards")).isArray())
            fail(QStringLiteral("awards"), tr("needs a list of awards"));
        const QJsonArray list = root.value(QStringLiteral("awards")).toArray();
        QSet<QString> ids;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("awards[%1]").arg(i);
            if (!list.at(i).isObject()) {
                fail(path, tr("must be an object"));
                continue;
            }
            auto a = std::make_shared<Award>(award(list.at(i).toObject(), path, ids));
            a->region = r->region;
            a->regionName = r->name;
            r->awards.push_back(std::move(a));
        }
        r->searched = string(root, QStringLiteral("searched"), QString(), false);
        static const QRegularExpression month(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
        if (!r->searched.isEmpty() && !month.match(r->searched).hasMatch())
            fail(QStringLiteral("searched"), tr("needs the month searched as YYYY-MM"));
        r->notFound = text(root, QStringLiteral("not_found"), QString(), false);
        // A file without awards must say when and what was searched: an empty
        // list alone cannot tell "none exists" from "not looked for".
        if (list.isEmpty() && r->searched.isEmpty())
            fail(QStringLiteral("searched"), tr("a file without awards needs the month searched (YYYY-MM)"));
        if (list.isEmpty() && r->notFound.zhCN.isEmpty())
            fail(QStringLiteral("not_found"), tr("a file without awards needs a text on what was searched"));
        const QJsonArray marks = root.value(QStringLiteral("benchmarks")).toArray();
        for (qsizetype i = 0; i < marks.size(); ++i)
            r->benchmarks.push_back(benchmark(marks.at(i).toObject(), QStringLiteral("benchmarks[%1]").arg(i)));
        return r;
    }

private:
    void fail(const QString &path, const QString &what) { m_errors.append(path + QStringLiteral(": ") + what); }

    rules::LocalText text(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QString where = path.isEmpty() ? key : path + u'.' + key;
        const QJsonValue v = o.value(key);
        rules::LocalText t;
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(where, tr("needs a text in \"en\" and \"zh_CN\""));
            return t;
        }
        if (!v.isObject()) {
            fail(where, tr("needs a text in \"en\" and \"zh_CN\""));
            return t;
        }
        const QJsonObject x = v.toObject();
        t.en = x.value(QStringLiteral("en")).toString();
        t.zhCN = x.value(QStringLiteral("zh_CN")).toString();
        t.zhTW = x.value(QStringLiteral("zh_TW")).toString();
        if (t.en.isEmpty() || t.zhCN.isEmpty())
            fail(where, tr("needs a text in \"en\" and \"zh_CN\""));
        return t;
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
        const QString where = path.isEmpty() ? key : path + u'.' + key;
        if (required || !(v.isUndefined() || v.isNull()))
            fail(where, required ? tr("missing") : tr("must be a text or null"));
        return {};
    }

    bool flag(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isBool())
            return v.toBool();
        if (required || !v.isUndefined())
            fail(path + u'.' + key, tr("must be true or false"));
        return false;
    }

    // An amount in 万元 with at most four decimals: exactly integer yuan.
    std::optional<Yuan> amount(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return std::nullopt;
        if (v.isNull() || (v.isUndefined() && required)) {
            if (v.isUndefined())
                fail(path + u'.' + key, tr("missing (write null when the text states no amount)"));
            return std::nullopt;
        }
        const std::optional<qint64> yuan = v.isDouble() ? decimal4FromDouble(v.toDouble()) : std::nullopt;
        if (!yuan || *yuan < 0) {
            fail(path + u'.' + key, tr("must be a number of 万元 (at most four decimals, not negative) or null"));
            return std::nullopt;
        }
        return Yuan(*yuan); // 万元 scaled by 10,000 is yuan
    }

    QDate date(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !d.isValid())
            fail(path + u'.' + key, tr("needs a date YYYY-MM-DD or null"));
        return d;
    }

    Award award(const QJsonObject &o, const QString &path, QSet<QString> &ids)
    {
        Award a;
        a.id = o.value(QStringLiteral("id")).toString();
        if (a.id.isEmpty())
            fail(path + QStringLiteral(".id"), tr("missing"));
        else if (ids.contains(a.id))
            fail(path + QStringLiteral(".id"), tr("'%1' is used twice").arg(a.id));
        ids.insert(a.id);

        a.tier = string(o, QStringLiteral("tier"), path, false);
        if (!a.tier.isEmpty() && !awardTiers().contains(a.tier))
            fail(path + QStringLiteral(".tier"), tr("'%1' is not one of %2").arg(a.tier, awardTiers().join(u", ")));
        a.trigger = string(o, QStringLiteral("trigger"), path, false);
        static const QRegularExpression word(QStringLiteral("^[a-z][a-z0-9_]*$"));
        if (!a.trigger.isEmpty() && !word.match(a.trigger).hasMatch())
            fail(path + QStringLiteral(".trigger"), tr("must be a lower-case identifier"));
        if (a.tier.isEmpty() && a.trigger.isEmpty())
            fail(path, tr("needs a \"tier\" or a \"trigger\""));

        a.name = text(o, QStringLiteral("name"), path, true);
        a.amount = amount(o, QStringLiteral("amount_wan"), path, true);
        const QJsonValue rate = o.value(QStringLiteral("rate"));
        if (rate.isString()) {
            a.rate.zhCN = a.rate.en = rate.toString();
        } else if (rate.isDouble()) {
            fail(path + QStringLiteral(".rate"), tr("needs its unit: write it as a text (\"1.5%\")"));
        } else if (!rate.isUndefined() && !rate.isNull()) {
            a.rate = text(o, QStringLiteral("rate"), path, true);
        }
        a.upTo = flag(o, QStringLiteral("up_to"), path, true);
        a.firstRecognitionOnly = flag(o, QStringLiteral("first_recognition_only"), path, true);
        a.higherTitleCounts = flag(o, QStringLiteral("higher_title_counts"), path, false);
        a.renewalAmount = amount(o, QStringLiteral("renewal_amount_wan"), path, false);
        if (a.renewalAmount && a.firstRecognitionOnly)
            fail(path + QStringLiteral(".renewal_amount_wan"), tr("a first-recognition-only award pays no renewal"));
        if (a.renewalAmount && !a.amount)
            fail(path + QStringLiteral(".renewal_amount_wan"), tr("needs an \"amount_wan\" too"));
        // First recognition of a title outside the ladder (a hidden champion)
        // is the trigger's; renewals and higher titles need a rung of the ladder.
        if ((a.firstRecognitionOnly && a.tier.isEmpty() && a.trigger.isEmpty()) ||
            ((a.renewalAmount || a.higherTitleCounts) && a.tier.isEmpty()))
            fail(path + QStringLiteral(".tier"), tr("recognition rules need the tier of the title"));

        a.conditions = text(o, QStringLiteral("conditions"), path, true);
        a.note = text(o, QStringLiteral("note"), path, false);
        a.document = string(o, QStringLiteral("document"), path, false);
        a.title = string(o, QStringLiteral("title"), path, false);
        a.issuer = string(o, QStringLiteral("issuer"), path, true);
        a.issued = string(o, QStringLiteral("issued"), path, false);
        static const QRegularExpression partialDate(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
        if (!a.issued.isEmpty()) {
            const bool full = a.issued.size() == QStringLiteral("YYYY-MM-DD").size();
            if (!partialDate.match(a.issued).hasMatch() ||
                (full && !QDate::fromString(a.issued, Qt::ISODate).isValid()))
                fail(path + QStringLiteral(".issued"), tr("needs YYYY, YYYY-MM or YYYY-MM-DD, or null"));
        }
        a.validFrom = date(o, QStringLiteral("valid_from"), path);
        a.validUntil = date(o, QStringLiteral("valid_until"), path);
        if (a.validFrom.isValid() && a.validUntil.isValid() && a.validUntil < a.validFrom)
            fail(path + QStringLiteral(".valid_until"), tr("is before valid_from"));
        a.likelyExpired = flag(o, QStringLiteral("likely_expired"), path, false);
        a.verified = flag(o, QStringLiteral("verified"), path, true);

        const QString stacking = o.value(QStringLiteral("stacking")).toString();
        auto it = std::find_if(stackings().begin(), stackings().end(), [&](const auto &s) { return s.first == stacking; });
        if (it == stackings().end()) {
            QStringList known;
            for (const auto &s : stackings())
                known.append(s.first);
            fail(path + QStringLiteral(".stacking"), tr("'%1' is not one of %2").arg(stacking, known.join(u", ")));
        } else {
            a.stacking = it->second;
        }
        if (a.stacking == Stacking::TopUp && !a.amount)
            fail(path + QStringLiteral(".stacking"), tr("a top-up award needs an \"amount_wan\""));
        a.source = string(o, QStringLiteral("source"), path, true);
        a.url = string(o, QStringLiteral("url"), path, false);
        if (!a.url.isEmpty() && !a.url.startsWith(QStringLiteral("https://")) &&
            !a.url.startsWith(QStringLiteral("http://")))
            fail(path + QStringLiteral(".url"), tr("must be an http:// or https:// address"));
        // Verified means the row was read in the issuer's own text: a seed we
        // hold, or the page it was read from.
        if (a.verified && a.url.isEmpty() && !a.source.startsWith(QStringLiteral("seed ")))
            fail(path + QStringLiteral(".verified"), tr("a verified row needs the \"url\" it was read from, or a seed as its source"));
        const QJsonValue growth = o.value(QStringLiteral("growth"));
        if (!growth.isUndefined() && !growth.isNull())
            a.growth = this->growth(growth, path + QStringLiteral(".growth"));
        return a;
    }

    Growth growth(const QJsonValue &v, const QString &path)
    {
        Growth g;
        if (!v.isObject()) {
            fail(path, tr("must be an object"));
            return g;
        }
        const QJsonObject o = v.toObject();
        g.metric = o.value(QStringLiteral("metric")).toString();
        if (g.metric != u"output_value" && g.metric != u"operating_revenue")
            fail(path + QStringLiteral(".metric"), tr("must be \"output_value\" or \"operating_revenue\""));
        const QJsonValue pct = o.value(QStringLiteral("above_pct"));
        const std::optional<qint64> scaled = pct.isDouble() ? decimal4FromDouble(pct.toDouble()) : std::nullopt;
        if (!scaled || *scaled < 0)
            fail(path + QStringLiteral(".above_pct"), tr("must be a percentage with at most four decimals, not negative"));
        g.abovePct = scaled.value_or(0);
        const QJsonValue years = o.value(QStringLiteral("years"));
        g.years = years.isDouble() && years.toDouble() == double(years.toInt()) ? years.toInt() : 0;
        if (g.years < 1 || g.years > 10) // structural: a plausible run of years
            fail(path + QStringLiteral(".years"), tr("must be a whole number of years from 1 to 10"));
        return g;
    }

    Benchmark benchmark(const QJsonObject &o, const QString &path)
    {
        Benchmark b;
        b.id = string(o, QStringLiteral("id"), path, true);
        b.appliesTo = string(o, QStringLiteral("applies_to"), path, true);
        b.name = text(o, QStringLiteral("name"), path, true);
        b.op = o.value(QStringLiteral("op")).toString();
        if (b.op != u">=" && b.op != u"<=")
            fail(path + QStringLiteral(".op"), tr("must be \">=\" or \"<=\""));
        const QJsonValue v = o.value(QStringLiteral("value"));
        const std::optional<qint64> scaled = v.isDouble() ? decimal4FromDouble(v.toDouble()) : std::nullopt;
        if (!scaled)
            fail(path + QStringLiteral(".value"), tr("must be a number with at most four decimals"));
        b.value = scaled.value_or(0);
        b.unit = string(o, QStringLiteral("unit"), path, true);
        return b;
    }

    QString m_origin;
    QStringList m_errors;
};

// The titles of a tier the company holds on `date` and has held before it.
struct Held
{
    bool now = false;    // a title valid on the date
    bool before = false; // a title granted before the date, since lapsed
};

Held heldTitle(const QList<Recognition> &recognitions, const Award &a, const QDate &date, const rules::RulePack *pack)
{
    Held h;
    const int rank = vocab::tierRank(a.tier);
    for (const Recognition &r : recognitions) {
        const int held = vocab::tierRank(r.tier);
        if (!r.granted.isValid() || r.granted > date || held == 0)
            continue;
        if (held != rank && !(a.higherTitleCounts && held > rank))
            continue;
        // Valid from the grant date for N years, as the rules read a title
        // (N by the route it was obtained by, where that has its own).
        const int validityYears = pack ? pack->validityYears(r.route) : 0;
        if (validityYears <= 0 || date <= periods::lastDay(r.granted, validityYears))
            h.now = true;
        else
            h.before = true;
    }
    return h;
}

AwardMatch matchOne(const std::shared_ptr<const Award> &award, const OptList<Recognition> &recognitions,
                    const rules::Assessment &a, const QDate &onDate)
{
    const Award &w = *award;
    AwardMatch m;
    m.award = award;
    m.amount = w.amount;
    if (w.validUntil.isValid() && w.validUntil < onDate) {
        m.status = Status::Expired;
        return m;
    }
    m.status = Status::NotApplicable;
    if (w.validFrom.isValid() && onDate < w.validFrom) {
        m.reason = QStringLiteral("not_yet_in_force");
        return m;
    }
    if (!w.trigger.isEmpty()) {
        m.reason = QStringLiteral("trigger");
        return m;
    }
    const int rank = vocab::tierRank(w.tier);
    if (rank == 0) { // key Little Giants: chosen among Little Giants, not assessed
        m.reason = QStringLiteral("selection");
        return m;
    }
    const rules::TierResult *tier = a.tier(w.tier);
    const bool meets = tier && tier->status == rules::Status::Met;
    const bool next = !meets && rank == vocab::tierRank(a.highestTier) + 1;
    if (!meets && !next) {
        m.reason = rank <= vocab::tierRank(a.highestTier) ? QStringLiteral("tier_not_met")
                                                          : QStringLiteral("beyond_next_tier");
        return m;
    }
    Held held;
    if (recognitions)
        held = heldTitle(*recognitions, w, onDate, a.pack.get());
    else
        m.recognitionsMissing = w.firstRecognitionOnly || w.renewalAmount.has_value();
    if (w.firstRecognitionOnly && (held.now || held.before)) {
        m.reason = held.now ? QStringLiteral("already_held") : QStringLiteral("held_before");
        return m;
    }
    if (w.renewalAmount && (held.now || held.before)) {
        m.amount = w.renewalAmount;
        m.renewal = true;
    }
    m.status = meets ? Status::Eligible : Status::NextTier;
    return m;
}

int statusOrder(Status s)
{
    switch (s) {
    case Status::Eligible: return 0;
    case Status::NextTier: return 1;
    case Status::NotApplicable: return 2; // structural: display order
    case Status::Expired: return 3;       // structural: display order
    }
    return 0;
}

} // namespace

QString stackingId(Stacking s)
{
    for (const auto &[id, value] : stackings()) {
        if (value == s)
            return id;
    }
    return {};
}

QString statusId(Status s)
{
    switch (s) {
    case Status::Eligible: return QStringLiteral("eligible");
    case Status::NextTier: return QStringLiteral("next_tier");
    case Status::NotApplicable: return QStringLiteral("not_applicable");
    case Status::Expired: return QStringLiteral("expired");
    }
    return {};
}

std::optional<bool> Growth::met(const QList<std::optional<Yuan>> &values) const
{
    if (years < 1 || values.size() < years + 1)
        return std::nullopt;
    const qsizetype first = values.size() - years - 1; // the last years+1 values
    for (qsizetype i = first; i < values.size(); ++i) {
        if (!values.at(i))
            return std::nullopt;
    }
    // (this − last) / last > pct / 100, exactly: (this − last) × 100 > pct × last.
    const Rational bar = Rational::fromScaled4(abovePct) / Rational(100);
    for (qsizetype i = first + 1; i < values.size(); ++i) {
        const Yuan base = *values.at(i - 1);
        if (base <= 0)
            return false;
        if (!(Rational(*values.at(i) - base, base) > bar))
            return false;
    }
    return true;
}

QString Award::citation() const
{
    if (!document.isEmpty())
        return document;
    if (!title.isEmpty())
        return QStringLiteral("《%1》").arg(title);
    return issued.isEmpty() ? issuer : QStringLiteral("%1 %2").arg(issuer, issued);
}

std::shared_ptr<const RegionAwards> AwardLoader::load(const QByteArray &json, const QString &origin, QStringList *errors)
{
    const std::optional<QJsonObject> root = JsonInput::parseObject(json, origin, errors);
    if (!root)
        return nullptr;
    Reader reader(origin);
    auto region = reader.region(*root);
    const QStringList problems = reader.errors();
    if (!problems.isEmpty()) {
        if (errors)
            errors->append(problems);
        return nullptr;
    }
    return region;
}

std::shared_ptr<const RegionAwards> AwardLoader::loadFile(const QString &path, QStringList *errors)
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
    return load(*bytes, path, errors);
}

QList<AwardMatch> AwardReport::claimable() const
{
    QList<AwardMatch> out;
    for (const AwardMatch &m : awards) {
        if (m.status == Status::Eligible || m.status == Status::NextTier)
            out.append(m);
    }
    return out;
}

QList<AwardMatch> AwardReport::others() const
{
    QList<AwardMatch> out;
    for (const AwardMatch &m : awards) {
        if (m.status == Status::NotApplicable || m.status == Status::Expired)
            out.append(m);
    }
    return out;
}

QString AwardReport::regionName(const QString &lang) const
{
    if (region.isEmpty())
        return {};
    // A district's own catalogue names it best; else the catalog's path.
    if (!ownName.zhCN.isEmpty())
        return ownName.get(lang);
    const RegionCatalog &catalog = RegionCatalog::instance();
    for (const QString &code : {region, cityOf(region), catalog.provinceOf(region)}) {
        const QString path = catalog.displayPath(code, lang);
        if (!path.isEmpty())
            return path;
    }
    return region;
}

namespace {

QString coverageName(const RegionCoverage &c, const QString &lang)
{
    if (c.code == nationalCode())
        return AwardCatalog::tr("national");
    if (const Region *r = RegionCatalog::instance().find(c.code))
        return r->name(lang);
    return c.code;
}

} // namespace

QStringList AwardReport::uncovered(const QString &lang) const
{
    QStringList out;
    for (const RegionCoverage &c : coverage) {
        if (c.awards > 0)
            continue;
        const QString name = coverageName(c, lang);
        if (!c.hasFile) {
            out.append(AwardCatalog::tr("%1: no award catalogue for this region").arg(name));
            continue;
        }
        QString s = AwardCatalog::tr("%1: no award found (searched %2)").arg(name, c.searched);
        if (const QString what = c.notFound.get(lang); !what.isEmpty())
            s += AwardCatalog::tr(": %1").arg(what);
        out.append(s);
    }
    return out;
}

QString AwardReport::coverageLine(const QString &lang) const
{
    QStringList parts;
    for (const RegionCoverage &c : coverage)
        parts.append(AwardCatalog::tr("%1: %n", nullptr, c.awards).arg(coverageName(c, lang)));
    return AwardCatalog::tr("Awards on file: %1").arg(parts.join(QStringLiteral(" · ")));
}

AwardCatalog &AwardCatalog::instance()
{
    static AwardCatalog catalog;
    return catalog;
}

QString AwardCatalog::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/awards");
}

void AwardCatalog::add(const std::shared_ptr<const RegionAwards> &region)
{
    if (!region)
        return;
    auto same = std::find_if(m_regions.begin(), m_regions.end(),
                             [&](const auto &r) { return r->region == region->region; });
    if (same == m_regions.end())
        m_regions.push_back(region);
    else
        *same = region; // the later file names the region; its awards join by id below
    for (const auto &award : region->awards) {
        auto it = std::find_if(m_awards.begin(), m_awards.end(), [&](const auto &a) { return a->id == award->id; });
        if (it == m_awards.end())
            m_awards.push_back(award);
        else
            *it = award;
    }
}

QStringList AwardCatalog::load(const QString &userFolderPath)
{
    QStringList problems;
    if (m_loaded)
        return problems;
    m_loaded = true;
    // Built-in ids are unique across files: a clash is a defect, not an update.
    QHash<QString, QString> builtinIds;
    const QDir builtin(QStringLiteral(":/data/awards"));
    for (const QString &name : builtin.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = builtin.filePath(name);
        auto region = AwardLoader::loadFile(path, &problems);
        if (!region)
            continue;
        if (QFileInfo(name).completeBaseName() != region->region)
            problems.append(tr("%1: region: '%2' differs from the file name").arg(path, region->region));
        bool clash = false;
        for (std::size_t i = 0; i < region->awards.size(); ++i) {
            const QString id = region->awards[i]->id;
            if (builtinIds.contains(id)) {
                problems.append(tr("%1: awards[%2].id: '%3' is also in %4").arg(path).arg(i).arg(id, builtinIds.value(id)));
                clash = true;
            }
            builtinIds.insert(id, path);
        }
        if (!clash)
            add(region);
    }
    const QDir user(userFolderPath.isEmpty() ? userFolder() : userFolderPath);
    if (user.exists()) {
        for (const QString &name : user.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            add(AwardLoader::loadFile(user.filePath(name), &problems));
    }
    return problems;
}

std::shared_ptr<const Award> AwardCatalog::find(const QString &id) const
{
    for (const auto &a : m_awards) {
        if (a->id == id)
            return a;
    }
    return nullptr;
}

const RegionAwards *AwardCatalog::region(const QString &code) const
{
    for (const auto &r : m_regions) {
        if (r->region == code)
            return r.get();
    }
    return nullptr;
}

QStringList AwardCatalog::regionsFor(const QString &code)
{
    QStringList out{nationalCode()};
    if (!isRegionCode(code) || code == nationalCode())
        return out;
    const QString province = RegionCatalog::instance().provinceOf(code);
    if (province.isEmpty()) {
        out.append(code); // a province the catalog does not list: its own awards only
        return out;
    }
    out.append(province);
    // A listed code reaches its city through the catalog (a municipality's
    // district and a county directly under a province have none); an
    // unlisted one by its digits.
    const RegionCatalog &catalog = RegionCatalog::instance();
    const QString city = catalog.find(code) ? catalog.cityOf(code) : cityOf(code);
    if (!city.isEmpty() && !out.contains(city))
        out.append(city);
    if (!out.contains(code))
        out.append(code);
    return out;
}

AwardReport AwardCatalog::match(const Profile &profile, const rules::Assessment &assessment, const QDate &onDate) const
{
    return match(profile.company.region, profile.company.recognitions, assessment, onDate);
}

AwardReport AwardCatalog::match(const rules::Assessment &assessment) const
{
    return match(assessment.region, assessment.recognitions, assessment, assessment.date);
}

AwardReport AwardCatalog::match(const std::optional<QString> &region, const OptList<Recognition> &held,
                                const rules::Assessment &assessment, const QDate &onDate) const
{
    AwardReport report;
    report.region = region.value_or(QString());
    report.regions = regionsFor(report.region);
    if (const RegionAwards *own = this->region(report.region))
        report.ownName = own->name;
    for (const QString &code : report.regions) {
        RegionCoverage c;
        c.code = code;
        if (const RegionAwards *file = this->region(code)) {
            c.hasFile = true;
            c.searched = file->searched;
            c.notFound = file->notFound;
        }
        for (const auto &award : m_awards)
            c.awards += award->region == code;
        report.coverage.append(c);
    }
    for (const QString &code : report.regions) {
        for (const auto &award : m_awards) {
            if (award->region == code)
                report.awards.append(matchOne(award, held, assessment, onDate));
        }
    }
    std::stable_sort(report.awards.begin(), report.awards.end(), [](const AwardMatch &x, const AwardMatch &y) {
        return statusOrder(x.status) < statusOrder(y.status);
    });

    // Totals, exact in yuan. Awards add up, except a region's top-up
    // (差额补齐) awards: of those the company gets the highest once, less
    // what a title it already holds earned (the lower award, paid before).
    QHash<QString, Yuan> received, nowMax, nextMax;
    for (const AwardMatch &m : report.awards) {
        if (!m.amount)
            continue;
        const Award &w = *m.award;
        if (w.stacking != Stacking::TopUp) {
            if (m.status == Status::Eligible)
                report.nowYuan += *m.amount;
            else if (m.status == Status::NextTier)
                report.nextTierYuan += *m.amount;
            continue;
        }
        if (m.reason == u"already_held" || m.reason == u"held_before")
            received[w.region] = std::max(received.value(w.region), *m.amount);
        else if (m.status == Status::Eligible)
            nowMax[w.region] = std::max(nowMax.value(w.region), *m.amount);
        else if (m.status == Status::NextTier)
            nextMax[w.region] = std::max(nextMax.value(w.region), *m.amount);
    }
    QSet<QString> groups;
    for (auto it = nowMax.cbegin(); it != nowMax.cend(); ++it)
        groups.insert(it.key());
    for (auto it = nextMax.cbegin(); it != nextMax.cend(); ++it)
        groups.insert(it.key());
    for (const QString &g : groups) {
        const Yuan base = received.value(g);
        const Yuan now = std::max(base, nowMax.value(g));
        const Yuan next = std::max(now, nextMax.value(g));
        report.nowYuan += now - base;
        report.nextTierYuan += next - now;
    }
    return report;
}

} // namespace srdi::awards
