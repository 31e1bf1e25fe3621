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
#include <QSet>
#include <QTemporaryFile>
#include <cerrno>
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

// The characters beyond U+FFFF (emoji) in the texts given, each once: all the text layer
// needs (pdftextlayer looks at nothing else), so no copy of a long week's text is made.
class Supplementary
{
public:
    Supplementary& operator<<(const QString& text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (!text.at(i).isHighSurrogate() || !text.at(i + 1).isLowSurrogate())
                continue;
            const char32_t c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            if (!m_seen.contains(c)) {
                m_seen.insert(c);
                m_text.append(text.mid(i, 2)).append(u'\n');
            }
            ++i;
        }
        return *this;
    }
    Supplementary& operator<<(const QStringList& texts)
    {
        for (const QString& t : texts)
            *this << t;
        return *this;
    }
    QString text() const { return m_text; }

private:
    QSet<char32_t> m_seen;
    QString m_text;
};

// Every text of the user's a summary can show: the characters an emoji font may draw.
QString userText(const MemberWeekSummary& s)
{
    Supplementary parts;
    parts << s.circleName << s.memberName << s.meetingNotes << s.theme << s.roundNote
          << s.nextWeekTheme << s.nextWeekPreview;
    if (s.goal)
        parts << s.goal->accomplish << s.goal->why << s.goal->progress;
    for (const ClosenessMove& m : s.closenessChanges)
        parts << m.person;
    for (const SummaryContribution& c : s.contributions)
        parts << c.person << c.kind << c.channel << c.note;
    for (const Commitment& c : s.commitmentsDue)
        parts << c.text;
    for (const Commitment& c : s.commitmentsNew)
        parts << c.text;
    for (const SummaryTouch& t : s.keepInTouch)
        parts << t.person << t.rhythm;
    return parts.text();
}

QString userText(const CircleWeekSummary& s)
{
    Supplementary parts;
    parts << s.circleName << s.facilitatorName << s.meetingNotes << s.theme << s.nextWeekTheme;
    for (const CircleMemberRow& m : s.members)
        parts << m.name << m.source;
    return parts.text();
}

// Appends @p bytes to @p file (open for reading and writing); false when a byte is lost.
bool append(QFile& file, const QByteArray& bytes)
{
    return bytes.isEmpty() || (file.seek(file.size()) && file.write(bytes) == bytes.size());
}

// Tells @p progress of each page; stops the painting once it was canceled.
summarydocument::PageHook pageHook(Progress* progress)
{
    if (!progress)
        return {};
    return [progress](int page, int pages) {
        progress->pages = pages;
        progress->page = page;
        if (progress->afterPage)
            progress->afterPage(*progress);
        return !progress->canceled.load();
    };
}

