// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainMessage.h"
#include "MainWindow.h"
#include "StartupTrace.h"

#include "CompanyForm.h"
#include "DocumentChecklistDialog.h"
#include "FormWidgets.h"
#include "Language.h"
#include "ImportCompaniesDialog.h"
#include "ProfileEditor.h"
#include "RestoreDialog.h"
#include "HistoryDialog.h"
#include "SharedDatabaseDialog.h"
#include "SampleProfile.h"
#include "PortfolioChart.h"
#include "PortfolioModel.h"
#include "StandingPanel.h"
#include "SummaryRefresh.h"
#include "WorkInBackground.h"
#include "model/Catalogs.h"
#include "report/Report.h"
#include "i18n/Language.h"
#include "awards/AwardCatalog.h"
#include "io/PortfolioExport.h"
#include "io/ProfileJson.h"
#include "rules/RulePack.h"
#include "rules/AssessmentText.h"
#include "rules/Evaluator.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "storage/ServerAddress.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QTableView>
#include <QStyle>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QSqlDatabase>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <limits>

namespace srdi::ui {

namespace {
} // namespace

namespace {

// The window never larger than the screen it opens on, nor off it: a layout
// saved on a larger screen, or at another scale (QT_SCALE_FACTOR), and the
// default size on a small office screen (1366×768) all fit.
void fitToScreen(QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen || window->isMaximized() || window->isFullScreen())
        return;
    const QRect room = screen->availableGeometry();
    // The frame is known once shown; before, leave room for a title bar.
    const QSize frame = window->isVisible() ? window->frameGeometry().size() - window->geometry().size()
                                            : QSize(0, window->style()->pixelMetric(QStyle::PM_TitleBarHeight));
    QRect g = window->geometry();
    g.setSize(g.size().boundedTo(room.size() - frame).expandedTo(window->minimumSize()));
    g.moveLeft(std::clamp(g.left(), room.left(), std::max(room.left(), room.right() + 1 - g.width())));
    g.moveTop(std::clamp(g.top(), room.top() + frame.height(), std::max(room.top() + frame.height(), room.bottom() + 1 - g.height())));
    if (g != window->geometry())
        window->setGeometry(g);
}

} // namespace

// Adding or deleting a company, undoable. The company keeps its id across
// undo and redo, so that the field edits around it stay valid.
class CompanyCommand : public QUndoCommand
{
public:
    enum Kind { Add, Delete };
    CompanyCommand(MainWindow *w, Kind kind, qint64 id, Profile profile, const QString &text)
        : QUndoCommand(text)
        , m_window(w)
        , m_kind(kind)
        , m_id(id)
        , m_profile(std::move(profile))
    {
    }

    void redo() override
    {
        if (m_first) {
            m_first = false; // done before the push
            return;
        }
        m_kind == Add ? bringBack() : takeAway();
    }
    void undo() override { m_kind == Add ? takeAway() : bringBack(); }

private:
    void bringBack()
    {
        QString error;
        if (!m_window->m_store->restore(m_id, m_profile, &error)) {
            plainWarning(m_window, MainWindow::tr("Undo"), error);
            return;
        }
        m_window->reloadCompanies();
        m_window->selectCompany(m_id);
    }
    void takeAway()
    {
        // What is taken away comes back as it is now, with the edits made since.
        if (auto p = m_window->m_store->load(m_id))
            m_profile = *p;
        QString error;
        if (!m_window->m_store->remove(m_id, &error)) {
            plainWarning(m_window, MainWindow::tr("Undo"), error);
            return;
        }
        m_window->reloadCompanies();
    }

