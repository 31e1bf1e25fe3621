// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeepInTouchCommands.h"

#include "people/KeepInTouch.h"

namespace outloud {

SetKeepInTouchCommand::SetKeepInTouchCommand(
    Database& db, qint64 personId, const QString& name, int before, int after)
    : UndoCommand(db,
        tr("Keep in touch with %1 %2")
            .arg(name, after < 0 ? tr("as usual for the closeness") : keepintouch::label(after)))
    , m_personId(personId)
    , m_before(before)
    , m_after(after)
{ }

bool SetKeepInTouchCommand::forward(QString* error)
{
    return KeepInTouchService(db()).setRhythm(m_personId, m_after, error);
}

bool SetKeepInTouchCommand::backward(QString* error)
{
    return KeepInTouchService(db()).setRhythm(m_personId, m_before, error);
}

SetKeepInTouchDefaultCommand::SetKeepInTouchDefaultCommand(
    Database& db, int closeness, int before, int after)
    : UndoCommand(
        db, tr("Keep in touch at closeness %1 %2").arg(closeness).arg(keepintouch::label(after)))
    , m_closeness(closeness)
    , m_before(before)
    , m_after(after)
{ }

bool SetKeepInTouchDefaultCommand::forward(QString* error)
{
    return KeepInTouchService(db()).setDefault(m_closeness, m_after, error);
}

bool SetKeepInTouchDefaultCommand::backward(QString* error)
{
    return KeepInTouchService(db()).setDefault(m_closeness, m_before, error);
}

} // namespace outloud
