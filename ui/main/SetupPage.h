// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;

namespace outloud {

class Database;

/// Starting my own circle in three short steps: the circle and its members, my goal,
/// and the first names of my relationship list. Every step can be skipped (sensible
/// defaults fill in), and the demo circle is offered beside it.
class SetupPage : public QWidget
{
    Q_OBJECT
public:
    explicit SetupPage(QWidget* parent = nullptr);
    void setDatabase(Database* db) { m_db = db; }
    /// A second circle can be given up on (back to the one open); the first cannot.
    void setCancelable(bool cancelable);

    /// Validates and writes everything in one transaction. On error shows it inline.
    bool create();
    int step() const;
    void next();
    void back();
    /// Leaves the current step as it is (defaults fill in) and moves on.
    void skip();
    /// The circle the last create() made, or -1.
    qint64 createdCircleId() const { return m_createdCircleId; }

Q_SIGNALS:
    void finished();
    void openDemoRequested();
    void canceled();

private:
    // The constructor's parts, in the order they run.
    QGroupBox* createCircleForm();
    QGroupBox* createMembersForm();
    QGroupBox* createGoalForm();
    void createErrorLabel();
    void createSteps(QGroupBox* circleBox, QGroupBox* membersBox, QGroupBox* goalBox);
    QHBoxLayout* createButtons();
    void layOut(QHBoxLayout* buttons);

    void updateButtons();
    void refreshFacilitators();
    QStringList memberNames() const;
    bool writeGoal(qint64 memberId, QString* error);
    bool writeFirstPeople(qint64 memberId, QString* error);

    Database* m_db = nullptr;
    qint64 m_createdCircleId = -1;
    QLineEdit* m_circleName;
    QDateEdit* m_startDate;
    QComboBox* m_weekday;
    QTimeEdit* m_time;
    QSpinBox* m_weeks;
    QLineEdit* m_myName;
    QPlainTextEdit* m_others;
    QComboBox* m_facilitator;
    QLabel* m_memberWarning;
    QLineEdit* m_accomplish;
    QLineEdit* m_why;
    QLineEdit* m_progress;
    QSpinBox* m_target;
    QPlainTextEdit* m_firstPeople;
    QLabel* m_error;
    QLabel* m_stepTitle;
    QStackedWidget* m_steps;
    QPushButton* m_back;
    QPushButton* m_skip;
    QPushButton* m_next;
    QPushButton* m_create;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_demo = nullptr;
};

} // namespace outloud
