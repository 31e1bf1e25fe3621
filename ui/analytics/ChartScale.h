// SPDX-FileCopyrightText: 2026 The Outloud authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>

namespace outloud {

/// The smallest step of 1, 2 or 5 times a power of ten that cuts @p span (at least 1) into at
/// most @p intervals parts: the ticks of every value axis, on screen and in the PDF.
inline double niceStep(double span, int intervals)
{
    span = std::max(1.0, span);
    for (double base = 1;; base *= 10) {
        for (const double m : {1.0, 2.0, 5.0}) {
            if (span / (m * base) <= intervals)
                return m * base;
        }
    }
}

/// A whole-number value axis: from bottom to top in steps of step.
struct IntegerScale
{
    double bottom = 0;
    double top = 1;
    double step = 1;
    int intervals() const { return int(std::lround((top - bottom) / step)); }
};

/// An integer scale from @p low to a little above @p high (room for value labels), with about
/// five intervals. @p headroom: share of the span kept free above @p high.
inline IntegerScale integerScale(double low, double high, double headroom = 0.12)
{
    const double span = std::max(1.0, high - low);
    IntegerScale scale;
    scale.step = niceStep(span, 5);
    // Headroom above the tallest bar keeps its value label inside the plot.
    scale.top = std::ceil((high + span * headroom) / scale.step) * scale.step;
    scale.bottom = low < 0 ? std::floor((low - span * 0.08) / scale.step) * scale.step : 0.0;
    return scale;
}

} // namespace outloud
