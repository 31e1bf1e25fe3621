// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How long the network map takes to lay out and draw on the company-program scale: one
// member's list, 2,000 people on one list, and all 10,000 people of the large demo.
//
//   bench_network [--database FILE] [--png FILE]
//   (default: a fresh large demo in a temp folder; --png saves the picture of my list)
#include "circle/CircleService.h"
#include "demo/DemoGenerator.h"
#include "network/NetworkLayout.h"
#include "network/NetworkMapWidget.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace outloud;
using namespace Qt::StringLiterals;

namespace {
double medianMs(int runs, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void measure(const char* what, const QList<NetworkPerson>& people, const QFont& font)
{
    const QFontMetricsF metrics(font);
    const TextMeasure measureText = [&metrics](const QString& text) {
        return QSizeF(metrics.horizontalAdvance(text) + 2, metrics.height());
    };
    NetworkMap map;
    const double layoutMs
        = medianMs(5, [&] { map = layoutNetwork(people, {}, measureText, u"Me"_s); });
    QImage image(1100, 800, QImage::Format_ARGB32_Premultiplied);
    const double paintMs = medianMs(5, [&] {
        QPainter painter(&image);
        NetworkMapWidget::paint(painter, map, u"Me"_s, QRectF(image.rect()), font, QPalette());
    });
    const double svgMs = medianMs(3, [&] { NetworkMapWidget::toSvg(map, u"Me"_s, font); });
    const auto named = std::count_if(
        map.nodes.cbegin(), map.nodes.cend(), [](const NetworkNode& n) { return n.labelled; });
    std::printf("  %-34s %6lld people (%4lld named, %5lld lines)  layout %8.2f ms  draw %8.2f ms"
                "  SVG %8.2f ms\n",
        what, qint64(map.nodes.size()), qint64(named), qint64(map.links.size()), layoutMs, paintMs,
        svgMs);
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    QString path = dir.filePath(u"large.sqlite"_s);
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(u"--database"_s));
    if (at > 0 && at + 1 < args.size()) {
        path = args.at(at + 1);
    } else {
        auto db = Database::open(path, nullptr);
        DemoGenerator demo(*db, DemoGenerator::Scale::Large, 1, QDate::currentDate());
        QString error;
        if (!demo.generate(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    auto db = Database::open(path, nullptr);
    CircleService circles(*db);
    const qint64 me = circles.meId(circles.defaultCircleId());
    const QFont font = QGuiApplication::font();
    std::printf("Network map on the large demo (median of runs, 1100 x 800 picture):\n");
    QList<NetworkPerson> mine;
    const double loadMine = medianMs(5, [&] { mine = loadNetwork(*db, me); });
    std::printf("  reading my list: %.2f ms\n", loadMine);
    measure("my list", mine, font);
    if (const int png = int(args.indexOf(u"--png"_s)); png > 0 && png + 1 < args.size()) {
        const QFontMetricsF metrics(font);
        const NetworkMap map = layoutNetwork(
            mine, {},
            [&metrics](const QString& text) {
                return QSizeF(metrics.horizontalAdvance(text) + 2, metrics.height());
            },
            u"Me"_s);
        QFile file(args.at(png + 1));
        if (file.open(QIODevice::WriteOnly))
            file.write(NetworkMapWidget::toPng(map, u"Me"_s, font));
    }
    QList<NetworkPerson> everyone;
    const double loadAll = medianMs(3, [&] { everyone = loadNetwork(*db, -1); });
    std::printf("  reading every list: %.2f ms\n", loadAll);
    measure("2,000 people on one list", everyone.mid(0, 2000), font);
    measure("all people of the file", everyone, font);
    return 0;
}
