// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContributionsPage.h"

#include "ContributionDialog.h"
#include "MeasuredComboBox.h"
#include "QuickAddBar.h"
#include "common/AfterFirstPaint.h"
#include "common/ListHeaderView.h"
#include "common/PlainTextDelegate.h"
#include "common/TextWidths.h"
#include "contributions/ContributionModel.h"
#include "contributions/ContributionService.h"
#include "storage/Database.h"
#include "undo/Editor.h"

#include <QAction>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud {

ContributionsPage::ContributionsPage(
    Editor& editor, qint64 memberId, const WeekCalendar& calendar, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_calendar(calendar)
    , m_memberId(memberId)
{
    setObjectName(u"contributionsPage"_s);
    Database& db = editor.database();
    // The catalogue read once for the bar and the filters.
    const ContributionService log(db);
    const QList<ContributionKind> kinds = log.kinds();
    const QList<Channel> channels = log.channels();
    m_quickAdd = new QuickAddBar(editor, memberId, kinds, channels, this);
    connect(m_quickAdd, &QuickAddBar::message, this, &ContributionsPage::message);

    m_model = new ContributionModel(db, this);
    // A filter that matches many rows shows its first page at once; the count (hundreds of
    // thousands of rows in a long log) follows from a thread of its own.
    m_model->setCountsInBackground(true);
    // An edit made while another page shows reloads this list when it shows again.
    m_model->setReloadGate([this] { return isVisible() || !window()->isVisible(); });
    // The first page of rows before the log's first paint, every row right after it: the
    // table's row header sets up one section per row (400,000 in a long log). The count
    // shown is the whole count from the start.
    m_model->setShowsFirstPageFirst(true);
    // One count, for this member: not first one of every contribution in the file.
    m_model->setMemberAndCalendar(memberId, calendar);

    m_week = new MeasuredComboBox(this);
    m_week->setObjectName(u"contributionsWeekFilter"_s);
    m_week->setAccessibleName(tr("Only this week"));
    m_week->addItem(tr("All weeks"), 0);
    for (int w = 1; w <= calendar.lengthWeeks(); ++w)
        m_week->addItem(tr("Week %1").arg(w), w);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"contributionsTextFilter"_s);
    m_text->setPlaceholderText(tr("Filter by person or note"));
    m_text->setAccessibleName(tr("Filter by person or note"));
    m_direction = new MeasuredComboBox(this);
    m_direction->setObjectName(u"contributionsDirectionFilter"_s);
    m_direction->setAccessibleName(tr("Only this direction"));
    m_direction->addItem(tr("Given and received"), -1);
    m_direction->addItem(tr("Given"), 0);
    m_direction->addItem(tr("Received"), 1);
    m_kind = new MeasuredComboBox(this);
    m_kind->setObjectName(u"contributionsKindFilter"_s);
    m_kind->setAccessibleName(tr("Only this kind"));
    m_kind->addItem(tr("Any kind"), qint64(-1));
    m_channel = new MeasuredComboBox(this);
    m_channel->setObjectName(u"contributionsChannelFilter"_s);
    m_channel->setAccessibleName(tr("Only this channel"));
    m_channel->addItem(tr("Any channel"), qint64(-1));
    for (const ContributionKind& k : kinds)
        m_kind->addItem(k.displayName(), k.id);
    for (const Channel& c : channels)
        m_channel->addItem(c.displayName(), c.id);
    for (QComboBox* combo : {m_week, m_direction, m_kind, m_channel})
        connect(combo, &QComboBox::currentIndexChanged, this, &ContributionsPage::applyFilters);
    // Typing settles before the list is counted and read again: one query for a word.
    auto* textTimer = new QTimer(this);
    textTimer->setSingleShot(true);
    textTimer->setInterval(120);
    connect(textTimer, &QTimer::timeout, this, &ContributionsPage::applyFilters);
    connect(m_text, &QLineEdit::textChanged, textTimer, qOverload<>(&QTimer::start));

    m_view = new QTableView(this);
    m_view->setObjectName(u"contributionsView"_s);
    m_view->setAccessibleName(tr("Contributions log"));
    m_view->setHorizontalHeader(new ListHeaderView(m_view)); // each title measured once
    // Its titles measured with room for the sort arrow from the start, not once without it.
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    // Row heights, and no row numbers, before the rows: set after them, every row of the
    // first page is resized one by one, and the numbers are measured for the header's width.
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setModel(m_model);
    // Its one-line cells laid out once each as they paint, not three times.
    m_view->setItemDelegate(new PlainTextDelegate(m_view));
    // The order the model already has: enabling sorting then sorts nothing again.
    m_view->horizontalHeader()->setSortIndicator(ContributionModel::Date, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ContributionModel::Date, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Each column as wide as what it holds (the notes take the rest): at 1024 pixels the
    // notes stay in view. Long free text is elided with its tooltip. Widths from the first
    // screenful of rows, not from every row of a long list, and from the texts' advance (the
    // cells hold plain text, one line each), summed from their characters': a delegate's size
    // hint lays every cell out as a paragraph through the style before the page's first paint,
    // three times the work, and shaping each text costs as much as painting it.
    const QFont font = m_view->font();
    TextWidths widths;
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    const auto* delegate = qobject_cast<QStyledItemDelegate*>(m_view->itemDelegate());
    // What QStyledItemDelegate puts around a cell's text, and the grid line.
    const int cellMargin
        = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1)
        + (m_view->showGrid() ? 1 : 0);
    const int measured = std::min(m_model->rowCount(), 30);
    const struct
    {
        ContributionModel::Column column;
        int widest; // in em
    } columns[] = {{ContributionModel::Date, 8}, {ContributionModel::Week, 5},
        {ContributionModel::Person, 12}, {ContributionModel::Direction, 8},
        {ContributionModel::Kind, 16}, {ContributionModel::Channel, 12},
        {ContributionModel::Brought, 11}};
    for (const auto& c : columns) {
        int widest = 0;
        QSet<QString> seen; // a kind, a direction, a day: measured once
        for (int row = 0; row < measured; ++row) {
            // As the delegate shows it (a date in the locale's short form), rounded up.
            const QString text
                = delegate->displayText(m_model->index(row, c.column).data(), m_view->locale());
            if (seen.contains(text))
                continue;
            seen.insert(text);
            widest = std::max(widest, widths.width(text, font) + 1);
        }
        m_view->setColumnWidth(c.column, std::min(widest + cellMargin, c.widest * em));
    }
    // No header is cut: a column is at least as wide as its title ("Was es gebracht hat").
    QHeaderView* header = m_view->horizontalHeader();
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
        + header->fontMetrics().horizontalAdvance(u'M');
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int title = header->fontMetrics().horizontalAdvance(
            m_model->headerData(column, Qt::Horizontal).toString());
        if (m_view->columnWidth(column) < title + margin)
            m_view->setColumnWidth(column, title + margin);
    }
    auto* remove = new QAction(tr("Remove contribution"), m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &ContributionsPage::removeSelected);
    m_view->addAction(remove);
    auto* edit = new QAction(tr("Edit contribution…"), m_view);
    connect(edit, &QAction::triggered, this, [this] { editContribution(m_view->currentIndex()); });
    m_view->addAction(edit);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &QTableView::activated, this, &ContributionsPage::editContribution);

    m_count = new QLabel(this);
    m_count->setObjectName(u"contributionsCount"_s);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContributionsPage::showCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContributionsPage::showCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ContributionsPage::showCount);
    connect(m_model, &ContributionModel::counted, this, &ContributionsPage::showCount);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_week);
    filters->addWidget(m_text, 2);
    filters->addWidget(m_direction);
    filters->addWidget(m_kind);
    filters->addWidget(m_channel);

    auto* title = new QLabel(tr("Log a contribution"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_quickAdd);
    layout->addSpacing(8);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    showCount();
    afterFirstPaint(this, [this] {
        m_model->showAllRows();
        // Its button shows only over typed text: set up once the page is on screen.
        m_text->setClearButtonEnabled(true);
    });
}

