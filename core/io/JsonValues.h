// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How one database value travels in a JSON export: shared by the export and the restore.

#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace outloud::io::json::detail {

QJsonValue toJson(const QVariant& v);
/// False when @p value is nothing a column of Outloud's can hold.
bool fromJson(const QJsonValue& value, QVariant* out);
/// A table or column name an export may carry (ASCII letters, digits, underscores).
bool isIdentifier(const QString& s);

} // namespace outloud::io::json::detail
