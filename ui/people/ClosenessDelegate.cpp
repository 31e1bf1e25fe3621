// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClosenessDelegate.h"

#include "people/Closeness.h"
#include "people/RelationshipModel.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

namespace outloud {

QWidget* ClosenessDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() != RelationshipModel::Closeness)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    combo->setObjectName(u"closenessEditor"_s);
    combo->setAccessibleName(tr("Closeness"));
    for (int level = closeness::Min; level <= closeness::Max; ++level)
        combo->addItem(closeness::label(level), level);
    return combo;
}

void ClosenessDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(index.data(RelationshipModel::ClosenessRole).toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ClosenessDelegate::setModelData(
    QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void ClosenessDelegate::initStyleOption(
    QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(RelationshipModel::StaleRole).toBool()
        && (index.column() == RelationshipModel::Name
            || index.column() == RelationshipModel::LastContact)) {
        // Quiet relationships stand out without shouting: italic, in the link colour.
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
        if (index.column() == RelationshipModel::LastContact && option->text.isEmpty())
            option->text = tr("never");
    }
    if (index.column() == RelationshipModel::KeepInTouch) {
        // Due this week: bold; losing touch: bold in the link colour.
        const auto status = TouchStatus(index.data(RelationshipModel::TouchStatusRole).toInt());
        if (status == TouchStatus::Due || status == TouchStatus::Overdue)
            option->font.setBold(true);
        if (status == TouchStatus::Overdue)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
    }
}

} // namespace outloud
