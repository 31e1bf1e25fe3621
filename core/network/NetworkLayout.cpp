// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkLayout.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace outloud {

namespace {
constexpr double MeRadius = 18;
constexpr double FirstRing = 70; // from the centre to the innermost band
constexpr double BandGap = 34; // between the bands of two closeness levels
constexpr double SubRingStep = 26; // between the rings of one crowded band
constexpr double DotSpacing = 9; // along a ring, grouped maps
constexpr double LabelGap = 3;

double nodeRadius(const NetworkPerson& p, bool grouped)
{
    // Grouped dots stay below half the spacing along a ring, so they never touch.
    if (grouped)
        return std::min(DotSpacing / 2 - 0.5, 2.0 + 0.5 * std::sqrt(double(p.exchange())));
    return std::min(16.0, 5.0 + 1.6 * std::sqrt(double(p.exchange())));
}

bool overlaps(const QRectF& a, const QList<QRectF>& placed)
{
    return std::any_of(
        placed.cbegin(), placed.cend(), [&a](const QRectF& b) { return a.intersects(b); });
}

// Candidate places for a name, best first: away from the centre, then beside, then inward.
QList<QRectF> labelCandidates(const NetworkNode& n, QSizeF size)
{
    const double r = n.radius + LabelGap;
    const double w = size.width();
    const double h = size.height();
    const double angle = std::atan2(n.y, n.x);
    const double cx = std::cos(angle);
    const double cy = std::sin(angle);
    const QRectF below(n.x - w / 2, n.y + r, w, h);
    const QRectF above(n.x - w / 2, n.y - r - h, w, h);
    const QRectF right(n.x + r, n.y - h / 2, w, h);
    const QRectF left(n.x - r - w, n.y - h / 2, w, h);
    QList<QRectF> outward;
    if (std::abs(cx) > std::abs(cy))
        outward = cx > 0 ? QList<QRectF> {right, below, above, left}
                         : QList<QRectF> {left, below, above, right};
    else
        outward = cy > 0 ? QList<QRectF> {below, right, left, above}
                         : QList<QRectF> {above, right, left, below};
    // Also a little further out along the same sides, for tight spots.
    const QList<QRectF> base = outward;
    for (const QRectF& c : base)
        outward.append(c.translated(cx * (h + 2), cy * (h + 2)));
    return outward;
}

struct Attempt
{
    NetworkMap map;
    bool allNamed = true;
};

Attempt place(const QList<NetworkPerson>& people, bool grouped, double spacingScale,
    const TextMeasure& measure, const QString& meName)
{
    Attempt a;
    NetworkMap& map = a.map;
    map.grouped = grouped;
    // Who gets a name: everyone, or on a grouped map the busiest (then by name and id).
    QSet<qint64> named;
    if (!grouped) {
        for (const NetworkPerson& p : people)
            named.insert(p.id);
    } else {
        QList<NetworkPerson> busiest = people;
        std::stable_sort(
            busiest.begin(), busiest.end(), [](const NetworkPerson& x, const NetworkPerson& y) {
                return x.exchange() > y.exchange();
            });
        for (qsizetype i = 0; i < std::min<qsizetype>(busiest.size(), 40); ++i)
            named.insert(busiest.at(i).id);
    }
    double widest = 0;
    if (!grouped) {
        for (const NetworkPerson& p : people)
            widest = std::max(widest, measure(p.name).width());
    }
    const QSizeF meSize = measure(meName);
    map.meLabel = QRectF(-meSize.width() / 2, MeRadius + LabelGap, meSize.width(), meSize.height());

    double radius = FirstRing;
    QHash<qint64, double> angleOf;
    for (int level = 5; level >= 0; --level) {
        QList<NetworkPerson> ring;
        for (const NetworkPerson& p : people) {
            if (p.closeness == level)
                ring.append(p);
        }
        if (ring.isEmpty())
            continue;
        // Someone introduced by a person on an inner ring goes toward that person's angle,
        // so the lines of introduction stay short; the others keep their sorted place.
        const double offset = level * 0.37; // so rings do not line their first dots up
        QList<std::pair<double, qsizetype>> keys;
        for (qsizetype i = 0; i < ring.size(); ++i) {
            const auto introducer = angleOf.constFind(ring.at(i).introducedBy);
            const double key = introducer != angleOf.cend()
                ? *introducer
                : offset + 2 * std::numbers::pi * double(i) / double(ring.size());
            keys.append({std::fmod(key - offset + 4 * std::numbers::pi, 2 * std::numbers::pi), i});
        }
        std::stable_sort(keys.begin(), keys.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
        QList<NetworkPerson> ordered;
        for (const auto& key : std::as_const(keys))
            ordered.append(ring.at(key.second));
        ring = ordered;
        // Along a ring a named person needs room for half a name on either side of the dot
        // (names alternate sides of the ring's tangent), a dot only for itself.
        const double spacing = grouped ? DotSpacing : spacingScale * (widest * 0.55 + 16);
        const double bandStart = radius;
        qsizetype index = 0;
        while (index < ring.size()) {
            const double circumference = 2 * std::numbers::pi * radius;
            const qsizetype capacity = std::max<qsizetype>(1, qsizetype(circumference / spacing));
            // Spread the last ring's people evenly rather than crowding one side.
            const qsizetype count = std::min(capacity, ring.size() - index);
            for (qsizetype i = 0; i < count; ++i) {
                const NetworkPerson& p = ring.at(index + i);
                const double angle = offset + 2 * std::numbers::pi * double(i) / double(count);
                NetworkNode n;
                n.person = p;
                n.x = radius * std::cos(angle);
                n.y = radius * std::sin(angle);
                n.radius = nodeRadius(p, grouped);
                n.labelled = named.contains(p.id);
                angleOf.insert(p.id, angle);
                map.nodes.append(n);
            }
            index += count;
            if (index < ring.size())
                radius += grouped ? SubRingStep / 2 : SubRingStep + (spacingScale - 1) * 20;
        }
        map.ringRadius[size_t(level)] = (bandStart + radius) / 2;
        radius += BandGap * (grouped ? 0.5 : spacingScale);
    }

    // Names: each tries its candidate places; the first free one wins.
    // Names keep clear of each other and, on a map that names everyone, of every dot, so
    // that no one is hidden. On a grouped map the dots are too dense for that: the few
    // names sit on a backing of their own over the dots.
    QList<QRectF> placed {map.meLabel, QRectF(-MeRadius, -MeRadius, 2 * MeRadius, 2 * MeRadius)};
    if (!grouped) {
        for (const NetworkNode& n : std::as_const(map.nodes))
            placed.append(QRectF(n.x - n.radius, n.y - n.radius, 2 * n.radius, 2 * n.radius));
    }
    for (NetworkNode& n : map.nodes) {
        if (!n.labelled)
            continue;
        const QSizeF size = measure(n.person.name);
        bool found = false;
        for (const QRectF& candidate : labelCandidates(n, size)) {
            if (!overlaps(candidate, placed)) {
                n.label = candidate;
                placed.append(candidate);
                found = true;
                break;
            }
        }
        if (!found) {
            n.labelled = false;
            a.allNamed = false;
        }
    }

    QHash<qint64, int> indexOf;
    for (int i = 0; i < map.nodes.size(); ++i)
        indexOf.insert(map.nodes.at(i).person.id, i);
    for (int i = 0; i < map.nodes.size(); ++i) {
        const int from = int(indexOf.value(map.nodes.at(i).person.introducedBy, -1));
        if (from >= 0)
            map.links.append({from, i});
    }
    QRectF bounds(-MeRadius, -MeRadius, 2 * MeRadius, 2 * MeRadius);
    bounds |= map.meLabel;
    for (const NetworkNode& n : map.nodes) {
        bounds |= QRectF(n.x - n.radius, n.y - n.radius, 2 * n.radius, 2 * n.radius);
        if (n.labelled)
            bounds |= n.label;
    }
    map.bounds = bounds.adjusted(-8, -8, 8, 8);
    return a;
}
} // namespace

bool NetworkFilter::accepts(const NetworkPerson& person) const
{
    if (person.closeness < minCloseness || person.closeness > maxCloseness)
        return false;
    return tag.isEmpty() || person.tags.contains(tag, Qt::CaseInsensitive);
}

int NetworkMap::nodeAt(double x, double y) const
{
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < nodes.size(); ++i) {
        const NetworkNode& n = nodes.at(i);
        const double d = std::hypot(n.x - x, n.y - y);
        if (d <= std::max(n.radius, 4.0) + 2 && (best < 0 || d < bestDistance)) {
            best = i;
            bestDistance = d;
        }
        if (best < 0 && n.labelled && n.label.contains(QPointF(x, y)))
            best = i;
    }
    return best;
}

