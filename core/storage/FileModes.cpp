// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileModes.h"

#include "SqlUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud", text);
}

QString reason(int errnoValue)
{
    if (errnoValue == ENOSPC || errnoValue == EDQUOT)
        return tr("the disk is full");
    if (errnoValue == EROFS || errnoValue == EACCES || errnoValue == EPERM)
        return tr("this folder is read-only");
    return qt_error_string(errnoValue);
}
} // namespace

bool makePrivatePath(const QString& folder, QString* error)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList missing;
    QString probe = absolute;
    while (!QFileInfo::exists(probe)) {
        missing.prepend(probe);
        const QString parent = QFileInfo(probe).absolutePath();
        if (parent == probe)
            break;
        probe = parent;
    }
    if (QFileInfo::exists(probe) && !QFileInfo(probe).isDir())
        return fail(error,
            tr("Could not create the folder %1: %2 is a file.")
                .arg(QDir::toNativeSeparators(absolute), QDir::toNativeSeparators(probe)));
    for (const QString& dir : std::as_const(missing)) {
        const QByteArray name = QFile::encodeName(dir);
        if (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST) {
            return fail(error,
                tr("Could not create the folder %1: %2.")
                    .arg(QDir::toNativeSeparators(dir), reason(errno)));
        }
        // mkdir's mode passes through the umask, which can only take bits away.
    }
    return true;
}

bool createPrivateFile(const QString& path, QString* error)
{
    const int fd = ::open(
        QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(error,
            tr("Could not create %1: %2.").arg(QDir::toNativeSeparators(path), reason(errno)));
    ::close(fd);
    return true;
}

bool renameNoReplace(const QString& from, const QString& to, QString* error)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE)
        == 0)
        return true;
    // File systems without RENAME_NOREPLACE: a hard link refuses to replace as well.
    if (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP) {
        if (::link(source.constData(), target.constData()) == 0) {
            ::unlink(source.constData());
            return true;
        }
    }
    if (errno == EEXIST)
        return fail(error,
            tr("%1 already exists; Outloud does not replace it.")
                .arg(QDir::toNativeSeparators(to)));
    return fail(
        error, tr("Could not create %1: %2.").arg(QDir::toNativeSeparators(to), reason(errno)));
}

bool ownerMayWrite(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & S_IWUSR) != 0;
}

} // namespace outloud
