// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberRoundPanel.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
QLabel* plainLabel(QWidget* parent, const QString& name, int pointSize, bool bold = false)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // names and notes are user text
    QFont f = label->font();
    f.setPointSize(pointSize);
    f.setBold(bold);
    label->setFont(f);
    return label;
}

void clearLayout(QVBoxLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}
} // namespace

MemberRoundPanel::MemberRoundPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(18);

    m_name = plainLabel(this, u"memberNameLabel"_s, 26, true);
    m_numbers = plainLabel(this, u"numbersLabel"_s, 18);
    m_timebox = plainLabel(this, u"roundCountdownLabel"_s, 26, true);
    m_timebox->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_timebox->setMinimumWidth(170);
    m_timebox->setAutoFillBackground(true);
    m_timebox->setContentsMargins(10, 2, 10, 2);
    layout->addWidget(m_name, 0, 0);
    layout->addWidget(m_timebox, 0, 1, 2, 1);
    layout->addWidget(m_numbers, 1, 0);

    auto* notesTitle = plainLabel(this, u"roundNotesTitle"_s, 15, true);
    notesTitle->setText(tr("What happened since last week"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"roundNotesEdit"_s);
    m_notes->setPlaceholderText(tr("Notes from the round, without judgement"));
    layout->addWidget(notesTitle, 2, 0, 1, 2);
    layout->addWidget(m_notes, 3, 0, 1, 2);

    auto* exercises = new QGroupBox(tr("Exercises done"), this);
    m_exerciseBox = exercises;
    m_exerciseLayout = new QVBoxLayout(exercises);
    auto* due = new QGroupBox(tr("Commitments from last week: kept?"), this);
    m_dueBox = due;
    m_dueLayout = new QVBoxLayout(due);
    m_dueEmpty = nullptr;
    layout->addWidget(exercises, 4, 0);
    layout->addWidget(due, 4, 1);

    auto* nextTitle = plainLabel(this, u"commitmentsTitle"_s, 15, true);
    nextTitle->setText(tr("Before the next meeting I will... (one per line)"));
    m_commitments = new QPlainTextEdit(this);
    m_commitments->setObjectName(u"commitmentsEdit"_s);
    m_commitments->setPlaceholderText(tr("One commitment per line"));
    layout->addWidget(nextTitle, 5, 0, 1, 2);
    layout->addWidget(m_commitments, 6, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(3, 3);
    layout->setRowStretch(6, 2);
}

void MemberRoundPanel::show(const MemberCapture& member, const QStringList& exercises)
{
    m_name->setText(member.name);
    const MemberWeekNumbers& n = member.numbers;
    m_numbers->setText(tr("Given %1  ·  Received %2  ·  Commitments kept %3 of %4")
                           .arg(n.given)
                           .arg(n.received)
                           .arg(n.commitmentsKept)
                           .arg(n.commitmentsDue));
    m_notes->setPlainText(member.notes);

    clearLayout(m_exerciseLayout);
    m_exerciseChecks.clear();
    for (int i = 0; i < exercises.size(); ++i) {
        auto* check = new QCheckBox(exercises.at(i), m_exerciseBox);
        check->setObjectName(u"exerciseCheck%1"_s.arg(i));
        check->setChecked(member.exercisesDone.contains(i));
        m_exerciseLayout->addWidget(check);
        m_exerciseChecks.append(check);
    }
    m_exerciseLayout->addStretch();

    clearLayout(m_dueLayout);
    m_keptChecks.clear();
    for (int i = 0; i < member.due.size(); ++i) {
        auto* check = new QCheckBox(member.due.at(i).text, m_dueBox);
        check->setObjectName(u"keptCheck%1"_s.arg(i));
        check->setChecked(member.due.at(i).kept.value_or(false));
        m_dueLayout->addWidget(check);
        m_keptChecks.append(check);
    }
    if (member.due.isEmpty()) {
        auto* none = new QLabel(tr("None were due this week."), m_dueBox);
        none->setEnabled(false);
        m_dueLayout->addWidget(none);
    }
    m_dueLayout->addStretch();
    m_commitments->setPlainText(member.newCommitments.join(u'\n'));
}

void MemberRoundPanel::store(MemberCapture& member) const
{
    member.notes = m_notes->toPlainText();
    member.exercisesDone.clear();
    for (int i = 0; i < m_exerciseChecks.size(); ++i) {
        if (m_exerciseChecks.at(i)->isChecked())
            member.exercisesDone.insert(i);
    }
    for (int i = 0; i < m_keptChecks.size() && i < member.due.size(); ++i)
        member.due[i].kept = m_keptChecks.at(i)->isChecked();
    member.newCommitments.clear();
    for (const QString& line : m_commitments->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            member.newCommitments.append(line.trimmed());
    }
}

void MemberRoundPanel::setTimebox(const QString& text, bool timeUp)
{
    m_timebox->setText(text);
    QPalette p = m_timebox->palette();
    // A soft amber, not an alarm: the person finishes their sentence.
    p.setColor(QPalette::Window, timeUp ? QColor(0xf6, 0xd6, 0x8f) : palette().color(QPalette::Window));
    m_timebox->setPalette(p);
}

} // namespace outloud
