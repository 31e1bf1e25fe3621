// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryDocument.h"

#include "PageFlow.h"
#include "WeekChart.h"
#include "people/Closeness.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QIODevice>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <functional>

using namespace Qt::StringLiterals;

namespace outloud::summarydocument {

namespace {
// The context lupdate files tr() calls under in this namespace, so they find their translation.
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("outloud::summarydocument", text, disambiguation, n);
}

const QColor Muted(0x55, 0x5d, 0x68);
const QColor Accent(0x1f, 0x3a, 0x5f);

QString longDate(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString signedNumber(int n)
{
    return n > 0 ? u"+"_s + QLocale().toString(n) : QLocale().toString(n);
}

QString percent(double fraction)
{
    return tr("%1%").arg(QLocale().toString(qRound(fraction * 100)));
}

// One line centred in @p box, in a smaller size where it would not fit: never clipped.
void drawFitted(
    QPainter& p, QFont font, const QRectF& box, Qt::Alignment vertical, const QString& text)
{
    const qreal width = QFontMetricsF(font, p.device()).horizontalAdvance(text);
    if (width > box.width() && width > 0)
        font.setPointSizeF(std::max(4.0, font.pointSizeF() * box.width() / width * 0.98));
    p.setFont(font);
    p.drawText(box, Qt::AlignHCenter | vertical | Qt::TextSingleLine, text);
}

struct Tile
{
    QString value;
    QString label;
    QString detail;
};

// A row of large numbers with a label each, like the dashboard's headline figures.
void paintTiles(PageFlow& flow, const QList<Tile>& tiles)
{
    const QFont big = flow.font(17, true);
    const QFont small = flow.font(7.5);
    flow.drawBlock(54, [&](QPainter& p, const QRectF& rect, qreal pt) {
        const qreal gap = 5 * pt;
        const qreal w = (rect.width() - gap * (tiles.size() - 1)) / tiles.size();
        for (int i = 0; i < tiles.size(); ++i) {
            const QRectF box(rect.left() + i * (w + gap), rect.top(), w, rect.height() - 4 * pt);
            p.setPen(QPen(QColor(0xc8, 0xd0, 0xda), 0.6 * pt));
            p.setBrush(QColor(0xf4, 0xf7, 0xfb));
            p.drawRoundedRect(box, 3 * pt, 3 * pt);
            p.setPen(Accent);
            drawFitted(
                p, big, box.adjusted(2 * pt, 3 * pt, -2 * pt, 0), Qt::AlignTop, tiles.at(i).value);
            p.setPen(Qt::black);
            drawFitted(p, small, box.adjusted(2 * pt, 0, -2 * pt, -12 * pt), Qt::AlignBottom,
                tiles.at(i).label);
            p.setPen(Muted);
            drawFitted(p, small, box.adjusted(2 * pt, 0, -2 * pt, -3 * pt), Qt::AlignBottom,
                tiles.at(i).detail);
        }
    });
}

void paintChart(PageFlow& flow, const QList<WeekPoint>& weeks, int week, int target)
{
    flow.drawBlock(150, [&](QPainter& p, const QRectF& rect, qreal pt) {
        WeekChart chart;
        chart.weeks = weeks;
        chart.currentWeek = week;
        chart.target = target;
        chart.font = flow.font(7.5);
        chart.pixelsPerPoint = pt;
        // The weekly bars beside the running balance, as on the dashboard.
        const qreal split = rect.width() * 0.64;
        chart.paint(p, QRectF(rect.left(), rect.top(), split - 8 * pt, rect.height()));
        chart.paintBalance(
            p, QRectF(rect.left() + split, rect.top(), rect.width() - split, rect.height()));
    });
}

void titleBlock(
    PageFlow& flow, const QString& title, const QString& subtitle, const QStringList& lines)
{
    flow.paragraph(title, flow.font(18, true), Accent);
    flow.space(2);
    flow.paragraph(subtitle, flow.font(11.5), Qt::black);
    flow.space(3);
    for (const QString& line : lines)
        flow.paragraph(line, flow.font(9), Muted);
    flow.space(4);
}

QStringList meetingLines(QDate meeting, QDate next, const QString& theme)
{
    QStringList lines;
    if (!theme.isEmpty())
        lines << tr("Theme: %1").arg(theme);
    lines << tr("This meeting: %1").arg(longDate(meeting));
    lines << (next.isValid() ? tr("Next meeting: %1").arg(longDate(next))
                             : tr("This was the circle's last week."));
    return lines;
}

// What the figures cover, in the words the Overview uses: one reference day for all of them.
QString periodLine(const MemberNumbers& n, int week)
{
    return tr("Figures as of %1: the week's own from its meeting; the balance \"so far\" over "
              "weeks 1 to %2; streak and habit strength up to week %3.")
        .arg(longDate(n.asOf), QString::number(week), QString::number(n.lastCountedWeek));
}

QString commitmentLine(const Commitment& c)
{
    if (!c.kept)
        return tr("○ open: %1").arg(c.text);
    return *c.kept ? tr("✓ kept: %1").arg(c.text) : tr("✗ not kept: %1").arg(c.text);
}

QString footerText(const QString& left, int page, int pages)
{
    return left + u'\t'
        + (pages > 0 ? tr("Page %1 of %2").arg(page).arg(pages) : tr("Page %1").arg(page));
}

// Where the counting pass writes: nowhere. Only its page count is used, so it keeps none of
// the PDF in memory (a whole scratch copy grew with the week's length).
class Discard : public QIODevice
{
protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 length) override { return length; }
};

// Lays the document out once on a scratch PDF of the same page and resolution, so that
// the real pass can say "page 2 of 5". Text is measured at the device's resolution, so
// both passes break pages at the same places.
int countPages(QPagedPaintDevice* device, const std::function<int(QPagedPaintDevice*, int)>& paint)
{
    Discard scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter writer(&scratch);
    writer.setResolution(device->logicalDpiY());
    writer.setPageLayout(device->pageLayout());
    return paint(&writer, 0);
}

// The counting pass, then the pass that paints; none when the count was stopped.
int paintTwice(QPagedPaintDevice* device, const std::function<int(QPagedPaintDevice*, int)>& paint)
{
    const int pages = countPages(device, paint);
    return pages > 0 ? paint(device, pages) : 0;
}

PageFlow::PageHook pageHook(const PageHook& onPage, int pages)
{
    if (!onPage)
        return {};
    return [&onPage, pages](int page) { return onPage(page, pages); };
}
} // namespace

