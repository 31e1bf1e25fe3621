// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meetings/MeetingRecord.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace outloud {

/// One member's part of the meeting: their numbers, round notes, exercises checked off,
/// the commitments due today and those for next week. It only shows and reports edits;
/// meeting mode turns them into undo steps.
class MemberRoundPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MemberRoundPanel(QWidget* parent = nullptr);

    /// Shows @p member; @p exercises are the week's exercises (one check box each).
    void show(const MemberCapture& member, const QStringList& exercises);
    /// The texts as typed so far.
    QString notesText() const;
    QStringList commitmentTexts() const;
    /// The round's countdown text and whether the member's time is up.
    void setTimebox(const QString& text, bool timeUp);
    /// Puts the cursor into the round notes.
    void focusNotes();
    /// Shows without letting anything be changed (a member on an organization server:
    /// the facilitator records the meeting).
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    /// Typing in the notes or the commitments (not while show() fills them).
    void textEdited();
    /// The notes or commitments field lost focus: what was typed becomes an undo step.
    void textFinished();
    void exerciseToggled(int position, bool done);
    /// @p index into the member's due commitments.
    void keptToggled(int index, bool kept);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_loading = false;
    QLabel* m_name;
    QLabel* m_numbers;
    QLabel* m_timebox;
    QPlainTextEdit* m_notes;
    QListWidget* m_exercises; ///< Check boxes: done by this member.
    QListWidget* m_kept; ///< Check boxes: commitment kept.
    QPlainTextEdit* m_commitments;
};

} // namespace outloud
