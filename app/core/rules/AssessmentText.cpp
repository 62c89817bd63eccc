// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentText.h"

#include "i18n/Language.h"

#include "Checklist.h"
#include "Fields.h"
#include "awards/AwardCatalog.h"
#include "model/Decimal.h"

#include <QDir>

namespace srdi::rules {

Format::Format(const QString &lang)
    : m_lang(lang)
{
}

QString Format::groupDigits(const QString &plain)
{
    QString s = plain;
    const bool negative = s.startsWith(u'-');
    if (negative)
        s.remove(0, 1);
    const qsizetype dot = s.indexOf(u'.');
    QString whole = dot < 0 ? s : s.left(dot);
    const QString frac = dot < 0 ? QString() : s.mid(dot);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return (negative ? QStringLiteral("-") : QString()) + whole + frac;
}

QString Format::twoDecimals(const QString &plain)
{
    const qsizetype dot = plain.indexOf(u'.');
    if (dot < 0)
        return plain + QStringLiteral(".00");
    return plain + QString(std::max<qsizetype>(0, 2 - (plain.size() - dot - 1)), u'0');
}

QString Format::percent(const Rational &fraction) const
{
    const QString s = (fraction * Rational(100)).toString(2);
    return m_fixedPercent && s != u"—" ? twoDecimals(s) : s;
}

QString Format::script(const QString &simplified) const
{
    return m_lang == u"zh_TW" ? i18n::toTraditional(simplified) : simplified;
}

QString Format::points(const Rational &p) const
{
    return p.toString(2);
}

QString Format::money(const Rational &yuan, bool roundUp) const
{
    if (chinese()) {
        // 万元 with two decimals; a needed amount is rounded up so it suffices.
        Rational wan = yuan / Rational(10000);
        if (roundUp)
            wan = Rational((wan * Rational(100)).ceil(), 100);
        return QStringLiteral("%1 %2").arg(groupDigits(wan.toString(2)), script(wanUnit()));
    }
    const Rational y = roundUp ? Rational(yuan.ceil()) : yuan;
    return tr("CNY %1", "money in yuan").arg(groupDigits(y.toString(0)));
}

QString Format::figure(const Num &n, Dim dim, const QString &unit) const
{
    switch (n.kind) {
    case Num::Missing: return tr("not entered");
    case Num::Undefined: return tr("cannot be computed");
    case Num::ZeroBase:
        // 营业收入为0，无法计算: the ratio has no value and earns the lowest band.
        if (!n.zeroField.isEmpty())
            return tr("%1 is 0: cannot be computed", "a ratio over a zero figure")
                .arg(missingInput(MissingInput{n.zeroField, n.zeroYear}));
        return tr("the base is 0: cannot be computed", "a ratio over a zero figure");
    case Num::PosInf: return QStringLiteral("∞");
    case Num::NegInf: return QStringLiteral("-∞");
    case Num::Finite: break;
    }
    if (n.root > 1) // compound growth: display only, never decides
        return QString::number(n.toDouble() * 100.0, 'f', 2) + u'%';
    switch (dim) {
    case Dim::Money: return money(n.v);
    case Dim::Fraction:
        if (n.skipped > 0) {
            // A mean of the years with a value: say which was left out.
            const QString pct = groupDigits(percent(n.v)) + u'%';
            if (!n.zeroField.isEmpty())
                return tr("%1 (the mean of the years with a value; %2 is 0: that year cannot be computed)",
                          "a mean growth leaving out a year whose base is zero")
                    .arg(pct, missingInput(MissingInput{n.zeroField, n.zeroYear}));
            return tr("%1 (the mean of the years with a value)", "a mean growth leaving out a year whose base is zero")
                .arg(pct);
        }
        return groupDigits(percent(n.v)) + u'%';
    case Dim::Years: return tr("%n year(s)", nullptr, int(n.v.floor()));
    default: break;
    }
    Q_UNUSED(unit);
    return groupDigits(n.v.toString(2));
}

QString Format::line(Op op, const Rational &t, Dim dim, const QString &unit) const
{
    QString sign;
    switch (op) {
    case Op::Ge: sign = QStringLiteral("≥ "); break;
    case Op::Gt: sign = QStringLiteral("> "); break;
    case Op::Le: sign = QStringLiteral("≤ "); break;
    case Op::Lt: sign = QStringLiteral("< "); break;
    case Op::Eq: sign = QStringLiteral("= "); break;
    }
    return sign + figure(Num::of(t), dim, unit);
}

QString Format::gap(const Gap &g) const
{
    QString label;
    if (!g.field.isEmpty()) {
        if (g.yearTo && g.year)
            label = tr("%1 %2–%3 in total").arg(Fields::label(g.field)).arg(g.year).arg(g.yearTo);
        else if (g.year)
            label = Fields::label(g.field, g.year);
        else
            label = Fields::label(g.field);
    }
    auto amount = [&]() -> QString {
        switch (g.dim) {
        case Dim::Money: return money(g.delta, true);
        case Dim::Fraction:
            return tr("%1 percentage points").arg(percent(g.delta));
        case Dim::Count: return QString::number(qint64(g.delta.ceil()));
        default: return g.delta.toString(2);
        }
    };
    switch (g.kind) {
    case Gap::Kind::None:
        return {};
    case Gap::Kind::Increase:
        return tr("%1: %2 more needed").arg(label, amount());
    case Gap::Kind::Decrease:
        return tr("%1: reduce by %2").arg(label, amount());
    case Gap::Kind::Wait:
        return tr("%1: %n more year(s) needed", nullptr, int(g.delta.ceil())).arg(label);
    case Gap::Kind::Reach:
        return tr("needs to reach %1").arg(line(Op::Ge, g.target, g.dim, g.unit));
    }
    return {};
}

QString Format::status(Status s) const
{
    switch (s) {
    case Status::Met: return tr("met");
    case Status::Unmet: return tr("not yet");
    case Status::MissingData: return tr("data missing");
    case Status::ManualReview: return tr("needs official confirmation");
    case Status::Inconsistent: return tr("data inconsistent");
    }
    return {};
}

QString Format::sizeClass(const QString &size) const
{
    if (size == u"micro")
        return tr("micro enterprise");
    if (size == u"small")
        return tr("small enterprise");
    if (size == u"medium")
        return tr("medium enterprise");
    if (size == u"not_sme")
        return tr("not an SME");
    return tr("size not determined");
}

QString Format::missingInput(const MissingInput &m) const
{
    if (m.field == u"sme_size")
        return tr("the figures that decide the SME size (industry, employees, revenue, assets)");
    return m.year ? Fields::label(m.field, m.year) : Fields::label(m.field);
}

QString AssessmentText::toText(const Assessment &a, const QString &lang)
{
    awards::AwardCatalog &catalog = awards::AwardCatalog::instance();
    catalog.load(); // once; a broken user file is skipped (AwardCatalog::load names it)
    return toText(a, lang, catalog.match(a));
}

QString AssessmentText::awardStatus(const awards::AwardMatch &m)
{
    using awards::Status;
    switch (m.status) {
    case Status::Eligible: return tr("eligible now");
    case Status::NextTier:
        //: 下一层级 / 下一層級: the tier above the one reached, never the previous one.
        return tr("on reaching the next tier");
    case Status::Expired: return tr("expired %1").arg(m.award->validUntil.toString(Qt::ISODate));
    case Status::NotApplicable: break;
    }
    if (m.reason == u"trigger")
        return tr("on a separate event or title");
    if (m.reason == u"selection")
        return tr("by selection");
    if (m.reason == u"already_held")
        return tr("title already held");
    if (m.reason == u"held_before")
        return tr("title held before");
    if (m.reason == u"not_yet_in_force")
        return tr("in force from %1").arg(m.award->validFrom.toString(Qt::ISODate));
    return tr("tier not reached");
}

QString AssessmentText::awardAmount(const awards::AwardMatch &m, const QString &lang)
{
    const Format fmt(lang);
    const awards::Award &w = *m.award;
    QStringList what;
    if (!w.rate.zhCN.isEmpty())
        what.append(w.rate.get(lang));
    if (m.amount) {
        const QString money = (w.upTo ? QStringLiteral("≤ ") : QString()) + fmt.money(Rational(*m.amount));
        what.append(m.renewal ? tr("%1 on renewal").arg(money) : money);
    }
    if (what.isEmpty())
        what.append(tr("amount not stated"));
    return what.join(fmt.chinese() ? QStringLiteral("；") : QStringLiteral("; "));
}

QStringList AssessmentText::awardFlags(const awards::AwardMatch &m)
{
    const awards::Award &w = *m.award;
    QStringList flags;
    if (!w.verified)
        flags.append(tr("to be verified"));
    if (w.likelyExpired)
        flags.append(w.issued.isEmpty() ? tr("may have expired") : tr("may have expired (issued %1)").arg(w.issued));
    if (w.stacking == awards::Stacking::TopUp)
        flags.append(tr("top-up of the difference"));
    else if (w.stacking == awards::Stacking::Automatic)
        flags.append(tr("paid without application"));
    else if (w.stacking == awards::Stacking::NoDouble)
        flags.append(tr("not paid twice"));
    return flags;
}

QString AssessmentText::awardsText(const awards::AwardReport &report, const QString &lang)
{
    using awards::AwardMatch;
    const Format fmt(lang);
    QString out;
    auto line = [&](const QString &s) { out += s + u'\n'; };
    if (report.region.isEmpty())
        line(QStringLiteral("== ") + tr("Awards: national only (no region entered)"));
    else
        line(QStringLiteral("== ") + tr("Awards: %1 (%2)").arg(report.regionName(lang), report.region));
    //: 下一层级 / 下一層級: the tier above the one reached, never the previous one.
    line(QStringLiteral("   ") + tr("Could claim now: %1; reaching the next tier adds: %2")
                                     .arg(fmt.money(Rational(report.nowYuan)), fmt.money(Rational(report.nextTierYuan))));
    // Which regions' files were read, and where none was found.
    line(QStringLiteral("   ") + report.coverageLine(lang));
    for (const QString &s : report.uncovered(lang))
        line(QStringLiteral("   ") + s);
    const QString separator = fmt.chinese() ? QStringLiteral("；") : QStringLiteral("; ");
    auto entry = [&](const AwardMatch &m) {
        const awards::Award &w = *m.award;
        const QStringList flags = awardFlags(m);
        // The region after the source, unless the source already names it.
        const QString source = fmt.script(w.citation());
        const QString region = w.regionName.get(lang);
        QString s = QStringLiteral("   [%1] %2 — %3 — %4").arg(awardStatus(m), w.name.get(lang), awardAmount(m, lang), source);
        if (!source.contains(region))
            s += QStringLiteral(" · ") + region;
        if (!flags.isEmpty())
            s += QStringLiteral(" [%1]").arg(flags.join(separator));
        line(s);
        if (m.recognitionsMissing)
            line(QStringLiteral("        ? ") + tr("enter: %1").arg(fmt.missingInput(MissingInput{QStringLiteral("company.recognitions"), 0})));
    };
    for (const AwardMatch &m : report.claimable())
        entry(m);
    const QList<AwardMatch> others = report.others();
    if (!others.isEmpty()) {
        line(QStringLiteral("   ") + tr("Other awards:"));
        for (const AwardMatch &m : others)
            entry(m);
    }
    return out;
}

QString Format::packOrigin(const RulePack &pack)
{
    if (!pack.fromUser)
        return {};
    const QString file = QDir::toNativeSeparators(pack.file);
    return pack.replacesBuiltin
               ? tr("User rule pack, replacing the built-in pack %1: %2").arg(pack.id, file)
               : tr("User rule pack: %1").arg(file);
}

QString Format::packReason(const Assessment &a) const
{
    if (!a.pack)
        return QString();
    const PackReason &r = a.packReason;
    const QString name = a.pack->name.get(m_lang);
    const RulePack *review = r.renewalPack ? r.renewalPack.get() : nullptr;
    auto reading = [&](const RulePack &p) {
        QString s = p.renewalReview.note.get(m_lang);
        const QString doc = script(p.renewalReview.source.document);
        if (!doc.isEmpty()) {
            const bool zh = chinese();
            const QString unverified = p.renewalReview.source.verified
                                           ? QString()
                                           : (zh ? QStringLiteral("，") : QStringLiteral(", ")) + tr("to be verified");
            s += (zh ? QStringLiteral("（%1%2）") : QStringLiteral(" (%1%2)")).arg(doc, unverified);
        }
        return s;
    };
    const QString date = r.date.toString(Qt::ISODate);
    if (r.id == u"chosen")
        return tr("%1: chosen by the user.").arg(name);
    if (r.id == u"renewal" && review)
        return tr("%1: a renewal of a title granted on %2, assessed on %3. Reading applied: %4")
            .arg(name, r.granted.toString(Qt::ISODate), date, reading(*review));
    if (r.id == u"renewal_unknown" && review)
        return tr("%1: the rules in force on %2. Whether this is a renewal is not said (Titles page); a renewal of "
                  "a title granted before %3 would be reviewed under %4: %5")
            .arg(name, date, review->renewalReview.grantedBefore.toString(Qt::ISODate), review->name.get(m_lang),
                 reading(*review));
    if (r.id == u"renewal_no_grant" && review)
        return tr("%1: the rules in force on %2. A renewal, but no title granted before %3 is recorded, so the "
                  "renewal reading of %4 does not apply.")
            .arg(name, date, review->renewalReview.grantedBefore.toString(Qt::ISODate), review->name.get(m_lang));
    if (r.id == u"not_renewal")
        return tr("%1: the rules in force on %2 (a first application, not a renewal).").arg(name, date);
    return tr("%1: the rules in force on %2.").arg(name, date);
}

QString Format::windows(const QList<YearWindow> &windows, int assessmentYear) const
{
    QStringList parts;
    for (const YearWindow &w : windows) {
        QString s = tr("%1 counted %2–%3", "the years a list of awards or standards is counted over")
                        .arg(missingInput(MissingInput{w.list, 0}))
                        .arg(w.from)
                        .arg(w.to);
        if (w.from <= assessmentYear && assessmentYear <= w.to)
            s += tr(" (the assessment year included)");
        parts.append(s);
    }
    return parts.join(chinese() ? QStringLiteral("；") : QStringLiteral("; "));
}

QString Format::routeReading(const Route &r) const
{
    const QString s = r.reading.get(m_lang);
    return s.isEmpty() ? QString() : tr("Reading applied (%1): %2").arg(r.name.get(m_lang), s);
}

QString AssessmentText::toText(const Assessment &a, const QString &lang, const awards::AwardReport &awards)
{
    const Format fmt(lang);
    QString out;
    auto line = [&](const QString &s) { out += s + u'\n'; };
    line(tr("Company: %1").arg(a.company));
    if (a.pack)
        line(a.pack->name.get(lang).contains(fmt.script(a.pack->document))
                 ? tr("Rules: %1").arg(a.pack->name.get(lang))
                 : tr("Rules: %1 (%2)").arg(a.pack->name.get(lang), fmt.script(a.pack->document)));
    if (a.pack && a.pack->fromUser)
        line(Format::packOrigin(*a.pack));
    if (a.pack)
        line(tr("Why these rules: %1").arg(fmt.packReason(a)));
    line(tr("Assessment year: %1, date %2").arg(a.year).arg(a.date.toString(Qt::ISODate)));
    line(tr("SME size: %1").arg(fmt.sizeClass(a.sme.size)));
    const TierResult *highest = a.tier(a.highestTier);
    line(tr("Highest tier met: %1").arg(highest ? fmt.tierName(*highest) : tr("none")));
    if (!a.inconsistent.isEmpty()) {
        QStringList names;
        for (const MissingInput &m : a.inconsistent)
            names.append(fmt.missingInput(m));
        line(tr("! Figures that contradict each other (correct them; the criteria that read them are not decided): %1")
                 .arg(names.join(QStringLiteral(", "))));
    }
    for (const TierResult &t : a.tiers) {
        line(QString());
        const RouteResult &r = t.best();
        QString head = QStringLiteral("== %1: %2").arg(fmt.tierName(t), fmt.status(t.status));
        if (r.scored) {
            Rational max;
            for (const Category &c : r.rule->score->categories)
                max = max + c.max;
            head += u' ' + tr("(score %1 of %2, line %3)")
                               .arg(fmt.points(r.score), fmt.points(max), fmt.points(r.rule->score->line));
        }
        line(head);
        if (t.routes.size() > 1)
            line(tr("   route: %1").arg(r.rule->name.get(lang)));
        for (const RouteResult &each : t.routes) {
            if (const QString reading = fmt.routeReading(*each.rule); !reading.isEmpty())
                line(QStringLiteral("   ") + reading);
        }
        for (const ConditionResult &c : r.conditions) {
            QString s = QStringLiteral("   [%1] %2").arg(fmt.status(c.status), c.rule->name.get(lang));
            if (c.hasFigure)
                s += QStringLiteral(" — %1 / %2").arg(fmt.figure(c.actual, c.dim, c.unit),
                                                       fmt.line(c.op, c.required, c.dim, c.unit));
            line(s);
            if (const QString w = fmt.windows(c.windows, a.year); !w.isEmpty())
                line(QStringLiteral("        ") + w);
            if (c.status == Status::Unmet && c.gap.kind != Gap::Kind::None)
                line(QStringLiteral("        → ") + fmt.gap(c.gap));
            if (const QString next = nextStep(c, lang); !next.isEmpty())
                line(QStringLiteral("        → ") + next);
            if (c.status == Status::MissingData || c.status == Status::ManualReview)
                for (const MissingInput &m : c.missing)
                    line(QStringLiteral("        ? ") + tr("enter: %1").arg(fmt.missingInput(m)));
            if (c.status == Status::Inconsistent)
                for (const MissingInput &m : c.inconsistent)
                    line(QStringLiteral("        ! ") + tr("correct: %1 contradicts another figure").arg(fmt.missingInput(m)));
        }
        for (const IndicatorResult &i : r.indicators) {
            QString pts = fmt.points(i.points);
            if (i.pointsUpper != i.points)
                pts += QStringLiteral("–") + fmt.points(i.pointsUpper);
            // A graded answer (a level, a field) has no figure: show its band.
            const QString shown = i.fact.kind == Num::Missing && i.bandLabel && i.points == i.pointsUpper
                                      ? i.bandLabel->get(lang)
                                      : fmt.figure(i.fact, i.factDim, i.factUnit);
            line(QStringLiteral("   %1/%2  %3 — %4").arg(pts, fmt.points(i.rule->max), i.rule->name.get(lang), shown));
            if (const QString w = fmt.windows(i.windows, a.year); !w.isEmpty())
                line(QStringLiteral("        ") + w);
            for (const MissingInput &m : i.inconsistent)
                line(QStringLiteral("        ! ") + tr("correct: %1 contradicts another figure").arg(fmt.missingInput(m)));
            if (i.nextGain > Rational() && i.nextGap.kind != Gap::Kind::None)
                line(QStringLiteral("        → +%1: %2").arg(fmt.points(i.nextGain), fmt.gap(i.nextGap)));
        }
        const QList<const IndicatorResult *> moves = r.bestMoves();
        if (!moves.isEmpty()) {
            line(tr("   Most points for the least change:"));
            int rank = 0;
            for (const IndicatorResult *i : moves)
                line(QStringLiteral("     %1. +%2 %3: %4")
                         .arg(++rank)
                         .arg(fmt.points(i->nextGain), i->rule->name.get(lang), fmt.gap(i->nextGap)));
        }
        for (const ConditionResult &d : r.direct) {
            line(QStringLiteral("   %1 [%2] %3").arg(tr("direct:"), fmt.status(d.status), d.rule->name.get(lang)));
            if (const QString w = fmt.windows(d.windows, a.year); !w.isEmpty())
                line(QStringLiteral("        ") + w);
        }
    }
    line(QString());
    out += awardsText(awards, lang);
    return out;
}

} // namespace srdi::rules
