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

#include "model/Catalogs.h"

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

    // The region and industry catalogs (some 3,000 entries of JSON, the
    // form's and the list's names) are read on a thread of their own while
    // the application and the rules are set up: the window finds them ready.
    std::thread catalogs([] {
        srdi::RegionCatalog::instance();
        srdi::IndustryCatalog::instance();
    });
    QApplication app(argc, argv);
    srdi::ui::startupMark("QApplication");
    describe();
    srdi::ui::applyLanguage(srdi::ui::startupLanguage());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/srdi-assess.svg")));
    srdi::ui::startupMark("language and icon");

    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file, or postgresql://user@host:port/dbname."),
                                QStringLiteral("DB"));
    const QCommandLineOption quitAfterStartup(QStringLiteral("quit-after-startup"),
                                              QStringLiteral("Exit once the window is shown and painted."));
    parser.addOptions({db, quitAfterStartup});
    catalogs.join(); // ready (process() may end the program: --help, --version)
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
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
