// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Meeting mode's sections (header, agenda column, round column, footer) and the type that scales
// with the space.
#include "MeetingCommands.h"
#include "MeetingModeWidget.h"
#include "MeetingStyle.h"
#include "MemberRoundPanel.h"
#include "sharing/SharedRoundWidget.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
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
} // namespace

void MeetingModeWidget::buildUi()
{
    // Type comes from the scale (updateScale), set before the first layout.
    meetingstyle::setType(this, meetingstyle::Type::Body);

    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(16, 10, 16, 10);
    root->setSpacing(8);
    buildHeader(root);
    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    root->addLayout(body, 1);
    buildAgendaColumn(body);
    buildRoundColumn(body);
    buildFooter(root);
    connectRound();
    // Laid out first at the size the page gets, in the type for that size (resizeEvent): shown
    // before its window, the page would be laid out at a made-up size in the design's type and
    // again when the window shows, every text measured and every font loaded twice.
    root->setEnabled(false);
}

void MeetingModeWidget::buildHeader(QVBoxLayout* root)
{
    auto* header = new QHBoxLayout;
    header->setObjectName(u"header"_s);
    m_themeLabel = meetingstyle::label(this, u"themeLabel"_s, meetingstyle::Type::Headline, true);
    m_weekSpin = new QSpinBox(this);
    m_weekSpin->setObjectName(u"weekSpin"_s);
    m_weekSpin->setPrefix(tr("Week "));
    m_weekSpin->setAccessibleName(tr("Week"));
    header->addWidget(m_themeLabel, 1);
    header->addWidget(m_weekSpin, 0, Qt::AlignTop);
    root->addLayout(header);
    m_infoLabel = meetingstyle::label(this, u"infoLabel"_s, meetingstyle::Type::Note);
    root->addWidget(m_infoLabel);
}

void MeetingModeWidget::buildAgendaColumn(QHBoxLayout* body)
{
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
    m_segmentLabel
        = meetingstyle::label(clockFrame, u"segmentLabel"_s, meetingstyle::Type::Body, true);
    m_countdownLabel
        = meetingstyle::label(clockFrame, u"countdownLabel"_s, meetingstyle::Type::Display, true);
    m_countdownLabel->setAlignment(Qt::AlignCenter);
    m_countdownLabel->setWordWrap(false);
    m_nextLabel = meetingstyle::label(clockFrame, u"nextLabel"_s, meetingstyle::Type::Note);
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
}

void MeetingModeWidget::buildRoundColumn(QHBoxLayout* body)
{
    // Middle: the round order; the check boxes are attendance.
    auto* members = new QVBoxLayout;
    auto* membersTitle
        = meetingstyle::label(this, u"membersTitle"_s, meetingstyle::Type::Body, true);
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
}

void MeetingModeWidget::buildFooter(QVBoxLayout* root)
{
    // Bottom: for the facilitator, and saving.
    auto* footer = new QHBoxLayout;
    footer->setObjectName(u"footer"_s);
    auto* notes = new QVBoxLayout;
    notes->setSpacing(2);
    m_noticesLabel = meetingstyle::label(this, u"noticesLabel"_s, meetingstyle::Type::Note);
    m_prepareLabel = meetingstyle::label(this, u"prepareLabel"_s, meetingstyle::Type::Note);
    m_statusLabel = meetingstyle::label(this, u"statusLabel"_s, meetingstyle::Type::Note);
    // Where the selected member's figures come from (their card in the shared folder, or
    // typed in from the round): one line across the footer (ui/sharing).
    m_shared = new SharedRoundWidget(m_db, m_circleId, this);
    for (QLabel* label : m_shared->findChildren<QLabel*>())
        meetingstyle::setType(label, meetingstyle::Type::Note); // as the footer notes around it
    notes->addWidget(m_shared);
    notes->addWidget(m_noticesLabel);
    notes->addWidget(m_prepareLabel);
    notes->addWidget(m_statusLabel);
    footer->addLayout(notes, 1);
    root->addLayout(footer);
}

void MeetingModeWidget::updateScale()
{
    const qreal s = std::clamp(
        std::min(width() / DesignWidth, height() / DesignHeight), MinScale, qreal(3.0));
    if (m_typeSet && std::abs(s - m_scale) < 0.01)
        return;
    m_typeSet = true;
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

QSize MeetingModeWidget::sizeHint() const
{
    // Without measuring the texts: the window asks before the page knows its type, and the page
    // takes whatever space it gets.
    return QSize(qRound(DesignWidth * m_scale), qRound(DesignHeight * m_scale));
}

bool MeetingModeWidget::hasHeightForWidth() const
{
    return false; // the type follows the space, not the other way round
}

void MeetingModeWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateScale();
    if (!layout()->isEnabled()) {
        layout()->setEnabled(true);
        layout()->activate();
    }
}

} // namespace outloud
