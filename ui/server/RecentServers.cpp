// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentServers.h"

#include "settings/UserSettings.h"
#include "storage/ServerAddress.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace outloud::recentServers {

namespace {
const QString Key = u"server/recent"_s;
}

QStringList list()
{
    QStringList result;
    for (const QString& address : openUserSettings()->value(Key).toStringList()) {
        ServerAddress parsed;
        // Settings are the user's to edit: only usable, password-free addresses are offered.
        if (ServerAddress::parse(address, &parsed, nullptr) && !result.contains(address))
            result.append(address);
    }
    return result.mid(0, Kept);
}

void add(const QString& address)
{
    ServerAddress parsed;
    if (!ServerAddress::parse(address, &parsed, nullptr))
        return;
    QStringList addresses = list();
    addresses.removeAll(address);
    addresses.prepend(address);
    openUserSettings()->setValue(Key, addresses.mid(0, Kept));
}

void clear()
{
    openUserSettings()->remove(Key);
}

} // namespace outloud::recentServers
