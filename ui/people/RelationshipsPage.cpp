// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationshipsPage.h"

#include "ClosenessDelegate.h"
#include "PersonDetailPane.h"
#include "PersonDialog.h"
#include "circle/CircleService.h"
#include "common/AfterFirstPaint.h"
#include "common/FlowLayout.h"
#include "common/ListHeaderView.h"
#include "common/MessageBox.h"
#include "common/TextWidths.h"
#include "common/WhenShown.h"
#include "people/Closeness.h"
#include "people/KeepInTouch.h"
#include "people/PeopleService.h"
#include "people/ReachOut.h"
#include "people/RelationshipModel.h"
#include "settings/UserSettings.h"
#include "storage/Database.h"
#include "undo/Editor.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud {

RelationshipsPage::RelationshipsPage(Editor& editor, qint64 memberId, QDate today, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_memberId(memberId)
    , m_today(today)
{
    setObjectName(u"relationshipsPage"_s);
    Database& db = editor.database();
    createModel();
    QPushButton* add = createFilters();
    connectFilters();
    createTable();
    createDetailPane();
    createReachOut();
    layOut(add, createColumnChooser());

    // Behind another page, an edit is only noted: the lists are read again when it shows.
    auto* reachOutWhenShown = new WhenShown(this, [this] { refreshReachOut(); });
    auto* tagsWhenShown = new WhenShown(this, [this] { refreshTags(); });
    connect(
        &db, &Database::changed, this, [reachOutWhenShown, tagsWhenShown](Database::Tables tables) {
            if (tables & (Database::People | Database::Contributions)) {
                reachOutWhenShown->request();
                if (tables & Database::People)
                    tagsWhenShown->request();
            }
        });
    m_count->setText(tr("%n people", nullptr, m_model->rowCount()));
    // The first row is selected at the first paint, its story beside it (showEvent); the tags
    // to filter by and whom to reach out to follow right after it, a timer pass each, so that
    // the list paints without waiting for them and a key pressed meanwhile goes first.
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, RelationshipModel::Name));
    afterFirstPaint(this, [this] { completeAfterFirstPaint(); });
}

void RelationshipsPage::completeAfterFirstPaint()
{
    m_painted = true;
    // Shown with the page already (showEvent), unless it painted without showing.
    if (m_detail->isBlank())
        m_detail->showPerson(selectedPersonId());
    // A timer rather than a zero-time call: those are posted events, which go before input.
    QTimer::singleShot(1, this, [this] {
        refreshTags();
        QTimer::singleShot(1, this, [this] { refreshReachOut(); });
    });
}

void RelationshipsPage::createModel()
{
    m_model = new RelationshipModel(m_editor.database(), this);
    m_model->setToday(m_today);
    // An edit made while another page shows reloads this list when it shows again.
    m_model->setReloadGate([this] { return isVisible() || !window()->isVisible(); });
    m_model->setClosenessEditor([this](qint64 id, int level, QString* error) {
        return m_editor.setCloseness(id, level, error);
    });
    connect(m_model, &RelationshipModel::editFailed, this, &RelationshipsPage::message);
}

