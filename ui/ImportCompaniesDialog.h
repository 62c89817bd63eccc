// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>
#include <QMutex>
#include <QStringList>

#include <atomic>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;
class QTimer;

namespace srdi::ui {

// File ▸ Import companies…: a company CSV (UTF-8 or GB18030) or a folder of
// *.srdi.json. Shows what the file holds before anything is written — its
// encoding, the first companies as they will be read, the columns it lacks
// and what that means — then imports on a thread of its own with a progress
// bar and Stop, lists every row not taken, and sums up. Each company is one
// transaction: a stop leaves every company whole, and importing the same file
// again completes it (companies already in are matched and updated).
class ImportCompaniesDialog : public QDialog
{
    Q_OBJECT
public:
    ImportCompaniesDialog(QString databasePath, QString input, QWidget *parent = nullptr);
    ~ImportCompaniesDialog() override;

    static constexpr int kPreviewRows = 20;

    // Starts the import (the Import button); Stop asks it to end after the
    // company being written.
    void startImport();
    void stopImport();
    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    bool canImport() const;

    // What happened, for the window and the tests.
    qint64 added() const { return m_added; }
    qint64 updated() const { return m_updated; }
    qint64 unchanged() const { return m_unchanged; }
    qint64 skipped() const { return m_skipped; }
    bool stopped() const { return m_stopRequested; }
    QStringList rowErrors() const;
    QString summary() const;
    QStringList notes() const { return m_notes; }
    QTableWidget *preview() const { return m_preview; }

signals:
    // The database changed (the window reloads its list).
    void companiesChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void showPreview();
    void poll();
    void finish();

    QString m_databasePath;
    QString m_input;
    QDate m_today;
    QStringList m_notes;
    bool m_openable = false;

    QLabel *m_info = nullptr;
    QLabel *m_notesLabel = nullptr;
    QTableWidget *m_preview = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_errorsLabel = nullptr;
    QPlainTextEdit *m_errors = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_close = nullptr;
    QTimer *m_timer = nullptr;

    std::unique_ptr<QThread> m_worker;
    std::atomic<bool> m_stopRequested{false};
    std::atomic<int> m_percent{0};
    std::atomic<qint64> m_added{0}, m_updated{0}, m_unchanged{0}, m_skipped{0};
    mutable QMutex m_mutex; // guards m_rowErrors and m_failure
    QStringList m_rowErrors;
    qsizetype m_shownErrors = 0;
    QString m_failure;
    bool m_finished = false;
};

} // namespace srdi::ui
