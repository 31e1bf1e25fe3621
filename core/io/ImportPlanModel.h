// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportService.h"

#include <QAbstractTableModel>

namespace outloud::io {

/// The preview of an import: one row a record, with what will happen to it and why.
class ImportPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Action, Origin, Name, Organization, Email, Details, ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 1 };

    explicit ImportPlanModel(QObject* parent = nullptr);

    void setPlan(ImportPlan plan);
    const ImportPlan& plan() const { return m_plan; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "add", "merge", "skip" as shown.
    static QString actionName(ImportAction action);

private:
    ImportPlan m_plan;
};

} // namespace outloud::io