QList<NetworkPerson> loadNetwork(Database& db, qint64 memberId)
{
    QList<NetworkPerson> result;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!execPrepared(q,
            u"SELECT p.id, p.name, p.closeness, p.introduced_by, p.tags,"
            " coalesce(sum(CASE WHEN c.direction = 0 THEN 1 ELSE 0 END), 0),"
            " coalesce(sum(CASE WHEN c.direction = 1 THEN 1 ELSE 0 END), 0)"
            " FROM person p LEFT JOIN contribution c ON c.person_id = p.id"
            " WHERE ? <= 0 OR p.member_id = ? GROUP BY p.id ORDER BY p.id"_s,
            {memberId, memberId}, QString(), nullptr))
        return result;
    while (q.next()) {
        NetworkPerson p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.closeness = q.value(2).toInt();
        p.introducedBy = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
        for (const QString& tag : q.value(4).toString().split(u',', Qt::SkipEmptyParts)) {
            if (!tag.trimmed().isEmpty())
                p.tags.append(tag.trimmed());
        }
        p.given = q.value(5).toInt();
        p.received = q.value(6).toInt();
        result.append(p);
    }
    return result;
}

NetworkMap layoutNetwork(QList<NetworkPerson> people, const NetworkFilter& filter,
    const TextMeasure& measure, const QString& meName)
{
    const qsizetype total = people.size();
    people.removeIf([&filter](const NetworkPerson& p) { return !filter.accepts(p); });
    // Deterministic whatever the input order: by introducer (so that people introduced by
    // the same person sit side by side), then by name, then by id.
    QHash<qint64, QString> names;
    for (const NetworkPerson& p : people)
        names.insert(p.id, p.name);
    std::sort(
        people.begin(), people.end(), [&names](const NetworkPerson& a, const NetworkPerson& b) {
            const QString ga = a.introducedBy > 0 ? names.value(a.introducedBy) : QString();
            const QString gb = b.introducedBy > 0 ? names.value(b.introducedBy) : QString();
            if (const int c = ga.compare(gb, Qt::CaseInsensitive); c != 0)
                return c < 0;
            if (a.introducedBy != b.introducedBy)
                return a.introducedBy < b.introducedBy;
            if (const int c = a.name.compare(b.name, Qt::CaseInsensitive); c != 0)
                return c < 0;
            return a.id < b.id;
        });
    const bool grouped = people.size() > NamedPeopleLimit;
    Attempt attempt = place(people, grouped, 1.0, measure, meName);
    // A map small enough to name everyone grows until every name fits.
    for (double scale = 1.25; !grouped && !attempt.allNamed && scale < 6; scale *= 1.25)
        attempt = place(people, grouped, scale, measure, meName);
    attempt.map.total = int(total);
    return attempt.map;
}

} // namespace outloud
