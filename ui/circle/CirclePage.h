// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
class QVBoxLayout;

namespace outloud {

class Database;

/// The circle at a glance: when it meets, who is in it, who facilitates, and the
/// twelve meetings with their state.
class CirclePage : public QWidget
{
    Q_OBJECT
public:
    CirclePage(Database& db, qint64 circleId, QWidget* parent = nullptr);
    void refresh();
    /// Room for the meetings work (meeting mode, schedule editing) below the overview.
    QVBoxLayout* extensionLayout() const { return m_extensions; }

private:
    Database& m_db;
    qint64 m_circleId;
    QLabel* m_summary;
    QLabel* m_warning;
    QTreeWidget* m_members;
    QTreeWidget* m_meetings;
    QVBoxLayout* m_extensions;
};

} // namespace outloud
