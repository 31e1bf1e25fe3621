// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageFlow.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QSet>
#include <QTextLayout>
#include <QTextOption>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
constexpr qreal FooterHeight = 22; // points reserved at the bottom of every page
constexpr qreal CellPadding = 3; // points around a table cell's text
const QColor RuleColor(0xb0, 0xb7, 0xc0);
const QColor HeaderFill(0xe3, 0xea, 0xf2);
const QColor StripeFill(0xf5, 0xf7, 0xfa);
} // namespace

// One wrapped table cell: its layout and the height of each line, in points.
struct PageFlow::Cell
{
    std::unique_ptr<QTextLayout> layout;
    qreal height = 0;
};

PageFlow::PageFlow(
    QPagedPaintDevice* device, std::function<QString(int page)> footer, PageHook onPage)
    : m_device(device)
    , m_footer(std::move(footer))
    , m_onPage(std::move(onPage))
{
    if (!m_painter.begin(device))
        return;
    m_scale = device->logicalDpiY() / 72.0;
    const QRect page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    // The painter's origin is the paint rectangle's corner already (margins applied).
    m_width = page.width() / m_scale;
    m_height = page.height() / m_scale - FooterHeight;
    beginPage();
}

PageFlow::~PageFlow()
{
    finish();
}

void PageFlow::finish()
{
    if (m_painter.isActive())
        m_painter.end();
}

QFont PageFlow::font(qreal pointSize, bool bold) const
{
    return face(pointSize, bold);
}

QFont PageFlow::face(qreal pointSize, bool bold)
{
    // DejaVu is installed wherever Outloud is (fonts-dejavu-core), so the document looks
    // the same everywhere; emoji come from Symbola (fonts-symbola), an outline face the PDF
    // can embed and map to text (a colour bitmap emoji face would not); Qt falls back per
    // glyph for scripts both lack.
    QFont f;
    f.setFamilies({u"DejaVu Sans"_s, u"Symbola"_s});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setKerning(true);
    // Any letter spacing makes Qt turn ligatures off: "ﬁ" as one glyph would stop
    // "first" from being found by a PDF viewer's search or by pdftotext. 0.05 px at 600 dpi is
    // invisible.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

void PageFlow::beginPage()
{
    ++m_page;
    m_y = 0;
    if (m_onPage && !m_stopped && !m_onPage(m_page))
        m_stopped = true;
    if (!m_footer)
        return;
    const QString text = m_footer(m_page);
    m_painter.save();
    const QFont f = font(7.5);
    m_painter.setFont(f);
    m_painter.setPen(QColor(0x60, 0x66, 0x70));
    const qreal top = (m_height + FooterHeight * 0.35) * m_scale;
    m_painter.drawLine(QPointF(0, top), QPointF(m_width * m_scale, top));
    const QRectF box(0, top + 2 * m_scale, m_width * m_scale, FooterHeight * 0.6 * m_scale);
    m_painter.drawText(
        box, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, text.section(u'\t', 0, 0));
    m_painter.drawText(
        box, Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine, text.section(u'\t', 1));
    m_painter.restore();
}

void PageFlow::newPage()
{
    m_device->newPage();
    beginPage();
}

void PageFlow::ensureSpace(qreal height)
{
    if (m_y > 0 && m_y + height > m_height)
        newPage();
}

void PageFlow::space(qreal points)
{
    m_y += points;
    if (m_y > m_height)
        newPage();
}

std::unique_ptr<QTextLayout> PageFlow::layout(
    const QString& text, const QFont& font, qreal width, Qt::Alignment alignment) const
{
    // Line separators and tabs would otherwise show as boxes; paragraphs become lines.
    QString shown = text;
    shown.replace(u"\r\n"_s, u"\n"_s)
        .replace(u'\r', u'\n')
        .replace(u'\n', QChar::LineSeparator)
        .replace(u'\t', u' ');
    auto l = std::make_unique<QTextLayout>(shown, font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignment);
    l->setTextOption(option);
    l->beginLayout();
    qreal y = 0;
    const qreal w = std::max<qreal>(1, width * m_scale);
    for (QTextLine line = l->createLine(); line.isValid(); line = l->createLine()) {
        line.setLineWidth(w);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    l->endLayout();
    return l;
}

qreal PageFlow::textHeight(const QString& text, const QFont& font, qreal width) const
{
    return layout(text, font, width)->boundingRect().height() / m_scale;
}

void PageFlow::heading(const QString& text, qreal keepWith)
{
    if (m_stopped)
        return;
    const QFont f = font(12, true);
    const qreal h = textHeight(text, f, m_width);
    ensureSpace(h + 6 + keepWith);
    space(m_y > 0 ? 8 : 0);
    paragraph(text, f, QColor(0x1f, 0x3a, 0x5f));
    m_painter.save();
    m_painter.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), 0.6 * m_scale));
    m_painter.drawLine(
        QPointF(0, (m_y + 1.5) * m_scale), QPointF(m_width * m_scale, (m_y + 1.5) * m_scale));
    m_painter.restore();
    m_y += 5;
}

