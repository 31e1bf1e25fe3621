// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPlanModel.h"

namespace outloud::io {

namespace {
constexpr qint64 PageRows = 128;
constexpr qsizetype KeptPages = 16;
} // namespace

ImportPlanModel::ImportPlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ImportPlanModel::setPreview(const ImportPreview* preview)
{
    beginResetModel();
    m_preview = preview;
    m_rows = preview ? int(preview->size()) : 0;
    m_pages.clear();
    endResetModel();
}

const ImportPreview::Row* ImportPlanModel::row(int row) const
{
    const qint64 page = row / PageRows;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        if (m_pages.size() >= KeptPages)
            m_pages.clear();
        it = m_pages.insert(page, m_preview->rows(page * PageRows, PageRows));
    }
    const qint64 at = row - page * PageRows;
    return at < it->size() ? &it->at(at) : nullptr;
}

int ImportPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
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
    const ImportPreview::Row* item = row(index.row());
    if (!item)
        return {};
    if (role == ActionRole)
        return int(item->action);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Action:
        return actionName(item->action);
    case Origin:
        return item->origin;
    case Name:
        return item->name;
    case Organization:
        return item->organization;
    case Email:
        return item->email;
    case Details:
        return item->reason;
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
