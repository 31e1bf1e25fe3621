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
/// the commitments due today and those for next week.
class MemberRoundPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MemberRoundPanel(QWidget* parent = nullptr);

    /// Shows @p member; @p exercises are the week's exercises (one check box each).
    void show(const MemberCapture& member, const QStringList& exercises);
    /// Writes what the editors hold back into @p member.
    void store(MemberCapture& member) const;
    /// The round's countdown text and whether the member's time is up.
    void setTimebox(const QString& text, bool timeUp);

Q_SIGNALS:
    /// The user changed something (not emitted while show() fills the editors).
    void edited();

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
