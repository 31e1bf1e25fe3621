// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialog.h"

#include <QFileDialog>
#include <optional>

namespace outloud {

namespace {
std::optional<QString> s_nextFileName;

std::optional<QString> takeNextFileName()
{
    std::optional<QString> name;
    name.swap(s_nextFileName);
    return name;
}
} // namespace

void FileDialog::setNextFileName(const QString& name)
{
    s_nextFileName = name;
}

QString FileDialog::openFileName(
    QWidget* parent, const QString& title, const QString& dir, const QString& filter)
{
    if (std::optional<QString> name = takeNextFileName())
        return *name;
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString FileDialog::saveFileName(
    QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    if (std::optional<QString> name = takeNextFileName())
        return *name;
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

} // namespace outloud
