// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Profile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <optional>

// Companies and their profiles in the database. Every write is one
// transaction: a profile is stored whole or not at all.
namespace srdi {

class Database;

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
    bool withinReach = false;  // at most one failing condition from the next rung
    bool titleExpiring = false; // a valid title lapses within 90 days of `today`
    QDate today;
};

enum class PortfolioSort : quint8 { Name, Region, Tier, Score, Awards };

struct PortfolioRow
{
    qint64 id = 0;
    QString name, creditCode, region;
    int highestRank = 0;
    std::optional<double> score; // tier 1's, when settled
    qint64 awardsNowYuan = 0;
    QDate titleExpiry;
    bool withinReach = false;
};

struct PortfolioSummary
{
    int total = 0;
    int perRank[4] = {0, 0, 0, 0}; // none, innovative, specialized, little giant
    int withinReach = 0;
    int titleExpiring = 0;
    qint64 awardsNowYuan = 0;
};

class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(srdi::ProfileStore)
public:
    explicit ProfileStore(Database &db);

    QList<CompanySummary> list(QString *error = nullptr) const; // ordered by name
    qint64 count(QString *error = nullptr) const; // 0 and *error on failure
    std::optional<Profile> load(qint64 id, QString *error = nullptr) const;

    // Inserts a new company; returns its id.
    std::optional<qint64> insert(const Profile &profile, QString *error = nullptr);
    // Inserts a company under a given, unused id: undoing a deletion brings the
    // company back as it was, so that earlier edits can still be undone on it.
    bool restore(qint64 id, const Profile &profile, QString *error = nullptr);
    // Replaces every stored field of company `id` with `profile`.
    bool update(qint64 id, const Profile &profile, QString *error = nullptr);
    // Updates the company with the same credit code, else the same exact name,
    // else inserts. `created` tells which happened.
    std::optional<qint64> upsert(const Profile &profile, bool *created = nullptr,
                                 QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);
    // The company an import of `profile` would update: the same credit code,
    // else the same exact name unless that one has another credit code.
    std::optional<qint64> match(const Profile &profile) const;

    // The portfolio, filtered and sorted, a page at a time.
    int portfolioCount(const PortfolioFilter &filter) const;
    QList<PortfolioRow> portfolioPage(const PortfolioFilter &filter, PortfolioSort sort, Qt::SortOrder order, int offset,
                                      int limit) const;
    PortfolioSummary portfolioSummary(const PortfolioFilter &filter) const;
    std::optional<PortfolioRow> portfolioRow(qint64 id) const;
    // Writes the standing of companies that have none (after an upgrade, or
    // a rule pack update); returns how many were written.
    int refreshSummaries(bool all = false, QString *error = nullptr);

    // The gap checklist items the user ticked as planned (their stable keys).
    QSet<QString> plannedItems(qint64 id, QString *error = nullptr) const;
    bool setPlanned(qint64 id, const QString &itemKey, bool planned, QString *error = nullptr);

    std::optional<qint64> findByCreditCode(const QString &code) const;
    std::optional<qint64> findByName(const QString &name) const;

private:
    // False, with a translated message, when the database is not open.
    bool checkOpen(QString *error) const;

    Database &m_db;
};

} // namespace srdi
