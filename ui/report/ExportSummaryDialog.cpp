// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportSummaryDialog.h"

#include "SummaryExportRunner.h"
#include "SummaryPdf.h"
#include "circle/CircleService.h"
#include "common/FileDialog.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
const auto FolderKey = u"report/lastFolder"_s;
const auto PaperKey = u"report/pageSize"_s;
constexpr qint64 WholeCircle = -2;
// An export shows its progress when it takes longer than this.
constexpr qint64 ProgressAfterMs = 1000;

// Characters that file systems refuse or that confuse shells become spaces.
QString safeFileName(QString name)
{
    static const QString bad = uR"(<>:"/\|?*)"_s;
    for (QChar& c : name) {
        if (bad.contains(c) || c.unicode() < 32)
            c = u' ';
    }
    return name.simplified();
}
} // namespace

ExportSummaryDialog::ExportSummaryDialog(
    Database& db, qint64 circleId, qint64 memberId, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_circleId(circleId)
{
    setWindowTitle(tr("Export week summary"));
    setObjectName(u"exportSummaryDialog"_s);
    CircleService circles(db);
    const std::optional<Circle> circle = circles.circle(circleId);
    const WeekCalendar calendar = circles.calendar(circleId);
    const int length = circle ? circle->lengthWeeks : 12;

    m_week = new QComboBox(this);
    m_week->setObjectName(u"weekCombo"_s);
    for (int w = 1; w <= length; ++w) {
        const QDate start = calendar.weekStart(w);
        m_week->addItem(
            tr("Week %1 (from %2)").arg(w).arg(QLocale().toString(start, QLocale::ShortFormat)), w);
    }
    m_today = today;
    m_week->setCurrentIndex(std::clamp(calendar.currentWeek(today), 1, length) - 1);
    m_week->setAccessibleName(tr("Week"));

    m_member = new QComboBox(this);
    m_member->setObjectName(u"memberCombo"_s);
    const qint64 preselect = memberId > 0 ? memberId : circles.meId(circleId);
    for (const Member& m : circles.members(circleId)) {
        m_member->addItem(m.isMe ? tr("%1 (me)").arg(m.name) : m.name, m.id);
        if (m.id == preselect)
            m_member->setCurrentIndex(m_member->count() - 1);
    }
    m_member->addItem(tr("The whole circle (facilitator's summary)"), WholeCircle);
    m_member->setAccessibleName(tr("Whose summary"));

    m_paper = new QComboBox(this);
    m_paper->setObjectName(u"pageSizeCombo"_s);
    const QPageSize::PageSizeId local = summarypdf::localePageSize();
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    // The paper chosen last time wins over the locale's: it is a deliberate override.
    const int remembered = m_paper->findData(QSettings().value(PaperKey, int(local)).toInt());
    m_paper->setCurrentIndex(remembered >= 0 ? remembered : 0);
    m_paper->setAccessibleName(tr("Paper size"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"pathEdit"_s);
    m_path->setAccessibleName(tr("File"));
    m_path->setMinimumWidth(380);
    m_browse = new QPushButton(tr("Choose…"), this);
    m_browse->setObjectName(u"browseButton"_s);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"exportProgress"_s);
    m_bar->setAccessibleName(tr("Export progress"));
    m_bar->setTextVisible(false);
    m_bar->hide();
    m_poll = new QTimer(this);
    // The page is read a few times a second, not sent per page: the window stays free.
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ExportSummaryDialog::showProgress);

    auto* form = new QFormLayout;
    form->addRow(tr("&Week:"), m_week);
    form->addRow(tr("&Summary of:"), m_member);
    form->addRow(tr("&Paper:"), m_paper);
    // A row holding a layout gets no buddy by itself: without one, "&" would show.
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportSummaryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportSummaryDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportSummaryDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_week, &QComboBox::currentIndexChanged, this, &ExportSummaryDialog::suggestFileName);
    connect(m_member, &QComboBox::currentIndexChanged, this, &ExportSummaryDialog::suggestFileName);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
    suggestFileName();
}

