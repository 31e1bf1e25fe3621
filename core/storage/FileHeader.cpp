// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileHeader.h"

#include "SqlUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("outloud", text);
}

constexpr int HeaderBytes = 100;
constexpr int WalHeaderBytes = 32;
constexpr int FrameHeaderBytes = 24;

quint32 be32(const QByteArray& bytes, qsizetype at)
{
    return qFromBigEndian<quint32>(bytes.constData() + at);
}

// The cumulative checksum of the WAL format (sqlite.org/fileformat2.html#walformat).
void walChecksum(const char* data, qsizetype size, bool bigEndian, quint32* s0, quint32* s1)
{
    for (qsizetype i = 0; i + 8 <= size; i += 8) {
        const quint32 a
            = bigEndian ? qFromBigEndian<quint32>(data + i) : qFromLittleEndian<quint32>(data + i);
        const quint32 b = bigEndian ? qFromBigEndian<quint32>(data + i + 4)
                                    : qFromLittleEndian<quint32>(data + i + 4);
        *s0 += a + *s1;
        *s1 += b + *s0;
    }
}

// The first page as of the last commit in the -wal file, or nothing.
QByteArray committedFirstPage(const QString& walPath)
{
    QFile wal(walPath);
    if (!wal.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = wal.read(WalHeaderBytes);
    if (head.size() < WalHeaderBytes)
        return {};
    const quint32 magic = be32(head, 0);
    if (magic != 0x377f0682 && magic != 0x377f0683)
        return {};
    const bool bigEndian = magic & 1;
    const quint32 pageSize = be32(head, 8);
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return {};
    quint32 s0 = 0;
    quint32 s1 = 0;
    walChecksum(head.constData(), 24, bigEndian, &s0, &s1);
    if (s0 != be32(head, 24) || s1 != be32(head, 28))
        return {};
    QByteArray latest;
    QByteArray pending;
    for (;;) {
        const QByteArray frame = wal.read(FrameHeaderBytes + pageSize);
        if (frame.size() < qsizetype(FrameHeaderBytes) + qsizetype(pageSize))
            break;
        if (be32(frame, 8) != be32(head, 16) || be32(frame, 12) != be32(head, 20))
            break;
        walChecksum(frame.constData(), 8, bigEndian, &s0, &s1);
        walChecksum(frame.constData() + FrameHeaderBytes, pageSize, bigEndian, &s0, &s1);
        if (s0 != be32(frame, 16) || s1 != be32(frame, 20))
            break;
        if (be32(frame, 0) == 1)
            pending = frame.mid(FrameHeaderBytes, HeaderBytes);
        if (be32(frame, 4) != 0 && !pending.isEmpty()) {
            latest = pending;
        }
    }
    return latest;
}

void parse(const QByteArray& bytes, FileHeader* header)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    header->isSqlite = bytes.size() == HeaderBytes && bytes.startsWith(magic);
    if (header->isSqlite) {
        header->userVersion = int(be32(bytes, 60));
        header->applicationId = be32(bytes, 68);
    }
}
} // namespace

bool readFileHeader(const QString& path, FileHeader* header, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error,
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    *header = FileHeader();
    parse(file.read(HeaderBytes), header);
    if (!header->isSqlite)
        return true;
    const QByteArray fromWal = committedFirstPage(path + u"-wal"_s);
    if (!fromWal.isEmpty()) {
        parse(fromWal, header);
        header->fromWal = true;
    }
    return true;
}

} // namespace outloud