QString memberTitle(const MemberWeekSummary& s)
{
    // Several arguments in one arg() call: user text containing "%2" stays as typed.
    return tr("%1, week %2 of %3: summary for %4")
        .arg(s.circleName, QString::number(s.week), QString::number(s.lengthWeeks), s.memberName);
}

QString circleTitle(const CircleWeekSummary& s)
{
    return tr("%1, week %2 of %3: circle summary")
        .arg(s.circleName, QString::number(s.week), QString::number(s.lengthWeeks));
}

int paintMember(QPagedPaintDevice* device, const MemberWeekSummary& s, const PageHook& onPage)
{
    const auto paint = [&s, &onPage](QPagedPaintDevice* d, int pages) {
        return paintMemberPages(d, s, pages, onPage);
    };
    return paintTwice(device, paint);
}

int paintCircle(QPagedPaintDevice* device, const CircleWeekSummary& s, const PageHook& onPage)
{
    const auto paint = [&s, &onPage](QPagedPaintDevice* d, int pages) {
        return paintCirclePages(d, s, pages, onPage);
    };
    return paintTwice(device, paint);
}

int paintMemberPages(
    QPagedPaintDevice* device, const MemberWeekSummary& s, int pages, const PageHook& onPage)
{
    const QString footer = tr("Outloud · %1 · %2 · week %3")
                               .arg(s.circleName, s.memberName, QString::number(s.week));
    PageFlow flow(
        device, [footer, pages](int page) { return footerText(footer, page, pages); },
        pageHook(onPage, pages));
    if (!flow.isActive())
        return 0;

    QStringList lines = meetingLines(s.meetingDate, s.nextMeetingDate, s.theme);
    lines << periodLine(s.numbers, s.week);
    titleBlock(flow, tr("Week %1 of %2").arg(s.week).arg(s.lengthWeeks),
        tr("%1 · %2").arg(s.memberName, s.circleName), lines);

    flow.heading(tr("Goal"));
    if (s.goal) {
        flow.paragraph(s.goal->accomplish, flow.font(10.5, true));
        if (!s.goal->why.isEmpty())
            flow.paragraph(tr("Why it matters: %1").arg(s.goal->why), flow.font(9));
        if (!s.goal->progress.isEmpty())
            flow.paragraph(tr("Progress in twelve weeks: %1").arg(s.goal->progress), flow.font(9));
        flow.paragraph(tr("Weekly target: %1 contributions a week").arg(s.goal->weeklyTarget),
            flow.font(9), Muted);
    } else {
        flow.paragraph(tr("No goal recorded yet."), flow.font(9.5), Muted);
    }

    const MemberNumbers& n = s.numbers;
    flow.heading(tr("The week in numbers"), 210);
    paintTiles(flow,
        {
            {QLocale().toString(n.given), tr("given"), tr("target %1").arg(n.weeklyTarget)},
            {QLocale().toString(n.received), tr("received"), QString()},
            {signedNumber(n.balance), tr("balance"),
                tr("%1 so far").arg(signedNumber(n.cumulativeBalance))},
            {QLocale().toString(n.streak), tr("week streak"), tr("at or above target")},
            {percent(n.score), tr("habit strength"), tr("0 to 100%")},
            {QLocale().toString(n.closer), tr("closer"),
                n.further > 0 ? tr("%1 less close").arg(n.further) : tr("people")},
        });
    paintChart(flow, s.weeks, s.week, n.weeklyTarget);

    flow.heading(tr("Closeness changes"));
    if (s.closenessChanges.isEmpty()) {
        flow.paragraph(tr("No closeness rating changed this week."), flow.font(9), Muted);
    } else {
        QList<QStringList> rows;
        for (const ClosenessMove& m : s.closenessChanges)
            rows.append({m.person, closeness::label(m.from), closeness::label(m.to)});
        flow.table({{tr("Person"), 2}, {tr("Before"), 2.4}, {tr("After"), 2.4}}, rows);
    }

    flow.heading(tr("Contributions of the week (%1)").arg(s.contributions.size()));
    if (s.contributions.isEmpty()) {
        flow.paragraph(tr("No contributions were logged this week."), flow.font(9), Muted);
    } else {
        // Each row's cells are made when the row is measured or drawn: a long week's
        // thousands of rows are never held as text all at once.
        flow.table({{tr("Date"), 1.1}, {tr("Way"), 1.1}, {tr("Person"), 1.9}, {tr("Kind"), 1.7},
                       {tr("Channel"), 1.3}, {tr("Brought"), 1.1}, {tr("Note"), 3.2}},
            s.contributions.size(), [&s](qsizetype r) {
                const SummaryContribution& c = s.contributions.at(r);
                return QStringList {shortDate(c.date), directionName(c.direction), c.person, c.kind,
                    c.channel, broughtName(c.brought), c.note};
            });
    }

    flow.heading(tr("Keep in touch"));
    if (s.keepInTouch.isEmpty()) {
        flow.paragraph(tr("Everyone on the list was on track this week."), flow.font(9), Muted);
    } else {
        flow.table({{tr("Person"), 2}, {tr("Rhythm"), 1.6}, {tr("Due"), 1.1}, {tr("Status"), 1.6}},
            s.keepInTouch.size(), [&s](qsizetype r) {
                const SummaryTouch& t = s.keepInTouch.at(r);
                return QStringList {t.person, t.rhythm, shortDate(t.due),
                    t.overdue ? tr("losing touch") : tr("due this week")};
            });
    }

    flow.heading(tr("Commitments"));
    flow.paragraph(tr("Due at this meeting"), flow.font(9.5, true));
    if (s.commitmentsDue.isEmpty())
        flow.paragraph(tr("None."), flow.font(9), Muted, 8);
    for (const Commitment& c : s.commitmentsDue)
        flow.paragraph(commitmentLine(c), flow.font(9.5), Qt::black, 8);
    flow.space(3);
    flow.paragraph(tr("New, for the weeks ahead"), flow.font(9.5, true));
    if (s.commitmentsNew.isEmpty())
        flow.paragraph(tr("None."), flow.font(9), Muted, 8);
    for (const Commitment& c : s.commitmentsNew)
        flow.paragraph(tr("• %1 (due in week %2)").arg(c.text, QString::number(c.dueWeek)),
            flow.font(9.5), Qt::black, 8);

    if (!s.roundNote.isEmpty() || !s.meetingNotes.isEmpty()) {
        flow.heading(tr("Notes from the meeting"));
        if (!s.roundNote.isEmpty())
            flow.paragraph(s.roundNote, flow.font(9.5));
        if (!s.meetingNotes.isEmpty())
            flow.paragraph(s.meetingNotes, flow.font(9.5));
    }

    flow.heading(tr("Next week"));
    if (s.nextMeetingDate.isValid()) {
        flow.paragraph(tr("Week %1 starts with the meeting on %2.")
                           .arg(s.week + 1)
                           .arg(longDate(s.nextMeetingDate)),
            flow.font(9.5));
        if (!s.nextWeekTheme.isEmpty())
            flow.paragraph(tr("Theme: %1").arg(s.nextWeekTheme), flow.font(9.5, true));
        for (const QString& line : s.nextWeekPreview)
            flow.paragraph(u"• "_s + line, flow.font(9.5), Qt::black, 8);
        flow.paragraph(
            tr("The target until then: %1 contributions.").arg(n.weeklyTarget), flow.font(9.5));
    } else {
        flow.paragraph(
            tr("The circle is complete: time to reflect on the twelve weeks and celebrate."),
            flow.font(9.5));
    }
    flow.finish();
    return flow.stopped() ? 0 : flow.pageCount();
}

