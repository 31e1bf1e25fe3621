// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserSettings.h"

using namespace Qt::StringLiterals;

namespace outloud {

std::unique_ptr<QSettings> openUserSettings()
{
    return std::make_unique<QSettings>(
        QSettings::NativeFormat, QSettings::UserScope, u"outloud"_s, u"outloud"_s);
}

} // namespace outloud
