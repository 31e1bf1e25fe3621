// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

class QWidget;

namespace outloud::confirm {

/// Asks a yes/no question in a modal box whose default is the safe answer (No). Returns
/// true when the user chose @p yesText.
bool ask(QWidget* parent, const QString& title, const QString& text, const QString& yesText);

/// Tests answer the next ask() without a modal box: true, false, or nullopt to show it again.
void setNextAnswer(std::optional<bool> answer);
/// The text of the last question asked (also when answered by setNextAnswer()).
QString lastQuestion();

} // namespace outloud::confirm
