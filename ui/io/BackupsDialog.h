// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <functional>

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

    /// Asks the user to confirm; tests replace it (the default shows a message box).
    using Confirm = std::function<bool(const QString& question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    /// Chooses a JSON export to restore; tests replace it (the default is a file dialog).
    using ChooseFile = std::function<QString()>;
    void setChooseFile(ChooseFile choose) { m_chooseFile = std::move(choose); }

    void reload();

Q_SIGNALS:
    void restored();

private:
    void backupNow();
    void restoreSelected();
    void restoreJson();
    void report(const QString& message, bool isError);

    Database& m_db;
    Confirm m_confirm;
    ChooseFile m_chooseFile;
    QTableWidget* m_list = nullptr;
    QLabel* m_folder = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace outloud
