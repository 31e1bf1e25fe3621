// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace outloud {

/**
 * The one way to ask for a file name. Tests answer the next question with
 * setNextFileName() instead of a dialog (an empty name stands for Cancel).
 */
class FileDialog
{
public:
    static QString openFileName(
        QWidget* parent, const QString& title, const QString& dir, const QString& filter);
    static QString saveFileName(
        QWidget* parent, const QString& title, const QString& suggested, const QString& filter);

    /// Tests: the next openFileName() or saveFileName() returns @p name without a dialog.
    static void setNextFileName(const QString& name);
};

} // namespace outloud
