// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/Person.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace outloud {

class Editor;

/// Adds or edits one person of a relationship list. Problems (an empty name, a
/// duplicate) show inline and keep the dialog open; nothing is saved half.
class PersonDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p person.id < 0 adds a new person to @p person.memberId's list.
    PersonDialog(Editor& editor, const Person& person, QWidget* parent = nullptr);

    /// The saved person's id after accept().
    qint64 personId() const { return m_person.id; }

    void accept() override;

private:
    Editor& m_editor;
    Person m_person;
    QLineEdit* m_name;
    QLineEdit* m_organization;
    QLineEdit* m_role;
    QLineEdit* m_relation;
    QLineEdit* m_email;
    QLineEdit* m_url;
    QLineEdit* m_channels;
    QLineEdit* m_tags;
    QComboBox* m_closeness;
    QComboBox* m_keepInTouch;
    QComboBox* m_introducedBy;
    QPlainTextEdit* m_notes;
    QLabel* m_error;
};

} // namespace outloud
