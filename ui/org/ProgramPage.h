// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "org/OrgService.h"
#include "report/PageFlow.h"

#include <QDate>
#include <QLocale>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace outloud {

class Database;

/**
 * The "Program" page of an organization database, for a facilitator and the program's
 * admin. A facilitator sees each circle they run: its week, the next meeting, attendance,
 * commitments kept, the week's contributions and the members who stall (no contribution
 * for two weeks), and saves it as a PDF for the program's check-ins. The admin sees the
 * program's totals (circles running and in which week, members active this week,
 * completion, participation week by week): counts only, never a name from anyone's list.
 * Everything comes from OrgService, which the server checks; it re-reads when the
 * database announces a change (LiveUpdates brings the others').
 */
class ProgramPage : public QWidget
{
    Q_OBJECT
public:
    ProgramPage(Database& db, QDate today, QWidget* parent = nullptr);

    void setToday(QDate today);
    /// Reads everything again.
    void refresh();
    /// Asks for a file name and writes the check-in PDF; false when cancelled or failed.
    bool saveCheckIn();

    bool showsFacilitator() const { return m_facilitator; }
    bool showsAdmin() const { return m_admin; }

    /// The facilitator table's columns and one circle's row (also the PDF's).
    static QList<PageFlow::Column> overviewColumns();
    static QStringList overviewRow(const OrgCircleOverview& circle, const QLocale& locale);

Q_SIGNALS:
    void message(const QString& text);

private:
    void fillFacilitator(const QList<OrgCircleOverview>& circles);
    void fillAdmin(const OrgProgramTotals& totals, const QList<OrgProgramCircle>& circles,
        const QList<OrgProgramWeek>& weeks);

    Database& m_db;
    QDate m_today;
    bool m_facilitator = false;
    bool m_admin = false;
    QList<OrgCircleOverview> m_overview;
    QWidget* m_facilitatorBox = nullptr;
    QTableWidget* m_circles = nullptr;
    QLabel* m_stalled = nullptr;
    QPushButton* m_save = nullptr;
    QWidget* m_adminBox = nullptr;
    QLabel* m_totals = nullptr;
    QTableWidget* m_programCircles = nullptr;
    QTableWidget* m_weeks = nullptr;
    QLabel* m_error = nullptr;
    QTimer* m_refresh = nullptr;
};

} // namespace outloud
