// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace outloud::meetingstyle {

/// A plain-text, word-wrapping label at @p pointSize points (at scale 1). Names and notes
/// are user text, never markup; wrapping keeps the view from growing past the screen.
QLabel* label(QWidget* parent, const QString& name, int pointSize, bool bold = false);

/// Remembers @p pointSize (at scale 1) for a widget whose font applyScale() sets.
void setBasePointSize(QWidget* widget, qreal pointSize);
/// Remembers a fixed width (at scale 1) that applyScale() scales along with the type.
void setBaseFixedWidth(QWidget* widget, int width);

/// Scales the type and fixed widths of @p root and its children by @p scale.
void applyScale(QWidget* root, qreal scale);

/// "Time is up": the palette's highlight colours, readable in light, dark and
/// high-contrast palettes alike; otherwise the base colours.
void setAlert(QWidget* widget, bool alert);

} // namespace outloud::meetingstyle
