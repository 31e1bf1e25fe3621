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

bool readInputFile(const QString& path, QByteArray* bytes, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(error, tr("%1 does not exist.").arg(shown));
    if (info.isDir())
        return fail(error, tr("%1 is a folder, not a file.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, tr("Could not read %1: %2").arg(shown, file.errorString()));
    // Read one byte more than allowed, so that a file that grows meanwhile is refused too.
    *bytes = file.read(MaxInputBytes + 1);
    if (bytes->size() > MaxInputBytes) {
        bytes->clear();
        return fail(error,
            tr("%1 is larger than %2 MB; Outloud does not read files that large.")
                .arg(shown)
                .arg(MaxInputBytes / (1024 * 1024)));
    }
    if (file.error() != QFileDevice::NoError)
        return fail(error, tr("Could not read %1: %2").arg(shown, file.errorString()));
    return true;
}

bool writePrivateFile(const QString& path, const QByteArray& bytes, QString* error)
{
    if (QFileInfo(path).isDir())
        return fail(error, tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    // Never write in place: a failure must leave the old file whole.
    file.setDirectWriteFallback(false);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, writeFailureMessage(path, errnoOf(file, errno), file.errorString()));
    // The temporary file gets the mode before any byte of personal data reaches it.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const int e = errnoOf(file, errno);
        file.cancelWriting();
        return fail(error, writeFailureMessage(path, e, file.errorString()));
    }
    if (const int injected = injectedWriteFailure()) {
        file.write(bytes.left(bytes.size() / 2));
        file.flush();
        file.cancelWriting();
        return fail(error, writeFailureMessage(path, injected));
    }
    // QSaveFile::commit() does not notice a failed flush of its buffer: flush and check
    // first, or a full disk yields a short file that replaces the good one.
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const int e = errnoOf(file, errno);
        file.cancelWriting();
        return fail(error, writeFailureMessage(path, e, file.errorString()));
    }
    errno = 0;
    if (!file.commit())
        return fail(error, writeFailureMessage(path, errnoOf(file, errno), file.errorString()));
    return true;
}

int lineAtOffset(const QByteArray& bytes, qint64 offset)
{
    const qint64 end = std::min<qint64>(offset, bytes.size());
    return int(std::count(bytes.constData(), bytes.constData() + end, '\n')) + 1;
}

} // namespace outloud::io
