// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace outloud {

/// Lays its widgets out in a row that wraps onto more rows when the width is short, so a row
/// of filters or buttons never sets a page's minimum width beyond its widest item. Items
/// whose horizontal policy can expand share a row's spare width.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    /// Places the items in @p rect (only measures when @p apply is false); returns the height.
    int arrange(const QRect& rect, bool apply) const;
    int spacingX() const;
    int spacingY() const;

    QList<QLayoutItem*> m_items;
};

} // namespace outloud
