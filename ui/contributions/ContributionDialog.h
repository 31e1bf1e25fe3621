// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contributions/Contribution.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace outloud {

class Editor;

/// Corrects a logged contribution; the change is one undo step.
class ContributionDialog : public QDialog
{
    Q_OBJECT
public:
    ContributionDialog(Editor& editor, const Contribution& contribution, qint64 memberId,
        QWidget* parent = nullptr);
    void accept() override;

private:
    Editor& m_editor;
    Contribution m_contribution;
    QDateEdit* m_date;
    QComboBox* m_person;
    QComboBox* m_direction;
    QComboBox* m_kind;
    QComboBox* m_channel;
    QComboBox* m_brought;
    QLineEdit* m_note;
    QLabel* m_error;
};

} // namespace outloud