    MainWindow *m_window;
    Kind m_kind;
    qint64 m_id;
    Profile m_profile;
    bool m_first = true;
};

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    const QString path = databasePath.isEmpty() ? Database::defaultPath() : databasePath;
    // A new file of one's own gets the sample company; a shared database never.
    const bool fresh = !ServerAddress::isServerLocation(path) && !QFile::exists(path);
    startupMark("main window: start");
    m_db = std::make_unique<Database>(path);
    // Nothing that reads the whole file or the whole table comes before the
    // first paint: the integrity check runs after it, on a worker thread
    // (afterFirstPaint); opening reads the header and the schema only.
    m_db->setIntegrityCheckDeferred(true);
    // The rules first: the list, the filters and the ladder all name tiers.
    rules::RulePacks::instance().load();
    startupMark("rule packs");
    m_undo = new QUndoStack(this);
    m_settings = new QSettings(this);

    // Left: the companies.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    // Filters for a portfolio of thousands: region, tier reached, within
    // reach of the next tier, a title lapsing soon.
    m_regionFilter = new QComboBox(left);
    m_regionFilter->setObjectName(QStringLiteral("regionFilter"));
    m_tierFilter = new QComboBox(left);
    m_tierFilter->setObjectName(QStringLiteral("tierFilter"));
    for (int i = 0; i < 4; ++i)
        m_tierFilter->addItem(QString(), i);
    m_reachFilter = new QCheckBox(left);
    m_reachFilter->setObjectName(QStringLiteral("reachFilter"));
    m_expiringFilter = new QCheckBox(left);
    m_expiringFilter->setObjectName(QStringLiteral("expiringFilter"));
    m_missingFilter = new QCheckBox(left);
    m_missingFilter->setObjectName(QStringLiteral("missingFilter"));
    // Province → city → district: each offers the places under the one chosen.
    m_cityFilter = new QComboBox(left);
    m_cityFilter->setObjectName(QStringLiteral("cityFilter"));
    m_districtFilter = new QComboBox(left);
    m_districtFilter->setObjectName(QStringLiteral("districtFilter"));
    auto *filters = new QGridLayout;
    filters->addWidget(m_regionFilter, 0, 0);
    filters->addWidget(m_tierFilter, 0, 1);
    filters->addWidget(m_cityFilter, 1, 0);
    filters->addWidget(m_districtFilter, 1, 1);
    // One check box a row: side by side they made the list wider than the
    // form beside it could spare in English.
    filters->setColumnStretch(0, 1);
    filters->setColumnStretch(1, 1);
    filters->addWidget(m_reachFilter, 2, 0, 1, 2);
    filters->addWidget(m_missingFilter, 3, 0, 1, 2);
    filters->addWidget(m_expiringFilter, 4, 0, 1, 2);
    // Middle: the form; right: the standing. Built before the database is
    // open (they get its store after), while the check runs.
    m_editor = new ProfileEditor(nullptr, m_undo, this);
    // Its page is made right after the first frame (afterFirstPaint): a
    // page of fields is the costliest part of that frame, and the first
    // text field with a clear button looks up the icon theme.
    m_form = new CompanyForm(m_editor, this, CompanyForm::FirstPage::Later);
    // "All changes saved" only while nothing typed waits and nothing refused is shown.
    connect(m_form, &CompanyForm::stateChanged, this, &MainWindow::updateTitle);
    startupMark("company form");
    m_standing = new StandingPanel(m_editor, nullptr, this);
    m_details = m_standing->detailView();
    startupMark("standing panel");

    bool opened = m_db->open(&m_openError);
    // A shared database asks for the password when the server wants one
    // (kept in memory only), as often as the server refuses it.
    while (!opened && m_db->isServer() &&
           (m_db->failure() == Database::Failure::PasswordNeeded || m_db->failure() == Database::Failure::Refused) &&
           SharedDatabaseDialog::askPassword(this, m_db->path(), m_openError))
        opened = m_db->open(&m_openError);
    // Backups are offered for damage of one's own file; a server keeps its own.
    if (!opened && (m_db->isServer() || !RestoreDialog::offerAfterFailedOpen(*m_db, m_openError, this))) {
        m_db.reset();
    } else {
        startupMark("database open");
        m_store = std::make_unique<ProfileStore>(*m_db);
        // The very first start: a sample company so that a newcomer sees a working product.
        if (fresh && m_store->count() == 0)
            m_store->insert(sampleProfile(QDate::currentDate().year()));
        // The day's backup, the standings that are not today's (rows stored
        // before the portfolio index existed, other rule packs or award data,
        // another day) and the count come after the first paint.
        startupMark("sample");
    }
    m_editor->setStore(m_store.get());
    m_standing->setStore(m_store.get());
    // The first page only: the rows are counted after the first paint.
    m_portfolio = new PortfolioModel(m_store.get(), this, PortfolioModel::Count::Later);
    m_portfolio->setCounting(PortfolioModel::Count::Later); // counted by recount(), off this thread
    m_countingHint = new QTimer(this);
    m_countingHint->setSingleShot(true);
    m_countingHint->setInterval(300);
    connect(m_countingHint, &QTimer::timeout, this, &MainWindow::redrawSummary);
    startupMark("portfolio model");
    m_list = new QTableView(left);
    m_list->setObjectName(QStringLiteral("companyList"));
    m_list->setWordWrap(false);
    m_list->setModel(m_portfolio);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The model already holds its first page in this order: the indicator is
    // set to match before sorting is switched on, so no second query runs.
    m_list->horizontalHeader()->setSortIndicator(PortfolioModel::Name, Qt::AscendingOrder);
    m_list->setSortingEnabled(true);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    // The name takes the room left; the other columns are as wide as what
    // they can hold (fitListColumns), so none jumps while scrolling.
    m_list->horizontalHeader()->setSectionResizeMode(PortfolioModel::Name, QHeaderView::Stretch);
    // Its first paint is the window's first frame with the list in it: the
    // deferred work starts then (eventFilter).
    m_list->viewport()->installEventFilter(this);
    m_summary = new QLabel(left);
    m_summary->setObjectName(QStringLiteral("portfolioSummary"));
    m_summary->setWordWrap(true);
    m_chart = new PortfolioChart(left);
    auto *buttons = new QHBoxLayout;
    m_addButton = new QPushButton(left);
    m_addButton->setObjectName(QStringLiteral("addCompanyButton"));
    m_duplicateButton = new QPushButton(left);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateCompanyButton"));
    m_deleteButton = new QPushButton(left);
    m_deleteButton->setObjectName(QStringLiteral("deleteCompanyButton"));
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_deleteButton);
    leftLayout->addWidget(m_search);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_chart);
    leftLayout->addLayout(buttons);


    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_form);
    splitter->addWidget(m_standing);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    // The list wide enough for a name, a city and a tier at 1366 px.
    splitter->setSizes({340, 600, 380});
    setCentralWidget(splitter);

    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveStateLabel"));
    statusBar()->addWidget(m_saveState);
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showCompany(m_portfolio->idAt(current.row())); });
    connect(m_portfolio, &QAbstractItemModel::modelReset, this, &MainWindow::updateSummary);
    connect(m_regionFilter, &QComboBox::activated, this, [this] {
        m_cityFilter->setCurrentIndex(0);
        m_districtFilter->setCurrentIndex(0);
        fillRegionFilters();
        applyFilter();
    });
    connect(m_cityFilter, &QComboBox::activated, this, [this] {
        m_districtFilter->setCurrentIndex(0);
        fillRegionFilters();
        applyFilter();
    });
    connect(m_districtFilter, &QComboBox::activated, this, &MainWindow::applyFilter);
    connect(m_missingFilter, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    connect(m_tierFilter, &QComboBox::activated, this, &MainWindow::applyFilter);
    connect(m_reachFilter, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    connect(m_expiringFilter, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    connect(m_addButton, &QPushButton::clicked, this, &MainWindow::addCompany);
    connect(m_duplicateButton, &QPushButton::clicked, this, &MainWindow::duplicateCompany);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteCompany(true); });
    connect(m_editor, &ProfileEditor::profileChanged, this, [this] {
        updateTitle();
    });
    connect(m_editor, &ProfileEditor::whatIfChanged, this, [this](bool on) {
        // What-if edits are not undoable steps; Apply makes one.
        if (auto *a = findChild<QAction *>(QStringLiteral("undoAction")))
            a->setEnabled(!on && m_undo->canUndo());
        if (auto *a = findChild<QAction *>(QStringLiteral("redoAction")))
            a->setEnabled(!on && m_undo->canRedo());
        m_list->setEnabled(!on);
        updateTitle();
    });
    connect(m_editor, &ProfileEditor::companyRequested, this, &MainWindow::selectCompany);
    m_editor->setConflictResolver(
        [this](const QStringList &keys, const Profile &mine, const Profile &theirs) {
            return resolveConflict(keys, mine, theirs);
        });
    connect(m_editor, &ProfileEditor::changedElsewhere, this, [this](const QStringList &keys) {
        QStringList names;
        for (const QString &key : keys)
            names.append(m_form->fieldName(key));
        names.removeDuplicates();
        statusBar()->showMessage(tr("Changed by another window or program, now shown: %1")
                                     .arg(names.join(QStringLiteral(", "))),
                                 15000);
        m_portfolio->refreshCompany(m_editor->companyId());
        updateSummary();
    });
    connect(m_editor, &ProfileEditor::removedElsewhere, this, [this](qint64) {
        statusBar()->showMessage(tr("The company shown was deleted by another window or program."), 15000);
        reloadCompanies();
    });
    m_watch = new QTimer(this);
    m_watch->setObjectName(QStringLiteral("otherWritersTimer"));
    m_watch->setInterval(1000);
    connect(m_watch, &QTimer::timeout, this, &MainWindow::checkOtherWriters);
    if (m_store) {
        m_dataVersion = m_store->dataVersion();
        m_watch->start();
    }
    if (m_db && m_db->isServer()) {
        // A colleague's commit is heard at once (NOTIFY): the list and the
        // open company are read again as soon as the event loop turns, the
        // notices of one burst taken together.
        m_db->setChangeHandler([this] {
            if (m_heardQueued)
                return;
            m_heardQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_heardQueued = false;
                checkOtherWriters();
            });
        });
    }
    connect(m_editor, &ProfileEditor::saved, this, [this] {
        m_saveFailed = false;
        // The list row follows the saved figures: name, tier, score, awards.
        m_portfolio->refreshCompany(m_editor->companyId());
        summaryAfterEdit(m_editor->companyId()); // the counts and bars follow every change
        updateTitle();
    });
    connect(m_editor, &ProfileEditor::saveFailed, this, [this](const QString &message) {
        m_saveFailed = true;
        updateTitle();
        // Said once the edit's own work is done (the form marks the field
        // first: the value stays where it was typed).
        QTimer::singleShot(0, this, [this, message] { offerRetry(message); });
    });
    connect(m_form, &QTabWidget::currentChanged, this, [](int tab) { QSettings().setValue(QStringLiteral("window/lastTab"), tab); });
    // A page made later joins the Tab order at its end, after the standing:
    // put back in its place (the first one is made after the first frame).
    connect(m_form, &CompanyForm::pageBuilt, this, [this] {
        if (m_deferredStarted)
            orderTabs();
    });

    buildMenus();
    retranslate();
    startupMark("menus and texts");
    resize(1320, 820);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    fitToScreen(this);
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_form->setHeldPage(settings.value(QStringLiteral("window/lastTab"), 0).toInt());

    // The model queried its first page when it was made: no second query.
    m_duplicateButton->setEnabled(m_portfolio->rowCount() > 0);
    m_deleteButton->setEnabled(m_portfolio->rowCount() > 0);
    // The company open when the window closed, open again: selected when on
    // the list's first page; else shown in the form without its row (the
    // list is not read down to it before the first paint: at 100,000
    // companies that cost 0.7 s).
    // (Of this database: ids of another one name other companies.)
    const QString lastIn = settings.value(QStringLiteral("window/lastCompanyDatabase")).toString();
    const qint64 last = m_db && (lastIn.isEmpty() || lastIn == m_db->identity())
                            ? settings.value(QStringLiteral("window/lastCompany"), 0).toLongLong()
                            : 0;
    if (last) {
        if (const int row = m_portfolio->fetchedRowOf(last); row >= 0)
            m_list->selectRow(row);
        else if (m_store && m_store->portfolioRow(last))
            showCompany(last);
    }
    if (!m_editor->isOpen() && m_portfolio->rowCount() > 0)
        m_list->selectRow(0);
    m_undo->clear(); // opening is not an edit
    startupMark("first company opened");
    // A window that is not shown is never painted: its deferred work starts
    // once the event loop runs; a shown one's after its first paint, or after
    // two seconds at the latest (a window that starts minimized).
    QTimer::singleShot(0, this, [this] {
        if (!isVisible())
            afterFirstPaint();
    });
    QTimer::singleShot(2000, this, &MainWindow::afterFirstPaint);

    // A user rule pack that was refused is named here as on the command line
    // (file and broken item), never dropped silently: the window would show
    // other rules than the user put in place.
    if (const QStringList problems = rules::RulePacks::instance().problems(); !problems.isEmpty()) {
        statusBar()->showMessage(tr("A rule pack was refused: %1").arg(problems.first()));
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Rule pack refused"),
                                    tr("These rule pack files could not be used and were skipped:") + QStringLiteral("\n\n") +
                                        problems.join(u'\n'),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("rulePackProblemsDialog"));
        box->setTextFormat(Qt::PlainText);
        box->setModal(false);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QTimer::singleShot(0, box, &QWidget::show);
    }
}

