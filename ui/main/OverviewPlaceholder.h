// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace outloud {

class Database;

/// The overview until the dashboard's charts arrive: my goal and this week's numbers.
class OverviewPlaceholder : public QWidget
{
    Q_OBJECT
public:
    OverviewPlaceholder(Database& db, qint64 circleId, qint64 memberId, QWidget* parent = nullptr);
    void refresh();

private:
    Database& m_db;
    qint64 m_circleId;
    qint64 m_memberId;
    QLabel* m_text;
};

} // namespace outloud
