// SPDX-License-Identifier: GPL-3.0-or-later
#include "Batch.h"

#include "model/Patch.h"

#include "Cli.h"
#include "Output.h"

#include "awards/AwardCatalog.h"
#include "io/CompanyImport.h"
#include "io/PortfolioExport.h"
#include "io/PortfolioWorkbook.h"
#include "io/JsonInput.h"
#include "model/Decimal.h"
#include "rules/Assessment.h"
#include "rules/Evaluator.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "storage/Standing.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include "storage/ServerAddress.h"
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <climits>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>

#ifdef Q_OS_WIN
#include <io.h>
#define SRDI_ISATTY _isatty
#define SRDI_FILENO _fileno
#else
#include <unistd.h>
#define SRDI_ISATTY isatty
#define SRDI_FILENO fileno
#endif

namespace srdi::cli {

namespace {

// ---------------------------------------------------------------------------
// The run: import, assess, write a row; counts and messages.

bool stderrIsTerminal()
{
    return SRDI_ISATTY(SRDI_FILENO(stderr)) != 0;
}

// A progress line on a terminal, rewritten in place with \r (never into a
// file or a pipe, where it would only be noise).
class Progress
{
public:
    explicit Progress(QTextStream &err) : m_err(err), m_enabled(stderrIsTerminal()) { m_timer.start(); }
    ~Progress() { clear(); }

    void show(qint64 done, int percent, bool force = false)
    {
        if (!m_enabled || (!force && m_shown && m_timer.elapsed() < 100))
            return;
        m_timer.restart();
        const QString text = Batch::tr("%n company(ies) done (%1 %)", nullptr, int(done)).arg(std::clamp(percent, 0, 100));
        m_err << u'\r' << text.leftJustified(m_width);
        m_err.flush();
        m_width = std::max(m_width, text.size());
        m_shown = true;
    }
    // Wipes the line so that a message can follow.
    void clear()
    {
        if (!m_shown)
            return;
        m_err << u'\r' << QString(m_width, u' ') << u'\r';
        m_err.flush();
        m_shown = false;
    }

private:
    QTextStream &m_err;
    bool m_enabled;
    bool m_shown = false;
    qsizetype m_width = 0;
    QElapsedTimer m_timer;
};

class Runner
{
public:
    Runner(const BatchOptions &options, QTextStream &err)
        : m_options(options), m_err(err), m_progress(err), m_database(options.dbPath), m_store(m_database),
          m_result(options.output)
    {
        if (io::PortfolioWorkbook::wanted(options.output))
            m_book = std::make_unique<io::PortfolioWorkbook>(m_bookDir.filePath(QStringLiteral("portfolio.xlsx")), options.lang);
    }

    // Rule packs, awards, database and result file; false when the run
    // cannot start (the exit status is then code()).
    bool start()
    {
        auto &packs = rules::RulePacks::instance();
        for (const QString &problem : packs.load())
            message(problem);
        if (!m_options.rulesId.isEmpty()) {
            m_pack = packs.pack(m_options.rulesId);
            if (!m_pack) {
                message(Cli::tr("--rules = %1: no such rule pack (known: %2)")
                            .arg(m_options.rulesId, packs.ids().join(u", ")));
                m_code = InvalidInput;
                return false;
            }
        }
        auto &catalog = awards::AwardCatalog::instance();
        for (const QString &problem : catalog.load())
            message(problem);
        if (m_book) {
            // The workbook is made beside, then copied into place in one go.
            QString error;
            if (!m_bookDir.isValid() || !m_book->open(&error)) {
                message(error.isEmpty() ? Batch::tr("%1: cannot write (%2)").arg(m_options.output, m_bookDir.errorString())
                                        : error);
                m_code = Failed;
                return false;
            }
        }
        const QByteArray head = m_book ? QByteArray() : ResultCsv::byteOrderMark() + ResultCsv::headerLine();
        if (!m_result.open() || (!head.isEmpty() && m_result.write(head) < 0)) {
            message(Batch::tr("%1: cannot write (%2)").arg(m_options.output, m_result.errorString()));
            m_code = Failed;
            return false;
        }
        return true;
    }

    // The database is opened with the first company, so that an input that
    // cannot be read leaves no new database behind.
    bool openDatabase()
    {
        if (m_database.isOpen())
            return true;
        QString error;
        if (m_database.open(&error))
            return true;
        message(error);
        m_stopped = true;
        return false;
    }

    Progress &progress() { return m_progress; }

