// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace srdi {
class Database;
class ProfileStore;
}

namespace srdi::ui {

// The main window: the companies of the database on the left, the selected
// company's standing on the right.
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

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void showCompany(qint64 id);
    void importProfile();
    void exportProfile();
    void about();
    void filterList(const QString &text);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileStore> m_store;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_status = nullptr;
    QString m_openError;
};

} // namespace srdi::ui
