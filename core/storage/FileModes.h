// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace outloud {

/// Creates @p folder and every missing parent for the owner alone (0700, whatever the
/// umask). Folders that exist keep their mode: Outloud never changes what it did not create.
bool makePrivatePath(const QString& folder, QString* error);

/// Creates @p path, which must not exist yet, readable by the owner alone (0600).
bool createPrivateFile(const QString& path, QString* error);

/// Renames @p from to @p to unless @p to exists: the last step of making a file whole
/// under a temporary name, which must never replace a file that appeared meanwhile.
bool renameNoReplace(const QString& from, const QString& to, QString* error);

/// Whether the owner's write bit is set: a file the user made read-only stays unwritten,
/// even for root, who may write anything.
bool ownerMayWrite(const QString& path);

} // namespace outloud
