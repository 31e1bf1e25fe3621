// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace outloud {

class Database;

/**
 * Circle > Share through a folder: the member picks the circle's shared folder (Syncthing,
 * Nextcloud, a network drive), sees the exact card that will be written there, switches
 * parts off, and only then agrees. Stopping removes the card from the folder.
 */
class ShareDialog : public QDialog
{
    Q_OBJECT
public:
    ShareDialog(Database& db, qint64 circleId, qint64 memberId, QWidget* parent = nullptr);

    /// The card text as it would be written now (what the preview shows).
    QString previewText() const;
    void setFolder(const QString& folder);

Q_SIGNALS:
    void sharingChanged();

private:
    int parts() const;
    void updatePreview();
    /// Stores the folder and parts; @p writeCard: the member agreed, write the card now.
    void saveFolder(bool writeCard);
    void stopSharing();
    void chooseFolder();

    Database& m_db;
    qint64 m_circleId;
    qint64 m_memberId;
    QLineEdit* m_folder;
    QList<QCheckBox*> m_parts;
    QPlainTextEdit* m_preview;
    QLabel* m_status;
    QLabel* m_folderNotes;
    QPushButton* m_shareButton;
    QPushButton* m_readButton;
    QPushButton* m_stopButton;
};

} // namespace outloud
