// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nudge/NudgeSetting.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTimeEdit;

namespace outloud {

/// "Remind me each week": on or off, the weekday and the time. Saves to the user's settings.
class NudgeSettingWidget : public QWidget
{
    Q_OBJECT
public:
    explicit NudgeSettingWidget(QWidget* parent = nullptr);
    NudgeSetting setting() const;

Q_SIGNALS:
    void settingChanged(const outloud::NudgeSetting& setting);

private:
    void save();

    QCheckBox* m_enabled;
    QComboBox* m_weekday;
    QTimeEdit* m_time;
};

} // namespace outloud
