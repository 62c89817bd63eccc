// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Profile.h"
#include "rules/Assessment.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>
#include <optional>
#include <vector>

// The awards a company can claim, by region: one file per GB/T 2260 region in
// data/awards/<code>.json (format `srdi-awards/1`, see data/awards/README.md),
// plus any in the user's awards folder. A region's awards apply to its cities
// and districts; national ones (000000) everywhere. Every amount is data.
namespace srdi::awards {

// How an award combines with others.
enum class Stacking : quint8 {
    None,      // nothing stated
    NoDouble,  // 不重复享受: not paid on top of a similar award
    TopUp,     // 差额补齐: moving up a level pays the difference to the lower award
    Automatic, // 免申即享: paid without an application
};
QString stackingId(Stacking s); // none | no_double | top_up | automatic

// A growth condition an award sets (Shanghai: output up by more than 20 %
// in each of two years running). The profile may not record the figure the
// text names; the condition is then shown, not decided.
struct Growth
{
    QString metric;       // output_value (产值) | operating_revenue (营业收入)
    qint64 abovePct = 0;  // growth must exceed this, in percent scaled by 10,000 (Decimal.h)
    int years = 0;        // in each of this many consecutive years
    // values: the figure for years+1 consecutive years, oldest first; a
    // missing value (or too few) leaves the condition open (nullopt). A year
    // whose base is zero or negative has no growth rate and fails: an
    // undefined ratio earns nothing.
    std::optional<bool> met(const QList<std::optional<Yuan>> &values) const;
};

struct Award
{
    QString id;
    QString tier;    // innovative | specialized | little_giant | key_little_giant; empty: none
    QString trigger; // an event or title beyond the ladder (listing, first_set_equipment ...); empty: none
    rules::LocalText name;
    std::optional<Yuan> amount; // the maximum, integer yuan; nullopt: not stated
    rules::LocalText rate;      // a rate instead of (or besides) an amount; empty: none
    bool upTo = false;          // "不超过", "最高": the amount is a ceiling
    bool firstRecognitionOnly = false;
    bool higherTitleCounts = false; // a held higher title counts as holding this one
    std::optional<Yuan> renewalAmount;
    rules::LocalText conditions;
    rules::LocalText note;
    QString document; // 甘工信发〔2023〕128号; empty: none stated
    QString title;    // the document's title; empty: not stated
    QString issuer;
    QString issued;   // YYYY, YYYY-MM or YYYY-MM-DD, as precise as known; empty: not stated
    QDate validFrom, validUntil; // invalid: not stated
    bool likelyExpired = false;  // no end date stated, but probably no longer applied
    bool verified = false;       // the amount is read from the policy text itself
    Stacking stacking = Stacking::None;
    QString source; // where the row comes from (a seed text, or second-hand)
    QString url;    // the page it was read from; empty: none
    std::optional<Growth> growth; // a growth condition; nullopt: none

    // Set by the loader: the region file the award belongs to.
    QString region;
    rules::LocalText regionName;

