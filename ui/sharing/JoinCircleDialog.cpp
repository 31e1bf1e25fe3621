// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JoinCircleDialog.h"

#include "io/FileIo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
QLabel* plain(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // names come from someone else's file
    label->setWordWrap(true);
    return label;
}
} // namespace

std::optional<sharing::Invitation> JoinCircleDialog::readInvitation(
    const QString& path, QString* error)
{
    QByteArray bytes;
    if (!io::readInputFile(path, &bytes, error))
        return std::nullopt;
    return sharing::parseInvitation(bytes, error);
}

JoinCircleDialog::JoinCircleDialog(Database& db, sharing::Invitation invitation, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_invitation(std::move(invitation))
{
    setObjectName(u"joinCircleDialog"_s);
    setWindowTitle(tr("Join a circle"));
    setMinimumWidth(440); // the explanation wraps into a readable paragraph
    const Circle& c = m_invitation.circle;
    const QLocale locale;
    auto* form = new QFormLayout;
    auto* name = plain(c.name, this);
    name->setObjectName(u"joinCircleName"_s);
    QFont big = name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    name->setFont(big);
    form->addRow(tr("Circle:"), name);
    form->addRow(tr("Meetings:"),
        plain(tr("%1 weeks, %2s at %3, from %4")
                  .arg(c.lengthWeeks)
                  .arg(locale.dayName(c.meetingWeekday))
                  .arg(locale.toString(c.meetingTime, QLocale::ShortFormat))
                  .arg(locale.toString(c.firstMeetingDate(), QLocale::LongFormat)),
            this));
    QStringList names;
    for (const sharing::InvitedMember& m : m_invitation.members)
        names.append(m.facilitator ? tr("%1 (facilitator)").arg(m.name) : m.name);
    form->addRow(tr("Members:"), plain(names.join(u", "_s), this));
    m_me = new QComboBox(this);
    m_me->setObjectName(u"joinMeCombo"_s);
    m_me->addItem(tr("Choose…"), QString());
    for (const sharing::InvitedMember& m : m_invitation.members)
        m_me->addItem(m.name, m.uid);
    form->addRow(tr("I am:"), m_me);

    auto* explain = plain(tr("The circle, its meetings and members come into your own "
                             "database. Your goal, list and contributions stay yours: "
                             "nothing is sent anywhere by joining."),
        this);
    m_error = plain(QString(), this);
    m_error->setObjectName(u"joinError"_s);
    m_error->setStyleSheet(u"color: #b3261e"_s);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* join = buttons->addButton(tr("Join"), QDialogButtonBox::AcceptRole);
    join->setObjectName(u"joinButton"_s);
    join->setEnabled(false);
    connect(m_me, &QComboBox::currentIndexChanged, this,
        [this, join] { join->setEnabled(!m_me->currentData().toString().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explain);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void JoinCircleDialog::accept()
{
    QString error;
    m_outcome
        = sharing::SharingService(m_db).join(m_invitation, m_me->currentData().toString(), &error);
    if (!m_outcome) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace outloud
