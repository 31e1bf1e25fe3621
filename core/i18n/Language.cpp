// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include "settings/UserSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace outloud::i18n {

namespace {

const QString SettingKey = u"language"_s;
const QString System = u"system"_s;
const QString English = u"en"_s;
// Names the translators installed here, so a second call can replace them.
const QString TranslatorName = u"outloud-translator"_s;

QString& current()
{
    static QString language = English;
    return language;
}

// "de-AT", "de_AT" and "de" all speak "de".
QString languagePart(const QString& name)
{
    return name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

void removeInstalledTranslators()
{
    const QList<QTranslator*> installed = QCoreApplication::instance()->findChildren<QTranslator*>(
        TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool installTranslator(const QLocale& locale, const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(TranslatorName);
    if (translator->load(locale, name, u"_"_s, directory)
        && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QStringList languageChoices()
{
    return {System, English, u"de"_s};
}

bool isLanguageChoice(const QString& choice)
{
    return languageChoices().contains(choice);
}

QString languageSetting()
{
    const QString value = openUserSettings()->value(SettingKey, System).toString();
    return isLanguageChoice(value) ? value : System;
}

void setLanguageSetting(const QString& choice)
{
    Q_ASSERT(isLanguageChoice(choice));
    openUserSettings()->setValue(SettingKey, choice);
}

QString resolveLanguage(const QString& choice)
{
    if (choice != System)
        return isLanguageChoice(choice) ? choice : English;
    // The first preferred language we speak wins: LANGUAGE=fr:de gives German,
    // LANGUAGE=en:de gives English (QTranslator::load alone would skip to German).
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString& name : preferred) {
        const QString language = languagePart(name);
        if (isLanguageChoice(language))
            return language;
    }
    return English;
}

QLocale localeFor(const QString& choice)
{
    const QLocale language(resolveLanguage(choice));
    const QLocale system = QLocale::system();
    return system.language() == language.language() ? system : language;
}

QString installTranslations(const QString& choice)
{
    removeInstalledTranslators();
    const QString language = resolveLanguage(choice);
    const QLocale locale = localeFor(choice);
    QLocale::setDefault(locale);
    current() = language;
    if (language == English) {
        // The source strings are English; only the plural forms ("1 person", "2 people")
        // come from a translation, :/i18n/outloud_en.qm.
        installTranslator(QLocale(language), u"outloud"_s, u":/i18n"_s);
        return language;
    }
    if (!installTranslator(QLocale(language), u"outloud"_s, u":/i18n"_s))
        qWarning("Outloud: the compiled-in translation for %s is missing", qPrintable(language));
    // Optional: without qt6-translations-l10n, Qt's own dialog buttons stay English.
    installTranslator(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return language;
}

QString currentLanguage()
{
    return current();
}

} // namespace outloud::i18n