QPushButton* RelationshipsPage::createFilters()
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"peopleFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by name, organization, relation, tag or notes"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the relationship list"));
    m_tag = new QComboBox(this);
    m_tag->setObjectName(u"peopleTagFilter"_s);
    m_tag->setAccessibleName(tr("Only people with this tag"));
    m_tag->setToolTip(tr("Only people with this tag"));
    m_tag->addItem(tr("Any tag")); // the tags themselves come after the first paint
    keepTagFilterWide();
    m_closeness = new QComboBox(this);
    m_closeness->setObjectName(u"peopleClosenessFilter"_s);
    m_closeness->setAccessibleName(tr("Only this closeness"));
    // The closeness and due-date choices never change: sized to them when first shown (the
    // default). The tags grow with the list once they are there (refreshTags()).
    m_closeness->addItem(tr("Any closeness"), QPoint(closeness::Min, closeness::Max));
    m_closeness->addItem(tr("0–1: new to me"), QPoint(0, 1));
    m_closeness->addItem(tr("2: a little contact"), QPoint(2, 2));
    m_closeness->addItem(tr("3–5: close"), QPoint(3, closeness::Max));
    for (int level = closeness::Min; level <= closeness::Max; ++level)
        m_closeness->addItem(tr("Exactly %1").arg(level), QPoint(level, level));
    m_touch = new QComboBox(this);
    m_touch->setObjectName(u"peopleTouchFilter"_s);
    m_touch->setAccessibleName(tr("Only people due for a contribution"));
    m_touch->addItem(tr("Any due date"), int(RelationshipModel::TouchFilter::Everyone));
    m_touch->addItem(tr("Due this week"), int(RelationshipModel::TouchFilter::DueThisWeek));
    m_touch->addItem(tr("Losing touch"), int(RelationshipModel::TouchFilter::LosingTouch));
    connect(m_touch, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setTouchFilter(RelationshipModel::TouchFilter(m_touch->currentData().toInt()));
        m_view->doItemsLayout(); // laid out before the next paint: one paint, not two
        m_count->setText(tr("%n people", nullptr, m_model->rowCount()));
    });
    m_staleWeeks = new QSpinBox(this);
    m_staleWeeks->setObjectName(u"peopleStaleWeeks"_s);
    m_staleWeeks->setRange(1, 52);
    m_staleWeeks->setValue(3);
    m_staleWeeks->setPrefix(tr("Quiet after "));
    m_staleWeeks->setSuffix(tr(" weeks"));
    m_staleWeeks->setToolTip(
        tr("People without contact for this many weeks stand out in the list"));
    m_staleWeeks->setAccessibleName(tr("Weeks without contact before someone counts as quiet"));
    auto* add = new QPushButton(tr("&Add person…"), this);
    add->setObjectName(u"addPersonButton"_s);
    // Ctrl+Shift+N belongs to the window's Edit > Add a person (one action, never ambiguous).
    add->setToolTip(tr("Add someone to your relationship list (Ctrl+Shift+N)"));
    connect(add, &QPushButton::clicked, this, &RelationshipsPage::addPerson);
    return add;
}

void RelationshipsPage::connectFilters()
{
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(120);
    connect(m_filterTimer, &QTimer::timeout, this, &RelationshipsPage::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_tag, &QComboBox::currentIndexChanged, this, &RelationshipsPage::applyFilter);
    connect(m_closeness, &QComboBox::currentIndexChanged, this, &RelationshipsPage::applyFilter);
    connect(m_staleWeeks, &QSpinBox::valueChanged, this, [this](int weeks) {
        m_model->setStaleAfterWeeks(weeks);
        refreshReachOut();
    });
}

namespace {
/// How wide @p column must be for its first @p rows as @p delegate draws them (its font and
/// text) and for its title: what resizeColumnToContents() gives for one line of plain text,
/// from the characters' advances rather than each cell laid out as a paragraph through the
/// style (or each text shaped: as much again as painting the list).
int columnWidthFor(const QTableView* view, const ClosenessDelegate* delegate, int column, int rows,
    TextWidths& widths)
{
    const int margin
        = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1)
        + (view->showGrid() ? 1 : 0);
    const QFont viewFont = view->font();
    const QLocale locale = view->locale();
    int widest = 0;
    for (int row = 0; row < rows; ++row) {
        QFont font = viewFont;
        const QString text = delegate->cellText(view->model()->index(row, column), locale, &font);
        // Rounded up, as the delegate's text layout is.
        if (!text.isEmpty())
            widest = std::max(widest, widths.width(text, font) + 1);
    }
    return std::max(widest + margin, view->horizontalHeader()->sectionSizeHint(column));
}
} // namespace

