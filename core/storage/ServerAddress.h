// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace outloud {

/**
 * A PostgreSQL address as Outloud takes it on the command line and in the window:
 * `postgresql://user@host:port/database?sslmode=verify-full&connect_timeout=5` or
 * `postgresql:///database?host=/run/postgresql`. Query parameters are libpq's own
 * connection parameters and pass through to it. A password in the address is refused:
 * passwords come from libpq (~/.pgpass, PGPASSWORD, a service file, Kerberos), never
 * from Outloud.
 */
struct ServerAddress
{
    QString host; ///< Host name, address, or a socket folder (starts with '/').
    int port = -1;
    QString user;
    QString database;
    /// libpq options as QPSQL takes them: key=value pairs joined by ';'.
    QString connectOptions;
    /// The address as given (it holds no password), for messages and recent connections.
    QString text;

    /// Whether @p location names a server rather than a file.
    static bool isServerAddress(const QString& location);
    /// Parses @p location; returns false and sets @p error when it is not usable.
    static bool parse(const QString& location, ServerAddress* address, QString* error);
};

} // namespace outloud
