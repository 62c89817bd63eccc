// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Expr.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <memory>
#include <vector>

// A rule pack: one policy document's criteria for every tier, as data
// (data/rules/<id>.json). The engine interprets it; it holds no threshold.
namespace srdi::rules {

// Text in the product's languages. zh_TW falls back to a conversion of zh_CN.
struct LocalText
{
    QString en, zhCN, zhTW;
    // lang: "en", "zh_CN", "zh_TW"
    QString get(const QString &lang) const;
};

struct SourceRef
{
    QString document; // 工信部企业〔2026〕2号
    QString article;  // 附件2 第四条
    bool verified = true;
};

struct Shown // what a table shows as the company's figure
{
    std::unique_ptr<NumExpr> metric;
    QString unit;
};

struct Condition
{
    QString id;
    LocalText name;
    // What to do when it is not met, for a condition whose gap is no number
    // ("obtain the lower tier's title first"); empty when the gap says it.
    LocalText nextStep;
    std::unique_ptr<Pred> test;
    SourceRef source;
    bool manualIfUnknown = false; // only an official body can confirm it
    // A "no" does not settle it either: the answer read covers a longer period
    // than the rule (the three-year accident attestation on the 科技型 route,
    // whose window is 上一年及当年), so an official body confirms it.
    bool manualIfFalse = false;
    Shown shown;                  // optional; else the test's primary comparison
};

struct Band
{
    std::unique_ptr<Pred> when; // null: always (the last band)
    Rational points;
    LocalText label;
};

struct Indicator
{
    struct Alternative
    {
        QString id;
        LocalText name;
        std::vector<Band> bands;
    };
    QString id;
    LocalText name;
    QString category;
    Rational max;
    std::vector<Band> bands;
    std::unique_ptr<NumExpr> pointsFrom; // points = the figure itself, 0..max
    std::vector<Alternative> alternatives;
    const FieldInfo *chooseBy = nullptr; // enum field naming the alternative
    bool requiredNonzero = false;
    Shown fact;
    SourceRef source;
};

struct Category
{
    QString id;
    LocalText name;
    Rational max;
    Rational min; // the category minimum (0: none)
};

struct Score
{
    Rational line;
    std::vector<Category> categories;
    std::vector<Indicator> indicators;
};

struct Route
{
    QString id;
    LocalText name;
    std::vector<Condition> conditions;
    std::unique_ptr<Score> score;
    std::vector<Condition> direct; // any one of these stands in for the score
    // Common conditions that do not apply on this route (the 科技型 route has
    // its own size limits instead of the SME size standard), and the reading
    // that says why: shown wherever the route's result is.
    QStringList waivesCommon;
    LocalText reading;
};

struct Tier
{
    QString tier; // innovative | specialized | little_giant
    LocalText name;
    LocalText shortName; // for narrow places (the portfolio list); empty: name
    std::vector<Route> routes; // any one route suffices
};

// When a pack other than the one in force reviews a renewal: a renewal,
// assessed on or before `reviewedUntil`, of a title granted before
// `grantedBefore` (and under this pack) is reviewed under this pack.
struct RenewalReview
{
    QDate grantedBefore;
    QDate reviewedUntil;
    SourceRef source;
    LocalText note; // the reading, as the user is shown it
    bool present() const { return grantedBefore.isValid(); }
};

struct RulePack
{
    QString id; // "2026"
    LocalText name;
    QString document;
    LocalText title;
    QDate issued, effective;
    QDate until; // invalid: still in force
    QString sourceNote;
    bool verified = true;
    int titleValidityYears = 0; // from the pack
    // A title obtained by a route with its own validity (科技型 入库: one
    // year): route id -> years. Others have titleValidityYears.
    QHash<QString, int> titleValidityByRoute;
    RenewalReview renewalReview;
    std::vector<Condition> common;
    std::vector<Tier> tiers;

    // Where the pack came from. A pack in the user's rules folder is named with
    // its file wherever its results are shown, all the more when it replaces
    // the built-in pack of the same id: its numbers are not the official ones.
    QString file;             // the file it was read from (":/data/rules/…" when built in)
    bool fromUser = false;    // read from the user's rules folder
    bool replacesBuiltin = false; // ... and replaces the built-in pack of its id
    QString contentHash;      // BLAKE2b-256 of the file's bytes, hex: what a result was computed with

    const Tier *tier(const QString &id) const;
    // How long a title obtained by `route` (empty: not recorded) is valid.
    int validityYears(const QString &route) const;
};

// Why an assessment uses its pack. Ids: "date" (in force on the assessment
// date), "renewal" (a renewal of a title granted under the pack's rules),
// "renewal_unknown" (whether it is a renewal is not said: by date),
// "not_renewal" (a first application, while renewals go to an earlier pack),
// "renewal_no_grant" (a renewal, but no grant date of a title under the
// earlier rules: by date), "chosen" (the user named the pack).
struct PackReason
{
    QString id = QStringLiteral("date");
    QDate date;        // the assessment date
    QDate granted;     // renewal: the grant date of the title renewed
    std::shared_ptr<const RulePack> renewalPack; // the pack that reviews renewals, if any applies by date
};

struct PackChoice
{
    std::shared_ptr<const RulePack> pack;
    PackReason reason;
};

class RulePackLoader
{
    Q_DECLARE_TR_FUNCTIONS(srdi::rules::RulePackLoader)
public:
    // `origin` names the file in messages. On failure returns null and fills
    // `errors` with one message per problem, each naming the place.
    static std::shared_ptr<const RulePack> load(const QByteArray &json, const QString &origin,
                                                QStringList *errors);
    static std::shared_ptr<const RulePack> loadFile(const QString &path, QStringList *errors);
};

// The packs the product knows: built in (":/data/rules") plus any in the
// user's rules folder (<AppDataLocation>/rules), which override a built-in
// pack of the same id so that an updated pack needs no new build.
class RulePacks
{
    Q_DECLARE_TR_FUNCTIONS(srdi::rules::RulePacks)
public:
    RulePacks() = default;
    // The application's packs, shared by every view.
    static RulePacks &instance();
    // Loads once; returns the problems met (a broken user pack is skipped).
    QStringList load(const QString &userFolder = QString());
    // The problems the load met, kept for views that start later (the window
    // shows them: a broken user pack is never dropped silently).
    QStringList problems() const { return m_problems; }
    // Forgets the packs and loads them again (after the user's rules folder
    // changed). Not while another thread reads the packs.
    QStringList reload(const QString &userFolder = QString());
    std::shared_ptr<const RulePack> pack(const QString &id) const;
    // The pack in force on `date`: the latest whose effective date is on or before it.
    std::shared_ptr<const RulePack> inForce(const QDate &date) const;
    // The default pack for a profile: the one in force on its assessment
    // date, unless it is a renewal of a title that a pack's renewal_review
    // sends back to that pack's rules. Says why.
    PackChoice choose(const Profile &profile, const QDate &today) const;
    // The same over any list of packs sorted by effective date (tests).
    static PackChoice choose(const std::vector<std::shared_ptr<const RulePack>> &packs, const Profile &profile,
                             const QDate &today);
    QStringList ids() const;
    static QString userFolder();

private:
    std::vector<std::shared_ptr<const RulePack>> m_packs;
    QStringList m_problems;
    bool m_loaded = false;
};

} // namespace srdi::rules
