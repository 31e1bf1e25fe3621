// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileIo.h"

#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <atomic>
#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace outloud::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::io", text);
}

std::atomic<int> g_injectedFailure {0};

// The errno of a failed QFileDevice call, recovered from its text when errno moved on.
int errnoOf(const QFileDevice& file, int captured)
{
    if (captured != 0)
        return captured;
    const QString text = file.errorString();
    for (int e : {ENOSPC, EDQUOT, EFBIG, EROFS, EACCES, EPERM}) {
        if (text.contains(qt_error_string(e)))
            return e;
    }
    return 0;
}
} // namespace

void injectWriteFailure(int errnoValue)
{
    g_injectedFailure = errnoValue;
}

int injectedWriteFailure()
{
    return g_injectedFailure;
}

QString writeFailureReason(int errnoValue, const QString& systemText)
{
    switch (errnoValue) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return tr("the disk is full");
    case EROFS:
    case EACCES:
    case EPERM:
        return tr("this folder is read-only");
    default:
        break;
    }
    if (errnoValue != 0)
        return qt_error_string(errnoValue);
    if (!systemText.isEmpty() && systemText != qt_error_string(-1)
        && !systemText.contains(u"Unknown error"_s))
        return systemText;
    return tr("the file could not be written completely");
}

QString writeFailureMessage(const QString& path, int errnoValue, const QString& systemText)
{
    return tr("Could not write %1: %2.")
        .arg(QDir::toNativeSeparators(path), writeFailureReason(errnoValue, systemText));
}

bool openInputFile(const QString& path, QFile* file, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(error, tr("%1 does not exist.").arg(shown));
    if (info.isDir())
        return fail(error, tr("%1 is a folder, not a file.").arg(shown));
    file->setFileName(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(error, tr("Could not read %1: %2").arg(shown, file->errorString()));
    return true;
}

QString inputTooLargeMessage(const QString& path)
{
    return tr("%1 is larger than %2 MB; Outloud does not read files that large.")
        .arg(QDir::toNativeSeparators(path))
        .arg(MaxInputBytes / (1024 * 1024));
}

bool readInputFile(const QString& path, QByteArray* bytes, QString* error)
{
    QFile file;
    if (!openInputFile(path, &file, error))
        return false;
    // Read one byte more than allowed, so that a file that grows meanwhile is refused too.
    *bytes = file.read(MaxInputBytes + 1);
    if (bytes->size() > MaxInputBytes) {
        bytes->clear();
        return fail(error, inputTooLargeMessage(path));
    }
    if (file.error() != QFileDevice::NoError)
        return fail(error,
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

PrivateFileWriter::PrivateFileWriter(const QString& path)
    : m_path(path)
{ }

PrivateFileWriter::~PrivateFileWriter()
{
    cancel();
}

bool PrivateFileWriter::open(QString* error)
{
    if (QFileInfo(m_path).isDir())
        return fail(error,
            QCoreApplication::translate("outloud::io", "%1 is a folder, not a file.")
                .arg(QDir::toNativeSeparators(m_path)));
    m_file = std::make_unique<QSaveFile>(m_path);
    // Never write in place: a failure must leave the old file whole.
    m_file->setDirectWriteFallback(false);
    errno = 0;
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString message
            = writeFailureMessage(m_path, errnoOf(*m_file, errno), m_file->errorString());
        m_file.reset();
        return fail(error, message);
    }
    // The temporary file gets the mode before any byte of personal data reaches it.
    if (!m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString message
            = writeFailureMessage(m_path, errnoOf(*m_file, errno), m_file->errorString());
        cancel();
        return fail(error, message);
    }
    m_failed = false;
    m_errno = 0;
    return true;
}

bool PrivateFileWriter::write(const QByteArray& bytes)
{
    if (!m_file || m_failed)
        return false;
    errno = 0;
    if (m_file->write(bytes) != bytes.size()) {
        m_errno = errnoOf(*m_file, errno);
        m_failed = true;
    }
    return !m_failed;
}

bool PrivateFileWriter::commit(QString* error)
{
    if (!m_file)
        return fail(error, writeFailureMessage(m_path, 0));
    if (const int injected = injectedWriteFailure()) {
        cancel();
        return fail(error, writeFailureMessage(m_path, injected));
    }
    // QSaveFile::commit() does not notice a failed flush of its buffer: flush and check
    // first, or a full disk yields a short file that replaces the good one.
    errno = 0;
    if (m_failed || !m_file->flush()) {
        const int e = m_failed ? m_errno : errnoOf(*m_file, errno);
        const QString text = m_file->errorString();
        cancel();
        return fail(error, writeFailureMessage(m_path, e, text));
    }
    errno = 0;
    const bool ok = m_file->commit();
    const QString message = ok
        ? QString()
        : writeFailureMessage(m_path, errnoOf(*m_file, errno), m_file->errorString());
    m_file.reset();
    return ok || fail(error, message);
}

void PrivateFileWriter::cancel()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
}

bool writePrivateFile(const QString& path, const QByteArray& bytes, QString* error)
{
    PrivateFileWriter file(path);
    if (!file.open(error))
        return false;
    // An injected failure writes half the bytes first, as a disk that fills up would.
    file.write(injectedWriteFailure() ? bytes.left(bytes.size() / 2) : bytes);
    return file.commit(error);
}

int lineAtOffset(const QByteArray& bytes, qint64 offset)
{
    const qint64 end = std::min<qint64>(offset, bytes.size());
    return int(std::count(bytes.constData(), bytes.constData() + end, '\n')) + 1;
}

} // namespace outloud::io
