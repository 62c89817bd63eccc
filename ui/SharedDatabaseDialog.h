// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QDialogButtonBox;

namespace srdi::ui {

// File ▸ Open shared database…: where a team's portfolio lives on a
// PostgreSQL server (host, port, database, user). The password is never
// asked here nor kept in the settings: it is asked for when the server wants
// one and kept in this process's memory (a libpq password file, ~/.pgpass,
// is the place to keep it). The servers opened before are offered again.
class SharedDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SharedDatabaseDialog(QWidget *parent = nullptr);

    // The server's URI of the fields (postgresql://user@host:port/db), without a password.
    QString uri() const;
    // Fills the fields from a URI (a recent one, or the one open now).
    void setUri(const QString &uri);

    // Asks for a server and connects to it once, asking for the password as
    // long as the server wants one (or refuses the one given); a server that
    // cannot be opened is said and the dialog shown again. The URI chosen
    // (the password in memory only), or empty when the user gave up.
    static QString choose(QWidget *parent, const QString &current = QString());
    // Asks for the password of the server at `uri`, saying `why`; when given,
    // it is kept in memory for every connection to that server.
    static bool askPassword(QWidget *parent, const QString &uri, const QString &why);
    // Connects to `uri` once (and closes again), asking for the password as
    // above. False when the user gave up or it failed (`error` says why).
    static bool tryOpen(QWidget *parent, const QString &uri, QString *error);

    // The servers opened before, newest first (URIs without passwords).
    static QStringList recent();
    static void remember(const QString &uri);

private:
    void update();

    QComboBox *m_recent = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace srdi::ui
