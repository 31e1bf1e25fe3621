// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedOverview.h"

#include "circle/CircleService.h"
#include "sharing/CircleFigures.h"
#include "storage/Database.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

namespace outloud {

sharing::CircleFigures SharedOverview::figures(Database& db, qint64 circleId, QDate today)
{
    const int week = CircleService(db).calendar(circleId).currentWeek(today);
    return sharing::circleFigures(db, circleId, std::max(1, week), {}, sharing::Rounds::Skipped);
}

void SharedOverview::labelSelector(
    QComboBox* selector, const QStringList& names, Database& db, qint64 circleId, QDate today)
{
    labelSelector(selector, names, figures(db, circleId, today), db.now());
}

void SharedOverview::labelSelector(QComboBox* selector, const QStringList& names,
    const sharing::CircleFigures& figures, const QDateTime& now)
{
    for (int i = 0; i < selector->count() && i < names.size(); ++i) {
        const sharing::MemberFigures* f = figures.find(selector->itemData(i).toLongLong());
        const bool card = f && f->card;
        const QString text = card
            ? tr("%1 · card %2").arg(names.at(i), sharing::asOfText(f->asOf, now))
            : names.at(i);
        if (selector->itemText(i) != text)
            selector->setItemText(i, text);
    }
}

QString SharedOverview::note(Database& db, qint64 circleId, qint64 memberId, QDate today)
{
    return note(figures(db, circleId, today), memberId, db.now());
}

QString SharedOverview::note(
    const sharing::CircleFigures& figures, qint64 memberId, const QDateTime& now)
{
    const sharing::MemberFigures* f = figures.find(memberId);
    if (f && f->server) {
        // An organization server: the member's list is hidden, what they share is not.
        const OrgMemberFigures& o = *f->server;
        QStringList parts {tr("%1 given, %2 received in all")
                               .arg(o.weekly.total.given)
                               .arg(o.weekly.total.received),
            tr("streak: %1").arg(o.progress.streak),
            tr("habit strength %1 %").arg(qRound(o.progress.score * 100))};
        if (!o.accomplish.isEmpty())
            parts.append(tr("goal: %1").arg(o.accomplish));
        return tr("Shared on the server by %1: %2. Their list stays private to them, so the "
                  "charts show nothing of it.")
            .arg(f->name, parts.join(u" · "_s));
    }
    if (!f || !f->card)
        return {};
    const sharing::Card& card = *f->card;
    const QLocale locale;
    QStringList parts;
    if (card.has(sharing::CountsPart)) {
        int given = 0;
        int received = 0;
        for (const sharing::CardWeek& w : card.weeks) {
            given += w.given;
            received += w.received;
        }
        parts.append(tr("%1 given, %2 received in all").arg(given).arg(received));
    }
    if (card.has(sharing::StreakPart))
        parts.append(tr("streak: %1").arg(card.streak));
    if (card.has(sharing::HabitPart))
        parts.append(tr("habit strength %1 %").arg(qRound(card.habitStrength * 100)));
    if (card.has(sharing::GoalPart) && !card.goal.isEmpty())
        parts.append(tr("goal: %1").arg(card.goal));
    return tr("From %1's card, %2: %3. The charts show only what is logged on this computer.")
        .arg(f->name, sharing::asOfText(f->asOf, now), parts.join(u" · "_s));
}

} // namespace outloud
