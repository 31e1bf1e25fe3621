// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPrint.h"

#include "SummaryDocument.h"
#include "SummaryPdf.h"
#include "common/MessageBox.h"
#include "report/SummaryBuilder.h"

#include <QCoreApplication>
#include <QPrintDialog>
#include <QPrinter>
#include <functional>

namespace outloud::summaryprint {

namespace {
// The context lupdate files tr() calls under in this namespace, so they find their translation.
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::summaryprint", text);
}
} // namespace

int printMember(QPrinter& printer, const MemberWeekSummary& summary)
{
    printer.setDocName(summarydocument::memberTitle(summary));
    return summarydocument::paintMember(&printer, summary);
}

int printCircle(QPrinter& printer, const CircleWeekSummary& summary)
{
    printer.setDocName(summarydocument::circleTitle(summary));
    return summarydocument::paintCircle(&printer, summary);
}

namespace {
// Asks through the print dialog, then paints with @p paint; messages name the problem.
bool askAndPrint(
    QWidget* parent, const QString& title, int week, const std::function<int(QPrinter&)>& paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(summarypdf::localePageSize()));
    printer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print week %1 summary").arg(week));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (paint(printer) <= 0) {
        MessageBox::warning(parent, tr("Print week summary"), tr("The printer could not be used."));
        return false;
    }
    return true;
}
} // namespace

bool printWeekSummary(QWidget* parent, Database& db, qint64 memberId, int week)
{
    QString error;
    const std::optional<MemberWeekSummary> summary
        = SummaryBuilder(db).memberWeek(memberId, week, &error);
    if (!summary) {
        MessageBox::warning(parent, tr("Print week summary"), error);
        return false;
    }
    return askAndPrint(parent, summarydocument::memberTitle(*summary), week,
        [&](QPrinter& printer) { return printMember(printer, *summary); });
}

bool printCircleSummary(QWidget* parent, Database& db, qint64 circleId, int week)
{
    QString error;
    const std::optional<CircleWeekSummary> summary
        = SummaryBuilder(db).circleWeek(circleId, week, &error);
    if (!summary) {
        MessageBox::warning(parent, tr("Print week summary"), error);
        return false;
    }
    return askAndPrint(parent, summarydocument::circleTitle(*summary), week,
        [&](QPrinter& printer) { return printCircle(printer, *summary); });
}

} // namespace outloud::summaryprint
