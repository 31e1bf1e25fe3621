// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalPage.h"

#include "common/Format.h"
#include "goal/GoalService.h"
#include "storage/Database.h"
#include "storage/PlainText.h"
#include "undo/Editor.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

GoalPage::GoalPage(Editor& editor, qint64 memberId, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_memberId(memberId)
{
    setObjectName(u"goalPage"_s);
    auto* title = new QLabel(tr("My goal"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    m_since = new QLabel(this);
    m_since->setObjectName(u"goalSince"_s);
    m_since->setTextFormat(Qt::PlainText);

    m_accomplish = new QPlainTextEdit(this);
    m_accomplish->setObjectName(u"goalAccomplish"_s);
    m_accomplish->setAccessibleName(tr("What am I trying to accomplish?"));
    m_accomplish->setTabChangesFocus(true);
    m_accomplish->setMaximumHeight(80);
    m_why = new QLineEdit(this);
    m_why->setObjectName(u"goalWhy"_s);
    m_why->setAccessibleName(tr("Why does it matter to me?"));
    m_progress = new QLineEdit(this);
    m_progress->setObjectName(u"goalProgress"_s);
    m_progress->setAccessibleName(tr("What would progress look like?"));
    m_target = new QSpinBox(this);
    m_target->setObjectName(u"goalTarget"_s);
    m_target->setRange(0, 100);
    m_target->setSuffix(tr(" contributions a week"));
    m_target->setAccessibleName(tr("Weekly contribution target"));
    m_target->setToolTip(tr("How many contributions you aim for each week. Steady weekly effort "
                            "matters more than bursts."));

    auto* form = new QFormLayout;
    form->addRow(tr("What am I trying to &accomplish?"), m_accomplish);
    form->addRow(tr("&Why does it matter to me?"), m_why);
    form->addRow(tr("What would &progress in twelve weeks look like?"), m_progress);
    form->addRow(tr("Weekly &target:"), m_target);

    m_error = new QLabel(this);
    m_error->setObjectName(u"goalError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: palette(link); font-weight: bold;"_s);
    m_error->hide();
    auto* save = new QPushButton(tr("&Save as a new revision"), this);
    save->setObjectName(u"goalSave"_s);
    save->setToolTip(tr("Goals change during a circle; every revision is kept with its date."));
    connect(save, &QPushButton::clicked, this, &GoalPage::saveRevision);

    m_history = new QTreeWidget(this);
    m_history->setObjectName(u"goalHistory"_s);
    m_history->setAccessibleName(tr("Revisions of my goal"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Revised"), tr("Goal"), tr("Weekly target")});
    m_history->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_history->header()->setStretchLastSection(false);

    auto* historyTitle = new QLabel(tr("Revisions"), this);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_since);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(save, 0, Qt::AlignRight);
    layout->addWidget(historyTitle);
    layout->addWidget(m_history, 1);

    connect(&editor.database(), &Database::changed, this, [this](Database::Tables t) {
        if (t & Database::Goals)
            refresh();
    });
    refresh();
}

void GoalPage::refresh()
{
    GoalService goals(m_editor.database());
    const std::optional<GoalRevision> goal = goals.currentGoal(m_memberId);
    const QLocale locale;
    m_accomplish->setPlainText(goal ? goal->accomplish : QString());
    m_why->setText(goal ? goal->why : QString());
    m_progress->setText(goal ? goal->progress : QString());
    m_target->setValue(goal ? goal->weeklyTarget : 3);
    m_since->setText(goal ? tr("Current since %1")
                                .arg(locale.toString(goal->revisedAt.date(), QLocale::LongFormat))
                          : tr("No goal yet. A goal you care about, where progress in twelve weeks "
                               "is possible and "
                               "where other people can help."));
    m_history->clear();
    const QList<GoalRevision> history = goals.goalHistory(m_memberId);
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        auto* item = new QTreeWidgetItem(m_history);
        item->setText(0, format::shortDateTime(it->revisedAt));
        item->setText(1, it->accomplish);
        item->setToolTip(1, plainToolTip(it->accomplish));
        item->setText(2, QString::number(it->weeklyTarget));
    }
    m_history->resizeColumnToContents(0);
}

bool GoalPage::saveRevision()
{
    GoalRevision g;
    g.memberId = m_memberId;
    g.accomplish = m_accomplish->toPlainText();
    g.why = m_why->text();
    g.progress = m_progress->text();
    g.weeklyTarget = m_target->value();
    const std::optional<GoalRevision> current
        = GoalService(m_editor.database()).currentGoal(m_memberId);
    if (current && current->accomplish == g.accomplish.trimmed() && current->why == g.why.trimmed()
        && current->progress == g.progress.trimmed() && current->weeklyTarget == g.weeklyTarget) {
        m_error->setText(tr("Nothing changed since the last revision."));
        m_error->show();
        return false;
    }
    QString error;
    if (m_editor.reviseGoal(g, &error) < 0) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    m_error->hide();
    Q_EMIT message(tr("Goal saved as a new revision."));
    return true;
}

} // namespace outloud
