// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace outloud {

/**
 * A combo box that measures its items once: QComboBox lays every item's text out for its
 * size hint before the window shows, again after (its first show drops the hint), and
 * once more for its minimum size hint, which is the same size while no minimum contents
 * length is set. The size is measured again when the items, the font or the style change.
 */
class MeasuredComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit MeasuredComboBox(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void measureAgain();

    mutable QSize m_hint;
};

} // namespace outloud
