// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportUndo.h"

#include "undo/EditCommand.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <memory>

namespace outloud {

void pushImportUndo(QUndoStack* stack, Database& db, const io::ImportPlan& plan,
    const io::ImportOutcome& outcome, std::function<void(const QString&)> onError)
{
    auto current = std::make_shared<io::ImportOutcome>(outcome);
    auto alreadyApplied = std::make_shared<bool>(true);
    const QString text = QCoreApplication::translate(
        "outloud", "Import %n people", nullptr, outcome.added + outcome.merged);
    auto command = std::make_unique<EditCommand>(
        text,
        [&db, plan, current, alreadyApplied](QString* error) {
            if (*alreadyApplied) { // the dialog ran it, with its progress bar
                *alreadyApplied = false;
                return true;
            }
            io::ImportOutcome again;
            if (!io::ImportService(db).apply(plan, &again, error, {}, current->createdIds))
                return false;
            *current = again;
            return true;
        },
        [&db, current](QString* error) { return io::ImportService(db).revert(*current, error); },
        std::move(onError));
    QString error;
    command->apply(&error);
    stack->push(command.release());
}

} // namespace outloud
