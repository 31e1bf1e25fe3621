// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace outloud {

/**
 * The one way to ask or tell the user something in a modal box. Text is always plain
 * (it may hold file names and user text, never markup).
 *
 * Tests answer the next box with setNextAnswer(): it is then not shown at all, and what
 * it would have said is kept in lastText(). (KeePassXC's MessageBox::setNextAnswer.)
 */
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    /// Yes or No by default; returns the button chosen (Escape gives @p defaultButton's
    /// opposite, as QMessageBox does).
    static Button question(QWidget* parent, const QString& title, const QString& text,
        Buttons buttons = QMessageBox::Yes | QMessageBox::No,
        Button defaultButton = QMessageBox::No);
    static Button warning(QWidget* parent, const QString& title, const QString& text);
    static Button information(QWidget* parent, const QString& title, const QString& text);
    static void about(QWidget* parent, const QString& title, const QString& text);

    /// Tests: the next box is answered with @p answer instead of being shown.
    static void setNextAnswer(Button answer);
    /// Tests: the text of the last box shown or answered.
    static QString lastText();

private:
    static Button ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
        const QString& text, Buttons buttons, Button defaultButton);
};

} // namespace outloud
