// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

class QFile;
class QSaveFile;

namespace outloud::io {

/// The largest file the readers accept: far above any real export, small enough that a
/// mistaken choice (a video, a disk image) is refused before it fills the memory.
constexpr qint64 MaxInputBytes = 64 * 1024 * 1024;

/// Opens @p path for reading in pieces, refusing folders and unreadable files (the size is
/// the reader's to check: MaxInputBytes, inputTooLargeMessage()).
bool openInputFile(const QString& path, QFile* file, QString* error);
/// "PATH is larger than 64 MB; ..."
QString inputTooLargeMessage(const QString& path);
/// Reads @p path whole, refusing folders, unreadable files and files above MaxInputBytes.
bool readInputFile(const QString& path, QByteArray* bytes, QString* error);

/**
 * Writes @p bytes to @p path atomically: a temporary file beside it, readable by the owner
 * alone before any byte reaches it, written, flushed and synced, then renamed over the old
 * file. On any failure the old file keeps every byte and the temporary file is removed.
 * Every output of Outloud (PDF, iCalendar, CSV, JSON, settings) goes through here.
 */
bool writePrivateFile(const QString& path, const QByteArray& bytes, QString* error);

/**
 * The same atomic, private write for output made piece by piece (exports of any size):
 * open(), write() each piece as it is made, commit(). Peak memory is one piece, not the
 * file. Nothing reaches @p path unless commit() succeeds; a writer destroyed or cancelled
 * before that removes its temporary file and leaves the old file byte for byte.
 */
class PrivateFileWriter
{
public:
    explicit PrivateFileWriter(const QString& path);
    ~PrivateFileWriter();
    PrivateFileWriter(const PrivateFileWriter&) = delete;
    PrivateFileWriter& operator=(const PrivateFileWriter&) = delete;

    bool open(QString* error);
    /// False once any write failed; commit() then says why.
    bool write(const QByteArray& bytes);
    bool write(const char* bytes) { return write(QByteArray::fromRawData(bytes, qstrlen(bytes))); }
    bool failed() const { return m_failed; }
    bool commit(QString* error);
    void cancel();

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    int m_errno = 0;
    bool m_failed = false;
};

/// Why writing failed, in words a user can act on: "the disk is full", "this folder is
/// read-only", or the system's text for @p errnoValue (never "Unknown error").
QString writeFailureReason(int errnoValue, const QString& systemText = QString());

/// "Could not write PATH: REASON."
QString writeFailureMessage(const QString& path, int errnoValue, const QString& systemText = {});

/// The 1-based line of byte @p offset in @p bytes.
int lineAtOffset(const QByteArray& bytes, qint64 offset);

/**
 * For tests on machines where no small file system can be mounted: the next output files
 * fail as if the disk were full (or read-only) after half their bytes were written.
 * @p errnoValue 0 turns it off.
 */
void injectWriteFailure(int errnoValue);
/// The injected failure, if any (0 otherwise); each writer of output files checks it.
int injectedWriteFailure();

} // namespace outloud::io
