// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ContactCsv.h"
#include "io/ImportService.h"

#include <QDialog>
#include <QElapsedTimer>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QThread;
class QTimer;
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
 * (io::ImportPreview): memory does not grow with the file. Planning and importing run on a
 * thread of their own, through a connection of their own to the same database, so that the
 * window paints and takes input meanwhile; a progress bar with Cancel shows for a large file
 * from the start, for any other once the work takes a moment. The import is one transaction,
 * and imports what the preview showed or nothing: Cancel, or the dialog being destroyed
 * (the window closing), leaves the list as it was.
 *
 * After a successful import the dialog tells the database's models (Database::changed), emits
 * imported() with what an undo needs (ImportService::revert), and accepts.
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
    /// Whether a preview or an import is running.
    bool isBusy() const { return m_busy; }

    /// While busy, closing cancels the work instead.
    void reject() override;

Q_SIGNALS:
    void imported(const outloud::io::ImportOutcome& outcome);

private:
    struct Work;
    using Run = std::function<bool(Database& db, Work& work)>;

    // The constructor's parts, in the order they run.
    QPushButton* addFileRow(QVBoxLayout* layout);
    void addReadOptions(QVBoxLayout* layout);
    void addMappingAndPreview(QVBoxLayout* layout);
    QPushButton* addProgressAndButtons(QVBoxLayout* layout);
    void connectControls(QPushButton* choose, QPushButton* close);

    void chooseFile();
    void refresh();
    /// On the worker, once the file is open: how it is read, and the mapping it takes.
    static bool opened(
        io::ContactStream& stream, bool csv, io::CsvMapping mapping, Work* work, QString* error);
    static QList<io::CsvField> guessedColumns(const QStringList& headers, bool hasHeader);
    void rebuildMapping(const QStringList& headers, const QStringList& sample);
    io::CsvMapping currentMapping() const;
    io::CsvOptions currentOptions() const;
    void previewDone(const Work& work);
    void runImport();
    void importDone(const Work& work);
    void showError(const QString& message);
    /// Runs @p run on a thread with a connection of its own, then @p done here.
    void startWork(Run run, std::function<void(const Work&)> done);
    /// Cancels the work and waits for its thread; its results are dropped.
    void stopWork();
    void showProgress();
    void setBusy(bool busy);

    Database& m_db;
    qint64 m_memberId;
    QByteArray m_head; ///< The file's start, to detect its format.
    bool m_readable = false;
    QString m_path;
    std::unique_ptr<io::ImportPreview> m_plan;
    std::shared_ptr<Work> m_work; ///< Shared with its thread.
    QThread* m_thread = nullptr;
    QTimer* m_poll = nullptr;
    QElapsedTimer m_busyFor;
    bool m_showProgressNow = false;
    bool m_busy = false;
    io::ImportFormat m_use = io::ImportFormat::Auto; ///< How the file is read now.
    bool m_updating = false;
    io::ImportOutcome m_outcome;

    QLineEdit* m_file = nullptr;
    QPushButton* m_choose = nullptr;
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
