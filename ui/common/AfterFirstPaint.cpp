// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AfterFirstPaint.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace outloud {

namespace {
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget* widget, std::function<void()> work)
        : QObject(widget)
        , m_work(std::move(work))
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // After this paint has been flushed, not inside it.
            QTimer::singleShot(0, parent(), [work = std::move(m_work)] { work(); });
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_work;
};
} // namespace

void afterFirstPaint(QWidget* widget, std::function<void()> work)
{
    // On screen already: now. Hidden (a page built ahead of being shown): when it shows.
    if (widget->isVisible() && widget->window()->testAttribute(Qt::WA_Mapped)) {
        work();
        return;
    }
    new PaintWatch(widget, std::move(work));
}

void afterNextPaint(QWidget* widget, std::function<void()> work)
{
    new PaintWatch(widget, std::move(work));
}

} // namespace outloud
