// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Profile.h"
#include "model/Rational.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

// The profile's facts as the rule packs name them ("rd_expense",
// "innovation.ip.class1", ...). A pack refers to a fact by its name; this table
// says where the fact lives and what kind of number it is. It holds no
// threshold: only how to read the profile.
namespace srdi::rules {

enum class Dim : quint8 {
    Money,    // integer yuan
    Count,    // people, patents, a rank
    Fraction, // a ratio: 0.03 is 3 %
    Years,    // whole years
    Score,    // points, platform scores, levels
};

enum class FieldKind : quint8 { YearNumber, Number, Bool, Enum, Set, Date };

struct FieldInfo
{
    int id = -1;
    QString name; // as in the pack and the exchange file ("rd_expense")
    FieldKind kind = FieldKind::Number;
    Dim dim = Dim::Score;
};

class Fields
{
    Q_DECLARE_TR_FUNCTIONS(srdi::rules::Fields)
public:
    static const FieldInfo *find(const QString &name);

    // Reading a fact: nullopt when the profile does not know it.
    static std::optional<Rational> number(int id, const Profile &p, int year);
    static std::optional<bool> boolean(int id, const Profile &p);
    static std::optional<QString> enumValue(int id, const Profile &p);
    static std::optional<QStringList> set(int id, const Profile &p);
    static std::optional<QDate> date(int id, const Profile &p);

    // The translated label of a field ("R&D expense"); with a year appended
    // for yearly figures ("R&D expense 2025").
    static QString label(const QString &name);
    static QString label(const QString &name, int year);
};

} // namespace srdi::rules
