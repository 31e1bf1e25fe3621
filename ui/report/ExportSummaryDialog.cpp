// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportSummaryDialog.h"

#include "SummaryPdf.h"
#include "circle/CircleService.h"
#include "common/FileDialog.h"
#include "report/SummaryBuilder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
const auto FolderKey = u"report/lastFolder"_s;
const auto PaperKey = u"report/pageSize"_s;
constexpr qint64 WholeCircle = -2;

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
    auto* browseButton = new QPushButton(tr("Choose…"), this);
    browseButton->setObjectName(u"browseButton"_s);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();

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
    connect(browseButton, &QPushButton::clicked, this, &ExportSummaryDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_week, &QComboBox::currentIndexChanged, this, &ExportSummaryDialog::suggestFileName);
    connect(m_member, &QComboBox::currentIndexChanged, this, &ExportSummaryDialog::suggestFileName);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    suggestFileName();
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

void ExportSummaryDialog::accept()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        showError(tr("Choose the file to write."));
        return;
    }
    const int week = m_week->currentData().toInt();
    const qint64 who = m_member->currentData().toLongLong();
    const auto paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    QString error;
    SummaryBuilder builder(m_db);
    builder.setToday(m_today); // the same reference day as the Overview beside it
    bool ok = false;
    if (who == WholeCircle) {
        const std::optional<CircleWeekSummary> s = builder.circleWeek(m_circleId, week, &error);
        ok = s && summarypdf::writeCircle(*s, path, paper, &error);
    } else {
        const std::optional<MemberWeekSummary> s = builder.memberWeek(who, week, &error);
        ok = s && summarypdf::writeMember(*s, path, paper, &error);
    }
    if (!ok) {
        showError(error);
        return;
    }
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    QSettings().setValue(PaperKey, int(paper));
    m_written = path;
    QDialog::accept();
}

} // namespace outloud
