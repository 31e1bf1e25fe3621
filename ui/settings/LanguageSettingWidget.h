// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace outloud {

/// Chooses the user interface language (the "language" setting: follow the system,
/// English or German). The choice is stored at once and applies from the next start,
/// which the widget says; widgets already on screen keep their language.
class LanguageSettingWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LanguageSettingWidget(QWidget* parent = nullptr);

    /// The selected choice: "system", "en" or "de".
    QString choice() const;

Q_SIGNALS:
    /// The user chose another language; it is already stored.
    void languageChosen(const QString& choice);

private:
    void choose(int index);

    QComboBox* m_combo = nullptr;
    QLabel* m_note = nullptr;
    QString m_startLanguage;
};

} // namespace outloud
