// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "Commands.h"
#include "LanguageOption.h"
#include "analytics/NetworkChartsLoader.h"
#include "common/FontWarmup.h"
#include "common/LazyIconStyle.h"
#include "i18n/Language.h"
#include "main/MainWindow.h"
#include "meetings/MeetingModeWidget.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <cstring>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

// Everything that speaks lives in outloud::cli, whose tr() it uses (CommandLine.h).
namespace outloud::cli {
namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(u"outloud"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OUTLOUD_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(OUTLOUD_APP_ID));
}

bool wantsTextOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* flag :
            {"-h", "--help", "-v", "--version", "--help-all", "--check-charts"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

// The first argument that is neither an option nor an option's value: a word the user meant
// as a command. Found before any QApplication exists, so that a mistyped command is told
// apart from the window without needing a display.
const char* strayWord(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (arg[0] != '-')
            return arg;
        // The window's options that take a value as the next argument.
        for (const char* option : {"--database", "--page", "--language", "--screenshot"}) {
            if (std::strcmp(arg, option) == 0) {
                ++i;
                break;
            }
        }
    }
    return nullptr;
}

int unknownCommand(const char* word)
{
    QString text = tr("outloud: unknown command '%1'.").arg(QString::fromLocal8Bit(word)) + u'\n'
        + tr("Commands (each takes --help):") + u'\n';
    for (const Command& c : commands())
        text += u"  %1  %2\n"_s.arg(QString::fromLatin1(c.name), -12).arg(tr(c.summary));
    text += tr("Without a command, outloud opens the window; "
               "'outloud --help' lists its options.");
    err(text);
    return 2;
}

void describeOptions(QCommandLineParser& parser)
{
    QString description = tr("Outloud, a companion for Working Out Loud circles.") + u"\n\n"_s
        + tr("Commands (each takes --help):") + u'\n';
    for (const Command& c : commands())
        description += u"  %1  %2\n"_s.arg(QString::fromLatin1(c.name), -12).arg(tr(c.summary));
    parser.setApplicationDescription(description.trimmed());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(databaseOption());
    parser.addOption(QCommandLineOption(
        u"screenshot"_s, tr("Save a picture of the window to a PNG file and quit."), tr("file")));
    parser.addOption(QCommandLineOption(u"page"_s,
        tr("Start on this page: overview, goal, relationships, "
           "contributions, circle or meeting."),
        tr("name")));
    parser.addOption(QCommandLineOption(
        u"present"_s, tr("Start meeting mode in presentation mode (full screen, large type).")));
    parser.addOption(languageOption());
    // For the package's install test: loads the Network tab's chart module, prints its file
    // (or why it cannot) and quits. Not for users, so not in --help.
    QCommandLineOption checkCharts(u"check-charts"_s);
    checkCharts.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(checkCharts);
    parser.addPositionalArgument(tr("command"),
        tr("A command to run without a window, or an invitation file to join."),
        tr("[command | invitation]"));
}

// No command: the window, with its options.
int openWindow(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsTextOnly(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    // The fonts' configuration loads while the options are read and the window opens its
    // database (it waits for the fonts before its first child widget). Not beside the
    // application object: beside the loading of the platform's plugin, that slowed both.
    std::optional<outloud::FontWarmup> fonts;
    if (qobject_cast<QApplication*>(app.get())) {
        fonts.emplace();
        outloud::LazyIconStyle::install();
    }
    setIdentity();
    outloud::i18n::installTranslations(languageChoice(argc, argv));

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(*app);
    // An invitation opened from the file manager (the desktop entry's %f).
    QString invitation;
    if (parser.positionalArguments().size() == 1
        && QFileInfo(parser.positionalArguments().first()).isFile())
        invitation = parser.positionalArguments().first();
    else if (!parser.positionalArguments().isEmpty()) {
        err(tr("outloud: unknown command '%1'. Try 'outloud --help'.")
                .arg(parser.positionalArguments().first()));
        return 2;
    }
    if (const QString language = parser.value(u"language"_s);
        !language.isEmpty() && !outloud::i18n::isLanguageChoice(language)) {
        err(tr("outloud: --language is one of %1, not '%2'.")
                .arg(outloud::i18n::languageChoices().join(u", "_s), language));
        return 2;
    }

    if (parser.isSet(u"check-charts"_s)) {
        QString error;
        const QString module = outloud::NetworkChartsLoader::load(&error);
        if (module.isEmpty()) {
            err(error);
            return 1;
        }
        out(module);
        return 0;
    }

    outloud::MainWindow window(databasePath(parser));
    if (parser.isSet(u"page"_s)) {
        const QStringList pages = {u"overview"_s, u"goal"_s, u"relationships"_s, u"contributions"_s,
            u"circle"_s, u"meeting"_s};
        const int page = int(pages.indexOf(parser.value(u"page"_s)));
        if (page < 0) {
            err(tr("outloud: unknown page '%1'.").arg(parser.value(u"page"_s)));
            return 2;
        }
        window.showPage(outloud::MainWindow::Page(page));
    }
    window.show();
    if (parser.isSet(u"present"_s)) {
        window.showPage(outloud::MainWindow::MeetingModePage);
        if (auto* meeting = window.findChild<outloud::MeetingModeWidget*>())
            meeting->setPresenting(true);
    }
    if (!invitation.isEmpty())
        QTimer::singleShot(0, &window, [&window, invitation] { window.joinCircle(invitation); });
    if (parser.isSet(u"screenshot"_s)) {
        const QString file = parser.value(u"screenshot"_s);
        QTimer::singleShot(500, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                err(tr("outloud: could not write %1").arg(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app->exec();
}

} // namespace
} // namespace outloud::cli

int main(int argc, char** argv)
{
#ifdef __GLIBC__
    // glibc gives the top of the heap back to the system whenever more than 128 KiB of it is
    // free. A long write (an import of thousands of people, each insert firing the tallies'
    // triggers) allocates and frees just above that line at every row once the heap has
    // grown: each row then pays for fresh pages from the kernel, and a vCard import of 20,000
    // people took 57 s instead of 8. Freed memory up to 32 MiB stays in the process instead;
    // the peak is unchanged (bench_streaming prints it). Setting it also fixes the size from
    // which a block gets its own mapping, which glibc would otherwise raise as large blocks
    // come and go: fixed at 4 MiB, blocks below that come from the heap and are reused.
    mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
#endif
    if (const outloud::cli::Command* command = outloud::cli::findCommand(argc, argv)) {
        // Subcommands never open a window and need no display; those that paint get a
        // QGuiApplication (fonts) on the offscreen platform unless the user chose one.
        std::unique_ptr<QCoreApplication> app;
        if (command->needsGui) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        outloud::cli::setIdentity();
        // A command that takes --language (export) speaks it from its --help on.
        outloud::i18n::installTranslations(outloud::cli::languageChoice(argc, argv));
        return command->run(QCoreApplication::arguments());
    }

    if (const char* word = outloud::cli::strayWord(argc, argv)) {
        QCoreApplication app(argc, argv);
        outloud::cli::setIdentity();
        outloud::i18n::installTranslations(outloud::cli::languageChoice(argc, argv));
        return outloud::cli::unknownCommand(word);
    }

    return outloud::cli::openWindow(argc, argv);
}
