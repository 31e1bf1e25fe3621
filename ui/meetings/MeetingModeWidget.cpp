// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingModeWidget.h"

#include "MeetingCommands.h"
#include "MeetingStyle.h"
#include "MemberRoundPanel.h"
#include "common/Format.h"
#include "meetings/FacilitatorNotes.h"
#include "meetings/MeetingService.h"
#include "meetings/PlanService.h"
#include "meetings/Schedule.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWindow>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
// The space meeting mode is designed for (what it gets in a 1280x800 window); type scales
// from there, down to small laptops and up to a shared screen.
constexpr qreal DesignWidth = 1100;
constexpr qreal DesignHeight = 720;
constexpr int ButtonHeight = 40;
constexpr qreal MinScale = 0.72;

QString keysText(const QList<QKeySequence>& keys)
{
    QStringList texts;
    for (const QKeySequence& k : keys)
        texts.append(k.toString(QKeySequence::NativeText));
    return texts.join(QCoreApplication::translate("outloud::MeetingModeWidget", " or "));
}
} // namespace

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
        // An undo or redo, or a correction elsewhere: show what is stored.
        if (tables & (Database::Meetings | Database::Commitments | Database::Members))
            loadRecord();
    });
    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &MeetingModeWidget::refresh);
    m_ticker->start();
    m_idle->setSingleShot(true);
    m_idle->setInterval(1500);
    connect(m_idle, &QTimer::timeout, this, &MeetingModeWidget::commitText);
}

MeetingModeWidget::~MeetingModeWidget() = default;

void MeetingModeWidget::setUndoStack(QUndoStack* stack)
{
    m_undo = stack ? stack : m_ownUndo;
}

QAction* MeetingModeWidget::addKeyAction(const QString& name, const QString& text,
    const QList<QKeySequence>& keys, void (MeetingModeWidget::*slot)())
{
    return addKeyAction(name, text, keys, [this, slot] { (this->*slot)(); });
}

QAction* MeetingModeWidget::addKeyAction(const QString& name, const QString& text,
    const QList<QKeySequence>& keys, const std::function<void()>& run)
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcuts(keys);
    // Works wherever the focus is in the window, as long as this page shows.
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, run);
    addAction(action);
    m_keyActions.append(action);
    return action;
}

QPushButton* MeetingModeWidget::buttonFor(
    QAction* action, const QString& name, const QString& label)
{
    auto* b = new QPushButton(label, this);
    b->setObjectName(name);
    b->setToolTip(tr("%1 (%2)").arg(action->text(), keysText(action->shortcuts())));
    b->setFocusPolicy(Qt::NoFocus); // keys go to the actions, typing to the notes
    meetingstyle::setBasePointSize(b, 14);
    connect(b, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, b, [b, action] { b->setEnabled(action->isEnabled()); });
    return b;
}

