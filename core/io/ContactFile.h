// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContactCsv.h"
#include "ImportRecord.h"

namespace outloud::io {

/// "LinkedIn", "CSV", ... for messages and the dialog.
QString formatName(ImportFormat format);
/// The format a name on the command line means ("linkedin", "csv", "vcard", "json").
ImportFormat formatFromName(const QString& name, bool* ok);

/// Guesses the format from the file's start and its name: a vCard begins with
/// BEGIN:VCARD, JSON with "{", LinkedIn's export has its header near the top; anything
/// else is read as CSV.
ImportFormat detectFormat(const QString& fileName, const QByteArray& bytes);

/// Reads people from @p bytes as @p format (not Json: that is a whole database). For CSV,
/// @p mapping null means "guess from the header".
ReadResult readContacts(const QByteArray& bytes, ImportFormat format,
    const CsvOptions& options = {}, const CsvMapping* mapping = nullptr);

} // namespace outloud::io
