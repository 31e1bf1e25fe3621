// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileIo.h"

#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace outloud::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::io", text);
}
} // namespace

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
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Could not write %1: %2").arg(shown, file.errorString()));
    // The temporary file gets the mode before any byte of personal data reaches it.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return fail(error, tr("Could not make %1 private: %2").arg(shown, file.errorString()));
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(error, tr("Could not write %1: %2").arg(shown, file.errorString()));
    return true;
}

int lineAtOffset(const QByteArray& bytes, qint64 offset)
{
    const qint64 end = std::min<qint64>(offset, bytes.size());
    return int(std::count(bytes.constData(), bytes.constData() + end, '\n')) + 1;
}

} // namespace outloud::io