    void message(const QString &text)
    {
        m_progress.clear();
        m_err << text << Qt::endl;
    }
    // An input that is not taken: named, counted, skipped.
    void invalid(const QStringList &messages)
    {
        for (const QString &m : messages)
            message(m);
        ++m_invalid;
    }
    void failed(const QString &text)
    {
        message(text);
        ++m_failed;
    }

    // Imports `profile`, assesses it and writes its row. `where` names it in
    // messages. `given`: the fields the input gives (the rest of a stored
    // company stays).
    // `prepared`: the summary row of `input` computed ahead, if it was.
    bool add(const Profile &input, const QString &where, const QStringList &given,
             const std::shared_ptr<const PreparedSummary> &prepared = nullptr)
    {
        // What is assessed is the company as stored after the import: the
        // input's fields over what was there.
        Profile merged;
        const Profile *assessed = &input;
        std::shared_ptr<const Standing> standing;
        {
            if (!openDatabase() || !writeInGroup())
                return false;
            if (m_store.onServer() && !m_store.knowsMatchOf(input)) {
                // On a server each look-up is a round trip: this company's
                // and those read ahead are looked up at once.
                QList<ProfileStore::MatchKey> keys{ProfileStore::matchKey(input)};
                if (m_upcoming)
                    keys += m_upcoming();
                m_store.expectMatches(keys);
            }
            PatchOutcome outcome = m_store.importProfile(
                input, given, m_options.replace ? ImportMode::Replace : ImportMode::Merge, prepared);
            if (!outcome.ok) {
                failed(Batch::tr("%1: %2").arg(where, outcome.error));
                return false;
            }
            ++(outcome.created ? m_added : outcome.applied.isEmpty() ? m_unchanged : m_updated);
            merged = std::move(outcome.stored);
            assessed = &merged;
            // The summary written with the company was computed as this row
            // would be (today, the pack in force): it is not computed twice.
            if (outcome.standing && !m_pack && outcome.standing->today == m_options.today)
                standing = std::move(outcome.standing);
        }
        const Profile &profile = *assessed;
        if (!standing && !m_pack && prepared && prepared->standing && prepared->today == m_options.today &&
            prepared->profile == profile)
            standing = prepared->standing; // a company stored unchanged: as computed ahead
        if (!standing) {
            rules::PackChoice choice;
            if (m_pack)
                choice.pack = m_pack, choice.reason.id = QStringLiteral("chosen");
            else
                choice = rules::RulePacks::instance().choose(profile, m_options.today);
            if (!choice.pack) {
                failed(Batch::tr("%1: no rule pack is in force on %2")
                           .arg(where, profile.effectiveDate(m_options.today).toString(Qt::ISODate)));
                return false;
            }
            auto made = std::make_shared<Standing>();
            made->today = m_options.today;
            made->assessment = rules::Evaluator::evaluate(profile, choice, m_options.today);
            made->awards = awards::AwardCatalog::instance().match(profile, made->assessment, made->assessment.date);
            made->choice = std::move(choice);
            standing = std::move(made);
        }
        const rules::Assessment &a = standing->assessment;
        const awards::AwardReport &awards = standing->awards;
        if (m_book) {
            m_book->add(profile, a, awards);
            ++m_done;
            return true;
        }
        const QByteArray row = ResultCsv::line(profile, a, awards);
        if (m_result.write(row) < 0) {
            failed(Batch::tr("%1: cannot write (%2)").arg(m_options.output, m_result.errorString()));
            m_stopped = true;
            return false;
        }
        ++m_done;
        return true;
    }

    // The companies read ahead of the one being added (their look-up keys).
    void setUpcoming(std::function<QList<ProfileStore::MatchKey>()> upcoming) { m_upcoming = std::move(upcoming); }

    // Nothing more can be done (the database or the result file failed).
    bool stopped() const { return m_stopped; }
    bool committed() const { return m_committed; }
    qint64 done() const { return m_done; }
    qint64 added() const { return m_added; }
    qint64 updated() const { return m_updated; }
    qint64 unchanged() const { return m_unchanged; }
    qint64 invalidCount() const { return m_invalid; }

    // Commits the companies written and the result file; the exit status.
    int finish()
    {
        m_progress.clear();
        commitGroup();
        if (m_stopped) {
            m_result.cancelWriting();
            return Failed;
        }
        if ((m_book && !copyWorkbook()) || !m_result.commit()) {
            message(Batch::tr("%1: cannot write (%2)").arg(m_options.output, m_result.errorString()));
            m_result.cancelWriting();
            return Failed;
        }
        m_committed = true;
        if (m_failed > 0)
            return Failed;
        return m_invalid > 0 ? InvalidInput : Done;
    }

