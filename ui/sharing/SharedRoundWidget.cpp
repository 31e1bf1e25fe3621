// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedRoundWidget.h"

#include "common/WrappedLabel.h"
#include "sharing/SharingService.h"
#include "storage/Database.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
QSpinBox* countBox(QWidget* parent, const QString& name, int value)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 999);
    box->setValue(value);
    return box;
}

QLabel* plainLabel(QWidget* parent, const QString& name)
{
    auto* label = new WrappedLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

SharedRoundWidget::SharedRoundWidget(Database& db, qint64 circleId, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_circleId(circleId)
{
    // The labels' type is meeting mode's (its notes' step), set where it lays them out.
    m_source = plainLabel(this, u"sharedSourceLabel"_s);
    m_report = new QPushButton(this);
    m_report->setObjectName(u"reportButton"_s);
    m_report->setToolTip(tr("Type in the figures the member reports in the round, when their "
                            "card is not in a shared folder"));
    connect(m_report, &QPushButton::clicked, this, &SharedRoundWidget::editReported);
    m_notes = plainLabel(this, u"sharedFolderNotes"_s);
    m_notes->setToolTip(tr("Files in the shared folder that were not used"));

    auto* line = new QHBoxLayout;
    line->addWidget(m_source, 1);
    line->addWidget(m_report, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addWidget(m_notes);
}

void SharedRoundWidget::setMember(qint64 memberId, int week)
{
    m_memberId = memberId;
    m_week = week;
    reload();
}

void SharedRoundWidget::showMember(qint64 memberId)
{
    m_memberId = memberId;
    showFigures();
}

void SharedRoundWidget::reload()
{
    m_figures = sharing::circleFigures(m_db, m_circleId, m_week);
    showFigures();
}

void SharedRoundWidget::showFigures()
{
    const sharing::MemberFigures* f = m_figures.find(m_memberId);
    const QDateTime now = m_db.now();
    QString text;
    const bool other = f && !f->isMe;
    if (f && f->source == sharing::MemberFigures::Source::Card) {
        QStringList parts {tr("From %1's card, %2").arg(f->name, sharing::asOfText(f->asOf, now))};
        if (f->card->has(sharing::StreakPart))
            parts.append(tr("streak: %1").arg(f->card->streak));
        if (f->card->has(sharing::HabitPart))
            parts.append(tr("habit strength %1 %").arg(qRound(f->card->habitStrength * 100)));
        if (!f->round.hasCounts)
            parts.append(tr("counts not shared"));
        text = parts.join(u"  ·  "_s);
    } else if (f && f->source == sharing::MemberFigures::Source::Server) {
        // An organization server shares these with the circle; the list itself stays hidden.
        const OrgMemberFigures& o = *f->server;
        QStringList parts {tr("Shared on the server by %1").arg(f->name),
            tr("streak: %1").arg(o.progress.streak),
            tr("habit strength %1 %").arg(qRound(o.progress.score * 100))};
        if (!o.accomplish.isEmpty())
            parts.append(tr("goal: %1").arg(o.accomplish));
        text = parts.join(u"  ·  "_s);
    } else if (f && f->source == sharing::MemberFigures::Source::Reported) {
        text = tr("Reported in the round, %1").arg(sharing::whenText(f->asOf, now));
    } else if (other) {
        text = tr("No card from %1 in a shared folder.").arg(f->name);
    }
    m_source->setText(text);
    m_source->setVisible(!text.isEmpty());
    // On a server the figures are the member's own: nothing to type in from the round.
    m_report->setVisible(other && f->source != sharing::MemberFigures::Source::Server);
    // Short: it sits at the end of the line.
    m_report->setText(tr("Reported…"));
    // Elided by the panel's width; the whole list is in the tooltip.
    m_notes->setText(tr("Skipped in the shared folder: %1").arg(m_figures.notes.join(u"; "_s)));
    m_notes->setToolTip(m_figures.notes.join(u'\n'));
    m_notes->setVisible(!m_figures.notes.isEmpty());
}

void SharedRoundWidget::applyTo(MemberCapture& member) const
{
    const sharing::MemberFigures* f = m_figures.find(member.memberId);
    if (!f || f->source == sharing::MemberFigures::Source::Local)
        return;
    if (f->round.hasCounts) {
        member.numbers.given = f->round.given;
        member.numbers.received = f->round.received;
    }
    if (f->round.hasCommitments) {
        member.numbers.commitmentsDue = f->round.commitmentsDue;
        member.numbers.commitmentsKept = f->round.commitmentsKept;
    }
}

void SharedRoundWidget::editReported()
{
    const sharing::MemberFigures* f = m_figures.find(m_memberId);
    if (!f)
        return;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"reportDialog"_s);
    dialog->setWindowTitle(tr("What %1 reports").arg(f->name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<sharing::ReportedRound> r
        = sharing::SharingService(m_db).reported(m_memberId, m_week);
    const sharing::RoundFigures& round = f->round;
    auto* given = countBox(dialog, u"reportedGiven"_s, r ? r->given : round.given);
    auto* received = countBox(dialog, u"reportedReceived"_s, r ? r->received : round.received);
    auto* due = countBox(dialog, u"reportedDue"_s, r ? r->commitmentsDue : round.commitmentsDue);
    auto* kept
        = countBox(dialog, u"reportedKept"_s, r ? r->commitmentsKept : round.commitmentsKept);
    auto* form = new QFormLayout;
    form->addRow(tr("Contributions &given since the last meeting:"), given);
    form->addRow(tr("Contributions &received:"), received);
    form->addRow(tr("Commitments &due at this meeting:"), due);
    form->addRow(tr("Commitments &kept:"), kept);
    auto* error = plainLabel(dialog, u"reportError"_s);
    error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton* save = buttons->addButton(tr("Save as reported"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"saveReportedButton"_s);
    save->setDefault(true);
    QPushButton* clear = buttons->addButton(tr("Clear"), QDialogButtonBox::DestructiveRole);
    clear->setObjectName(u"clearReportedButton"_s);
    clear->setEnabled(r.has_value());
    const auto store = [this, dialog, error](
                           const std::optional<sharing::ReportedRound>& reported) {
        QString message;
        if (!sharing::SharingService(m_db).setReported(m_memberId, m_week, reported, &message)) {
            error->setText(message);
            error->show();
            return;
        }
        dialog->accept();
        reload();
        Q_EMIT figuresChanged();
    };
    connect(save, &QPushButton::clicked, dialog, [store, given, received, due, kept] {
        store(sharing::ReportedRound {
            given->value(), received->value(), due->value(), kept->value(), {}});
    });
    connect(clear, &QPushButton::clicked, dialog, [store] { store(std::nullopt); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->open();
}

} // namespace outloud