void RelationshipsPage::fitColumn(int column)
{
    // Once, when first shown: a width the user chose stays.
    if (m_view->isColumnHidden(column) || m_fittedColumns.contains(column))
        return;
    m_fittedColumns.append(column);
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    const int rows = std::min(m_model->rowCount(), 30); // a screenful
    TextWidths widths;
    const int contents = columnWidthFor(m_view,
        static_cast<const ClosenessDelegate*>(m_view->itemDelegate()), column, rows, widths);
    // An organization or a role as long as a sentence is elided; its tooltip holds it.
    m_view->setColumnWidth(column, std::min(contents, 12 * em));
}

void RelationshipsPage::createTable()
{
    m_view = new QTableView(this);
    m_view->setObjectName(u"relationshipsView"_s);
    m_view->setAccessibleName(tr("Relationship list"));
    m_view->setHorizontalHeader(new ListHeaderView(m_view)); // each title measured once
    // Its titles measured with room for the sort arrow from the start, not once without it.
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    // Row heights, and no row numbers, before the rows; the rows before the view: a header
    // set up for no rows and then for all of them, and every row resized one by one after,
    // cost as much as a screenful of text.
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_model->setMemberId(m_memberId, touchWeek());
    m_view->setModel(m_model);
    auto* delegate = new ClosenessDelegate(m_view);
    m_view->setItemDelegate(delegate);
    // The order the model already has: enabling sorting then sorts nothing again.
    m_view->horizontalHeader()->setSortIndicator(RelationshipModel::Name, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Column widths from the first screenful of rows, not from every row of a long list (each
    // row measured is a row read and its text laid out before the page's first paint).
    m_view->horizontalHeader()->setResizeContentsPrecision(30);
    // The relation takes the spare width (not the last column, which holds a count).
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->sortByColumn(RelationshipModel::Name, Qt::AscendingOrder);
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    // Names read whole (a rare long one is elided, its tooltip holds it all).
    const int measured = std::min(m_model->rowCount(), 30); // a screenful
    TextWidths widths;
    const auto contentsWidth
        = [&](int column) { return columnWidthFor(m_view, delegate, column, measured, widths); };
    m_view->setColumnWidth(RelationshipModel::Name,
        std::clamp(contentsWidth(RelationshipModel::Name), 9 * em, 13 * em));
    // The organization and the role are sized when they are shown (fitColumn()): by default
    // they are hidden, and the detail pane shows them.
    m_view->setColumnWidth(RelationshipModel::Relation, 12 * em);
    // Wide enough for every level's short words ("0 · unknown to them"), read whole.
    int closenessWidth = 0;
    for (int level = closeness::Min; level <= closeness::Max; ++level)
        closenessWidth = std::max(closenessWidth,
            m_view->fontMetrics().horizontalAdvance(closeness::shortLabel(level)) + 2 * em);
    m_view->setColumnWidth(RelationshipModel::Closeness, closenessWidth);
    m_view->horizontalHeader()->setSectionResizeMode(
        RelationshipModel::Relation, QHeaderView::Stretch);
    // The stretching column never gets narrower than its title ("Relation", "Bezug").
    {
        QHeaderView* header = m_view->horizontalHeader();
        const int title = header->fontMetrics().horizontalAdvance(
            m_model->headerData(RelationshipModel::Relation, Qt::Horizontal).toString());
        header->setMinimumSectionSize(std::max(header->minimumSectionSize(), title + 2 * em));
    }
    for (int column : {int(RelationshipModel::LastContact), int(RelationshipModel::Given),
             int(RelationshipModel::Received), int(RelationshipModel::KeepInTouch)})
        m_view->setColumnWidth(column, contentsWidth(column));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &RelationshipsPage::onSelectionChanged);
    // Delete in the list removes the selected person, after asking (Edit > Undo brings them back).
    auto* remove = new QAction(tr("Remove person"), m_view);
    remove->setObjectName(u"removePersonKey"_s);
    remove->setShortcuts({QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_Backspace)});
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &RelationshipsPage::removeSelected);
    m_view->addAction(remove);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n people", nullptr, m_model->rowCount()));
        m_detail->refresh();
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.column() != RelationshipModel::Closeness)
            editPerson(m_model->idAt(index.row()));
    });
}

