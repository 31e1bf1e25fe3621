// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckInPdf.h"

#include "ProgramPage.h"
#include "io/FileIo.h"
#include "report/PageFlow.h"
#include "report/SummaryPdf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace outloud::checkinpdf {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("outloud::checkinpdf", text, disambiguation, n);
}
} // namespace

bool write(const QList<OrgCircleOverview>& circles, QDate today, const QString& path,
    QPageSize::PageSizeId pageSize, QString* error, int* pages)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        if (error)
            *error = tr("%1 is a folder, not a file.").arg(shown);
        return false;
    }
    const QLocale locale;
    const QString title = tr("Check-in of %1").arg(locale.toString(today, QLocale::LongFormat));
    const QString creator = tr("Outloud %1").arg(QStringLiteral(OUTLOUD_VERSION));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int count = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(creator);
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
        writer.setResolution(600);
        PageFlow flow(&writer, [&](int page) { return tr("%1 · page %2").arg(title).arg(page); });
        if (flow.isActive()) {
            flow.paragraph(title, flow.font(18, true));
            flow.paragraph(circles.isEmpty()
                    ? tr("You facilitate no circle in this program.")
                    : tr("%n circle(s) you facilitate.", nullptr, int(circles.size())),
                flow.font(10), Qt::darkGray);
            flow.space(10);
            flow.heading(tr("Your circles"));
            QList<QStringList> rows;
            for (const OrgCircleOverview& c : circles)
                rows.append(ProgramPage::overviewRow(c, locale));
            flow.table(ProgramPage::overviewColumns(), rows);
            for (const OrgCircleOverview& c : circles) {
                if (c.stalled == 0)
                    continue;
                flow.space(6);
                flow.heading(c.name, 30);
                flow.paragraph(tr("No contribution for two weeks: %1")
                                   .arg(locale.createSeparatedList(c.stalledNames)),
                    flow.font(10));
            }
            flow.finish();
            count = flow.pageCount();
        }
    }
    if (count <= 0) {
        if (error)
            *error = tr("Could not lay out the check-in for %1.").arg(shown);
        return false;
    }
    const QByteArray pdf = summarypdf::withInfo(buffer.data(), title, QString(), creator);
    if (!io::writePrivateFile(path, pdf, error))
        return false;
    if (pages)
        *pages = count;
    return true;
}

} // namespace outloud::checkinpdf
