// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The two code lists a profile points into, as data compiled in: GB/T 2260
// administrative divisions (data/regions.json) for company.region and
// GB/T 4754-2017 industries (data/industries.json) for company.industry.
// The window offers them as choices and shows a code by its names; the rules
// only ever see the code, so a code missing here still evaluates.
namespace srdi {

struct Region
{
    QString code;       // "620000" a province, "620100" a prefecture-level city, "620102" a county
    QString parentCode; // the province of a city; the city of a county (the province for a
                        // municipality's districts and counties directly under a province);
                        // empty for a province
    QString zhCN, zhTW, en;
    // lang: "zh_CN", "zh_TW" or "en"; anything else reads as zh_CN.
    QString name(const QString &lang) const;
};

class RegionCatalog
{
public:
    // The built-in catalog, read once: data/regions.json as the build checked
    // and compiled it (:/data/regions.bin, by srdi-compile-regions: a broken
    // file fails the build). Reading it costs a twentieth of parsing the JSON.
    static const RegionCatalog &instance();
    // Reads a catalog file; whatever is wrong with it goes to problems().
    explicit RegionCatalog(const QByteArray &json);

    // The regions in a compact binary form (a sound catalog only), and back:
    // fromCompiled() of what another build wrote, or of damaged bytes, is
    // nullopt.
    QByteArray compiled() const;
    static std::optional<RegionCatalog> fromCompiled(const QByteArray &bytes);
    bool operator==(const RegionCatalog &other) const;

    // One line per defect, each naming the place ("provinces[3].cities[2].code").
    QStringList problems() const { return m_problems; }

    QList<Region> provinces() const;
    // The prefecture-level units of a province, in file (code) order; none for
    // the four municipalities, whose province code stands for the city.
    QList<Region> cities(const QString &provinceCode) const;
    // The county-level units (市辖区, 县, 县级市, 旗 …) of a city, in code order;
    // of a province, those directly under it: a municipality's districts and
    // counties, and 济源, 仙桃, 石河子 … Empty for a city without districts
    // (东莞) and for a code not listed. The third level of a region picker.
    QList<Region> counties(const QString &parentCode) const;
    // The prefecture-level city of a listed city or county; empty for a
    // province, a municipality's district, a county directly under a province
    // and a code not listed.
    QString cityOf(const QString &code) const;
    const Region *find(const QString &code) const;
    // "甘肃省 · 兰州市", "Gansu · Lanzhou", "浙江省 · 杭州市 · 余杭区"; empty for a
    // code not in the catalog.
    QString displayPath(const QString &code, const QString &lang) const;
    // The province of any six-digit code whose province is listed, also of a
    // county-level code not listed itself (620102 → 620000); else empty.
    QString provinceOf(const QString &code) const;

private:
    RegionCatalog() = default;
    QList<Region> m_regions; // provinces, their cities and counties, in file order
    QHash<QString, qsizetype> m_index;
    QStringList m_problems;
};

struct Industry
{
    QString code;       // "C" a section, "C34" a division, "K701" a group
    QString parentCode; // empty for a section
    QString zhCN, zhTW, en;
    // lang: "zh_CN", "zh_TW" or "en"; anything else reads as zh_CN.
    QString name(const QString &lang) const;
};

class IndustryCatalog
{
public:
    // The built-in catalog (:/data/industries.json), read once; see RegionCatalog.
    static const IndustryCatalog &instance();
    explicit IndustryCatalog(const QByteArray &json);

    QStringList problems() const { return m_problems; }

    QList<Industry> sections() const;
    QList<Industry> divisions(const QString &sectionCode) const;
    // Groups are listed only where a rule needs them (K70, for the SME size table).
    QList<Industry> groups(const QString &divisionCode) const;
    const Industry *find(const QString &code) const;
    // "C 制造业 · C34 通用设备制造业"; empty for a code not in the catalog.
    QString displayPath(const QString &code, const QString &lang) const;

private:
    QList<Industry> m_industries; // sections, divisions and groups, in file order
    QHash<QString, qsizetype> m_index;
    QStringList m_problems;
};

} // namespace srdi
