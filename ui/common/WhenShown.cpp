// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhenShown.h"

#include <QEvent>
#include <QWidget>

namespace outloud {

WhenShown::WhenShown(QWidget* widget, std::function<void()> work)
    : QObject(widget)
    , m_widget(widget)
    , m_work(std::move(work))
{
    widget->installEventFilter(this);
}

void WhenShown::request()
{
    if (m_widget->isVisible()) {
        m_pending = false;
        m_work();
    } else {
        m_pending = true;
    }
}

bool WhenShown::eventFilter(QObject* watched, QEvent* event)
{
    // Show comes before the widget's first paint: what it paints is current.
    if (watched == m_widget && event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_work();
    }
    return false;
}

} // namespace outloud
