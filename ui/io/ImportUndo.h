// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ImportService.h"

#include <functional>

class QUndoStack;

namespace outloud {

class Database;

/**
 * Records an import that already ran (ImportDialog::imported) as one undo step: undo
 * reverts it in one transaction; redo applies the same plan again with the same ids, so
 * later steps that name imported people still find them. @p onError reports an undo or
 * redo the database refused (Editor::failed fits).
 */
void pushImportUndo(QUndoStack* stack, Database& db, const io::ImportPlan& plan,
    const io::ImportOutcome& outcome, std::function<void(const QString&)> onError);

} // namespace outloud
