// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Profile.h"

#include <QStringList>

// An edit as the fields it sets or clears (../shared/design/architecture.md,
// "The flow of one edit"). Every writer speaks patches: a field finished in a
// form, an undo or redo (the inverse patch), an import or a CSV row (only the
// fields the file gives).
//
// A field is named by its key, the exchange file's path with fiscal years
// keyed by year: "company.name", "innovation.ip.class1", "years.2025.rd_expense";
// "years.2025" is the year itself (added or removed).
// A list ("company.recognitions", "innovation.honors") is one field: it is set
// or cleared whole.
namespace srdi {

namespace fields {

// Every key a profile can hold: the scalars and lists, then each fiscal year's
// figures for the years of `a` and `b`.
QStringList keys(const Profile &a, const Profile &b);
// The keys whose values differ between `a` and `b`.
QStringList differing(const Profile &a, const Profile &b);
// The keys that `p` holds a known value for (an empty list counts as known).
QStringList known(const Profile &p);
bool isKey(const QString &key);
bool equal(const Profile &a, const Profile &b, const QString &key);
// Copies the value of `key` from `from` into `to` (clearing it when `from`
// does not know it). An unknown key changes nothing.
void copy(const Profile &from, Profile &to, const QString &key);
// "years.2025": whether the profile has fiscal year 2025 at all (its figures
// are fields of their own).
bool isYearKey(const QString &key, int *year);
// "years.2025.rd_expense" -> 2025 and "rd_expense"; false for other keys.
bool splitYearKey(const QString &key, int *year, QString *column);
// A fiscal-year figure by its column name ("rd_expense"): read, and set
// (adding the year when needed). Unknown columns read as not known.
Opt<qint64> yearFigure(const Profile &p, int year, const QString &column);
void setYearFigure(Profile &p, int year, const QString &column, Opt<qint64> value);
// The fiscal-year figures, in the exchange file's order.
const QStringList &yearColumns();

} // namespace fields

class Patch
{
public:
    Patch() = default;

    // The change from `before` to `after`: every field that differs, with the
    // values it was made against, so that a field changed meanwhile by
    // another writer is seen as a conflict.
    static Patch between(const Profile &before, const Profile &after);
    // Sets `keys` to their values in `values`, whatever is stored (an import:
    // the fields a file gives). Unknown keys are dropped.
    static Patch setting(const Profile &values, const QStringList &keys);

    bool isEmpty() const { return m_keys.isEmpty(); }
    const QStringList &keys() const { return m_keys; }
    bool hasBase() const { return m_hasBase; }
    const Profile &before() const { return m_before; }
    const Profile &after() const { return m_after; }

    // Undo: the same fields set back to the values this patch displaced.
    Patch inverse() const;
    // Sets this patch's fields of `target` to their new values.
    void applyTo(Profile &target) const;
    // The fields that `current` holds at a third value: neither what this
    // patch was made against nor what it sets. Empty without a base.
    QStringList conflictsWith(const Profile &current) const;
    // The fields whose value in `current` this patch would change.
    QStringList changes(const Profile &current) const;
    // Merges a later patch of the same fields: keeps this one's base, takes
    // the other's values (typing in one field is one undo step).
    void mergeLater(const Patch &later);

private:
    QStringList m_keys;
    Profile m_before;
    Profile m_after;
    bool m_hasBase = false;
};

} // namespace srdi
