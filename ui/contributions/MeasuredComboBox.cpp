// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasuredComboBox.h"

#include <QAbstractItemModel>
#include <QEvent>

namespace outloud {

MeasuredComboBox::MeasuredComboBox(QWidget* parent)
    : QComboBox(parent)
{
    QAbstractItemModel* items = model();
    connect(items, &QAbstractItemModel::rowsInserted, this, &MeasuredComboBox::measureAgain);
    connect(items, &QAbstractItemModel::rowsRemoved, this, &MeasuredComboBox::measureAgain);
    connect(items, &QAbstractItemModel::dataChanged, this, &MeasuredComboBox::measureAgain);
    connect(items, &QAbstractItemModel::modelReset, this, &MeasuredComboBox::measureAgain);
    connect(items, &QAbstractItemModel::layoutChanged, this, &MeasuredComboBox::measureAgain);
}

QSize MeasuredComboBox::sizeHint() const
{
    if (!m_hint.isValid())
        m_hint = QComboBox::sizeHint();
    return m_hint;
}

QSize MeasuredComboBox::minimumSizeHint() const
{
    // QComboBox computes both the same way unless a minimum contents length is set.
    return minimumContentsLength() > 0 ? QComboBox::minimumSizeHint() : sizeHint();
}

void MeasuredComboBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_hint = QSize();
    QComboBox::changeEvent(event);
}

void MeasuredComboBox::measureAgain()
{
    m_hint = QSize();
}

} // namespace outloud
