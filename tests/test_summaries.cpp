// SPDX-License-Identifier: GPL-3.0-or-later
// The portfolio's summary rows are never stale (issue 16, finding 10): each
// records what it was computed with (rule packs, award data, day), and a row
// computed with anything else is recomputed before the list shows it: after
// a user pack is removed, on the day the pack in force changes, on the day a
// title lapses; on a worker thread for a large portfolio.

#include "SampleProfile.h"
#include "SummaryRefresh.h"
#include "rules/Evaluator.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "storage/Standing.h"
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace srdi;

namespace {

// Every line of a pack at 0: each comparison ">= 0", each score line 0.
QJsonValue zeroed(const QJsonValue &node)
{
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = zeroed(a.at(i));
        return a;
    }
    if (!node.isObject())
        return node;
    QJsonObject o = node.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        it.value() = zeroed(it.value());
    if (o.contains(QStringLiteral("metric")) && o.contains(QStringLiteral("value"))) {
        o[QStringLiteral("op")] = QStringLiteral(">=");
        o[QStringLiteral("value")] = 0;
    }
    if (o.contains(QStringLiteral("line")) && o.contains(QStringLiteral("categories"))) {
        o[QStringLiteral("line")] = 0;
        QJsonArray cats = o.value(QStringLiteral("categories")).toArray();
        for (qsizetype i = 0; i < cats.size(); ++i) {
            QJsonObject c = cats.at(i).toObject();
            c.remove(QStringLiteral("min"));
            cats[i] = c;
        }
        o[QStringLiteral("categories")] = cats;
    }
    return o;
}

} // namespace

