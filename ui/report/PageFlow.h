// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPainter>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QTextLayout;

namespace outloud {

/**
 * Lays a document out from top to bottom over the pages of a paged device (a PDF writer
 * or a printer) and paints it with QPainter, so text stays real, selectable text and
 * drawings stay vectors. Text wraps to the width and breaks between lines, never
 * through one; tables break between rows and repeat their header on every page.
 *
 * Positions and sizes are given in points (1/72 inch) whatever the device's resolution;
 * the painter itself stays in device pixels, so fonts keep their true point sizes and
 * metrics.
 */
class PageFlow
{
public:
    struct Column
    {
        QString title;
        qreal weight = 1.0; ///< Share of the table's width.
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    /// Called as each page begins, with its number (from 1); false stops the document: what
    /// is asked for afterwards is not laid out, and stopped() says so.
    using PageHook = std::function<bool(int page)>;

    /// @p footer is painted at the bottom of every page (page number passed in).
    PageFlow(
        QPagedPaintDevice* device, std::function<QString(int page)> footer, PageHook onPage = {});
    ~PageFlow();

    bool isActive() const { return m_painter.isActive(); }
    /// Ends painting; the device's document is complete afterwards.
    void finish();
    int pageCount() const { return m_page; }
    /// Whether the page hook stopped the document (a canceled export).
    bool stopped() const { return m_stopped; }

    QFont font(qreal pointSize, bool bold = false) const;
    /// The face every summary is set in (font() without a page).
    static QFont face(qreal pointSize, bool bold = false);
    qreal width() const { return m_width; }
    qreal remaining() const { return m_height - m_y; }

    /// Starts a new page unless @p height points still fit on this one.
    void ensureSpace(qreal height);
    void space(qreal points);

    /// A section heading; kept together with the first @p keepWith points that follow it.
    void heading(const QString& text, qreal keepWith = 60);
    /// Wrapped plain text (never markup); breaks across pages between lines.
    void paragraph(
        const QString& text, const QFont& font, const QColor& color = Qt::black, qreal indent = 0);
    /// A table; @p rows of plain text. A row never splits unless it is taller than a page.
    void table(const QList<Column>& columns, const QList<QStringList>& rows);
    /// The same for @p count rows made one at a time by @p row (row r's cells), so that a
    /// long table is never held whole as text.
    using Rows = std::function<QStringList(qsizetype)>;
    void table(const QList<Column>& columns, qsizetype count, const Rows& row);
    /// Reserves @p height points and lets @p paint draw into that rectangle, given in device
    /// pixels, with @p pixelsPerPoint to size lines and gaps.
    void drawBlock(qreal height,
        const std::function<void(QPainter&, const QRectF&, qreal pixelsPerPoint)>& paint);

    /// The height of @p text wrapped to @p width points in @p font.
    qreal textHeight(const QString& text, const QFont& font, qreal width) const;

private:
    struct Cell;
    void newPage();
    void beginPage();
    QList<qreal> columnWidths(const QList<Column>& columns, qsizetype count, const Rows& row) const;
    void paintHeader(const QList<Column>& columns, const QList<qreal>& widths, qreal headerHeight);
    std::unique_ptr<QTextLayout> layout(const QString& text, const QFont& font, qreal width,
        Qt::Alignment alignment = Qt::AlignLeft) const;

    QPagedPaintDevice* m_device;
    std::function<QString(int)> m_footer;
    PageHook m_onPage;
    QPainter m_painter;
    qreal m_scale = 1.0; // device pixels per point
    qreal m_width = 0; // printable width, points
    qreal m_height = 0; // printable height above the footer, points
    qreal m_y = 0;
    int m_page = 0;
    bool m_stopped = false;
};

} // namespace outloud
