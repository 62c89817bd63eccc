// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerAddress.h"

#include <QStringList>
#include <QUrl>

#include "LibPq.h"

namespace srdi {

namespace {

// A keyword's value in libpq's conninfo quoting: 'it''s' becomes 'it\'s'.
QString quoted(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

} // namespace

bool ServerAddress::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString &uri, QString *error)
{
    const auto fail = [&](const QString &detail) -> std::optional<ServerAddress> {
        if (error) {
            // The password never appears in a message.
            QUrl shown(uri);
            shown.setPassword(QString());
            *error = tr("%1 is not a PostgreSQL address (postgresql://user@host:port/database): %2")
                         .arg(shown.isValid() ? shown.toString() : QStringLiteral("postgresql://…"), detail);
        }
        return std::nullopt;
    };
    if (!isServerLocation(uri))
        return fail(tr("it does not begin with postgresql://."));
    // Every use of a server begins here: the client library is loaded now.
    if (!libpq::library().available()) {
        if (error)
            *error = libpq::library().error(); // the address may be right: the program cannot use it
        return std::nullopt;
    }
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(uri.toUtf8().constData(), &message);
    if (!options) {
        const QString detail = message ? QString::fromUtf8(message).trimmed() : tr("out of memory.");
        PQfreemem(message);
        return fail(detail);
    }
    ServerAddress out;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
            if (key == QLatin1String("host") || out.host.isEmpty())
                out.host = value;
            if (key == QLatin1String("hostaddr"))
                out.extra.append({key, value});
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port <= 0 || port > 65535) {
                PQconninfoFree(options);
                return fail(tr("the port %1 is not a number from 1 to 65535.").arg(value));
            }
            out.port = port;
        } else if (key == QLatin1String("dbname")) {
            out.database = value;
        } else if (key == QLatin1String("user")) {
            out.user = value;
        } else if (key == QLatin1String("password")) {
            out.password = value;
        } else {
            out.extra.append({key, value});
        }
    }
    PQconninfoFree(options);
    return out;
}

QString ServerAddress::uri() const
{
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += QString::fromLatin1(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    const bool socketDirectory = host.startsWith(QLatin1Char('/'));
    if (!host.isEmpty() && !socketDirectory)
        out += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port > 0)
        out += QLatin1Char(':') + QString::number(port);
    out += QLatin1Char('/');
    if (!database.isEmpty())
        out += QString::fromLatin1(QUrl::toPercentEncoding(database));
    QStringList query;
    if (socketDirectory)
        query.append(QStringLiteral("host=") + QString::fromLatin1(QUrl::toPercentEncoding(host)));
    for (const auto &[key, value] : extra)
        query.append(key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!query.isEmpty())
        out += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return out;
}

QString ServerAddress::connectOptions() const
{
    QStringList out;
    for (const auto &[key, value] : extra)
        out.append(key + QLatin1Char('=') + quoted(value));
    return out.join(QLatin1Char(' '));
}

QString ServerAddress::displayName() const
{
    const QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    const QString where = host.isEmpty() ? tr("local server") : host;
    const QString at = port > 0 ? QLatin1Char(':') + QString::number(port) : QString();
    return QStringLiteral("%1%2%3/%4").arg(who, where, at, database.isEmpty() ? tr("(default database)") : database);
}

} // namespace srdi
