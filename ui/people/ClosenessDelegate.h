// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/PlainTextDelegate.h"

namespace outloud {

/// Edits closeness in place with a list of the six levels and their meanings, and marks
/// people who have gone quiet (no contact for the chosen number of weeks).
class ClosenessDelegate : public PlainTextDelegate
{
    Q_OBJECT
public:
    using PlainTextDelegate::PlainTextDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(
        QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    /// Public so that tests can check the colours a row is painted with.
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

    /// The text of a cell as it is painted, and in @p font its face (bold or not): what
    /// initStyleOption() sets, without the rest of the style option, for sizing the columns.
    QString cellText(const QModelIndex& index, const QLocale& locale, QFont* font) const;

private:
    /// How a cell stands out: the same for painting and for measuring.
    struct Look
    {
        bool bold = false;
        bool linkColour = false;
        QString text; ///< What an empty cell says instead ("never").
    };
    static Look lookOf(const QModelIndex& index);
};

} // namespace outloud
