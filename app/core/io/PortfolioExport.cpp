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

qint64 PortfolioExport::run(const Options &o, const std::function<bool(qint64, qint64)> &progress, QString *error)
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
    const QList<CompanySummary> companies = store.list(error);
    if (!error->isEmpty())
        return -1;

    const bool workbook = PortfolioWorkbook::wanted(o.output);
    QTemporaryDir scratch;
    std::unique_ptr<PortfolioWorkbook> book;
    QSaveFile file(o.output);
    if (workbook) {
        if (!scratch.isValid()) {
            *error = tr("%1: cannot write (%2)").arg(o.output, scratch.errorString());
            return -1;
        }
        book = std::make_unique<PortfolioWorkbook>(scratch.filePath(QStringLiteral("portfolio.xlsx")), o.lang);
        if (!book->open(error))
            return -1;
    }
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write (%2)").arg(o.output, file.errorString());
        return -1;
    }
    if (!workbook)
        file.write(ResultCsv::byteOrderMark() + ResultCsv::headerLine());

    qint64 done = 0;
    for (const CompanySummary &c : companies) {
        const std::optional<Profile> p = store.load(c.id, error);
        if (!p) {
            file.cancelWriting();
            return -1;
        }
        const rules::PackChoice choice = rules::RulePacks::instance().choose(*p, o.today);
        if (!choice.pack) {
            *error = tr("no rule pack could be loaded");
            file.cancelWriting();
            return -1;
        }
        const rules::Assessment a = rules::Evaluator::evaluate(*p, choice, o.today);
        const awards::AwardReport awards = awards::AwardCatalog::instance().match(*p, a, a.date);
        if (book)
            book->add(*p, a, awards);
        else if (file.write(ResultCsv::line(*p, a, awards)) < 0)
            break;
        ++done;
        if (progress && !progress(done, companies.size())) {
            file.cancelWriting();
            return -1;
        }
    }
    if (book) {
        if (!book->close(error)) {
            file.cancelWriting();
            return -1;
        }
        QFile made(scratch.filePath(QStringLiteral("portfolio.xlsx")));
        if (!made.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot write (%2)").arg(o.output, made.errorString());
            file.cancelWriting();
            return -1;
        }
        for (QByteArray chunk = made.read(1 << 16); !chunk.isEmpty(); chunk = made.read(1 << 16))
            file.write(chunk);
    }
    if (!file.commit()) {
        *error = tr("%1: cannot write (%2)").arg(o.output, file.errorString());
        return -1;
    }
    return done;
}

} // namespace srdi::io