void RelationshipsPage::createDetailPane()
{
    m_detail = new PersonDetailPane(m_editor.database(), this);
    connect(m_detail, &PersonDetailPane::navigateTo, this, &RelationshipsPage::selectPerson);
    connect(m_detail, &PersonDetailPane::editRequested, this, &RelationshipsPage::editPerson);
    connect(m_detail, &PersonDetailPane::logRequested, this,
        [this](qint64 id, Direction direction) { Q_EMIT logRequested(id, direction, -1); });
}

void RelationshipsPage::createReachOut()
{
    m_reachOut = new QListWidget(this);
    m_reachOut->setObjectName(u"reachOutList"_s);
    m_reachOut->setAccessibleName(tr("Reach out this week"));
    m_reachOut->setWordWrap(true);
    m_reachOut->setToolTip(tr("People you have not been in touch with for a while, with a "
                              "contribution that fits how close "
                              "you are. Double-click or press Enter to log it."));
    connect(m_reachOut, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT logRequested(item->data(Qt::UserRole).toLongLong(), Direction::Given,
            item->data(Qt::UserRole + 1).toLongLong());
    });
    connect(m_reachOut, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            selectPerson(item->data(Qt::UserRole).toLongLong());
    });
}

void RelationshipsPage::setToday(QDate today)
{
    m_today = today;
    m_model->setToday(today);
    updateTouchWeek();
    refreshReachOut();
}

TouchWeek RelationshipsPage::touchWeek() const
{
    Database& db = m_editor.database();
    const std::optional<Member> member = CircleService(db).member(m_memberId);
    return keepintouch::weekOf(db, member ? member->circleId : -1, m_today);
}

void RelationshipsPage::updateTouchWeek()
{
    m_model->setTouchWeek(touchWeek());
}

void RelationshipsPage::applyFilter()
{
    const qint64 keep = selectedPersonId();
    const QPoint range = m_closeness->currentData().toPoint();
    m_model->setFilters(m_filter->text(),
        m_tag->currentIndex() > 0 ? m_tag->currentText() : QString(), range.x(), range.y());
    m_view->doItemsLayout(); // laid out before the next paint: one paint, not two
    m_count->setText(tr("%n people", nullptr, m_model->rowCount()));
    if (keep > 0) {
        const int row = m_model->rowOfId(keep);
        if (row >= 0)
            m_view->selectRow(row);
    }
}

void RelationshipsPage::refreshTags()
{
    const QString current = m_tag->currentIndex() > 0 ? m_tag->currentText() : QString();
    const QStringList sorted = PeopleService(m_editor.database()).tags(m_memberId);
    const QSignalBlocker block(m_tag);
    // Set here, after the first paint: it makes the combo box's popup at once.
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"));
    m_tag->addItems(sorted);
    const int index = m_tag->findText(current);
    m_tag->setCurrentIndex(index > 0 ? index : 0);
    keepTagFilterWide();
}

void RelationshipsPage::keepTagFilterWide()
{
    // Never narrower than "Any tag" ("Alle Schlagwörter"), whatever the layout squeezes.
    QStyleOptionComboBox option;
    option.initFrom(m_tag);
    m_tag->setMinimumWidth(
        m_tag->style()
            ->sizeFromContents(QStyle::CT_ComboBox, &option,
                QSize(m_tag->fontMetrics().horizontalAdvance(m_tag->itemText(0)), 0), m_tag)
            .width()
        + m_tag->fontMetrics().horizontalAdvance(u'M'));
}

