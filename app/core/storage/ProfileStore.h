// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Profile.h"

#include <QCoreApplication>
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
