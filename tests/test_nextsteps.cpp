// SPDX-License-Identifier: GPL-3.0-or-later
// Every unmet condition says what to do next: a condition whose test has no
// number to move (a title, a yes/no fact, a choice) carries a next step in its
// rule pack, and the checklist, the text and JSON outputs and the report show
// it when the condition is not met.

#include "report/Report.h"
#include "rules/AssessmentJson.h"
#include "rules/AssessmentText.h"
#include "rules/Checklist.h"
#include "support/RulesFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace srdi;
using namespace srdi::test;
using rules::Status;

namespace {

// Whether a test compares a number anywhere: then an unmet condition has a
// gap in numbers to show.
bool hasComparison(const rules::Pred *p)
{
    using K = rules::Pred::Kind;
    if (!p)
        return false;
    switch (p->kind) {
    case K::Cmp: return true;
    case K::All:
    case K::Any:
    case K::AtLeast:
        for (const auto &i : static_cast<const rules::GroupPred *>(p)->items)
            if (hasComparison(i.get()))
                return true;
        return false;
    case K::Not: return hasComparison(static_cast<const rules::NotPred *>(p)->inner.get());
    case K::Cases: {
        const auto *c = static_cast<const rules::CasesPred *>(p);
        for (const auto &[when, then] : c->branches)
            if (hasComparison(then.get()))
                return true;
        return hasComparison(c->otherwise.get());
    }
    case K::Is:
    case K::Enum:
    case K::Set:
    case K::HoldsTitle:
    case K::Sme: return false;
    }
    return false;
}

const rules::ConditionResult *condition(const rules::Assessment &a, const QString &tier, const QString &id)
{
    const rules::TierResult *t = a.tier(tier);
    if (!t)
        return nullptr;
    for (const rules::ConditionResult &c : t->best().conditions)
        if (c.rule->id == id)
            return &c;
    return nullptr;
}

QJsonObject jsonCondition(const QJsonObject &assessment, const QString &tier, const QString &id)
{
    for (const QJsonValue &t : assessment.value(QStringLiteral("tiers")).toArray()) {
        if (t.toObject().value(QStringLiteral("tier")).toString() != tier)
            continue;
        // The tier carries its best route's conditions.
        for (const QJsonValue &c : t.toObject().value(QStringLiteral("conditions")).toArray())
            if (c.toObject().value(QStringLiteral("id")).toString() == id)
                return c.toObject();
    }
    return {};
}

} // namespace

class TestNextSteps : public QObject
{
    Q_OBJECT
private slots:
    // The rule: every condition of both packs without a number has its next
    // step, in English and 简体 (繁體 is converted from 简体).
    void everyConditionWithoutANumberHasOne()
    {
        int checked = 0;
        for (const QString &id : {QStringLiteral("2026"), QStringLiteral("2022")}) {
            const auto p = pack(id);
            QVERIFY(p);
            auto check = [&](const rules::Condition &c, const QString &where) {
                if (hasComparison(c.test.get()))
                    return;
                ++checked;
                const QString name = QStringLiteral("%1 %2 %3").arg(id, where, c.id);
                QVERIFY2(!c.nextStep.en.isEmpty(), qPrintable(name + QStringLiteral(": no English next_step")));
                QVERIFY2(!c.nextStep.zhCN.isEmpty(), qPrintable(name + QStringLiteral(": no zh_CN next_step")));
                QVERIFY2(!c.nextStep.get(QStringLiteral("zh_TW")).isEmpty(), qPrintable(name));
            };
            for (const rules::Condition &c : p->common)
                check(c, QStringLiteral("common"));
            for (const rules::Tier &t : p->tiers)
                for (const rules::Route &r : t.routes) {
                    for (const rules::Condition &c : r.conditions)
                        check(c, t.tier);
                    for (const rules::Condition &c : r.direct)
                        check(c, t.tier + QStringLiteral(" direct"));
                }
        }
        QVERIFY(checked >= 20); // the two packs hold at least that many
    }

