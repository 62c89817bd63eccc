// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalogs.h"

#include <array>
#include <optional>
#include <QCoreApplication>
#include <QSysInfo>
#include <QtEndian>

#include <cstring>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace srdi {

namespace {

QString pickName(const QString &lang, const QString &zhCN, const QString &zhTW, const QString &en)
{
    // Every name is required in a sound catalog; the fallbacks only keep a
    // broken one (seen in tests) from showing blanks.
    if (lang == u"en")
        return en.isEmpty() ? zhCN : en;
    if (lang == u"zh_TW")
        return zhTW.isEmpty() ? zhCN : zhTW;
    return zhCN;
}

// A middle dot between the levels, as Chinese address lines write it.
QString pathSeparator()
{
    return QStringLiteral(" \u00b7 ");
}

bool isDigits(QStringView s)
{
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

// GB/T 2260: two digits of the province, two of the prefecture, two of the county.
bool isProvinceCode(const QString &c)
{
    return c.size() == 6 && isDigits(c) && c.endsWith(QStringLiteral("0000")) &&
           !c.startsWith(QStringLiteral("00"));
}

bool isCityCode(const QString &c)
{
    return c.size() == 6 && isDigits(c) && c.endsWith(QStringLiteral("00")) &&
           !c.endsWith(QStringLiteral("0000"));
}

bool isCountyCode(const QString &c)
{
    return c.size() == 6 && isDigits(c) && !c.endsWith(QStringLiteral("00"));
}

// GB/T 4754: a section letter, then two digits of the division, one of the group.
bool isSectionCode(const QString &c)
{
    return c.size() == 1 && c.at(0) >= u'A' && c.at(0) <= u'Z';
}

bool isDivisionCode(const QString &c)
{
    return c.size() == 3 && isSectionCode(c.left(1)) && isDigits(QStringView(c).mid(1));
}

bool isGroupCode(const QString &c)
{
    return c.size() == 4 && isSectionCode(c.left(1)) && isDigits(QStringView(c).mid(1));
}

QByteArray readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("built-in catalog %s cannot be read: %s", qPrintable(path),
               qPrintable(f.errorString()));
    return f.readAll();
}

void failIfBroken(const QString &path, const QStringList &problems)
{
    // The shipped files are tested; a defect here is a broken build, and a
    // wrong list of regions or industries must not reach a user quietly.
    if (!problems.isEmpty())
        qFatal("built-in catalog %s is broken:\n%s", qPrintable(path),
               qPrintable(problems.join(u'\n')));
}

// A place in a catalog file ("provinces[3].cities[2]"), spelled out only
// for a problem: spelling the path of each of 3,000 entries at every start
// cost a third as much as parsing the file.
class Place
{
public:
    explicit Place(const char *key)
        : m_key(key)
    {
    }
    Place(const Place &parent, const char *key)
        : m_parent(&parent)
        , m_key(key)
    {
    }
    Place(const Place &parent, qsizetype index)
        : m_parent(&parent)
        , m_index(index)
    {
    }
    QString text() const
    {
        QString out = m_parent ? m_parent->text() : QString();
        if (m_index >= 0)
            out += u'[' + QString::number(m_index) + u']';
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + QLatin1String(m_key);
        return out;
    }
    // The steps from the root, kept by value (a Place lives on the stack).
    struct Steps
    {
        std::array<std::pair<const char *, qsizetype>, 8> step{};
        int depth = 0;
        QString text() const
        {
            QString out;
            for (int i = 0; i < depth; ++i) {
                if (step[i].first)
                    out += (out.isEmpty() ? QString() : QStringLiteral(".")) + QLatin1String(step[i].first);
                else
                    out += u'[' + QString::number(step[i].second) + u']';
            }
            return out;
        }
    };
    Steps steps() const
    {
        Steps s;
        if (m_parent)
            s = m_parent->steps();
        if (s.depth < int(s.step.size()))
            s.step[s.depth++] = {m_index >= 0 ? nullptr : m_key, m_index};
        return s;
    }

private:
    const Place *m_parent = nullptr;
    const char *m_key = nullptr;
    qsizetype m_index = -1;
};

// Reads the parts both catalog files share and collects what is wrong, each
// problem led by the JSON path of the place.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(srdi::Catalogs)
public:
    QStringList problems;

    void fail(const QString &path, const QString &what)
    {
        problems.append(path + QStringLiteral(": ") + what);
    }
    void fail(const Place &place, const char *key, const QString &what)
    {
        fail(Place(place, key).text(), what);
    }

