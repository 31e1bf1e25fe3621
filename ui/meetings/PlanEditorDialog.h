// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QUndoStack;

namespace outloud {

class Database;

/// Edits the circle's week plan as text (the format of resources/plans/README.md). Saving
/// a broken plan is refused with the line and the problem; the plan in use stays.
class PlanEditorDialog : public QDialog
{
    Q_OBJECT
public:
    PlanEditorDialog(Database& db, qint64 circleId, QWidget* parent = nullptr);
    /// Saving becomes an undo step on @p stack.
    void setUndoStack(QUndoStack* stack) { m_undo = stack; }

public Q_SLOTS:
    void accept() override;

private:
    Database& m_db;
    qint64 m_circleId;
    QPlainTextEdit* m_edit;
    QLabel* m_error;
    QUndoStack* m_undo = nullptr;
};

} // namespace outloud