    // Nothing was processed: the result file is not written.
    int abandon(int code)
    {
        m_progress.clear();
        m_result.cancelWriting();
        return code;
    }

    int code() const { return m_code; }

private:
    std::function<QList<ProfileStore::MatchKey>()> m_upcoming;

    // Companies are committed in groups (ProfileStore::beginGroup): of up to
    // kGroupSize companies or kGroupMillis of work, whichever comes first, so
    // that another window waiting to save waits at most that long.
    static constexpr int kGroupSize = 500;
    static constexpr qint64 kGroupMillis = 250;

    bool writeInGroup()
    {
        if (m_store.inGroup() && (m_store.groupFull(m_inGroup, kGroupSize) || m_groupTimer.elapsed() >= kGroupMillis) &&
            !commitGroup())
            return false;
        if (!m_store.inGroup()) {
            QString error;
            if (!m_store.beginGroup(&error)) {
                failed(error);
                m_stopped = true;
                return false;
            }
            m_groupTimer.start();
            m_inGroup = 0;
        }
        ++m_inGroup;
        return true;
    }

    bool commitGroup()
    {
        QString error;
        if (m_store.commitGroup(&error))
            return true;
        failed(error);
        m_stopped = true;
        return false;
    }

    // The finished workbook, copied through the output (its guards, and
    // standard output or a FIFO written in place).
    bool copyWorkbook()
    {
        QString error;
        if (!m_book->close(&error)) {
            message(error);
            return false;
        }
        QFile made(m_bookDir.filePath(QStringLiteral("portfolio.xlsx")));
        if (!made.open(QIODevice::ReadOnly))
            return false;
        for (QByteArray chunk = made.read(1 << 16); !chunk.isEmpty(); chunk = made.read(1 << 16)) {
            if (m_result.write(chunk) < 0)
                return false;
        }
        return true;
    }

    const BatchOptions &m_options;
    QTextStream &m_err;
    Progress m_progress;
    Database m_database;
    ProfileStore m_store;
    OutputFile m_result; // in place for standard output, a device or a FIFO
    QTemporaryDir m_bookDir;                      // where a workbook is made
    std::unique_ptr<io::PortfolioWorkbook> m_book; // --out *.xlsx rather than CSV
    std::shared_ptr<const rules::RulePack> m_pack; // --rules; null: the pack in force
    QElapsedTimer m_groupTimer;
    int m_inGroup = 0;
    int m_code = Done;
    qint64 m_done = 0, m_added = 0, m_updated = 0, m_unchanged = 0, m_invalid = 0, m_failed = 0;
    bool m_stopped = false;
    bool m_committed = false;
};

// The input read and checked on a thread of its own, a little ahead of the
// writing: reading a row and checking it does not depend on what is stored.
// The items come out in the input's order, each with what the input said
// after it was read (how far through, the note on a cut-off file), so that
// the run shows and says exactly what it did reading them one by one. At most
// kAhead items wait: memory stays flat.
class ReadAhead
{
public:
    // A company's summary row computed ahead, by the preparing thread or
    // else by the writer itself (whichever comes to it first).
    struct Prepared
    {
        enum State : quint8 { Waiting, Working, Done, Taken };
        State state = Waiting;
        std::shared_ptr<const Profile> profile; // the preparing thread's own copy
        std::shared_ptr<const PreparedSummary> summary;
    };
    struct Entry
    {
        io::ImportItem item;
        int percent = 0;
        QString endNote; // CompanyImport::endNote() once the item was read
        std::shared_ptr<Prepared> prepared; // a company read: its row computed ahead
    };

