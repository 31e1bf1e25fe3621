// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QUndoStack;
class QVBoxLayout;

namespace outloud {

class Database;

/// The circle at a glance: when it meets, who is in it, who facilitates; the meetings and
/// their history go beside the members (extensionLayout()). Renaming and choosing the
/// facilitator are undo steps.
class CirclePage : public QWidget
{
    Q_OBJECT
public:
    CirclePage(Database& db, qint64 circleId, QWidget* parent = nullptr);
    /// The window's undo stack; without one the page keeps its own.
    void setUndoStack(QUndoStack* stack);
    void refresh();
    /// Room for the meetings work (meeting mode, schedule editing) below the overview.
    QVBoxLayout* extensionLayout() const { return m_extensions; }

    /// Renames the circle; an empty name is refused inline.
    bool rename(const QString& name);
    /// Adds a member by name; the 2-to-5 advice shows as a warning, not a refusal.
    bool addMember(const QString& name);
    bool setFacilitator(qint64 memberId);

Q_SIGNALS:
    void message(const QString& text);

private:
    Database& m_db;
    qint64 m_circleId;
    QLabel* m_summary;
    QLabel* m_warning;
    QTreeWidget* m_members;
    QUndoStack* m_undo;
    QUndoStack* m_ownUndo;
    QVBoxLayout* m_extensions;
    QLineEdit* m_name;
    QLineEdit* m_newMember;
    QComboBox* m_facilitator;
    QLabel* m_error;
};

} // namespace outloud
