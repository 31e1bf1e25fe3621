// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonDialog.h"

#include "people/Closeness.h"
#include "people/PeopleService.h"
#include "undo/Editor.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

PersonDialog::PersonDialog(Editor& editor, const Person& person, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_person(person)
{
    setObjectName(u"personDialog"_s);
    setWindowTitle(person.id > 0 ? tr("Edit %1").arg(person.name) : tr("Add a person"));
    auto field = [this](const QString& name, const QString& text, const QString& placeholder) {
        auto* edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_name = field(u"personName"_s, person.name, tr("Required"));
    m_organization = field(u"personOrganization"_s, person.organization, QString());
    m_role = field(u"personRole"_s, person.role, QString());
    m_relation = field(u"personRelation"_s, person.relation, tr("How they relate to my goal"));
    m_email = field(u"personEmail"_s, person.email, QString());
    m_url = field(u"personUrl"_s, person.url, u"https://"_s);
    m_channels = field(u"personChannels"_s, person.channels, tr("e.g. LinkedIn, e-mail"));
    m_tags = field(u"personTags"_s, person.tags, tr("Comma separated"));
    m_closeness = new QComboBox(this);
    m_closeness->setObjectName(u"personCloseness"_s);
    for (int level = closeness::Min; level <= closeness::Max; ++level)
        m_closeness->addItem(closeness::label(level), level);
    m_closeness->setCurrentIndex(person.closeness);
    m_introducedBy = new QComboBox(this);
    m_introducedBy->setObjectName(u"personIntroducedBy"_s);
    m_introducedBy->setEditable(true);
    m_introducedBy->setInsertPolicy(QComboBox::NoInsert);
    m_introducedBy->addItem(tr("(nobody)"), qint64(-1));
    const QList<Person> others = PeopleService(editor.database()).people(person.memberId);
    for (const Person& other : others) {
        if (other.id != person.id)
            m_introducedBy->addItem(other.name, other.id);
    }
    m_introducedBy->completer()->setFilterMode(Qt::MatchContains);
    m_introducedBy->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_introducedBy->setCurrentIndex(std::max(0, m_introducedBy->findData(person.introducedBy)));
    m_notes = new QPlainTextEdit(person.notes, this);
    m_notes->setObjectName(u"personNotes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Relation to my &goal:"), m_relation);
    form->addRow(tr("&Closeness:"), m_closeness);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Web:"), m_url);
    form->addRow(tr("Reach them on:"), m_channels);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Introduced by:"), m_introducedBy);
    form->addRow(tr("N&otes:"), m_notes);
    // Tab follows the form from top to bottom (Closeness was created late and came after Tags).
    QWidget* previous = m_name;
    for (QWidget* next : std::initializer_list<QWidget*> {m_organization, m_role, m_relation,
             m_closeness, m_email, m_url, m_channels, m_tags, m_introducedBy, m_notes}) {
        setTabOrder(previous, next);
        previous = next;
    }

    m_error = new QLabel(this);
    m_error->setObjectName(u"personError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: palette(link); font-weight: bold;"_s);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"personSave"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_name->setFocus();
}

void PersonDialog::accept()
{
    Person p = m_person;
    p.name = m_name->text();
    p.organization = m_organization->text();
    p.role = m_role->text();
    p.relation = m_relation->text();
    p.email = m_email->text();
    p.url = m_url->text();
    p.channels = m_channels->text();
    p.tags = m_tags->text();
    p.notes = m_notes->toPlainText();
    p.closeness = m_closeness->currentData().toInt();
    // The combo is editable for searching; only a listed name counts.
    const int introducer = m_introducedBy->findText(m_introducedBy->currentText());
    p.introducedBy = introducer > 0 ? m_introducedBy->itemData(introducer).toLongLong() : -1;

    QString error;
    bool ok = false;
    if (p.id > 0) {
        ok = m_editor.updatePerson(p, &error);
    } else {
        p.id = m_editor.addPerson(p, &error);
        ok = p.id > 0;
    }
    if (!ok) {
        m_error->setText(error);
        m_error->show();
        m_name->setFocus();
        return;
    }
    m_person = p;
    QDialog::accept();
}

} // namespace outloud
