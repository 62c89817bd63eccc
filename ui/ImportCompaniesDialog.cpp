// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCompaniesDialog.h"

#include "Language.h"
#include "io/CompanyImport.h"
#include "model/Catalogs.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMutexLocker>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace srdi::ui {

ImportCompaniesDialog::ImportCompaniesDialog(QString databasePath, QString input, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(std::move(databasePath))
    , m_input(std::move(input))
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("importCompaniesDialog"));
    setWindowTitle(tr("Import companies"));
    resize(900, 620);
    auto *layout = new QVBoxLayout(this);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("importInfo"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    layout->addWidget(m_info);
    m_notesLabel = new QLabel(this);
    m_notesLabel->setObjectName(QStringLiteral("importNotes"));
    m_notesLabel->setWordWrap(true);
    m_notesLabel->setTextFormat(Qt::PlainText);
    m_notesLabel->setStyleSheet(QStringLiteral("color:#8a4b00"));
    layout->addWidget(m_notesLabel);
    auto *previewLabel = new QLabel(tr("The first companies, as they will be read:"), this);
    layout->addWidget(previewLabel);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("Preview of the companies to import"));
    previewLabel->setBuddy(m_preview);
    layout->addWidget(m_preview, 2);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Import progress"));
    layout->addWidget(m_progress);
    m_errorsLabel = new QLabel(tr("Rows not imported:"), this);
    layout->addWidget(m_errorsLabel);
    m_errors = new QPlainTextEdit(this);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setReadOnly(true);
    m_errors->setAccessibleName(tr("Rows not imported"));
    m_errorsLabel->setBuddy(m_errors);
    layout->addWidget(m_errors, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_stop = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);
    // The buttons' roles would close the dialog: each does its own thing.
    disconnect(buttons, nullptr, this, nullptr);
    connect(m_import, &QPushButton::clicked, this, &ImportCompaniesDialog::startImport);
    connect(m_stop, &QPushButton::clicked, this, &ImportCompaniesDialog::stopImport);
    connect(m_close, &QPushButton::clicked, this, &ImportCompaniesDialog::reject);

    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ImportCompaniesDialog::poll);
    showPreview();
}

ImportCompaniesDialog::~ImportCompaniesDialog()
{
    if (m_worker) {
        m_stopRequested = true;
        m_worker->wait();
    }
}

void ImportCompaniesDialog::showPreview()
{
    io::CompanyImport input(m_input, m_today);
    m_openable = input.open();
    QStringList info;
    info.append(QDir::toNativeSeparators(m_input));
    if (!m_openable) {
        m_info->setText(info.join(u'\n'));
        m_notesLabel->setStyleSheet(QStringLiteral("color:#c62828"));
        m_notesLabel->setText(tr("Nothing can be imported from this file:") + u'\n' + input.problems().join(u'\n'));
        m_import->setEnabled(false);
        m_preview->hide();
        return;
    }
    if (input.isFolder())
        info.append(tr("A folder of company profiles (*.srdi.json)"));
    else
        info.append(tr("A company CSV, read as %1").arg(io::CompanyCsv::encodingName(input.encoding())));
    if (const io::CsvLayout *layout = input.layout())
        info.append(tr("%n column(s) recognised", nullptr, int(layout->width())));
    m_info->setText(info.join(u'\n'));
    m_notes = input.notes();
    m_notesLabel->setText(m_notes.join(u'\n'));
    m_notesLabel->setVisible(!m_notes.isEmpty());

    const QString lang = currentLanguage();
    m_preview->setColumnCount(6);
    m_preview->setHorizontalHeaderLabels({tr("Where"), tr("Company"), tr("Credit code"), tr("Region"),
                                          tr("Assessment year"), tr("As read")});
    io::ImportItem item;
    int row = 0;
    while (row < kPreviewRows && input.next(item)) {
        m_preview->insertRow(row);
        const QString where = input.isFolder() ? QFileInfo(item.where).fileName() : item.where.section(u':', -1);
        QStringList cells{where};
        if (item.profile) {
            const Profile &p = *item.profile;
            const QString region = p.company.region.value_or(QString());
            const QString regionName = RegionCatalog::instance().displayPath(region, lang);
            cells << p.company.name << p.company.creditCode.value_or(QString())
                  << (regionName.isEmpty() ? region : regionName) << QString::number(p.assessmentYear)
                  << tr("ready: %n field(s)", nullptr, int(item.given.size()));
        } else {
            cells << QString() << QString() << QString() << QString() << item.errors.join(QStringLiteral("; "));
        }
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            if (!item.profile && c == 5)
                cell->setForeground(QColor(0xc6, 0x28, 0x28));
            m_preview->setItem(row, c, cell);
        }
        ++row;
    }
    m_preview->resizeColumnsToContents();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_summary->setText(tr("Nothing is written until you press Import. Companies already in the database (same credit "
                          "code, or same name without one) are updated with the fields the file gives; the rest of "
                          "what is stored stays."));
}

