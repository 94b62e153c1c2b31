// SPDX-License-Identifier: GPL-3.0-or-later
// Distance in the plane of a projected map (metres or pixels, whichever the points are in),
// used to simplify coastlines and to find the link under the pointer.
#pragma once

#include <QPointF>

#include <algorithm>
#include <cmath>

namespace atlas {

// From p to the nearest point of the segment a–b (to a when the segment has no length).
inline double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t =
        length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

} // namespace atlas
