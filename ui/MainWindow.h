// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <atomic>
#include <functional>
#include <memory>
#include <thread>

class QLabel;
class QTimer;
class QLineEdit;
class QCheckBox;
class QComboBox;
class QTableView;
class QTextBrowser;
class QSettings;
class QUndoStack;
class QPushButton;

namespace srdi {
struct Profile;
}

namespace srdi::report {
struct ReportInput;
}

namespace srdi::ui {

class CompanyForm;
class StandingPanel;
class PortfolioModel;
class PortfolioChart;
class ProfileEditor;

// The main window: the companies of the database on the left, the selected
// company's form in the middle, where it stands on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `databasePath` empty: the per-user default database.
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool isDatabaseOpen() const;
    void reloadCompanies();
    void selectCompany(qint64 id);
    qint64 currentCompanyId() const;

    ProfileEditor *editor() const { return m_editor; }
    CompanyForm *form() const { return m_form; }
    QUndoStack *undoStack() const { return m_undo; }
    StandingPanel *standing() const { return m_standing; }
    PortfolioModel *portfolio() const { return m_portfolio; }

    // The list actions, as the menu and the buttons call them.
    qint64 addCompany();
    qint64 duplicateCompany();
    // Asks first unless `confirm` is false; undoable.
    bool deleteCompany(bool confirm = true);
    bool importFile(const QString &path);
    // Opens another database (a file's path, a server's URI; empty: one's
    // own) in a new window that replaces this one; this one stays when it
    // cannot be opened (said). The new window, or null.
    MainWindow *openDatabase(const QString &location);
    // Edit ▸ Company history… for the open company.
    void showHistory();
    // After a failed save: connects again when the connection was lost and
    // saves what is still typed; true when all of it is saved.
    bool retrySaving();
    Database *database() const { return m_db.get(); }
    // File ▸ Import companies… / Export portfolio… with a file already chosen
    // (the menu asks for it). importCompanies returns the dialog's outcome
    // (QDialog::Accepted once closed); exportPortfolio the companies written or -1.
    int importCompanies(const QString &path);
    qint64 exportPortfolio(const QString &path);
    void printPreview();
    void print();
    void exportPdf();

