// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappedLabel.h"

#include <QEvent>

namespace outloud {

namespace {
constexpr qsizetype Remembered = 8;
}

WrappedLabel::WrappedLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

int WrappedLabel::heightForWidth(int width) const
{
    // QLabel::setText and its kin are not virtual: what the answers depend on is compared
    // here instead (a few short strings, far cheaper than one layout of them).
    if (m_text != text() || m_format != textFormat() || m_margins != contentsMargins()
        || m_indent != indent() || m_margin != margin()) {
        m_answers.clear();
        m_text = text();
        m_format = textFormat();
        m_margins = contentsMargins();
        m_indent = indent();
        m_margin = margin();
    }
    for (const Answer& a : std::as_const(m_answers)) {
        if (a.width == width)
            return a.height;
    }
    const int height = QLabel::heightForWidth(width);
    if (m_answers.size() >= Remembered)
        m_answers.removeFirst();
    m_answers.append({width, height});
    return height;
}

void WrappedLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_answers.clear();
    QLabel::changeEvent(event);
}

} // namespace outloud
