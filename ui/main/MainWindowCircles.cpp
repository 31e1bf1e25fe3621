// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Circle menu: which circle the window shows, who "me" is in it, and a new circle.
#include "CircleSwitchDialog.h"
#include "MainWindow.h"
#include "SetupPage.h"
#include "circle/CircleService.h"
#include "storage/Database.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
// One remembered circle per database file.
QString circleKey(const QString& path)
{
    const QByteArray hash = QCryptographicHash::hash(
        QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return u"circles/"_s + QString::fromLatin1(hash.toHex().left(16));
}
} // namespace

void MainWindow::createCircleMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("Ci&rcle"));
    QAction* switchAction
        = menu->addAction(tr("&Switch circle or who I am…"), this, &MainWindow::chooseCircle);
    switchAction->setObjectName(u"switchCircleAction"_s);
    switchAction->setShortcut(QKeySequence(u"Ctrl+Shift+O"_s));
    switchAction->setToolTip(tr("Show another circle of this file, or choose which member is you"));
    QAction* newCircle
        = menu->addAction(tr("Start a &new circle…"), this, &MainWindow::startNewCircle);
    newCircle->setObjectName(u"newCircleAction"_s);
    for (QAction* a : {switchAction, newCircle}) {
        a->setEnabled(false);
        m_workspaceActions << a;
    }
}

qint64 MainWindow::rememberedCircle() const
{
    if (!m_db)
        return -1;
    CircleService circles(*m_db);
    const qint64 remembered = QSettings(QSettings::UserScope, u"outloud"_s, u"outloud"_s)
                                  .value(circleKey(m_path), qint64(-1))
                                  .toLongLong();
    if (remembered > 0 && circles.circle(remembered))
        return remembered;
    return circles.defaultCircleId();
}

void MainWindow::rememberCircle(qint64 circleId) const
{
    if (circleId > 0)
        QSettings(QSettings::UserScope, u"outloud"_s, u"outloud"_s)
            .setValue(circleKey(m_path), circleId);
}

void MainWindow::switchCircle(qint64 circleId, qint64 meId)
{
    if (!m_db)
        return;
    CircleService circles(*m_db);
    const std::optional<Circle> circle = circles.circle(circleId);
    if (!circle)
        return;
    // On an organization server the login is who one is; nobody becomes another member.
    if (meId > 0 && !m_db->isOrganization() && meId != circles.meId(circleId)) {
        QString error;
        if (!circles.setMe(circleId, meId, &error)) {
            showMessage(error);
            return;
        }
    }
    rememberCircle(circleId);
    const Page page = currentPage();
    keepOverview();
    retireWorkspace(); // off the screen now, deleted a page per pass after the new one shows
    m_circleId = circleId;
    chooseMe();
    buildWorkspace(int(page));
    const std::optional<Member> me = circles.member(m_memberId);
    showMessage(me ? tr("Showing %1, as %2.").arg(circle->name, me->name)
                   : tr("Showing %1.").arg(circle->name));
}

void MainWindow::chooseCircle()
{
    if (!m_db)
        return;
    auto* dialog = new CircleSwitchDialog(*m_db, m_circleId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->circleId() > 0)
            switchCircle(dialog->circleId(), dialog->meId());
    });
    dialog->open();
}

void MainWindow::startNewCircle()
{
    if (m_db)
        startOwnCircle();
}

} // namespace outloud
