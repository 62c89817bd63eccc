// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <functional>
#include <memory>

class QLabel;
class QTimer;
class QLineEdit;
class QCheckBox;
class QComboBox;
class QTableView;
class QTextBrowser;
class QUndoStack;
class QPushButton;

namespace srdi {
class Database;
class ProfileStore;
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
    // File ▸ Import companies… / Export portfolio… with a file already chosen
    // (the menu asks for it). importCompanies returns the dialog's outcome
    // (QDialog::Accepted once closed); exportPortfolio the companies written or -1.
    int importCompanies(const QString &path);
    qint64 exportPortfolio(const QString &path);
    void printPreview();
    void print();
    void exportPdf();

protected:
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
    void updateSummary();
    void fitListColumns();
    bool withReport(const std::function<void(const report::ReportInput &)> &use);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileStore> m_store;
    QUndoStack *m_undo = nullptr;
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
    qint64 m_dataVersion = -1;

public:
    // Reads what other writers committed since the last look (the timer's
    // work; public for tests). True when something had changed.
    bool checkOtherWriters();
    // Asks the user which value to keep when another writer changed a field
    // this edit also changes; true keeps the user's own.
    bool resolveConflict(const QStringList &keys, const Profile &mine, const Profile &theirs);

public:
    // Shows the database's content again after it was replaced (a restore
    // from backup), opening it when it is closed; false when it is not open.
    bool reopenDatabase();
};

} // namespace srdi::ui
