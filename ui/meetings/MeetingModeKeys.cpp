// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Meeting mode's keys: every action with its shortcut and button, the F1 overlay, presentation
// mode.
#include "MeetingModeWidget.h"
#include "MeetingStyle.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace outloud {

QString MeetingModeWidget::keysText(const QList<QKeySequence>& keys)
{
    QStringList texts;
    for (const QKeySequence& key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(tr(" or "));
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
    meetingstyle::setType(b, meetingstyle::Type::Body);
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
    if (QAction* save = findChild<QAction*>(u"saveAction"_s))
        save->setEnabled(!m_readOnly);
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
    f.setPointSizeF(meetingstyle::pointSize(meetingstyle::Type::Note, m_scale));
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