bool write(const QString& path, QPageSize::PageSizeId pageSize, const QString& title,
    const QString& author, const QString& text,
    const std::function<int(QPagedPaintDevice*, const summarydocument::PageHook&)>& paint,
    QString* error, int* pages, Progress* progress)
{
    const QString shown = QDir::toNativeSeparators(path);
    // A folder is refused before any work; the write itself is atomic (io::PrivateFileWriter).
    if (QFileInfo(path).isDir()) {
        if (error)
            *error = tr("%1 is a folder, not a file.").arg(shown);
        return false;
    }
    // The PDF goes to a file as it is painted, never whole into memory: a long week has
    // thousands of pages. The scratch file is beside the target (readable by the owner
    // alone, QTemporaryFile's mode) and removed whatever happens.
    QTemporaryFile scratch(QFileInfo(path).absolutePath() + u"/.outloud-XXXXXX.pdf"_s);
    errno = 0;
    if (!scratch.open()) {
        if (error)
            *error = io::writeFailureMessage(path, errno, scratch.errorString());
        return false;
    }
    int count = 0;
    {
        QPdfWriter writer(&scratch);
        writer.setTitle(title);
        writer.setCreator(tr("Outloud %1").arg(QStringLiteral(OUTLOUD_VERSION)));
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
        writer.setResolution(600);
        count = paint(&writer, pageHook(progress));
    }
    // Canceled: the scratch file goes, the target was never opened.
    if (progress && progress->canceled.load()) {
        if (error)
            *error = canceledMessage();
        return false;
    }
    if (count <= 0) {
        if (error)
            *error = tr("Could not lay out the summary for %1.").arg(shown);
        return false;
    }
    // Emoji in names and notes: Qt draws them but leaves them out of the text layer. Both
    // additions are incremental updates appended to the file, read piece by piece.
    errno = 0;
    const QString creator = tr("Outloud %1").arg(QStringLiteral(OUTLOUD_VERSION));
    if (!scratch.flush()
        || !append(scratch,
            pdftextlayer::supplementaryTextUpdate(
                &scratch, text, {PageFlow::face(10, false), PageFlow::face(10, true)}))
        || !scratch.flush() || !append(scratch, infoUpdate(&scratch, title, author, creator))
        || !scratch.flush() || !scratch.seek(0)) {
        if (error)
            *error = io::writeFailureMessage(path, errno, scratch.errorString());
        return false;
    }
    io::PrivateFileWriter file(path);
    if (!file.open(error))
        return false;
    // An injected failure writes half the bytes first, as a disk that fills up would.
    const qint64 limit = io::injectedWriteFailure() ? scratch.size() / 2 : scratch.size();
    for (qint64 done = 0; done < limit && !file.failed();) {
        const QByteArray piece = scratch.read(std::min<qint64>(1 << 20, limit - done));
        if (piece.isEmpty())
            break;
        file.write(piece);
        done += piece.size();
    }
    if (!file.commit(error))
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

QString canceledMessage()
{
    return tr("The export was canceled; no file was written.");
}

bool writeMember(const MemberWeekSummary& summary, const QString& path,
    QPageSize::PageSizeId pageSize, QString* error, int* pages, Progress* progress)
{
    return write(
        path, pageSize, summarydocument::memberTitle(summary), summary.memberName,
        userText(summary),
        [&](QPagedPaintDevice* device, const summarydocument::PageHook& onPage) {
            return summarydocument::paintMember(device, summary, onPage);
        },
        error, pages, progress);
}

bool writeCircle(const CircleWeekSummary& summary, const QString& path,
    QPageSize::PageSizeId pageSize, QString* error, int* pages, Progress* progress)
{
    const QString author
        = summary.facilitatorName.isEmpty() ? summary.circleName : summary.facilitatorName;
    return write(
        path, pageSize, summarydocument::circleTitle(summary), author, userText(summary),
        [&](QPagedPaintDevice* device, const summarydocument::PageHook& onPage) {
            return summarydocument::paintCircle(device, summary, onPage);
        },
        error, pages, progress);
}

QByteArray withInfo(
    const QByteArray& pdf, const QString& title, const QString& author, const QString& creator)
{
    QByteArray bytes = pdf; // shared, not copied: the buffer only reads it
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray update = infoUpdate(&buffer, title, author, creator);
    return update.isEmpty() ? pdf : pdf + update;
}

QByteArray infoUpdate(
    QIODevice* device, const QString& title, const QString& author, const QString& creator)
{
    // The last cross-reference section tells where the trailer is; the update points back to
    // it. Both are in the file's last bytes: only those are read.
    const qint64 size = device->size();
    const qint64 tailStart = std::max<qint64>(0, size - 64 * 1024);
    if (!device->seek(tailStart))
        return {};
    const QByteArray pdf = device->read(size - tailStart);
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailer = pdf.lastIndexOf("trailer", startxref);
    if (startxref < 0 || trailer < 0)
        return {};
    const QString tail = QString::fromLatin1(pdf.mid(trailer, startxref - trailer));
    const QString afterStart = QString::fromLatin1(pdf.mid(startxref + 9, 32)).trimmed();
    const auto sizeMatch = QRegularExpression(u"/Size\\s+(\\d+)"_s).match(tail);
    const auto root = QRegularExpression(u"/Root\\s+(\\d+\\s+\\d+\\s+R)"_s).match(tail);
    bool ok = false;
    const qint64 previous = afterStart.section(QRegularExpression(u"\\s"_s), 0, 0).toLongLong(&ok);
    if (!sizeMatch.hasMatch() || !root.hasMatch() || !ok)
        return {};
    const int object = sizeMatch.captured(1).toInt();

    QByteArray out;
    if (!pdf.endsWith('\n'))
        out.append('\n');
    const qint64 infoOffset = size + out.size();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    out.append(QByteArray::number(object) + " 0 obj\n<<\n/Title " + pdfString(title) + "\n/Author "
        + pdfString(author) + "\n/Creator " + pdfString(creator) + "\n/Producer "
        + pdfString(u"Qt "_s + QString::fromLatin1(qVersion())) + "\n/CreationDate (D:"
        + now.toString(u"yyyyMMddHHmmss"_s).toLatin1() + "Z)\n>>\nendobj\n");
    const qint64 xref = size + out.size();
    out.append("xref\n" + QByteArray::number(object) + " 1\n"
        + QByteArray::number(infoOffset).rightJustified(10, '0') + " 00000 n \n");
    out.append("trailer\n<< /Size " + QByteArray::number(object + 1) + " /Root "
        + root.captured(1).toLatin1() + " /Info " + QByteArray::number(object) + " 0 R /Prev "
        + QByteArray::number(previous) + " >>\nstartxref\n" + QByteArray::number(xref)
        + "\n%%EOF\n");
    return out;
}

} // namespace outloud::summarypdf
