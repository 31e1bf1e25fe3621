// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

/// The user interface language: the setting, what it resolves to, and loading the
/// translations (Outloud's own, compiled in as :/i18n/outloud_<lang>.qm, and Qt's
/// own for its standard dialogs and --help texts, when qt6-translations-l10n is installed).
namespace outloud::i18n {

/// The values of the language setting: "system", then the languages Outloud speaks ("en", "de").
QStringList languageChoices();
/// Whether @p choice is one of languageChoices().
bool isLanguageChoice(const QString& choice);

/// The "language" key of the user settings; "system" when unset or not a known choice.
QString languageSetting();
/// Stores @p choice (one of languageChoices()); it takes effect at the next start.
void setLanguageSetting(const QString& choice);

/// The language Outloud shows for @p choice: "system" takes the first of the system's
/// preferred UI languages that Outloud speaks, and English when there is none.
QString resolveLanguage(const QString& choice);

/// The locale for dates and numbers under @p choice: the system's own when it speaks the
/// same language (so de_AT or en_GB keep their formats), else the language's main one.
QLocale localeFor(const QString& choice);

/// Makes @p choice the language of the running application: installs its translators
/// (replacing earlier ones installed here) and makes localeFor(@p choice) the default QLocale.
/// Needs a QCoreApplication. Returns the language now in effect ("en" or "de").
QString installTranslations(const QString& choice);

/// The language the last installTranslations() put in effect, "en" before any call.
/// Content that comes per language (such as the week plan) follows this.
QString currentLanguage();

} // namespace outloud::i18n
