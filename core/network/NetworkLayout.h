// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <array>
#include <functional>

namespace outloud {

class Database;

/// One person on the map, as read from the relationship list.
struct NetworkPerson
{
    qint64 id = -1;
    QString name;
    int closeness = 0;
    int given = 0;
    int received = 0;
    qint64 introducedBy = -1; ///< Another person on the same list, or -1.
    QStringList tags;

    int exchange() const { return given + received; }
};

/// Which people the map shows.
struct NetworkFilter
{
    QString tag; ///< Empty: any.
    int minCloseness = 0;
    int maxCloseness = 5;

    bool accepts(const NetworkPerson& person) const;
};

/// Where a person sits on the map, in map units (1 unit is drawn as 1 pixel at 100 %).
struct NetworkNode
{
    NetworkPerson person;
    double x = 0;
    double y = 0;
    double radius = 0; ///< Grows with the exchange.
    bool labelled = false; ///< The name is drawn (large maps name only the busiest people).
    QRectF label; ///< Where the name goes, when labelled.
};

/// A laid-out map: me at (0, 0), one band per closeness level, 5 innermost.
struct NetworkMap
{
    QList<NetworkNode> nodes;
    QList<std::pair<int, int>> links; ///< Indices into nodes: introducer, introduced.
    /// The radius of the middle of each closeness level's band (index = level); 0 if empty.
    std::array<double, 6> ringRadius {};
    QRectF meLabel; ///< Where "me" is written.
    QRectF bounds; ///< Everything drawn, labels included.
    bool grouped = false; ///< Too many people to name everyone: only the busiest are named.
    int total = 0; ///< People on the list before filtering.

    /// The node under @p point (map units), or -1.
    int nodeAt(double x, double y) const;
};

/// How big a text is when drawn; the widget measures with its font, tests with a rule.
using TextMeasure = std::function<QSizeF(const QString& text)>;

/// Above this many people the map names only the busiest and draws the rest as dots.
inline constexpr int NamedPeopleLimit = 120;

/// Everyone on @p memberId's list (every list when @p memberId < 1) with their exchange
/// counts and tags, by id.
QList<NetworkPerson> loadNetwork(Database& db, qint64 memberId);

/**
 * Lays out @p people that pass @p filter. Pure and deterministic: the same people give
 * the same positions whatever order they come in. People sit on rings by closeness,
 * grouped by who introduced them so that introduction lines stay short; each ring is as
 * large as its people and their names need, and no two names overlap (a ring grows until
 * they fit; on a grouped map a name that cannot fit is left out, the dot stays).
 */
NetworkMap layoutNetwork(QList<NetworkPerson> people, const NetworkFilter& filter,
    const TextMeasure& measure, const QString& meName);

} // namespace outloud