MainWindow::~MainWindow()
{
    // A backup being written is stopped (its part removed), the check too.
    stopBackgroundWork();
    // Children that go after this destructor (a cell editor committing as it
    // closes, a popup) must not call back into a window that is half gone.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

bool MainWindow::isDatabaseOpen() const
{
    return m_db != nullptr;
}

void MainWindow::buildMenus()
{
    auto action = [this](QMenu *menu, const char *name, const QKeySequence &key, auto slot) {
        QAction *a = menu->addAction(QString());
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QMenu *file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    action(file, "openSharedAction", QKeySequence(), [this] {
        const QString current = m_db && m_db->isServer() ? m_db->path() : QString();
        const QString uri = SharedDatabaseDialog::choose(this, current);
        if (!uri.isEmpty())
            openDatabase(uri);
    });
    action(file, "openOwnAction", QKeySequence(), [this] { openDatabase(QString()); });
    file->addSeparator();
    action(file, "newAction", QKeySequence::New, [this] { addCompany(); });
    action(file, "duplicateAction", QKeySequence(), [this] { duplicateCompany(); });
    action(file, "deleteAction", QKeySequence(), [this] { deleteCompany(true); });
    file->addSeparator();
    action(file, "importAction", QKeySequence::Open, [this] { importProfile(); });
    action(file, "exportAction", QKeySequence(QStringLiteral("Ctrl+Shift+S")), [this] { exportProfile(); });
    file->addSeparator();
    action(file, "importCompaniesAction", QKeySequence(QStringLiteral("Ctrl+Shift+I")), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import companies"), QString(),
                                                          tr("Company CSV (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importCompanies(path);
    })->setEnabled(m_db != nullptr);
    action(file, "importFolderAction", QKeySequence(), [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Import companies from a folder of profiles"));
        if (!path.isEmpty())
            importCompanies(path);
    })->setEnabled(m_db != nullptr);
    action(file, "exportPortfolioAction", QKeySequence(QStringLiteral("Ctrl+Shift+E")), [this] {
        QString chosen;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export portfolio"), tr("portfolio") + QStringLiteral(".xlsx"),
                                                          tr("Excel workbook (*.xlsx);;CSV (*.csv)"), &chosen);
        if (!path.isEmpty())
            exportPortfolio(path);
    })->setEnabled(m_db != nullptr);
    action(file, "restoreAction", QKeySequence(), [this] {
        if (!m_db)
            return;
        if (m_db->isServer()) {
            // The program's backups are of one's own file; a shared
            // database is backed up on its server, with PostgreSQL's tools.
            plainMessage(this, QMessageBox::Information, tr("Backups of a shared database"),
                         tr("This portfolio is kept in the shared database %1. Its backups are the server's own: "
                            "whoever runs the server backs it up and restores it with PostgreSQL's tools "
                            "(pg_dump and pg_restore; see docs/shared-database.md). This program's daily backups "
                            "are of a database file of one's own.")
                             .arg(m_db->displayName()));
            return;
        }
        // The restore replaces the file: no other connection may read it
        // meanwhile (the day's backup, the check). The restore backs up the
        // current data itself.
        stopBackgroundWork();
        if (RestoreDialog::run(*m_db, this))
            reopenDatabase();
    })->setEnabled(m_db != nullptr);
    file->addSeparator();
    action(file, "printPreviewAction", QKeySequence(), [this] { printPreview(); });
    action(file, "printAction", QKeySequence::Print, [this] { print(); });
    action(file, "exportPdfAction", QKeySequence(QStringLiteral("Ctrl+E")), [this] { exportPdf(); });
    file->addSeparator();
    action(file, "quitAction", QKeySequence::Quit, [this] { close(); });

    QMenu *edit = menuBar()->addMenu(QString());
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *undo = m_undo->createUndoAction(this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence(QStringLiteral("Ctrl+Y"))});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    action(edit, "findAction", QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    action(edit, "historyAction", QKeySequence(QStringLiteral("Ctrl+H")), [this] { showHistory(); });

    QMenu *view = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    QMenu *language = view->addMenu(QString());
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(this);
    for (const QString &lang : i18n::Language::all()) {
        // Each language in its own name, so that anyone can find their way back.
        QAction *a = language->addAction(i18n::Language::nativeName(lang));
        a->setObjectName(QStringLiteral("language_") + lang);
        a->setCheckable(true);
        a->setChecked(lang == currentLanguage());
        a->setData(lang);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [lang] { setCurrentLanguage(lang); });
    }

    QMenu *help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    action(help, "fieldHelpAction", QKeySequence::HelpContents, [this] {
        // F1: the definition of the field that has the focus.
        for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
            const QString path = w->objectName();
            if (m_form->inputFor(path)) {
                const auto buttons = m_form->findChildren<HelpButton *>();
                for (HelpButton *b : buttons) {
                    if (b->path() == path) {
                        b->showHelp();
                        return;
                    }
                }
            }
        }
    });
    action(help, "documentChecklistAction", QKeySequence(), [this] {
        // 资料准备清单: the documents behind every figure the rules read.
        if (!m_editor->isOpen()) {
            statusBar()->showMessage(tr("Select a company first"), 5000);
            return;
        }
        m_form->commitPending();
        DocumentChecklistDialog dialog(m_editor->profile(), this);
        dialog.exec();
    });
    action(help, "aboutAction", QKeySequence(), [this] { about(); });
}

