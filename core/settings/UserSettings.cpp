// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserSettings.h"

#include "io/FileIo.h"
#include "storage/FileModes.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
// QSettings writes through QSaveFile, whose commit() misses a failed flush: on a full
// disk it renames a short file over the good one and reports success. This checks what
// reached the disk and puts the old bytes back when it is not all there.
class GuardedSettings : public QSettings
{
public:
    GuardedSettings()
        : QSettings(QSettings::NativeFormat, QSettings::UserScope, u"outloud"_s, u"outloud"_s)
    {
        const QString path = fileName();
        // The file holds what the user chose; created for the owner alone, and QSaveFile
        // keeps the mode of the file it replaces.
        if (!QFileInfo::exists(path) && makePrivatePath(QFileInfo(path).absolutePath(), nullptr))
            createPrivateFile(path, nullptr);
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_before = file.readAll();
    }

    ~GuardedSettings() override
    {
        sync();
        QFile file(fileName());
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QByteArray after = file.readAll();
        file.close();
        if (after != m_before && !isWhole(after))
            io::writePrivateFile(fileName(), m_before, nullptr);
    }

private:
    // Every key on a line of its own, and the last line ended: a short write fails one.
    bool isWhole(const QByteArray& bytes) const
    {
        if (!bytes.isEmpty() && !bytes.endsWith('\n'))
            return false;
        qsizetype keys = 0;
        for (const QByteArray& line : bytes.split('\n')) {
            if (!line.trimmed().isEmpty() && !line.startsWith('['))
                ++keys;
        }
        return keys == allKeys().size();
    }

    QByteArray m_before;
};
} // namespace

std::unique_ptr<QSettings> openUserSettings()
{
    return std::make_unique<GuardedSettings>();
}

} // namespace outloud