void MeetingModeWidget::buildActions()
{
    using K = QKeySequence;
    m_startAction = addKeyAction(u"startPauseAction"_s, tr("Start or pause the agenda"),
        {K(Qt::CTRL | Qt::Key_Space), K(Qt::Key_F5)}, &MeetingModeWidget::startPause);
    m_nextAction = addKeyAction(u"nextSegmentAction"_s, tr("Next part of the agenda"),
        {K(Qt::Key_PageDown)}, &MeetingModeWidget::nextSegment);
    m_backAction = addKeyAction(u"previousSegmentAction"_s, tr("Back to the previous part"),
        {K(Qt::Key_PageUp)}, &MeetingModeWidget::previousSegment);
    m_restartAction = addKeyAction(u"restartAction"_s, tr("Restart the agenda"),
        {K(Qt::CTRL | Qt::Key_R)}, &MeetingModeWidget::restartAgenda);
    m_moreAction = addKeyAction(u"addMinuteAction"_s, tr("One more minute for this part"),
        {K(Qt::CTRL | Qt::Key_T)}, &MeetingModeWidget::addMinute);
    m_lessAction = addKeyAction(u"removeMinuteAction"_s, tr("One minute less for this part"),
        {K(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}, &MeetingModeWidget::removeMinute);
    m_nextMemberAction = addKeyAction(u"nextMemberAction"_s, tr("Next member's round"),
        {K(Qt::CTRL | Qt::Key_M)}, &MeetingModeWidget::nextMember);
    m_previousMemberAction = addKeyAction(u"previousMemberAction"_s, tr("Previous member's round"),
        {K(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}, &MeetingModeWidget::previousMember);
    m_skipAction = addKeyAction(u"skipMemberAction"_s,
        tr("Skip this member for now; their turn comes at the end"), {K(Qt::CTRL | Qt::Key_K)},
        &MeetingModeWidget::skipMember);
    addKeyAction(u"memberEarlierAction"_s, tr("Move this member earlier in the round"),
        {K(Qt::ALT | Qt::Key_Up)}, &MeetingModeWidget::moveMemberEarlier);
    addKeyAction(u"memberLaterAction"_s, tr("Move this member later in the round"),
        {K(Qt::ALT | Qt::Key_Down)}, &MeetingModeWidget::moveMemberLater);
    addKeyAction(u"presentAction"_s, tr("Present or absent"), {K(Qt::CTRL | Qt::Key_D)},
        &MeetingModeWidget::togglePresent);
    addKeyAction(
        u"saveAction"_s, tr("Save the meeting"), {K(Qt::CTRL | Qt::Key_S)}, [this] { save(); });
    addKeyAction(u"previousWeekAction"_s, tr("The week before"), {K(Qt::ALT | Qt::Key_Left)},
        [this] { m_weekSpin->setValue(m_weekSpin->value() - 1); });
    addKeyAction(u"nextWeekAction"_s, tr("The week after"), {K(Qt::ALT | Qt::Key_Right)},
        [this] { m_weekSpin->setValue(m_weekSpin->value() + 1); });
    addKeyAction(u"presentationAction"_s, tr("Presentation mode: full screen, large type"),
        {K(Qt::Key_F11)}, &MeetingModeWidget::togglePresentation);
    m_leaveAction = addKeyAction(u"leavePresentationAction"_s, tr("Leave presentation mode"),
        {K(Qt::Key_Escape)}, &MeetingModeWidget::togglePresentation);
    // Only while presenting, so Escape stays free for the rest of the window.
    m_leaveAction->setEnabled(false);
    addKeyAction(u"shortcutsAction"_s, tr("Show these keys"), {K(Qt::Key_F1), K(u"?"_s)},
        &MeetingModeWidget::showShortcuts);

    auto* controls = findChild<QGridLayout*>(u"agendaControls"_s);
    m_startButton = buttonFor(m_startAction, u"startPauseButton"_s, tr("Start"));
    controls->addWidget(buttonFor(m_backAction, u"previousSegmentButton"_s, tr("Back")), 0, 0);
    controls->addWidget(m_startButton, 0, 1);
    controls->addWidget(buttonFor(m_nextAction, u"nextSegmentButton"_s, tr("Next")), 0, 2);
    controls->addWidget(buttonFor(m_lessAction, u"removeMinuteButton"_s, tr("−1 min")), 1, 0);
    controls->addWidget(buttonFor(m_moreAction, u"addTimeButton"_s, tr("+1 min")), 1, 1);
    controls->addWidget(buttonFor(m_restartAction, u"restartButton"_s, tr("Restart")), 1, 2);
    auto* memberControls = findChild<QGridLayout*>(u"memberControls"_s);
    memberControls->addWidget(
        buttonFor(m_nextMemberAction, u"nextMemberButton"_s, tr("Next member")), 0, 0, 1, 2);
    memberControls->addWidget(buttonFor(m_skipAction, u"skipMemberButton"_s, tr("Later")), 1, 0);
    memberControls->addWidget(
        buttonFor(m_previousMemberAction, u"previousMemberButton"_s, tr("Back")), 1, 1);
    QAction* present = findChild<QAction*>(u"presentationAction"_s);
    m_presentButton = buttonFor(present, u"fullScreenButton"_s, tr("Present", "presentation mode"));
    findChild<QHBoxLayout*>(u"header"_s)->addWidget(m_presentButton);
    QAction* keys = findChild<QAction*>(u"shortcutsAction"_s);
    findChild<QHBoxLayout*>(u"header"_s)
        ->addWidget(buttonFor(keys, u"shortcutsButton"_s, tr("Keys")));
    QPushButton* saveButton
        = buttonFor(findChild<QAction*>(u"saveAction"_s), u"saveButton"_s, tr("Save meeting"));
    findChild<QHBoxLayout*>(u"footer"_s)->addWidget(saveButton, 0, Qt::AlignBottom);
}

void MeetingModeWidget::buildUi()
{
    QFont base = font();
    base.setPointSize(15);
    setFont(base);
    meetingstyle::setBasePointSize(this, 15);

    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(16, 10, 16, 10);
    root->setSpacing(8);

    auto* header = new QHBoxLayout;
    header->setObjectName(u"header"_s);
    m_themeLabel = meetingstyle::label(this, u"themeLabel"_s, 26, true);
    m_weekSpin = new QSpinBox(this);
    m_weekSpin->setObjectName(u"weekSpin"_s);
    m_weekSpin->setPrefix(tr("Week "));
    m_weekSpin->setAccessibleName(tr("Week"));
    header->addWidget(m_themeLabel, 1);
    header->addWidget(m_weekSpin, 0, Qt::AlignTop);
    root->addLayout(header);
    m_infoLabel = meetingstyle::label(this, u"infoLabel"_s, 13);
    root->addWidget(m_infoLabel);

    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    root->addLayout(body, 1);

    // Left: the agenda and its countdown.
    auto* left = new QVBoxLayout;
    body->addLayout(left, 0);
    auto* clockFrame = new QFrame(this);
    m_clockFrame = clockFrame;
    clockFrame->setObjectName(u"clockFrame"_s);
    clockFrame->setFrameShape(QFrame::StyledPanel);
    clockFrame->setAutoFillBackground(true);
    meetingstyle::setBaseFixedWidth(clockFrame, 330);
    auto* clockLayout = new QVBoxLayout(clockFrame);
    clockLayout->setContentsMargins(10, 6, 10, 6);
    clockLayout->setSpacing(2);
    m_segmentLabel = meetingstyle::label(clockFrame, u"segmentLabel"_s, 16, true);
    m_countdownLabel = meetingstyle::label(clockFrame, u"countdownLabel"_s, 54, true);
    m_countdownLabel->setAlignment(Qt::AlignCenter);
    m_countdownLabel->setWordWrap(false);
    m_nextLabel = meetingstyle::label(clockFrame, u"nextLabel"_s, 13);
    clockLayout->addWidget(m_segmentLabel);
    clockLayout->addWidget(m_countdownLabel);
    clockLayout->addWidget(m_nextLabel);
    left->addWidget(clockFrame);

    auto* controls = new QGridLayout;
    controls->setObjectName(u"agendaControls"_s);
    controls->setSpacing(4);
    left->addLayout(controls);

    m_agendaList = new QListWidget(this);
    m_agendaList->setObjectName(u"agendaList"_s);
    m_agendaList->setFocusPolicy(Qt::NoFocus);
    m_agendaList->setSelectionMode(QAbstractItemView::NoSelection);
    m_agendaList->setWordWrap(true);
    m_agendaList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_agendaList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_agendaList->setMinimumHeight(40);
    meetingstyle::setBaseFixedWidth(m_agendaList, 330);
    left->addWidget(m_agendaList, 1);

    // Middle: the round order; the check boxes are attendance.
    auto* members = new QVBoxLayout;
    auto* membersTitle = meetingstyle::label(this, u"membersTitle"_s, 14, true);
    membersTitle->setText(tr("Present"));
    m_memberList = new QListWidget(this);
    m_memberList->setObjectName(u"memberList"_s);
    meetingstyle::setBaseFixedWidth(m_memberList, 210);
    m_memberList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_memberList->setWordWrap(true);
    m_memberList->setTextElideMode(Qt::ElideNone);
    m_memberList->setMinimumHeight(40);
    m_memberList->setToolTip(tr("Checked: present today. The order is the round's order."));
    m_memberList->setAccessibleName(tr("Members, in round order"));
    membersTitle->setBuddy(m_memberList);
    auto* memberControls = new QGridLayout;
    memberControls->setObjectName(u"memberControls"_s);
    memberControls->setSpacing(4);
    members->addWidget(membersTitle);
    members->addWidget(m_memberList, 1);
    members->addLayout(memberControls);
    body->addLayout(members);
    m_panel = new MemberRoundPanel(this);
    m_panel->setObjectName(u"memberRoundPanel"_s);
    body->addWidget(m_panel, 1);

    // Bottom: for the facilitator, and saving.
    auto* footer = new QHBoxLayout;
    footer->setObjectName(u"footer"_s);
    auto* notes = new QVBoxLayout;
    notes->setSpacing(2);
    m_noticesLabel = meetingstyle::label(this, u"noticesLabel"_s, 12);
    m_prepareLabel = meetingstyle::label(this, u"prepareLabel"_s, 12);
    m_statusLabel = meetingstyle::label(this, u"statusLabel"_s, 12);
    notes->addWidget(m_noticesLabel);
    notes->addWidget(m_prepareLabel);
    notes->addWidget(m_statusLabel);
    footer->addLayout(notes, 1);
    root->addLayout(footer);

    connect(m_weekSpin, &QSpinBox::valueChanged, this, &MeetingModeWidget::setWeek);
    connect(m_memberList, &QListWidget::currentRowChanged, this, &MeetingModeWidget::showMember);
    connect(m_memberList, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const int row = m_memberList->row(item);
        if (row < 0 || row >= m_capture.members.size())
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
    });
    connect(m_panel, &MemberRoundPanel::textEdited, this, [this] { m_idle->start(); });
    connect(m_panel, &MemberRoundPanel::textFinished, this, &MeetingModeWidget::commitText);
    connect(m_panel, &MemberRoundPanel::exerciseToggled, this, [this](int position, bool done) {
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
    });
    connect(m_panel, &MemberRoundPanel::keptToggled, this, [this](int index, bool kept) {
        if (m_current < 0 || index >= m_capture.members.at(m_current).due.size())
            return;
        commitText();
        const MemberCapture m = m_capture.members.at(m_current);
        const Commitment& c = m.due.at(index);
        push(std::make_unique<KeptCommand>(
            m_db, target(m), m_status, m.name, c.id, c.kept, std::optional<bool>(kept)));
        loadRecord();
    });
}

void MeetingModeWidget::reload()
{
    m_plan = PlanService(m_db).plan(m_circleId);
    // A circle's own plan may be shorter or longer than its schedule; offer every week of both.
    const int meetings = int(Schedule(m_db).meetings(m_circleId).size());
    m_weekSpin->setRange(1, std::max({1, meetings, int(m_plan.weeks.size())}));
    if (m_week < 1)
        m_week = defaultWeek();
    m_week = std::clamp(m_week, 1, m_weekSpin->maximum());
    {
        const QSignalBlocker block(m_weekSpin);
        m_weekSpin->setValue(m_week);
    }
    loadWeek();
}

int MeetingModeWidget::defaultWeek() const
{
    const QDate today = m_db.now().date();
    const QList<Meeting> meetings = Schedule(m_db).meetings(m_circleId);
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
    for (const Meeting& m : Schedule(m_db).meetings(m_circleId)) {
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
    if (m_current < 0 && !m_capture.members.isEmpty())
        showMember(0);

    // One line per kind of notice, names listed: it has to fit under the table.
    QStringList missed, silent;
    for (const FacilitatorNotice& n : facilitator.notices(m_circleId, m_week)) {
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
    m_noticesLabel->setVisible(!notices.isEmpty());
    const QStringList prepare = facilitator.prepareForNext(m_circleId, m_week, m_plan);
    m_prepareLabel->setText(
        prepare.isEmpty() ? QString() : tr("Before next time: %1").arg(prepare.join(u"  ·  "_s)));
    m_prepareLabel->setVisible(!prepare.isEmpty());
    m_statusLabel->setText(
        m_capture.meetingId > 0 ? QString() : tr("This week has no meeting in the schedule."));
    resetTimebox();
    updateActions();
    refresh();
}

void MeetingModeWidget::loadRecord()
{
    const qint64 currentId = m_current >= 0 && m_current < m_capture.members.size()
        ? m_capture.members.at(m_current).memberId
        : -1;
    m_capture = MeetingRecorder(m_db).load(m_circleId, m_week);
    const std::optional<Meeting> meeting = MeetingService(m_db).meeting(m_circleId, m_week);
    m_status = meeting ? meeting->status : Meeting::Status::Planned;
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
    if (m_current >= 0) {
        const PlanWeek* week = m_plan.week(m_week);
        m_panel->show(m_capture.members.at(m_current), week ? week->exercises : QStringList());
    }
    updateActions();
}

void MeetingModeWidget::fillMemberList()
{
    const QSignalBlocker block(m_memberList);
    m_memberList->clear();
    for (const MemberCapture& member : std::as_const(m_capture.members)) {
        auto* item = new QListWidgetItem(member.name, m_memberList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(member.present ? Qt::Checked : Qt::Unchecked);
        if (m_skipped.contains(member.memberId)) {
            QFont f = item->font();
            f.setItalic(true);
            item->setFont(f);
            item->setToolTip(tr("Skipped for now: their turn comes at the end."));
        }
    }
    m_memberList->setCurrentRow(m_current);
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
    if (m_current < 0 || m_current >= m_capture.members.size() || m_capture.meetingId < 0)
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

QStringList MeetingModeWidget::roundOrder() const
{
    QStringList names;
    for (const MemberCapture& m : m_capture.members)
        names.append(m.name);
    return names;
}

void MeetingModeWidget::showMember(int row)
{
    if (row < 0 || row >= m_capture.members.size() || row == m_current)
        return;
    commitText();
    m_current = row;
    const MemberCapture& member = m_capture.members.at(row);
    if (m_skipped.remove(member.memberId))
        fillMemberList(); // their turn has come: resumed
    const PlanWeek* week = m_plan.week(m_week);
    m_panel->show(member, week ? week->exercises : QStringList());
    if (m_memberList->currentRow() != row) {
        const QSignalBlocker block(m_memberList);
        m_memberList->setCurrentRow(row);
    }
    const bool running = m_roundBox.isRunning();
    resetTimebox();
    if (running)
        m_roundBox.start();
    updateActions();
}

qint64 MeetingModeWidget::timeboxMs() const
{
    const PlanWeek* week = m_plan.week(m_week);
    const int round = week ? week->roundIndex() : -1;
    if (round < 0)
        return 0;
    int present = 0;
    for (const MemberCapture& m : m_capture.members)
        present += m.present ? 1 : 0;
    return qint64(week->agenda.at(round).minutes) * 60000 / std::max(1, present);
}

bool MeetingModeWidget::inRound() const
{
    const PlanWeek* week = m_plan.week(m_week);
    return week && !m_timer.isFinished() && m_timer.currentIndex() == week->roundIndex();
}

void MeetingModeWidget::resetTimebox()
{
    // A member's timebox runs while the agenda runs in the round.
    m_roundBox.reset(timeboxMs());
    if (m_timer.isRunning() && inRound())
        m_roundBox.start();
    refresh();
}

void MeetingModeWidget::startPause()
{
    if (m_timer.isFinished()) {
        // The agenda is done, a late round may still be timed.
        m_roundBox.isRunning() ? m_roundBox.pause() : m_roundBox.start();
        refresh();
        return;
    }
    m_timer.toggle();
    if (m_timer.isRunning() && inRound())
        m_roundBox.start();
    else
        m_roundBox.pause();
    updateActions();
    refresh();
}

void MeetingModeWidget::nextSegment()
{
    m_timer.next();
    if (inRound())
        resetTimebox();
    else
        m_roundBox.pause();
    updateActions();
    refresh();
}

void MeetingModeWidget::previousSegment()
{
    m_timer.previous();
    if (inRound())
        resetTimebox();
    else
        m_roundBox.pause();
    updateActions();
    refresh();
}

void MeetingModeWidget::restartAgenda()
{
    m_timer.restart();
    resetTimebox();
    updateActions();
    refresh();
}

void MeetingModeWidget::addMinute()
{
    m_timer.addMinutes(1);
    refresh();
}

void MeetingModeWidget::removeMinute()
{
    m_timer.addMinutes(-1);
    refresh();
}

void MeetingModeWidget::nextMember()
{
    const int count = int(m_capture.members.size());
    // The next one present whose turn it is; then those skipped earlier.
    for (int row = m_current + 1; row < count; ++row) {
        const MemberCapture& m = m_capture.members.at(row);
        if (m.present && !m_skipped.contains(m.memberId)) {
            showMember(row);
            return;
        }
    }
    for (int row = 0; row < count; ++row) {
        const MemberCapture& m = m_capture.members.at(row);
        if (row != m_current && m.present && m_skipped.contains(m.memberId)) {
            showMember(row);
            return;
        }
    }
}

void MeetingModeWidget::previousMember()
{
    for (int row = m_current - 1; row >= 0; --row) {
        if (m_capture.members.at(row).present) {
            showMember(row);
            return;
        }
    }
}

void MeetingModeWidget::skipMember()
{
    if (m_current < 0)
        return;
    commitText();
    const MemberCapture m = m_capture.members.at(m_current);
    m_skipped.insert(m.memberId);
    // Their turn moves to the end of the round.
    m_capture.members.move(m_current, m_capture.members.size() - 1);
    m_order.move(m_current, m_order.size() - 1);
    const int skippedRow = int(m_capture.members.size()) - 1;
    m_current = std::min(m_current, skippedRow);
    fillMemberList();
    m_statusLabel->setText(tr("%1's turn comes at the end of the round.").arg(m.name));
    // Show the member now in their place (or the next one present).
    const int from = m_current;
    m_current = -1;
    for (int row = from; row < skippedRow; ++row) {
        if (m_capture.members.at(row).present) {
            showMember(row);
            return;
        }
    }
    nextMember();
    if (m_current < 0)
        showMember(skippedRow);
}

void MeetingModeWidget::moveMemberEarlier()
{
    if (m_current <= 0)
        return;
    commitText();
    m_capture.members.swapItemsAt(m_current, m_current - 1);
    m_order.swapItemsAt(m_current, m_current - 1);
    --m_current;
    fillMemberList();
    updateActions();
}

void MeetingModeWidget::moveMemberLater()
{
    if (m_current < 0 || m_current + 1 >= m_capture.members.size())
        return;
    commitText();
    m_capture.members.swapItemsAt(m_current, m_current + 1);
    m_order.swapItemsAt(m_current, m_current + 1);
    ++m_current;
    fillMemberList();
    updateActions();
}

void MeetingModeWidget::togglePresent()
{
    if (QListWidgetItem* item = m_memberList->item(m_current))
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

bool MeetingModeWidget::save()
{
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

void MeetingModeWidget::togglePresentation()
{
    setPresenting(!m_presenting);
}

void MeetingModeWidget::setPresenting(bool on)
{
    if (on == m_presenting)
        return;
    QWidget* w = window();
    m_presenting = on;
    if (on) {
        m_normalGeometry = w->geometry();
        m_wasMaximized = w->isMaximized();
        Q_EMIT presentationChanged(true); // the window hides its menus and sidebar
        // A second screen, if attached, is the one people look at.
        QScreen* here = w->screen();
        for (QScreen* screen : QGuiApplication::screens()) {
            if (screen != here) {
                if (QWindow* handle = w->windowHandle())
                    handle->setScreen(screen);
                w->move(screen->availableGeometry().topLeft());
                break;
            }
        }
        w->showFullScreen();
    } else {
        Q_EMIT presentationChanged(false);
        if (m_wasMaximized) {
            w->showMaximized();
        } else {
            w->showNormal();
            if (m_normalGeometry.isValid())
                w->setGeometry(m_normalGeometry);
        }
    }
    m_leaveAction->setEnabled(on);
    m_presentButton->setText(on ? tr("Leave presentation") : tr("Present", "presentation mode"));
    updateScale();
}

void MeetingModeWidget::showShortcuts()
{
    if (m_overlay) {
        m_overlay->close();
        return;
    }
    auto* dialog = new QDialog(this);
    m_overlay = dialog;
    dialog->setObjectName(u"shortcutOverlay"_s);
    dialog->setWindowTitle(tr("Meeting mode keys"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QFont f = dialog->font();
    f.setPointSizeF(13 * m_scale);
    dialog->setFont(f);
    auto* layout = new QVBoxLayout(dialog);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    int row = 0;
    const auto addRow = [&](const QString& keys, const QString& what) {
        auto* k = new QLabel(keys, dialog);
        k->setTextFormat(Qt::PlainText);
        QFont bold = k->font();
        bold.setBold(true);
        k->setFont(bold);
        auto* t = new QLabel(what, dialog);
        t->setTextFormat(Qt::PlainText);
        t->setWordWrap(true);
        grid->addWidget(k, row, 0);
        grid->addWidget(t, row, 1);
        ++row;
    };
    for (QAction* a : std::as_const(m_keyActions))
        addRow(keysText(a->shortcuts()), a->text());
    addRow(keysText({QKeySequence::keyBindings(QKeySequence::Undo).value(0),
               QKeySequence::keyBindings(QKeySequence::Redo).value(0)}),
        tr("Undo or redo the last edit (outside a text field)"));
    addRow(tr("Tab, Space"), tr("Move between the fields; check or uncheck in a list"));
    layout->addLayout(grid);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    // F1 again closes it, as it opened it (eventFilter()).
    dialog->installEventFilter(this);
    connect(dialog, &QObject::destroyed, this, [this] { m_overlay = nullptr; });
    dialog->open();
}

void MeetingModeWidget::updateActions()
{
    const bool finished = m_timer.isFinished();
    const bool hasAgenda = !m_timer.agenda().isEmpty();
    m_startAction->setEnabled(hasAgenda && (!finished || m_roundBox.durationMs() > 0));
    m_nextAction->setEnabled(!finished && hasAgenda);
    m_backAction->setEnabled(hasAgenda && m_timer.currentIndex() > 0);
    m_restartAction->setEnabled(hasAgenda);
    m_moreAction->setEnabled(!finished && hasAgenda);
    m_lessAction->setEnabled(!finished && hasAgenda);
    bool anyLater = false;
    for (int row = 0; row < m_capture.members.size(); ++row) {
        const MemberCapture& m = m_capture.members.at(row);
        anyLater = anyLater
            || (row != m_current && m.present
                && (row > m_current || m_skipped.contains(m.memberId)));
    }
    m_nextMemberAction->setEnabled(anyLater);
    m_previousMemberAction->setEnabled(m_current > 0);
    m_skipAction->setEnabled(m_current >= 0);
}

void MeetingModeWidget::refresh()
{
    const bool finished = m_timer.isFinished();
    const int index = m_timer.currentIndex();
    if (m_timer.agenda().isEmpty()) {
        m_segmentLabel->setText(tr("This week has no agenda in the plan."));
        m_countdownLabel->setText(QString());
        m_nextLabel->setText(QString());
    } else if (finished) {
        m_segmentLabel->setText(tr("The agenda is done"));
        m_countdownLabel->setText(u"0:00"_s);
        m_nextLabel->setText(
            tr("Back (%1) or Restart (%2) to go on.")
                .arg(keysText(m_backAction->shortcuts()), keysText(m_restartAction->shortcuts())));
    } else {
        const AgendaSegment& s = m_timer.agenda().at(index);
        m_segmentLabel->setText(s.title);
        m_countdownLabel->setText(formatCountdown(m_timer.remainingMs()));
        if (m_timer.isTimeUp())
            m_nextLabel->setText(tr("Time is up. Finish the thought, then move on."));
        else if (index + 1 < m_timer.agenda().size())
            m_nextLabel->setText(tr("Next: %1").arg(m_timer.agenda().at(index + 1).title));
        else
            m_nextLabel->setText(tr("Last part of the meeting"));
    }
    meetingstyle::setAlert(m_clockFrame, isTimeUp());
    const bool running = m_timer.isRunning() || (finished && m_roundBox.isRunning());
    m_startButton->setText(running ? tr("Pause") : tr("Start"));

    const QPalette& pal = palette();
    for (int i = 0; i < m_agendaList->count(); ++i) {
        QListWidgetItem* item = m_agendaList->item(i);
        QFont f = item->font();
        f.setBold(i == index);
        item->setFont(f);
        item->setForeground(
            i < index ? pal.color(QPalette::Disabled, QPalette::Text) : pal.color(QPalette::Text));
        item->setBackground(i == index ? pal.color(QPalette::AlternateBase) : QBrush());
    }

    if (m_roundBox.durationMs() > 0)
        m_panel->setTimebox(formatCountdown(m_roundBox.remainingMs()), m_roundBox.isTimeUp());
    else
        m_panel->setTimebox(QString(), false);
}

void MeetingModeWidget::updateScale()
{
    const qreal s = std::clamp(
        std::min(width() / DesignWidth, height() / DesignHeight), MinScale, qreal(3.0));
    if (std::abs(s - m_scale) < 0.01)
        return;
    m_scale = s;
    meetingstyle::applyScale(this, s);
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setMinimumHeight(qRound(ButtonHeight * std::min(s, qreal(1.6))));
}

QSize MeetingModeWidget::minimumSizeHint() const
{
    // What the page needs at its smallest type, not at the type it has now: the type follows
    // the size, so the window can shrink onto a small screen and the type with it.
    return QSize(qRound(DesignWidth * MinScale), qRound(DesignHeight * MinScale));
}

void MeetingModeWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateScale();
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

bool MeetingModeWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_overlay && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_F1) {
        m_overlay->reject();
        return true;
    }
    // Full screen left some other way (the window manager): presentation ends too.
    if (watched == window() && event->type() == QEvent::WindowStateChange && m_presenting
        && !window()->isFullScreen())
        setPresenting(false);
    return QWidget::eventFilter(watched, event);
}

} // namespace outloud
