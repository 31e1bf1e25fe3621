// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CircleSwitchDialog.h"

#include "circle/CircleService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

CircleSwitchDialog::CircleSwitchDialog(Database& db, qint64 currentCircleId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(u"circleSwitchDialog"_s);
    setWindowTitle(tr("Switch circle"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"circleFilter"_s);
    m_filter->setPlaceholderText(tr("Type part of a circle's or a member's name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_circles = new QListWidget(this);
    m_circles->setObjectName(u"circleList"_s);
    m_circles->setAccessibleName(tr("Circles"));
    m_count = new QLabel(this);
    m_count->setObjectName(u"circleCount"_s);
    m_me = new QComboBox(this);
    m_me->setObjectName(u"circleMe"_s);
    m_me->setToolTip(tr("The member whose goal, relationship list and contributions are yours"));

    auto* filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filter);
    auto* meLabel = new QLabel(tr("&I am:"), this);
    meLabel->setBuddy(m_me);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open circle"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"circleOpen"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(filterLabel, m_filter);
    form->addRow(meLabel, m_me);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_circles, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    setTabOrder(m_filter, m_circles);
    setTabOrder(m_circles, m_me);
    // On an organization server the login says who one is: nobody picks another member.
    meLabel->setVisible(!m_db.isOrganization());
    m_me->setVisible(!m_db.isOrganization());

    connect(m_filter, &QLineEdit::textChanged, this, &CircleSwitchDialog::fillCircles);
    connect(m_circles, &QListWidget::currentRowChanged, this, &CircleSwitchDialog::fillMembers);
    connect(m_circles, &QListWidget::itemActivated, this, &QDialog::accept);
    fillCircles();
    for (int i = 0; i < m_circles->count(); ++i) {
        if (m_circles->item(i)->data(Qt::UserRole).toLongLong() == currentCircleId)
            m_circles->setCurrentRow(i);
    }
    resize(520, 460);
}

void CircleSwitchDialog::fillCircles()
{
    const qint64 current = circleId();
    const QString needle = m_filter->text().trimmed();
    CircleService circles(m_db);
    const QLocale locale;
    m_circles->clear();
    int total = 0;
    for (const Circle& c : circles.circles()) {
        ++total;
        const QList<Member> members = circles.members(c.id);
        QStringList names;
        QString me;
        for (const Member& m : members) {
            names << m.name;
            if (m.isMe)
                me = m.name;
        }
        if (!needle.isEmpty() && !c.name.contains(needle, Qt::CaseInsensitive)
            && !names.join(u'\n').contains(needle, Qt::CaseInsensitive))
            continue;
        QString text = tr("%1 · starts %2 · %n member(s)", nullptr, int(members.size()))
                           .arg(c.name, locale.toString(c.startDate, QLocale::ShortFormat));
        if (!me.isEmpty())
            text += u" · "_s + tr("me: %1").arg(me);
        auto* item = new QListWidgetItem(text, m_circles);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(names.join(u", "_s));
        if (c.id == current)
            m_circles->setCurrentItem(item);
    }
    if (!m_circles->currentItem() && m_circles->count() > 0)
        m_circles->setCurrentRow(0);
    m_count->setText(needle.isEmpty() ? tr("%n circle(s)", nullptr, total)
                                      : tr("%1 of %2 circles").arg(m_circles->count()).arg(total));
    if (m_circles->count() == 0)
        fillMembers();
}

void CircleSwitchDialog::fillMembers()
{
    m_me->clear();
    const qint64 id = circleId();
    if (id < 0)
        return;
    CircleService circles(m_db);
    const qint64 me = circles.meId(id);
    for (const Member& m : circles.members(id))
        m_me->addItem(m.name, m.id);
    const int index = m_me->findData(me);
    m_me->setCurrentIndex(std::max(0, index));
}

qint64 CircleSwitchDialog::circleId() const
{
    const QListWidgetItem* item = m_circles->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : -1;
}

qint64 CircleSwitchDialog::meId() const
{
    if (m_db.isOrganization())
        return -1;
    return m_me->currentIndex() >= 0 ? m_me->currentData().toLongLong() : -1;
}

bool CircleSwitchDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Up and Down in the filter move through the list, so typing and choosing go together.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown
            || key == Qt::Key_PageUp) {
            QKeyEvent copy(QEvent::KeyPress, key, Qt::NoModifier);
            QCoreApplication::sendEvent(m_circles, &copy);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace outloud
