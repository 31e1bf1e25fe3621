// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace outloud {

/**
 * Work that keeps a widget current, run only while the widget can be seen: now when it is
 * visible, else once when it is next shown. A page hidden behind another (the window builds
 * every page after its first paint) notes that the database changed and reads it again when
 * the user comes to it, so an edit pays only for what is on screen. Several requests while
 * hidden run the work once.
 */
class WhenShown : public QObject
{
    Q_OBJECT
public:
    WhenShown(QWidget* widget, std::function<void()> work);

    /// Runs the work now when the widget is visible, else marks it due for the next show.
    void request();
    /// Whether the work waits for the widget to be shown.
    bool pending() const { return m_pending; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_widget;
    std::function<void()> m_work;
    bool m_pending = false;
};

} // namespace outloud