void PageFlow::paragraph(const QString& text, const QFont& font, const QColor& color, qreal indent)
{
    if (m_stopped)
        return;
    const std::unique_ptr<QTextLayout> l = layout(text, font, m_width - indent);
    m_painter.save();
    m_painter.setPen(color);
    for (int i = 0; i < l->lineCount(); ++i) {
        const QTextLine line = l->lineAt(i);
        const qreal h = line.height() / m_scale;
        ensureSpace(h);
        line.draw(&m_painter, QPointF(indent * m_scale, m_y * m_scale - line.y()));
        m_y += h;
    }
    m_painter.restore();
}

void PageFlow::drawBlock(
    qreal height, const std::function<void(QPainter&, const QRectF&, qreal)>& paint)
{
    if (m_stopped)
        return;
    ensureSpace(height);
    m_painter.save();
    paint(m_painter, QRectF(0, m_y * m_scale, m_width * m_scale, height * m_scale), m_scale);
    m_painter.restore();
    m_y += height;
}

void PageFlow::paintHeader(
    const QList<Column>& columns, const QList<qreal>& widths, qreal headerHeight)
{
    m_painter.save();
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(HeaderFill);
    m_painter.drawRect(QRectF(0, m_y * m_scale, m_width * m_scale, headerHeight * m_scale));
    m_painter.setPen(Qt::black);
    qreal x = 0;
    const QFont f = font(8.5, true);
    for (int c = 0; c < columns.size(); ++c) {
        const std::unique_ptr<QTextLayout> l = layout(
            columns.at(c).title, f, widths.at(c) - 2 * CellPadding, columns.at(c).alignment);
        l->draw(&m_painter, QPointF((x + CellPadding) * m_scale, (m_y + CellPadding) * m_scale));
        x += widths.at(c);
    }
    m_painter.restore();
    m_y += headerHeight;
}

QList<qreal> PageFlow::columnWidths(
    const QList<Column>& columns, qsizetype count, const Rows& row) const
{
    // Start from the weights, then widen any column whose longest word would not fit (so
    // "Inspiration" is never broken in two), taking the room from the columns that have
    // more than they need.
    qreal total = 0;
    for (const Column& c : columns)
        total += c.weight;
    QList<qreal> widths;
    QList<qreal> longest(columns.size(), 0);
    const QFontMetricsF cellMetrics(font(8.5), m_device);
    const QFontMetricsF headerMetrics(font(8.5, true), m_device);
    for (int c = 0; c < columns.size(); ++c) {
        widths.append(m_width * columns.at(c).weight / total);
        for (const QString& word : columns.at(c).title.split(u' ', Qt::SkipEmptyParts))
            longest[c] = std::max(longest.at(c), headerMetrics.horizontalAdvance(word));
    }
    // One row at a time: the rows are made as they are needed, never all at once.
    std::vector<QSet<QString>> seen(size_t(columns.size()));
    for (qsizetype r = 0; r < count; ++r) {
        const QStringList cells = row(r);
        for (int c = 0; c < columns.size() && c < cells.size(); ++c) {
            // Whole short cells (a date) stay on one line; long ones only need their longest word.
            const QString& text = cells.at(c);
            const QStringList words
                = text.size() <= 12 ? QStringList {text} : text.split(u' ', Qt::SkipEmptyParts);
            for (const QString& word : words) {
                if (word.size() > 24 || seen[size_t(c)].contains(word))
                    continue;
                seen[size_t(c)].insert(word);
                longest[c] = std::max(longest.at(c), cellMetrics.horizontalAdvance(word));
            }
        }
    }
    QList<qreal> needed;
    for (int c = 0; c < columns.size(); ++c)
        needed.append(longest.at(c) / m_scale + 2 * CellPadding + 1);
    for (int pass = 0; pass < 3; ++pass) {
        qreal missing = 0;
        qreal spare = 0;
        for (int c = 0; c < widths.size(); ++c) {
            if (widths.at(c) < needed.at(c))
                missing += needed.at(c) - widths.at(c);
            else
                spare += widths.at(c) - needed.at(c);
        }
        if (missing <= 0 || spare <= 0)
            break;
        const qreal take = std::min(missing, spare);
        for (int c = 0; c < widths.size(); ++c) {
            if (widths.at(c) < needed.at(c))
                widths[c] += (needed.at(c) - widths.at(c)) * take / missing;
            else
                widths[c] -= (widths.at(c) - needed.at(c)) * take / spare;
        }
    }
    return widths;
}

