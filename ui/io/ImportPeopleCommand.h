// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ImportService.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>

namespace outloud {

/**
 * An import that already ran (ImportDialog::imported, with its progress bar) as one undo
 * step: undo reverts it in one transaction; redo applies the same plan again with the
 * same ids, so later steps that name imported people still find them.
 */
class ImportPeopleCommand : public UndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(outloud::ImportPeopleCommand)

public:
    ImportPeopleCommand(Database& db, const io::ImportPlan& plan, const io::ImportOutcome& after);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    io::ImportPlan m_plan;
    io::ImportOutcome m_after;
    bool m_alreadyApplied = true;
};

} // namespace outloud
