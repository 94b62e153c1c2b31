// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/labelplacer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace atlas {
namespace {

quint64 cellKey(int column, int row)
{
    return (quint64(quint32(column)) << 32) | quint32(row);
}

bool touches(const QRectF& box, const LabelCircle& circle)
{
    const double dx = circle.center.x() - std::clamp(circle.center.x(), box.left(), box.right());
    const double dy = circle.center.y() - std::clamp(circle.center.y(), box.top(), box.bottom());
    return dx * dx + dy * dy < circle.radius * circle.radius;
}

// The places beside a circle, best first: a name reads best at the right of its point, then
// at the left, above, below, and at the corners.
QVector<QRectF> candidates(const LabelCircle& circle, QSizeF size)
{
    const double w = size.width(), h = size.height();
    const double x = circle.center.x(), y = circle.center.y();
    const double r = circle.radius + LabelPlacer::kGap;
    const double d = circle.radius * std::sqrt(0.5) + LabelPlacer::kGap; // the corners
    return {QRectF(x + r, y - h / 2, w, h),     QRectF(x - r - w, y - h / 2, w, h),
            QRectF(x - w / 2, y - r - h, w, h), QRectF(x - w / 2, y + r, w, h),
            QRectF(x + d, y - d - h, w, h),     QRectF(x + d, y + d, w, h),
            QRectF(x - d - w, y - d - h, w, h), QRectF(x - d - w, y + d, w, h)};
}

} // namespace

LabelPlacer::LabelPlacer(const QRectF& bounds, QVector<QRectF> keepClear,
                         const QVector<LabelCircle>& circles)
    : m_bounds(bounds), m_keepClear(std::move(keepClear)), m_circles(circles)
{
    for (int i = 0; i < m_circles.size(); ++i) {
        const LabelCircle& c = m_circles[i];
        const int left = int(std::floor((c.center.x() - c.radius) / kCell));
        const int right = int(std::floor((c.center.x() + c.radius) / kCell));
        const int top = int(std::floor((c.center.y() - c.radius) / kCell));
        const int bottom = int(std::floor((c.center.y() + c.radius) / kCell));
        for (int column = left; column <= right; ++column) {
            for (int row = top; row <= bottom; ++row)
                m_cells[cellKey(column, row)].append(i);
        }
    }
}

int LabelPlacer::circlesUnder(const QRectF& box, const LabelCircle& own) const
{
    QVector<int> seen;
    const int left = int(std::floor(box.left() / kCell)),
              right = int(std::floor(box.right() / kCell));
    const int top = int(std::floor(box.top() / kCell)),
              bottom = int(std::floor(box.bottom() / kCell));
    for (int column = left; column <= right; ++column) {
        for (int row = top; row <= bottom; ++row) {
            const auto it = m_cells.constFind(cellKey(column, row));
            if (it == m_cells.constEnd())
                continue;
            for (int i : *it) {
                const LabelCircle& c = m_circles[i];
                if (c.center == own.center || seen.contains(i) || !touches(box, c))
                    continue;
                seen.append(i);
            }
        }
    }
    return int(seen.size());
}

bool LabelPlacer::isFree(const QRectF& box) const
{
    const auto overlapsAny = [&box](const QVector<QRectF>& rects) {
        return std::any_of(rects.begin(), rects.end(),
                           [&box](const QRectF& r) { return r.intersects(box); });
    };
    return m_bounds.contains(box) && !overlapsAny(m_keepClear) && !overlapsAny(m_placed);
}

std::optional<QRectF> LabelPlacer::nearestFree(const LabelCircle& circle, QSizeF size, double reach) const
{
    // Every box within reach of the circle on a grid of kStep pixels, off its own circle; the
    // one nearest to the circle wins (it still reads as this circle's name).
    constexpr double kStep = 2;
    if (reach <= 0)
        reach = std::max(60.0, 3 * size.height());
    const double w = size.width(), h = size.height();
    const LabelCircle own{circle.center, circle.radius + kGap};
    const double x0 = circle.center.x() - own.radius - w - reach;
    const double x1 = circle.center.x() + own.radius + reach;
    const double y0 = circle.center.y() - own.radius - h - reach;
    const double y1 = circle.center.y() + own.radius + reach;
    std::optional<QRectF> best;
    double bestDistance = std::numeric_limits<double>::max();
    for (double y = y0; y <= y1; y += kStep) {
        for (double x = x0; x <= x1; x += kStep) {
            const QRectF box(x, y, w, h);
            if (touches(box, own) || !isFree(box))
                continue;
            const QPointF c = circle.center;
            const double dx = c.x() - std::clamp(c.x(), box.left(), box.right());
            const double dy = c.y() - std::clamp(c.y(), box.top(), box.bottom());
            const double distance = dx * dx + dy * dy;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = box;
            }
        }
    }
    return best;
}

std::optional<QRectF> LabelPlacer::place(const LabelCircle& circle, QSizeF size, bool required)
{
    // Never cut and never under a panel: a required name that has no room beside its circle
    // moves further out, and is left out only when the view has no room for it at all.
    return placeWithin(circle, size, required ? std::max(60.0, 3 * size.height()) : 0);
}

std::optional<QRectF> LabelPlacer::placeWithin(const LabelCircle& circle, QSizeF size, double reach)
{
    std::optional<QRectF> best;
    int bestCovered = std::numeric_limits<int>::max();
    for (const QRectF& box : candidates(circle, size)) {
        if (!isFree(box))
            continue;
        const int covered = circlesUnder(box, circle);
        if (covered < bestCovered) {
            best = box;
            bestCovered = covered;
            if (covered == 0)
                break;
        }
    }
    if (!best && reach > 0)
        best = nearestFree(circle, size, reach);
    if (best)
        m_placed.append(*best);
    return best;
}

QVector<std::optional<QRectF>> LabelPlacer::placeAll(const QVector<LabelRequest>& requests,
                                                     int maxUnselected)
{
    QVector<std::optional<QRectF>> boxes(requests.size());
    int unselected = 0, tried = 0;
    for (int i : labelOrder(requests)) {
        const LabelRequest& request = requests[i];
        if (!request.selected && unselected >= maxUnselected)
            break; // the selected come first: none is left waiting
        // The largest sites' names may move two lines off their circle when the names of larger
        // ones took the room beside it: a briefing's map that leaves out a gigawatt site but
        // names smaller ones misleads. Further off, a name no longer reads as its circle's.
        const bool sought = !request.selected && tried++ < kSoughtLargest;
        boxes[i] = request.selected ? place(request.circle, request.size, true)
                                    : placeWithin(request.circle, request.size,
                                                  sought ? 2 * request.size.height() : 0);
        if (boxes[i] && !request.selected)
            ++unselected;
    }
    return boxes;
}

QVector<int> labelOrder(const QVector<LabelRequest>& requests)
{
    QVector<int> order(requests.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&requests](int a, int b) {
        const LabelRequest &ra = requests[a], &rb = requests[b];
        if (ra.selected != rb.selected)
            return ra.selected;
        return ra.powerMw > rb.powerMw;
    });
    return order;
}

} // namespace atlas
