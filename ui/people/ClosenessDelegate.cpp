// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClosenessDelegate.h"

#include "people/Closeness.h"
#include "people/RelationshipModel.h"

#include <QComboBox>
#include <QLocale>

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
    const Look look = lookOf(index);
    if (look.bold)
        option->font.setBold(true);
    if (look.linkColour)
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
    if (!look.text.isEmpty() && option->text.isEmpty())
        option->text = look.text;
}

ClosenessDelegate::Look ClosenessDelegate::lookOf(const QModelIndex& index)
{
    Look look;
    if ((index.column() == RelationshipModel::Name
            || index.column() == RelationshipModel::LastContact)
        && index.data(RelationshipModel::StaleRole).toBool()) {
        // Quiet relationships stand out without shouting: in the link colour, in the list's
        // own face (an italic face of its own cost 8 M instructions, 5 %, of the page's first
        // paint; the last contact's date says the same in words).
        look.linkColour = true;
        if (index.column() == RelationshipModel::LastContact)
            look.text = tr("never"); // shown where there is no date
    }
    if (index.column() == RelationshipModel::KeepInTouch) {
        // Due this week: bold; losing touch: bold in the link colour.
        const auto status = TouchStatus(index.data(RelationshipModel::TouchStatusRole).toInt());
        look.bold = status == TouchStatus::Due || status == TouchStatus::Overdue;
        look.linkColour = status == TouchStatus::Overdue;
    }
    return look;
}

QString ClosenessDelegate::cellText(
    const QModelIndex& index, const QLocale& locale, QFont* font) const
{
    const Look look = lookOf(index);
    if (look.bold)
        font->setBold(true);
    const QVariant value = index.data(Qt::DisplayRole);
    const QString text = value.isValid() ? displayText(value, locale) : QString();
    return text.isEmpty() ? look.text : text;
}

} // namespace outloud
