// SPDX-License-Identifier: GPL-3.0-or-later
#include "PortfolioExport.h"

#include "awards/AwardCatalog.h"
#include "io/CompanyCsv.h"
#include "io/PortfolioWorkbook.h"
#include "rules/Assessment.h"
#include "rules/Evaluator.h"
#include "rules/RulePack.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace srdi::io {

namespace {

// The database file itself or one of SQLite's files beside it.
bool namesTheDatabase(const QString &output, const QString &database)
{
    const QString out = QFileInfo(output).absoluteFilePath();
    const QString db = QFileInfo(database).absoluteFilePath();
    if (out == db)
        return true;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (out == db + QLatin1String(suffix))
            return true;
    const QFileInfo a(output), b(database);
    return a.exists() && b.exists() && a.canonicalFilePath() == b.canonicalFilePath();
}

// A company on its way through the export: read, then assessed and made into
// its CSV line or workbook rows on a worker thread, then written in order.
struct Item
{
    qint64 id = 0;
    Profile profile;
    QByteArray line;
    PortfolioWorkbook::Rows rows;
};

struct Batch
{
    std::vector<Item> items;
    bool ready = false;
};

// Companies are assessed in batches on worker threads while the next ones are
// read; the batches come out in the order they went in. At most a few batches
// are under way: memory does not grow with the portfolio.
class Pipeline
{
public:
    Pipeline(int workers, std::function<void(Item &)> make)
        : m_make(std::move(make))
    {
        for (int i = 0; i < workers; ++i)
            m_threads.emplace_back([this] { work(); });
    }
    ~Pipeline()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_work.notify_all();
        for (std::thread &t : m_threads)
            t.join();
    }
    Pipeline(const Pipeline &) = delete;
    Pipeline &operator=(const Pipeline &) = delete;

    void push(std::unique_ptr<Batch> batch)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_todo.push_back(batch.get());
            m_order.push_back(std::move(batch));
        }
        m_work.notify_one();
    }
    qsizetype pending() const { return qsizetype(m_order.size()); }
    // The oldest batch once it is ready; with `wait` false, null unless it is.
    std::unique_ptr<Batch> pop(bool wait)
    {
        std::unique_lock lock(m_mutex);
        if (m_order.empty())
            return nullptr;
        if (wait)
            m_done.wait(lock, [this] { return m_order.front()->ready; });
        else if (!m_order.front()->ready)
            return nullptr;
        std::unique_ptr<Batch> batch = std::move(m_order.front());
        m_order.pop_front();
        return batch;
    }

private:
    void work()
    {
        for (;;) {
            Batch *batch = nullptr;
            {
                std::unique_lock lock(m_mutex);
                m_work.wait(lock, [this] { return m_stop || !m_todo.empty(); });
                if (m_stop)
                    return;
                batch = m_todo.front();
                m_todo.pop_front();
            }
            for (Item &item : batch->items)
                m_make(item);
            {
                const std::lock_guard lock(m_mutex);
                batch->ready = true;
            }
            m_done.notify_all();
        }
    }

    const std::function<void(Item &)> m_make;
    std::mutex m_mutex;
    std::condition_variable m_work, m_done;
    std::deque<Batch *> m_todo;                    // not yet taken by a worker
    std::deque<std::unique_ptr<Batch>> m_order;    // every batch not yet written, in order
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

constexpr size_t kBatch = 64;

} // namespace

