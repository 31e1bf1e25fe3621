// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstantActions.h"

#include "circle/CircleService.h"
#include "contributions/Contribution.h"
#include "contributions/ContributionModel.h"
#include "contributions/ContributionService.h"
#include "contributions/ContributionsPage.h"
#include "demo/DemoGenerator.h"
#include "main/MainWindow.h"
#include "people/RelationshipModel.h"
#include "people/RelationshipsPage.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/Tallies.h"
#include "undo/Editor.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;

namespace outloud::bench {

namespace {

class Driver
{
public:
    explicit Driver(QList<Measured>* rows, int scale)
        : m_rows(rows)
        , m_scale(scale)
    { }

    void record(const QString& what, double ms)
    {
        for (Measured& m : *m_rows) {
            if (m.what == what) {
                m.set(m_scale, ms);
                return;
            }
        }
        Measured m;
        m.what = what;
        m.set(m_scale, ms);
        m_rows->append(m);
    }

    static void settle(MainWindow& w)
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        w.repaint(); // everything on screen painted again, synchronously
    }

    /// The action, the events it posts, and a repaint of the whole window; median of runs.
    void measure(MainWindow& w, const QString& what, const std::function<void()>& action,
        const std::function<void()>& undo = {}, int runs = 3)
    {
        QList<double> times;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            action();
            settle(w);
            times << double(t.nsecsElapsed()) / 1e6;
            if (undo) {
                undo();
                settle(w);
            }
        }
        record(what, median(times));
    }

    /// A keystroke in a debounced filter: the key itself, then the list's reload from the
    /// moment it starts (the 120 ms pause after typing is the filter's own and not counted).
    void keystroke(MainWindow& w, const QString& what, QLineEdit* edit, QAbstractItemModel* model)
    {
        QList<double> times;
        for (const QChar c : u"ae"_s) {
            long long resetAt = 0;
            const auto conn = QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset,
                [&resetAt] { resetAt = monotonicNs(); });
            const long long keyStart = monotonicNs();
            QTest::keyClick(edit, c.toLatin1());
            const long long keyEnd = monotonicNs();
            QElapsedTimer wait;
            wait.start();
            while (resetAt == 0 && wait.elapsed() < 3000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
            settle(w);
            const long long end = monotonicNs();
            QObject::disconnect(conn);
            times << double((keyEnd - keyStart) + (resetAt ? end - resetAt : 0)) / 1e6;
        }
        record(what, median(times));
        edit->clear();
        QTest::qWait(200);
        settle(w);
    }