// The runner (a child) would cancel and wait as it goes; done first, while the dialog's
// widgets are still whole.
ExportSummaryDialog::~ExportSummaryDialog()
{
    delete m_runner;
}

void ExportSummaryDialog::suggestFileName()
{
    if (m_pathEdited)
        return;
    QString folder = QSettings().value(FolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const qint64 who = m_member->currentData().toLongLong();
    const QString name = who == WholeCircle
        ? tr("circle")
        : CircleService(m_db).member(who).value_or(Member {}).name;
    const QString file
        = safeFileName(tr("Week %1 summary - %2").arg(m_week->currentData().toInt()).arg(name))
        + u".pdf"_s;
    m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(file)));
}

void ExportSummaryDialog::browse()
{
    const QString chosen = FileDialog::saveFileName(
        this, tr("Export week summary"), m_path->text(), tr("PDF documents (*.pdf)"));
    if (chosen.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(
        chosen.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? chosen : chosen + u".pdf"_s));
    m_pathEdited = true;
}

void ExportSummaryDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ExportSummaryDialog::setChoicesEnabled(bool enabled)
{
    for (QWidget* w : std::initializer_list<QWidget*> {m_week, m_member, m_paper, m_path, m_browse})
        w->setEnabled(enabled);
    m_export->setEnabled(enabled);
}

void ExportSummaryDialog::accept()
{
    if (m_runner)
        return; // one export at a time: Export is disabled, Enter is not
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        showError(tr("Choose the file to write."));
        return;
    }
    const qint64 who = m_member->currentData().toLongLong();
    summarypdf::Request request;
    request.location = m_db.path();
    request.clock = m_db.clock();
    request.circleId = m_circleId;
    request.wholeCircle = who == WholeCircle;
    request.memberId = who;
    request.week = m_week->currentData().toInt();
    request.today = m_today; // the same reference day as the Overview beside it
    request.pageSize = QPageSize::PageSizeId(m_paper->currentData().toInt());
    request.path = path;

    m_error->hide();
    m_status->hide();
    m_bar->hide();
    setChoicesEnabled(false);
    m_runner = new SummaryExportRunner(std::move(request), this);
    m_runner->progress().afterPage = m_afterPage;
    connect(m_runner, &SummaryExportRunner::finished, this, &ExportSummaryDialog::finished);
    m_running.start();
    m_poll->start();
    m_runner->start();
}

void ExportSummaryDialog::reject()
{
    if (!m_runner) {
        QDialog::reject();
        return;
    }
    m_runner->cancel();
    m_status->setText(tr("Stopping the export…"));
    m_status->show();
}

void ExportSummaryDialog::showProgress()
{
    if (!m_runner || m_runner->progress().canceled.load() || m_running.elapsed() < ProgressAfterMs)
        return;
    const int page = m_runner->progress().page.load();
    const int pages = m_runner->progress().pages.load();
    if (page == 0) {
        m_status->setText(tr("Reading the week…"));
        m_bar->setRange(0, 0);
    } else if (pages == 0) {
        // The first pass counts the pages: how many is not known yet.
        m_status->setText(tr("Laying out page %1…").arg(page));
        m_bar->setRange(0, 0);
    } else {
        m_status->setText(tr("Writing page %1 of %2…").arg(page).arg(pages));
        m_bar->setRange(0, pages);
        m_bar->setValue(page);
    }
    m_status->show();
    m_bar->show();
}

void ExportSummaryDialog::finished(bool canceled, const QString& error)
{
    const summarypdf::Request request = m_runner->request();
    m_runner->deleteLater();
    m_runner = nullptr;
    m_poll->stop();
    m_bar->hide();
    m_status->hide();
    setChoicesEnabled(true);
    if (canceled) {
        m_status->setText(error);
        m_status->show();
        return;
    }
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    QSettings().setValue(FolderKey, QFileInfo(request.path).absolutePath());
    QSettings().setValue(PaperKey, int(request.pageSize));
    m_written = request.path;
    QDialog::accept();
}

} // namespace outloud
