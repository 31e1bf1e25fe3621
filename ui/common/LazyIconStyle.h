// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace outloud {

/**
 * The platform's own style, but for the standard icons a window makes before it first
 * paints and then rarely shows (the menu bar's overflow button, a line edit's clear button):
 * those are loaded when first drawn. Loading the first icon of a process asks every image
 * format plugin whether it reads PNG, which loads all of them (four libraries and 4 M
 * instructions, the cost of painting a page's list) before the window's first paint.
 */
class LazyIconStyle : public QProxyStyle
{
    Q_OBJECT
public:
    /// On the platform's default style (@p base nullptr) or on @p base, which it then owns.
    explicit LazyIconStyle(QStyle* base = nullptr);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr,
        const QWidget* widget = nullptr) const override;

    /// Makes it the application's style, once (a second call changes nothing).
    static void install();
};

} // namespace outloud