void MainWindow::retranslate()
{
    m_search->setPlaceholderText(tr("Search by name or credit code (Ctrl+F)"));
    {
        const QSignalBlocker block(m_regionFilter);
        const QVariant keep = m_regionFilter->currentData();
        m_regionFilter->clear();
        m_regionFilter->addItem(tr("All regions"), QString());
        for (const Region &r : RegionCatalog::instance().provinces())
            m_regionFilter->addItem(r.name(currentLanguage()), r.code);
        m_regionFilter->setCurrentIndex(std::max(0, m_regionFilter->findData(keep)));
    }
    fillRegionFilters();
    labelForScreenReaders(m_regionFilter, tr("Filter by province"));
    labelForScreenReaders(m_cityFilter, tr("Filter by city"));
    labelForScreenReaders(m_districtFilter, tr("Filter by district or county"));
    labelForScreenReaders(m_tierFilter, tr("Filter by tier reached"));
    m_missingFilter->setText(tr("Inputs missing for the next tier"));
    m_tierFilter->setItemText(0, tr("Any tier"));
    const auto inForce = rules::RulePacks::instance().inForce(QDate::currentDate());
    for (int i = 1; i <= 3; ++i) {
        const QString name = inForce && i <= int(inForce->tiers.size())
                                 ? inForce->tiers.at(std::size_t(i - 1)).name.get(currentLanguage())
                                 : QString::number(i);
        m_tierFilter->setItemText(i, i < 3 ? tr("%1 or above").arg(name) : name);
    }
    //: 下一层级 / 下一層級: the tier above the one reached, never the previous one.
    m_reachFilter->setText(tr("One step from reaching the next tier"));
    m_expiringFilter->setText(tr("Title lapsing within 90 days"));
    m_portfolio->languageChanged();
    fitListColumns();
    redrawSummary();
    m_addButton->setText(tr("New"));
    m_addButton->setToolTip(tr("Add a company (Ctrl+N)"));
    m_duplicateButton->setText(tr("Duplicate"));
    m_duplicateButton->setToolTip(tr("Copy the selected company, without its credit code"));
    m_deleteButton->setText(tr("Delete…"));
    m_deleteButton->setToolTip(tr("Delete the selected company (undo with Ctrl+Z)"));
    auto setText = [this](const char *name, const QString &text) {
        if (auto *a = findChild<QAction *>(QString::fromLatin1(name)))
            a->setText(text);
    };
    auto setTitle = [this](const char *name, const QString &text) {
        if (auto *m = findChild<QMenu *>(QString::fromLatin1(name)))
            m->setTitle(text);
    };
    setTitle("fileMenu", tr("&File"));
    setTitle("editMenu", tr("&Edit"));
    setTitle("viewMenu", tr("&View"));
    setTitle("languageMenu", tr("&Language"));
    setTitle("helpMenu", tr("&Help"));
    for (const QString &lang : i18n::Language::all()) {
        if (auto *a = findChild<QAction *>(QStringLiteral("language_") + lang))
            a->setChecked(lang == currentLanguage());
    }
    setText("newAction", tr("&New company"));
    setText("duplicateAction", tr("D&uplicate company"));
    setText("deleteAction", tr("&Delete company…"));
    setText("importAction", tr("&Import profile…"));
    setText("exportAction", tr("&Export profile…"));
    setText("importCompaniesAction", tr("Import &companies (CSV)…"));
    setText("importFolderAction", tr("Import companies from a &folder…"));
    setText("exportPortfolioAction", tr("Export &portfolio (Excel, CSV)…"));
    setText("openSharedAction", tr("Open &shared database…"));
    setText("openOwnAction", tr("Open &own database"));
    setText("restoreAction", m_db && m_db->isServer() ? tr("&Backups of a shared database…") : tr("&Restore from backup…"));
    setText("historyAction", tr("Company &history…"));
    setText("printPreviewAction", tr("Print pre&view…"));
    setText("printAction", tr("&Print report…"));
    setText("exportPdfAction", tr("Export report as P&DF…"));
    setText("quitAction", tr("&Quit"));
    setText("findAction", tr("&Find company"));
    setText("fieldHelpAction", tr("What counts for this field"));
    setText("documentChecklistAction", tr("&Document checklist…"));
    setText("aboutAction", tr("&About"));
    m_undo->setUndoLimit(500);
    if (!m_db) {
        m_details->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p>")
                               .arg(tr("The database could not be opened").toHtmlEscaped(), m_openError.toHtmlEscaped()));
    }
    m_status->setText(!m_db              ? tr("No database")
                      : m_db->isServer() ? tr("Shared: %1").arg(m_db->displayName())
                                         : tr("Database: %1").arg(m_db->path()));
    m_status->setToolTip(m_db && m_db->isServer()
                             ? tr("A shared database on a PostgreSQL server: colleagues' changes appear within a second")
                             : QString());
    if (auto *own = findChild<QAction *>(QStringLiteral("openOwnAction")))
        own->setEnabled(!m_db || m_db->path() != Database::defaultPath());
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    if (!m_editor || !m_editor->isOpen()) {
        setWindowTitle(tr("SRDI Self-Assessment"));
        m_saveState->clear();
        return;
    }
    const bool pending = m_form->hasPending();
    const bool refused = m_form->hasRefused();
    const QString state = m_editor->isWhatIf() ? tr("what-if, not saved")
                          : m_saveFailed       ? tr("not saved")
                          : refused            ? tr("a value was not saved")
                          : pending            ? tr("typing, not saved yet")
                                               : tr("all changes saved");
    setWindowTitle(tr("%1 — %2 — SRDI Self-Assessment").arg(m_editor->profile().company.name, state));
    m_saveState->setText(m_editor->isWhatIf() ? tr("What-if: changes are not saved until you apply them")
                         : m_saveFailed       ? tr("The last change could not be saved")
                         : refused            ? tr("Not saved: a value shown in red was refused; correct it or undo")
                         : pending            ? tr("Not saved yet: saved when you press Enter or Tab, leave the field or pause")
                                              : tr("All changes saved"));
}

bool MainWindow::checkOtherWriters()
{
    if (!m_store)
        return false;
    if (m_db->isServer() && (m_db->listenerLost() || m_db->connectionLost())) {
        // Colleagues' changes are no longer heard (the server restarted, the
        // network dropped): connect again, at most every few seconds so
        // that a server that stays away does not hold the window up; then
        // read everything again, for what was missed meanwhile.
        if (m_reconnectClock.isValid() && m_reconnectClock.elapsed() < kReconnectEveryMs)
            return false;
        m_reconnectClock.start();
        QString error;
        if (!connectAgain(&error)) {
            statusBar()->showMessage(tr("The connection to the shared database %1 was lost; trying again…")
                                         .arg(m_db->displayName()),
                                     kReconnectEveryMs + 1000);
            return false;
        }
    }
    const qint64 version = m_store->dataVersion();
    if (version < 0 || version == m_dataVersion)
        return false;
    m_dataVersion = version;
    m_editor->refreshFromStore();
    reloadCompanies(); // the list read again: the sums follow (modelReset)
    return true;
}

bool MainWindow::resolveConflict(const QStringList &keys, const Profile &mine, const Profile &theirs)
{
    QStringList lines;
    for (const QString &key : keys) {
        lines.append(tr("%1: yours %2, theirs %3")
                         .arg(m_form->fieldName(key), CompanyForm::valueText(mine, key),
                              CompanyForm::valueText(theirs, key)));
    }
    QMessageBox box(QMessageBox::Warning, tr("Changed by someone else"),
                    tr("Another window or program changed the same field while you edited it:"), QMessageBox::NoButton,
                    this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(lines.join(u'\n'));
    QPushButton *keepTheirs = box.addButton(tr("Keep theirs"), QMessageBox::RejectRole);
    QPushButton *keepMine = box.addButton(tr("Keep mine"), QMessageBox::AcceptRole);
    box.setDefaultButton(keepTheirs); // nothing unseen is overwritten by a stray Enter
    box.exec();
    return box.clickedButton() == keepMine;
}

void MainWindow::reloadCompanies()
{
    // A new day or another writer's companies: the count that follows the
    // reload looks for standings not of today first (off this thread), and
    // recomputes and lists them again.
    m_standingsCheckedOn = QDate();
    reloadList();
}

void MainWindow::reloadList()
{
    const qint64 current = currentCompanyId();
    {
        const QSignalBlocker block(m_list->selectionModel());
        m_portfolio->reload();
    }
    if (current)
        selectCompany(current);
    if (!currentCompanyId()) {
        if (m_portfolio->rowCount() > 0)
            m_list->selectRow(0);
        else
            showCompany(0);
    }
    const bool any = m_portfolio->rowCount() > 0;
    m_duplicateButton->setEnabled(any);
    m_deleteButton->setEnabled(any);
}

void MainWindow::selectCompany(qint64 id)
{
    const int row = m_portfolio->rowOf(id);
    if (row < 0)
        return;
    m_list->selectRow(row);
    m_list->scrollTo(m_portfolio->index(row, 0));
}

qint64 MainWindow::currentCompanyId() const
{
    return m_portfolio->idAt(m_list->currentIndex().row());
}

void MainWindow::applyFilter()
{
    PortfolioFilter f;
    f.text = m_search->text();
    // The most local place chosen.
    f.region = m_districtFilter->currentData().toString();
    if (f.region.isEmpty())
        f.region = m_cityFilter->currentData().toString();
    if (f.region.isEmpty())
        f.region = m_regionFilter->currentData().toString();
    f.missingData = m_missingFilter->isChecked();
    f.minRank = m_tierFilter->currentData().toInt();
    f.withinReach = m_reachFilter->isChecked();
    f.titleExpiring = m_expiringFilter->isChecked();
    f.today = QDate::currentDate();
    const qint64 current = m_editor->companyId();
    // The standings are today's (made with every write; a new day's are
    // found stale and recomputed by the count that follows the filter).
    {
        const QSignalBlocker block(m_list->selectionModel());
        m_portfolio->setFilter(f);
    }
    // The company being edited stays open; it stays selected if listed on
    // the page read (not searched for page by page through a large list).
    const int row = current ? m_portfolio->fetchedRowOf(current) : -1;
    if (row >= 0) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->selectRow(row);
    }
}

