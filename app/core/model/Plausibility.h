// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Warnings about figures that are probably in the wrong unit (yuan typed where
// 万元 is asked): far above the company's revenue, R&D above revenue, a tenfold
// jump from the year before. Never a refusal: the figure stays as typed. The
// thresholds are product heuristics in data/plausibility.json.
namespace srdi {

struct PlausibilityRules
{
    struct AboveRevenue
    {
        QString field; // "rd_expense"
        qint64 factor = 1; // warned when the figure is above factor × revenue
    };
    QStringList moneyFields;
    QList<AboveRevenue> aboveRevenue;
    qint64 anyMoneyFactor = 0; // any money figure above this × revenue; 0: off
    qint64 jumpFactor = 0;     // a figure at least this × the year before; 0: off

    // From the JSON text; on a problem, empty rules and `error` set.
    static PlausibilityRules fromJson(const QByteArray &json, QString *error);
    // The built-in data/plausibility.json, read once.
    static const PlausibilityRules &builtin();
};

struct PlausibilityWarning
{
    enum class Kind : quint8 { AboveRevenue, FarAboveRevenue, Jump };
    QString key;  // the field, as a patch names it: "years.2025.rd_expense"
    Kind kind = Kind::AboveRevenue;
    qint64 value = 0;     // the figure, yuan
    qint64 reference = 0; // the revenue or the previous year's figure, yuan
    int referenceYear = 0;
};

class Plausibility
{
    Q_DECLARE_TR_FUNCTIONS(srdi::Plausibility)
public:
    // Every warning of the profile, by field key; a field may have several.
    static QList<PlausibilityWarning> check(const Profile &p, const PlausibilityRules &rules = PlausibilityRules::builtin());
    // The warnings of one field.
    static QList<PlausibilityWarning> forKey(const Profile &p, const QString &key,
                                             const PlausibilityRules &rules = PlausibilityRules::builtin());
    // The question shown at the field.
    static QString question() { return tr("Did you enter yuan where 万元 is asked?"); }
    // The figure divided by 10,000 (rounded to the yuan), for the one-click fix.
    static qint64 fixed(qint64 value);
};

} // namespace srdi
