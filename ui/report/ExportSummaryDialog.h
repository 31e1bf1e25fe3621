// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>
#include <QElapsedTimer>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace outloud {

class Database;
class SummaryExportRunner;
namespace summarypdf {
struct Progress;
}

/**
 * File > Export week summary...: choose the week and whose summary (a member, or the whole
 * circle for the facilitator), the paper and the file; writes the PDF on Export. The
 * folder last written to and the paper are remembered (QSettings "report/lastFolder",
 * "report/pageSize").
 *
 * The PDF is made on a thread and connection of its own (SummaryExportRunner): the dialog
 * stays open with its choices and Export disabled, shows the page reached when the export
 * takes more than a second, and closes once the file is written. Cancel (or Escape, or
 * closing the dialog) stops the export and keeps the dialog; an error shows in it.
 */
class ExportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p memberId preselects a member (-1: me); @p today preselects the current week.
    ExportSummaryDialog(Database& db, qint64 circleId, qint64 memberId = -1,
        QDate today = QDate::currentDate(), QWidget* parent = nullptr);

    ~ExportSummaryDialog() override;

    /// The file written by the last successful export.
    QString writtenPath() const { return m_written; }
    bool isExporting() const { return m_runner != nullptr; }
    /// For tests: called in the exporting thread as each page begins.
    using AfterPage = std::function<void(const summarypdf::Progress&)>;
    void setAfterPage(AfterPage afterPage) { m_afterPage = std::move(afterPage); }

    /// Starts the export (the dialog accepts once the file is written).
    void accept() override;
    /// Stops a running export; closes the dialog otherwise.
    void reject() override;

private:
    void browse();
    void suggestFileName();
    void showError(const QString& message);
    void setChoicesEnabled(bool enabled);
    void showProgress();
    void finished(bool canceled, const QString& error);

    Database& m_db;
    qint64 m_circleId;
    QComboBox* m_week = nullptr;
    QComboBox* m_member = nullptr;
    QComboBox* m_paper = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_bar = nullptr;
    QTimer* m_poll = nullptr;
    QElapsedTimer m_running;
    SummaryExportRunner* m_runner = nullptr;
    AfterPage m_afterPage;
    QString m_written;
    bool m_pathEdited = false;
    QDate m_today;
};

} // namespace outloud