    // The document number, else the title, else the issuer: what the award cites.
    QString citation() const;
};

// A figure the region's policy sets as a target for its firms (shown beside
// the company's own; it decides nothing).
struct Benchmark
{
    QString id;
    QString appliesTo; // the tier or trigger the target is set for
    rules::LocalText name;
    QString op; // >= | <=
    qint64 value = 0; // scaled by 10,000 (Decimal.h)
    QString unit;
};

struct RegionAwards
{
    QString region; // six digits; 000000 for national awards
    rules::LocalText name;
    std::vector<std::shared_ptr<const Award>> awards;
    std::vector<Benchmark> benchmarks;
    // The month (YYYY-MM) the region's texts were last searched; with no
    // awards, the file says that none was found then, and `notFound` what
    // was searched.
    QString searched;
    rules::LocalText notFound;
};

class AwardLoader
{
    Q_DECLARE_TR_FUNCTIONS(srdi::awards::AwardLoader)
public:
    // `origin` names the file in messages. On failure returns null and fills
    // `errors` with one message per problem, each naming the place
    // ("620000.json: awards[1].amount_wan: ...").
    static std::shared_ptr<const RegionAwards> load(const QByteArray &json, const QString &origin, QStringList *errors);
    static std::shared_ptr<const RegionAwards> loadFile(const QString &path, QStringList *errors);
};

enum class Status : quint8 {
    Eligible,      // the company meets the award's tier now
    NextTier,      // the award's tier is the one just above the highest met
    NotApplicable, // another tier, an event the profile does not record, a title already held
    Expired,       // the policy ended before the assessment date
};
QString statusId(Status s); // eligible | next_tier | not_applicable | expired

struct AwardMatch
{
    std::shared_ptr<const Award> award;
    Status status = Status::NotApplicable;
    // Why an award does not apply: trigger | selection | already_held |
    // held_before | tier_not_met | beyond_next_tier | not_yet_in_force; empty otherwise.
    QString reason;
    std::optional<Yuan> amount; // what applies: the renewal amount for a title held
    bool renewal = false;
    bool recognitionsMissing = false; // first recognition cannot be checked: titles not entered
};

// What one region's award file says for a company there: how many awards
// it holds, or that none was found when it was searched.
struct RegionCoverage
{
    QString code;          // 000000 national, else six digits
    QString name;          // in the report's language
    int awards = 0;        // awards of this region in the catalogue
    bool hasFile = false;  // a catalogue file for the region exists
    QString searched;      // YYYY-MM, as the file says
    rules::LocalText notFound; // what was searched, where none was found
};

struct AwardReport
{
    QString region;           // the company's region code; empty when not entered
    QStringList regions;      // the regions whose awards apply, national first
    QList<AwardMatch> awards; // eligible, then next tier, then the rest
    Yuan nowYuan = 0;         // what the company could claim now
    Yuan nextTierYuan = 0;    // what the next tier adds
    rules::LocalText ownName; // the region's name from its own catalogue file, if it has one
    // National, province, city, district: each region's file, in order.
    QList<RegionCoverage> coverage;

    QList<AwardMatch> claimable() const; // eligible and next tier
    QList<AwardMatch> others() const;    // not applicable and expired
    // The name of the most local region with a catalogue or a catalog entry.
    QString regionName(const QString &lang) const;
    // The regions with no award on file, each as a sentence ("浙江省: no
    // award found (searched 2026-12): …"), in `lang`.
    QStringList uncovered(const QString &lang) const;
    // "全国 3 · 浙江省 0 · 杭州市 14 · 余杭区 3": what each region reached holds.
    QString coverageLine(const QString &lang) const;
};

// The awards the product knows: built in (":/data/awards") plus any in the
// user's folder (<AppDataLocation>/awards), where an award with the id of a
// built-in one replaces it.
class AwardCatalog
{
    Q_DECLARE_TR_FUNCTIONS(srdi::awards::AwardCatalog)
public:
    AwardCatalog() = default;
    // The application's catalogue, shared by every view; loaded on first use.
    static AwardCatalog &instance();
    static QString userFolder();
    // Loads once; returns the problems met (a broken file is skipped whole).
    QStringList load(const QString &userFolder = QString());
    // Adds one region's awards (tests, and the loader): same id replaces.
    void add(const std::shared_ptr<const RegionAwards> &region);

    std::vector<std::shared_ptr<const Award>> all() const { return m_awards; }
    std::shared_ptr<const Award> find(const QString &id) const;
    const RegionAwards *region(const QString &code) const;
    // National, province, city, district: the regions whose awards reach `code`.
    static QStringList regionsFor(const QString &code);

    // Every award reaching the company's region, with its status on `onDate`
    // and the totals for now and the next tier.
    AwardReport match(const Profile &profile, const rules::Assessment &assessment, const QDate &onDate) const;
    // The same from what the assessment carries, on its date.
    AwardReport match(const rules::Assessment &assessment) const;

private:
    AwardReport match(const std::optional<QString> &region, const OptList<Recognition> &held,
                      const rules::Assessment &assessment, const QDate &onDate) const;

    std::vector<std::shared_ptr<const RegionAwards>> m_regions;
    std::vector<std::shared_ptr<const Award>> m_awards; // in load order
    bool m_loaded = false;
};

} // namespace srdi::awards
