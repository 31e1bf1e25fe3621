// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace outloud::io {

/// The largest file the readers accept: far above any real export, small enough that a
/// mistaken choice (a video, a disk image) is refused before it fills the memory.
constexpr qint64 MaxInputBytes = 64 * 1024 * 1024;

/// Reads @p path whole, refusing folders, unreadable files and files above MaxInputBytes.
bool readInputFile(const QString& path, QByteArray* bytes, QString* error);

/// Writes @p bytes to @p path atomically (a file beside it, then a rename), readable by
/// the owner alone: every file Outloud writes holds personal data.
bool writePrivateFile(const QString& path, const QByteArray& bytes, QString* error);

/// The 1-based line of byte @p offset in @p bytes.
int lineAtOffset(const QByteArray& bytes, qint64 offset);

} // namespace outloud::io