    // What the start leaves until the window has painted its first frame:
    // the count and the summary below the list (which say "Counting…" until
    // then), the standings that are not today's, the integrity check of the
    // whole file and the daily backup (both on worker threads).
    // True once the count and the summary are in place.
    bool startupWorkDone() const { return m_summaryReady; }
    // The sums below the list as they stand (the counts of the current
    // filter), and whether they are up to date: after a filter change or
    // another writer's change they are made again on a worker thread; an
    // edit of the open company updates them at once by its own part.
    const PortfolioSummary &shownSummary() const { return m_sums; }
    bool summaryUpToDate() const { return m_sumsValid; }
    // True while the day's backup is being written in the background.
    bool dailyBackupRunning() const { return m_backupThread.joinable(); }
    // Pages copied per step of the daily backup and a pause between steps
    // (for tests: a backup slow enough to be interrupted).
    static void setDailyBackupPace(int pagesPerStep, int pauseMs);

signals:
    // The window's first frame with the list in it is on the screen.
    void firstPainted();
    // The integrity check of the file ended (`ok`: nothing damaged).
    void integrityChecked(bool ok);
    // The day's backup ended: its path, or empty and why (empty when stopped).
    void dailyBackupFinished(const QString &path, const QString &error);
    // The count and the summary below the list are in place.
    void startupWorkFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    friend class CompanyCommand;
    void buildMenus();
    void retranslate();
    void showCompany(qint64 id);
    void updateTitle();
    void importProfile();
    void exportProfile();
    void about();
    void applyFilter();
    // Fills the city and district filters for the province and city chosen.
    void fillRegionFilters();
    // The sums are to be made again (a filter, a reload, another writer):
    // counted on a worker thread; the figures shown meanwhile are greyed.
    void updateSummary();
    // Shows the sums as they stand (after a language change, an arrival).
    void redrawSummary();
    // The open company was saved: the sums change by its own part.
    void summaryAfterEdit(qint64 id);
    // The open company's part in the sums under the current filter.
    void takeOpenPart();
    // Starts the count on its worker thread, unless one is running (the
    // one running starts another when it arrives for an older state).
    void recount();
    // The start's deferred work, run once after the first paint.
    void afterFirstPaint();
    void integrityCheckArrived(const Database::IntegrityCheck &check);
    // What the count worker found: the standings not of today, or (when
    // there were none) the count and the summary for `filter`.
    struct Counts
    {
        QList<qint64> stale;
        bool counted = false;
        int total = 0;
        PortfolioSummary summary;
    };
    // On a worker thread with a connection of its own: the standings not of
    // today, then the count and the summary.
    void refreshAndCount();
    void countsArrived(const Counts &counts, quint64 generation, const QDate &checkedOn);
    void showSummary(const PortfolioSummary &s);
    QStringList chartNames() const; // the bars' names: no tier, then the tiers in force
    void startDailyBackup();
    // Stops the check and the backup and waits for their threads (a step).
    void stopBackgroundWork();
    // The list read again, the selection kept (no standings recomputed).
    void reloadList();
    // The database found damaged after the window was built: the window
    // goes on without it, as when opening failed.
    void dropDatabase();
    void fitListColumns();
    // Tab goes as the eye reads: the list's column, then the form (its tabs
    // and the fields of the page shown), then the standing.
    void orderTabs();
    bool withReport(const std::function<void(const report::ReportInput &)> &use);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileStore> m_store;
    QUndoStack *m_undo = nullptr;
    // What is remembered as the user goes (the company shown): written by
    // the event loop when it turns and when the window goes, not at once.
    QSettings *m_settings = nullptr;
    ProfileEditor *m_editor = nullptr;
    CompanyForm *m_form = nullptr;
    StandingPanel *m_standing = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_list = nullptr;
    PortfolioModel *m_portfolio = nullptr;
    PortfolioChart *m_chart = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_regionFilter = nullptr;   // province
    QComboBox *m_cityFilter = nullptr;     // its cities
    QComboBox *m_districtFilter = nullptr; // the city's districts and counties
    QCheckBox *m_missingFilter = nullptr;  // the next tier still lacks inputs
    QComboBox *m_tierFilter = nullptr;
    QCheckBox *m_reachFilter = nullptr;
    QCheckBox *m_expiringFilter = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_saveState = nullptr;
    QString m_openError;
    bool m_saveFailed = false;
    // Other writers (another window, a batch, an import) are heard by
    // polling PRAGMA data_version, which moves only when another connection
    // commits; then the open company and the list are read again.
    QTimer *m_watch = nullptr;
    bool m_heardQueued = false; // a shared database's notice waits for the event loop
    // After a shared database's connection was lost: when it was last tried again.
    QElapsedTimer m_reconnectClock;
    static constexpr int kReconnectEveryMs = 5000;
    bool m_retryShown = false;
    // The "not saved" question, with Retry when it can help.
    void offerRetry(const QString &message);
    // A shared database's connections opened again (said in the status
    // bar); what others wrote meanwhile is read at the next look.
    bool connectAgain(QString *error);
    qint64 m_dataVersion = -1;
    // The start's deferred work (afterFirstPaint).
    bool m_deferredStarted = false;
    bool m_summaryReady = false;
    bool m_startupWorkSignalled = false;
    bool m_countsAllowed = false;   // after the check passed: counting may read the file
    bool m_refreshTried = false;    // stale standings recomputed once per count
    QDate m_standingsCheckedOn;     // the day the standings were last found current
    // The sums below the list: valid for the current filter and data, or
    // (not valid) the last ones shown, greyed while they are made again.
    PortfolioSummary m_sums;
    bool m_sumsValid = false;
    bool m_sumsShown = false;
    quint64 m_sumsGeneration = 0; // bumped whenever the sums must be made again
    qint64 m_partId = 0;          // the open company whose part is m_part
    PortfolioSummary m_part;
    QTimer *m_countingHint = nullptr; // "Counting…" when a count takes long
    bool m_recountQueued = false;     // a count starts when the event loop turns
    std::thread m_countThread;
    std::atomic<bool> m_stopWork{false};
    std::thread m_checkThread;
    std::thread m_backupThread;

public:
    // Reads what other writers committed since the last look (the timer's
    // work; public for tests). True when something had changed.
    bool checkOtherWriters();
    // Asks the user which value to keep when another writer changed a field
    // this edit also changes; true keeps the user's own.
    bool resolveConflict(const QStringList &keys, const Profile &mine, const Profile &theirs);
    // An exported copy came back with fields changed here too: shows both
    // values; true takes the file's.
    bool resolveImportConflicts(const QStringList &keys, const Profile &incoming);

public:
    // Shows the database's content again after it was replaced (a restore
    // from backup), opening it when it is closed; false when it is not open.
    bool reopenDatabase();
};

} // namespace srdi::ui
