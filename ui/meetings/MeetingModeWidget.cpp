// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Meeting mode: loading the week and recording what happens in it as undo steps.
#include "MeetingModeWidget.h"

#include "MeetingCommands.h"
#include "MemberRoundPanel.h"
#include "circle/CircleService.h"
#include "common/Format.h"
#include "meetings/FacilitatorNotes.h"
#include "meetings/PlanService.h"
#include "meetings/Schedule.h"
#include "org/OrgService.h"
#include "sharing/SharedRoundWidget.h"
#include "storage/Database.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud {

MeetingModeWidget::MeetingModeWidget(
    Database& db, qint64 circleId, QWidget* parent, MonotonicClock clock)
    : QWidget(parent)
    , m_db(db)
    , m_circleId(circleId)
    , m_ownUndo(new QUndoStack(this))
    , m_timer(clock)
    , m_roundBox(clock)
    , m_ticker(new QTimer(this))
    , m_idle(new QTimer(this))
{
    setObjectName(u"meetingMode"_s);
    setFocusPolicy(Qt::StrongFocus);
    m_undo = m_ownUndo;
    if (m_db.isOrganization()) {
        OrgSession session;
        m_readOnly = !OrgService(m_db).session(&session, nullptr)
            || !session.facilitatedCircles.contains(m_circleId);
    }
    buildUi();
    buildActions();
    m_week = -1;
    reload();
    connect(&m_db, &Database::changed, this, [this](Database::Tables tables) {
        if (m_writing)
            return;
        // Plan, schedule or members changed elsewhere: follow, unless the meeting is under
        // way (never pull the agenda from under the facilitator's hands).
        if (tables & (Database::Circles | Database::Members)) {
            const bool underWay = m_timer.isRunning() || m_timer.currentIndex() > 0
                || m_timer.remainingMs() != m_timer.segmentDurationMs();
            if (!underWay) {
                reload();
                return;
            }
        }
        // An undo or redo, or a correction elsewhere: show what is stored (a meeting moved
        // moves the weeks its figures count).
        if (tables & (Database::Meetings | Database::Commitments | Database::Members)) {
            if (tables & Database::Meetings)
                m_calendar = CircleService(m_db).calendar(m_circleId);
            loadRecord();
        }
    });
    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &MeetingModeWidget::refresh);
    m_ticker->start();
    m_idle->setSingleShot(true);
    m_idle->setInterval(1500);
    connect(m_idle, &QTimer::timeout, this, &MeetingModeWidget::commitText);
}

MeetingModeWidget::~MeetingModeWidget() = default;

QString MeetingModeWidget::readOnlyNote()
{
    return tr("The circle's facilitator records the meeting; you see what is saved.");
}

void MeetingModeWidget::setUndoStack(QUndoStack* stack)
{
    m_undo = stack ? stack : m_ownUndo;
}

void MeetingModeWidget::connectRound()
{
    connect(m_weekSpin, &QSpinBox::valueChanged, this, &MeetingModeWidget::setWeek);
    connect(m_memberList, &QListWidget::currentRowChanged, this, &MeetingModeWidget::showMember);
    connect(m_memberList, &QListWidget::itemChanged, this, &MeetingModeWidget::attendanceChanged);
    connect(m_panel, &MemberRoundPanel::textEdited, this, [this] { m_idle->start(); });
    connect(m_shared, &SharedRoundWidget::figuresChanged, this, &MeetingModeWidget::loadRecord);
    connect(m_panel, &MemberRoundPanel::textFinished, this, &MeetingModeWidget::commitText);
    connect(m_panel, &MemberRoundPanel::exerciseToggled, this, &MeetingModeWidget::exerciseToggled);
    connect(m_panel, &MemberRoundPanel::keptToggled, this, &MeetingModeWidget::keptToggled);
}

void MeetingModeWidget::attendanceChanged(QListWidgetItem* item)
{
    const int row = m_memberList->row(item);
    if (m_readOnly || row < 0 || row >= m_capture.members.size())
        return;
    commitText();
    const MemberCapture& m = m_capture.members.at(row);
    const bool present = item->checkState() == Qt::Checked;
    if (present != m.present)
        push(std::make_unique<AttendanceCommand>(
            m_db, target(m), m_status, m.name, m.present, present));
    loadRecord();
    // Fewer people present means more time each, unless the current one has begun.
    if (m_roundBox.elapsedMs() == 0)
        resetTimebox();
}

void MeetingModeWidget::exerciseToggled(int position, bool done)
{
    if (m_current < 0)
        return;
    commitText();
    const MemberCapture m = m_capture.members.at(m_current);
    QSet<int> after = m.exercisesDone;
    if (done)
        after.insert(position);
    else
        after.remove(position);
    const PlanWeek* week = m_plan.week(m_week);
    push(std::make_unique<ExercisesCommand>(m_db, target(m), m_status, m.name,
        week ? week->exercises : QStringList(), m.exercisesDone, after));
    loadRecord();
}

