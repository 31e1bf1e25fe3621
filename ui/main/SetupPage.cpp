// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupPage.h"

#include "circle/CircleService.h"
#include "goal/GoalService.h"
#include "people/PeopleService.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
QStringList lines(const QPlainTextEdit* edit)
{
    QStringList result;
    const QStringList all = edit->toPlainText().split(u'\n');
    for (const QString& line : all) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}
} // namespace

SetupPage::SetupPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"setupPage"_s);
    QGroupBox* circleBox = createCircleForm();
    QGroupBox* membersBox = createMembersForm();
    QGroupBox* goalBox = createGoalForm();
    createErrorLabel();
    createSteps(circleBox, membersBox, goalBox);
    layOut(createButtons());
    updateButtons();
    refreshFacilitators();
}

QGroupBox* SetupPage::createCircleForm()
{
    auto* circleBox = new QGroupBox(tr("Your circle"), this);
    auto* circleForm = new QFormLayout(circleBox);
    m_circleName = new QLineEdit(circleBox);
    m_circleName->setObjectName(u"setupCircleName"_s);
    m_circleName->setPlaceholderText(tr("e.g. Tuesday Circle"));
    m_startDate = new QDateEdit(QDate::currentDate(), circleBox);
    m_startDate->setObjectName(u"setupStartDate"_s);
    m_startDate->setCalendarPopup(true);
    m_weekday = new QComboBox(circleBox);
    m_weekday->setObjectName(u"setupWeekday"_s);
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);
    m_weekday->setCurrentIndex(QDate::currentDate().dayOfWeek() - 1);
    m_time = new QTimeEdit(QTime(12, 0), circleBox);
    m_time->setObjectName(u"setupTime"_s);
    m_weeks = new QSpinBox(circleBox);
    m_weeks->setRange(1, 52);
    m_weeks->setValue(12);
    m_weeks->setSuffix(tr(" weeks"));
    circleForm->addRow(tr("&Name:"), m_circleName);
    circleForm->addRow(tr("First meeting on or after:"), m_startDate);
    circleForm->addRow(tr("Meets on:"), m_weekday);
    circleForm->addRow(tr("At:"), m_time);
    circleForm->addRow(tr("Runs for:"), m_weeks);
    return circleBox;
}

QGroupBox* SetupPage::createMembersForm()
{
    auto* membersBox = new QGroupBox(tr("Members"), this);
    auto* membersForm = new QFormLayout(membersBox);
    m_myName = new QLineEdit(membersBox);
    m_myName->setObjectName(u"setupMyName"_s);
    m_others = new QPlainTextEdit(membersBox);
    m_others->setObjectName(u"setupOthers"_s);
    m_others->setPlaceholderText(tr("One name a line"));
    m_others->setTabChangesFocus(true);
    m_others->setMaximumHeight(100);
    m_facilitator = new QComboBox(membersBox);
    m_facilitator->setObjectName(u"setupFacilitator"_s);
    m_memberWarning = new QLabel(membersBox);
    m_memberWarning->setObjectName(u"setupMemberWarning"_s);
    m_memberWarning->setWordWrap(true);
    m_memberWarning->setTextFormat(Qt::PlainText);
    membersForm->addRow(tr("My name:"), m_myName);
    membersForm->addRow(tr("The others:"), m_others);
    membersForm->addRow(tr("Facilitator:"), m_facilitator);
    membersForm->addRow(m_memberWarning);
    connect(m_myName, &QLineEdit::textChanged, this, &SetupPage::refreshFacilitators);
    // The "enter your name" error goes as soon as there is a name.
    connect(m_myName, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!text.trimmed().isEmpty())
            m_error->hide();
    });
    connect(m_others, &QPlainTextEdit::textChanged, this, &SetupPage::refreshFacilitators);
    return membersBox;
}

QGroupBox* SetupPage::createGoalForm()
{
    auto* goalBox = new QGroupBox(tr("My goal (you can change it any time)"), this);
    auto* goalForm = new QFormLayout(goalBox);
    m_accomplish = new QLineEdit(goalBox);
    m_accomplish->setObjectName(u"setupAccomplish"_s);
    m_why = new QLineEdit(goalBox);
    m_progress = new QLineEdit(goalBox);
    m_target = new QSpinBox(goalBox);
    m_target->setRange(0, 100);
    m_target->setValue(3);
    m_target->setSuffix(tr(" a week"));
    m_firstPeople = new QPlainTextEdit(goalBox);
    m_firstPeople->setObjectName(u"setupFirstPeople"_s);
    m_firstPeople->setPlaceholderText(tr("Who is related to your goal? One name a line"));
    m_firstPeople->setTabChangesFocus(true);
    m_firstPeople->setMaximumHeight(100);
    goalForm->addRow(tr("What am I trying to accomplish?"), m_accomplish);
    goalForm->addRow(tr("Why does it matter to me?"), m_why);
    goalForm->addRow(tr("What would progress in twelve weeks look like?"), m_progress);
    goalForm->addRow(tr("Contributions I aim for:"), m_target);
    return goalBox;
}

