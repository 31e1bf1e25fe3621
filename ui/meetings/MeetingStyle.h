// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace outloud::meetingstyle {

/// Meeting mode's type scale: four steps, shared by all of its text and all derived from one
/// scale, the space the page has (read from across the table, it follows the window). Titles
/// within a column are Body in bold, not a size of their own.
enum class Type {
    Display, ///< the agenda's countdown
    Headline, ///< the theme, the member in the round and their share of it
    Body, ///< lists, figures, buttons, notes typed in, section titles (bold)
    Note, ///< for the facilitator: what comes next, notices, where figures come from
};

/// The point size of @p type at @p scale (1 = the space the page is designed for).
qreal pointSize(Type type, qreal scale);

/// A plain-text, word-wrapping label in @p type. Names and notes are user text, never markup;
/// wrapping keeps the view from growing past the screen. It remembers its height per width.
QLabel* label(QWidget* parent, const QString& name, Type type, bool bold = false);

/// Remembers @p type for a widget whose font applyScale() sets.
void setType(QWidget* widget, Type type);
/// Remembers a fixed width (at scale 1) that applyScale() scales along with the type.
void setBaseFixedWidth(QWidget* widget, int width);

/// Sets the type and fixed widths of @p root and its children for @p scale.
void applyScale(QWidget* root, qreal scale);

/// "Time is up": the palette's highlight colours, readable in light, dark and
/// high-contrast palettes alike; otherwise the base colours.
void setAlert(QWidget* widget, bool alert);

} // namespace outloud::meetingstyle