    std::optional<QJsonObject> root(const QByteArray &json, const QString &format)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            fail(QStringLiteral("(file)"),
                 tr("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
            return std::nullopt;
        }
        if (!doc.isObject()) {
            fail(QStringLiteral("(file)"), tr("not a JSON object"));
            return std::nullopt;
        }
        const QJsonObject o = doc.object();
        if (o.value(QStringLiteral("format")).toString() != format)
            fail(QStringLiteral("format"), tr("must be \"%1\"").arg(format));
        return o;
    }

    // A list under key (the place's last step); a missing optional list is an empty one.
    QJsonArray list(const QJsonObject &o, const Place &place, const char *key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray()) {
            fail(Place(place, key).text(), v.isUndefined() ? tr("missing") : tr("must be a list"));
            return {};
        }
        QJsonArray a = v.toArray();
        if (required && a.isEmpty())
            fail(Place(place, key).text(), tr("must not be empty"));
        return a;
    }

    // The code and the three names of one entry (Region or Industry).
    template <typename Entry>
    std::optional<QJsonObject> entry(const QJsonValue &v, const Place &place, Entry &e)
    {
        if (!v.isObject()) {
            fail(place.text(), tr("must be an object"));
            return std::nullopt;
        }
        QJsonObject o = v.toObject();
        e.code = o.value(QLatin1String("code")).toString();
        e.zhCN = o.value(QLatin1String("zh_CN")).toString().trimmed();
        e.zhTW = o.value(QLatin1String("zh_TW")).toString().trimmed();
        e.en = o.value(QLatin1String("en")).toString().trimmed();
        if (e.code.isEmpty() || e.zhCN.isEmpty() || e.zhTW.isEmpty() || e.en.isEmpty()) {
            const QString path = place.text();
            const QString where = e.code.isEmpty() ? path : path + QStringLiteral(" (") + e.code + u')';
            if (e.code.isEmpty())
                fail(path + QStringLiteral(".code"), tr("missing"));
            if (e.zhCN.isEmpty())
                fail(where + QStringLiteral(".zh_CN"), tr("missing name"));
            if (e.zhTW.isEmpty())
                fail(where + QStringLiteral(".zh_TW"), tr("missing name"));
            if (e.en.isEmpty())
                fail(where + QStringLiteral(".en"), tr("missing name"));
        }
        return o;
    }

    // False (with a problem) when the code was seen before.
    bool unique(const QString &code, const Place &place)
    {
        const auto seen = m_first.constFind(code);
        if (seen != m_first.cend()) {
            fail(place, "code", tr("'%1' is used twice (first at %2)").arg(code, seen->text()));
            return false;
        }
        m_first.insert(code, place.steps());
        return true;
    }

private:
    QHash<QString, Place::Steps> m_first;
};

// Adds an entry whose code is sound and new; others stay out of the index.
template <typename Entry>
void add(QList<Entry> &list, QHash<QString, qsizetype> &index, const Entry &e)
{
    index.insert(e.code, list.size());
    list.append(e);
}

// The county-level units of one parent (a city, or a province for the units
// directly under it); sound ones join the index.
void readCounties(Reader &r, QList<Region> &regions, QHash<QString, qsizetype> &index,
                  const QJsonObject &owner, const Place &ownerPlace, const QString &parent, int prefix)
{
    const QJsonArray counties = r.list(owner, ownerPlace, "counties", false);
    const Place path(ownerPlace, "counties");
    for (qsizetype k = 0; k < counties.size(); ++k) {
        const Place kpath(path, k);
        Region c;
        c.parentCode = parent;
        if (!r.entry(counties.at(k), kpath, c))
            continue;
        if (!isCountyCode(c.code)) {
            if (!c.code.isEmpty())
                r.fail(kpath, "code",
                       Reader::tr("'%1' is not a county-level code (six digits not ending in 00)")
                           .arg(c.code));
            continue;
        }
        // A county starts with its city's four digits (its province's two
        // when it sits directly under the province): a county filed under the
        // wrong parent would reach the wrong city's awards.
        if (QStringView(c.code).left(prefix) != QStringView(parent).left(prefix)) {
            r.fail(kpath, "code",
                   Reader::tr("'%1' does not start with %2 like its parent %3")
                       .arg(c.code, parent.left(prefix), parent));
            continue;
        }
        if (r.unique(c.code, kpath))
            add(regions, index, c);
    }
}

} // namespace

