// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace outloud {

class Database;

/// Starting my own circle: the circle, its members, my goal and the first names of my
/// relationship list, on one page. Only the circle's and my name are required.
class SetupPage : public QWidget
{
    Q_OBJECT
public:
    explicit SetupPage(QWidget* parent = nullptr);
    void setDatabase(Database* db) { m_db = db; }

    /// Validates and writes everything in one transaction. On error shows it inline.
    bool create();

Q_SIGNALS:
    void finished();

private:
    void refreshFacilitators();
    QStringList memberNames() const;

    Database* m_db = nullptr;
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
};

} // namespace outloud
