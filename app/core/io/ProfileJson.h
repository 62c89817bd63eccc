// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <optional>

// Import and export of the `srdi-profile/1` exchange file
// (shared/spec/profile-format.md). Import validates the whole file first and
// takes all of it or nothing; export writes every field the profile holds, so
// import -> export -> import gives the same file.
namespace srdi {

struct ValidationError
{
    QString path;   // the field, as a JSON path: "years[1].rd_expense", "company.credit_code"
    QString value;  // the offending value as written ("-5", "\"abc\""), empty when absent
    QString reason; // translated reason
    // "years[1].rd_expense = -5: money may not be negative" (translated)
    QString message() const;
};

// A figure that contradicts another (主营业务收入 above 营业收入, 研发人员 above
// 职工总数, ...): not refused but stored as given and flagged until it is fixed.
struct Inconsistency
{
    QStringList keys; // the fields involved (model/Patch.h keys), the one that exceeds first
    QString message;  // both fields by their labels, with both values (translated)
};

struct ImportResult
{
    std::optional<Profile> profile; // set only when errors is empty
    QList<ValidationError> errors;  // every problem found, in file order
    // The fields the input gives (model/Patch.h keys): an update of a stored
    // company changes these and keeps the rest. A key given as null clears.
    QStringList fields;
};

class ProfileJson
{
    Q_DECLARE_TR_FUNCTIONS(srdi::ProfileJson)
public:
    static constexpr int kMaxFileBytes = 4 * 1024 * 1024;
    static constexpr int kMaxDepth = 16;
    // Names and other free text: at most this many characters (code points).
    static constexpr int kMaxTextLength = 200;

    // `today` bounds dates: a date after it is rejected.
    static ImportResult parse(const QByteArray &bytes, const QDate &today);
    // The value of a patch key (model/Patch.h: "company.name",
    // "years.2025.rd_expense", "years.2025" for the whole year) in a
    // profile's exchange-file form; undefined when it is not known.
    static QJsonValue fieldValue(const QJsonObject &profile, const QString &key);
    // The same as compact text ("8600", "兰州…", "[\"high_tech_enterprise\"]"); "—" when not known.
    static QString fieldText(const Profile &profile, const QString &key);
    static ImportResult fromJson(const QJsonObject &object, const QDate &today);

    // The keys (model/Patch.h) of the fields a profile object gives: every
    // key present, null included.
    static QStringList givenFields(const QJsonObject &object);

    static QJsonObject toJson(const Profile &profile);
    static QByteArray serialize(const Profile &profile); // indented UTF-8, stable key order

    // `text` as it may be shown or written out: every control character but
    // tab, LF and CR, and every lone surrogate, replaced by U+FFFD. validate() refuses them; this keeps
    // them out of spreadsheets and reports for data stored before it did.
    static QString printable(const QString &text);

    // The same checks as import, for one edited profile (the forms use this):
    // values that cannot be one (refused, nothing stored). Figures that only
    // contradict each other are not among them: see inconsistencies().
    static QList<ValidationError> validate(const Profile &profile, const QDate &today);

    // The figures of `profile` that contradict each other, in the order of
    // the spec. Labels are in `lang` (empty: the current language).
    static QList<Inconsistency> inconsistencies(const Profile &profile, const QString &lang = QString());
    // The fields of the engine (rules::Fields names) that take part in an
    // inconsistency, with their fiscal year (0 for a field that is not yearly).
    static QList<QPair<QString, int>> inconsistentFields(const Profile &profile);
};

} // namespace srdi