class TestSummaries : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileStore> m_store;

    QVariantList summaryOf(qint64 id)
    {
        QSqlQuery q(m_db->handle());
        q.prepare(QStringLiteral("SELECT highest_rank, pack, title_expiry, basis FROM company_summary WHERE company_id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return {};
        return {q.value(0), q.value(1), q.value(2), q.value(3)};
    }

    int ladderRank(const Profile &p, const QDate &today)
    {
        auto &packs = rules::RulePacks::instance();
        const auto a = rules::Evaluator::evaluate(p, packs.inForce(p.effectiveDate(today)), today);
        int rank = 0;
        for (const rules::TierResult &t : a.tiers) {
            if (t.status == rules::Status::Met)
                rank = vocab::tierRank(t.rule->tier);
        }
        return rank;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("s.sqlite")));
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("s.sqlite")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<ProfileStore>(*m_db);
        rules::RulePacks::instance().reload(QStringLiteral("/nonexistent"));
    }

    // The reported case: a user pack with every line at 0 makes the list say
    // 小巨人; once it is removed the list must say what the ladder says.
    void removedUserPackIsNotListed()
    {
        QTemporaryDir rules;
        QFile in(QStringLiteral(SRDI_DATA_DIR "/rules/2026.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(rules.filePath(QStringLiteral("2026.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(zeroed(QJsonDocument::fromJson(in.readAll()).object()).toObject()).toJson());
        out.close();
        QVERIFY(rules::RulePacks::instance().reload(rules.path()).isEmpty());
        QVERIFY(rules::RulePacks::instance().pack(QStringLiteral("2026"))->replacesBuiltin);

        Profile p = sampleProfile(2026);
        p.assessmentDate = QDate(2026, 11, 23);
        p.company.attestations = {true, true, true};
        // Holds the 专精特新 title and has its platform score: under lines at 0
        // nothing else stands between it and 小巨人.
        p.company.recognitions = QList<Recognition>{{QStringLiteral("specialized"), QDate(2025, 1, 1)}};
        p.specialization.developmentScores = QList<DevelopmentScore>{{2025, 600000}, {2026, 600000}};
        const auto id = m_store->insert(p);
        QVERIFY(id);
        m_store->refreshSummaries();
        QCOMPARE(m_store->portfolioRow(*id)->highestRank, 3); // the user pack: 小巨人

        QVERIFY(rules::RulePacks::instance().reload(QStringLiteral("/nonexistent")).isEmpty()); // the pack removed
        const int ladder = ladderRank(p, QDate::currentDate());
        QVERIFY(ladder < 3);
        m_store->refreshSummaries();
        QCOMPARE(m_store->portfolioRow(*id)->highestRank, ladder);
        QVERIFY(m_store->staleSummaries(QDate::currentDate()).isEmpty());
        QVERIFY(summaryOf(*id).at(3).toString().contains(QStringLiteral("|2026:")));
    }

    // No assessment date: the pack in force is the one of the day. Computed
    // on 31 March 2026 with 2022's rules, the row is stale on 1 April.
    void packInForceChangesOnItsDate()
    {
        Profile p = sampleProfile(2026);
        p.assessmentDate.reset();
        const auto id = m_store->insert(p);
        QVERIFY(id);
        const QDate before(2026, 3, 31), on(2026, 4, 1);
        QVERIFY(m_store->refreshSummaries({*id}, before) == 1);
        QCOMPARE(summaryOf(*id).at(1).toString(), QStringLiteral("2022"));
        QVERIFY(m_store->staleSummaries(before).isEmpty());
        QCOMPARE(m_store->staleSummaries(on), QList<qint64>{*id});
        QCOMPARE(m_store->refreshSummaries(m_store->staleSummaries(on), on), 1);
        QCOMPARE(summaryOf(*id).at(1).toString(), QStringLiteral("2026"));
    }

    // A title granted 2023-06-01 lapses three years on: the day after, the
    // row no longer lists it as lapsing soon.
    void titleLapses()
    {
        Profile p = sampleProfile(2026);
        p.company.recognitions = QList<Recognition>{{QStringLiteral("specialized"), QDate(2023, 6, 1)}};
        const auto id = m_store->insert(p);
        QVERIFY(id);
        const QDate before(2026, 5, 31), after(2026, 6, 2);
        QCOMPARE(m_store->refreshSummaries({*id}, before), 1);
        QCOMPARE(summaryOf(*id).at(2).toString(), QStringLiteral("2026-06-01"));
        QCOMPARE(m_store->staleSummaries(after), QList<qint64>{*id});
        m_store->refreshSummaries(m_store->staleSummaries(after), after);
        QVERIFY(summaryOf(*id).at(2).isNull());
    }

    // A summary row computed ahead (a batch's preparing thread) is written
    // only for the very profile and day it was computed for: computed for the
    // company before a change, or for another day, it is computed again.
    void summaryComputedAheadOnlyForItsOwnProfileAndDay()
    {
        const QDate today = QDate::currentDate();
        Profile p = sampleProfile(2026);
        p.company.name = QStringLiteral("先算企业");
        p.company.recognitions = QList<Recognition>{{QStringLiteral("specialized"), QDate(2025, 1, 1)}};
        Profile before = p;
        before.company.recognitions = QList<Recognition>{{QStringLiteral("specialized"), QDate(2024, 2, 1)}};
        const auto other = ProfileStore::prepareSummary(before, today);
        QVERIFY(other->standing);
        const PatchOutcome made = m_store->importProfile(p, {}, ImportMode::Merge, other);
        QVERIFY2(made.ok && made.created, qPrintable(made.error));
        QCOMPARE(summaryOf(made.id).at(2).toString(), QStringLiteral("2028-01-01")); // p's title, not `before`'s

        Profile q = p;
        q.company.name = QStringLiteral("先算企业二");
        const auto yesterday = ProfileStore::prepareSummary(q, today.addDays(-1));
        const PatchOutcome second = m_store->importProfile(q, {}, ImportMode::Merge, yesterday);
        QVERIFY2(second.ok && second.created, qPrintable(second.error));
        QVERIFY(summaryOf(second.id).at(3).toString().startsWith(
            QString(summaryOf(made.id).at(3).toString()).section(u'|', 0, 0))); // today's basis

        Profile r = p;
        r.company.name = QStringLiteral("先算企业三");
        const auto own = ProfileStore::prepareSummary(r, today);
        const PatchOutcome third = m_store->importProfile(r, {}, ImportMode::Merge, own);
        QVERIFY2(third.ok && third.created, qPrintable(third.error));
        QCOMPARE(third.standing, own->standing); // its own: used as computed
    }

    // A large portfolio: the stale rows are recomputed on a worker thread
    // with its own connection, while a progress dialog shows.
    void largePortfolioOnAWorkerThread()
    {
        QList<qint64> ids;
        for (int i = 0; i < 30; ++i) {
            Profile p = sampleProfile(2026);
            p.company.name = QStringLiteral("W%1").arg(i);
            const auto id = m_store->insert(p);
            QVERIFY(id);
            ids.append(*id);
        }
        const QDate tomorrow = QDate::currentDate().addDays(1);
        QCOMPARE(m_store->staleSummaries(tomorrow).size(), 30);
        const int written = ui::SummaryRefresh::run(*m_store, m_db->path(), tomorrow, nullptr, 5);
        QCOMPARE(written, 30);
        QVERIFY(m_store->staleSummaries(tomorrow).isEmpty());
        QVERIFY(summaryOf(ids.first()).at(3).toString().contains(tomorrow.toString(Qt::ISODate)));
    }
};

QTEST_MAIN(TestSummaries)
#include "test_summaries.moc"