qint64 PortfolioExport::write(ProfileStore &store, const Options &o,
                              const std::function<bool(const QByteArray &)> &sink, const Progress &progress,
                              QString *error)
{
    error->clear();
    if (rules::RulePacks::instance().ids().isEmpty()) {
        *error = tr("no rule pack could be loaded");
        return -1;
    }
    std::shared_ptr<const rules::RulePack> chosen;
    if (!o.rulesId.isEmpty()) {
        chosen = rules::RulePacks::instance().pack(o.rulesId);
        if (!chosen) {
            *error = tr("%1: no such rule pack").arg(o.rulesId);
            return -1;
        }
    }
    const bool workbook = PortfolioWorkbook::wanted(o.output);
    QTemporaryDir scratch;
    std::unique_ptr<PortfolioWorkbook> book;
    if (workbook) {
        if (!scratch.isValid()) {
            *error = tr("%1: cannot write (%2)").arg(o.output, scratch.errorString());
            return -1;
        }
        book = std::make_unique<PortfolioWorkbook>(scratch.filePath(QStringLiteral("portfolio.xlsx")), o.lang);
        if (!book->open(error))
            return -1;
    } else if (!sink(ResultCsv::byteOrderMark() + ResultCsv::headerLine())) {
        *error = tr("%1: cannot write").arg(o.output);
        return -1;
    }

    const qint64 total = store.count(error);
    if (!error->isEmpty())
        return -1;
    qint64 done = 0;
    bool stopped = false, failed = false;
    // Each company is assessed as it would be alone: the pack chosen (or the
    // one in force on its date), the awards it reaches on the assessment's day.
    const auto make = [&](Item &item) {
        const Profile &p = item.profile;
        rules::PackChoice choice;
        if (chosen)
            choice.pack = chosen, choice.reason.id = QStringLiteral("chosen");
        else
            choice = rules::RulePacks::instance().choose(p, o.today); // a pack whenever one is loaded
        const rules::Assessment a = rules::Evaluator::evaluate(p, choice, o.today);
        const awards::AwardReport awards = awards::AwardCatalog::instance().match(p, a, a.date);
        if (book)
            item.rows = book->rows(p, a, awards);
        else
            item.line = ResultCsv::line(p, a, awards);
        item.profile = Profile(); // written from here on: the line or rows hold what is needed
    };
    // Written in the list's order, progress after each company.
    const auto writeBatch = [&](Batch &batch) {
        for (Item &item : batch.items) {
            if (book) {
                book->write(item.rows);
            } else if (!sink(item.line)) {
                failed = true;
                return false;
            }
            ++done;
            if (progress && !progress(done, std::max(total, done))) {
                stopped = true;
                return false;
            }
        }
        return true;
    };
    const int workers = std::max(1, QThread::idealThreadCount());
    const qsizetype inFlight = workers + 2;
    Pipeline pipeline(workers, make);
    auto batch = std::make_unique<Batch>();
    batch->items.reserve(kBatch);
    // Ready batches are written as soon as they are; the reading waits only
    // when enough are under way.
    const auto writeReady = [&](bool all) {
        while (pipeline.pending() > 0) {
            const bool wait = all || pipeline.pending() >= inFlight;
            std::unique_ptr<Batch> ready = pipeline.pop(wait);
            if (!ready)
                return true;
            if (!writeBatch(*ready))
                return false;
        }
        return true;
    };
    const bool read = store.forEach([&](qint64 id, const Profile &p) {
        batch->items.push_back({id, p, {}, {}});
        if (batch->items.size() < kBatch)
            return true;
        pipeline.push(std::move(batch));
        batch = std::make_unique<Batch>();
        batch->items.reserve(kBatch);
        return writeReady(false);
    }, error);
    if (read && !failed && !stopped) {
        if (!batch->items.empty())
            pipeline.push(std::move(batch));
        writeReady(true);
    }
    if (!read)
        return -1;
    if (failed) {
        *error = tr("%1: cannot write").arg(o.output);
        return -1;
    }
    if (stopped)
        return -1; // error stays empty: stopped
    if (book) {
        if (!book->close(error))
            return -1;
        QFile made(scratch.filePath(QStringLiteral("portfolio.xlsx")));
        if (!made.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot write (%2)").arg(o.output, made.errorString());
            return -1;
        }
        for (QByteArray chunk = made.read(1 << 16); !chunk.isEmpty(); chunk = made.read(1 << 16)) {
            if (!sink(chunk)) {
                *error = tr("%1: cannot write").arg(o.output);
                return -1;
            }
        }
    }
    return done;
}

qint64 PortfolioExport::run(const Options &o, const Progress &progress, QString *error)
{
    error->clear();
    if (namesTheDatabase(o.output, o.databasePath)) {
        *error = tr("%1 is the database in use: choose another file").arg(o.output);
        return -1;
    }
    rules::RulePacks::instance().load();
    awards::AwardCatalog::instance().load();
    Database db(o.databasePath);
    if (!db.open(error))
        return -1;
    ProfileStore store(db);
    QSaveFile file(o.output);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write (%2)").arg(o.output, file.errorString());
        return -1;
    }
    const qint64 done = write(store, o, [&file](const QByteArray &bytes) { return file.write(bytes) == bytes.size(); },
                              progress, error);
    if (done < 0) {
        if (!error->isEmpty() && file.error() != QFileDevice::NoError)
            *error = tr("%1: cannot write (%2)").arg(o.output, file.errorString());
        file.cancelWriting();
        return -1;
    }
    if (!file.commit()) {
        *error = tr("%1: cannot write (%2)").arg(o.output, file.errorString());
        return -1;
    }
    return done;
}

} // namespace srdi::io