void MainWindow::fillRegionFilters()
{
    const QString lang = currentLanguage();
    const RegionCatalog &catalog = RegionCatalog::instance();
    auto fill = [&](QComboBox *box, const QString &all, const QList<Region> &places) {
        const QSignalBlocker block(box);
        const QVariant keep = box->currentData();
        box->clear();
        box->addItem(all, QString());
        for (const Region &r : places)
            box->addItem(r.name(lang), r.code);
        box->setCurrentIndex(std::max(0, box->findData(keep)));
        box->setEnabled(!places.isEmpty());
    };
    const QString province = m_regionFilter->currentData().toString();
    fill(m_cityFilter, tr("All cities"), province.isEmpty() ? QList<Region>() : catalog.cities(province));
    const QString city = m_cityFilter->currentData().toString();
    fill(m_districtFilter, tr("All districts"), city.isEmpty() ? QList<Region>() : catalog.counties(city));
}

void MainWindow::fitListColumns()
{
    // Measured on the values a column can take (the provinces, the tiers, a
    // large sum), never on the rows: measuring hundreds of fetched rows cost
    // more than the rest of start-up. A longer city name is elided; its
    // tooltip holds the whole path.
    QHeaderView *header = m_list->horizontalHeader();
    const QFontMetrics fm(m_list->font());
    const int margin = 2 * m_list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list) + fm.averageCharWidth() * 2;
    const QString lang = currentLanguage();
    auto fit = [&](int column, const QStringList &values, int cap = QWIDGETSIZE_MAX) {
        int width = 0;
        for (const QString &v : values)
            width = std::max(width, fm.horizontalAdvance(v) + margin);
        header->resizeSection(column, std::max(header->sectionSizeHint(column), std::min(width, cap)));
    };
    // Most cities and provinces fit in five characters; 新疆维吾尔自治区 is elided.
    QStringList provinces;
    for (const Region &r : RegionCatalog::instance().provinces())
        provinces.append(r.name(lang));
    fit(PortfolioModel::Region, provinces, fm.horizontalAdvance(QString(5, QChar(0x56FD))) + margin);
    // Names of a portfolio often share their first characters (安吉传动部件0841…):
    // room for twelve characters tells them apart; the full name is in the tooltip.
    header->resizeSection(PortfolioModel::Name, fm.horizontalAdvance(QString(12, QChar(0x56FD))) + margin);
    fit(PortfolioModel::Tier, {m_portfolio->tierName(0, true), m_portfolio->tierName(1, true),
                               m_portfolio->tierName(2, true), m_portfolio->tierName(3, true)});
    fit(PortfolioModel::Score, {QStringLiteral("100")});
    fit(PortfolioModel::Awards, {rules::Format(lang).money(Rational(99'990'000))});
}

QStringList MainWindow::chartNames() const
{
    QStringList names{tr("No tier")};
    const auto pack = rules::RulePacks::instance().inForce(QDate::currentDate());
    for (int i = 0; i < 3; ++i)
        names.append(pack && i < int(pack->tiers.size()) ? pack->tiers.at(std::size_t(i)).name.get(currentLanguage())
                                                          : QString::number(i + 1));
    return names;
}

void MainWindow::updateSummary()
{
    ++m_sumsGeneration;
    m_sumsValid = false;
    m_partId = 0;
    // One count for all that asked in this turn of the event loop (another
    // writer's change reloads the list and may refresh the open company).
    if (m_store && m_countsAllowed && !m_recountQueued) {
        m_recountQueued = true;
        if (!m_countingHint->isActive())
            m_countingHint->start();
        QTimer::singleShot(0, this, [this] {
            m_recountQueued = false;
            recount();
        });
    }
    redrawSummary();
}

void MainWindow::redrawSummary()
{
    if (!m_store) {
        m_summary->setEnabled(true);
        showSummary({});
        return;
    }
    // Until counted: no number rather than a wrong one. While a count for a
    // new filter or another writer's change runs, the last figures stay,
    // greyed, for a moment (no flicker at every letter typed in the search),
    // then give way to "Counting…".
    const bool stale = !m_sumsValid && (!m_summaryReady || !m_sumsShown || !m_countingHint->isActive());
    if (stale) {
        m_summary->setEnabled(true);
        m_summary->setText(tr("Counting the companies…"));
        m_chart->setCounts(chartNames(), {});
        return;
    }
    m_summary->setEnabled(m_sumsValid);
    showSummary(m_sums);
}

void MainWindow::summaryAfterEdit(qint64 id)
{
    if (!m_store || id == 0)
        return;
    // The sums less the company's part before the edit, plus its part after
    // it: one row read, whatever the size of the portfolio. Exact only when
    // the sums and the part are of the current data: else counted again.
    if (!m_sumsValid || m_countThread.joinable() || m_partId != id) {
        updateSummary();
        return;
    }
    PortfolioFilter only = m_portfolio->filter();
    only.company = id;
    const PortfolioSummary now = m_store->portfolioSummary(only);
    m_sums -= m_part;
    m_sums += now;
    m_part = now;
    redrawSummary();
}

void MainWindow::takeOpenPart()
{
    m_partId = 0;
    const qint64 id = m_editor->companyId();
    if (!m_store || !m_sumsValid || id == 0 || m_countThread.joinable())
        return;
    PortfolioFilter only = m_portfolio->filter();
    only.company = id;
    m_part = m_store->portfolioSummary(only);
    m_partId = id;
}

void MainWindow::showSummary(const PortfolioSummary &s)
{
    const QStringList names = chartNames();
    const rules::Format fmt(currentLanguage());
    //: 下一层级 / 下一層級: the tier above the one reached, never the previous one.
    const int holding = s.perHeld[1] + s.perHeld[2] + s.perHeld[3];
    m_summary->setText(tr("Companies listed: %n; one step from reaching the next tier: %1; inputs missing for the next "
                          "tier: %2; holding a valid title: %3; a title lapsing within 90 days: %4; awards claimable now: %5",
                          nullptr, s.total)
                           .arg(s.withinReach)
                           .arg(s.missingData)
                           .arg(holding)
                           .arg(s.titleExpiring)
                           .arg(fmt.money(Rational(s.awardsNowYuan))));
    m_chart->setCounts(names, {s.perRank[0], s.perRank[1], s.perRank[2], s.perRank[3]});
}

void MainWindow::showCompany(qint64 id)
{
    if (!m_store)
        return;
    if (id == 0) {
        m_editor->close();
        return;
    }
    if (id == m_editor->companyId())
        return;
    QString error;
    if (!m_editor->open(id, &error)) {
        m_details->setPlainText(error);
        return;
    }
    takeOpenPart();
    // Remembered for the next start. Not written here: writing the settings
    // file locks it and syncs it to disk, a wait on every company chosen
    // (and before the window's first frame); QSettings writes it when the
    // event loop turns, and when the window goes.
    const QString database = m_db ? m_db->identity() : QString();
    if (m_settings->value(QStringLiteral("window/lastCompany")).toLongLong() != id)
        m_settings->setValue(QStringLiteral("window/lastCompany"), id);
    if (m_settings->value(QStringLiteral("window/lastCompanyDatabase")).toString() != database)
        m_settings->setValue(QStringLiteral("window/lastCompanyDatabase"), database);
}

qint64 MainWindow::addCompany()
{
    if (!m_store)
        return 0;
    Profile p;
    p.assessmentYear = QDate::currentDate().year();
    p.company.name = tr("New company");
    QString error;
    const auto id = m_store->insert(p, &error);
    if (!id) {
        plainWarning(this, tr("New company"), error);
        return 0;
    }
    m_undo->push(new CompanyCommand(this, CompanyCommand::Add, *id, p, tr("Add %1").arg(p.company.name)));
    reloadCompanies();
    selectCompany(*id);
    m_form->setCurrentIndex(0);
    if (QWidget *name = m_form->inputFor(QStringLiteral("company.name"))) {
        name->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(name))
            line->selectAll();
    }
    return *id;
}

qint64 MainWindow::duplicateCompany()
{
    if (!m_store || !m_editor->isOpen())
        return 0;
    Profile p = m_editor->profile();
    p.company.name = tr("%1 (copy)").arg(p.company.name);
    p.company.creditCode.reset(); // credit codes are unique
    QString error;
    const auto id = m_store->insert(p, &error);
    if (!id) {
        plainWarning(this, tr("Duplicate company"), error);
        return 0;
    }
    m_undo->push(new CompanyCommand(this, CompanyCommand::Add, *id, p, tr("Duplicate %1").arg(p.company.name)));
    reloadCompanies();
    selectCompany(*id);
    return *id;
}

