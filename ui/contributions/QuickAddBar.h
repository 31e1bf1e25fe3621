// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contributions/Contribution.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QCompleter;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace outloud {

class Editor;

/**
 * Logging a contribution in a few keystrokes: the person by completion (a new name
 * creates them), direction and kind by keyboard, Enter saves. The person and the
 * contribution become one undo step.
 */
class QuickAddBar : public QWidget
{
    Q_OBJECT
public:
    /// @p kinds and @p channels: the catalogue to choose from (as ContributionService reads it).
    QuickAddBar(Editor& editor, qint64 memberId, const QList<ContributionKind>& kinds,
        const QList<Channel>& channels, QWidget* parent = nullptr);

    /// Prepares the bar for @p personId (and optionally a kind) and focuses it.
    void start(qint64 personId, Direction direction, qint64 kindId = -1);
    /// Focuses the person field (Ctrl+N).
    void focusPerson();
    void setToday(QDate today);

    /// Saves what is typed; shows problems inline. Returns the contribution id or -1.
    qint64 save();

Q_SIGNALS:
    void saved(qint64 contributionId);
    /// What was logged, for the status bar.
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Reads the names the person field completes (and closeName() looks through).
    void refreshPeople();
    /// The names, read now if they were not yet (they wait for the bar's first paint).
    void ensureNames();
    void updateBrought();
    void showError(const QString& message);
    /// A name on the list one or two letters away from @p name, or empty.
    QString closeName(const QString& name);

    Editor& m_editor;
    qint64 m_memberId;
    QDateEdit* m_date;
    QLineEdit* m_person;
    QStringListModel* m_names;
    bool m_namesRead = false;
    QComboBox* m_direction;
    QComboBox* m_kind;
    QComboBox* m_channel;
    QComboBox* m_brought;
    QLineEdit* m_note;
    QLabel* m_error;
    QDate m_today; ///< Invalid: the system date.
};

} // namespace outloud
