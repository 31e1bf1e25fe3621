// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramPage.h"

#include "CheckInPdf.h"
#include "common/FileDialog.h"
#include "report/SummaryPdf.h"
#include "storage/Database.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
// Program figures span 12 weeks by default: one circle's length.
constexpr int ProgramWeeks = 12;

QString ratio(int part, int whole)
{
    return whole > 0
        ? ProgramPage::tr("%1 of %2 (%3 %)").arg(part).arg(whole).arg(qRound(100.0 * part / whole))
        : ProgramPage::tr("none yet");
}

QString weekText(int week, int length)
{
    if (week <= 0)
        return ProgramPage::tr("not started");
    if (week > length)
        return ProgramPage::tr("finished");
    return ProgramPage::tr("week %1 of %2").arg(week).arg(length);
}

QTableWidget* makeTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

void fillRows(QTableWidget* table, const QList<QStringList>& rows)
{
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            // Plain items: a circle's name is shown as typed, never as markup.
            auto* item = new QTableWidgetItem(rows.at(r).at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
}
} // namespace

ProgramPage::ProgramPage(Database& db, QDate today, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_today(today)
{
    setObjectName(u"programPage"_s);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);

    m_error = new QLabel(content);
    m_error->setObjectName(u"programError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_facilitatorBox = new QWidget(content);
    m_facilitatorBox->setObjectName(u"facilitatorOverview"_s);
    auto* fl = new QVBoxLayout(m_facilitatorBox);
    fl->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Your circles"), m_facilitatorBox);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    fl->addWidget(title);
    m_circles = makeTable(u"facilitatorCircles"_s, {}, m_facilitatorBox);
    QStringList headers;
    for (const PageFlow::Column& c : overviewColumns())
        headers.append(c.title);
    m_circles->setColumnCount(int(headers.size()));
    m_circles->setHorizontalHeaderLabels(headers);
    m_circles->horizontalHeaderItem(6)->setToolTip(tr("Contributions in the last 7 days"));
    m_circles->horizontalHeaderItem(7)->setToolTip(
        tr("Members without a contribution for two weeks"));
    // The circle's name takes what is left; the figures keep their width.
    m_circles->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_circles->horizontalHeader()->setStretchLastSection(false);
    fl->addWidget(m_circles, 1);
    m_stalled = new QLabel(m_facilitatorBox);
    m_stalled->setObjectName(u"stalledMembers"_s);
    m_stalled->setTextFormat(Qt::PlainText);
    m_stalled->setWordWrap(true);
    fl->addWidget(m_stalled);
    m_save = new QPushButton(tr("Save check-in as PDF…"), m_facilitatorBox);
    m_save->setObjectName(u"saveCheckIn"_s);
    connect(m_save, &QPushButton::clicked, this, [this] { saveCheckIn(); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    fl->addLayout(buttons);
    layout->addWidget(m_facilitatorBox, 1);

    m_adminBox = new QWidget(content);
    m_adminBox->setObjectName(u"programTotals"_s);
    auto* al = new QVBoxLayout(m_adminBox);
    al->setContentsMargins(0, 0, 0, 0);
    auto* programTitle = new QLabel(tr("The program"), m_adminBox);
    programTitle->setFont(big);
    al->addWidget(programTitle);
    m_totals = new QLabel(m_adminBox);
    m_totals->setObjectName(u"totals"_s);
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    al->addWidget(m_totals);
    auto* tables = new QHBoxLayout;
    m_programCircles = makeTable(u"programCircles"_s,
        {tr("Circle"), tr("Week"), tr("Members"), tr("Active this week")}, m_adminBox);
    m_weeks = makeTable(u"participation"_s,
        {tr("Week from"), tr("Members active"), tr("Contributions")}, m_adminBox);
    m_programCircles->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_programCircles->horizontalHeader()->setStretchLastSection(false);
    tables->addWidget(m_programCircles, 3);
    tables->addWidget(m_weeks, 2);
    al->addLayout(tables, 1);
    layout->addWidget(m_adminBox, 1);

    // Many notifications in a row (a meeting being recorded) refresh once.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &ProgramPage::refresh);
    connect(&m_db, &Database::changed, m_refresh, qOverload<>(&QTimer::start));
    refresh();
}

void ProgramPage::setToday(QDate today)
{
    m_today = today;
    refresh();
}

QList<PageFlow::Column> ProgramPage::overviewColumns()
{
    const auto right = Qt::AlignRight;
    return {{tr("Circle"), 2.0}, {tr("Week"), 1.4, right}, {tr("Next meeting"), 1.6, right},
        {tr("Members"), 0.8, right}, {tr("Attendance"), 1.4, right},
        {tr("Commitments kept"), 1.4, right}, {tr("Given / received"), 1.2, right},
        {tr("Stalling"), 0.8, right}};
}

QStringList ProgramPage::overviewRow(const OrgCircleOverview& c, const QLocale& locale)
{
    QString next = tr("none planned");
    const QDateTime at = QDateTime::fromString(c.nextMeeting, Qt::ISODate);
    if (at.isValid())
        next = locale.toString(at, QLocale::ShortFormat);
    else if (!c.nextMeeting.isEmpty())
        next = c.nextMeeting;
    return {c.name, weekText(c.week, c.lengthWeeks), next, QString::number(c.members),
        ratio(c.attendancePresent, c.attendanceRecorded),
        ratio(c.commitmentsKept, c.commitmentsDue),
        tr("%1 / %2").arg(c.givenThisWeek).arg(c.receivedThisWeek), QString::number(c.stalled)};
}

void ProgramPage::refresh()
{
    OrgService org(m_db);
    QString error;
    OrgSession session;
    if (!org.session(&session, &error)) {
        m_error->setText(error);
        m_error->show();
        m_facilitatorBox->hide();
        m_adminBox->hide();
        return;
    }
    m_facilitator = !session.facilitatedCircles.isEmpty();
    m_admin = session.isAdmin;
    QStringList errors;
    if (m_facilitator) {
        QList<OrgCircleOverview> circles;
        if (org.facilitatorOverview(m_today, &circles, &error))
            fillFacilitator(circles);
        else
            errors.append(error);
    }
    if (m_admin) {
        OrgProgramTotals totals;
        QList<OrgProgramCircle> circles;
        QList<OrgProgramWeek> weeks;
        if (org.programTotals(m_today, &totals, &error)
            && org.programCircles(m_today, &circles, &error)
            && org.programWeeks(m_today, ProgramWeeks, &weeks, &error))
            fillAdmin(totals, circles, weeks);
        else
            errors.append(error);
    }
    m_facilitatorBox->setVisible(m_facilitator);
    m_adminBox->setVisible(m_admin);
    if (!m_facilitator && !m_admin)
        errors.append(tr("This page is for the program's facilitators and its support team."));
    m_error->setText(errors.join(u'\n'));
    m_error->setVisible(!errors.isEmpty());
}

void ProgramPage::fillFacilitator(const QList<OrgCircleOverview>& circles)
{
    m_overview = circles;
    const QLocale locale;
    QList<QStringList> rows;
    QStringList stalled;
    for (const OrgCircleOverview& c : circles) {
        rows.append(overviewRow(c, locale));
        if (c.stalled > 0)
            stalled.append(tr("%1: %2").arg(c.name, locale.createSeparatedList(c.stalledNames)));
    }
    fillRows(m_circles, rows);
    m_stalled->setText(stalled.isEmpty()
            ? tr("Everyone contributed in the last two weeks.")
            : tr("No contribution for two weeks – %1").arg(stalled.join(u"; "_s)));
    m_save->setEnabled(!circles.isEmpty());
}

void ProgramPage::fillAdmin(const OrgProgramTotals& t, const QList<OrgProgramCircle>& circles,
    const QList<OrgProgramWeek>& weeks)
{
    m_totals->setText(
        tr("%n circle(s): %1 running, %2 not started yet, %3 finished.", nullptr, t.circles)
            .arg(t.circlesRunning)
            .arg(t.circlesNotStarted)
            .arg(t.circlesFinished)
        + u'\n'
        + tr("Members active this week: %1. Contributions this week: %2.")
              .arg(ratio(t.membersActiveThisWeek, t.members))
              .arg(t.contributionsThisWeek)
        + u'\n'
        + tr("Completion: %1 of the circles finished; commitments kept %2.")
              .arg(
                  ratio(t.circlesFinished, t.circles), ratio(t.commitmentsKept, t.commitmentsDue)));
    QList<QStringList> rows;
    for (const OrgProgramCircle& c : circles)
        rows.append({c.name, weekText(c.week, c.lengthWeeks), QString::number(c.members),
            QString::number(c.membersActiveThisWeek)});
    fillRows(m_programCircles, rows);
    const QLocale locale;
    QList<QStringList> weekRows;
    for (const OrgProgramWeek& w : weeks)
        weekRows.append({locale.toString(w.weekStart, QLocale::ShortFormat),
            QString::number(w.membersActive), QString::number(w.contributions)});
    fillRows(m_weeks, weekRows);
}

bool ProgramPage::saveCheckIn()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("check-in-%1.pdf").arg(m_today.toString(Qt::ISODate)));
    const QString path = FileDialog::saveFileName(
        this, tr("Save check-in as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    int pages = 0;
    if (!checkinpdf::write(
            m_overview, m_today, path, summarypdf::localePageSize(), &error, &pages)) {
        Q_EMIT message(error);
        return false;
    }
    Q_EMIT message(tr("Saved the check-in (%n page(s)) to %1.", nullptr, pages)
                       .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace outloud
