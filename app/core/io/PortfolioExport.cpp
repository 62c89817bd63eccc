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
    // One company at a time, in the list's order: memory stays flat.
    const bool read = store.forEach([&](qint64, const Profile &p) {
        rules::PackChoice choice;
        if (chosen)
            choice.pack = chosen, choice.reason.id = QStringLiteral("chosen");
        else
            choice = rules::RulePacks::instance().choose(p, o.today); // a pack whenever one is loaded
        const rules::Assessment a = rules::Evaluator::evaluate(p, choice, o.today);
        const awards::AwardReport awards = awards::AwardCatalog::instance().match(p, a, a.date);
        if (book) {
            book->add(p, a, awards);
        } else if (!sink(ResultCsv::line(p, a, awards))) {
            failed = true;
            return false;
        }
        ++done;
        if (progress && !progress(done, std::max(total, done))) {
            stopped = true;
            return false;
        }
        return true;
    }, error);
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
