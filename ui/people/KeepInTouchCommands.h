// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/UndoCommand.h"

#include <QCoreApplication>

namespace outloud {

/// Sets how often to keep in touch with a person (-1: as usual for the closeness, 0: none).
class SetKeepInTouchCommand : public UndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(outloud::SetKeepInTouchCommand)

public:
    SetKeepInTouchCommand(
        Database& db, qint64 personId, const QString& name, int before, int after);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    qint64 m_personId;
    int m_before;
    int m_after;
};

/// Sets the usual rhythm for one closeness level.
class SetKeepInTouchDefaultCommand : public UndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(outloud::SetKeepInTouchDefaultCommand)

public:
    SetKeepInTouchDefaultCommand(Database& db, int closeness, int before, int after);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    int m_closeness;
    int m_before;
    int m_after;
};

} // namespace outloud