// ---- regions ----

QString Region::name(const QString &lang) const
{
    return pickName(lang, zhCN, zhTW, en);
}

RegionCatalog::RegionCatalog(const QByteArray &json)
{
    Reader r;
    const std::optional<QJsonObject> root = r.root(json, QStringLiteral("srdi-regions/1"));
    if (root) {
        const Place top("provinces");
        const QJsonArray provinces = r.list(*root, Place(""), "provinces", true);
        m_regions.reserve(4096);
        m_index.reserve(4096);
        for (qsizetype i = 0; i < provinces.size(); ++i) {
            const Place path(top, i);
            Region p;
            const std::optional<QJsonObject> o = r.entry(provinces.at(i), path, p);
            if (!o)
                continue;
            const bool sound = isProvinceCode(p.code);
            if (!sound && !p.code.isEmpty())
                r.fail(path, "code",
                       Reader::tr("'%1' is not a province code (six digits ending in 0000)")
                           .arg(p.code));
            if (sound && r.unique(p.code, path))
                add(m_regions, m_index, p);

            const QJsonArray cities = r.list(*o, path, "cities", false);
            const Place cityList(path, "cities");
            for (qsizetype j = 0; j < cities.size(); ++j) {
                const Place cpath(cityList, j);
                Region c;
                c.parentCode = p.code;
                const std::optional<QJsonObject> co = r.entry(cities.at(j), cpath, c);
                if (!co)
                    continue;
                if (!isCityCode(c.code)) {
                    if (!c.code.isEmpty())
                        r.fail(cpath, "code",
                               Reader::tr("'%1' is not a prefecture-level code (six digits ending "
                                          "in 00, not 0000)")
                                   .arg(c.code));
                    continue;
                }
                // The first two digits are the province: a city filed under the
                // wrong one would put a company in the wrong province's awards.
                if (sound && QStringView(c.code).left(2) != QStringView(p.code).left(2)) {
                    r.fail(cpath, "code",
                           Reader::tr("'%1' does not start with %2 like its province %3")
                               .arg(c.code, p.code.left(2), p.code));
                    continue;
                }
                if (r.unique(c.code, cpath))
                    add(m_regions, m_index, c);
                readCounties(r, m_regions, m_index, *co, cpath, c.code, 4);
            }
            // Districts of a municipality and county-level units directly
            // under a province (济源, 仙桃, 石河子): their parent is the province.
            if (sound)
                readCounties(r, m_regions, m_index, *o, path, p.code, 2);
        }
    }
    m_problems = r.problems;
}

const RegionCatalog &RegionCatalog::instance()
{
    static const RegionCatalog catalog = [] {
        const QString path = QStringLiteral(":/data/regions.bin");
        std::optional<RegionCatalog> c = fromCompiled(readResource(path));
        if (!c)
            qFatal("built-in catalog %s is not one this program can read", qPrintable(path));
        return std::move(*c);
    }();
    return catalog;
}

namespace {
// "SRDI regions, form 1": the form changes with this program only, which
// compiles its own copy at build time.
constexpr char kCompiledMagic[] = "SRDIREG1";
}

// The form: the magic, then the count of regions, then per region its code,
// parent, zh_CN, zh_TW and en names, each a count of UTF-16 units and the
// units, little-endian (a count is 4 bytes). Read back by pointer: QDataStream
// spent a thousand instructions a string, most of the read.
QByteArray RegionCatalog::compiled() const
{
    QByteArray out(kCompiledMagic, sizeof kCompiledMagic - 1);
    const auto count = [&out](quint32 n) {
        const quint32 le = qToLittleEndian(n);
        out.append(reinterpret_cast<const char *>(&le), sizeof le);
    };
    const auto text = [&](const QString &t) {
        count(quint32(t.size()));
        for (const QChar c : t) {
            const quint16 le = qToLittleEndian(c.unicode());
            out.append(reinterpret_cast<const char *>(&le), sizeof le);
        }
    };
    count(quint32(m_regions.size()));
    for (const Region &r : m_regions) {
        text(r.code);
        text(r.parentCode);
        text(r.zhCN);
        text(r.zhTW);
        text(r.en);
    }
    return out;
}