    // `today`: the day the companies are assessed as of (summaries computed ahead).
    ReadAhead(io::CompanyImport &input, const QDate &today)
        : m_input(input), m_today(today), m_thread([this] { run(); }), m_preparing([this] { prepare(); })
    {
    }
    ~ReadAhead()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_items.notify_all();
        m_space.notify_all();
        m_work.notify_all();
        m_thread.join();
        m_preparing.join();
    }
    // The summary row computed ahead for `entry`, waiting for it when it is
    // being computed; null when nobody began it (the writer computes it).
    std::shared_ptr<const PreparedSummary> take(const Entry &entry)
    {
        if (!entry.prepared)
            return nullptr;
        std::unique_lock lock(m_mutex);
        Prepared &p = *entry.prepared;
        if (p.state == Prepared::Waiting) {
            p.state = Prepared::Taken;
            return nullptr;
        }
        m_done.wait(lock, [&p] { return p.state == Prepared::Done; });
        return p.summary;
    }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // The next item; false at the end of the input. What `entry` held is
    // handed to the reading thread to be freed (the writer sets the pace).
    bool next(Entry &entry)
    {
        std::unique_lock lock(m_mutex);
        m_spent.push_back(std::move(entry));
        m_items.wait(lock, [this] { return !m_queue.empty() || m_end; });
        if (m_queue.empty())
            return false;
        const bool wasFull = m_queue.size() >= kAhead;
        entry = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        if (wasFull)
            m_space.notify_one(); // the reader waits only on a full queue
        return true;
    }
    // The look-up keys of the companies waiting (read and checked).
    QList<ProfileStore::MatchKey> upcomingKeys() const
    {
        const std::lock_guard lock(m_mutex);
        QList<ProfileStore::MatchKey> keys;
        for (const Entry &e : m_queue) {
            if (e.item.profile)
                keys.append(ProfileStore::matchKey(*e.item.profile));
        }
        return keys;
    }
    // Once next() said the input ended: CompanyImport::endNote() then.
    QString finalNote() const
    {
        const std::lock_guard lock(m_mutex);
        return m_finalNote;
    }

private:
    static constexpr std::size_t kAhead = 256;

    // The preparing thread: the summary row of each company waiting, in
    // order, while the writer writes the one before (on a second core the
    // assessment no longer sets the writer's pace).
    void prepare()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_work.wait(lock, [this] { return m_stop || !m_toPrepare.empty(); });
            if (m_stop)
                return;
            const std::shared_ptr<Prepared> slot = std::move(m_toPrepare.front());
            m_toPrepare.pop_front();
            if (slot->state != Prepared::Waiting)
                continue; // the writer came to it first
            slot->state = Prepared::Working;
            const std::shared_ptr<const Profile> profile = std::move(slot->profile);
            lock.unlock();
            std::shared_ptr<const PreparedSummary> summary = ProfileStore::prepareSummary(*profile, m_today);
            lock.lock();
            slot->summary = std::move(summary);
            slot->state = Prepared::Done;
            m_done.notify_all(); // the writer may wait for this one
        }
    }

    // The reading thread: reads and checks each item, up to kAhead ahead of
    // the writer, and frees what the writer is done with.
    void run()
    {
        std::vector<Entry> spent;
        for (;;) {
            spent.clear(); // outside the lock
            Entry entry;
            const bool more = m_input.next(entry.item);
            entry.percent = m_input.percent();
            entry.endNote = m_input.endNote();
            if (entry.item.profile) {
                entry.prepared = std::make_shared<Prepared>();
                entry.prepared->profile = std::make_shared<const Profile>(*entry.item.profile);
            }
            std::unique_lock lock(m_mutex);
            if (!more) {
                m_finalNote = entry.endNote;
                m_end = true;
                lock.unlock();
                m_items.notify_all();
                return;
            }
            m_space.wait(lock, [this] { return m_stop || m_queue.size() < kAhead; });
            if (m_stop)
                return;
            spent.swap(m_spent);
            const bool wasEmpty = m_queue.empty();
            const std::shared_ptr<Prepared> slot = entry.prepared;
            m_queue.push_back(std::move(entry));
            if (slot)
                m_toPrepare.push_back(slot);
            lock.unlock();
            if (wasEmpty)
                m_items.notify_one(); // the writer waits only on an empty queue
            if (slot)
                m_work.notify_one();
        }
    }

    io::CompanyImport &m_input; // used by the reading thread only, until it ends
    const QDate m_today;
    mutable std::mutex m_mutex;
    std::condition_variable m_items; // the queue is no longer empty, or the input ended
    std::condition_variable m_space; // the queue is no longer full
    std::condition_variable m_work;  // a company waits to be prepared
    std::condition_variable m_done;  // a company was prepared
    std::deque<Entry> m_queue;
    std::deque<std::shared_ptr<Prepared>> m_toPrepare; // in the queue's order
    std::vector<Entry> m_spent; // taken by the writer and done with
    QString m_finalNote;
    bool m_end = false;
    bool m_stop = false;
    std::thread m_thread;    // last: they start once the rest is made
    std::thread m_preparing;
};

