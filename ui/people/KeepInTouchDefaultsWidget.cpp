// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeepInTouchDefaultsWidget.h"

#include "people/Closeness.h"
#include "people/KeepInTouch.h"
#include "storage/Database.h"
#include "undo/Editor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace outloud {

KeepInTouchDefaultsWidget::KeepInTouchDefaultsWidget(Editor& editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(u"keepInTouchDefaults"_s);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Keep in touch, unless set for a person:"), this);
    form->addRow(title);
    for (int level = closeness::Min; level <= closeness::Max; ++level) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(u"keepInTouchDefault%1"_s.arg(level));
        combo->setAccessibleName(tr("Keep in touch at closeness %1").arg(level));
        for (int weeks : keepintouch::choices())
            combo->addItem(keepintouch::label(weeks), weeks);
        connect(combo, &QComboBox::activated, this, [this, level, combo] {
            QString error;
            if (!m_editor.setKeepInTouchDefault(level, combo->currentData().toInt(), &error)) {
                Q_EMIT message(error);
                refresh();
            }
        });
        form->addRow(closeness::label(level), combo);
        m_levels.append(combo);
    }
    connect(&editor.database(), &Database::changed, this, [this](Database::Tables tables) {
        if (tables & Database::People)
            refresh(); // an undo puts the old rhythm back
    });
    refresh();
}

void KeepInTouchDefaultsWidget::refresh()
{
    const auto defaults = KeepInTouchService(m_editor.database()).defaults();
    for (int level = 0; level < m_levels.size(); ++level) {
        QComboBox* combo = m_levels.at(level);
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(defaults[size_t(level)])));
    }
}

} // namespace outloud