void MeetingModeWidget::keptToggled(int index, bool kept)
{
    if (m_current < 0 || index >= m_capture.members.at(m_current).due.size())
        return;
    commitText();
    const MemberCapture m = m_capture.members.at(m_current);
    const Commitment& c = m.due.at(index);
    push(std::make_unique<KeptCommand>(
        m_db, target(m), m_status, m.name, c.id, c.kept, std::optional<bool>(kept)));
    loadRecord();
}

void MeetingModeWidget::reload()
{
    m_plan = PlanService(m_db).plan(m_circleId);
    m_meetings = Schedule(m_db).meetings(m_circleId);
    m_calendar = CircleService(m_db).calendar(m_circleId);
    // A circle's own plan may be shorter or longer than its schedule; offer every week of both.
    const int meetings = int(m_meetings.size());
    {
        // The first time, the range moves the value to week 1, which would load that week
        // before the one chosen below: one load, of the week chosen.
        const QSignalBlocker block(m_week < 1 ? m_weekSpin : nullptr);
        m_weekSpin->setRange(1, std::max({1, meetings, int(m_plan.weeks.size())}));
    }
    if (m_week < 1)
        m_week = defaultWeek(m_meetings);
    m_week = std::clamp(m_week, 1, m_weekSpin->maximum());
    {
        const QSignalBlocker block(m_weekSpin);
        m_weekSpin->setValue(m_week);
    }
    loadWeek();
}

int MeetingModeWidget::defaultWeek() const
{
    return defaultWeek(Schedule(m_db).meetings(m_circleId));
}

int MeetingModeWidget::defaultWeek(const QList<Meeting>& meetings) const
{
    const QDate today = m_db.now().date();
    for (const Meeting& m : meetings) {
        if (m.scheduledAt.date() >= today)
            return std::clamp(m.week, 1, m_weekSpin->maximum());
    }
    return meetings.isEmpty() ? 1 : std::clamp(meetings.last().week, 1, m_weekSpin->maximum());
}

void MeetingModeWidget::setWeek(int week)
{
    if (week == m_week)
        return;
    // Typed text belongs to the week it was typed in.
    commitText();
    m_week = week;
    {
        const QSignalBlocker block(m_weekSpin);
        m_weekSpin->setValue(week);
    }
    m_order.clear();
    m_skipped.clear();
    m_current = -1;
    m_meetings = Schedule(m_db).meetings(m_circleId); // moved since the week was loaded?
    m_calendar = CircleService(m_db).calendar(m_circleId);
    loadWeek();
}

void MeetingModeWidget::loadWeek()
{
    const PlanWeek* week = m_plan.week(m_week);
    const PlanWeek empty;
    const PlanWeek& w = week ? *week : empty;
    m_themeLabel->setText(week ? w.theme : tr("Week %1").arg(m_week));

    QStringList info;
    const QLocale locale;
    for (const Meeting& m : std::as_const(m_meetings)) {
        if (m.week == m_week)
            info.append(locale.toString(m.scheduledAt.date(), QLocale::LongFormat) + u", "_s
                + format::shortTime(m.scheduledAt.time()));
    }
    info.prepend(tr("Week %1 of %2").arg(m_week).arg(m_weekSpin->maximum()));
    FacilitatorNotes facilitator(m_db);
    const QString facilitatorName = facilitator.facilitatorName(m_circleId);
    if (!facilitatorName.isEmpty())
        info.append(tr("Facilitator: %1").arg(facilitatorName));
    m_infoLabel->setText(info.join(u"  ·  "_s));

    m_timer.setAgenda(w.agenda);
    m_agendaList->clear();
    for (const AgendaSegment& s : w.agenda)
        m_agendaList->addItem(tr("%1 min  %2").arg(s.minutes, 2).arg(s.title));

    loadRecord();
    if (m_current < 0 && !m_capture.members.isEmpty()) {
        const QScopedValueRollback justRead(m_figuresJustRead, true);
        showMember(0);
    }

    // One line per kind of notice, names listed: it has to fit under the table.
    QStringList missed, silent;
    for (const FacilitatorNotice& n : facilitator.notices(m_circleId, m_week, m_calendar)) {
        QString name;
        for (const MemberCapture& m : m_capture.members) {
            if (m.memberId == n.memberId)
                name = m.name;
        }
        (n.kind == FacilitatorNotice::Kind::MissedTwoMeetings ? missed : silent).append(name);
    }
    QStringList notices;
    if (!missed.isEmpty())
        notices.append(tr("Missed the last two meetings: %1.").arg(missed.join(u", "_s)));
    if (!silent.isEmpty())
        notices.append(tr("Nothing logged for two weeks: %1.").arg(silent.join(u", "_s)));
    m_noticesLabel->setText(notices.isEmpty()
            ? QString()
            : tr("For the facilitator, a friendly word may help. %1").arg(notices.join(u"  "_s)));
    // For the facilitator: a member following the meeting read-only does not get them.
    m_noticesLabel->setVisible(!notices.isEmpty() && !m_readOnly);
    const QStringList prepare = facilitator.prepareForNext(m_week, m_plan, m_meetings);
    m_prepareLabel->setText(
        prepare.isEmpty() ? QString() : tr("Before next time: %1").arg(prepare.join(u"  ·  "_s)));
    m_prepareLabel->setVisible(!prepare.isEmpty());
    m_statusLabel->setText(m_capture.meetingId <= 0
            ? tr("This week has no meeting in the schedule.")
            : m_readOnly ? readOnlyNote()
                         : QString());
    resetTimebox();
    updateActions();
    refresh();
}

