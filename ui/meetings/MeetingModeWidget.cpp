// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingModeWidget.h"

#include "MemberRoundPanel.h"
#include "circle/CircleService.h"
#include "common/Format.h"
#include "meetings/FacilitatorNotes.h"
#include "meetings/PlanService.h"
#include "meetings/Schedule.h"
#include "storage/Database.h"
#include "storage/PlainText.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
QLabel* plainLabel(QWidget* parent, const QString& name, int pointSize, bool bold = false)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setPointSize(pointSize);
    f.setBold(bold);
    label->setFont(f);
    return label;
}

QPushButton* button(
    QWidget* parent, const QString& name, const QString& text, const QKeySequence& keys)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(keys.toString(QKeySequence::NativeText));
    b->setFocusPolicy(Qt::NoFocus); // keys go to the shortcuts, typing to the notes
    b->setMinimumHeight(44);
    return b;
}

// The soft colour of "time is up": noticeable from across the table, not alarming.
const QColor TimeUpColor(0xf6, 0xd6, 0x8f);
} // namespace

MeetingModeWidget::MeetingModeWidget(
    Database& db, qint64 circleId, QWidget* parent, MonotonicClock clock)
    : QWidget(parent)
    , m_db(db)
    , m_circleId(circleId)
    , m_timer(clock)
    , m_roundBox(clock)
    , m_ticker(new QTimer(this))
{
    setObjectName(u"meetingMode"_s);
    buildUi();
    m_week = -1;
    reload();
    // Plan, schedule or members changed elsewhere (the schedule page, the circle page).
    connect(&m_db, &Database::changed, this, [this](Database::Tables tables) {
        if (m_saving || !(tables & (Database::Circles | Database::Members | Database::Meetings)))
            return;
        // Never pull the meeting from under the facilitator's hands.
        const bool underWay = m_timer.isRunning() || m_timer.currentIndex() > 0
            || m_timer.remainingMs() != m_timer.segmentDurationMs();
        if (!m_dirty && !underWay)
            reload();
    });
    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &MeetingModeWidget::refresh);
    m_ticker->start();
}

void MeetingModeWidget::addShortcut(const QKeySequence& keys, void (MeetingModeWidget::*slot)())
{
    auto* shortcut = new QShortcut(keys, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, slot);
}