bool MainWindow::deleteCompany(bool confirm)
{
    if (!m_store || !m_editor->isOpen())
        return false;
    const qint64 id = m_editor->companyId();
    const Profile p = m_editor->profile();
    if (confirm) {
        QMessageBox box(QMessageBox::Warning, tr("Delete company"),
                        tr("Delete “%1” and all its figures?").arg(p.company.name), QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText); // a name is text, never markup
        box.setInformativeText(tr("You can undo this with Ctrl+Z while the window is open."));
        QPushButton *yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != yes)
            return false;
    }
    QString error;
    if (!m_store->remove(id, &error)) {
        plainWarning(this, tr("Delete company"), error);
        return false;
    }
    m_undo->push(new CompanyCommand(this, CompanyCommand::Delete, id, p, tr("Delete %1").arg(p.company.name)));
    m_editor->close();
    reloadCompanies();
    return true;
}

bool MainWindow::importFile(const QString &path)
{
    if (!m_store)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        plainWarning(this, tr("Import profile"), tr("%1 cannot be read: %2").arg(path, f.errorString()));
        return false;
    }
    const ImportResult r = ProfileJson::parse(f.read(ProfileJson::kMaxFileBytes + 1), QDate::currentDate());
    if (!r.profile) {
        QStringList lines;
        for (const ValidationError &e : r.errors)
            lines.append(m_form->describe(e));
        plainWarning(this, tr("Import profile"),
                             tr("Nothing was imported from %1:\n\n%2").arg(path, lines.join(u'\n')));
        return false;
    }
    const Profile &incoming = *r.profile;
    if (const auto existing = m_store->match(incoming)) {
        // An update of a known company is one undoable edit of it.
        selectCompany(*existing);
        if (m_editor->companyId() != *existing)
            showCompany(*existing); // not on the page of the list read so far
        if (m_editor->companyId() != *existing)
            return false;
        // Only the fields the file gives change; the rest stay as stored.
        // A copy exported from here and changed away from the office comes
        // back as what was changed in it since: a field changed both there
        // and here (to another value) is a conflict, shown, not overwritten.
        QStringList keys = r.fields;
        QStringList conflicts;
        if (const std::optional<Profile> base = m_store->exportedCopy(*existing, incoming)) {
            const Patch offline = Patch::between(*base, incoming);
            conflicts = offline.conflictsWith(m_editor->profile());
            keys.clear();
            for (const QString &key : offline.keys()) {
                if (!conflicts.contains(key))
                    keys.append(key);
            }
        }
        const auto apply = [&](const QStringList &fields) {
            const Patch patch = Patch::setting(incoming, fields);
            const auto problems = m_editor->edit(QStringLiteral("import"), tr("Import %1").arg(incoming.company.name),
                                                 [&](Profile &p) { patch.applyTo(p); });
            if (problems.isEmpty())
                return true;
            QStringList lines;
            for (const ValidationError &e : problems)
                lines.append(m_form->describe(e));
            plainWarning(this, tr("Import profile"), lines.join(u'\n'));
            return false;
        };
        if (!keys.isEmpty() && !apply(keys))
            return false;
        if (!conflicts.isEmpty() && resolveImportConflicts(conflicts, incoming) && !apply(conflicts))
            return false;
        statusBar()->showMessage(tr("Updated %1").arg(incoming.company.name), 5000);
        return true;
    }
    QString error;
    const auto id = m_store->insert(incoming, &error);
    if (!id) {
        plainWarning(this, tr("Import profile"), error);
        return false;
    }
    m_undo->push(new CompanyCommand(this, CompanyCommand::Add, *id, incoming, tr("Import %1").arg(incoming.company.name)));
    reloadCompanies();
    selectCompany(*id);
    statusBar()->showMessage(tr("Added %1").arg(incoming.company.name), 5000);
    return true;
}

int MainWindow::importCompanies(const QString &path)
{
    if (!m_db)
        return QDialog::Rejected;
    ImportCompaniesDialog dialog(m_db->path(), path, this);
    connect(&dialog, &ImportCompaniesDialog::companiesChanged, this, [this] { reloadCompanies(); });
    const int result = dialog.exec();
    reloadCompanies();
    return result;
}

qint64 MainWindow::exportPortfolio(const QString &path)
{
    if (!m_db)
        return -1;
    io::PortfolioExport::Options options;
    options.databasePath = m_db->path();
    options.output = path;
    options.lang = currentLanguage();
    options.today = QDate::currentDate();
    // The packs and the award catalogue are loaded here, before the worker reads them.
    rules::RulePacks::instance().load();
    awards::AwardCatalog::instance().load();
    WorkProgress progress;
    qint64 written = -1;
    QString error;
    WorkInBackground::run(this, tr("Exporting the portfolio…"), QStringLiteral("exportProgressDialog"), 300, progress, [&] {
        written = io::PortfolioExport::run(options, [&](qint64 n, qint64 all) {
            progress.done = n;
            progress.total = all;
            return !progress.stop.load();
        }, &error);
    });
    if (written < 0) {
        if (!error.isEmpty())
            plainWarning(this, tr("Export portfolio"), error);
        else
            statusBar()->showMessage(tr("Export stopped: nothing was written"), 5000);
        return -1;
    }
    statusBar()->showMessage(tr("%n company(ies) exported to %1", nullptr, int(written)).arg(QDir::toNativeSeparators(path)), 8000);
    return written;
}

bool MainWindow::resolveImportConflicts(const QStringList &keys, const Profile &incoming)
{
    QStringList lines;
    for (const QString &key : keys) {
        lines.append(tr("%1: here %2, in the file %3")
                         .arg(m_form->fieldName(key), CompanyForm::valueText(m_editor->profile(), key),
                              CompanyForm::valueText(incoming, key)));
    }
    QMessageBox box(QMessageBox::Warning, tr("Changed in both places"),
                    tr("%n field(s) of “%1” were changed both in the file and here since the file was exported. "
                       "The values here were kept:",
                       nullptr, int(keys.size()))
                        .arg(incoming.company.name),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("importConflictDialog"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(lines.join(u'\n'));
    QPushButton *keep = box.addButton(tr("Keep the values here"), QMessageBox::RejectRole);
    QPushButton *take = box.addButton(tr("Take the file's"), QMessageBox::AcceptRole);
    box.setDefaultButton(keep); // nothing is overwritten by a stray Enter
    box.exec();
    return box.clickedButton() == take;
}

void MainWindow::offerRetry(const QString &message)
{
    if (m_retryShown)
        return; // one question for a burst of failed saves
    m_retryShown = true;
    const bool lost = m_db && m_db->connectionLost();
    const bool unsaved = m_form->hasUnsaved();
    // A lost connection is said in the user's words; what the server's
    // library said (in its own language) is kept under Show Details.
    QMessageBox box(QMessageBox::Warning, tr("Not saved"),
                    lost ? tr("Not saved: the connection to the shared database %1 was lost.").arg(m_db->displayName())
                         : message,
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("notSavedDialog"));
    box.setTextFormat(Qt::PlainText);
    if (lost)
        box.setDetailedText(message);
    if (lost)
        box.setInformativeText(tr("What you typed stays in its field; Retry connects again and saves it."));
    else if (unsaved)
        box.setInformativeText(tr("What you typed stays in its field; Retry saves it again."));
    QPushButton *retry = lost || unsaved ? box.addButton(tr("Retry"), QMessageBox::AcceptRole) : nullptr;
    box.addButton(retry ? tr("Later") : tr("OK"), QMessageBox::RejectRole);
    if (retry)
        box.setDefaultButton(retry);
    box.exec();
    m_retryShown = false;
    if (retry && box.clickedButton() == retry)
        retrySaving();
}

bool MainWindow::connectAgain(QString *error)
{
    if (!m_db->reconnect(error))
        return false;
    m_reconnectClock.invalidate();
    statusBar()->showMessage(tr("Connected again to %1").arg(m_db->displayName()), 8000);
    // Whatever others committed meanwhile is read at the next look.
    m_dataVersion = std::numeric_limits<qint64>::min();
    return true;
}

bool MainWindow::retrySaving()
{
    if (!m_db || !m_store)
        return false;
    if (QString error; m_db->connectionLost() && !connectAgain(&error)) {
        QTimer::singleShot(0, this, [this, error] { offerRetry(error); });
        return false;
    }
    m_saveFailed = false;
    const int left = m_form->retryUnsaved(); // a failure again asks again (saveFailed)
    if (left == 0) {
        // What others committed while the connection was down.
        m_dataVersion = std::numeric_limits<qint64>::min();
        checkOtherWriters();
    }
    updateTitle();
    return left == 0;
}

void MainWindow::showHistory()
{
    if (!m_store || !m_editor->isOpen()) {
        statusBar()->showMessage(tr("Select a company first"), 5000);
        return;
    }
    m_form->commitPending();
    QString error;
    const QList<HistoryEntry> entries = m_store->history(m_editor->companyId(), 500, &error);
    if (!error.isEmpty()) {
        plainWarning(this, tr("Company history"), error);
        return;
    }
    HistoryDialog dialog(m_editor->profile().company.name, entries,
                         [this](const QString &key) { return m_form->fieldName(key); }, this);
    dialog.exec();
}

MainWindow *MainWindow::openDatabase(const QString &location)
{
    m_form->commitPending(); // what is typed goes to the database it was typed for
    auto *next = new MainWindow(location);
    next->setAttribute(Qt::WA_DeleteOnClose);
    if (!next->isDatabaseOpen()) {
        const QString why = next->m_openError;
        delete next;
        if (!why.isEmpty())
            plainWarning(this, tr("Open database"), why);
        return nullptr;
    }
    // The next start opens it again (a server's URI without its password).
    QSettings().setValue(QStringLiteral("database/last"), location.isEmpty() ? QString() : next->m_db->path());
    next->show();
    close();
    return next;
}

void MainWindow::importProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import profile"), QString(),
                                                      tr("SRDI profiles (*.srdi.json *.json)"));
    if (!path.isEmpty())
        importFile(path);
}

