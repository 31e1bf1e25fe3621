// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartUpdate.h"

#include <QAbstractBarSeries>
#include <QBarSet>

namespace outloud::dashboard {

void attach(QAbstractSeries* series, QAbstractAxis* axis)
{
    if (!series->attachedAxes().contains(axis))
        series->attachAxis(axis);
}

QBarSet* barSetAt(QAbstractBarSeries* series, int index, const QString& name)
{
    const QList<QBarSet*> sets = series->barSets();
    if (index < sets.size()) {
        sets.at(index)->setLabel(name);
        return sets.at(index);
    }
    auto* set = new QBarSet(name);
    series->append(set);
    return set;
}

void setValues(QBarSet* set, const QList<int>& values, int selected)
{
    // An edit changes a bar or two: the others stay, and the chart lays out only what moved.
    if (set->count() == values.size()) {
        for (int i = 0; i < int(values.size()); ++i) {
            if (set->at(i) != values.at(i))
                set->replace(i, values.at(i));
        }
    } else {
        if (set->count() > 0)
            set->remove(0, set->count());
        QList<qreal> all;
        all.reserve(values.size());
        for (int v : values)
            all.append(v);
        set->append(all);
    }
    // The selection (the current week's deeper tone) only when it moves: each change
    // redraws the series.
    const QList<int> marked
        = selected >= 0 && selected < values.size() ? QList<int> {selected} : QList<int> {};
    if (set->selectedBars() != marked) {
        set->deselectAllBars();
        if (!marked.isEmpty())
            set->selectBar(selected);
    }
}

} // namespace outloud::dashboard
