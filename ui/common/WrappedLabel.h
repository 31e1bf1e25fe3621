// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QList>

namespace outloud {

/**
 * A word-wrapped label that measures its text fewer times than QLabel, with the same answers.
 * Layouts ask a wrapping label for its size hints and its height at one width many times
 * while a window opens or resizes, and QLabel lays its text out afresh each time (five times
 * for its two size hints alone; for a selectable or rich text label, a whole text document
 * each time). This one remembers its height per width, and for plain text lays the text out
 * once on one line: at every width that line fits in, that is the answer, with no further
 * layout. The answers are forgotten when the text, its format, the font, the style, the
 * margins, the alignment or the size limits change.
 */
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(QWidget* parent = nullptr);

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Forgets the answers when what they depend on changed since.
    void checkAnswers() const;
    /// Whether QLabel would measure the text with its font metrics (plain, not selectable,
    /// no mnemonic, no frame): then the short way gives QLabel's own answers.
    bool measuresPlainText() const;
    /// QLabel's size for @p width (-1: its size hint) for plain text, laid out fewer times.
    QSize plainSizeForWidth(int width) const;
    /// The text's bounding size at @p width with the text flags @p flags.
    QSize textSize(int width, int flags) const;
    void computeHints() const;
    /// minimumSizeHint() (@p minimum) or sizeHint(), QLabel's or the short way's.
    QSize hint(bool minimum) const;

    struct Answer
    {
        int width;
        int height;
    };
    mutable QList<Answer> m_answers;
    /// The text on one line (no width limit), once laid out; its flags.
    mutable QSize m_oneLine;
    mutable int m_oneLineFlags = -1;
    mutable bool m_hintsValid = false;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    /// What the answers were worked out for.
    mutable QString m_text;
    mutable Qt::TextFormat m_format = Qt::AutoText;
    mutable QMargins m_margins;
    mutable int m_indent = -1;
    mutable int m_margin = 0;
    mutable Qt::Alignment m_alignment;
    mutable QSize m_minimumSize;
    mutable QSize m_maximumSize;
    mutable Qt::TextInteractionFlags m_interaction;
    mutable bool m_wordWrap = true;
};

} // namespace outloud
