// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainMessage.h"
#include "RestoreDialog.h"

#include "storage/Backup.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace srdi::ui {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kUsableRole = Qt::UserRole + 2;
} // namespace

RestoreDialog::RestoreDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("restoreDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("restoreIntroLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupTreeWidget"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setColumnCount(4);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restoreButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreDialog::restoreSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_restoreButton->isEnabled())
            restoreSelected();
    });

    retranslate();
    reload();
    resize(640, 360);
}

RestoreDialog::~RestoreDialog() = default;

bool RestoreDialog::run(Database &db, QWidget *parent)
{
    RestoreDialog dialog(db, parent);
    dialog.exec();
    return dialog.restored();
}

QString RestoreDialog::timeText(const BackupInfo &backup)
{
    return backup.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void RestoreDialog::retranslate()
{
    setWindowTitle(tr("Restore from backup"));
    m_intro->setText(
        tr("Backups of %1 are kept in %2: one on the first start of each day, one before each "
           "upgrade of the database and one before each restore; the newest %3 are kept.")
            .arg(QDir::toNativeSeparators(m_db.path()),
                 QDir::toNativeSeparators(Backup::folderFor(m_db.path())))
            .arg(Backup::kKeep));
    m_list->setHeaderLabels({tr("Taken"), tr("Companies"), tr("Size"), tr("Note")});
    m_restoreButton->setText(tr("&Restore…"));
    reload();
}

void RestoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RestoreDialog::reload()
{
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(0, kPathRole).toString() : QString();
    m_list->clear();
    const QLocale locale;
    const QList<BackupInfo> backups = Backup::list(m_db.path());
    for (const BackupInfo &b : backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, timeText(b));
        item->setText(1, b.companies >= 0 ? locale.toString(b.companies) : QString());
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, locale.formattedDataSize(b.size, 1, QLocale::DataSizeTraditionalFormat));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        QString note;
        if (!b.usable)
            note = tr("Cannot be restored: %1").arg(b.problem);
        else if (b.schemaVersion < Database::kSchemaVersion)
            note = tr("From an earlier version; upgraded when restored");
        item->setText(3, note);
        item->setToolTip(0, QDir::toNativeSeparators(b.path));
        item->setData(0, kPathRole, b.path);
        item->setData(0, kUsableRole, b.usable);
        if (!b.usable)
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        if (b.path == selected)
            m_list->setCurrentItem(item);
    }
    if (backups.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, tr("No backups yet."));
        item->setFlags(Qt::NoItemFlags);
    } else if (!m_list->currentItem()) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    updateButtons();
}

void RestoreDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_restoreButton->setEnabled(item && item->data(0, kUsableRole).toBool());
}

void RestoreDialog::restoreSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(0, kUsableRole).toBool())
        return;
    const BackupInfo backup = Backup::inspect(item->data(0, kPathRole).toString());
    const QString when = item->text(0);

    QMessageBox box(QMessageBox::Warning, tr("Restore from backup"),
                    tr("Restore the backup of %1 (companies in it: %2)?")
                        .arg(when, QLocale().toString(backup.companies)),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmRestoreBox"));
    box.setInformativeText(
        tr("Every company and figure now in the database is replaced by the content of this "
           "backup. The current data is backed up first, so you can go back to it by restoring "
           "that backup."));
    QPushButton *yes = box.addButton(tr("Replace current data"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmRestoreButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes)
        return;

    QString error;
    QString kept;
    const bool ok = Backup::restore(m_db, backup.path, &error, &kept);
    m_restored = m_restored || ok || !m_db.isOpen();
    if (!ok) {
        plainWarning(this, tr("Restore from backup"), error);
        if (!m_db.isOpen())
            reject();
        else
            reload();
        return;
    }
    QMessageBox done(QMessageBox::Information, tr("Restore from backup"),
                     tr("The backup of %1 was restored.").arg(when), QMessageBox::Ok, this);
    done.setObjectName(QStringLiteral("restoredBox"));
    done.setInformativeText(tr("The data it replaced was backed up as %1.")
                                .arg(QDir::toNativeSeparators(kept)));
    done.exec();
    accept();
}

bool RestoreDialog::offerAfterFailedOpen(Database &db, QString &openError, QWidget *parent)
{
    // Only damage is repaired by a backup: a file of a newer version, another
    // program's, a lock or a permission problem is reported on its own (and
    // the file was left unchanged, which a restore would undo).
    if (!Database::isDamage(db.failure()))
        return false;
    // Only a backup of this very database (by its identity, not its name).
    const std::optional<BackupInfo> newest = Backup::newestUsable(db.path());
    if (!newest)
        return false;
    const QString when = timeText(*newest);
    // The damaged file changed after the backup was taken: restoring it would
    // lose whatever was saved since, so Restore is not the default then.
    QDateTime changed = QFileInfo(db.path()).lastModified();
    const QFileInfo wal(db.path() + QStringLiteral("-wal"));
    if (wal.exists() && wal.lastModified() > changed)
        changed = wal.lastModified();
    const bool fileIsNewer = changed.isValid() && newest->time.isValid() && changed > newest->time;
    QMessageBox box(QMessageBox::Warning, tr("The database could not be opened"), openError,
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("offerBackupBox"));
    QString informative =
        tr("A backup of %1 is available (companies in it: %2). Restoring it replaces the file "
           "that could not be opened; that file is kept in the backups folder.")
            .arg(when, QLocale().toString(newest->companies));
    if (fileIsNewer)
        informative += u'\n' +
                       tr("The file was last changed on %1, after this backup was taken: what was "
                          "saved since then is not in the backup.")
                           .arg(changed.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    box.setInformativeText(informative);
    QPushButton *restore =
        box.addButton(tr("Restore the backup of %1").arg(when), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreBackupButton"));
    QPushButton *no = box.addButton(tr("Do not restore"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("doNotRestoreButton"));
    box.setDefaultButton(fileIsNewer ? no : restore);
    box.setEscapeButton(no);
    box.exec();
    if (box.clickedButton() != restore)
        return false;

    QString error;
    if (!Backup::restore(db, newest->path, &error)) {
        plainWarning(parent, tr("Restore from backup"), error);
        if (db.isOpen())
            return true;
        openError = error;
        return false;
    }
    openError.clear();
    return true;
}

} // namespace srdi::ui
