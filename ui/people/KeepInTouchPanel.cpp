// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeepInTouchPanel.h"

#include "common/WhenShown.h"
#include "people/KeepInTouch.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

KeepInTouchPanel::KeepInTouchPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(u"keepInTouchPanel"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"keepInTouchSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"keepInTouchList"_s);
    m_list->setAccessibleName(tr("Who is due and who is losing touch"));
    m_list->setHeaderLabels({tr("Name"), tr("Keep in touch"), tr("Last contact"), tr("Due since")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setToolTip(tr("Double-click or press Enter to open the person."));
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        if (id > 0)
            Q_EMIT personActivated(id);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    m_fill = new WhenShown(this, [this] { fillList(); });
}

void KeepInTouchPanel::showMember(qint64 circleId, qint64 memberId, QDate today)
{
    const TouchWeek week = keepintouch::weekOf(m_db, circleId, today);
    showEntries(KeepInTouchService(m_db).due(memberId, week));
}

void KeepInTouchPanel::showEntries(const QList<TouchEntry>& due)
{
    m_due = due;
    int losing = 0;
    for (const TouchEntry& e : due)
        losing += e.status == TouchStatus::Overdue ? 1 : 0;
    const int dueNow = int(due.size()) - losing;
    QStringList first;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, due.size()); ++i)
        first << due.at(i).name;
    if (due.size() > 3)
        first << u"…"_s;
    m_summaryText = due.isEmpty() ? tr("Keep in touch: everyone is on track this week.")
                                  : tr("Keep in touch: %1 losing touch, %2 due this week (%3)")
                                        .arg(losing)
                                        .arg(dueNow)
                                        .arg(first.join(u", "_s));
    m_summary->setText(m_summaryText);
    m_tabTitle = due.isEmpty() ? tr("Keep in &touch") : tr("Keep in &touch (%1)").arg(due.size());
    // Sized to its contents, the list lays out every row: only when it can be seen.
    m_fill->request();
}

void KeepInTouchPanel::fillList()
{
    m_list->clear();
    const QLocale locale;
    for (const TouchEntry& e : std::as_const(m_due)) {
        const bool overdue = e.status == TouchStatus::Overdue;
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, e.name);
        item->setText(1, keepintouch::label(e.everyWeeks));
        item->setText(2,
            e.lastContact.isValid() ? locale.toString(e.lastContact, QLocale::ShortFormat)
                                    : tr("never"));
        item->setText(3,
            overdue ? tr("%1 · losing touch").arg(locale.toString(e.due, QLocale::ShortFormat))
                    : tr("%1 · this week").arg(locale.toString(e.due, QLocale::ShortFormat)));
        item->setData(0, Qt::UserRole, e.personId);
        if (overdue) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setFont(3, bold);
        }
    }
}

} // namespace outloud