void MeetingModeWidget::buildUi()
{
    QFont base = font();
    base.setPointSize(15);
    setFont(base);

    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(24, 16, 24, 16);
    root->setSpacing(12);

    auto* header = new QHBoxLayout;
    m_themeLabel = plainLabel(this, u"themeLabel"_s, 30, true);
    m_weekSpin = new QSpinBox(this);
    m_weekSpin->setObjectName(u"weekSpin"_s);
    m_weekSpin->setPrefix(tr("Week "));
    m_weekSpin->setMinimumWidth(140);
    m_fullScreenButton
        = button(this, u"fullScreenButton"_s, tr("Full screen"), QKeySequence(Qt::Key_F11));
    header->addWidget(m_themeLabel, 1);
    header->addWidget(m_weekSpin);
    header->addWidget(m_fullScreenButton);
    root->addLayout(header);
    m_infoLabel = plainLabel(this, u"infoLabel"_s, 15);
    root->addWidget(m_infoLabel);

    auto* body = new QHBoxLayout;
    body->setSpacing(20);
    root->addLayout(body, 1);

    // Left: the agenda and its countdown.
    auto* left = new QVBoxLayout;
    body->addLayout(left, 0);
    auto* clockFrame = new QFrame(this);
    clockFrame->setObjectName(u"clockFrame"_s);
    clockFrame->setFrameShape(QFrame::StyledPanel);
    clockFrame->setAutoFillBackground(true);
    clockFrame->setFixedWidth(380);
    auto* clockLayout = new QVBoxLayout(clockFrame);
    m_segmentLabel = plainLabel(clockFrame, u"segmentLabel"_s, 18, true);
    // Room for two lines, so a long segment title never pushes the countdown around.
    m_segmentLabel->setMinimumHeight(2 * m_segmentLabel->fontMetrics().lineSpacing() + 4);
    m_countdownLabel = plainLabel(clockFrame, u"countdownLabel"_s, 64, true);
    m_countdownLabel->setAlignment(Qt::AlignCenter);
    m_countdownLabel->setWordWrap(false);
    m_nextLabel = plainLabel(clockFrame, u"nextLabel"_s, 14);
    m_nextLabel->setMinimumHeight(2 * m_nextLabel->fontMetrics().lineSpacing() + 4);
    clockFrame->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Minimum);
    clockLayout->addWidget(m_segmentLabel);
    clockLayout->addWidget(m_countdownLabel);
    clockLayout->addWidget(m_nextLabel);
    left->addWidget(clockFrame);

    auto* controls = new QHBoxLayout;
    const QKeySequence startKeys(Qt::CTRL | Qt::Key_Space);
    const QKeySequence nextKeys(Qt::CTRL | Qt::Key_N);
    const QKeySequence moreKeys(Qt::CTRL | Qt::Key_T);
    const QKeySequence memberKeys(Qt::CTRL | Qt::Key_M);
    const QKeySequence saveKeys(Qt::CTRL | Qt::Key_S);
    m_startButton = button(this, u"startPauseButton"_s, tr("Start"), startKeys);
    m_nextSegmentButton = button(this, u"nextSegmentButton"_s, tr("Next"), nextKeys);
    m_addTimeButton = button(this, u"addTimeButton"_s, tr("+2 min"), moreKeys);
    controls->addWidget(m_startButton);
    controls->addWidget(m_nextSegmentButton);
    controls->addWidget(m_addTimeButton);
    left->addLayout(controls);

    m_agendaList = new QListWidget(this);
    m_agendaList->setObjectName(u"agendaList"_s);
    m_agendaList->setFocusPolicy(Qt::NoFocus);
    m_agendaList->setSelectionMode(QAbstractItemView::NoSelection);
    m_agendaList->setWordWrap(true);
    m_agendaList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_agendaList->setFixedWidth(380);
    left->addWidget(m_agendaList, 1);

    // Right: the round, one member at a time; the check boxes are attendance.
    auto* right = new QHBoxLayout;
    right->setSpacing(18);
    body->addLayout(right, 1);
    auto* members = new QVBoxLayout;
    auto* membersTitle = plainLabel(this, u"membersTitle"_s, 15, true);
    membersTitle->setText(tr("Present"));
    m_memberList = new QListWidget(this);
    m_memberList->setObjectName(u"memberList"_s);
    m_memberList->setFixedWidth(200);
    m_memberList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_memberList->setTextElideMode(Qt::ElideRight);
    m_memberList->setToolTip(tr("Checked: present today"));
    m_nextMemberButton = button(this, u"nextMemberButton"_s, tr("Next member"), memberKeys);
    members->addWidget(membersTitle);
    members->addWidget(m_memberList, 1);
    members->addWidget(m_nextMemberButton);
    right->addLayout(members);
    m_panel = new MemberRoundPanel(this);
    m_panel->setObjectName(u"memberRoundPanel"_s);
    right->addWidget(m_panel, 1);

    // Bottom: for the facilitator, and saving.
    auto* footer = new QHBoxLayout;
    auto* notes = new QVBoxLayout;
    m_noticesLabel = plainLabel(this, u"noticesLabel"_s, 13);
    m_prepareLabel = plainLabel(this, u"prepareLabel"_s, 13);
    // Nested layouts do not always pass height-for-width on: reserve two lines each.
    for (QLabel* label : {m_noticesLabel, m_prepareLabel})
        label->setMinimumHeight(2 * label->fontMetrics().lineSpacing());
    notes->addWidget(m_noticesLabel);
    notes->addWidget(m_prepareLabel);
    footer->addLayout(notes, 1);
    m_statusLabel = plainLabel(this, u"statusLabel"_s, 14);
    m_statusLabel->setWordWrap(false);
    m_saveButton = button(this, u"saveButton"_s, tr("Save meeting"), saveKeys);
    m_saveButton->setMinimumWidth(180);
    footer->addWidget(m_statusLabel, 0, Qt::AlignBottom);
    footer->addWidget(m_saveButton, 0, Qt::AlignBottom);
    root->addLayout(footer);

    connect(m_startButton, &QPushButton::clicked, this, &MeetingModeWidget::startPause);
    connect(m_nextSegmentButton, &QPushButton::clicked, this, &MeetingModeWidget::nextSegment);
    connect(m_addTimeButton, &QPushButton::clicked, this, &MeetingModeWidget::addTwoMinutes);
    connect(m_nextMemberButton, &QPushButton::clicked, this, &MeetingModeWidget::nextMember);
    connect(m_saveButton, &QPushButton::clicked, this, &MeetingModeWidget::save);
    connect(m_fullScreenButton, &QPushButton::clicked, this, &MeetingModeWidget::toggleFullScreen);
    connect(m_weekSpin, &QSpinBox::valueChanged, this, &MeetingModeWidget::setWeek);
    connect(m_memberList, &QListWidget::currentRowChanged, this, &MeetingModeWidget::showMember);
    connect(m_memberList, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const int row = m_memberList->row(item);
        if (row >= 0 && row < m_capture.members.size())
            m_capture.members[row].present = item->checkState() == Qt::Checked;
        m_dirty = true;
        // Fewer people present means more time each, unless the current one has begun.
        if (m_roundBox.elapsedMs() == 0)
            resetTimebox();
        refresh();
    });
    addShortcut(startKeys, &MeetingModeWidget::startPause);
    addShortcut(QKeySequence(Qt::Key_F5), &MeetingModeWidget::startPause);
    addShortcut(nextKeys, &MeetingModeWidget::nextSegment);
    addShortcut(moreKeys, &MeetingModeWidget::addTwoMinutes);
    addShortcut(memberKeys, &MeetingModeWidget::nextMember);
    addShortcut(QKeySequence(Qt::Key_F11), &MeetingModeWidget::toggleFullScreen);
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_escape->setContext(Qt::WidgetWithChildrenShortcut);
    m_escape->setEnabled(false);
    connect(m_escape, &QShortcut::activated, this, &MeetingModeWidget::leaveFullScreen);
    connect(m_panel, &MemberRoundPanel::edited, this, [this] { m_dirty = true; });
    auto* saveShortcut = new QShortcut(saveKeys, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] { save(); });
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
    const int member = m_current;
    loadWeek();
    if (member > 0 && member < m_capture.members.size())
        showMember(member);
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
    storeMember();
    // What was captured for this week is kept before showing another one.
    const int previous = m_week;
    const bool saving = m_dirty;
    if (saving && !save()) {
        const QSignalBlocker block(m_weekSpin);
        m_weekSpin->setValue(m_week);
        return;
    }
    m_week = week;
    {
        const QSignalBlocker block(m_weekSpin);
        m_weekSpin->setValue(week);
    }
    loadWeek();
    if (saving)
        m_statusLabel->setText(tr("Week %1 was saved.").arg(previous));
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

    m_capture = MeetingRecorder(m_db).load(m_circleId, m_week);
    m_current = -1;
    {
        const QSignalBlocker block(m_memberList);
        m_memberList->clear();
        for (const MemberCapture& member : m_capture.members) {
            auto* item = new QListWidgetItem(member.name, m_memberList);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(member.present ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_memberList->setCurrentRow(m_capture.members.isEmpty() ? -1 : 0);
    if (m_current < 0 && !m_capture.members.isEmpty())
        showMember(0);
    m_panel->setEnabled(!m_capture.members.isEmpty());

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
    m_noticesLabel->setToolTip(
        notices.isEmpty() ? QString() : plainToolTip(m_noticesLabel->text()));
    m_noticesLabel->setVisible(!notices.isEmpty());
    const QStringList prepare = facilitator.prepareForNext(m_circleId, m_week, m_plan);
    m_prepareLabel->setText(
        prepare.isEmpty() ? QString() : tr("Before next time: %1").arg(prepare.join(u"  ·  "_s)));
    m_saveButton->setEnabled(m_capture.meetingId > 0);
    m_statusLabel->setText(
        m_capture.meetingId > 0 ? QString() : tr("This week has no meeting in the schedule."));
    m_dirty = false;
    resetTimebox();
    refresh();
}

void MeetingModeWidget::storeMember()
{
    if (m_current >= 0 && m_current < m_capture.members.size())
        m_panel->store(m_capture.members[m_current]);
}

void MeetingModeWidget::showMember(int row)
{
    if (row < 0 || row >= m_capture.members.size() || row == m_current)
        return;
    storeMember();
    m_current = row;
    const PlanWeek* week = m_plan.week(m_week);
    m_panel->show(m_capture.members.at(row), week ? week->exercises : QStringList());
    if (m_memberList->currentRow() != row)
        m_memberList->setCurrentRow(row);
    resetTimebox();
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
    // A member's timebox runs only while the agenda is in the round.
    m_roundBox.reset(timeboxMs());
    if (m_timer.isRunning() && inRound())
        m_roundBox.start();
    refresh();
}

void MeetingModeWidget::startPause()
{
    if (m_timer.isFinished())
        return;
    m_timer.toggle();
    if (m_timer.isRunning() && inRound())
        m_roundBox.start();
    else
        m_roundBox.pause();
    refresh();
}

void MeetingModeWidget::nextSegment()
{
    m_timer.next();
    if (inRound())
        resetTimebox();
    else
        m_roundBox.pause();
    refresh();
}

void MeetingModeWidget::addTwoMinutes()
{
    m_timer.addTwoMinutes();
    refresh();
}

void MeetingModeWidget::nextMember()
{
    for (int row = m_current + 1; row < m_capture.members.size(); ++row) {
        if (m_capture.members.at(row).present) {
            showMember(row);
            return;
        }
    }
}

bool MeetingModeWidget::save()
{
    storeMember();
    const PlanWeek* week = m_plan.week(m_week);
    QString error;
    m_saving = true;
    const bool ok
        = MeetingRecorder(m_db).save(m_capture, week ? week->exercises : QStringList(), &error);
    m_saving = false;
    if (!ok) {
        m_statusLabel->setText(tr("Not saved: %1").arg(error));
        return false;
    }
    m_dirty = false;
    m_statusLabel->setText(tr("Saved at %1").arg(format::shortTime(m_db.now().time())));
    Q_EMIT saved();
    return true;
}

void MeetingModeWidget::toggleFullScreen()
{
    QWidget* w = window();
    if (w->isFullScreen())
        w->showNormal();
    else
        w->showFullScreen();
    m_escape->setEnabled(w->isFullScreen());
}

void MeetingModeWidget::leaveFullScreen()
{
    if (window()->isFullScreen())
        window()->showNormal();
    m_escape->setEnabled(false);
}

void MeetingModeWidget::refresh()
{
    const bool finished = m_timer.isFinished();
    const int index = m_timer.currentIndex();
    if (finished) {
        m_segmentLabel->setText(tr("The agenda is done"));
        m_countdownLabel->setText(u"0:00"_s);
        m_nextLabel->setText(QString());
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
    auto* frame = findChild<QFrame*>(u"clockFrame"_s);
    QPalette p = frame->palette();
    p.setColor(QPalette::Window, isTimeUp() ? TimeUpColor : palette().color(QPalette::Base));
    frame->setPalette(p);
    m_startButton->setText(m_timer.isRunning() ? tr("Pause") : tr("Start"));
    m_startButton->setEnabled(!finished);
    m_nextSegmentButton->setEnabled(!finished);
    m_addTimeButton->setEnabled(!finished);

    for (int i = 0; i < m_agendaList->count(); ++i) {
        QListWidgetItem* item = m_agendaList->item(i);
        QFont f = item->font();
        f.setBold(i == index);
        item->setFont(f);
        item->setForeground(i < index ? palette().color(QPalette::Disabled, QPalette::Text)
                                      : palette().color(QPalette::Text));
        item->setBackground(i == index ? palette().color(QPalette::AlternateBase) : QBrush());
    }

    if (m_roundBox.durationMs() > 0)
        m_panel->setTimebox(formatCountdown(m_roundBox.remainingMs()), m_roundBox.isTimeUp());
    else
        m_panel->setTimebox(QString(), false);
    bool anyLater = false;
    for (int row = m_current + 1; row < m_capture.members.size(); ++row)
        anyLater = anyLater || m_capture.members.at(row).present;
    m_nextMemberButton->setEnabled(anyLater);
}

} // namespace outloud
