// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ContactCsv.h"
#include "io/ImportService.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QVBoxLayout;

namespace outloud {
class Database;
namespace io {
class ImportPlanModel;
class ImportPreview;
class ContactStream;
} // namespace io

/**
 * Brings people from a LinkedIn export, a CSV or a vCard file into one member's
 * relationship list. The user picks the file, checks (or changes) the detected format,
 * encoding and delimiter, maps CSV columns, and sees in a preview what will be added,
 * merged or skipped before anything is written. The file is read as it streams, for the
 * preview and again for the import, and the preview is kept in the database
 * (io::ImportPreview): memory does not grow with the file. Planning and importing a large
 * file show a progress bar with Cancel; the import is one transaction, and imports what the
 * preview showed or nothing.
 *
 * After a successful import the dialog emits imported() with what an undo needs
 * (ImportService::revert), and accepts.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Database& db, qint64 memberId, QWidget* parent = nullptr);
    ~ImportDialog() override;

    /// Loads @p path as if chosen in the file dialog.
    void setFile(const QString& path);
    /// What the last import did.
    const io::ImportOutcome& outcome() const { return m_outcome; }
    io::ImportPlanModel* previewModel() const { return m_model; }

    /// While busy, closing cancels the work instead.
    void reject() override;

Q_SIGNALS:
    void imported(const outloud::io::ImportOutcome& outcome);

private:
    // The constructor's parts, in the order they run.
    QPushButton* addFileRow(QVBoxLayout* layout);
    void addReadOptions(QVBoxLayout* layout);
    void addMappingAndPreview(QVBoxLayout* layout);
    QPushButton* addProgressAndButtons(QVBoxLayout* layout);
    void connectControls(QPushButton* choose, QPushButton* close);

    void chooseFile();
    void refresh();
    bool opened(io::ContactStream& stream, bool csv, QString* error);
    void rebuildMapping(const QStringList& headers, const QStringList& sample);
    io::CsvMapping currentMapping() const;
    io::CsvOptions currentOptions() const;
    void runImport();
    void showError(const QString& message);
    bool reportProgress(qsizetype done, qsizetype total);
    void setBusy(bool busy);

    Database& m_db;
    qint64 m_memberId;
    QByteArray m_head; ///< The file's start, to detect its format.
    bool m_readable = false;
    QString m_path;
    std::unique_ptr<io::ImportPreview> m_plan;
    bool m_cancel = false;
    bool m_busy = false;
    bool m_updating = false;
    io::ImportOutcome m_outcome;

    QLineEdit* m_file = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QCheckBox* m_hasHeader = nullptr;
    QLabel* m_detected = nullptr;
    QTableWidget* m_mapping = nullptr;
    QLabel* m_mappingLabel = nullptr;
    QTableView* m_preview = nullptr;
    io::ImportPlanModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_importButton = nullptr;
};

} // namespace outloud
