// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContributionDialog.h"

#include "contributions/ContributionService.h"
#include "people/PeopleService.h"
#include "undo/Editor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

ContributionDialog::ContributionDialog(
    Editor& editor, const Contribution& contribution, qint64 memberId, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_contribution(contribution)
{
    setObjectName(u"contributionDialog"_s);
    setWindowTitle(tr("Edit a contribution"));
    m_date = new QDateEdit(contribution.date, this);
    m_date->setObjectName(u"editDate"_s);
    m_date->setCalendarPopup(true);
    m_person = new QComboBox(this);
    m_person->setObjectName(u"editPerson"_s);
    for (const Person& p : PeopleService(editor.database()).people(memberId))
        m_person->addItem(p.name, p.id);
    m_person->setCurrentIndex(std::max(0, m_person->findData(contribution.personId)));
    m_direction = new QComboBox(this);
    m_direction->setObjectName(u"editDirection"_s);
    m_direction->addItem(directionName(Direction::Given), int(Direction::Given));
    m_direction->addItem(directionName(Direction::Received), int(Direction::Received));
    m_direction->setCurrentIndex(int(contribution.direction));
    ContributionService log(editor.database());
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"editKind"_s);
    for (const ContributionKind& k : log.kinds())
        m_kind->addItem(k.displayName(), k.id);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(contribution.kindId)));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"editChannel"_s);
    m_channel->addItem(tr("(not recorded)"), qint64(-1));
    for (const Channel& c : log.channels())
        m_channel->addItem(c.displayName(), c.id);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(contribution.channelId)));
    m_brought = new QComboBox(this);
    m_brought->setObjectName(u"editBrought"_s);
    for (Brought b : {Brought::Nothing, Brought::Help, Brought::Inspiration, Brought::Recognition})
        m_brought->addItem(b == Brought::Nothing ? tr("(nothing noted)") : broughtName(b), int(b));
    m_brought->setCurrentIndex(std::max(0, m_brought->findData(int(contribution.brought))));
    auto updateBrought = [this] {
        const bool received = m_direction->currentData().toInt() == int(Direction::Received);
        m_brought->setEnabled(received);
        if (!received)
            m_brought->setCurrentIndex(0);
    };
    connect(m_direction, &QComboBox::currentIndexChanged, this, updateBrought);
    updateBrought();
    m_note = new QLineEdit(contribution.note, this);
    m_note->setObjectName(u"editNote"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("Di&rection:"), m_direction);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("What it &brought:"), m_brought);
    form->addRow(tr("&Note:"), m_note);
    m_error = new QLabel(this);
    m_error->setObjectName(u"editError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: palette(link); font-weight: bold;"_s);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"editSave"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContributionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContributionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ContributionDialog::accept()
{
    Contribution c = m_contribution;
    c.date = m_date->date();
    c.personId = m_person->currentData().toLongLong();
    c.direction = Direction(m_direction->currentData().toInt());
    c.kindId = m_kind->currentData().toLongLong();
    c.channelId = m_channel->currentData().toLongLong();
    c.brought = Brought(m_brought->currentData().toInt());
    c.note = m_note->text();
    QString error;
    if (!m_editor.updateContribution(c, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace outloud
