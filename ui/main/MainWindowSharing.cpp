// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sharing a circle: invitations, joining one, the shared folder and this member's card.
#include "MainWindow.h"
#include "circle/CircleService.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "io/FileIo.h"
#include "sharing/CardPublisher.h"
#include "sharing/JoinCircleDialog.h"
#include "sharing/ShareDialog.h"
#include "sharing/SharingService.h"
#include "storage/Database.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace outloud {

void MainWindow::inviteMembers()
{
    if (!m_db)
        return;
    QString error;
    const std::optional<sharing::Invitation> invitation
        = sharing::SharingService(*m_db).invitation(m_circleId, &error);
    if (!invitation) {
        MessageBox::warning(this, tr("Invite members"), error);
        return;
    }
    const QString suggested
        = QDir::home().filePath(invitation->circle.name.simplified().replace(u'/', u'-')
            + QStringView(sharing::InvitationSuffix).toString());
    const QString path = FileDialog::saveFileName(
        this, tr("Invite members"), suggested, tr("Outloud invitations (*.outloud-invitation)"));
    if (path.isEmpty())
        return;
    if (!io::writePrivateFile(path, sharing::invitationToJson(*invitation), &error)) {
        MessageBox::warning(this, tr("Invite members"), error);
        return;
    }
    showMessage(tr("Saved %1: send it to the members; opening it in Outloud joins the circle.")
                    .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::joinCircle(const QString& path)
{
    QString error;
    const std::optional<sharing::Invitation> invitation
        = JoinCircleDialog::readInvitation(path, &error);
    if (!invitation) {
        MessageBox::warning(this, tr("Join a circle"), error);
        return;
    }
    if (!m_db) {
        m_db = Database::open(m_path, &error);
        if (!m_db) {
            showWelcome(error);
            return;
        }
    }
    auto* dialog = new JoinCircleDialog(*m_db, *invitation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const sharing::JoinOutcome outcome = *dialog->outcome();
        // Show the joined circle (remembered for the next start), then say what happened.
        if (!m_workspace)
            openDatabase(m_path);
        if (m_circleId != outcome.circleId || m_memberId != outcome.meId)
            switchCircle(outcome.circleId, outcome.meId);
        showMessage(outcome.result == sharing::JoinOutcome::Result::Unchanged
                ? tr("You are already in this circle; nothing changed.")
                : outcome.result == sharing::JoinOutcome::Result::Updated
                ? tr("The circle's meetings and members are updated.")
                : tr("You joined the circle. Choose File > Share through a folder to share "
                     "your figures with it."));
    });
    dialog->open();
}

void MainWindow::shareThroughFolder()
{
    if (!m_db)
        return;
    // Only "me" shares: a file without one has nobody whose card it could write.
    const qint64 me = CircleService(*m_db).meId(m_circleId);
    if (me < 0) {
        MessageBox::information(this, tr("Share through a folder"),
            tr("Nobody in this circle is marked as you, so there is no card to share."));
        return;
    }
    auto* dialog = new ShareDialog(*m_db, m_circleId, me, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::flushCard()
{
    // Changes made in the last seconds still reach the circle.
    if (auto* publisher = qobject_cast<sharing::CardPublisher*>(m_publisher);
        publisher && publisher->isPending())
        publisher->publishNow();
}

} // namespace outloud