int paintCirclePages(
    QPagedPaintDevice* device, const CircleWeekSummary& s, int pages, const PageHook& onPage)
{
    const QString footer
        = tr("Outloud · %1 · circle summary · week %2").arg(s.circleName, QString::number(s.week));
    PageFlow flow(
        device, [footer, pages](int page) { return footerText(footer, page, pages); },
        pageHook(onPage, pages));
    if (!flow.isActive())
        return 0;
    QStringList lines = meetingLines(s.meetingDate, s.nextMeetingDate, s.theme);
    if (!s.facilitatorName.isEmpty())
        lines.prepend(tr("Facilitator: %1").arg(s.facilitatorName));
    titleBlock(flow, tr("Week %1 of %2").arg(s.week).arg(s.lengthWeeks),
        tr("%1 · circle summary").arg(s.circleName), lines);

    flow.heading(tr("Attendance and numbers"));
    QList<QStringList> rows;
    QStringList sources;
    int present = 0;
    for (const CircleMemberRow& m : s.members) {
        QString attendance = tr("not recorded");
        if (m.present) {
            attendance = *m.present ? tr("present") : tr("absent");
            present += *m.present ? 1 : 0;
        }
        const QString name = m.facilitator ? tr("%1 (facilitator)").arg(m.name) : m.name;
        rows.append({name, attendance, QLocale().toString(m.numbers.given),
            QLocale().toString(m.numbers.received), signedNumber(m.numbers.balance),
            QLocale().toString(m.numbers.streak), percent(m.numbers.score),
            // Closeness is never shared: unknown for figures from another laptop.
            m.source.isEmpty() ? QLocale().toString(m.numbers.closer) : u"–"_s,
            tr("%1 of %2").arg(m.commitmentsKept).arg(m.commitmentsDue)});
        if (!m.source.isEmpty())
            sources.append(tr("%1: %2").arg(m.name, m.source));
    }
    flow.table(
        {{tr("Member"), 2.6}, {tr("Meeting"), 1.3}, {tr("Given"), 0.9, Qt::AlignRight},
            {tr("Received"), 1.1, Qt::AlignRight}, {tr("Balance"), 1.0, Qt::AlignRight},
            {tr("Streak"), 0.9, Qt::AlignRight}, {tr("Strength"), 1.1, Qt::AlignRight},
            {tr("Closer"), 1.0, Qt::AlignRight}, {tr("Commitments kept"), 1.5, Qt::AlignRight}},
        rows);
    flow.paragraph(tr("%1 of %2 members at the meeting.").arg(present).arg(s.members.size()),
        flow.font(9), Muted);
    if (!sources.isEmpty())
        flow.paragraph(
            tr("Figures shared by the members themselves: %1.").arg(sources.join(u"; "_s)),
            flow.font(9), Muted);

    flow.heading(tr("The circle's weeks"), 160);
    paintChart(flow, s.weeks, s.week, 0);

    if (!s.meetingNotes.isEmpty()) {
        flow.heading(tr("Notes from the meeting"));
        flow.paragraph(s.meetingNotes, flow.font(9.5));
    }
    if (!s.nextWeekTheme.isEmpty()) {
        flow.heading(tr("Next week"));
        flow.paragraph(tr("Theme: %1").arg(s.nextWeekTheme), flow.font(9.5));
    }
    flow.finish();
    return flow.stopped() ? 0 : flow.pageCount();
}

} // namespace outloud::summarydocument
