// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class QDialogButtonBox;

namespace srdi {
class Database;
struct BackupInfo;
}

namespace srdi::ui {

// File ▸ Restore from backup…: the database's backups, newest first, with
// when each was taken, its size and how many companies it holds. Restoring
// asks first, backs up the current data (so that a restore can be undone by
// restoring that copy) and replaces the database with the backup.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreDialog(Database &db, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    // Shows the dialog; true when a backup was restored (the caller then
    // reloads whatever it shows from the database).
    static bool run(Database &db, QWidget *parent);

    // After `db` failed to open with `openError`: when the file is damaged
    // (Database::isDamage) and a usable backup of that same database exists,
    // offers to restore the newest one; Restore is the default button only
    // when the file has not changed since that backup. True when it was
    // restored and `db` is open; `openError` is cleared then.
    static bool offerAfterFailedOpen(Database &db, QString &openError, QWidget *parent);

    // "2026-04-01 09:30:05" in the current language's digits and order.
    static QString timeText(const BackupInfo &backup);

    bool restored() const { return m_restored; }
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void restoreSelected();

    Database &m_db;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_restored = false;
};

} // namespace srdi::ui
