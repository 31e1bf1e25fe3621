// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListHeaderView.h"

#include <QTreeView>

namespace outloud {

ListHeaderView::ListHeaderView(QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    // As QTableView sets up its own.
    setSectionsClickable(true);
    setHighlightSections(true);
}

ListHeaderView* ListHeaderView::setOn(QTreeView* view)
{
    const QHeaderView* own = view->header();
    auto* header = new ListHeaderView(view);
    header->setSectionsClickable(own->sectionsClickable());
    header->setSectionsMovable(own->sectionsMovable());
    header->setHighlightSections(own->highlightSections());
    header->setStretchLastSection(own->stretchLastSection());
    header->setDefaultAlignment(own->defaultAlignment());
    header->setHidden(own->isHidden());
    view->setHeader(header); // deletes its own
    return header;
}

QSize ListHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    const QAbstractItemModel* m = model();
    // A title with its own size, font or icon: as the header measures it.
    if (!m || logicalIndex < 0
        || m->headerData(logicalIndex, orientation(), Qt::SizeHintRole).isValid()
        || m->headerData(logicalIndex, orientation(), Qt::FontRole).isValid()
        || m->headerData(logicalIndex, orientation(), Qt::DecorationRole).isValid())
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    const QString text = m->headerData(logicalIndex, orientation()).toString();
    if (m_measured.size() <= logicalIndex)
        m_measured.resize(logicalIndex + 1);
    Measured& known = m_measured[logicalIndex];
    if (!known.size.isValid() || known.text != text || known.font != font()
        || known.style != style() || known.sortIndicator != isSortIndicatorShown()) {
        known = {text, font(), style(), isSortIndicatorShown(),
            QHeaderView::sectionSizeFromContents(logicalIndex)};
    }
    return known.size;
}

} // namespace outloud
