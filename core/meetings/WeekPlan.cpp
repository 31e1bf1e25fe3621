// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekPlan.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud", text);
}

QString atLine(int line, const QString& problem)
{
    return tr("line %1: %2").arg(line).arg(problem);
}

struct Parser
{
    // tr() in members uses the context lupdate gives them, so their messages get translated.
    Q_DECLARE_TR_FUNCTIONS(outloud::Parser)

public:
    WeekPlan plan;
    PlanWeek* current = nullptr;
    int currentLine = 0; // where the current week started
    bool themeSeen = false;
    QString error;

    bool fail(int line, const QString& problem)
    {
        error = atLine(line, problem);
        return false;
    }

    // Checks the week that just ended (at @p line, or at the end of the file).
    bool finishWeek()
    {
        if (!current)
            return true;
        if (current->theme.isEmpty())
            return fail(currentLine, tr("week %1 has no theme").arg(current->number));
        if (current->agenda.isEmpty())
            return fail(currentLine, tr("week %1 has no agenda").arg(current->number));
        const int total = current->totalMinutes();
        if (total != WeekPlan::MeetingMinutes)
            return fail(currentLine,
                tr("the agenda of week %1 adds up to %2 minutes, not %3")
                    .arg(current->number)
                    .arg(total)
                    .arg(WeekPlan::MeetingMinutes));
        return true;
    }

    bool line(int number, const QString& raw)
    {
        const QString text = raw.trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            return true;
        const qsizetype colon = text.indexOf(u':');
        if (colon <= 0)
            return fail(number, tr("expected \"key: value\", found \"%1\"").arg(text.left(40)));
        const QString key = text.left(colon).trimmed();
        const QString value = text.mid(colon + 1).trimmed();
        if (value.isEmpty())
            return fail(number, tr("\"%1\" needs a value").arg(key));

        if (key == u"title"_s || key == u"language"_s) {
            if (current)
                return fail(number, tr("\"%1\" belongs before the first week").arg(key));
            QString& field = key == u"title"_s ? plan.title : plan.language;
            if (!field.isEmpty())
                return fail(number, tr("\"%1\" is given twice").arg(key));
            field = value;
            return true;
        }
        if (key == u"week"_s) {
            if (!finishWeek())
                return false;
            if (plan.title.isEmpty())
                return fail(number, tr("the plan needs a \"title\" before its first week"));
            bool ok = false;
            const int n = value.toInt(&ok);
            const int expected = int(plan.weeks.size()) + 1;
            if (!ok || n != expected)
                return fail(number, tr("expected week %1, found \"%2\"").arg(expected).arg(value));
            if (n > 52)
                return fail(number, tr("a plan has at most 52 weeks"));
            plan.weeks.append(PlanWeek {n, {}, {}, {}, {}});
            current = &plan.weeks.last();
            currentLine = number;
            return true;
        }
        if (!current) {
            if (key == u"theme"_s || key == u"exercise"_s || key == u"agenda"_s || key == u"round"_s
                || key == u"prepare"_s)
                return fail(number, tr("\"%1\" must come after a \"week\" line").arg(key));
            return fail(number, tr("unknown key \"%1\"").arg(key));
        }
        if (key == u"theme"_s) {
            if (!current->theme.isEmpty())
                return fail(number, tr("week %1 has a second theme").arg(current->number));
            current->theme = value;
        } else if (key == u"exercise"_s) {
            current->exercises.append(value);
        } else if (key == u"prepare"_s) {
            current->prepare.append(value);
        } else if (key == u"agenda"_s || key == u"round"_s) {
            const bool round = key == u"round"_s;
            if (round && current->roundIndex() >= 0)
                return fail(number, tr("week %1 has a second round").arg(current->number));
            const qsizetype bar = value.indexOf(u'|');
            if (bar < 0)
                return fail(
                    number, tr("an agenda line is \"%1: MINUTES | what happens\"").arg(key));
            bool ok = false;
            const int minutes = value.left(bar).trimmed().toInt(&ok);
            const QString title = value.mid(bar + 1).trimmed();
            if (!ok || minutes < 1 || minutes > WeekPlan::MeetingMinutes)
                return fail(number,
                    tr("the minutes must be a whole number from 1 to %1, not \"%2\"")
                        .arg(WeekPlan::MeetingMinutes)
                        .arg(value.left(bar).trimmed()));
            if (title.isEmpty())
                return fail(number, tr("the agenda segment needs a description after \"|\""));
            current->agenda.append({title, minutes, round});
        } else {
            return fail(number, tr("unknown key \"%1\"").arg(key));
        }
        return true;
    }
};
} // namespace

int PlanWeek::totalMinutes() const
{
    int total = 0;
    for (const AgendaSegment& s : agenda)
        total += s.minutes;
    return total;
}

int PlanWeek::roundIndex() const
{
    for (int i = 0; i < agenda.size(); ++i) {
        if (agenda.at(i).round)
            return i;
    }
    return -1;
}

const PlanWeek* WeekPlan::week(int number) const
{
    if (number < 1 || number > weeks.size())
        return nullptr;
    return &weeks.at(number - 1);
}

std::optional<WeekPlan> WeekPlan::parse(const QString& text, QString* error)
{
    Parser p;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!p.line(i + 1, line)) {
            if (error)
                *error = p.error;
            return std::nullopt;
        }
    }
    if (!p.finishWeek()) {
        if (error)
            *error = p.error;
        return std::nullopt;
    }
    if (p.plan.weeks.isEmpty()) {
        if (error)
            *error = atLine(int(lines.size()), tr("the plan has no weeks"));
        return std::nullopt;
    }
    // Weeks live in a QList that grew while parsing; `current` is not used past here.
    return p.plan;
}

std::optional<WeekPlan> WeekPlan::load(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = f.readAll();
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return parse(text, error);
}

QString WeekPlan::builtInText(const QString& language)
{
    QFile f(language == u"de"_s ? u":/plans/plan-de.txt"_s : u":/plans/plan-en.txt"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

WeekPlan WeekPlan::builtIn(const QString& language)
{
    // The shipped plans are tested to parse; an empty plan here means a broken build.
    return parse(builtInText(language), nullptr).value_or(WeekPlan {});
}

QString WeekPlan::localeLanguage()
{
    return QLocale().language() == QLocale::German ? u"de"_s : u"en"_s;
}

WeekPlan WeekPlan::builtInForLocale()
{
    return builtIn(localeLanguage());
}

} // namespace outloud
