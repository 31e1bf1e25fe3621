// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Meeting mode's round: who is on, in which order, skipped or moved, present or not.
#include "MeetingModeWidget.h"
#include "MemberRoundPanel.h"
#include "sharing/SharedRoundWidget.h"

#include <QLabel>
#include <QListWidget>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud {

QStringList MeetingModeWidget::roundOrder() const
{
    QStringList names;
    for (const MemberCapture& m : m_capture.members)
        names.append(m.name);
    return names;
}

void MeetingModeWidget::fillMemberList()
{
    const QSignalBlocker block(m_memberList);
    m_memberList->clear();
    for (const MemberCapture& member : std::as_const(m_capture.members)) {
        auto* item = new QListWidgetItem(member.name, m_memberList);
        item->setFlags(m_readOnly
                ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
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

void MeetingModeWidget::showMember(int row)
{
    if (row < 0 || row >= m_capture.members.size() || row == m_current)
        return;
    commitText();
    m_current = row;
    // Cards in the shared folder may have changed since the week was loaded, unless it was
    // loaded just now (loadWeek()).
    if (m_figuresJustRead)
        m_shared->showMember(m_capture.members.at(row).memberId);
    else
        m_shared->setMember(m_capture.members.at(row).memberId, m_week);
    m_shared->applyTo(m_capture.members[row]);
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

} // namespace outloud
