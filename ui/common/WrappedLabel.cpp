// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappedLabel.h"

#include <QEvent>
#include <QStyle>
#include <QTextDocument>
#include <algorithm>

namespace outloud {

namespace {
constexpr qsizetype Remembered = 8;
/// Wide enough for any text on one line (QTextLine limits widths to about 8 million).
constexpr int Unlimited = 1 << 22;
} // namespace

WrappedLabel::WrappedLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

void WrappedLabel::checkAnswers() const
{
    // QLabel::setText and its kin are not virtual: what the answers depend on is compared
    // here instead (a few short strings, far cheaper than one layout of them).
    if (m_text != text() || m_format != textFormat() || m_margins != contentsMargins()
        || m_indent != indent() || m_margin != margin() || m_alignment != alignment()
        || m_minimumSize != minimumSize() || m_maximumSize != maximumSize()
        || m_interaction != textInteractionFlags() || m_wordWrap != wordWrap()) {
        m_answers.clear();
        m_oneLineFlags = -1;
        m_hintsValid = false;
        m_text = text();
        m_format = textFormat();
        m_margins = contentsMargins();
        m_indent = indent();
        m_margin = margin();
        m_alignment = alignment();
        m_minimumSize = minimumSize();
        m_maximumSize = maximumSize();
        m_interaction = textInteractionFlags();
        m_wordWrap = wordWrap();
    }
}

bool WrappedLabel::measuresPlainText() const
{
    // As QLabelPrivate::sizeForWidth() decides: with a text document (rich or selectable
    // text), a frame's indent, a mnemonic or no text (not a text label) QLabel is asked.
    const QString& t = m_text;
    const bool plain
        = m_format == Qt::PlainText || (m_format == Qt::AutoText && !Qt::mightBeRichText(t));
    return m_wordWrap && plain && !t.isEmpty()
        && !(m_interaction & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard))
        && frameWidth() == 0 && !(buddy() && t.contains(u'&')) && pixmap().isNull();
}

QSize WrappedLabel::textSize(int width, int flags) const
{
    // Laid out on one line once: wherever that line fits, the text lays out just so.
    if (m_oneLineFlags != flags) {
        m_oneLine = fontMetrics().boundingRect(0, 0, Unlimited, 2000, flags, m_text).size();
        m_oneLineFlags = flags;
    }
    if (m_oneLine.width() <= width)
        return m_oneLine;
    return fontMetrics().boundingRect(0, 0, width, 2000, flags, m_text).size();
}

QSize WrappedLabel::plainSizeForWidth(int width) const
{
    // QLabelPrivate::sizeForWidth() for plain text without a frame, step by step.
    if (minimumWidth() > 0)
        width = std::max(width, minimumWidth());
    const QSize contentsMargin(
        m_margins.left() + m_margins.right(), m_margins.top() + m_margins.bottom());
    int hextra = 2 * m_margin;
    int vextra = hextra;
    const QFontMetrics fm = fontMetrics();
    const int align
        = int(QStyle::visualAlignment(m_text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight,
            m_alignment | Qt::Alignment(Qt::TextWordWrap | Qt::TextExpandTabs)));
    if (m_indent > 0) {
        if ((align & Qt::AlignLeft) || (align & Qt::AlignRight))
            hextra += m_indent;
        if ((align & Qt::AlignTop) || (align & Qt::AlignBottom))
            vextra += m_indent;
    }
    const int flags = align & ~(Qt::AlignVCenter | Qt::AlignHCenter);
    const bool tryWidth = width < 0;
    if (tryWidth)
        width = std::min(fm.averageCharWidth() * 80, m_maximumSize.width());
    width -= hextra + contentsMargin.width();
    QSize br = textSize(width, flags);
    if (tryWidth && br.height() < 4 * fm.lineSpacing() && br.width() > width / 2)
        br = textSize(width / 2, flags);
    if (tryWidth && br.height() < 2 * fm.lineSpacing() && br.width() > width / 4)
        br = textSize(width / 4, flags);
    const QSize contentsSize(br.width() + hextra, br.height() + vextra);
    return (contentsSize + contentsMargin).expandedTo(m_minimumSize);
}

void WrappedLabel::computeHints() const
{
    // QLabel::minimumSizeHint(): the hint at a golden width, one line's height, the widest word.
    m_sizeHint = plainSizeForWidth(-1);
    m_minimumSizeHint = QSize(plainSizeForWidth(0).width(),
        std::min(plainSizeForWidth(QWIDGETSIZE_MAX).height(), m_sizeHint.height()));
    m_hintsValid = true;
}

QSize WrappedLabel::sizeHint() const
{
    return hint(false);
}

QSize WrappedLabel::minimumSizeHint() const
{
    return hint(true);
}

QSize WrappedLabel::hint(bool minimum) const
{
    ensurePolished();
    checkAnswers();
    if (!measuresPlainText())
        return minimum ? QLabel::minimumSizeHint() : QLabel::sizeHint();
    if (!m_hintsValid)
        computeHints();
    return minimum ? m_minimumSizeHint : m_sizeHint;
}

int WrappedLabel::heightForWidth(int width) const
{
    checkAnswers();
    for (const Answer& a : std::as_const(m_answers)) {
        if (a.width == width)
            return a.height;
    }
    const int height
        = measuresPlainText() ? plainSizeForWidth(width).height() : QLabel::heightForWidth(width);
    if (m_answers.size() >= Remembered)
        m_answers.removeFirst();
    m_answers.append({width, height});
    return height;
}

void WrappedLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_answers.clear();
        m_oneLineFlags = -1;
        m_hintsValid = false;
    }
    QLabel::changeEvent(event);
}

} // namespace outloud
