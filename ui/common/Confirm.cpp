// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace outloud::confirm {

namespace {
std::optional<bool>& nextAnswer()
{
    static std::optional<bool> answer;
    return answer;
}
QString& last()
{
    static QString text;
    return text;
}
} // namespace

bool ask(QWidget* parent, const QString& title, const QString& text, const QString& yesText)
{
    last() = text;
    if (const std::optional<bool> answer = std::exchange(nextAnswer(), std::nullopt))
        return *answer;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText); // names are user text, never markup
    QPushButton* yes = box.addButton(yesText, QMessageBox::AcceptRole);
    QPushButton* no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void setNextAnswer(std::optional<bool> answer)
{
    nextAnswer() = answer;
}

QString lastQuestion()
{
    return last();
}

} // namespace outloud::confirm
