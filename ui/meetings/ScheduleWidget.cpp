// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleWidget.h"

#include "PlanEditorDialog.h"
#include "ScheduleCommands.h"
#include "circle/CircleService.h"
#include "common/FileDialog.h"
#include "common/Format.h"
#include "common/ListHeaderView.h"
#include "common/MessageBox.h"
#include "common/PlainTextDelegate.h"
#include "common/TextColumns.h"
#include "common/TextWidths.h"
#include "meetings/CalendarExport.h"
#include "meetings/MeetingRecord.h"
#include "meetings/PlanService.h"
#include "meetings/Schedule.h"
#include "storage/Database.h"
#include "storage/PlainText.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
enum Column {
    WeekColumn,
    WhenColumn,
    ThemeColumn,
    StatusColumn,
    PresentColumn,
    CommitmentsColumn,
    NotesColumn,
    ColumnCount
};

// The one wording of a meeting's status, wherever it shows.
QString statusText(Meeting::Status status)
{
    switch (status) {
    case Meeting::Status::Planned:
        return ScheduleWidget::tr("Planned");
    case Meeting::Status::Held:
        return ScheduleWidget::tr("Held");
    case Meeting::Status::Moved:
        return ScheduleWidget::tr("Moved");
    case Meeting::Status::Skipped:
        return ScheduleWidget::tr("Cancelled");
    }
    return {};
}
} // namespace

ScheduleWidget::ScheduleWidget(Database& db, qint64 circleId, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_circleId(circleId)
    , m_undo(new QUndoStack(this))
    , m_ownUndo(m_undo)
{
    setObjectName(u"schedule"_s);
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(u"meetingTable"_s);
    m_table->setHorizontalHeader(new ListHeaderView(m_table)); // each title measured once
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Week"), tr("When"), tr("Theme"), tr("Status"),
        tr("Present"), tr("Commitments"), tr("Notes")});
    m_table->setAccessibleName(tr("Meetings"));
    m_table->setToolTip(tr("Enter or double click: open the meeting in meeting mode"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // The themes read whole (sized to them below); the notes take the spare width.
    m_table->horizontalHeader()->setSectionResizeMode(NotesColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new PlainTextDelegate(m_table)); // one line a cell, laid out once
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (const QTableWidgetItem* item = m_table->item(index.row(), WeekColumn))
            Q_EMIT openMeetingRequested(item->data(Qt::UserRole).toInt());
    });

    auto* moveRow = new QHBoxLayout;
    auto* moveLabel = new QLabel(tr("Move the selected meeting to"), this);
    m_moveEdit = new QDateTimeEdit(this);
    m_moveEdit->setObjectName(u"moveEdit"_s);
    m_moveEdit->setCalendarPopup(true);
    QString editFormat = QLocale().dateTimeFormat(QLocale::ShortFormat);
    m_moveEdit->setDisplayFormat(
        editFormat.remove(u":ss"_s).remove(u".ss"_s)); // minutes are enough
    moveLabel->setBuddy(m_moveEdit);
    m_moveButton = new QPushButton(tr("Move"), this);
    m_moveButton->setObjectName(u"moveButton"_s);
    m_skipButton = new QPushButton(tr("Skip this week"), this);
    m_skipButton->setObjectName(u"skipButton"_s);
    m_skipButton->setToolTip(tr("The selected meeting and every later one move one week later."));
    moveRow->addWidget(moveLabel);
    moveRow->addWidget(m_moveEdit);
    moveRow->addWidget(m_moveButton);
    moveRow->addStretch();
    moveRow->addWidget(m_skipButton);
    layout->addLayout(moveRow);

    auto* planRow = new QHBoxLayout;
    m_planLabel = new QLabel(this);
    m_planLabel->setObjectName(u"planLabel"_s);
    m_planLabel->setTextFormat(Qt::PlainText);
    auto* loadPlan = new QPushButton(tr("Load plan file..."), this);
    loadPlan->setObjectName(u"loadPlanButton"_s);
    auto* editPlan = new QPushButton(tr("Edit plan..."), this);
    editPlan->setObjectName(u"editPlanButton"_s);
    auto* shipped = new QPushButton(tr("Use the shipped plan"), this);
    shipped->setObjectName(u"shippedPlanButton"_s);
    auto* exportButton = new QPushButton(tr("Export calendar..."), this);
    exportButton->setObjectName(u"exportButton"_s);
    m_planLabel->setWordWrap(true);
    layout->addWidget(m_planLabel);
    planRow->addWidget(loadPlan);
    planRow->addWidget(editPlan);
    planRow->addWidget(shipped);
    planRow->addStretch();
    planRow->addWidget(exportButton);
    layout->addLayout(planRow);

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int week = selectedWeek();
        // The times the table was filled with (reload() follows every change to them).
        for (const Meeting& m : std::as_const(m_times)) {
            if (m.week == week)
                m_moveEdit->setDateTime(QDateTime(m.scheduledAt.date(), m.scheduledAt.time()));
        }
        m_moveButton->setEnabled(week > 0);
        m_skipButton->setEnabled(week > 0);
    });
    connect(m_moveButton, &QPushButton::clicked, this, &ScheduleWidget::moveSelected);
    connect(m_skipButton, &QPushButton::clicked, this, &ScheduleWidget::skipSelected);
    connect(exportButton, &QPushButton::clicked, this, &ScheduleWidget::chooseExportFile);
    connect(loadPlan, &QPushButton::clicked, this, &ScheduleWidget::choosePlanFile);
    connect(editPlan, &QPushButton::clicked, this, &ScheduleWidget::editPlan);
    connect(shipped, &QPushButton::clicked, this, &ScheduleWidget::useShippedPlan);
    // Changes made elsewhere (meeting mode marks meetings held, the setup renames members).
    connect(&m_db, &Database::changed, this, [this](Database::Tables tables) {
        if (tables & (Database::Circles | Database::Members | Database::Meetings))
            reload();
    });
    reload();
}

