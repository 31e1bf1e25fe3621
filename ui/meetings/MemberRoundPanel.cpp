// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberRoundPanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
QLabel* plainLabel(QWidget* parent, const QString& name, int pointSize, bool bold = false)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // names and notes are user text
    label->setWordWrap(true); // wrap rather than widen the view past the screen
    QFont f = label->font();
    f.setPointSize(pointSize);
    f.setBold(bold);
    label->setFont(f);
    return label;
}

QListWidget* checkList(QWidget* parent, const QString& name)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(name);
    list->setWordWrap(true); // exercises are sentences; they wrap instead of widening the view
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Reachable by Tab; arrow keys move, Space checks.
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setFocusPolicy(Qt::StrongFocus);
    list->setSpacing(1);
    return list;
}

void addCheckItem(QListWidget* list, const QString& text, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}
} // namespace

MemberRoundPanel::MemberRoundPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(18);

    m_name = plainLabel(this, u"memberNameLabel"_s, 26, true);
    m_numbers = plainLabel(this, u"numbersLabel"_s, 17);
    m_numbers->setToolTip(
        tr("Contributions logged since the last meeting, and the commitments due today"));
    m_timebox = plainLabel(this, u"roundCountdownLabel"_s, 26, true);
    m_timebox->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_timebox->setMinimumWidth(150);
    m_timebox->setWordWrap(false);
    m_timebox->setToolTip(tr("This member's share of the round"));
    m_timebox->setAutoFillBackground(true);
    m_timebox->setContentsMargins(10, 2, 10, 2);
    layout->addWidget(m_name, 0, 0);
    layout->addWidget(m_timebox, 0, 1);
    layout->addWidget(m_numbers, 1, 0, 1, 2);

    auto* notesTitle = plainLabel(this, u"roundNotesTitle"_s, 15, true);
    notesTitle->setText(tr("What happened since last week"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"roundNotesEdit"_s);
    m_notes->setPlaceholderText(tr("Notes from the round, without judgement"));
    layout->addWidget(notesTitle, 2, 0, 1, 2);
    layout->addWidget(m_notes, 3, 0, 1, 2);

    auto* exercisesTitle = plainLabel(this, u"exercisesTitle"_s, 15, true);
    exercisesTitle->setText(tr("Exercises done"));
    m_exercises = checkList(this, u"exerciseList"_s);
    auto* keptTitle = plainLabel(this, u"keptTitle"_s, 15, true);
    keptTitle->setText(tr("Commitments kept"));
    m_kept = checkList(this, u"keptList"_s);
    layout->addWidget(exercisesTitle, 4, 0);
    layout->addWidget(keptTitle, 4, 1);
    layout->addWidget(m_exercises, 5, 0);
    layout->addWidget(m_kept, 5, 1);

    auto* nextTitle = plainLabel(this, u"commitmentsTitle"_s, 15, true);
    nextTitle->setText(tr("Before the next meeting I will... (one per line)"));
    m_commitments = new QPlainTextEdit(this);
    m_commitments->setObjectName(u"commitmentsEdit"_s);
    m_commitments->setPlaceholderText(tr("One commitment per line"));
    layout->addWidget(nextTitle, 6, 0, 1, 2);
    layout->addWidget(m_commitments, 7, 0, 1, 2);
    const auto changed = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    connect(m_notes, &QPlainTextEdit::textChanged, this, changed);
    connect(m_commitments, &QPlainTextEdit::textChanged, this, changed);
    connect(m_exercises, &QListWidget::itemChanged, this, changed);
    connect(m_kept, &QListWidget::itemChanged, this, changed);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(3, 2);
    layout->setRowStretch(5, 5);
    layout->setRowStretch(7, 2);
}

void MemberRoundPanel::show(const MemberCapture& member, const QStringList& exercises)
{
    m_loading = true;
    m_name->setText(member.name);
    const MemberWeekNumbers& n = member.numbers;
    m_numbers->setText(tr("Given %1  ·  Received %2  ·  Kept %3 of %4 commitments")
                           .arg(n.given)
                           .arg(n.received)
                           .arg(n.commitmentsKept)
                           .arg(n.commitmentsDue));
    m_notes->setPlainText(member.notes);

    m_exercises->clear();
    for (int i = 0; i < exercises.size(); ++i)
        addCheckItem(m_exercises, exercises.at(i), member.exercisesDone.contains(i));
    m_kept->clear();
    for (const Commitment& c : member.due)
        addCheckItem(m_kept, c.text, c.kept.value_or(false));
    if (member.due.isEmpty()) {
        auto* none = new QListWidgetItem(tr("None were due at this meeting."), m_kept);
        none->setFlags(Qt::NoItemFlags);
    }
    m_commitments->setPlainText(member.newCommitments.join(u'\n'));
    m_loading = false;
}

void MemberRoundPanel::store(MemberCapture& member) const
{
    member.notes = m_notes->toPlainText();
    member.exercisesDone.clear();
    for (int i = 0; i < m_exercises->count(); ++i) {
        if (m_exercises->item(i)->checkState() == Qt::Checked)
            member.exercisesDone.insert(i);
    }
    for (int i = 0; i < member.due.size() && i < m_kept->count(); ++i)
        member.due[i].kept = m_kept->item(i)->checkState() == Qt::Checked;
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
    p.setColor(
        QPalette::Window, timeUp ? QColor(0xf6, 0xd6, 0x8f) : palette().color(QPalette::Window));
    m_timebox->setPalette(p);
}

} // namespace outloud