void RelationshipsPage::refreshReachOut()
{
    m_reachOut->clear();
    const QList<ReachOutSuggestion> suggestions
        = reachOutSuggestions(m_editor.database(), m_memberId, m_today, m_staleWeeks->value());
    for (const ReachOutSuggestion& s : suggestions) {
        QString silence = s.weeksSinceContact < 0
            ? tr("no contact yet")
            : tr("quiet for %n weeks", nullptr, s.weeksSinceContact);
        if (s.touch == TouchStatus::Overdue)
            silence = tr("losing touch");
        else if (s.touch == TouchStatus::Due)
            silence = tr("due this week");
        auto* item = new QListWidgetItem(
            tr("%1 · %2 · try: %3").arg(s.name, silence, s.kindName), m_reachOut);
        item->setToolTip(
            tr("Closeness %1. Double-click to log it.").arg(closeness::label(s.closeness)));
        item->setData(Qt::UserRole, s.personId);
        item->setData(Qt::UserRole + 1, s.kindId);
    }
    // "Everyone has heard from you" is only true when there is someone on the list.
    if (suggestions.isEmpty())
        m_reachOut->addItem(m_model->rowCount() == 0 && m_filter->text().isEmpty()
                ? tr("Nobody on your list yet: add the people related to your goal.")
                : tr("Everyone has heard from you recently."));
}

void RelationshipsPage::onSelectionChanged()
{
    // Before the page shows the pane stays blank (showEvent fills it once).
    if (m_detail->isBlank() && !m_painted)
        return;
    m_detail->showPerson(selectedPersonId());
}

qint64 RelationshipsPage::selectedPersonId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : -1;
}

void RelationshipsPage::selectPerson(qint64 personId)
{
    int row = m_model->rowOfId(personId);
    if (row < 0) {
        // Hidden by a filter, or not fetched yet: clear the filters, then look by name order.
        const QSignalBlocker a(m_filter), b(m_tag), c(m_closeness);
        m_filter->clear();
        m_tag->setCurrentIndex(0);
        m_closeness->setCurrentIndex(0);
        applyFilter();
        for (int i = 0; i < m_model->rowCount() && row < 0; ++i) {
            if (m_model->idAt(i) == personId)
                row = i;
        }
    }
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, RelationshipModel::Name));
    m_view->scrollTo(m_model->index(row, RelationshipModel::Name));
    m_detail->showPerson(personId);
}

void RelationshipsPage::addPerson()
{
    Person p;
    p.memberId = m_memberId;
    p.name = m_filter->text().trimmed(); // typed a name that is not there yet: start from it
    if (m_model->rowCount() > 0)
        p.name.clear();
    auto* dialog = new PersonDialog(m_editor, p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        selectPerson(dialog->personId());
        Q_EMIT message(tr("Added to your relationship list."));
    });
    dialog->open();
}

void RelationshipsPage::editPerson(qint64 personId)
{
    const std::optional<Person> p = PeopleService(m_editor.database()).person(personId);
    if (!p)
        return;
    auto* dialog = new PersonDialog(m_editor, *p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, personId] { selectPerson(personId); });
    dialog->open();
}

void RelationshipsPage::removeSelected()
{
    const qint64 id = selectedPersonId();
    if (id < 0) {
        Q_EMIT message(tr("Select a person in the list first."));
        return;
    }
    PeopleService people(m_editor.database());
    const std::optional<Person> person = people.person(id);
    if (!person)
        return;
    const ExchangeCounts counts = people.counts(id);
    const int contributions = counts.given + counts.received;
    const QString question = contributions == 0
        ? tr("Remove %1 from your relationship list?").arg(person->name)
        : tr("Remove %1 from your relationship list, with %n contribution(s)?", nullptr,
            contributions)
              .arg(person->name);
    if (!(MessageBox::question(this, tr("Remove person"),
              question + u"\n"_s + tr("Edit > Undo (Ctrl+Z) brings them back with their history."))
            == QMessageBox::Yes))
        return;
    QString error;
    if (!m_editor.removePerson(id, &error))
        Q_EMIT message(error);
    else
        Q_EMIT message(
            tr("Removed %1. Undo (Ctrl+Z) brings them back with their history.").arg(person->name));
}

void RelationshipsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The selected person's story is in view beside (or below) the list: it is there when
    // the page first paints, not a moment after.
    if (m_detail->isBlank())
        m_detail->showPerson(selectedPersonId());
    arrangeSplitter();
    // Edits made while another page showed: the list catches up now.
    m_model->reloadIfStale();
}

} // namespace outloud