    void run(const QString& path)
    {
        MainWindow w(path);
        w.resize(1280, 800);
        QSignalSpy backup(&w, &MainWindow::dailyBackupDone);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            std::fprintf(stderr, "the window was not exposed\n");
        if (backup.isEmpty() && !backup.wait(60000))
            std::fprintf(stderr, "no daily backup within a minute\n");
        // The pages built after the first paint: the actions measure the window as it stays.
        if (!QTest::qWaitFor([&w] { return w.allPagesBuilt(); }, 60000))
            std::fprintf(stderr, "the pages were not all built within a minute\n");
        settle(w);
        Database& db = *w.database();
        Editor& editor = *w.editor();
        auto* sidebar = w.findChild<QListWidget*>(u"sidebar"_s);
        const qint64 circle = w.circleId();
        const qint64 me = w.memberId();

        // Pages, each from the one before.
        for (int page : {0, 2, 3, 1, 4, 5, 0}) {
            measure(w, u"switch page to %1"_s.arg(PageNames.at(page)),
                [&] { sidebar->setCurrentRow(page); });
        }

        // The overview's member, and back to me.
        sidebar->setCurrentRow(MainWindow::OverviewPage);
        settle(w);
        auto* selector = w.findChild<QComboBox*>(u"memberSelector"_s);
        if (selector && selector->count() > 1) {
            measure(
                w, u"switch overview member"_s, [&] { selector->setCurrentIndex(1); },
                [&] { selector->setCurrentIndex(0); });
            selector->setCurrentIndex(1);
            settle(w);
            measure(
                w, u"switch overview member back to me"_s, [&] { selector->setCurrentIndex(0); },
                [&] { selector->setCurrentIndex(1); });
            selector->setCurrentIndex(0);
            settle(w);
        }

        // Edits while the overview shows (it refreshes on every edit it can see).
        CircleService circles(db);
        const QList<ContributionKind> kinds = ContributionService(db).kinds();
        QSqlQuery q(db.connection());
        q.exec(u"SELECT id FROM person WHERE member_id = %1 ORDER BY id LIMIT 1"_s.arg(me));
        const qint64 person = q.next() ? q.value(0).toLongLong() : -1;
        q.finish();
        QString error;
        Contribution c;
        c.personId = person;
        c.date = db.now().date();
        c.kindId = kinds.isEmpty() ? -1 : kinds.first().id;
        c.note = u"bench"_s;
        QUndoStack* stack = editor.undoStack();
        measure(
            w, u"log a contribution (overview shown)"_s, [&] { editor.addContribution(c, &error); },
            [&] { stack->undo(); });
        editor.addContribution(c, &error);
        settle(w);
        QSqlQuery last(db.connection());
        last.exec(u"SELECT max(id) FROM contribution"_s);
        const qint64 logged = last.next() ? last.value(0).toLongLong() : qint64(-1);
        last.finish();
        Contribution edited = c;
        edited.id = logged;
        edited.note = u"bench, edited"_s;
        measure(
            w, u"edit a contribution (overview shown)"_s,
            [&] { editor.updateContribution(edited, &error); }, [&] { stack->undo(); });
        measure(
            w, u"undo logging a contribution (overview shown)"_s, [&] { stack->undo(); },
            [&] { stack->redo(); });
        stack->undo();
        settle(w);
        measure(
            w, u"rate a person (closeness, overview shown)"_s,
            [&] { editor.setCloseness(person, 5, &error); }, [&] { stack->undo(); });
        editor.setCloseness(person, 5, &error);
        settle(w);
        measure(
            w, u"undo a rating (overview shown)"_s, [&] { stack->undo(); }, [&] { stack->redo(); });
        stack->undo();
        settle(w);

        // Relationships: typing, a filter, sorting.
        sidebar->setCurrentRow(MainWindow::RelationshipsPageIndex);
        settle(w);
        RelationshipsPage* people = w.relationshipsPage();
        keystroke(w, u"keystroke in the relationships filter"_s,
            w.findChild<QLineEdit*>(u"peopleFilter"_s), people->model());
        for (const QString& name : {u"peopleClosenessFilter"_s, u"peopleTouchFilter"_s}) {
            if (auto* combo = w.findChild<QComboBox*>(name); combo && combo->count() > 1)
                measure(
                    w, u"choose in %1"_s.arg(name), [&] { combo->setCurrentIndex(1); },
                    [&] { combo->setCurrentIndex(0); });
        }
        measure(
            w, u"sort relationships by last contact"_s,
            [&] {
                people->view()->sortByColumn(RelationshipModel::LastContact, Qt::DescendingOrder);
            },
            [&] { people->view()->sortByColumn(RelationshipModel::Name, Qt::AscendingOrder); });

        // Contributions: typing, every filter, sorting.
        sidebar->setCurrentRow(MainWindow::ContributionsPageIndex);
        settle(w);
        ContributionsPage* log = w.contributionsPage();
        keystroke(w, u"keystroke in the contributions filter"_s,
            w.findChild<QLineEdit*>(u"contributionsTextFilter"_s), log->model());
        for (const QString& name : {u"contributionsWeekFilter"_s, u"contributionsDirectionFilter"_s,
                 u"contributionsKindFilter"_s, u"contributionsChannelFilter"_s}) {
            if (auto* combo = w.findChild<QComboBox*>(name); combo && combo->count() > 1)
                measure(
                    w, u"choose in %1"_s.arg(name), [&] { combo->setCurrentIndex(1); },
                    [&] { combo->setCurrentIndex(0); });
        }
        measure(
            w, u"sort contributions by person"_s,
            [&] { log->view()->sortByColumn(ContributionModel::Person, Qt::AscendingOrder); },
            [&] { log->view()->sortByColumn(ContributionModel::Date, Qt::DescendingOrder); });

        // Another circle and back.
        qint64 other = -1;
        for (const Circle& each : circles.circles()) {
            if (each.id != circle) {
                other = each.id;
                break;
            }
        }
        if (other > 0) {
            sidebar->setCurrentRow(MainWindow::OverviewPage);
            settle(w);
            measure(
                w, u"switch circle (and back)"_s, [&] { w.switchCircle(other); },
                [&] { w.switchCircle(circle); }, 1);
            // What follows in the background (the other pages built, the old ones deleted, a
            // pass each): the longest a key pressed meanwhile would wait.
            w.switchCircle(other);
            double longest = 0;
            QElapsedTimer until;
            until.start();
            while (!w.settled() && until.elapsed() < 60000) {
                QElapsedTimer pass;
                pass.start();
                QCoreApplication::processEvents();
                longest = std::max(longest, double(pass.nsecsElapsed()) / 1e6);
            }
            record(u"longest input block after switching circle"_s, longest);
            w.switchCircle(circle);
            if (!QTest::qWaitFor([&w] { return w.settled(); }, 60000))
                std::fprintf(stderr, "the window did not settle within a minute\n");
            settle(w);
        }
    }

private:
    QList<Measured>* m_rows;
    int m_scale;
};

} // namespace

void measureActions(QList<Measured>* rows, int scale, const QString& file)
{
    Driver(rows, scale).run(file);
}

} // namespace outloud::bench
