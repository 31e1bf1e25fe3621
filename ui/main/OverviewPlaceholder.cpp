// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewPlaceholder.h"

#include "circle/CircleService.h"
#include "storage/Database.h"

#include <QLabel>
#include <QSqlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

OverviewPlaceholder::OverviewPlaceholder(Database& db, qint64 circleId, qint64 memberId, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_circleId(circleId)
    , m_memberId(memberId)
{
    setObjectName(u"overviewPage"_s);
    m_text = new QLabel(this);
    m_text->setObjectName(u"overviewText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    QFont f = m_text->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_text->setFont(f);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch(1);
    connect(&db, &Database::changed, this, &OverviewPlaceholder::refresh);
    refresh();
}

void OverviewPlaceholder::refresh()
{
    CircleService circles(m_db);
    const std::optional<GoalRevision> goal = circles.currentGoal(m_memberId);
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT sum(c.direction = 0), sum(c.direction = 1) FROM contribution c JOIN person p ON p.id = c.person_id"
              " WHERE p.member_id = ?"_s);
    q.addBindValue(m_memberId);
    int given = 0, received = 0;
    if (q.exec() && q.next()) {
        given = q.value(0).toInt();
        received = q.value(1).toInt();
    }
    m_text->setText(tr("My goal: %1\n\nGiven so far: %2\nReceived so far: %3")
                        .arg(goal ? goal->accomplish : tr("not set yet"))
                        .arg(given)
                        .arg(received));
}

} // namespace outloud
