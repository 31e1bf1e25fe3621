// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPlanModel.h"

namespace outloud::io {

ImportPlanModel::ImportPlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ImportPlanModel::setPlan(ImportPlan plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    endResetModel();
}

int ImportPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_plan.items.size());
}

int ImportPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPlanModel::actionName(ImportAction action)
{
    switch (action) {
    case ImportAction::Add:
        return tr("Add");
    case ImportAction::Merge:
        return tr("Merge");
    case ImportAction::Skip:
        return tr("Skip");
    }
    return {};
}

QVariant ImportPlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlannedImport& item = m_plan.items.at(index.row());
    if (role == ActionRole)
        return int(item.action);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    // What the list will hold for adds and merges; what the file said for skips.
    const Person& p = item.action == ImportAction::Skip ? item.record.person : item.result;
    switch (index.column()) {
    case Action:
        return actionName(item.action);
    case Origin:
        return item.record.origin;
    case Name:
        return p.name.isEmpty() ? item.record.person.name : p.name;
    case Organization:
        return p.organization;
    case Email:
        return p.email;
    case Details:
        return item.reason;
    default:
        return {};
    }
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Action:
        return tr("Action");
    case Origin:
        return tr("Where");
    case Name:
        return tr("Name");
    case Organization:
        return tr("Organization");
    case Email:
        return tr("E-mail");
    case Details:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace outloud::io
