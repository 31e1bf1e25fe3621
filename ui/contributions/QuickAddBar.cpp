// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickAddBar.h"

#include "MeasuredComboBox.h"
#include "common/AfterFirstPaint.h"
#include "common/MessageBox.h"
#include "common/WhenShown.h"
#include "contributions/ContributionService.h"
#include "people/PeopleService.h"
#include "storage/Database.h"
#include "undo/Editor.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStringListModel>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QUndoStack>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace outloud {

QuickAddBar::QuickAddBar(Editor& editor, qint64 memberId, const QList<ContributionKind>& kinds,
    const QList<Channel>& channels, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_memberId(memberId)
{
    setObjectName(u"quickAddBar"_s);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"quickDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date"));
    m_person = new QLineEdit(this);
    m_person->setObjectName(u"quickPerson"_s);
    m_person->setPlaceholderText(tr("Who? (Ctrl+N)"));
    m_person->setAccessibleName(tr("Person"));
    m_person->setToolTip(
        tr("Type a few letters and pick from the list; a new name adds the person"));
    // The names and their completer come with the names (ensureNames()).
    m_names = new QStringListModel(this);
    m_direction = new MeasuredComboBox(this);
    m_direction->setObjectName(u"quickDirection"_s);
    m_direction->setAccessibleName(tr("Direction"));
    m_direction->setToolTip(tr("G for given, R for received"));
    m_direction->addItem(tr("Given"), int(Direction::Given));
    m_direction->addItem(tr("Received"), int(Direction::Received));
    m_kind = new MeasuredComboBox(this);
    m_kind->setObjectName(u"quickKind"_s);
    m_kind->setAccessibleName(tr("Kind of contribution"));
    m_kind->setToolTip(tr("Type the first letters of the kind"));
    m_channel = new MeasuredComboBox(this);
    m_channel->setObjectName(u"quickChannel"_s);
    m_channel->setAccessibleName(tr("Channel"));
    m_brought = new MeasuredComboBox(this);
    m_brought->setObjectName(u"quickBrought"_s);
    m_brought->setAccessibleName(tr("What it brought"));
    m_brought->addItem(tr("Brought…"), int(Brought::Nothing));
    m_brought->addItem(broughtName(Brought::Help), int(Brought::Help));
    m_brought->addItem(broughtName(Brought::Inspiration), int(Brought::Inspiration));
    m_brought->addItem(broughtName(Brought::Recognition), int(Brought::Recognition));
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"quickNote"_s);
    m_note->setPlaceholderText(tr("Note (optional)"));
    m_note->setAccessibleName(tr("Note"));
    auto* save = new QPushButton(tr("&Log it"), this);
    save->setObjectName(u"quickSave"_s);
    save->setToolTip(tr("Save (Enter)"));
    connect(save, &QPushButton::clicked, this, &QuickAddBar::save);
    m_error = new QLabel(this);
    m_error->setObjectName(u"quickError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    // Bold, in the link colour (set as it shows, from the palette then): no style sheet, whose
    // style is set up for the label before the bar's first paint.
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();

    for (const ContributionKind& k : kinds)
        m_kind->addItem(k.displayName(), k.id);
    m_channel->addItem(tr("Channel…"), qint64(-1));
    for (const Channel& c : channels)
        m_channel->addItem(c.displayName(), c.id);

    // Enter saves from any field of the bar.
    for (QWidget* w : {static_cast<QWidget*>(m_date), static_cast<QWidget*>(m_person),
             static_cast<QWidget*>(m_direction), static_cast<QWidget*>(m_kind),
             static_cast<QWidget*>(m_channel), static_cast<QWidget*>(m_brought),
             static_cast<QWidget*>(m_note)})
        w->installEventFilter(this);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &QuickAddBar::updateBrought);

    // The fields' hints read whole; the kind and channel lists give up width for them
    // (their longest entries show in the open list).
    for (QLineEdit* edit : {m_person, m_note}) {
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText())
            + edit->fontMetrics().horizontalAdvance(u'M')
            + 2 * edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit));
    }
    for (QComboBox* box : {m_kind, m_channel}) {
        QStyleOptionComboBox option;
        option.initFrom(box);
        box->setMinimumWidth(
            box->style()
                ->sizeFromContents(QStyle::CT_ComboBox, &option,
                    QSize(box->fontMetrics().horizontalAdvance(box->itemText(0)), 0), box)
                .width()
            + box->fontMetrics().horizontalAdvance(u'M'));
    }

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_date, 0, 0);
    grid->addWidget(m_person, 0, 1);
    grid->addWidget(m_direction, 0, 2);
    grid->addWidget(m_kind, 0, 3);
    grid->addWidget(m_channel, 0, 4);
    grid->addWidget(m_brought, 0, 5);
    grid->addWidget(m_note, 0, 6);
    grid->addWidget(save, 0, 7);
    grid->addWidget(m_error, 1, 0, 1, 8);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(6, 3);

    // The names to complete, once read, are read again when the bar can be seen (not for
    // each edit made while another page shows).
    auto* peopleWhenShown = new WhenShown(this, [this] {
        if (m_namesRead)
            refreshPeople();
    });
    connect(&editor.database(), &Database::changed, this, [peopleWhenShown](Database::Tables t) {
        if (t & Database::People)
            peopleWhenShown->request();
    });
    // Nothing on screen shows the names: they are read after the bar first paints, or at
    // once when the person field is used before that.
    afterFirstPaint(this, [this] { ensureNames(); });
    connect(m_person, &QLineEdit::textEdited, this, &QuickAddBar::ensureNames);
    updateBrought();
}

