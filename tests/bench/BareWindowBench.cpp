// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_bare_window DATABASE: the yardstick of bench_instant. A bare Qt Widgets window with a
// table opening the same file: QSqlQueryModel over the contributions (it fetches the rows a
// view shows, like Outloud's lists), a QTableView, 1280 x 800. On its first paint it prints
// "PAINT <CLOCK_MONOTONIC ns>" and quits; the caller took the same clock before starting it.
#include <QApplication>
#include <QSqlDatabase>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <ctime>

namespace {
long long monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // After the whole window's paint pass, which this event is part of.
            QTimer::singleShot(0, [] {
                std::printf("PAINT %lld\n", monotonicNs());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    if (!db.open())
        return 1;
    QSqlQueryModel model;
    model.setQuery(QStringLiteral("SELECT * FROM contribution ORDER BY happened_on DESC"), db);
    QTableView view;
    view.setModel(&model);
    view.resize(1280, 800);
    FirstPaint paint;
    app.installEventFilter(&paint);
    view.show();
    return app.exec();
}
