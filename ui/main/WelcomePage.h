// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace outloud {

/// What a newcomer sees first: open a demo circle, or start my own circle.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void setMessage(const QString& message);

Q_SIGNALS:
    void openDemoRequested();
    void startOwnRequested();

private:
    QLabel* m_message;
    int m_textWidth = 0; ///< The width the wrapped texts have.
};

} // namespace outloud
