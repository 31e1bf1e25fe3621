// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace outloud {

class Database;

/**
 * File > Export week summary...: choose the week and whose summary (a member, or the whole
 * circle for the facilitator), the paper and the file; writes the PDF on Export. The
 * folder last written to and the paper are remembered (QSettings "report/lastFolder",
 * "report/pageSize").
 */
class ExportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p memberId preselects a member (-1: me); @p today preselects the current week.
    ExportSummaryDialog(Database& db, qint64 circleId, qint64 memberId = -1,
        QDate today = QDate::currentDate(), QWidget* parent = nullptr);

    /// The file written by the last successful export.
    QString writtenPath() const { return m_written; }

    void accept() override;

private:
    void browse();
    void suggestFileName();
    void showError(const QString& message);

    Database& m_db;
    qint64 m_circleId;
    QComboBox* m_week = nullptr;
    QComboBox* m_member = nullptr;
    QComboBox* m_paper = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_export = nullptr;
    QString m_written;
    bool m_pathEdited = false;
    QDate m_today;
};

} // namespace outloud
