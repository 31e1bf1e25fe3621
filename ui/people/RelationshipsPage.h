// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contributions/Contribution.h"
#include "people/KeepInTouch.h"

#include <QDate>
#include <QWidget>

class QBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QTimer;

namespace outloud {

class Editor;
class PersonDetailPane;
class RelationshipModel;

/// The relationship list: a sortable, filterable table with closeness edited in place,
/// the selected person's story beside it, and whom to reach out to this week.
class RelationshipsPage : public QWidget
{
    Q_OBJECT
public:
    /// @p today: the day the page treats as today (setToday changes it later).
    RelationshipsPage(Editor& editor, qint64 memberId, QDate today = QDate::currentDate(),
        QWidget* parent = nullptr);

    RelationshipModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// Selects @p personId (clearing filters that hide them) and shows their story.
    void selectPerson(qint64 personId);
    qint64 selectedPersonId() const;
    void setToday(QDate today);

    void addPerson();
    void editPerson(qint64 personId);
    void removeSelected();

Q_SIGNALS:
    /// "Log a contribution to / from this person".
    void logRequested(qint64 personId, outloud::Direction direction, qint64 kindId);
    void message(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // The constructor's parts, in the order they run.
    void createModel();
    QPushButton* createFilters();
    void connectFilters();
    void createTable();
    void createDetailPane();
    void createReachOut();
    QPushButton* createColumnChooser();
    /// Sizes a column shown only on request (organization, role) to its first screenful.
    void fitColumn(int column);
    void layOut(QPushButton* add, QPushButton* columns);

    void completeAfterFirstPaint();
    void keepTagFilterWide();
    int listWidthNeeded() const;
    void arrangeSplitter();
    void applyFilter();
    TouchWeek touchWeek() const;
    void updateTouchWeek();
    void refreshTags();
    void refreshReachOut();
    void onSelectionChanged();

    Editor& m_editor;
    qint64 m_memberId;
    QDate m_today = QDate::currentDate();
    RelationshipModel* m_model;
    QTableView* m_view;
    PersonDetailPane* m_detail;
    QLineEdit* m_filter;
    QComboBox* m_tag;
    QComboBox* m_touch = nullptr;
    QComboBox* m_closeness;
    QSpinBox* m_staleWeeks;
    QListWidget* m_reachOut;
    QSplitter* m_splitter = nullptr;
    QBoxLayout* m_sideLayout = nullptr;
    bool m_splitterArranged = false;
    bool m_painted = false; ///< The page has painted once (completeAfterFirstPaint ran).
    QLabel* m_count;
    QTimer* m_filterTimer;
    QList<int> m_fittedColumns; ///< Sized by fitColumn() already.
};

} // namespace outloud
