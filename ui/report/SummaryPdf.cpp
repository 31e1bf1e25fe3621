// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPdf.h"

#include "PageFlow.h"
#include "PdfTextLayer.h"
#include "SummaryDocument.h"
#include "io/FileIo.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QRegularExpression>
#include <functional>

using namespace Qt::StringLiterals;

namespace outloud::summarypdf {

namespace {
// The context lupdate files tr() calls under in this namespace, so they find their translation.
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::summarypdf", text);
}

// A PDF text string: UTF-16BE with a byte order mark, written as hex so that nothing in
// it needs escaping.
QByteArray pdfString(const QString& text)
{
    QByteArray utf16;
    utf16.append(char(0xfe)).append(char(0xff));
    for (const QChar c : text)
        utf16.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    return '<' + utf16.toHex() + '>';
}

// Every text of the user's a summary can show: the characters an emoji font may draw.
QString userText(const MemberWeekSummary& s)
{
    QStringList parts {
        s.circleName, s.memberName, s.meetingNotes, s.theme, s.roundNote, s.nextWeekTheme};
    parts += s.nextWeekPreview;
    if (s.goal)
        parts << s.goal->accomplish << s.goal->why << s.goal->progress;
    for (const ClosenessMove& m : s.closenessChanges)
        parts << m.person;
    for (const SummaryContribution& c : s.contributions)
        parts << c.person << c.kind << c.channel << c.note;
    for (const Commitment& c : s.commitmentsDue + s.commitmentsNew)
        parts << c.text;
    for (const SummaryTouch& t : s.keepInTouch)
        parts << t.person << t.rhythm;
    return parts.join(u'\n');
}

QString userText(const CircleWeekSummary& s)
{
    QStringList parts {s.circleName, s.facilitatorName, s.meetingNotes, s.theme, s.nextWeekTheme};
    for (const CircleMemberRow& m : s.members)
        parts << m.name << m.source;
    return parts.join(u'\n');
}

bool write(const QString& path, QPageSize::PageSizeId pageSize, const QString& title,
    const QString& author, const QString& text, const std::function<int(QPagedPaintDevice*)>& paint,
    QString* error, int* pages)
{
    const QString shown = QDir::toNativeSeparators(path);
    // A folder is refused before any work; the write itself is atomic (io::writePrivateFile).
    if (QFileInfo(path).isDir()) {
        if (error)
            *error = tr("%1 is a folder, not a file.").arg(shown);
        return false;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int count = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(tr("Outloud %1").arg(QStringLiteral(OUTLOUD_VERSION)));
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
        writer.setResolution(600);
        count = paint(&writer);
    }
    if (count <= 0) {
        if (error)
            *error = tr("Could not lay out the summary for %1.").arg(shown);
        return false;
    }
    // Emoji in names and notes: Qt draws them but leaves them out of the text layer.
    const QByteArray complete = pdftextlayer::withSupplementaryText(
        buffer.data(), text, {PageFlow::face(10, false), PageFlow::face(10, true)});
    const QByteArray pdf
        = withInfo(complete, title, author, tr("Outloud %1").arg(QStringLiteral(OUTLOUD_VERSION)));
    if (!io::writePrivateFile(path, pdf, error))
        return false;
    if (pages)
        *pages = count;
    return true;
}
} // namespace

QPageSize::PageSizeId localePageSize(const QLocale& locale)
{
    const QLocale::Territory t = locale.territory();
    return t == QLocale::UnitedStates || t == QLocale::Canada ? QPageSize::Letter : QPageSize::A4;
}

QPageSize::PageSizeId parsePageSize(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"a4"_s)
        return QPageSize::A4;
    if (n == u"letter"_s)
        return QPageSize::Letter;
    return QPageSize::Custom;
}

bool writeMember(const MemberWeekSummary& summary, const QString& path,
    QPageSize::PageSizeId pageSize, QString* error, int* pages)
{
    return write(
        path, pageSize, summarydocument::memberTitle(summary), summary.memberName,
        userText(summary),
        [&](QPagedPaintDevice* device) { return summarydocument::paintMember(device, summary); },
        error, pages);
}

bool writeCircle(const CircleWeekSummary& summary, const QString& path,
    QPageSize::PageSizeId pageSize, QString* error, int* pages)
{
    const QString author
        = summary.facilitatorName.isEmpty() ? summary.circleName : summary.facilitatorName;
    return write(
        path, pageSize, summarydocument::circleTitle(summary), author, userText(summary),
        [&](QPagedPaintDevice* device) { return summarydocument::paintCircle(device, summary); },
        error, pages);
}

QByteArray withInfo(
    const QByteArray& pdf, const QString& title, const QString& author, const QString& creator)
{
    // The last cross-reference section tells where the trailer is; the update points back to it.
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailer = pdf.lastIndexOf("trailer", startxref);
    if (startxref < 0 || trailer < 0)
        return pdf;
    const QString tail = QString::fromLatin1(pdf.mid(trailer, startxref - trailer));
    const QString afterStart = QString::fromLatin1(pdf.mid(startxref + 9, 32)).trimmed();
    const auto size = QRegularExpression(u"/Size\\s+(\\d+)"_s).match(tail);
    const auto root = QRegularExpression(u"/Root\\s+(\\d+\\s+\\d+\\s+R)"_s).match(tail);
    bool ok = false;
    const qint64 previous = afterStart.section(QRegularExpression(u"\\s"_s), 0, 0).toLongLong(&ok);
    if (!size.hasMatch() || !root.hasMatch() || !ok)
        return pdf;
    const int object = size.captured(1).toInt();

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out.append('\n');
    const qsizetype infoOffset = out.size();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    out.append(QByteArray::number(object) + " 0 obj\n<<\n/Title " + pdfString(title) + "\n/Author "
        + pdfString(author) + "\n/Creator " + pdfString(creator) + "\n/Producer "
        + pdfString(u"Qt "_s + QString::fromLatin1(qVersion())) + "\n/CreationDate (D:"
        + now.toString(u"yyyyMMddHHmmss"_s).toLatin1() + "Z)\n>>\nendobj\n");
    const qsizetype xref = out.size();
    out.append("xref\n" + QByteArray::number(object) + " 1\n"
        + QByteArray::number(infoOffset).rightJustified(10, '0') + " 00000 n \n");
    out.append("trailer\n<< /Size " + QByteArray::number(object + 1) + " /Root "
        + root.captured(1).toLatin1() + " /Info " + QByteArray::number(object) + " 0 R /Prev "
        + QByteArray::number(previous) + " >>\nstartxref\n" + QByteArray::number(xref)
        + "\n%%EOF\n");
    return out;
}

} // namespace outloud::summarypdf
