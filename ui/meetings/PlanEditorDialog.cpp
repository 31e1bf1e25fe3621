// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanEditorDialog.h"

#include "ScheduleCommands.h"
#include "meetings/PlanService.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

PlanEditorDialog::PlanEditorDialog(Database& db, qint64 circleId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_circleId(circleId)
{
    setObjectName(u"planEditor"_s);
    setWindowTitle(tr("The circle's week plan"));
    resize(900, 650);
    auto* layout = new QVBoxLayout(this);
    auto* help = new QLabel(
        tr("One \"key: value\" per line: title, then for each week: week, theme, exercise, "
           "agenda or round (MINUTES | what happens, 60 minutes a week) and prepare."),
        this);
    help->setWordWrap(true);
    help->setTextFormat(Qt::PlainText);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(u"planEdit"_s);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlainText(PlanService(m_db).planText(m_circleId));
    m_error = new QLabel(this);
    m_error->setObjectName(u"planErrorLabel"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"planButtons"_s);
    layout->addWidget(help);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanEditorDialog::reject);
}

void PlanEditorDialog::accept()
{
    QString error;
    const std::optional<QString> before = currentOwnPlan(m_db, m_circleId);
    if (!PlanService(m_db).setOwnPlan(m_circleId, m_edit->toPlainText(), &error)) {
        m_error->setText(tr("Not saved: %1").arg(error));
        // Put the cursor on the line the message names.
        const QRegularExpressionMatch match = QRegularExpression(u"(\\d+)"_s).match(error);
        if (match.hasMatch()) {
            const QTextBlock block
                = m_edit->document()->findBlockByNumber(match.captured(1).toInt() - 1);
            if (block.isValid()) {
                m_edit->setTextCursor(QTextCursor(block));
                m_edit->setFocus();
            }
        }
        return;
    }
    if (m_undo)
        m_undo->push(new PlanCommand(
            m_db, m_circleId, tr("Edit the week plan"), before, currentOwnPlan(m_db, m_circleId)));
    QDialog::accept();
}

} // namespace outloud
