// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace outloud {

class Database;

/**
 * Choosing the circle the window shows, and who "me" is in it: a filterable list (a
 * company program holds a hundred circles), then the member whose list and goal are mine.
 * All by keyboard: type to filter, Up/Down to choose, Tab to "I am", Enter to open.
 */
class CircleSwitchDialog : public QDialog
{
    Q_OBJECT
public:
    CircleSwitchDialog(Database& db, qint64 currentCircleId, QWidget* parent = nullptr);

    qint64 circleId() const;
    /// The member chosen as "me" in circleId().
    qint64 meId() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillCircles();
    void fillMembers();

    Database& m_db;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_circles = nullptr;
    QComboBox* m_me = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace outloud