void MainWindow::exportProfile()
{
    if (!m_store || !m_editor->isOpen())
        return;
    const Profile &profile = m_editor->profile();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export profile"), profile.company.name + QStringLiteral(".srdi.json"),
                                                      tr("SRDI profiles (*.srdi.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ProfileJson::serialize(profile)) < 0 || !file.commit()) {
        plainWarning(this, tr("Export profile"), tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return;
    }
    // The copy is kept, so that the file changed away from the office comes
    // back as what was changed in it (conflicts shown, not overwritten).
    QString error;
    if (!m_store->recordExport(m_editor->companyId(), profile, &error))
        statusBar()->showMessage(tr("Exported to %1, but the copy was not recorded: %2").arg(path, error), 8000);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
}

bool MainWindow::withReport(const std::function<void(const report::ReportInput &)> &use)
{
    if (!m_editor->isOpen() || m_standing->assessments().isEmpty()) {
        statusBar()->showMessage(tr("Select a company first"), 5000);
        return false;
    }
    // The report shows what the screen shows: the language and the rule pack
    // chosen (the first of two side by side).
    report::ReportInput in;
    in.profile = &m_editor->profile();
    in.assessment = &m_standing->assessments().first();
    in.lang = currentLanguage();
    in.printed = QDate::currentDate();
    in.awards = &m_standing->awards();
    use(in);
    return true;
}

void MainWindow::printPreview()
{
    withReport([this](const report::ReportInput &in) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(report::Report::pageLayout());
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print preview"));
        dialog.resize(900, 1000);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&in](QPrinter *p) { report::Report::paint(in, *p); });
        dialog.exec();
    });
}

void MainWindow::print()
{
    withReport([this](const report::ReportInput &in) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(report::Report::pageLayout());
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            report::Report::paint(in, printer);
    });
}