void ContributionsPage::showCount()
{
    // While the count is under way, what is known: never the count of the filter before.
    m_count->setText(m_model->isCounting()
            ? tr("%n or more contributions, counting…", nullptr, m_model->rowsTotal())
            : tr("%n contributions", nullptr, m_model->rowsTotal()));
}

void ContributionsPage::applyFilters()
{
    ContributionModel::Filter f;
    f.week = m_week->currentData().toInt();
    f.text = m_text->text();
    f.direction = m_direction->currentData().toInt();
    f.kindId = m_kind->currentData().toLongLong();
    f.channelId = m_channel->currentData().toLongLong();
    m_model->setFilter(f);
    // Laid out now rather than after a first paint of the old layout: one paint, not two.
    m_view->doItemsLayout();
    showCount();
}

void ContributionsPage::showWeek(int week)
{
    m_week->setCurrentIndex(std::max(0, m_week->findData(week)));
}

void ContributionsPage::editContribution(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const std::optional<Contribution> c
        = ContributionService(m_editor.database()).contribution(m_model->idAt(index.row()));
    if (!c)
        return;
    auto* dialog = new ContributionDialog(m_editor, *c, m_memberId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ContributionsPage::removeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    QString error;
    if (!m_editor.removeContribution(m_model->idAt(current.row()), &error))
        Q_EMIT message(error);
    else
        Q_EMIT message(tr("Removed. Ctrl+Z brings it back."));
}

void ContributionsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Edits made while another page showed: the list catches up now.
    m_model->reloadIfStale();
}

} // namespace outloud
