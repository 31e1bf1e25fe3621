// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace outloud {
class Database;

/**
 * Lists the backups of the open database (newest first), makes one on request, and
 * restores a backup or an Outloud JSON export after the user confirms. A restore keeps a
 * backup of what it replaces and runs in one transaction; afterwards the dialog emits
 * restored(), after which the undo history no longer applies.
 */
class BackupsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BackupsDialog(Database& db, QWidget* parent = nullptr);

    void reload();

Q_SIGNALS:
    void restored();

private:
    void backupNow();
    void restoreSelected();
    void restoreJson();
    void report(const QString& message, bool isError);
    bool confirm(const QString& question);

    Database& m_db;
    QTableWidget* m_list = nullptr;
    QLabel* m_folder = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace outloud