void MainWindow::exportPdf()
{
    withReport([this](const report::ReportInput &in) {
        const QString suggested = in.profile->company.name + QStringLiteral(".pdf");
        const QString path = QFileDialog::getSaveFileName(this, tr("Export report as PDF"), suggested, tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        QString error;
        int pages = 0;
        if (!report::Report::writePdf(in, path, &error, &pages))
            plainWarning(this, tr("Export report as PDF"), error);
        else
            statusBar()->showMessage(tr("Report written to %1 (%n page(s))", nullptr, pages).arg(path), 8000);
    });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            importFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

void MainWindow::about()
{
    // Everything a support request needs: the version, the rules in use and
    // where the data is.
    const QString lang = currentLanguage();
    const rules::Format fmt(lang);
    auto path = [](const QString &p) { return QDir::toNativeSeparators(p).toHtmlEscaped(); };

    QString text = tr("<h3>SRDI Self-Assessment %1</h3><p>Where a company stands on the ladder of quality SMEs, "
                      "and what it takes to reach the next tier.</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped());

    auto &packs = rules::RulePacks::instance();
    QString list;
    for (const QString &id : packs.ids()) {
        const auto p = packs.pack(id);
        if (!p)
            continue;
        QString line = p->until.isValid()
                           ? tr("%1: %2 (%3), in force from %4 to %5")
                                 .arg(id, p->title.get(lang), fmt.script(p->document),
                                      p->effective.toString(Qt::ISODate), p->until.toString(Qt::ISODate))
                           : tr("%1: %2 (%3), in force from %4")
                                 .arg(id, p->title.get(lang), fmt.script(p->document),
                                      p->effective.toString(Qt::ISODate));
        line = line.toHtmlEscaped();
        if (!p->verified)
            line += QStringLiteral(" <i>%1</i>").arg(tr("(not yet checked against the official text)").toHtmlEscaped());
        list += QStringLiteral("<li>%1</li>").arg(line);
    }
    text += list.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("No rule pack could be loaded.").toHtmlEscaped())
                           : QStringLiteral("<p>%1</p><ul>%2</ul>").arg(tr("Rule packs loaded:").toHtmlEscaped(), list);

    QStringList where;
    if (m_db)
        where << tr("Database: %1").arg(path(m_db->path()));
    where << tr("Updated rule packs: %1").arg(path(rules::RulePacks::userFolder()))
          << tr("Settings: %1").arg(path(QSettings().fileName()));
    text += QStringLiteral("<p>%1</p>").arg(where.join(QStringLiteral("<br>")));

    text += QStringLiteral("<p>%1</p><p>%2</p>")
                .arg(tr("Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). "
                        "This program comes with no warranty.")
                         .toHtmlEscaped(),
                     tr("Built with Qt %1, running on Qt %2.")
                         .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
                         .toHtmlEscaped());

    QMessageBox::about(this, tr("About SRDI Self-Assessment"), text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_form->commitPending(); // what is typed is kept
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    settings.setValue(QStringLiteral("window/lastTab"), m_form->currentIndex());
    QMainWindow::closeEvent(event);
}

// After a restore: the database holds other data now; nothing shown or
// undoable refers to the data that was replaced.
bool MainWindow::reopenDatabase()
{
    if (!m_db)
        return false;
    m_editor->close();
    m_undo->clear();
    if (!m_db->isOpen() && !m_db->open(&m_openError))
        plainWarning(this, tr("The database could not be opened"), m_openError);
    else
        m_openError.clear();
    if (m_db->isOpen() && m_store)
        m_store->refreshSummaries(); // a restored backup may predate the portfolio index
    if (m_store)
        m_dataVersion = m_store->dataVersion();
    // "Counting…" until the count of what is in the file now arrives.
    m_summaryReady = m_store == nullptr;
    m_countsAllowed = true;
    m_stopWork = false; // the background work was stopped for the restore
    reloadCompanies();
    retranslate();
    return m_db->isOpen();
}

namespace {

// The daily backup's pace (setDailyBackupPace): SQLite's default step.
int s_backupPagesPerStep = Backup::kPagesPerStep;
int s_backupPauseMs = 0;

} // namespace

void MainWindow::setDailyBackupPace(int pagesPerStep, int pauseMs)
{
    s_backupPagesPerStep = std::max(pagesPerStep, 1);
    s_backupPauseMs = std::max(pauseMs, 0);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_deferredStarted && m_list && watched == m_list->viewport()) {
        // The list is being painted for the first time: what waited for it
        // starts once this frame is on the screen.
        startupMark("list painted");
        QTimer::singleShot(0, this, [this] {
            if (m_deferredStarted)
                return;
            emit firstPainted();
            afterFirstPaint();
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::orderTabs()
{
    QList<QWidget *> order{m_search,     m_regionFilter,   m_tierFilter,   m_cityFilter,
                           m_districtFilter, m_reachFilter, m_missingFilter, m_expiringFilter,
                           m_list,       m_addButton,      m_duplicateButton, m_deleteButton};
    // The form's and the standing's own order is the order they were made
    // in (within a page, top to bottom), read from the window's chain.
    const auto madeUnder = [this](QWidget *root) {
        QList<QWidget *> out;
        for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
            if (root->isAncestorOf(w) && w->focusPolicy() & Qt::TabFocus && !w->focusProxy())
                out.append(w);
        }
        return out;
    };
    order += madeUnder(m_form);
    order += madeUnder(m_standing);
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

void MainWindow::afterFirstPaint()
{
    if (m_deferredStarted)
        return;
    m_deferredStarted = true;
    // (Its icon is looked up in the icon theme: a few milliseconds, and an
    // empty search box shows no clear button.)
    m_search->setClearButtonEnabled(true);
    // A page made orders the Tab chain (pageBuilt); one made already (asked
    // for before the first frame) did not.
    if (!m_form->buildShownPage())
        orderTabs();
    startupMark("form page made");
    if (!m_store) {
        m_summaryReady = true;
        return;
    }
    startupMark("after the first paint");
    if (m_db->isServer()) {
        // A server keeps its data sound itself, and backs it up itself:
        // nothing to check or copy here; counting starts at once.
        refreshAndCount();
        return;
    }
    // The whole file's integrity first, on a connection and a thread of its
    // own: nothing the start does writes into the file before it passed.
    m_stopWork = false;
    m_checkThread = std::thread([this, path = m_db->path()] {
        const Database::IntegrityCheck check = Database::checkIntegrity(path, &m_stopWork);
        QMetaObject::invokeMethod(this, [this, check] { integrityCheckArrived(check); }, Qt::QueuedConnection);
    });
}

void MainWindow::integrityCheckArrived(const Database::IntegrityCheck &check)
{
    if (m_checkThread.joinable())
        m_checkThread.join();
    if (check.stopped || !m_db || !m_db->isOpen())
        return;
    startupMark("integrity checked");
    emit integrityChecked(check.ok);
    if (check.ok) {
        // The day's copy of the data as it was (its snapshot is taken as it
        // starts, before the standings below are written); only a sound
        // file is backed up, for a copy of a damaged one would rotate a good
        // backup away.
        startDailyBackup();
        refreshAndCount();
        return;
    }
    // Damage found after the window was built: said as when opening finds
    // it, with the newest backup offered; without a restore, no data is
    // shown (nothing more is read from or written to the damaged file).
    m_form->commitPending();
    m_watch->stop();
    m_editor->close();
    m_undo->clear();
    m_db->closeAsFailed(check.failure);
    m_openError = check.error;
    if (RestoreDialog::offerAfterFailedOpen(*m_db, m_openError, this)) {
        reopenDatabase();
        if (m_store) {
            m_watch->start();
            startDailyBackup();
        }
        return;
    }
    dropDatabase();
}

void MainWindow::refreshAndCount()
{
    // The check passed: the standings not of today, the count and the sums.
    m_countsAllowed = true;
    m_standingsCheckedOn = QDate();
    updateSummary();
}

void MainWindow::recount()
{
    if (!m_store || !m_countsAllowed || m_stopWork.load())
        return;
    if (m_countThread.joinable())
        return; // countsArrived starts another: the generation moved on
    if (!m_countingHint->isActive())
        m_countingHint->start();
    const quint64 generation = m_sumsGeneration;
    const QDate today = QDate::currentDate();
    const bool checkStandings = m_standingsCheckedOn != today;
    m_countThread = std::thread([this, generation, today, checkStandings, path = m_db->path(),
                                 filter = m_portfolio->filter()] {
        Counts counts;
        {
            // A connection of its own (SQLite connections are not shared
            // between threads), stopped mid-query when the window closes.
            Database db(path);
            db.setIntegrityCheckDeferred(true); // checked already
            db.setListening(false);             // reads once; the window hears the others
            if (db.open(nullptr)) {
                db.interruptWhen(&m_stopWork);
                const ProfileStore own(db);
                QString error;
                if (checkStandings)
                    counts.stale = own.staleSummaries(today, &error);
                if (counts.stale.isEmpty() && error.isEmpty()) {
                    // One read transaction: the count and the sums of one state.
                    QSqlDatabase handle = db.handle();
                    handle.transaction();
                    counts.total = own.portfolioCount(filter);
                    counts.summary = own.portfolioSummary(filter);
                    handle.commit();
                    counts.counted = !m_stopWork.load();
                }
            }
        }
        QMetaObject::invokeMethod(
            this, [this, counts, generation, today, checkStandings] {
                countsArrived(counts, generation, checkStandings ? today : QDate());
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::countsArrived(const Counts &counts, quint64 generation, const QDate &checkedOn)
{
    if (m_countThread.joinable())
        m_countThread.join();
    if (!m_store || m_stopWork.load())
        return;
    if (!counts.stale.isEmpty() && !m_refreshTried) {
        // Standings of another day (or rows missing): recomputed, with a
        // progress dialog when there are many, then counted again.
        m_refreshTried = true;
        SummaryRefresh::run(*m_store, m_db->path(), QDate::currentDate(), this, counts.stale);
        if (!m_store)
            return;
        const qint64 current = currentCompanyId();
        {
            const QSignalBlocker block(m_list->selectionModel());
            m_portfolio->reload(); // modelReset: counted again
        }
        if (current)
            selectCompany(current);
        return;
    }
    m_refreshTried = false;
    if (checkedOn.isValid() && counts.stale.isEmpty())
        m_standingsCheckedOn = checkedOn;
    if (generation != m_sumsGeneration) {
        recount(); // for a filter or data changed meanwhile
        return;
    }
    if (counts.counted) {
        m_portfolio->setCounted(counts.total);
        m_sums = counts.summary;
    } else {
        // Not read there (the database busy): counted here.
        m_portfolio->countRows();
        m_sums = m_store->portfolioSummary(m_portfolio->filter());
    }
    m_sumsValid = true;
    m_sumsShown = true;
    m_summaryReady = true;
    m_countingHint->stop();
    takeOpenPart();
    redrawSummary();
    if (!m_startupWorkSignalled) {
        m_startupWorkSignalled = true;
        startupMark("counted and summed");
        emit startupWorkFinished();
    }
}

void MainWindow::dropDatabase()
{
    m_portfolio->setStore(nullptr);
    m_editor->setStore(nullptr);
    m_standing->setStore(nullptr);
    m_store.reset();
    m_db.reset();
    m_summaryReady = true;
    for (const char *name : {"importCompaniesAction", "importFolderAction", "exportPortfolioAction", "restoreAction"}) {
        if (auto *a = findChild<QAction *>(QString::fromLatin1(name)))
            a->setEnabled(false);
    }
    reloadList();
    retranslate(); // the details say why, the status bar "No database"
    updateSummary();
}

void MainWindow::startDailyBackup()
{
    if (!m_db || !m_db->isOpen() || m_backupThread.joinable() || !Backup::dailyBackupDue(*m_db))
        return;
    m_stopWork = false;
    // In steps, on a connection and a thread of its own: the window and its
    // edits go on meanwhile; closing the window stops it between two steps.
    m_backupThread = std::thread([this, path = m_db->path(), identity = m_db->identity(),
                                  now = QDateTime::currentDateTime(), pages = s_backupPagesPerStep,
                                  pause = s_backupPauseMs] {
        QString error;
        const QString made = Backup::createInSteps(
            path, identity,
            [this, pause] {
                if (pause > 0 && !m_stopWork.load())
                    QThread::msleep(static_cast<unsigned long>(pause));
                return !m_stopWork.load();
            },
            &error, now, pages);
        QMetaObject::invokeMethod(
            this,
            [this, made, error] {
                if (m_backupThread.joinable())
                    m_backupThread.join();
                emit dailyBackupFinished(made, error);
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::stopBackgroundWork()
{
    m_stopWork = true;
    if (m_checkThread.joinable())
        m_checkThread.join();
    if (m_backupThread.joinable())
        m_backupThread.join();
    if (m_countThread.joinable())
        m_countThread.join();
}

} // namespace srdi::ui