void PageFlow::table(const QList<Column>& columns, const QList<QStringList>& rows)
{
    table(columns, rows.size(), [&rows](qsizetype r) { return rows.at(r); });
}

void PageFlow::table(const QList<Column>& columns, qsizetype count, const Rows& row)
{
    if (m_stopped)
        return;
    const QList<qreal> widths = columnWidths(columns, count, row);

    const QFont headerFont = font(8.5, true);
    qreal headerHeight = 0;
    for (int c = 0; c < columns.size(); ++c)
        headerHeight = std::max(headerHeight,
            textHeight(columns.at(c).title, headerFont, widths.at(c) - 2 * CellPadding));
    headerHeight += 2 * CellPadding;

    const QFont cellFont = font(8.5);
    auto rowCells = [&](const QStringList& cellTexts, qreal* height) {
        std::vector<Cell> cells;
        *height = 0;
        for (int c = 0; c < columns.size(); ++c) {
            Cell cell;
            cell.layout = layout(c < cellTexts.size() ? cellTexts.at(c) : QString(), cellFont,
                widths.at(c) - 2 * CellPadding, columns.at(c).alignment);
            cell.height = cell.layout->boundingRect().height() / m_scale;
            *height = std::max(*height, cell.height);
            cells.push_back(std::move(cell));
        }
        *height += 2 * CellPadding;
        return cells;
    };

    // The header and at least the first row start together.
    {
        qreal firstHeight = 0;
        if (count > 0)
            rowCells(row(0), &firstHeight);
        ensureSpace(headerHeight + std::min(firstHeight, m_height / 2));
    }
    paintHeader(columns, widths, headerHeight);

    // A stop takes effect at the next row: a long week's table is most of the document.
    for (qsizetype r = 0; r < count && !m_stopped; ++r) {
        qreal height = 0;
        std::vector<Cell> cells = rowCells(row(r), &height);
        // A row that fits on a page starts on a new one rather than split; a taller row
        // starts here when a few of its lines still fit, else on the next page too.
        if (m_y + height > m_height && (height <= m_height - headerHeight || remaining() < 48)) {
            newPage();
            paintHeader(columns, widths, headerHeight);
        }
        // Lines of the row still to draw, per cell; a row taller than a page continues on
        // the next one, broken between lines, under a repeated header.
        if (r % 2 == 1) {
            m_painter.fillRect(QRectF(0, m_y * m_scale, m_width * m_scale,
                                   std::min(height, m_height - m_y) * m_scale),
                StripeFill);
        }
        std::vector<int> next(cells.size(), 0);
        bool done = false;
        while (!done) {
            const qreal top = m_y;
            qreal used = 0;
            done = true;
            for (size_t c = 0; c < cells.size(); ++c) {
                QTextLayout* l = cells[c].layout.get();
                qreal x = 0;
                for (size_t k = 0; k < c; ++k)
                    x += widths.at(int(k));
                qreal y = top + CellPadding;
                const int first = next[c];
                for (int i = first; i < l->lineCount(); ++i) {
                    const QTextLine line = l->lineAt(i);
                    const qreal h = line.height() / m_scale;
                    if (y + h > m_height && i > first) {
                        done = false;
                        break;
                    }
                    m_painter.setPen(Qt::black);
                    line.draw(
                        &m_painter, QPointF((x + CellPadding) * m_scale, y * m_scale - line.y()));
                    y += h;
                    next[c] = i + 1;
                }
                used = std::max(used, y - top + CellPadding);
            }
            m_painter.save();
            m_painter.setPen(QPen(RuleColor, 0.4 * m_scale));
            m_painter.drawLine(QPointF(0, (top + used) * m_scale),
                QPointF(m_width * m_scale, (top + used) * m_scale));
            m_painter.restore();
            m_y = top + used;
            if (!done) {
                newPage();
                paintHeader(columns, widths, headerHeight);
            }
        }
    }
    m_y += 4;
}

} // namespace outloud
