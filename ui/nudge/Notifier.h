// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QSystemTrayIcon;

namespace outloud {

/// Shows a desktop notification; tests replace it with a fake that records the text.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Shows @p title and @p body; false when the desktop could not be reached.
    virtual bool notify(const QString& title, const QString& body) = 0;

Q_SIGNALS:
    /// The user clicked the notification.
    void clicked();
    /// The notification went away without a click (or could not wait for one).
    void closed();
};

/// freedesktop.org notifications over the session D-Bus (GNOME, KDE, Xfce, ...). Needs no
/// display, so `outloud remind --notify` can use it from a terminal or a systemd timer.
class FreedesktopNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit FreedesktopNotifier(QObject* parent = nullptr);
    /// A notification service is running on the session bus.
    static bool isAvailable();
    bool notify(const QString& title, const QString& body) override;

private Q_SLOTS:
    void onActionInvoked(uint id, const QString& action);
    void onClosed(uint id, uint reason);

private:
    uint m_id = 0;
};

/// A tray balloon, for desktops without a notification service that have a tray.
class TrayNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(QObject* parent = nullptr);
    ~TrayNotifier() override;
    bool notify(const QString& title, const QString& body) override;

private:
    QSystemTrayIcon* m_tray = nullptr;
};

/// The desktop's way of notifying: D-Bus where a service runs, else the tray where the
/// desktop has one, else null.
std::unique_ptr<Notifier> createDesktopNotifier(QObject* parent = nullptr);

} // namespace outloud
