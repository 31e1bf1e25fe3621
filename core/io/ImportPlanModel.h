// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportPreview.h"

#include <QAbstractTableModel>
#include <QHash>

namespace outloud::io {

/// The preview of an import: one row a record, with what will happen to it and why. The rows
/// are the ImportPreview's, read a page at a time as the view shows them.
class ImportPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Action, Origin, Name, Organization, Email, Details, ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 1 };

    explicit ImportPlanModel(QObject* parent = nullptr);

    /// Shows @p preview (null: nothing), read anew.
    void setPreview(const ImportPreview* preview);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "add", "merge", "skip" as shown.
    static QString actionName(ImportAction action);

private:
    const ImportPreview::Row* row(int row) const;

    const ImportPreview* m_preview = nullptr;
    int m_rows = 0;
    // Pages of rows read, by page number; a few at a time.
    mutable QHash<qint64, QList<ImportPreview::Row>> m_pages;
};

} // namespace outloud::io
