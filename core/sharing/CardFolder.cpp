// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardFolder.h"

#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace outloud::sharing {

namespace {
const QString Suffix = u".outloud-card"_s;
// A card is a few kilobytes; anything far larger is not one of ours.
constexpr qint64 MaxCardBytes = 256 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("outloud::sharing", text);
}

bool isConflictCopy(const QString& name)
{
    // Syncthing, Nextcloud/ownCloud and Dropbox name the copies they keep on a conflict so.
    return name.contains(u".sync-conflict-"_s, Qt::CaseInsensitive)
        || name.contains(u"conflicted copy"_s, Qt::CaseInsensitive)
        || name.contains(u"conflict"_s, Qt::CaseInsensitive);
}
} // namespace

QString cardFileName(const QString& memberUid)
{
    return memberUid + Suffix;
}

bool writeCard(const QString& folder, const Card& card, QString* error)
{
    if (!isValidUid(card.memberUid))
        return fail(error, tr("This member has no id to share under."));
    const QString path = QDir(folder).filePath(cardFileName(card.memberUid));
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(folder).isDir())
        return fail(error,
            tr("The shared folder %1 cannot be found.").arg(QDir::toNativeSeparators(folder)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Could not write %1: %2").arg(shown, file.errorString()));
    // The other members (on a network drive, other accounts) read it; only its owner writes.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
        | QFileDevice::ReadOther);
    const QByteArray bytes = cardToJson(card);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(error, tr("Could not write %1: %2").arg(shown, file.errorString()));
    return true;
}

bool removeCard(const QString& folder, const QString& memberUid, QString* error)
{
    if (folder.isEmpty() || !isValidUid(memberUid))
        return true;
    QFile file(QDir(folder).filePath(cardFileName(memberUid)));
    if (file.exists() && !file.remove())
        return fail(error,
            tr("Could not remove %1: %2")
                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    return true;
}

FolderReading readFolder(
    const QString& folder, const QString& circleUid, const QString& ownMemberUid)
{
    FolderReading reading;
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists()) {
        reading.notes.append(tr("The shared folder %1 cannot be found; is the drive connected?")
                                 .arg(QDir::toNativeSeparators(folder)));
        return reading;
    }
    static const QRegularExpression cardName(u"^[0-9a-f]{32}\\.outloud-card$"_s);
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString& name : names) {
        if (!name.contains(Suffix, Qt::CaseInsensitive))
            continue; // Not Outloud's: the folder may hold other things.
        if (name == cardFileName(ownMemberUid))
            continue;
        const auto skip = [&](const QString& why) {
            reading.notes.append(tr("%1 skipped: %2").arg(name, why));
        };
        if (isConflictCopy(name)) {
            skip(tr("a conflict copy kept by the sync program"));
            continue;
        }
        if (!cardName.match(name).hasMatch()) {
            skip(tr("a temporary or partly synced file"));
            continue;
        }
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            skip(file.errorString());
            continue;
        }
        const QByteArray bytes = file.read(MaxCardBytes + 1);
        if (bytes.size() > MaxCardBytes) {
            skip(tr("too large to be a card"));
            continue;
        }
        QString why;
        const std::optional<Card> card = parseCard(bytes, circleUid, &why);
        if (!card) {
            skip(why);
            continue;
        }
        if (cardFileName(card->memberUid) != name) {
            skip(tr("the card inside names another member"));
            continue;
        }
        reading.cards.append(*card);
    }
    return reading;
}

} // namespace outloud::sharing
