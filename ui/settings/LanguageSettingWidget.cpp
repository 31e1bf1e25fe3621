// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageSettingWidget.h"

#include "i18n/Language.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace outloud {

LanguageSettingWidget::LanguageSettingWidget(QWidget* parent)
    : QWidget(parent)
    , m_startLanguage(i18n::languageSetting())
{
    setObjectName(u"languageSetting"_s);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(u"languageCombo"_s);
    // Each language is named in itself, so someone lost in the wrong one finds theirs.
    m_combo->addItem(tr("Same as the system"), u"system"_s);
    m_combo->addItem(u"English"_s, u"en"_s);
    m_combo->addItem(u"Deutsch"_s, u"de"_s);
    m_combo->setCurrentIndex(m_combo->findData(m_startLanguage));

    m_note = new QLabel(tr("Outloud shows the new language the next time it starts."), this);
    m_note->setObjectName(u"languageNote"_s);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->hide();

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Language:"), m_combo);
    form->addRow(m_note);

    connect(m_combo, &QComboBox::activated, this, &LanguageSettingWidget::choose);
}

QString LanguageSettingWidget::choice() const
{
    return m_combo->currentData().toString();
}

void LanguageSettingWidget::choose(int index)
{
    const QString chosen = m_combo->itemData(index).toString();
    i18n::setLanguageSetting(chosen);
    m_note->setVisible(chosen != m_startLanguage);
    Q_EMIT languageChosen(chosen);
}

} // namespace outloud
