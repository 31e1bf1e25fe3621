// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "circle/WeekCalendar.h"
#include "contributions/Contribution.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace outloud {

class ContributionModel;
class Editor;
class QuickAddBar;

/// The contributions log: quick keyboard entry on top, filters, and the log itself.
class ContributionsPage : public QWidget
{
    Q_OBJECT
public:
    ContributionsPage(
        Editor& editor, qint64 memberId, const WeekCalendar& calendar, QWidget* parent = nullptr);

    ContributionModel* model() const { return m_model; }
    QuickAddBar* quickAdd() const { return m_quickAdd; }
    QTableView* view() const { return m_view; }

    /// Shows only week @p week (0: all weeks).
    void showWeek(int week);
    void removeSelected();
    /// Opens the row's contribution for correction.
    void editContribution(const QModelIndex& index);

Q_SIGNALS:
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilters();
    void showCount();

    Editor& m_editor;
    WeekCalendar m_calendar;
    qint64 m_memberId;
    ContributionModel* m_model;
    QuickAddBar* m_quickAdd;
    QTableView* m_view;
    QComboBox* m_week;
    QLineEdit* m_text;
    QComboBox* m_direction;
    QComboBox* m_kind;
    QComboBox* m_channel;
    QLabel* m_count;
};

} // namespace outloud
