// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"

#include <QCoreApplication>

namespace srdi::awards {
struct AwardReport;
struct AwardMatch;
}

// Words and numbers for people: figures in their units, lines, gaps and
// statuses in the chosen language ("en", "zh_CN", "zh_TW"). Money reads in
// 万元 for Chinese readers and in yuan for English ones.
namespace srdi::rules {

class Format
{
    Q_DECLARE_TR_FUNCTIONS(srdi::rules::Format)
public:
    explicit Format(const QString &lang);

    QString lang() const { return m_lang; }
    bool chinese() const { return m_lang != u"en"; }

    // The figure in the unit the rule is written in ("2.4%", "8,600 万元", "3").
    QString figure(const Num &n, Dim dim, const QString &unit) const;
    // The line with its comparison ("≥ 3%", "≤ 80%", "≥ 100 万元").
    QString line(Op op, const Rational &threshold, Dim dim, const QString &unit) const;
    QString money(const Rational &yuan, bool roundUp = false) const;
    QString gap(const Gap &g) const;
    QString status(Status s) const;
    QString sizeClass(const QString &size) const;
    QString tierName(const TierResult &t) const { return t.rule->name.get(m_lang); }
    QString missingInput(const MissingInput &m) const;
    QString points(const Rational &p) const;
    // Chinese text from data or code in the script of the language: a
    // document number or a unit reads 工信部企業〔2022〕63號 in 繁體.
    QString script(const QString &simplified) const;

    // 12345678.9 -> "12,345,678.9"
    static QString groupDigits(const QString &plain);
    // Percentages always with two decimals ("4.00%" beside "4.17%"), as the
    // printed report wants; by default trailing zeros are dropped ("4%").
    void setFixedPercentDecimals(bool on) { m_fixedPercent = on; }
    // "4" -> "4.00", "4.1" -> "4.10" (a plain decimal string).
    static QString twoDecimals(const QString &plain);
    // Where a pack came from, when it is not the built-in one: "a user rule
    // pack replacing the built-in 2026 pack: /path/2026.json". Empty for a
    // built-in pack. Shown with the pack's name wherever results are shown.
    static QString packOrigin(const RulePack &pack);
    // Why the assessment uses its pack, in a sentence (the renewal reading
    // where it applies).
    QString packReason(const Assessment &a) const;
    // A route's stated reading where the text leaves room ("its own size
    // limits, not the SME size standard"); empty when the route has none.
    QString routeReading(const Route &r) const;
    // The years lists were counted over, as the reading applied says them
    // ("科技奖励: 2023–2026 (assessment year included)"); empty when none.
    QString windows(const QList<YearWindow> &windows, int assessmentYear) const;

private:
    QString percent(const Rational &fraction) const; // 0.0417 -> "4.17", no sign
    QString m_lang;
    bool m_fixedPercent = false;
};

class AssessmentText
{
    Q_DECLARE_TR_FUNCTIONS(srdi::rules::AssessmentText)
public:
    // The assessment as plain text for a terminal, with the awards of the
    // application's catalogue (loaded on first use) on the assessment's date.
    static QString toText(const Assessment &a, const QString &lang);
    static QString toText(const Assessment &a, const QString &lang, const awards::AwardReport &awards);
    // The awards section alone.
    static QString awardsText(const awards::AwardReport &awards, const QString &lang);
    // One award, in words: its status ("eligible now"), what it pays
    // ("≤ 100 万元"), and its marks (to be verified, top-up …).
    static QString awardStatus(const awards::AwardMatch &m);
    static QString awardAmount(const awards::AwardMatch &m, const QString &lang);
    static QStringList awardFlags(const awards::AwardMatch &m);
};

} // namespace srdi::rules
