// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QList>

namespace outloud {

/**
 * A word-wrapped label that remembers its height for the last few widths it was asked about.
 * Layouts ask a wrapping label for its height at one width many times while a window opens
 * or resizes (every level of nested layouts, after every invalidation), and QLabel lays its
 * text out afresh each time: for a selectable or rich text label that is a whole text
 * document per question. The answers are forgotten when the text, its format, the font,
 * the style or the margins change.
 */
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Answer
    {
        int width;
        int height;
    };
    mutable QList<Answer> m_answers;
    /// What the answers were worked out for.
    mutable QString m_text;
    mutable Qt::TextFormat m_format = Qt::AutoText;
    mutable QMargins m_margins;
    mutable int m_indent = -1;
    mutable int m_margin = 0;
};

} // namespace outloud