void SetupPage::createErrorLabel()
{
    m_error = new QLabel(this);
    m_error->setObjectName(u"setupError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: palette(link); font-weight: bold;"_s);
    m_error->hide();
}

void SetupPage::createSteps(QGroupBox* circleBox, QGroupBox* membersBox, QGroupBox* goalBox)
{
    // Step 1: the circle and its members; step 2: my goal; step 3: who is related to it.
    auto* circleStep = new QWidget;
    auto* circleLayout = new QVBoxLayout(circleStep);
    circleLayout->setContentsMargins(0, 0, 0, 0);
    circleLayout->addWidget(circleBox);
    circleLayout->addWidget(membersBox);
    auto* goalStep = new QWidget;
    auto* goalLayout = new QVBoxLayout(goalStep);
    goalLayout->setContentsMargins(0, 0, 0, 0);
    goalLayout->addWidget(goalBox);
    auto* peopleBox = new QGroupBox(tr("Who is related to my goal?"), this);
    auto* peopleLayout = new QVBoxLayout(peopleBox);
    auto* peopleHint = new QLabel(
        tr("People who could help, or who do similar work: ten to twenty is a good start. "
           "Next you will think about how you can contribute to them."),
        peopleBox);
    peopleHint->setWordWrap(true);
    peopleLayout->addWidget(peopleHint);
    m_firstPeople->setMaximumHeight(QWIDGETSIZE_MAX);
    peopleLayout->addWidget(m_firstPeople);
    auto* peopleStep = new QWidget;
    auto* peopleStepLayout = new QVBoxLayout(peopleStep);
    peopleStepLayout->setContentsMargins(0, 0, 0, 0);
    peopleStepLayout->addWidget(peopleBox);

    m_steps = new QStackedWidget(this);
    m_steps->setObjectName(u"setupSteps"_s);
    m_steps->addWidget(circleStep);
    m_steps->addWidget(goalStep);
    m_steps->addWidget(peopleStep);

    m_stepTitle = new QLabel(this);
    m_stepTitle->setObjectName(u"setupStepTitle"_s);
}

QHBoxLayout* SetupPage::createButtons()
{
    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(u"setupBackButton"_s);
    m_skip = new QPushButton(tr("&Skip this step"), this);
    m_skip->setObjectName(u"setupSkipButton"_s);
    m_skip->setToolTip(tr("Fill this in later; sensible defaults are used"));
    m_next = new QPushButton(tr("&Next"), this);
    m_next->setObjectName(u"setupNextButton"_s);
    m_create = new QPushButton(tr("&Create my circle"), this);
    m_create->setObjectName(u"setupCreateButton"_s);
    m_create->setDefault(true);
    auto* demo = new QPushButton(tr("Open the &demo circle instead"), this);
    demo->setObjectName(u"setupDemoButton"_s);
    m_demo = demo;
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"setupCancelButton"_s);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &SetupPage::canceled);
    connect(m_back, &QPushButton::clicked, this, &SetupPage::back);
    connect(m_skip, &QPushButton::clicked, this, &SetupPage::skip);
    connect(m_next, &QPushButton::clicked, this, &SetupPage::next);
    connect(m_create, &QPushButton::clicked, this, &SetupPage::create);
    connect(demo, &QPushButton::clicked, this, &SetupPage::openDemoRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(demo);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_next);
    buttons->addWidget(m_create);
    return buttons;
}

void SetupPage::layOut(QHBoxLayout* buttons)
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    auto* title = new QLabel(tr("Start my own circle"), content);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_steps);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addStretch(1);
    // One width for all three steps: the page does not jump as the steps change.
    content->setFixedWidth(std::max(760, content->sizeHint().width()));

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* center = new QWidget;
    auto* centerLayout = new QHBoxLayout(center);
    centerLayout->addWidget(content, 0, Qt::AlignHCenter);
    scroll->setWidget(center);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void SetupPage::setCancelable(bool cancelable)
{
    m_cancel->setVisible(cancelable);
    m_demo->setVisible(!cancelable);
}

int SetupPage::step() const
{
    return m_steps->currentIndex();
}