void MeetingModeWidget::loadRecord()
{
    const qint64 currentId = m_current >= 0 && m_current < m_capture.members.size()
        ? m_capture.members.at(m_current).memberId
        : -1;
    m_capture = MeetingRecorder(m_db).load(m_circleId, m_week, m_calendar);
    // Other members' numbers from their cards, or as reported; re-read on each load.
    m_shared->setMember(currentId, m_week);
    for (MemberCapture& member : m_capture.members)
        m_shared->applyTo(member);
    m_status = m_capture.status;
    // The round's order is the facilitator's, for this sitting; new members go last.
    std::stable_sort(m_capture.members.begin(), m_capture.members.end(),
        [this](const MemberCapture& a, const MemberCapture& b) {
            const auto rank = [this](qint64 id) {
                const qsizetype i = m_order.indexOf(id);
                return i < 0 ? m_order.size() : i;
            };
            return rank(a.memberId) < rank(b.memberId);
        });
    m_order.clear();
    m_current = -1;
    for (int i = 0; i < m_capture.members.size(); ++i) {
        m_order.append(m_capture.members.at(i).memberId);
        if (m_capture.members.at(i).memberId == currentId)
            m_current = i;
    }
    fillMemberList();
    m_panel->setEnabled(!m_capture.members.isEmpty() && m_capture.meetingId > 0);
    m_panel->setReadOnly(m_readOnly);
    if (m_readOnly && m_capture.meetingId > 0)
        m_statusLabel->setText(readOnlyNote());
    if (m_current >= 0) {
        const PlanWeek* week = m_plan.week(m_week);
        m_panel->show(m_capture.members.at(m_current), week ? week->exercises : QStringList());
    }
    updateActions();
}

MemberEditTarget MeetingModeWidget::target(const MemberCapture& member) const
{
    return {m_capture.meetingId, member.memberId, m_week, Meeting::Status::Held};
}

bool MeetingModeWidget::push(std::unique_ptr<MeetingEditCommand> command)
{
    command->setErrorSink(
        [this](const QString& error) { m_statusLabel->setText(tr("Not saved: %1").arg(error)); });
    QString error;
    m_writing = true;
    const bool ok = pushApplied(m_undo, std::move(command), &error);
    m_writing = false;
    m_statusLabel->setText(ok ? tr("Saved at %1").arg(format::shortTime(m_db.now().time()))
                              : tr("Not saved: %1").arg(error));
    return ok;
}

bool MeetingModeWidget::hasUnsavedChanges() const
{
    if (m_readOnly || m_current < 0 || m_current >= m_capture.members.size()
        || m_capture.meetingId < 0)
        return false;
    const MemberCapture& m = m_capture.members.at(m_current);
    return m_panel->notesText() != m.notes.trimmed()
        || m_panel->commitmentTexts() != m.newCommitments;
}

void MeetingModeWidget::commitText()
{
    m_idle->stop();
    if (!hasUnsavedChanges())
        return;
    const MemberCapture m = m_capture.members.at(m_current);
    // Both read before either is written: writing reloads the stored values.
    const QString notes = m_panel->notesText();
    const QStringList commitments = m_panel->commitmentTexts();
    if (notes != m.notes.trimmed()) {
        push(
            std::make_unique<RoundNotesCommand>(m_db, target(m), m_status, m.name, m.notes, notes));
        m_status = Meeting::Status::Held;
    }
    if (commitments != m.newCommitments)
        push(std::make_unique<CommitmentsCommand>(
            m_db, target(m), m_status, m.name, m.newCommitments, commitments));
    loadRecord();
}

bool MeetingModeWidget::save()
{
    if (m_readOnly)
        return false;
    commitText();
    if (m_capture.meetingId < 0) {
        m_statusLabel->setText(tr("This week has no meeting in the schedule."));
        return false;
    }
    if (m_status != Meeting::Status::Held) {
        MemberEditTarget t = target(MemberCapture());
        if (!push(std::make_unique<MeetingStatusCommand>(m_db, t, m_status)))
            return false;
        loadRecord();
    }
    m_statusLabel->setText(tr("Saved at %1").arg(format::shortTime(m_db.now().time())));
    Q_EMIT saved();
    return true;
}

void MeetingModeWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    window()->installEventFilter(this);
    // Keys work from the moment the page shows; typing goes into the round's notes.
    QTimer::singleShot(0, this, [this] {
        if (!isVisible())
            return;
        QWidget* focus = QApplication::focusWidget();
        if (focus && isAncestorOf(focus))
            return;
        if (m_panel->isEnabled())
            m_panel->focusNotes();
        else
            setFocus(Qt::OtherFocusReason);
    });
}

void MeetingModeWidget::hideEvent(QHideEvent* event)
{
    commitText();
    QWidget::hideEvent(event);
}

} // namespace outloud
