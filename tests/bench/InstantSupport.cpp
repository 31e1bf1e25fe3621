// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstantSupport.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Tallies.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace outloud::bench {

long long monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

const QStringList PageNames
    = {u"overview"_s, u"goal"_s, u"relationships"_s, u"contributions"_s, u"circle"_s, u"meeting"_s};

// ---- the driver ----

QString binDir()
{
    return QCoreApplication::applicationDirPath();
}

Start firstPaint(const QString& program, const QStringList& arguments, const QString& home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A settings folder of the bench's own: no remembered page or circle, no user's files.
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    const long long start = monotonicNs();
    p.start(program, arguments);
    Start result;
    if (!p.waitForFinished(180000))
        return result;
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    auto field = [&out](const QString& name) {
        const qsizetype at = out.indexOf(name + u' ');
        return at < 0 ? QString() : out.mid(at + name.size() + 1).section(u'\n', 0, 0).trimmed();
    };
    const QString painted = field(u"PAINT"_s);
    if (!painted.isEmpty())
        result.paintMs = double(painted.toLongLong() - start) / 1e6;
    const QString block = field(u"BLOCK"_s);
    if (!block.isEmpty())
        result.blockMs = block.toDouble();
    return result;
}

double firstPaintMs(const QString& program, const QStringList& arguments, const QString& home)
{
    return firstPaint(program, arguments, home).paintMs;
}

bool makeDeepCopy(const QString& from, const QString& to, int factor)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return false;
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString error;
    auto db = Database::open(to, &error, Database::OpenMode::MustExist);
    // One write through the bulk path: the tallies are counted once at the end rather than
    // row by row (core/storage/Tallies.h).
    const bool ok = db
        && db->write(
            Database::AllTables,
            [&](QSqlQuery& q) {
                tally::BulkLoad bulk(*db, q);
                if (!bulk.begin(&error))
                    return false;
                for (int i = 1; i < factor; ++i) {
                    if (!q.exec(
                            u"INSERT INTO contribution (person_id, happened_on, direction, "
                            "kind_id, channel_id, brought, note) SELECT person_id, happened_on, "
                            "direction, kind_id, channel_id, brought, note FROM contribution "
                            "WHERE id <= (SELECT max(id) FROM contribution) / %1"_s.arg(i)))
                        return fail(&error, q.lastError().text());
                }
                return bulk.finish(&error);
            },
            &error);
    if (!ok)
        std::fprintf(stderr, "%s\n", qPrintable(error));
    return ok;
}

QList<int>& scales()
{
    static QList<int> s = {1, 10};
    return s;
}

QString scaleHeader()
{
    QString header;
    for (int scale : std::as_const(scales()))
        header += u"%1"_s.arg(QString::number(scale) + u'x', 11);
    return header;
}

double growth(const Measured& m)
{
    for (qsizetype i = scales().size() - 1; i > 0; --i) {
        if (m.at(int(i)) > 0 && m.at(0) > 0)
            return m.at(int(i)) / m.at(0);
    }
    return -1;
}

void printTable(const QString& title, const QList<Measured>& rows, double target1, double target10)
{
    std::printf("\n%s\n", qPrintable(title));
    std::printf("  %-52s%s %8s   %s\n", "", qPrintable(scaleHeader()), "growth", "within target");
    for (const Measured& m : rows) {
        QString cells;
        bool ok = m.at(0) >= 0 && m.at(0) < target1;
        for (int i = 0; i < scales().size(); ++i) {
            cells += u"%1"_s.arg(m.at(i) < 0 ? u"-"_s : QString::number(m.at(i), 'f', 2), 11);
            if (i > 0 && scales().at(i) <= 10 && m.at(i) >= target10)
                ok = false;
        }
        const double g = growth(m);
        const QString grown = g < 0 ? u"-"_s : QString::number(g, 'f', 2) + u'x';
        std::printf("  %-52s%s %8s   %s\n", qPrintable(m.what), qPrintable(cells),
            qPrintable(grown), ok ? "yes" : "NO");
    }
}

} // namespace outloud::bench
