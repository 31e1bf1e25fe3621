// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The relationships page's layout: the list's columns a user chooses, the filters above it,
// and the story beside or below the list as the width allows.
#include "PersonDetailPane.h"
#include "RelationshipsPage.h"
#include "common/FlowLayout.h"
#include "people/RelationshipModel.h"
#include "settings/UserSettings.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
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
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
// The columns a user can show or hide, by a name that stays when columns are added.
struct OptionalColumn
{
    RelationshipModel::Column column;
    const char* key;
    bool shownByDefault;
};
// The organization and role show in the detail pane; the list keeps room for the rest.
constexpr OptionalColumn OptionalColumns[] = {
    {RelationshipModel::Organization, "organization", false},
    {RelationshipModel::Role, "role", false},
    {RelationshipModel::Relation, "relation", true},
    {RelationshipModel::LastContact, "lastContact", true},
    {RelationshipModel::Given, "given", true},
    {RelationshipModel::Received, "received", true},
    {RelationshipModel::KeepInTouch, "keepInTouch", true},
};
const QString ColumnsKey = u"relationships/columns"_s;
} // namespace

QPushButton* RelationshipsPage::createColumnChooser()
{
    auto* button = new QPushButton(tr("Co&lumns"), this);
    button->setObjectName(u"peopleColumnsButton"_s);
    button->setToolTip(tr("Choose the columns of the list (also by right-clicking its header)"));
    auto* menu = new QMenu(button);
    menu->setObjectName(u"peopleColumnsMenu"_s);
    QStringList shown;
    {
        const auto settings = openUserSettings();
        if (settings->contains(ColumnsKey))
            shown = settings->value(ColumnsKey).toStringList();
        else {
            for (const OptionalColumn& c : OptionalColumns) {
                if (c.shownByDefault)
                    shown.append(QString::fromLatin1(c.key));
            }
        }
    }
    QHeaderView* header = m_view->horizontalHeader();
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const OptionalColumn& c : OptionalColumns) {
        const QString key = QString::fromLatin1(c.key);
        auto* action
            = new QAction(m_model->headerData(c.column, Qt::Horizontal).toString(), button);
        action->setObjectName(u"peopleColumn_"_s + key);
        action->setCheckable(true);
        action->setChecked(shown.contains(key));
        m_view->setColumnHidden(c.column, !action->isChecked());
        if (!c.shownByDefault)
            fitColumn(c.column);
        connect(action, &QAction::toggled, this,
            [this, column = c.column, fit = !c.shownByDefault](bool on) {
                m_view->setColumnHidden(column, !on);
                if (on && fit)
                    fitColumn(column);
                else if (on && m_view->columnWidth(column) == 0)
                    m_view->resizeColumnToContents(column);
                QStringList now;
                for (const OptionalColumn& o : OptionalColumns) {
                    if (!m_view->isColumnHidden(o.column))
                        now.append(QString::fromLatin1(o.key));
                }
                openUserSettings()->setValue(ColumnsKey, now);
                arrangeSplitter();
            });
        menu->addAction(action);
        header->addAction(action);
    }
    button->setMenu(menu);
    return button;
}

void RelationshipsPage::layOut(QPushButton* add, QPushButton* columns)
{
    m_count = new QLabel(this);
    m_count->setObjectName(u"peopleCount"_s);

    // The text filter and the commands on top, the other filters below, wrapping onto a
    // further row rather than pushing the detail pane (or the window) past a small screen.
    auto* top = new QHBoxLayout;
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(u'M') * 7);
    top->addWidget(m_filter, 1);
    top->addWidget(columns);
    top->addWidget(add);
    auto* more = new FlowLayout;
    more->addWidget(m_tag);
    more->addWidget(m_closeness);
    more->addWidget(m_touch);
    more->addWidget(m_staleWeeks);
    auto* filters = new QVBoxLayout;
    filters->addLayout(top);
    filters->addLayout(more);

    // The story and the reach-out list side by side when they sit below the list, one
    // above the other when they sit beside it.
    auto* right = new QWidget(this);
    m_sideLayout = new QBoxLayout(QBoxLayout::TopToBottom, right);
    m_sideLayout->setContentsMargins(0, 0, 0, 0);
    m_sideLayout->addWidget(m_detail, 3);
    auto* reach = new QWidget(right);
    auto* reachLayout = new QVBoxLayout(reach);
    reachLayout->setContentsMargins(0, 0, 0, 0);
    auto* reachTitle = new QLabel(tr("Reach out this week"), reach);
    QFont bold = reachTitle->font();
    bold.setBold(true);
    reachTitle->setFont(bold);
    reachLayout->addWidget(reachTitle);
    reachLayout->addWidget(m_reachOut, 1);
    m_sideLayout->addWidget(reach, 1);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(u"relationshipsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_count);
    // Below the list the story scrolls rather than squeezing the list to a few rows.
    auto* side = new QScrollArea(m_splitter);
    side->setObjectName(u"relationshipsSide"_s);
    side->setFrameShape(QFrame::NoFrame);
    side->setWidgetResizable(true);
    side->setWidget(right);
    m_splitter->addWidget(left);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({820, 300}); // the list first: every column whole at 1280 px

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
}
// The width every shown column of the list needs to be seen without scrolling sideways
// (the stretching relation at its narrowest).
int RelationshipsPage::listWidthNeeded() const
{
    const QHeaderView* header = m_view->horizontalHeader();
    int width = 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        width += column == RelationshipModel::Relation ? header->minimumSectionSize()
                                                       : header->sectionSize(column);
    }
    return width;
}

// Beside the list while the window is wide enough for both, below it otherwise: the list
// keeps every column in view (German needs more room than a small screen leaves beside
// the story).
void RelationshipsPage::arrangeSplitter()
{
    if (!m_splitter)
        return;
    auto* sideArea = static_cast<QScrollArea*>(m_splitter->widget(1));
    const int list = listWidthNeeded();
    // Beside the list the story reads whole across.
    const int side = std::max(m_detail->minimumSizeHint().width(),
                         m_reachOut->parentWidget()->minimumSizeHint().width())
        + 2 * sideArea->frameWidth();
    const int available = contentsRect().width() - layout()->contentsMargins().left()
        - layout()->contentsMargins().right() - m_splitter->handleWidth();
    const bool beside = available >= list + side;
    const Qt::Orientation orientation = beside ? Qt::Horizontal : Qt::Vertical;
    if (m_splitterArranged && m_splitter->orientation() == orientation) {
        if (beside && m_splitter->sizes().value(0) < list) // the list first
            m_splitter->setSizes({list, available - list});
        return;
    }
    m_splitterArranged = true;
    m_splitter->setOrientation(orientation);
    m_sideLayout->setDirection(beside ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    sideArea->setMinimumWidth(beside ? side : 0);
    // Beside the list it lays out at full height as a plain widget would.
    sideArea->setVerticalScrollBarPolicy(beside ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    sideArea->setMinimumHeight(beside ? sideArea->widget()->minimumSizeHint().height() : 0);
    if (beside) {
        // About a quarter for the story, as long as the list keeps every column.
        const int sideWidth = std::clamp(available * 27 / 100, side, available - list);
        m_splitter->setSizes({available - sideWidth, sideWidth});
    } else {
        const int total = contentsRect().height();
        m_splitter->setSizes({total * 3 / 5, total * 2 / 5});
    }
}

void RelationshipsPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeSplitter();
}

} // namespace outloud
