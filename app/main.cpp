// SPDX-License-Identifier: GPL-3.0-or-later
// One executable: no arguments opens the window; arguments work headless.
#include "cli/Cli.h"

#include "Language.h"
#include "MainWindow.h"
#include "StartupTrace.h"
#include "i18n/Language.h"

#include <QApplication>
#include <QGuiApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QThread>

#include "awards/AwardCatalog.h"
#include "model/Catalogs.h"
#include "model/FieldHelp.h"
#include "rules/RulePack.h"

#ifdef SRDI_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

#include <chrono>
#include <cstdio>
#include <memory>
#include <thread>

namespace {

void describe()
{
    QCoreApplication::setOrganizationName(QStringLiteral("srdi"));
    QCoreApplication::setApplicationName(QStringLiteral("srdi-assess"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SRDI_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    srdi::ui::startupClock().start();
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    if (srdi::cli::isHeadless(args)) {
        // Laying out the report needs fonts, hence a GUI application; the
        // offscreen platform keeps it headless (no display, no window).
        std::unique_ptr<QCoreApplication> holder;
        if (args.contains(QStringLiteral("--report"))) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            holder = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            holder = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication &app = *holder;
        describe();
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = srdi::cli::Cli::run(app.arguments(), out, err);
        out.flush();
        err.flush();
        return code;
    }

    // What the window reads before it can show anything is read on threads
    // of their own while the application is set up: the region catalog
    // (3,200 entries, compiled by the build) and the industry catalog (the
    // form's and the list's names),
    // the fields' labels and help, the rule packs (every tier, filter and
    // ladder names them) and the award catalog (the first company's
    // standing). The window finds them loaded.
    describe(); // the user's folders of rule and award updates are named by it
    // Qt takes the first thread that asks for its thread data for the main
    // thread: asked here, before the threads below start, it is this one.
    // (Else one of them could be, now and then, and QApplication would be
    // made outside Qt's main thread: its timers and windows misbehave.)
    QThread::currentThread();
    // Two threads of about equal work (by callgrind, 33 M and 43 M
    // instructions). The awards name their regions, so the region catalog
    // comes first on the thread that reads them.
    std::thread regionsAndAwards([awards = srdi::awards::AwardCatalog::userFolder()] {
        srdi::RegionCatalog::instance();
        srdi::awards::AwardCatalog::instance().load(awards);
        srdi::IndustryCatalog::instance();
        srdi::FieldHelp::instance(); // every field's label and help
    });
    // A test keeps this thread alive a while after its work, so that
    // QApplication is made while it runs (test_cli::applicationMadeInTheMainThread).
    const int linger = qEnvironmentVariableIntValue("SRDI_TEST_LOADING_THREAD_LINGER_MS");
    std::thread rulesAndFonts([rules = srdi::rules::RulePacks::userFolder(), linger] {
#ifdef SRDI_FONTCONFIG
        // fontconfig reads its configuration and the list of fonts when the
        // first text is measured (a third of the window's own work before
        // its first paint); read here, Qt's font database finds it done.
        FcInit();
#endif
        srdi::rules::RulePacks::instance().load(rules);
        if (linger > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(linger));
    });
    QApplication app(argc, argv);
    srdi::ui::startupMark("QApplication");
    srdi::ui::applyLanguage(srdi::ui::startupLanguage());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/srdi-assess.svg")));
    srdi::ui::startupMark("language and icon");

    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file, or postgresql://user@host:port/dbname."),
                                QStringLiteral("DB"));
    const QCommandLineOption quitAfterStartup(QStringLiteral("quit-after-startup"),
                                              QStringLiteral("Exit once the window is shown and painted."));
    parser.addOptions({db, quitAfterStartup});
    // Ready before process(), which may end the program (--help, --version).
    rulesAndFonts.join();
    regionsAndAwards.join();
    // A flawed pack of the user's is told in the user's language: its
    // problems were written before the translations were installed.
    if (!srdi::rules::RulePacks::instance().problems().isEmpty())
        srdi::rules::RulePacks::instance().reload();
    srdi::ui::startupMark("rules and awards");
    parser.process(app);

    // --db, else the database last chosen in the window (File ▸ Open shared
    // database…, Open own database), else one's own.
    const QString location =
        parser.isSet(db) ? parser.value(db) : QSettings().value(QStringLiteral("database/last")).toString();
    // On the heap: opening another database replaces the window by a new one.
    auto *window = new srdi::ui::MainWindow(location);
    window->setAttribute(Qt::WA_DeleteOnClose);
    srdi::ui::startupMark("main window built");
    window->show();
    srdi::ui::startupMark("shown");
    if (parser.isSet(quitAfterStartup)) {
        // After the first paint: the frame with the list in it is on the
        // screen (a repaint() of a window not yet exposed paints nothing).
        QObject::connect(window, &srdi::ui::MainWindow::firstPainted, &app, [] {
            srdi::ui::startupMark("first paint");
            srdi::ui::printFirstPaintClock();
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
