// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Patch.h"
#include "model/Profile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

// Companies and their profiles in the database. Every write is one
// transaction: a profile is stored whole or not at all.
namespace srdi {

class Database;
struct Standing;        // storage/Standing.h
struct PreparedSummary; // storage/Standing.h

struct CompanySummary
{
    qint64 id = 0;
    QString name;
    QString creditCode;
    QString region;
    QString industry;
    int assessmentYear = 0;
};

// The portfolio: every company with its standing, as one row (schema step 3).
struct PortfolioFilter
{
    QString text;         // part of the name or credit code
    QString region;       // a GB/T 2260 code: the province takes its cities
    int minRank = 0;      // tier reached at least: 1 innovative .. 3 little giant
    bool withinReach = false;  // exactly one unmet condition from the next rung, nothing missing
    bool missingData = false;  // the next rung still lacks inputs
    bool titleExpiring = false; // a valid title lapses within 90 days of `today`
    QDate today;
    qint64 company = 0;   // only this company (0: every company)
};

// Name sorts in pinyin order (model/NameKey.h).
enum class PortfolioSort : quint8 { Name, Region, Tier, Held, Score, Gaps, Revenue, RdRatio, Awards, Expiry };

struct PortfolioRow
{
    qint64 id = 0;
    QString name, creditCode, region;
    int highestRank = 0;  // the highest tier the assessment reaches
    int heldRank = 0;     // the highest valid title held
    std::optional<double> score, scoreUpper; // tier 1's; a range while inputs are missing
    std::optional<int> openGaps; // unmet conditions and inputs missing on the way up
    std::optional<qint64> revenueYuan; // 上年度营业收入
    std::optional<double> rdRatio;     // 上年度 R&D / revenue (display and sorting only)
    qint64 awardsNowYuan = 0;
    QDate titleExpiry;
    bool withinReach = false;
    bool missingData = false; // the next rung still lacks inputs
};

struct PortfolioSummary
{
    int total = 0;
    int perRank[4] = {0, 0, 0, 0}; // none, innovative, specialized, little giant: reached by the assessment
    int perHeld[4] = {0, 0, 0, 0}; // the same by the valid title held
    int withinReach = 0;
    int missingData = 0;
    int titleExpiring = 0;
    qint64 awardsNowYuan = 0;

    // Sums are kept up to date by what one company adds or takes away: the
    // sums after an edit are the sums before, less the company's part before
    // the edit, plus its part after it (ProfileStore::portfolioSummary with
    // PortfolioFilter::company).
    PortfolioSummary &operator+=(const PortfolioSummary &o);
    PortfolioSummary &operator-=(const PortfolioSummary &o);
    friend bool operator==(const PortfolioSummary &, const PortfolioSummary &) = default;
};

// What happened to a patch (ProfileStore::apply, importProfile).
struct PatchOutcome
{
    bool ok = false;
    qint64 id = 0;
    qint64 version = 0;    // the row version afterwards (on a conflict: as stored now)
    bool created = false;  // an import that added a new company
    Profile stored;        // the company as stored afterwards (on a conflict: as stored now)
    QStringList applied;   // the fields this write changed (empty: it changed nothing)
    QStringList conflicts; // fields another writer set to a third value: nothing was written
    QString error;         // translated, when neither applied nor a conflict
    // What the company's summary row was computed from, when this write wrote
    // one (as of today, the pack in force): a batch shows the same standing
    // without evaluating the company again.
    std::shared_ptr<const Standing> standing;
};

enum class ConflictPolicy : quint8 {
    Refuse,    // a conflict writes nothing and is reported
    Overwrite, // the patch's values win (the user chose them, having seen both)
};

// How an import treats a company that exists already.
enum class ImportMode : quint8 {
    Merge,   // only the fields the file gives change; the rest stay as stored
    Replace, // the stored company becomes exactly the file's (fields the file lacks are cleared)
};

// One write of a company, as its history keeps it (schema step 7).
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime at;   // UTC
    QString author; // the server's user name, or the login name on one's own file
    QString action; // "created", "changed", "deleted"
    struct Change
    {
        QString field;     // a patch key ("years.2025.rd_expense")
        QJsonValue before; // the exchange file's value; undefined: not known
        QJsonValue after;
    };
    QList<Change> changes; // for "changed"
};

class TransactionGuard;

