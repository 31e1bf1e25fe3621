// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/DemoGenerator.h"

#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace outloud::test {

QString dataPath(const QString& name)
{
    return QStringLiteral(OUTLOUD_TEST_DATA_DIR) + u'/' + name;
}

QString sharedFixture(const QString& name)
{
    return QStringLiteral(OUTLOUD_SHARED_FIXTURES_DIR) + u'/' + name;
}

QString outloudBinary()
{
    return QStringLiteral(OUTLOUD_BINARY);
}

QString demoCopy(bool large, const QString& dir)
{
    static QTemporaryDir cache;
    const QString name = large ? u"large-demo.sqlite"_s : u"small-demo.sqlite"_s;
    const QString master = cache.filePath(name);
    if (!QFile::exists(master)) {
        QString error;
        std::unique_ptr<Database> db = Database::open(master, &error);
        EXPECT_TRUE(db) << error.toStdString();
        if (!db)
            return {};
        const bool ok
            = DemoGenerator(*db, large ? DemoGenerator::Scale::Large : DemoGenerator::Scale::Small,
                1, QDate::currentDate())
                  .generate(&error);
        EXPECT_TRUE(ok) << error.toStdString();
    }
    const QString copy = dir + u'/' + name;
    QFile::remove(copy);
    EXPECT_TRUE(QFile::copy(master, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(10, 0));
}

TempDatabase::TempDatabase()
    : m_path(m_dir.filePath(u"outloud.sqlite"_s))
{
    QString error;
    m_db = Database::open(m_path, &error);
    if (!m_db)
        ADD_FAILURE() << error.toStdString();
    else
        m_db->setClock(fixedNow);
}

void TempDatabase::reopen()
{
    m_db.reset();
    QString error;
    m_db = Database::open(m_path, &error, Database::OpenMode::MustExist);
    if (!m_db)
        ADD_FAILURE() << error.toStdString();
    else
        m_db->setClock(fixedNow);
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        ADD_FAILURE() << "query failed: " << sql.toStdString();
        return {};
    }
    return q.value(0);
}

ProcessResult runProcess(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess p;
    p.start(program, arguments);
    ProcessResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = u"timed out"_s;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

namespace {
QMutex g_mutex;
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;
int g_depth = 0;

void countingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg) {
        QMutexLocker lock(&g_mutex);
        g_warnings.append(message);
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

WarningCounter::WarningCounter()
{
    QMutexLocker lock(&g_mutex);
    g_warnings.clear();
    if (g_depth++ == 0)
        g_previous = qInstallMessageHandler(countingHandler);
}

WarningCounter::~WarningCounter()
{
    QMutexLocker lock(&g_mutex);
    if (--g_depth == 0)
        qInstallMessageHandler(g_previous);
}

int WarningCounter::count() const
{
    QMutexLocker lock(&g_mutex);
    return int(g_warnings.size());
}

QStringList WarningCounter::messages() const
{
    QMutexLocker lock(&g_mutex);
    return g_warnings;
}

} // namespace outloud::test
