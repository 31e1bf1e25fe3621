// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;

namespace outloud {

class Editor;

/// My goal, asked through the first question, with every dated revision kept.
class GoalPage : public QWidget
{
    Q_OBJECT
public:
    GoalPage(Editor& editor, qint64 memberId, QWidget* parent = nullptr);

    /// Saves the form as a new dated revision; false (with an inline message) if refused.
    bool saveRevision();
    void refresh();

Q_SIGNALS:
    void message(const QString& text);

private:
    Editor& m_editor;
    qint64 m_memberId;
    QPlainTextEdit* m_accomplish;
    QLineEdit* m_why;
    QLineEdit* m_progress;
    QSpinBox* m_target;
    QLabel* m_error;
    QLabel* m_since;
    QTreeWidget* m_history;
};

} // namespace outloud
