// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/labelplacer.h"

#include <algorithm>
#include <cmath>
#include <limits>

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

std::optional<QRectF> LabelPlacer::place(const LabelCircle& circle, QSizeF size, bool required)
{
    const QVector<QRectF> boxes = candidates(circle, size);
    const auto overlapsAny = [](const QVector<QRectF>& rects, const QRectF& box) {
        return std::any_of(rects.begin(), rects.end(),
                           [&box](const QRectF& r) { return r.intersects(box); });
    };
    std::optional<QRectF> best;
    int bestCovered = std::numeric_limits<int>::max();
    for (const QRectF& box : boxes) {
        if (!m_bounds.contains(box) || overlapsAny(m_keepClear, box) || overlapsAny(m_placed, box))
            continue;
        const int covered = circlesUnder(box, circle);
        if (covered < bestCovered) {
            best = box;
            bestCovered = covered;
            if (covered == 0)
                break;
        }
    }
    if (!best && required) {
        // Beside the circle, moved as little as it takes to be whole inside the view.
        QRectF box = boxes.first();
        if (box.right() > m_bounds.right())
            box = boxes[1];
        box.moveLeft(std::clamp(box.left(), m_bounds.left(),
                                std::max(m_bounds.left(), m_bounds.right() - box.width())));
        box.moveTop(std::clamp(box.top(), m_bounds.top(),
                               std::max(m_bounds.top(), m_bounds.bottom() - box.height())));
        best = box;
    }
    if (best)
        m_placed.append(*best);
    return best;
}

} // namespace atlas