void SetupPage::updateButtons()
{
    const int i = m_steps->currentIndex();
    const QStringList titles = {tr("Step 1 of 3: your circle and its members"),
        tr("Step 2 of 3: what am I trying to accomplish?"),
        tr("Step 3 of 3: who is related to my goal?")};
    m_stepTitle->setText(titles.value(i));
    m_back->setEnabled(i > 0);
    m_next->setVisible(i < m_steps->count() - 1);
    // Step 1 needs a name; the goal step can wait (the last step has Create).
    m_skip->setVisible(i > 0 && i < m_steps->count() - 1);
    m_error->hide();
}

void SetupPage::next()
{
    if (m_steps->currentIndex() == 0 && m_myName->text().trimmed().isEmpty()) {
        m_error->setText(tr("Please enter your name."));
        m_error->show();
        m_myName->setFocus();
        return;
    }
    m_steps->setCurrentIndex(std::min(m_steps->currentIndex() + 1, int(m_steps->count()) - 1));
    updateButtons();
}

void SetupPage::back()
{
    m_steps->setCurrentIndex(std::max(0, m_steps->currentIndex() - 1));
    updateButtons();
}

void SetupPage::skip()
{
    if (m_steps->currentIndex() == 0) {
        // Defaults that the Circle page can change later.
        if (m_circleName->text().trimmed().isEmpty())
            m_circleName->setText(tr("My circle"));
        if (m_myName->text().trimmed().isEmpty())
            m_myName->setText(tr("Me"));
    }
    m_steps->setCurrentIndex(std::min(m_steps->currentIndex() + 1, int(m_steps->count()) - 1));
    updateButtons();
}

QStringList SetupPage::memberNames() const
{
    QStringList names;
    names << m_myName->text().trimmed();
    names << lines(m_others);
    return names;
}

void SetupPage::refreshFacilitators()
{
    const QString current = m_facilitator->currentText();
    m_facilitator->clear();
    const QStringList names = memberNames();
    for (const QString& name : names) {
        if (!name.isEmpty())
            m_facilitator->addItem(name);
    }
    const int index = m_facilitator->findText(current);
    m_facilitator->setCurrentIndex(index >= 0 ? index : 0);
    m_memberWarning->setText(CircleService::memberCountWarning(int(m_facilitator->count())));
}

bool SetupPage::writeGoal(qint64 memberId, QString* error)
{
    if (m_accomplish->text().trimmed().isEmpty())
        return true;
    GoalRevision goal;
    goal.memberId = memberId;
    goal.accomplish = m_accomplish->text();
    goal.why = m_why->text();
    goal.progress = m_progress->text();
    goal.weeklyTarget = m_target->value();
    return GoalService(*m_db).reviseGoal(goal, error) > 0;
}

bool SetupPage::writeFirstPeople(qint64 memberId, QString* error)
{
    PeopleService people(*m_db);
    const QStringList firstPeople = lines(m_firstPeople);
    for (const QString& name : firstPeople) {
        Person p;
        p.memberId = memberId;
        p.name = name;
        QString problem;
        if (people.add(p, &problem) < 0)
            return fail(error, tr("%1: %2").arg(name, problem));
    }
    return true;
}

bool SetupPage::create()
{
    auto showError = [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
        return false;
    };
    if (!m_db)
        return showError(tr("No database is open."));
    if (m_myName->text().trimmed().isEmpty()) {
        m_steps->setCurrentIndex(0);
        updateButtons();
        m_myName->setFocus();
        return showError(tr("Please enter your name."));
    }
    Circle circle;
    circle.name = m_circleName->text().trimmed().isEmpty() ? tr("My circle")
                                                           : m_circleName->text().trimmed();
    circle.startDate = m_startDate->date();
    circle.meetingWeekday = m_weekday->currentData().toInt();
    circle.meetingTime = m_time->time();
    circle.lengthWeeks = m_weeks->value();
    const QStringList names = memberNames();

    QString error;
    // One write: the circle, the goal and the first people are all there, or none is.
    qint64 circleId = -1;
    const bool ok = m_db->write(
        {},
        [&](QSqlQuery&) {
            CircleService circles(*m_db);
            circleId = circles.createCircle(
                circle, names, 0, int(names.indexOf(m_facilitator->currentText())), &error);
            if (circleId < 0)
                return false;
            const qint64 me = circles.meId(circleId);
            return writeGoal(me, &error) && writeFirstPeople(me, &error);
        },
        &error);
    if (!ok)
        return showError(error);
    m_createdCircleId = circleId;
    m_error->hide();
    Q_EMIT finished();
    return true;
}

} // namespace outloud
