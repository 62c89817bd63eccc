// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "Batch.h"
#include "Output.h"
#include "i18n/Language.h"

#include "awards/AwardCatalog.h"
#include "io/JsonInput.h"
#include "io/ProfileJson.h"
#include "report/Report.h"
#include "rules/AssessmentJson.h"
#include "rules/AssessmentText.h"
#include "rules/Evaluator.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace srdi::cli {

namespace {

const QStringList &headlessOptions()
{
    static const QStringList opts = {
        QStringLiteral("--evaluate"), QStringLiteral("--report"), QStringLiteral("--import"), QStringLiteral("--export"),
        QStringLiteral("--help"),     QStringLiteral("-h"),       QStringLiteral("--version"),
        QStringLiteral("-v"),         QStringLiteral("--help-all"),
        QStringLiteral("--batch"),    QStringLiteral("--export-portfolio")};
    return opts;
}

struct Readout
{
    std::optional<Profile> profile;
    int code = Done;
    QStringList fields; // the fields the file gives
};

} // namespace

bool isHeadless(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString a = arguments.at(i).section(u'=', 0, 0);
        if (headlessOptions().contains(a))
            return true;
    }
    return false;
}

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // --lang first: every message from here on, the option help included,
    // is in that language. Without it, the locale's language, as the window.
    QString language = i18n::Language::fromEnvironment();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--lang" && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (a.startsWith(QStringLiteral("--lang=")))
            language = a.mid(7);
    }
    if (i18n::Language::isKnown(language))
        i18n::Language::apply(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("SRDI Self-Assessment: where a company stands on the ladder of quality SMEs."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption evaluate(QStringLiteral("evaluate"), tr("Print the assessment of a profile."),
                                      QStringLiteral("FILE.srdi.json"));
    const QCommandLineOption rules(QStringLiteral("rules"),
                                   tr("Rule pack: 2026 or 2022 (default: the one in force on the assessment date)."),
                                   QStringLiteral("PACK"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: json (default) or text."),
                                    QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language: zh_CN, zh_TW or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption report(QStringLiteral("report"), tr("Write the printable report of a profile as PDF (with --out)."),
                                    QStringLiteral("FILE.srdi.json"));
    const QCommandLineOption import(QStringLiteral("import"), tr("Add or update the company in the database."),
                                    QStringLiteral("FILE.srdi.json"));
    const QCommandLineOption exportOpt(QStringLiteral("export"), tr("Write a company's profile (its id or exact name)."),
                                       QStringLiteral("COMPANY"));
    const QCommandLineOption outOpt(QStringLiteral("out"), tr("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption db(QStringLiteral("db"), tr("Database file (default: the per-user data location), or a shared portfolio on a PostgreSQL server: "
                                   "postgresql://user@host:port/dbname."),
                                QStringLiteral("DB"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   tr("Import and assess many companies: a folder of *.srdi.json files or a CSV "
                                      "file with a row per company (docs/batch-csv.md); one result row each in --out."),
                                   QStringLiteral("DIR|FILE.csv"));
    const QCommandLineOption exportPortfolio(QStringLiteral("export-portfolio"),
                                             tr("Write every company in the database with its assessment: CSV, or a spreadsheet "
                                                "when OUT ends in .xml (Excel and LibreOffice open it)."),
                                             QStringLiteral("OUT.csv|OUT.xml"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     tr("With --import or --batch: a company that exists becomes exactly the file's "
                                        "(fields the file leaves out are cleared). Without it only the fields the "
                                        "file gives change."));
    parser.addOptions({evaluate, report, rules, format, lang, import, exportOpt, outOpt, db, batch, exportPortfolio,
                       replace});

    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return InvalidInput;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return Done;
    }
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Done;
    }
    if (!i18n::Language::isKnown(language)) {
        err << tr("--lang = %1: must be zh_CN, zh_TW or en").arg(language) << Qt::endl;
        return InvalidInput;
    }
    const QDate today = QDate::currentDate();

    auto readProfile = [&](const QString &path) -> Readout {
        // Never more than the largest profile: /dev/zero or a FIFO cannot
        // make this read without end.
        QString error;
        bool tooLarge = false;
        const std::optional<QByteArray> bytes = JsonInput::readFile(path, ProfileJson::kMaxFileBytes, &error, &tooLarge);
        if (!bytes) {
            err << error << Qt::endl;
            return {std::nullopt, tooLarge ? InvalidInput : Failed, {}};
        }
        const ImportResult r = ProfileJson::parse(*bytes, today);
        if (!r.profile) {
            for (const ValidationError &e : r.errors)
                err << path << QStringLiteral(": ") << e.message() << Qt::endl;
            return {std::nullopt, InvalidInput, {}};
        }
        return {r.profile, Done, r.fields};
    };
    auto openDb = [&](Database &database) {
        QString error;
        if (!database.open(&error)) {
            err << error << Qt::endl;
            return false;
        }
        return true;
    };
    const QString dbPath = parser.isSet(db) ? parser.value(db) : Database::defaultPath();

    // An output never replaces the database, its side files or backups, or an
    // input of the same run: refused before anything is read or written.
    {
        OutputGuard guard;
        guard.protectDatabase(dbPath);
        for (const QCommandLineOption *input : {&evaluate, &report, &import, &batch}) {
            if (parser.isSet(*input))
                guard.protectInput(parser.value(*input));
        }
        const std::pair<const QCommandLineOption *, QString> outputs[] = {
            {&outOpt, QStringLiteral("--out")}, {&exportPortfolio, QStringLiteral("--export-portfolio")}};
        for (const auto &[option, name] : outputs) {
            const QString refused = parser.isSet(*option) ? guard.check(name, parser.value(*option)) : QString();
            if (!refused.isEmpty()) {
                err << refused << Qt::endl;
                return InvalidInput;
            }
        }
    }

    // The pack the user named, else the one in force on the assessment date.
    auto choosePack = [&](const Profile &profile, int *code) -> rules::PackChoice {
        auto &packs = rules::RulePacks::instance();
        for (const QString &problem : packs.load())
            err << problem << Qt::endl;
        rules::PackChoice choice;
        auto &pack = choice.pack;
        if (parser.isSet(rules)) {
            choice.reason.id = QStringLiteral("chosen");
            pack = packs.pack(parser.value(rules));
            if (!pack) {
                err << tr("--rules = %1: no such rule pack (known: %2)").arg(parser.value(rules), packs.ids().join(u", "))
                    << Qt::endl;
                *code = InvalidInput;
                return rules::PackChoice();
            }
        } else {
            // The pack in force, or the one that reviews this renewal; the
            // assessment says which and why.
            choice = packs.choose(profile, today);
        }
        if (!pack) {
            err << tr("no rule pack could be loaded") << Qt::endl;
            *code = Failed;
        }
        return choice;
    };

    // A profile file read, assessed under the chosen pack, with the award
    // catalogue loaded (a broken award file in the user folder is skipped, and said).
    struct Assessed
    {
        std::optional<Profile> profile;
        rules::Assessment assessment;
        int code = Done;
    };
    auto assessFile = [&](const QString &path) {
        Assessed out;
        const Readout r = readProfile(path);
        if (!r.profile) {
            out.code = r.code;
            return out;
        }
        const rules::PackChoice choice = choosePack(*r.profile, &out.code);
        if (!choice.pack)
            return out;
        out.profile = r.profile;
        out.assessment = rules::Evaluator::evaluate(*r.profile, choice, today);
        for (const QString &problem : awards::AwardCatalog::instance().load())
            err << problem << Qt::endl;
        return out;
    };

    if (parser.isSet(report)) {
        if (!parser.isSet(outOpt)) {
            err << tr("--report needs --out FILE.pdf") << Qt::endl;
            return InvalidInput;
        }
        const Assessed r = assessFile(parser.value(report));
        if (!r.profile)
            return r.code;
        const rules::Assessment &a = r.assessment;
        const awards::AwardReport matched = awards::AwardCatalog::instance().match(*r.profile, a, a.date);
        report::ReportInput in;
        in.profile = &*r.profile;
        in.assessment = &a;
        in.awards = &matched;
        in.lang = language;
        in.printed = today;
        QString error;
        int pages = 0;
        const QString target = parser.value(outOpt);
        if (!OutputFile::isDirect(target)) {
            if (!report::Report::writePdf(in, target, &error, &pages)) {
                err << error << Qt::endl;
                return Failed;
            }
        } else {
            // Standard output, a device or a FIFO: the PDF is made in a
            // temporary file and then written there as it is.
            const QTemporaryDir scratch;
            const QString pdf = scratch.filePath(QStringLiteral("report.pdf"));
            QFile made(pdf);
            OutputFile file(target);
            if (!scratch.isValid() || !report::Report::writePdf(in, pdf, &error, &pages)) {
                err << (error.isEmpty() ? tr("%1: cannot write (%2)").arg(target, scratch.errorString()) : error) << Qt::endl;
                return Failed;
            }
            if (!made.open(QIODevice::ReadOnly) || !file.open() || file.write(made.readAll()) < 0 || !file.commit()) {
                err << tr("%1: cannot write (%2)").arg(target, file.errorString()) << Qt::endl;
                return Failed;
            }
        }
        (OutputFile::isStandardOutput(target) ? err : out) << tr("%1: %n page(s)", nullptr, pages).arg(target) << Qt::endl;
        return Done;
    }

    if (parser.isSet(evaluate)) {
        const Assessed r = assessFile(parser.value(evaluate));
        if (!r.profile)
            return r.code;
        const rules::Assessment &a = r.assessment;
        const QString fmt = parser.value(format);
        if (fmt == u"text") {
            out << rules::AssessmentText::toText(a, language);
        } else if (fmt == u"json") {
            out << QString::fromUtf8(QJsonDocument(rules::AssessmentJson::toJson(a, language)).toJson(QJsonDocument::Indented));
        } else {
            err << tr("--format = %1: must be json or text").arg(fmt) << Qt::endl;
            return InvalidInput;
        }
        return Done;
    }

    if (parser.isSet(import)) {
        const QString path = parser.value(import);
        const Readout r = readProfile(path);
        if (!r.profile)
            return r.code;
        Database database(dbPath);
        if (!openDb(database))
            return Failed;
        ProfileStore store(database);
        // Only the fields the file gives change, unless --replace says
        // otherwise; a file exported from here comes back as the fields it
        // changed since, a field also changed here meanwhile being a conflict.
        const PatchOutcome outcome = parser.isSet(replace)
                                         ? store.importProfile(*r.profile, r.fields, ImportMode::Replace)
                                         : store.importExported(*r.profile, r.fields);
        if (!outcome.ok) {
            err << outcome.error << Qt::endl;
            return Failed;
        }
        out << (outcome.created              ? tr("added company %1: %2")
                : outcome.applied.isEmpty() ? tr("company %1 unchanged: %2")
                                            : tr("updated company %1: %2"))
                   .arg(outcome.id)
                   .arg(r.profile->company.name)
            << Qt::endl;
        if (!outcome.conflicts.isEmpty()) {
            err << tr("%n field(s) changed both in the file and in the database since the export; the database's "
                      "values were kept (--replace takes the file's):",
                      nullptr, int(outcome.conflicts.size()))
                << Qt::endl;
            for (const QString &key : outcome.conflicts)
                err << QStringLiteral("  ") << tr("%1: in the database %2, in the file %3")
                                               .arg(key, ProfileJson::fieldText(outcome.stored, key),
                                                    ProfileJson::fieldText(*r.profile, key))
                    << Qt::endl;
            return Failed;
        }
        return Done;
    }

    if (parser.isSet(exportOpt)) {
        if (!parser.isSet(outOpt)) {
            err << tr("--export needs --out FILE") << Qt::endl;
            return InvalidInput;
        }
        Database database(dbPath);
        if (!openDb(database))
            return Failed;
        ProfileStore store(database);
        const QString who = parser.value(exportOpt);
        std::optional<qint64> id = store.findByName(who);
        bool isNumber = false;
        const qint64 asId = who.toLongLong(&isNumber);
        if (!id && isNumber && store.load(asId))
            id = asId;
        if (!id) {
            err << tr("--export = %1: no company with that id or exact name").arg(who) << Qt::endl;
            return InvalidInput;
        }
        QString error;
        const auto profile = store.load(*id, &error);
        if (!profile) {
            err << error << Qt::endl;
            return Failed;
        }
        OutputFile file(parser.value(outOpt));
        if (!file.open() || file.write(ProfileJson::serialize(*profile)) < 0 || !file.commit()) {
            err << tr("%1: cannot write (%2)").arg(parser.value(outOpt), file.errorString()) << Qt::endl;
            return Failed;
        }
        // What the file holds, to tell on its return what was changed in it.
        if (!store.recordExport(*id, *profile, &error)) {
            err << error << Qt::endl;
            return Failed;
        }
        return Done;
    }

    if (parser.isSet(batch) || parser.isSet(exportPortfolio)) {
        BatchOptions options;
        options.lang = language;
        options.dbPath = dbPath;
        options.rulesId = parser.isSet(rules) ? parser.value(rules) : QString();
        options.today = today;
        options.replace = parser.isSet(replace);
        if (parser.isSet(exportPortfolio)) {
            options.output = parser.value(exportPortfolio);
            return Batch::exportPortfolio(options, out, err);
        }
        if (!parser.isSet(outOpt)) {
            err << tr("--batch needs --out RESULT.csv") << Qt::endl;
            return InvalidInput;
        }
        options.input = parser.value(batch);
        options.output = parser.value(outOpt);
        return Batch::run(options, out, err);
    }

    err << tr("nothing to do: see --help") << Qt::endl;
    return InvalidInput;
}

} // namespace srdi::cli
