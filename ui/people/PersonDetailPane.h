// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contributions/Contribution.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace outloud {

class Database;

/// The selected person: who they are, how the relationship moved, what went each way,
/// and who introduced whom, as links that navigate.
class PersonDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit PersonDetailPane(Database& db, QWidget* parent = nullptr);

    void showPerson(qint64 personId);
    qint64 personId() const { return m_personId; }
    /// Whether showPerson() has not run yet: the pane shows nothing, not even "nobody".
    bool isBlank() const { return m_blank; }
    /// Re-reads the shown person (after an edit).
    void refresh() { showPerson(m_personId); }

Q_SIGNALS:
    void navigateTo(qint64 personId);
    void logRequested(qint64 personId, outloud::Direction direction);
    void editRequested(qint64 personId);

private:
    Database& m_db;
    qint64 m_personId = -1;
    int m_shown = 0; ///< How many times a person was shown: a late timeline part checks it.
    bool m_blank = true;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_introducedBy;
    QLabel* m_introduced;
    QListWidget* m_history;
    QTreeWidget* m_timeline;
    QPushButton* m_edit;
    QPushButton* m_logGiven;
    QPushButton* m_logReceived;
};

} // namespace outloud