std::optional<RegionCatalog> RegionCatalog::fromCompiled(const QByteArray &bytes)
{
    const char *at = bytes.constData();
    const char *const end = at + bytes.size();
    constexpr qsizetype magic = sizeof kCompiledMagic - 1;
    if (bytes.size() < magic || QByteArrayView(at, magic) != QByteArrayView(kCompiledMagic, magic))
        return std::nullopt;
    at += magic;
    const auto count = [&at, end](quint32 &n) {
        if (end - at < qsizetype(sizeof n))
            return false;
        n = qFromLittleEndian<quint32>(at);
        at += sizeof n;
        return true;
    };
    const auto text = [&](QString &t) {
        quint32 n = 0;
        if (!count(n) || quint64(end - at) < quint64(n) * 2)
            return false;
        t.resize(qsizetype(n));
        if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian)
            std::memcpy(t.data(), at, std::size_t(n) * 2);
        else
            qFromLittleEndian<quint16>(at, qsizetype(n), t.data());
        at += qsizetype(n) * 2;
        return true;
    };
    quint32 regions = 0;
    // Each entry takes at least five counts: no more than the bytes allow.
    if (!count(regions) || quint64(regions) * 20 > quint64(end - at))
        return std::nullopt;
    RegionCatalog c;
    c.m_regions.reserve(regions);
    c.m_index.reserve(regions);
    for (quint32 i = 0; i < regions; ++i) {
        Region r;
        if (!text(r.code) || !text(r.parentCode) || !text(r.zhCN) || !text(r.zhTW) || !text(r.en) ||
            r.code.isEmpty() || c.m_index.contains(r.code))
            return std::nullopt;
        add(c.m_regions, c.m_index, r);
    }
    if (at != end)
        return std::nullopt;
    return c;
}

bool RegionCatalog::operator==(const RegionCatalog &other) const
{
    if (m_regions.size() != other.m_regions.size() || m_problems != other.m_problems)
        return false;
    for (qsizetype i = 0; i < m_regions.size(); ++i) {
        const Region &a = m_regions.at(i), &b = other.m_regions.at(i);
        if (a.code != b.code || a.parentCode != b.parentCode || a.zhCN != b.zhCN || a.zhTW != b.zhTW || a.en != b.en)
            return false;
    }
    return true;
}

QList<Region> RegionCatalog::provinces() const
{
    QList<Region> out;
    for (const Region &r : m_regions) {
        if (r.parentCode.isEmpty())
            out.append(r);
    }
    return out;
}

QList<Region> RegionCatalog::cities(const QString &provinceCode) const
{
    QList<Region> out;
    if (!isProvinceCode(provinceCode))
        return out;
    for (const Region &r : m_regions) {
        if (r.parentCode == provinceCode && isCityCode(r.code))
            out.append(r);
    }
    return out;
}

QList<Region> RegionCatalog::counties(const QString &parentCode) const
{
    QList<Region> out;
    if (!isProvinceCode(parentCode) && !isCityCode(parentCode))
        return out;
    for (const Region &r : m_regions) {
        if (r.parentCode == parentCode && isCountyCode(r.code))
            out.append(r);
    }
    return out;
}

QString RegionCatalog::cityOf(const QString &code) const
{
    const Region *r = find(code);
    if (!r)
        return {};
    if (isCityCode(r->code))
        return r->code;
    if (isCountyCode(r->code) && isCityCode(r->parentCode))
        return r->parentCode;
    return {};
}

const Region *RegionCatalog::find(const QString &code) const
{
    const qsizetype i = m_index.value(code, -1);
    return i < 0 ? nullptr : &m_regions.at(i);
}

QString RegionCatalog::displayPath(const QString &code, const QString &lang) const
{
    const Region *r = find(code);
    if (!r)
        return {};
    QString path = r->name(lang);
    for (const Region *p = r->parentCode.isEmpty() ? nullptr : find(r->parentCode); p;
         p = p->parentCode.isEmpty() ? nullptr : find(p->parentCode))
        path = p->name(lang) + pathSeparator() + path;
    return path;
}

QString RegionCatalog::provinceOf(const QString &code) const
{
    if (code.size() != 6 || !isDigits(code))
        return {};
    const QString province = code.left(2) + QStringLiteral("0000");
    const Region *p = find(province);
    return p && p->parentCode.isEmpty() ? province : QString();
}

// ---- industries ----

QString Industry::name(const QString &lang) const
{
    return pickName(lang, zhCN, zhTW, en);
}

