// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NudgeSettingWidget.h"

#include "settings/UserSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QTimeEdit>

using namespace Qt::StringLiterals;

namespace outloud {

NudgeSettingWidget::NudgeSettingWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"nudgeSetting"_s);
    const NudgeSetting current = NudgeSetting::load(*openUserSettings());
    m_enabled = new QCheckBox(tr("Remind me each week where my week stands"), this);
    m_enabled->setObjectName(u"nudgeEnabled"_s);
    m_enabled->setToolTip(tr("A desktop notification with your contributions so far, who is "
                             "due and the next meeting. Off by default."));
    m_enabled->setChecked(current.enabled);
    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(u"nudgeWeekday"_s);
    m_weekday->setAccessibleName(tr("Day of the weekly reminder"));
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);
    m_weekday->setCurrentIndex(current.weekday - 1);
    m_time = new QTimeEdit(current.time, this);
    m_time->setObjectName(u"nudgeTime"_s);
    m_time->setAccessibleName(tr("Time of the weekly reminder"));
    m_time->setDisplayFormat(u"HH:mm"_s);

    auto* when = new QHBoxLayout;
    when->addWidget(m_weekday);
    when->addWidget(m_time);
    when->addStretch(1);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_enabled);
    form->addRow(tr("&When:"), when);
    auto sync = [this] {
        m_weekday->setEnabled(m_enabled->isChecked());
        m_time->setEnabled(m_enabled->isChecked());
    };
    sync();
    connect(m_enabled, &QCheckBox::toggled, this, sync);
    connect(m_enabled, &QCheckBox::toggled, this, &NudgeSettingWidget::save);
    connect(m_weekday, &QComboBox::currentIndexChanged, this, &NudgeSettingWidget::save);
    connect(m_time, &QTimeEdit::timeChanged, this, &NudgeSettingWidget::save);
}

NudgeSetting NudgeSettingWidget::setting() const
{
    NudgeSetting s;
    s.enabled = m_enabled->isChecked();
    s.weekday = m_weekday->currentData().toInt();
    s.time = m_time->time();
    return s;
}

void NudgeSettingWidget::save()
{
    const NudgeSetting s = setting();
    s.save(*openUserSettings());
    Q_EMIT settingChanged(s);
}

} // namespace outloud