    // The two conditions of the issue: no title of the tier below, and the
    // market position not confirmed.
    void shownWhereverTheConditionIsUnmet()
    {
        Profile p = baseProfile();
        p.specialization.marketLeading = false; // 占有率较为靠前: not confirmed
        const rules::Assessment a = assess(p, QStringLiteral("2026"));
        const rules::ConditionResult *title = condition(a, QStringLiteral("specialized"), QStringLiteral("title"));
        const rules::ConditionResult *market = condition(a, QStringLiteral("specialized"), QStringLiteral("market_position"));
        QVERIFY(title && market);
        QCOMPARE(title->status, Status::Unmet);
        QCOMPARE(market->status, Status::Unmet);
        QCOMPARE(title->gap.kind, rules::Gap::Kind::None);
        QCOMPARE(market->gap.kind, rules::Gap::Kind::None);

        const QString zhTitle = rules::nextStep(*title, QStringLiteral("zh_CN"));
        const QString zhMarket = rules::nextStep(*market, QStringLiteral("zh_CN"));
        QVERIFY2(zhTitle.contains(QStringLiteral("先取得科技和创新型中小企业称号")), qPrintable(zhTitle));
        QVERIFY2(zhMarket.contains(QStringLiteral("证明材料")), qPrintable(zhMarket));
        QVERIFY(rules::nextStep(*title, QStringLiteral("en")).contains(QStringLiteral("title first")));
        QVERIFY(rules::nextStep(*market, QStringLiteral("en")).contains(QStringLiteral("evidence")));
        QVERIFY(rules::nextStep(*title, QStringLiteral("zh_TW")).contains(QStringLiteral("先取得科技和創新型中小企業稱號")));

        // The checklist lists both.
        bool inChecklist = false;
        for (const rules::ChecklistItem &it : rules::checklist(a))
            inChecklist |= it.condition == title && it.kind == rules::ChecklistItem::Kind::Condition;
        QVERIFY(inChecklist);

        // --evaluate --format text
        const QString text = rules::AssessmentText::toText(a, QStringLiteral("zh_CN"));
        QVERIFY(text.contains(zhTitle));
        QVERIFY(text.contains(zhMarket));
        // --evaluate (JSON)
        const QJsonObject json = rules::AssessmentJson::toJson(a, QStringLiteral("zh_CN"));
        QCOMPARE(jsonCondition(json, QStringLiteral("specialized"), QStringLiteral("title")).value(QStringLiteral("next_step")).toString(),
                 zhTitle);
        QCOMPARE(jsonCondition(json, QStringLiteral("specialized"), QStringLiteral("market_position"))
                     .value(QStringLiteral("next_step"))
                     .toString(),
                 zhMarket);
        // A met condition has none.
        const QJsonObject debt = jsonCondition(json, QStringLiteral("specialized"), QStringLiteral("debt_ratio"));
        QVERIFY(!debt.isEmpty());
        QVERIFY(!debt.contains(QStringLiteral("next_step")));
        // The report.
        report::ReportInput in;
        in.profile = &p;
        in.assessment = &a;
        in.lang = QStringLiteral("zh_CN");
        in.printed = QDate(Y, 11, 23);
        const QString html = report::Report::html(in);
        QVERIFY(html.contains(zhTitle.toHtmlEscaped()));
        QVERIFY(html.contains(zhMarket.toHtmlEscaped()));

        // Met: nothing to do.
        p.specialization.marketLeading = true;
        const rules::Assessment met = assess(p, QStringLiteral("2026"));
        QCOMPARE(condition(met, QStringLiteral("specialized"), QStringLiteral("market_position"))->status, Status::Met);
        QVERIFY(rules::nextStep(*condition(met, QStringLiteral("specialized"), QStringLiteral("market_position")),
                                QStringLiteral("zh_CN"))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNextSteps)
#include "test_nextsteps.moc"
