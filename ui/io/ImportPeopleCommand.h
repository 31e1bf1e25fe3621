// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ImportService.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>

namespace outloud {

/**
 * An import that already ran (ImportDialog::imported, with its progress bar) as one undo
 * step: undo reverts it in one transaction and keeps the people it added and merged in the
 * database (ImportService::undo); redo puts them back with the same ids, so later steps that
 * name imported people still find them.
 */
class ImportPeopleCommand : public UndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(outloud::ImportPeopleCommand)

public:
    ImportPeopleCommand(Database& db, const io::ImportOutcome& after);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    io::ImportOutcome m_after;
    int m_slot; ///< Where undo keeps the people for redo.
    bool m_alreadyApplied = true;
};

} // namespace outloud