void QuickAddBar::refreshPeople()
{
    if (!m_namesRead) {
        // Made with the names, not before the bar's first paint, which shows none of them.
        auto* completer = new QCompleter(m_names, this);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_person->setCompleter(completer);
    }
    m_namesRead = true;
    m_names->setStringList(PeopleService(m_editor.database()).names(m_memberId));
}

void QuickAddBar::ensureNames()
{
    if (!m_namesRead)
        refreshPeople();
}

void QuickAddBar::updateBrought()
{
    const bool received = m_direction->currentData().toInt() == int(Direction::Received);
    m_brought->setEnabled(received);
    if (!received)
        m_brought->setCurrentIndex(0);
}

void QuickAddBar::setToday(QDate today)
{
    m_today = today;
    m_date->setDate(today);
}

namespace {
// Edits (insert, delete, replace) between two short strings, case-insensitive.
int editDistance(const QString& a, const QString& b)
{
    const QString x = a.toCaseFolded();
    const QString y = b.toCaseFolded();
    QList<int> row(y.size() + 1);
    for (qsizetype j = 0; j <= y.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= x.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const int above = row[j];
            row[j]
                = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[y.size()];
}
} // namespace

QString QuickAddBar::closeName(const QString& name)
{
    ensureNames();
    // A typo is one or two letters off ("Eva Gren" for "Eva Green"); short names only one.
    const int allowed = name.size() >= 8 ? 2 : 1;
    QString best;
    int bestDistance = allowed + 1;
    for (const QString& other : m_names->stringList()) {
        if (std::abs(other.size() - name.size()) > allowed)
            continue;
        const int d = editDistance(name, other);
        if (d < bestDistance) {
            best = other;
            bestDistance = d;
        }
    }
    return best;
}

void QuickAddBar::focusPerson()
{
    ensureNames();
    m_person->setFocus(Qt::ShortcutFocusReason);
    m_person->selectAll();
}

void QuickAddBar::start(qint64 personId, Direction direction, qint64 kindId)
{
    ensureNames();
    if (const std::optional<Person> p = PeopleService(m_editor.database()).person(personId))
        m_person->setText(p->name);
    m_direction->setCurrentIndex(direction == Direction::Given ? 0 : 1);
    if (kindId > 0)
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(kindId)));
    m_kind->setFocus(Qt::OtherFocusReason);
}

