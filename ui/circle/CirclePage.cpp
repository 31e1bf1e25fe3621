// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CirclePage.h"

#include "circle/CircleService.h"
#include "common/Format.h"
#include "common/ListHeaderView.h"
#include "common/PlainTextDelegate.h"
#include "common/TextColumns.h"
#include "common/TextWidths.h"
#include "meetings/MeetingCommands.h"
#include "meetings/ScheduleCommands.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

CirclePage::CirclePage(Database& db, qint64 circleId, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_circleId(circleId)
    , m_undo(new QUndoStack(this))
    , m_ownUndo(m_undo)
{
    setObjectName(u"circlePage"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"circleSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont f = m_summary->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_summary->setFont(f);
    m_warning = new QLabel(this);
    m_warning->setObjectName(u"circleWarning"_s);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_members = new QTreeWidget(this);
    m_members->setObjectName(u"circleMembers"_s);
    m_members->setAccessibleName(tr("Members"));
    m_members->setRootIsDecorated(false);
    m_members->setItemDelegate(new PlainTextDelegate(m_members)); // one line a name, laid out once
    ListHeaderView::setOn(m_members); // each title measured once
    m_members->setHeaderLabels({tr("Member"), tr("Role")});
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"circleName"_s);
    m_name->setAccessibleName(tr("Circle name"));
    connect(m_name, &QLineEdit::editingFinished, this, [this] { rename(m_name->text()); });
    m_newMember = new QLineEdit(this);
    m_newMember->setObjectName(u"circleNewMember"_s);
    m_newMember->setPlaceholderText(tr("Add a member: name, then Enter"));
    m_newMember->setAccessibleName(tr("New member's name"));
    connect(m_newMember, &QLineEdit::returnPressed, this, [this] {
        if (addMember(m_newMember->text()))
            m_newMember->clear();
    });
    m_facilitator = new QComboBox(this);
    m_facilitator->setObjectName(u"circleFacilitator"_s);
    m_facilitator->setAccessibleName(tr("Facilitator"));
    m_facilitator->setToolTip(
        tr("The facilitator serves the group: invites, schedules, keeps time."));
    connect(m_facilitator, &QComboBox::activated, this,
        [this](int index) { setFacilitator(m_facilitator->itemData(index).toLongLong()); });
    m_error = new QLabel(this);
    m_error->setObjectName(u"circleError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: palette(link); font-weight: bold;"_s);
    m_error->hide();
    auto* editRow = new QHBoxLayout;
    editRow->addWidget(new QLabel(tr("Name:"), this));
    editRow->addWidget(m_name, 2);
    editRow->addWidget(new QLabel(tr("Facilitator:"), this));
    editRow->addWidget(m_facilitator, 1);
    editRow->addWidget(m_newMember, 2);

    // The members beside the meetings: every week in sight, no empty half page.
    auto* lists = new QHBoxLayout;
    lists->addWidget(m_members, 1);
    m_extensions = new QVBoxLayout;
    m_extensions->setContentsMargins(0, 0, 0, 0);
    lists->addLayout(m_extensions, 4);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addLayout(editRow);
    layout->addWidget(m_error);
    layout->addLayout(lists, 1);
    connect(&db, &Database::changed, this, [this](Database::Tables t) {
        if (t & (Database::Circles | Database::Members | Database::Meetings))
            refresh();
    });
    refresh();
}

void CirclePage::refresh()
{
    CircleService circles(m_db);
    const std::optional<Circle> circle = circles.circle(m_circleId);
    m_members->clear();
    if (!circle)
        return;
    const QLocale locale;
    m_summary->setText(tr("%1 meets on %2s at %3, %4 weeks from %5.")
                           .arg(circle->name, locale.dayName(circle->meetingWeekday),
                               format::shortTime(circle->meetingTime))
                           .arg(circle->lengthWeeks)
                           .arg(locale.toString(circle->firstMeetingDate(), QLocale::LongFormat)));
    const QList<Member> members = circles.members(m_circleId);
    if (!m_name->hasFocus())
        m_name->setText(circle->name);
    {
        const QSignalBlocker block(m_facilitator);
        m_facilitator->clear();
        m_facilitator->addItem(tr("(nobody yet)"), qint64(-1));
        for (const Member& m : members)
            m_facilitator->addItem(m.name, m.id);
        m_facilitator->setCurrentIndex(std::max(0, m_facilitator->findData(circle->facilitatorId)));
    }
    m_warning->setText(CircleService::memberCountWarning(int(members.size())));
    m_warning->setVisible(!m_warning->text().isEmpty());
    for (const Member& m : members) {
        QStringList roles;
        if (m.isMe)
            roles << tr("me");
        if (m.id == circle->facilitatorId)
            roles << tr("facilitator");
        new QTreeWidgetItem(m_members, {m.name, roles.join(u", "_s)});
    }
    // From the names' advance: resizeColumnToContents() would lay the list out before its
    // first paint, a text layout per cell through the style.
    TextWidths widths;
    textcolumns::fit(m_members, 0, widths);
    textcolumns::fit(m_members, 1, widths);
    // Names whole, without a scroll bar.
    m_members->setMinimumWidth(
        m_members->columnWidth(0) + m_members->columnWidth(1) + 2 * m_members->frameWidth() + 4);
}

void CirclePage::setUndoStack(QUndoStack* stack)
{
    m_undo = stack ? stack : m_ownUndo;
}

bool CirclePage::rename(const QString& name)
{
    CircleService circles(m_db);
    std::optional<Circle> circle = circles.circle(m_circleId);
    if (!circle || circle->name == name.trimmed())
        return true;
    const QString before = circle->name;
    circle->name = name;
    QString error;
    if (!circles.updateCircle(*circle, &error)) {
        m_error->setText(error);
        m_error->show();
        m_name->setText(circles.circle(m_circleId)->name);
        return false;
    }
    m_undo->push(new RenameCircleCommand(m_db, m_circleId, before, circle->name.trimmed()));
    m_error->hide();
    return true;
}

bool CirclePage::addMember(const QString& name)
{
    QString error;
    if (!pushApplied(m_undo, std::make_unique<AddMemberCommand>(m_db, m_circleId, name), &error)) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    m_error->hide();
    Q_EMIT message(tr("%1 joined the circle.").arg(name.trimmed()));
    return true;
}

bool CirclePage::setFacilitator(qint64 memberId)
{
    QString error;
    CircleService circles(m_db);
    const std::optional<Circle> circle = circles.circle(m_circleId);
    const qint64 before = circle ? circle->facilitatorId : -1;
    if (before == memberId)
        return true;
    if (!circles.setFacilitator(m_circleId, memberId, &error)) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    const std::optional<Member> member = circles.member(memberId);
    const QString text = member ? tr("%1 facilitates the circle.").arg(member->name)
                                : tr("The circle has no facilitator.");
    m_undo->push(new FacilitatorCommand(m_db, m_circleId, text, before, memberId));
    m_error->hide();
    Q_EMIT message(text);
    return true;
}

} // namespace outloud