// Reads the input (a CSV file or a folder of *.srdi.json) through the shared
// importer; false when nothing could be taken (nothing was processed).
bool runInput(Runner &runner, const QString &path, const QDate &today, int *code)
{
    io::CompanyImport input(path, today);
    if (!input.open()) {
        for (const QString &p : input.problems())
            runner.message(p);
        *code = input.unreadable() ? Failed : InvalidInput;
        return false;
    }
    for (const QString &note : input.notes())
        runner.message(note);
    QString endNote;
    {
        ReadAhead ahead(input, today);
        runner.setUpcoming([&ahead] { return ahead.upcomingKeys(); });
        ReadAhead::Entry entry;
        bool ended = false;
        while (!runner.stopped()) {
            if (!ahead.next(entry)) {
                ended = true;
                break;
            }
            ended = false;
            const io::ImportItem &item = entry.item;
            if (item.profile)
                runner.add(*item.profile, item.where, item.given, ahead.take(entry));
            else if (item.unreadable)
                runner.failed(item.errors.join(u'\n'));
            else
                runner.invalid(item.errors);
            runner.progress().show(runner.done(), entry.percent);
        }
        runner.setUpcoming(nullptr);
        // Stopped early: the input as it stood after the last item taken.
        endNote = ended ? ahead.finalNote() : entry.endNote;
    }
    if (!endNote.isEmpty())
        runner.message(endNote);
    return true;
}

} // namespace

// ---------------------------------------------------------------------------
// Batch

int Batch::run(const BatchOptions &options, QTextStream &out, QTextStream &err)
{
    const QFileInfo input(options.input);
    if (!input.exists()) {
        err << tr("--batch = %1: no such file or folder").arg(options.input) << Qt::endl;
        return Failed;
    }
    Runner runner(options, err);
    if (!runner.start())
        return runner.code();

    int startCode = Done;
    const bool ran = runInput(runner, options.input, options.today, &startCode);
    if (!ran)
        return runner.abandon(startCode);
    const int code = runner.finish();
    // The summary never goes into a result written to standard output.
    QTextStream &summary = OutputFile::isStandardOutput(options.output) ? err : out;
    if (runner.committed())
        summary << tr("%1: %2 added, %3 updated, %4 unchanged, %5 skipped as invalid")
                   .arg(options.output)
                   .arg(runner.added())
                   .arg(runner.updated())
                   .arg(runner.unchanged())
                   .arg(runner.invalidCount())
            << Qt::endl;
    return code;
}

int Batch::exportPortfolio(const BatchOptions &options, QTextStream &out, QTextStream &err)
{
    if (!ServerAddress::isServerLocation(options.dbPath) && !QFileInfo::exists(options.dbPath)) {
        err << tr("--db = %1: no such database").arg(options.dbPath) << Qt::endl;
        return Failed;
    }
    Progress progress(err);
    const auto message = [&](const QString &text) {
        progress.clear();
        err << text << Qt::endl;
    };
    auto &packs = rules::RulePacks::instance();
    for (const QString &problem : packs.load())
        message(problem);
    if (!options.rulesId.isEmpty() && !packs.pack(options.rulesId)) {
        message(Cli::tr("--rules = %1: no such rule pack (known: %2)").arg(options.rulesId, packs.ids().join(u", ")));
        return InvalidInput;
    }
    for (const QString &problem : awards::AwardCatalog::instance().load())
        message(problem);
    Database database(options.dbPath);
    QString error;
    if (!database.open(&error)) {
        message(error);
        return Failed;
    }
    ProfileStore store(database);
    OutputFile result(options.output); // in place for standard output, a device or a FIFO
    if (!result.open()) {
        message(tr("%1: cannot write (%2)").arg(options.output, result.errorString()));
        return Failed;
    }
    io::PortfolioExport::Options o;
    o.databasePath = options.dbPath;
    o.output = options.output;
    o.lang = options.lang;
    o.today = options.today;
    o.rulesId = options.rulesId;
    const qint64 done = io::PortfolioExport::write(
        store, o, [&result](const QByteArray &bytes) { return result.write(bytes) == bytes.size(); },
        [&progress](qint64 n, qint64 total) {
            progress.show(n, int(n * 100 / std::max<qint64>(total, 1)));
            return true;
        },
        &error);
    progress.clear();
    if (done < 0) {
        message(error);
        result.cancelWriting();
        return Failed;
    }
    if (!result.commit()) {
        message(tr("%1: cannot write (%2)").arg(options.output, result.errorString()));
        result.cancelWriting();
        return Failed;
    }
    QTextStream &summary = OutputFile::isStandardOutput(options.output) ? err : out;
    summary << tr("%1: %n company(ies)", nullptr, int(done)).arg(options.output) << Qt::endl;
    return Done;
}

} // namespace srdi::cli
