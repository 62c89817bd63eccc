// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedDatabaseDialog.h"

#include "FormWidgets.h"
#include "PlainMessage.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace srdi::ui {

namespace {

const QString kRecentKey = QStringLiteral("database/recentServers");
constexpr int kRecentKept = 8;

} // namespace

SharedDatabaseDialog::SharedDatabaseDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sharedDatabaseDialog"));
    setWindowTitle(tr("Open shared database"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A portfolio the team shares lives in a PostgreSQL database on a server. "
                                "Everyone who opens it sees the others' changes within a second."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_recent = new QComboBox(this);
    m_recent->setObjectName(QStringLiteral("recentServers"));
    m_recent->addItem(tr("(a new server)"), QString());
    for (const QString &uri : recent()) {
        const auto address = ServerAddress::parse(uri);
        m_recent->addItem(address ? address->displayName() : uri, uri);
    }
    m_recent->setEnabled(m_recent->count() > 1);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("server name or address, e.g. db.example.local"));
    m_host->setToolTip(tr("The server's name or IP address, or a folder holding its Unix socket (/run/postgresql). "
                          "Empty: libpq's default (PGHOST, else the local server)."));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setToolTip(tr("The server's TCP port; PostgreSQL's usual one is 5432."));
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_database->setToolTip(tr("The database the team keeps its portfolio in. An empty database is set up on "
                              "first opening; a database holding another program's tables is refused, unchanged."));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_user->setText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    m_user->setToolTip(tr("Your user name on the server: the company histories name who changed what by it."));
    form->addRow(tr("&Recent:"), m_recent);
    // A combo box is read out by the item shown: its label named too.
    m_recent->setAccessibleName(tr("Servers opened before"));
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    layout->addLayout(form);

    auto *note = new QLabel(tr("The password is asked for when the server wants one and kept in memory until the "
                               "program closes, never in a file. To be asked less often, keep it in a libpq "
                               "password file (~/.pgpass; on Windows %APPDATA%\\postgresql\\pgpass.conf)."),
                            this);
    note->setObjectName(QStringLiteral("passwordNote"));
    note->setWordWrap(true);
    layout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        const QString uri = m_recent->itemData(index).toString();
        if (!uri.isEmpty())
            setUri(uri);
    });
    for (QLineEdit *line : {m_host, m_database, m_user})
        connect(line, &QLineEdit::textChanged, this, &SharedDatabaseDialog::update);
    if (m_recent->count() > 1) {
        m_recent->setCurrentIndex(1);
        setUri(m_recent->itemData(1).toString());
    }
    update();
    m_host->setFocus();
    resize(480, sizeHint().height());
}

void SharedDatabaseDialog::update()
{
    // A database must be named: libpq's default (the user's own name) is
    // rarely the team's portfolio.
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!m_database->text().trimmed().isEmpty());
}

QString SharedDatabaseDialog::uri() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    return address.uri();
}

void SharedDatabaseDialog::setUri(const QString &uri)
{
    const auto address = ServerAddress::parse(uri);
    if (!address)
        return;
    m_host->setText(address->host);
    m_port->setValue(address->port > 0 ? address->port : 5432);
    m_database->setText(address->database);
    m_user->setText(address->user);
}

QStringList SharedDatabaseDialog::recent()
{
    return QSettings().value(kRecentKey).toStringList();
}

void SharedDatabaseDialog::remember(const QString &uri)
{
    // Never a password in the settings: the URI as the address writes it.
    const auto address = ServerAddress::parse(uri);
    if (!address)
        return;
    const QString plain = address->uri();
    QStringList list = recent();
    list.removeAll(plain);
    list.prepend(plain);
    while (list.size() > kRecentKept)
        list.removeLast();
    QSettings().setValue(kRecentKey, list);
}

bool SharedDatabaseDialog::askPassword(QWidget *parent, const QString &uri, const QString &why)
{
    const auto address = ServerAddress::parse(uri);
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("passwordDialog"));
    dialog.setWindowTitle(tr("Password"));
    dialog.setLabelText(why + QStringLiteral("\n\n") +
                        tr("Password for %1:").arg(address ? address->displayName() : uri));
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setInputMode(QInputDialog::TextInput);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Database::rememberPassword(address ? address->uri() : uri, dialog.textValue());
    return true;
}

bool SharedDatabaseDialog::tryOpen(QWidget *parent, const QString &uri, QString *error)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        Database db(uri);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool ok = db.open(error);
        QApplication::restoreOverrideCursor();
        if (ok) {
            db.close();
            return true;
        }
        if (db.failure() != Database::Failure::PasswordNeeded && db.failure() != Database::Failure::Refused)
            return false;
        if (!askPassword(parent, db.path(), *error)) {
            error->clear(); // the user gave up: nothing to say
            return false;
        }
    }
    return false;
}

QString SharedDatabaseDialog::choose(QWidget *parent, const QString &current)
{
    SharedDatabaseDialog dialog(parent);
    if (!current.isEmpty())
        dialog.setUri(current);
    while (dialog.exec() == QDialog::Accepted) {
        const QString uri = dialog.uri();
        QString error;
        if (tryOpen(&dialog, uri, &error)) {
            remember(uri);
            return uri;
        }
        if (!error.isEmpty())
            plainWarning(&dialog, tr("Open shared database"), error);
    }
    return QString();
}

} // namespace srdi::ui