void ScheduleWidget::reload()
{
    const int selected = selectedWeek();
    const WeekPlan plan = PlanService(m_db).plan(m_circleId);
    m_times = Schedule(m_db).meetings(m_circleId);
    const QList<Meeting>& times = m_times;
    const QList<MeetingSummary> history = MeetingRecorder(m_db).history(m_circleId);
    m_table->setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const MeetingSummary& h = history.at(row);
        Meeting m = h.meeting;
        if (row < times.size() && times.at(row).id == m.id)
            m.scheduledAt = times.at(row).scheduledAt; // in the circle's zone
        const PlanWeek* week = plan.week(m.week);
        const bool held = m.status == Meeting::Status::Held;
        const QString present = held
            ? tr("%1 of %2").arg(h.present.size()).arg(h.present.size() + h.absent.size())
            : QString();
        QStringList commitmentParts;
        if (h.commitmentsMade > 0)
            commitmentParts.append(tr("%1 made").arg(h.commitmentsMade));
        if (h.commitmentsDue > 0)
            commitmentParts.append(held
                    ? tr("%1 of %2 kept").arg(h.commitmentsKept).arg(h.commitmentsDue)
                    : tr("%1 due").arg(h.commitmentsDue));
        const QString commitments = commitmentParts.join(u", "_s);
        const QStringList cells = {QString::number(m.week), format::shortDateTime(m.scheduledAt),
            week ? week->theme : QString(), statusText(m.status), present, commitments,
            h.roundNotes.join(u"; "_s)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, m.week);
            m_table->setItem(row, column, item);
        }
        if (held) {
            QStringList who = {tr("Present: %1").arg(h.present.join(u", "_s))};
            if (!h.absent.isEmpty())
                who.append(tr("Absent: %1").arg(h.absent.join(u", "_s)));
            m_table->item(row, PresentColumn)->setToolTip(who.join(u'\n'));
        }
        m_table->item(row, NotesColumn)->setToolTip(plainToolTip(h.roundNotes.join(u'\n')));
        m_table->item(row, ThemeColumn)->setToolTip(plainToolTip(cells.at(ThemeColumn)));
    }
    TextWidths widths;
    for (int column :
        {WeekColumn, WhenColumn, ThemeColumn, StatusColumn, PresentColumn, CommitmentsColumn})
        textcolumns::fit(m_table, column, widths, m_table->rowCount()); // every week
    // The notes keep room for their title whatever the themes take (each note has a tooltip).
    {
        QHeaderView* header = m_table->horizontalHeader();
        const QString title = m_table->model()->headerData(NotesColumn, Qt::Horizontal).toString();
        header->setMinimumSectionSize(std::max(header->minimumSectionSize(),
            header->fontMetrics().horizontalAdvance(title)
                + 3 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)));
    }
    // Every week in sight: the table is as tall as its rows.
    int rows = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        rows += m_table->rowHeight(row);
    m_table->setMinimumHeight(rows);
    m_planLabel->setText(PlanService(m_db).hasOwnPlan(m_circleId)
            ? tr("Plan: %1 (the circle's own)").arg(plan.title)
            : tr("Plan: %1").arg(plan.title));
    selectWeek(selected > 0 ? selected : 1);
}

void ScheduleWidget::setUndoStack(QUndoStack* stack)
{
    m_undo = stack ? stack : m_ownUndo;
}

void ScheduleWidget::pushPlanChange(const QString& text, const std::optional<QString>& before)
{
    m_undo->push(new PlanCommand(m_db, m_circleId, text, before, currentOwnPlan(m_db, m_circleId)));
}

