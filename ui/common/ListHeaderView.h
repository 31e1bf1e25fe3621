// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHeaderView>
#include <QList>
#include <QString>

class QTreeView;

namespace outloud {

/**
 * A list's column titles, as QTableView's own header, measuring each title once. The header
 * forgets its size whenever a column is resized, added or hidden, and measures every title
 * again (its text shaped in bold through the style) the next time a layout asks: half a dozen
 * times while a list is set up, as much as a tenth of its first paint. A title is measured
 * again when its text, the font, the style or the sort indicator changes.
 */
class ListHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    /// Set up as QTableView sets up its own horizontal header.
    explicit ListHeaderView(QWidget* parent = nullptr);

    /// Puts a ListHeaderView on @p view in place of its header, set up as that one was
    /// (shown or hidden, last section stretched, alignment, movable, clickable and highlighted
    /// sections).
    static ListHeaderView* setOn(QTreeView* view);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    struct Measured
    {
        QString text;
        QFont font;
        const QStyle* style = nullptr;
        bool sortIndicator = false;
        QSize size;
    };
    mutable QList<Measured> m_measured;
};

} // namespace outloud
