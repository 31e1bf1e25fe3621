// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberRoundPanel.h"

#include "MeetingStyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
QListWidget* checkList(QWidget* parent, const QString& name)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(name);
    list->setWordWrap(true); // exercises are sentences; they wrap instead of widening the view
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Whole sentences scroll smoothly instead of being cut at the bottom edge.
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Reachable by Tab; arrow keys move, Space checks.
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setFocusPolicy(Qt::StrongFocus);
    list->setSpacing(1);
    list->setMinimumHeight(40);
    return list;
}

void addCheckItem(QListWidget* list, const QString& text, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QPlainTextEdit* textEdit(QWidget* parent, const QString& name, const QString& placeholder)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true); // Tab moves on; the round is run by keyboard
    edit->setMinimumHeight(40);
    return edit;
}
} // namespace

MemberRoundPanel::MemberRoundPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(18);
    layout->setVerticalSpacing(4);

    m_name = meetingstyle::label(this, u"memberNameLabel"_s, meetingstyle::Type::Headline, true);
    m_numbers = meetingstyle::label(this, u"numbersLabel"_s, meetingstyle::Type::Body);
    m_numbers->setToolTip(
        tr("Contributions logged since the last meeting, and the commitments due today"));
    m_timebox
        = meetingstyle::label(this, u"roundCountdownLabel"_s, meetingstyle::Type::Headline, true);
    m_timebox->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_timebox->setWordWrap(false);
    m_timebox->setToolTip(tr("This member's share of the round"));
    m_timebox->setAutoFillBackground(true);
    m_timebox->setContentsMargins(10, 2, 10, 2);
    layout->addWidget(m_name, 0, 0);
    layout->addWidget(m_timebox, 0, 1, Qt::AlignRight);
    layout->addWidget(m_numbers, 1, 0, 1, 2);

    auto* notesTitle
        = meetingstyle::label(this, u"roundNotesTitle"_s, meetingstyle::Type::Body, true);
    notesTitle->setText(tr("What happened since last week"));
    m_notes = textEdit(this, u"roundNotesEdit"_s, tr("Notes from the round, without judgement"));
    notesTitle->setBuddy(m_notes);
    layout->addWidget(notesTitle, 2, 0, 1, 2);
    layout->addWidget(m_notes, 3, 0, 1, 2);

    auto* exercisesTitle
        = meetingstyle::label(this, u"exercisesTitle"_s, meetingstyle::Type::Body, true);
    exercisesTitle->setText(tr("Exercises done"));
    m_exercises = checkList(this, u"exerciseList"_s);
    auto* keptTitle = meetingstyle::label(this, u"keptTitle"_s, meetingstyle::Type::Body, true);
    keptTitle->setText(tr("Commitments kept"));
    m_kept = checkList(this, u"keptList"_s);
    layout->addWidget(exercisesTitle, 4, 0);
    layout->addWidget(keptTitle, 4, 1);
    layout->addWidget(m_exercises, 5, 0);
    layout->addWidget(m_kept, 5, 1);

    auto* nextTitle
        = meetingstyle::label(this, u"commitmentsTitle"_s, meetingstyle::Type::Body, true);
    nextTitle->setText(tr("Before the next meeting I will... (one per line)"));
    m_commitments = textEdit(this, u"commitmentsEdit"_s, tr("One commitment per line"));
    nextTitle->setBuddy(m_commitments);
    layout->addWidget(nextTitle, 6, 0, 1, 2);
    layout->addWidget(m_commitments, 7, 0, 1, 2);
    const auto typed = [this] {
        if (!m_loading)
            Q_EMIT textEdited();
    };
    connect(m_notes, &QPlainTextEdit::textChanged, this, typed);
    connect(m_commitments, &QPlainTextEdit::textChanged, this, typed);
    m_notes->installEventFilter(this);
    m_commitments->installEventFilter(this);
    connect(m_exercises, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_loading)
            Q_EMIT exerciseToggled(m_exercises->row(item), item->checkState() == Qt::Checked);
    });
    connect(m_kept, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_loading && (item->flags() & Qt::ItemIsUserCheckable))
            Q_EMIT keptToggled(m_kept->row(item), item->checkState() == Qt::Checked);
    });
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(3, 2);
    layout->setRowStretch(5, 4);
    layout->setRowStretch(7, 2);
}

bool MemberRoundPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_notes || watched == m_commitments))
        Q_EMIT textFinished();
    return QWidget::eventFilter(watched, event);
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
    // Only replace what differs: an undo elsewhere must not move the cursor needlessly.
    if (m_notes->toPlainText() != member.notes)
        m_notes->setPlainText(member.notes);

    const int exerciseRow = m_exercises->currentRow();
    m_exercises->clear();
    for (int i = 0; i < exercises.size(); ++i)
        addCheckItem(m_exercises, exercises.at(i), member.exercisesDone.contains(i));
    m_exercises->setCurrentRow(std::min(exerciseRow, m_exercises->count() - 1));
    const int keptRow = m_kept->currentRow();
    m_kept->clear();
    for (const Commitment& c : member.due)
        addCheckItem(m_kept, c.text, c.kept.value_or(false));
    if (member.due.isEmpty()) {
        auto* none = new QListWidgetItem(tr("None were due at this meeting."), m_kept);
        none->setFlags(Qt::NoItemFlags);
    }
    m_kept->setCurrentRow(std::min(keptRow, int(member.due.size()) - 1));
    if (commitmentTexts() != member.newCommitments)
        m_commitments->setPlainText(member.newCommitments.join(u'\n'));
    m_loading = false;
}

QString MemberRoundPanel::notesText() const
{
    return m_notes->toPlainText().trimmed();
}

QStringList MemberRoundPanel::commitmentTexts() const
{
    QStringList texts;
    for (const QString& line : m_commitments->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty() && !texts.contains(line.trimmed()))
            texts.append(line.trimmed());
    }
    return texts;
}

void MemberRoundPanel::focusNotes()
{
    m_notes->setFocus(Qt::OtherFocusReason);
}

void MemberRoundPanel::setTimebox(const QString& text, bool timeUp)
{
    m_timebox->setText(text);
    meetingstyle::setAlert(m_timebox, timeUp);
}

void MemberRoundPanel::setReadOnly(bool readOnly)
{
    m_notes->setReadOnly(readOnly);
    m_commitments->setReadOnly(readOnly);
    m_exercises->setEnabled(!readOnly);
    m_kept->setEnabled(!readOnly);
}

} // namespace outloud