void ScheduleWidget::selectWeek(int week)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, WeekColumn)->data(Qt::UserRole).toInt() == week) {
            m_table->selectRow(row);
            return;
        }
    }
}

int ScheduleWidget::selectedWeek() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? -1 : items.first()->data(Qt::UserRole).toInt();
}

void ScheduleWidget::showStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText,
        problem ? QColor(0xa0, 0x24, 0x1c) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

bool ScheduleWidget::moveSelected()
{
    const int week = selectedWeek();
    QString error;
    Schedule schedule(m_db);
    const auto before = schedule.wallTimes(m_circleId);
    if (!schedule.moveMeeting(m_circleId, week, m_moveEdit->dateTime(), &error)) {
        showStatus(error, true);
        return false;
    }
    m_undo->push(new ScheduleTimesCommand(
        m_db, m_circleId, tr("Move meeting %1").arg(week), before, schedule.wallTimes(m_circleId)));
    reload();
    showStatus(
        tr("Meeting %1 moved to %2.").arg(week).arg(format::shortDateTime(m_moveEdit->dateTime())),
        false);
    Q_EMIT scheduleChanged();
    return true;
}

bool ScheduleWidget::skipSelected()
{
    const int week = selectedWeek();
    QString error;
    Schedule schedule(m_db);
    const auto before = schedule.wallTimes(m_circleId);
    if (!schedule.skipWeek(m_circleId, week, &error)) {
        showStatus(error, true);
        return false;
    }
    m_undo->push(new ScheduleTimesCommand(
        m_db, m_circleId, tr("Skip week %1").arg(week), before, schedule.wallTimes(m_circleId)));
    reload();
    showStatus(
        tr("Week skipped: meeting %1 and the ones after it are one week later.").arg(week), false);
    Q_EMIT scheduleChanged();
    return true;
}

bool ScheduleWidget::exportTo(const QString& path)
{
    QString error;
    if (!CalendarExport::exportToFile(
            m_db, m_circleId, PlanService(m_db).plan(m_circleId), path, &error)) {
        showStatus(error, true);
        return false;
    }
    showStatus(tr("Calendar written to %1. Import it again after changes: the events update.")
                   .arg(QDir::toNativeSeparators(path)),
        false);
    return true;
}

bool ScheduleWidget::loadPlan(const QString& path)
{
    QString error;
    const std::optional<QString> before = currentOwnPlan(m_db, m_circleId);
    if (!PlanService(m_db).loadPlanFile(m_circleId, path, &error)) {
        showStatus(tr("The plan was not changed. %1").arg(error), true);
        return false;
    }
    pushPlanChange(tr("Load a week plan"), before);
    reload();
    showStatus(
        tr("The circle now uses the plan from %1.").arg(QDir::toNativeSeparators(path)), false);
    Q_EMIT scheduleChanged();
    return true;
}

namespace {
QString askCalendarPath(QWidget* parent)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return FileDialog::saveFileName(parent, ScheduleWidget::tr("Export calendar"),
        dir + u"/circle.ics"_s, ScheduleWidget::tr("iCalendar files (*.ics)"));
}
} // namespace

bool ScheduleWidget::exportCalendar(QWidget* parent, Database& db, qint64 circleId)
{
    const QString path = askCalendarPath(parent);
    if (path.isEmpty())
        return false;
    QString error;
    if (!CalendarExport::exportToFile(db, circleId, PlanService(db).plan(circleId), path, &error)) {
        MessageBox::warning(parent, tr("Export calendar"), error);
        return false;
    }
    return true;
}

void ScheduleWidget::chooseExportFile()
{
    const QString path = askCalendarPath(this);
    if (!path.isEmpty())
        exportTo(path);
}

void ScheduleWidget::choosePlanFile()
{
    const QString path = FileDialog::openFileName(
        this, tr("Load a week plan"), QString(), tr("Plan files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        loadPlan(path);
}

void ScheduleWidget::editPlan()
{
    PlanEditorDialog dialog(m_db, m_circleId, this);
    dialog.setUndoStack(m_undo);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        showStatus(tr("The circle's plan was saved."), false);
        Q_EMIT scheduleChanged();
    }
}

void ScheduleWidget::useShippedPlan()
{
    QString error;
    const std::optional<QString> before = currentOwnPlan(m_db, m_circleId);
    if (!PlanService(m_db).useShippedPlan(m_circleId, &error)) {
        showStatus(error, true);
        return;
    }
    pushPlanChange(tr("Use the shipped plan"), before);
    reload();
    showStatus(tr("The circle uses the shipped plan."), false);
    Q_EMIT scheduleChanged();
}

} // namespace outloud