IndustryCatalog::IndustryCatalog(const QByteArray &json)
{
    Reader r;
    const std::optional<QJsonObject> root = r.root(json, QStringLiteral("srdi-industries/1"));
    if (root) {
        const Place top("sections");
        const QJsonArray sections = r.list(*root, Place(""), "sections", true);
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const Place path(top, i);
            Industry s;
            const std::optional<QJsonObject> so = r.entry(sections.at(i), path, s);
            if (!so)
                continue;
            const bool sectionSound = isSectionCode(s.code);
            if (!sectionSound && !s.code.isEmpty())
                r.fail(path, "code", Reader::tr("'%1' is not a section code (one capital letter)").arg(s.code));
            if (sectionSound && r.unique(s.code, path))
                add(m_industries, m_index, s);

            const QJsonArray divisions = r.list(*so, path, "divisions", true);
            const Place divisionList(path, "divisions");
            for (qsizetype j = 0; j < divisions.size(); ++j) {
                const Place dpath(divisionList, j);
                Industry d;
                d.parentCode = s.code;
                const std::optional<QJsonObject> dobj = r.entry(divisions.at(j), dpath, d);
                if (!dobj)
                    continue;
                bool divisionSound = isDivisionCode(d.code);
                if (!divisionSound && !d.code.isEmpty())
                    r.fail(dpath, "code",
                           Reader::tr("'%1' is not a division code (section letter and two digits, like C34)")
                               .arg(d.code));
                // The letter is part of the code the profile stores; a division
                // under the wrong section would pick the wrong SME size table.
                if (divisionSound && sectionSound && !d.code.startsWith(s.code)) {
                    r.fail(dpath, "code",
                           Reader::tr("'%1' does not start with its section letter %2").arg(d.code, s.code));
                    divisionSound = false;
                }
                if (divisionSound && r.unique(d.code, dpath))
                    add(m_industries, m_index, d);

                const QJsonArray groups = r.list(*dobj, dpath, "groups", false);
                const Place groupList(dpath, "groups");
                for (qsizetype k = 0; k < groups.size(); ++k) {
                    const Place gpath(groupList, k);
                    Industry g;
                    g.parentCode = d.code;
                    if (!r.entry(groups.at(k), gpath, g))
                        continue;
                    if (!isGroupCode(g.code)) {
                        if (!g.code.isEmpty())
                            r.fail(gpath, "code",
                                   Reader::tr("'%1' is not a group code (division and one digit, like K701)")
                                       .arg(g.code));
                        continue;
                    }
                    if (divisionSound && !g.code.startsWith(d.code)) {
                        r.fail(gpath, "code",
                               Reader::tr("'%1' does not start with its division %2").arg(g.code, d.code));
                        continue;
                    }
                    if (r.unique(g.code, gpath))
                        add(m_industries, m_index, g);
                }
            }
        }
    }
    m_problems = r.problems;
}

const IndustryCatalog &IndustryCatalog::instance()
{
    static const IndustryCatalog catalog = [] {
        const QString path = QStringLiteral(":/data/industries.json");
        IndustryCatalog c(readResource(path));
        failIfBroken(path, c.problems());
        return c;
    }();
    return catalog;
}

namespace {

QList<Industry> childrenOf(const QList<Industry> &all, const QString &parent)
{
    QList<Industry> out;
    for (const Industry &i : all) {
        if (i.parentCode == parent)
            out.append(i);
    }
    return out;
}

} // namespace

QList<Industry> IndustryCatalog::sections() const
{
    return childrenOf(m_industries, QString());
}

QList<Industry> IndustryCatalog::divisions(const QString &sectionCode) const
{
    return isSectionCode(sectionCode) ? childrenOf(m_industries, sectionCode) : QList<Industry>();
}

QList<Industry> IndustryCatalog::groups(const QString &divisionCode) const
{
    return isDivisionCode(divisionCode) ? childrenOf(m_industries, divisionCode)
                                        : QList<Industry>();
}

const Industry *IndustryCatalog::find(const QString &code) const
{
    const qsizetype i = m_index.value(code, -1);
    return i < 0 ? nullptr : &m_industries.at(i);
}

QString IndustryCatalog::displayPath(const QString &code, const QString &lang) const
{
    QStringList parts;
    // Up from the code to its section; the nesting of the file rules out a cycle.
    for (const Industry *i = find(code); i;
         i = i->parentCode.isEmpty() ? nullptr : find(i->parentCode))
        parts.prepend(i->code + u' ' + i->name(lang));
    return parts.join(pathSeparator());
}

} // namespace srdi