bool ImportCompaniesDialog::canImport() const
{
    return m_openable && !m_worker && !m_finished;
}

bool ImportCompaniesDialog::isRunning() const
{
    return m_worker && m_worker->isRunning();
}

void ImportCompaniesDialog::startImport()
{
    if (!canImport())
        return;
    m_import->setEnabled(false);
    m_stop->setEnabled(true);
    m_close->setEnabled(false);
    m_summary->setText(tr("Importing…"));
    m_worker.reset(QThread::create([this] {
        // A connection of its own: SQLite connections are not shared between threads.
        Database db(m_databasePath);
        QString error;
        if (!db.open(&error)) {
            QMutexLocker lock(&m_mutex);
            m_failure = error;
            return;
        }
        ProfileStore store(db);
        io::CompanyImport input(m_input, m_today);
        if (!input.open()) {
            QMutexLocker lock(&m_mutex);
            m_failure = input.problems().join(u'\n');
            return;
        }
        io::ImportItem item;
        while (!m_stopRequested.load() && input.next(item)) {
            if (item.profile) {
                const PatchOutcome outcome = store.importProfile(*item.profile, item.given, ImportMode::Merge);
                if (!outcome.ok) {
                    QMutexLocker lock(&m_mutex);
                    m_rowErrors.append(tr("%1: %2").arg(item.where, outcome.error));
                    ++m_skipped;
                } else if (outcome.created) {
                    ++m_added;
                } else if (outcome.applied.isEmpty()) {
                    ++m_unchanged;
                } else {
                    ++m_updated;
                }
            } else {
                QMutexLocker lock(&m_mutex);
                m_rowErrors.append(item.errors);
                ++m_skipped;
            }
            m_percent = input.percent();
        }
        if (const QString note = input.endNote(); !note.isEmpty()) {
            QMutexLocker lock(&m_mutex);
            m_rowErrors.append(note);
        }
    }));
    connect(m_worker.get(), &QThread::finished, this, &ImportCompaniesDialog::finish);
    m_worker->start();
    m_timer->start();
}

void ImportCompaniesDialog::stopImport()
{
    if (!isRunning())
        return;
    m_stopRequested = true;
    m_stop->setEnabled(false);
    m_summary->setText(tr("Stopping after the company being written…"));
}

void ImportCompaniesDialog::poll()
{
    m_progress->setValue(m_percent.load());
    QMutexLocker lock(&m_mutex);
    for (; m_shownErrors < m_rowErrors.size(); ++m_shownErrors)
        m_errors->appendPlainText(m_rowErrors.at(m_shownErrors));
}

void ImportCompaniesDialog::finish()
{
    m_timer->stop();
    if (m_worker)
        m_worker->wait();
    poll();
    m_finished = true;
    m_stop->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setDefault(true);
    m_close->setFocus();
    if (!m_stopRequested)
        m_progress->setValue(100);
    m_summary->setText(summary());
    if (m_added + m_updated > 0)
        emit companiesChanged();
}

QStringList ImportCompaniesDialog::rowErrors() const
{
    QMutexLocker lock(&m_mutex);
    return m_rowErrors;
}

QString ImportCompaniesDialog::summary() const
{
    QString failure;
    {
        QMutexLocker lock(&m_mutex);
        failure = m_failure;
    }
    if (!failure.isEmpty())
        return tr("Nothing was imported: %1").arg(failure);
    QString s = tr("%1 added, %2 updated, %3 unchanged, %4 not imported (listed above).")
                    .arg(m_added.load())
                    .arg(m_updated.load())
                    .arg(m_unchanged.load())
                    .arg(m_skipped.load());
    if (m_stopRequested)
        s += u' ' + tr("Stopped: every company written is whole; importing the same file again completes it.");
    return s;
}

void ImportCompaniesDialog::closeEvent(QCloseEvent *event)
{
    if (isRunning()) {
        stopImport();
        event->ignore(); // closes once the company being written is done
        return;
    }
    QDialog::closeEvent(event);
}

void ImportCompaniesDialog::reject()
{
    if (isRunning()) {
        stopImport();
        return;
    }
    QDialog::reject();
}

} // namespace srdi::ui
