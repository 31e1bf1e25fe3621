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
#include <QSqlDatabase>
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
    // Every window opened here asks for 1280 x 800: on a screen of that size, as README's
    // figures say. The offscreen platform's own screen is 800 x 800, where a window is laid
    // out as asked and then again squeezed onto the screen, a second layout (and, for meeting
    // mode, a second set of fonts for the smaller type) that no start on a real screen makes:
    // MainWindow sizes itself to its screen. The yardstick gets the same screen.
    const QString platform = env.value(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    if (platform == u"offscreen"_s) {
        const QString screen = home + u"/screen-1280x800.json"_s;
        QFile file(screen);
        if (!file.exists() && file.open(QIODevice::WriteOnly))
            file.write(R"({"screens": [{"name": "screen", "x": 0, "y": 0, "width": 1280,)"
                       R"( "height": 800, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        file.close();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen:configfile="_s + screen);
    }
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
    for (const QString& line : out.split(u'\n')) {
        if (!line.startsWith(u"STEP "_s))
            continue;
        const QString name = line.section(u' ', 1, 1);
        result.stepMs[name]
            = std::max(result.stepMs.value(name), line.section(u' ', 2, 2).toDouble());
    }
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
    // A plain connection, not Database::open: the copy stays at the schema version of the
    // file it copies, so that an older build (--versus) can open its own copy of it.
    // A scratch file of the bench's own: no journal, no waiting for the disk, one transaction,
    // the contribution table's indexes and triggers (the tallies) dropped while the copies go
    // in, created again at the end and the tallies counted once (as tally::BulkLoad does). At
    // 100x this takes a minute or two instead of many.
    QString error;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-deep-copy"_s);
        db.setDatabaseName(to);
        ok = db.open();
        if (!ok)
            error = db.lastError().text();
        QSqlQuery q(db);
        const auto run = [&q, &error](const QString& sql) {
            if (q.exec(sql))
                return true;
            error = sql.left(60) + u": "_s + q.lastError().text();
            return false;
        };
        ok = ok && run(u"PRAGMA journal_mode = OFF"_s) && run(u"PRAGMA synchronous = OFF"_s)
            && run(u"PRAGMA cache_size = -262144"_s) && run(u"BEGIN"_s);
        int version = 0;
        if (ok && q.exec(u"PRAGMA user_version"_s) && q.next())
            version = q.value(0).toInt();
        q.finish();
        QStringList drops, creates;
        if (ok
            && q.exec(u"SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', "
                      "'trigger') AND tbl_name = 'contribution' AND sql IS NOT NULL"_s)) {
            while (q.next()) {
                drops << u"DROP %1 \"%2\""_s.arg(
                    q.value(0).toString().toUpper(), q.value(1).toString());
                creates << q.value(2).toString();
            }
            q.finish();
        }
        qint64 original = 0;
        if (ok && q.exec(u"SELECT max(id) FROM contribution"_s) && q.next())
            original = q.value(0).toLongLong();
        q.finish();
        for (const QString& sql : std::as_const(drops))
            ok = ok && run(sql);
        for (int i = 1; ok && i < factor; ++i)
            ok = run(u"INSERT INTO contribution (person_id, happened_on, direction, kind_id, "
                     "channel_id, brought, note) SELECT person_id, happened_on, direction, "
                     "kind_id, channel_id, brought, note FROM contribution WHERE id <= %1 "
                     "ORDER BY id"_s.arg(original));
        for (const QString& sql : std::as_const(creates))
            ok = ok && run(sql);
        if (ok && version >= tally::SchemaVersion)
            ok = tally::recount(q, Database::Engine::Sqlite, &error);
        ok = ok && run(u"COMMIT"_s) && run(u"PRAGMA journal_mode = WAL"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-deep-copy"_s);
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