class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(srdi::ProfileStore)
public:
    explicit ProfileStore(Database &db);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    // The writes until commitGroup() share one transaction; each is still
    // whole (a failed one is rolled back alone). A batch commits companies in
    // groups: a commit per company would cost most of the run, and a run cut
    // off leaves every company whole (the open group is rolled back), so a
    // re-run completes it. The group holds the write lock: commit it often
    // (other windows wait for it).
    bool beginGroup(QString *error = nullptr);
    bool commitGroup(QString *error = nullptr);
    bool inGroup() const { return m_group != nullptr; }
    // Whether a group holding `companies` is full (to be committed before the
    // next company), given how many the caller would like at most. On a
    // server each company written in a savepoint of its own is a
    // subtransaction, and past 64 in one transaction the server's snapshots
    // overflow their cache and every read of the transaction's rows slows
    // down: a group holds at most 60 such. A batch's new companies, whose
    // rows go with the group's, are not such (at most 240 of them, the
    // companies one look-up covers).
    bool groupFull(int companies, int wanted) const;

    QList<CompanySummary> list(QString *error = nullptr) const; // ordered by name
    qint64 count(QString *error = nullptr) const; // 0 and *error on failure
    std::optional<Profile> load(qint64 id, QString *error = nullptr) const;
    // Every company in the list's order (list()), one at a time, as one
    // consistent picture (a single read transaction); `each` returning false
    // stops. Memory does not grow with the portfolio.
    bool forEach(const std::function<bool(qint64 id, const Profile &)> &each, QString *error = nullptr) const;
    // The same with the row version it was read at.
    std::optional<Profile> load(qint64 id, qint64 *version, QString *error) const;
    // The company's row version: it goes up by one with every write.
    std::optional<qint64> version(qint64 id) const;
    // Moves whenever another connection (another window, a batch, another
    // process) commits to the database (PRAGMA data_version); -1 on error.
    qint64 dataVersion() const;

    // Applies `patch` to company `id` in one immediate transaction: the stored
    // company is read, a field that another writer changed to a third value is
    // a conflict (with ConflictPolicy::Refuse nothing is written), and only the
    // fields that change are written, with the row version and the summary.
    PatchOutcome apply(qint64 id, const Patch &patch, ConflictPolicy policy = ConflictPolicy::Refuse);
    // An import of one company in one transaction: the company with the same
    // credit code (else the same exact name) gets the fields in `given` (the
    // keys of the fields the file gives; ImportMode::Replace: every field), or
    // a new company is added with the whole profile.
    // `prepared`: the summary row of `incoming` computed ahead (prepareSummary),
    // used when the company stored is `incoming` itself.
    PatchOutcome importProfile(const Profile &incoming, const QStringList &given, ImportMode mode,
                               const std::shared_ptr<const PreparedSummary> &prepared = nullptr);
    // A company's summary row (its assessment and awards) as of `today`,
    // computed without the database: on any thread, so that a batch assesses
    // the companies to come while it writes one. The rule packs and the award
    // catalog are to be loaded first.
    static std::shared_ptr<const PreparedSummary> prepareSummary(const Profile &profile, const QDate &today);

    // Inserts a new company; returns its id.
    std::optional<qint64> insert(const Profile &profile, QString *error = nullptr);
    // Inserts a company under a given, unused id: undoing a deletion brings the
    // company back as it was, so that earlier edits can still be undone on it.
    bool restore(qint64 id, const Profile &profile, QString *error = nullptr);
    // Makes company `id` exactly `profile` (a patch of every field that
    // differs, written without a conflict check).
    bool update(qint64 id, const Profile &profile, QString *error = nullptr);
    // importProfile(profile, {}, ImportMode::Replace): the company with the
    // same credit code, else the same exact name, becomes `profile`, else it
    // is added. `created` tells which happened.
    std::optional<qint64> upsert(const Profile &profile, bool *created = nullptr,
                                 QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);
    // The company an import of `profile` would update: the same credit code,
    // else the same exact name unless that one has another credit code.
    std::optional<qint64> match(const Profile &profile) const;

    // ---- a batch on a server: the matches of the companies coming next ----
    // What match() reads of a company: its credit code and its name.
    struct MatchKey
    {
        QString code; // empty: none given
        QString name;
    };
    static MatchKey matchKey(const Profile &profile);
    // Reads in one statement what match() needs for every company of
    // `upcoming` (credit codes and names), so that a batch's companies on a
    // server cost no round trip each for it. Inside a group only (it holds
    // the program's write lock: no other program writes companies
    // meanwhile); the store keeps what it writes itself in step, and forgets
    // it all when the group ends.
    bool expectMatches(const QList<MatchKey> &upcoming);
    // Whether match(profile) is answered without asking the database.
    bool knowsMatchOf(const Profile &profile) const;
    bool onServer() const;

    // The portfolio, filtered and sorted, a page at a time.
    int portfolioCount(const PortfolioFilter &filter) const;
    QList<PortfolioRow> portfolioPage(const PortfolioFilter &filter, PortfolioSort sort, Qt::SortOrder order, int offset,
                                      int limit) const;
    // The first `limit` companies in name order, unfiltered, of those whose
    // standing row is stored: read through the name index, a page's work
    // whatever the size of the portfolio (the window's first page at
    // start-up; a company whose row is missing comes with the next reload,
    // once the standings are brought up to date).
    QList<PortfolioRow> portfolioFirstPageByName(Qt::SortOrder order, int limit) const;
    PortfolioSummary portfolioSummary(const PortfolioFilter &filter) const;
    std::optional<PortfolioRow> portfolioRow(qint64 id) const;
    // The companies whose standing row is stale as of `today`: missing, or
    // computed with other rule packs, other award data, on another day or by
    // another version (company_summary.basis). The list, its sums and its
    // export read those rows: they are recomputed first.
    QList<qint64> staleSummaries(const QDate &today, QString *error = nullptr) const;
    // Recomputes the rows of `ids` as of `today`, each in its own transaction;
    // `progress(done, total)` returning false stops early. Returns how many
    // were written.
    int refreshSummaries(const QList<qint64> &ids, const QDate &today,
                         const std::function<bool(int, int)> &progress = {}, QString *error = nullptr);
    // Recomputes every stale row as of today (`all`: every row); returns how
    // many were written.
    int refreshSummaries(bool all = false, QString *error = nullptr);

    // The gap checklist items the user ticked as planned (their stable keys).
    QSet<QString> plannedItems(qint64 id, QString *error = nullptr) const;
    bool setPlanned(qint64 id, const QString &itemKey, bool planned, QString *error = nullptr);

    // ---- working away from the office ----
    // Records that company `id` was exported as `profile` (a *.srdi.json to
    // be changed offline and imported back).
    bool recordExport(qint64 id, const Profile &profile, QString *error = nullptr);
    // An exported company coming back: the fields the file changed since the
    // copy it was made from (of the company's exported copies, the one
    // closest to the file; the newest of equals) are written; a field that
    // was changed both in the file and here since (to another value) is a
    // conflict: reported in `conflicts`, not written — the stored value
    // stays. A company with no exported copy is imported as importProfile
    // (ImportMode::Merge) does; `hadCopy` says which happened.
    PatchOutcome importExported(const Profile &incoming, const QStringList &given, bool *hadCopy = nullptr);
    // The exported copy of company `id` that `incoming` was most likely made
    // from (the closest one); nullopt when it was never exported.
    std::optional<Profile> exportedCopy(qint64 id, const Profile &incoming) const;

    // The company's writes, newest first (at most `limit`): who, when, which
    // fields from what to what. Kept after the company is deleted.
    QList<HistoryEntry> history(qint64 id, int limit = 500, QString *error = nullptr) const;

    std::optional<qint64> findByCreditCode(const QString &code) const;
    std::optional<qint64> findByName(const QString &name) const;

private:
    // False, with a translated message, when the database is not open.
    bool checkOpen(QString *error) const;

    Database &m_db;
    std::unique_ptr<TransactionGuard> m_group; // beginGroup .. commitGroup
    int m_groupSavepoints = 0; // the group's companies written in a savepoint of their own (server)
    // expectMatches: by credit code the lowest id, by name the lowest id
    // and whether that company has a credit code, for the codes and names asked.
    struct KnownMatches
    {
        bool active = false;
        QSet<QString> codesAsked, namesAsked;
        QHash<QString, qint64> byCode;
        QHash<QString, QPair<qint64, bool>> byName;
        // The stored companies the keys asked match, read with the look-up
        // (each with its row version), each taken by the first import of it.
        QHash<qint64, QPair<Profile, qint64>> loaded;
    };
    KnownMatches m_known;
    void forgetMatches() { m_known = KnownMatches(); }
};

} // namespace srdi