bool QuickAddBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_person && event->type() == QEvent::FocusIn)
        ensureNames();
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        // In the person field, Enter first picks the highlighted completion.
        const bool popupOpen = watched == m_person && m_person->completer()
            && m_person->completer()->popup() && m_person->completer()->popup()->isVisible();
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !popupOpen) {
            save();
            return true;
        }
        if (watched == m_direction && (key->text() == tr("g") || key->text() == tr("G"))) {
            m_direction->setCurrentIndex(0);
            return true;
        }
        if (watched == m_direction && (key->text() == tr("r") || key->text() == tr("R"))) {
            m_direction->setCurrentIndex(1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuickAddBar::showError(const QString& message)
{
    if (!message.isEmpty()) {
        QPalette colours = palette();
        colours.setBrush(QPalette::WindowText, colours.brush(QPalette::Link));
        m_error->setPalette(colours);
    }
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

qint64 QuickAddBar::save()
{
    const QString name = m_person->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Who was it? Type a name."));
        m_person->setFocus();
        return -1;
    }
    Contribution c;
    c.date = m_date->date();
    c.direction = Direction(m_direction->currentData().toInt());
    c.kindId = m_kind->currentData().toLongLong();
    c.channelId = m_channel->currentData().toLongLong();
    c.brought = c.direction == Direction::Received ? Brought(m_brought->currentData().toInt())
                                                   : Brought::Nothing;
    c.note = m_note->text();

    PeopleService people(m_editor.database());
    qint64 personId = people.idByName(m_memberId, name);
    QString error;
    // Check the contribution before creating anybody, so a bad date adds no one.
    c.personId = personId > 0 ? personId : std::numeric_limits<qint64>::max();
    if (!ContributionService(m_editor.database()).validate(c, &error)) {
        showError(error);
        return -1;
    }
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QLocale locale;
    if (c.date > today
        && !(MessageBox::question(this, tr("Log a contribution"),
                 tr("%1 is in the future. Log the contribution for that day anyway?")
                     .arg(locale.toString(c.date, QLocale::LongFormat)))
            == QMessageBox::Yes)) {
        showError(tr("Not logged: choose the day it happened (today is %1).")
                      .arg(locale.toString(today, QLocale::ShortFormat)));
        m_date->setFocus();
        return -1;
    }
    if (personId < 0) {
        const QString similar = closeName(name);
        if (!similar.isEmpty()
            && !(MessageBox::question(this, tr("Log a contribution"),
                     tr("\"%1\" is not on your list, but \"%2\" is. Add \"%1\" as a new person?")
                         .arg(name, similar))
                == QMessageBox::Yes)) {
            // Offer the name on the list instead: Enter now logs for them.
            m_person->setText(similar);
            m_person->setFocus();
            showError(
                tr("Not logged. Did you mean %1? Press Enter to log it for them.").arg(similar));
            return -1;
        }
    }
    qint64 id = -1;
    const bool newPerson = personId < 0;
    if (newPerson) {
        // A new name: the person and the contribution in one transaction and one undo step.
        Person p;
        p.memberId = m_memberId;
        p.name = name;
        id = m_editor.addContributionWithNewPerson(p, c, &error);
    } else {
        c.personId = personId;
        id = m_editor.addContribution(c, &error);
    }
    if (id < 0) {
        showError(error);
        return -1;
    }
    showError(QString());
    // What happened, in words (the status bar shows it).
    const QString when = locale.toString(c.date, QLocale::ShortFormat);
    QString text = c.direction == Direction::Given
        ? tr("Logged: given to %1 on %2.").arg(name, when)
        : tr("Logged: received from %1 on %2.").arg(name, when);
    if (newPerson)
        text += u' ' + tr("%1 is new on your list.").arg(name);
    Q_EMIT message(text + u' ' + tr("Ctrl+Z takes it back."));
    m_person->clear();
    m_note->clear();
    m_brought->setCurrentIndex(0);
    // The day stays for the next entry (a batch from last week), a future one does not.
    if (c.date > today)
        m_date->setDate(today);
    m_person->setFocus();
    Q_EMIT saved(id);
    return id;
}

} // namespace outloud
