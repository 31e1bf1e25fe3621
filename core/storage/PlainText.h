// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace outloud {

/**
 * @p text for a tooltip, shown exactly as typed. Qt guesses whether a tooltip is rich
 * text, so a name such as `<font color=red>Alex</font>` (written by someone else, in a
 * LinkedIn export or a vCard) would be laid out as markup; text with markup characters is
 * escaped and wrapped so that every character shows.
 */
inline QString plainToolTip(const QString& text)
{
    if (!text.contains(u'<') && !text.contains(u'&'))
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped()
        + QStringLiteral("</p>");
}

} // namespace outloud
