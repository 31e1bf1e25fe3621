// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerAddress.h"

#include "SqlUtil.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud", text);
}

// QPSQL splits its options at ';' and hands them to libpq separated by spaces: a value
// must not be able to add a parameter of its own.
bool isSafeValue(const QString& value)
{
    for (QChar c : value) {
        if (c.isSpace() || c == u';' || c == u'\'' || c == u'\\' || c == u'=')
            return false;
    }
    return !value.isEmpty();
}

bool isKey(const QString& key)
{
    if (key.isEmpty())
        return false;
    for (QChar c : key) {
        if (!((c >= u'a' && c <= u'z') || c == u'_'))
            return false;
    }
    return true;
}
} // namespace

bool ServerAddress::isServerAddress(const QString& location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

bool ServerAddress::parse(const QString& location, ServerAddress* address, QString* error)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!isServerAddress(location) || !url.isValid())
        return fail(error,
            tr("“%1” is not a PostgreSQL address (postgresql://user@host:port/database)")
                .arg(location));
    if (!url.password().isEmpty())
        return fail(error,
            tr("The address holds a password. Outloud never takes or stores one: put it in "
               "~/.pgpass, a service file or PGPASSWORD, and leave it out of the address."));
    ServerAddress a;
    a.text = location;
    a.host = url.host();
    a.port = url.port(-1);
    a.user = url.userName();
    a.database = url.path().mid(1);
    if (a.database.contains(u'/'))
        return fail(error, tr("“%1” names more than one database").arg(location));
    QStringList options;
    bool hasTimeout = false;
    bool hasName = false;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!isKey(key) || !isSafeValue(value))
            return fail(error, tr("The address option “%1” is not usable").arg(key));
        if (key == u"password"_s)
            return fail(error,
                tr("The address holds a password. Outloud never takes or stores one: put it in "
                   "~/.pgpass, a service file or PGPASSWORD, and leave it out of the address."));
        if (key == u"host"_s) {
            a.host = value;
        } else if (key == u"port"_s) {
            bool ok = false;
            a.port = value.toInt(&ok);
            if (!ok)
                return fail(error, tr("The address option “%1” is not usable").arg(key));
        } else if (key == u"user"_s) {
            a.user = value;
        } else if (key == u"dbname"_s) {
            a.database = value;
        } else {
            hasTimeout = hasTimeout || key == u"connect_timeout"_s;
            hasName = hasName || key == u"application_name"_s;
            options.append(key + u'=' + value);
        }
    }
    // libpq waits forever for a silent host unless told otherwise.
    if (!hasTimeout)
        options.append(u"connect_timeout=10"_s);
    if (!hasName)
        options.append(u"application_name=outloud"_s);
    a.connectOptions = options.join(u';');
    *address = a;
    return true;
}

} // namespace outloud
