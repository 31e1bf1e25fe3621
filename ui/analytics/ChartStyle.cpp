// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartStyle.h"

namespace outloud {

ChartColors chartColors(const QPalette& palette)
{
    ChartColors c;
    const bool dark = isDarkPalette(palette);
    // Blue and orange stay apart for the common colour-vision deficiencies.
    c.given = dark ? QColor(0x5b, 0x9b, 0xf0) : QColor(0x1f, 0x5f, 0xbf);
    c.received = dark ? QColor(0xf5, 0xa6, 0x3c) : QColor(0xd9, 0x7a, 0x0b);
    c.currentWeek = dark ? QColor(0xc8, 0xe0, 0xff) : QColor(0x0a, 0x2a, 0x60);
    c.balance = dark ? QColor(0x6c, 0xd4, 0x9a) : QColor(0x1e, 0x8a, 0x4c);
    c.target = dark ? QColor(0xff, 0x7a, 0x7a) : QColor(0xc0, 0x25, 0x25);
    c.week1 = dark ? QColor(0x9a, 0x9a, 0xa8) : QColor(0x9a, 0xa0, 0xaa);
    c.now = c.given;
    c.text = palette.color(QPalette::WindowText);
    c.dark = dark;
    return c;
}

} // namespace outloud
