// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"welcomePage"_s);
    auto* title = new QLabel(tr("Welcome to Outloud"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(
        tr("Outloud keeps your Working Out Loud circle in one place: your goal, the people "
           "related to it, what you give and receive, and the twelve weekly meetings."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto* demo = new QPushButton(tr("Open a demo circle"), this);
    demo->setObjectName(u"openDemoButton"_s);
    demo->setToolTip(
        tr("Explore a circle of five in its seventh week, with made-up people and contributions"));
    auto* own = new QPushButton(tr("Start my own circle"), this);
    own->setObjectName(u"startOwnButton"_s);
    own->setToolTip(tr("Create your circle, your goal and your relationship list"));
    own->setDefault(true);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(own, &QPushButton::clicked, this, &WelcomePage::startOwnRequested);

    m_message = new QLabel(this);
    m_message->setObjectName(u"welcomeMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto* box = new QVBoxLayout;
    box->addWidget(title);
    box->addWidget(intro);
    box->addSpacing(16);
    box->addWidget(own);
    box->addWidget(demo);
    box->addWidget(m_message);
    auto* container = new QWidget(this);
    container->setLayout(box);
    // A fixed width lets the wrapped text take the height it needs (a maximum width with
    // centring gave it the height of a wider line, cutting it after a line and a half).
    container->setFixedWidth(560);

    // Wrapped text under a centring alignment gets the height of its one-line size hint:
    // give each wrapped label the height its text needs at the container's width.
    const QMargins margins = box->contentsMargins();
    m_textWidth = container->width() - margins.left() - margins.right();
    intro->setMinimumHeight(intro->heightForWidth(m_textWidth));

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(container, 0, Qt::AlignHCenter);
    outer->addStretch(2);
}

void WelcomePage::setMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setMinimumHeight(message.isEmpty() ? 0 : m_message->heightForWidth(m_textWidth));
    m_message->setVisible(!message.isEmpty());
}

} // namespace outloud
