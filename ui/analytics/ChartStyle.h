// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace outloud {

/// Series colours that read on both a light and a dark background.
struct ChartColors
{
    QColor given;
    QColor received;
    QColor currentWeek; ///< The current week's bar, marked.
    QColor balance;
    QColor target;
    QColor week1;
    QColor now;
    QColor text;
    bool dark = false; ///< Made for a dark palette.
};

/// True when the palette's window is darker than its text (dark mode). Inline: the Network
/// tab's chart module (charts/) uses it too and links nothing of Outloud's.
inline bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

ChartColors chartColors(const QPalette& palette);

} // namespace outloud
