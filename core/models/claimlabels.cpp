// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/claimlabels.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace atlas {
namespace {

// A claim's shape as rectangles without area: its end points and, for a range, its bar.
QVector<QRectF> shapeOf(const ClaimMark& mark)
{
    if (!mark.isRange())
        return {QRectF(mark.high, QSizeF(0, 0))};
    return {QRectF(mark.high, mark.low).normalized()};
}

// What no label may cover: every marker and every bar.
QVector<QRectF> obstaclesOf(const QVector<ClaimMark>& marks, const ClaimLabelGeometry& g)
{
    QVector<QRectF> obstacles;
    const QSizeF marker(g.markerSize, g.markerSize);
    for (const ClaimMark& mark : marks) {
        obstacles << QRectF(mark.high - QPointF(g.markerSize / 2, g.markerSize / 2), marker);
        if (mark.isRange()) {
            obstacles << QRectF(mark.low - QPointF(g.markerSize / 2, g.markerSize / 2), marker);
            obstacles << QRectF(
                QPointF(mark.high.x() - g.barWidth / 2, std::min(mark.high.y(), mark.low.y())),
                QPointF(mark.high.x() + g.barWidth / 2, std::max(mark.high.y(), mark.low.y())));
        }
    }
    return obstacles;
}

// Beside a point at `reach` pixels: right, left, above, below, then the corners.
void addAround(QVector<QRectF>* boxes, QPointF at, double reach, QSizeF size)
{
    const double w = size.width(), h = size.height(), x = at.x(), y = at.y();
    const double d = reach * std::sqrt(0.5);
    *boxes << QRectF(x + reach, y - h / 2, w, h) << QRectF(x - reach - w, y - h / 2, w, h)
           << QRectF(x - w / 2, y - reach - h, w, h) << QRectF(x - w / 2, y + reach, w, h)
           << QRectF(x + d, y - d - h, w, h) << QRectF(x + d, y + d, w, h)
           << QRectF(x - d - w, y - d - h, w, h) << QRectF(x - d - w, y + d, w, h);
}

// The places for a claim's label, best first: by its high end, beside its bar's middle, by
// its low end.
QVector<QRectF> candidatesFor(const ClaimMark& mark, const ClaimLabelGeometry& g)
{
    QVector<QRectF> boxes;
    const double reach = g.markerSize / 2 + g.gap;
    addAround(&boxes, mark.high, reach, mark.label);
    if (mark.isRange()) {
        const QPointF middle = (mark.high + mark.low) / 2;
        const double w = mark.label.width(), h = mark.label.height(), side = g.barWidth / 2 + g.gap;
        boxes << QRectF(middle.x() + side, middle.y() - h / 2, w, h)
              << QRectF(middle.x() - side - w, middle.y() - h / 2, w, h);
        addAround(&boxes, mark.low, reach, mark.label);
    }
    return boxes;
}

bool intersectsAny(const QRectF& box, const QVector<QRectF>& rects)
{
    return std::any_of(rects.begin(), rects.end(),
                       [&box](const QRectF& r) { return r.intersects(box); });
}

// How much nearer `box` is to claim `own` than to the nearest other claim, from the label's
// centre: a reader takes a label for the marker it is centred on, not for the one its corner
// happens to touch.
double ownershipMargin(const QRectF& box, int own, const QVector<QVector<QRectF>>& shapes)
{
    const QRectF centre(box.center(), QSizeF(0, 0));
    double ownDistance = std::numeric_limits<double>::max();
    double otherDistance = std::numeric_limits<double>::max();
    for (int i = 0; i < shapes.size(); ++i) {
        for (const QRectF& part : shapes[i]) {
            double& nearest = i == own ? ownDistance : otherDistance;
            nearest = std::min(nearest, rectDistance(centre, part));
        }
    }
    return otherDistance - ownDistance;
}

struct Layout
{
    QVector<QRectF> boxes;
    QVector<int> unclear; // the labels that met not every rule, in the order placed
};

Layout placeInOrder(const QVector<ClaimMark>& marks, const QVector<int>& order,
                    const QRectF& bounds, const ClaimLabelGeometry& g)
{
    const QVector<QRectF> obstacles = obstaclesOf(marks, g);
    QVector<QVector<QRectF>> shapes;
    for (const ClaimMark& mark : marks)
        shapes << shapeOf(mark);
    Layout layout;
    layout.boxes.resize(marks.size());
    QVector<QRectF> placed;
    for (int i : order) {
        const QVector<QRectF> boxes = candidatesFor(marks[i], g);
        std::optional<QRectF> best;
        double bestMargin = -std::numeric_limits<double>::max();
        for (const QRectF& box : boxes) {
            if (!bounds.contains(box) || intersectsAny(box, obstacles) ||
                intersectsAny(box, placed))
                continue;
            const double margin = ownershipMargin(box, i, shapes);
            if (margin >= g.clearMargin) {
                best = box;
                bestMargin = margin;
                break;
            }
            if (margin > bestMargin) {
                best = box;
                bestMargin = margin;
            }
        }
        if (!best || bestMargin < g.clearMargin)
            layout.unclear << i;
        if (!best) {
            // No room on this chart: beside the high end, moved as little as it takes to be inside.
            QRectF box = boxes.first();
            box.moveLeft(std::clamp(box.left(), bounds.left(),
                                    std::max(bounds.left(), bounds.right() - box.width())));
            box.moveTop(std::clamp(box.top(), bounds.top(),
                                   std::max(bounds.top(), bounds.bottom() - box.height())));
            best = box;
        }
        layout.boxes[i] = *best;
        placed << *best;
    }
    return layout;
}

} // namespace

double rectDistance(const QRectF& a, const QRectF& b)
{
    const double dx = std::max({0.0, a.left() - b.right(), b.left() - a.right()});
    const double dy = std::max({0.0, a.top() - b.bottom(), b.top() - a.bottom()});
    return std::hypot(dx, dy);
}

QVector<QRectF> placeClaimLabels(const QVector<ClaimMark>& marks, const QRectF& bounds,
                                 const ClaimLabelGeometry& geometry)
{
    // In the claims' order first; a label that found no good place goes first in the next try
    // (there are a handful of claims per chart, so a few tries cost nothing).
    QVector<int> order;
    for (int i = 0; i < marks.size(); ++i)
        order << i;
    Layout best = placeInOrder(marks, order, bounds, geometry);
    Layout tried = best;
    for (int attempt = 0; attempt < marks.size() && !tried.unclear.isEmpty() &&
                          order.first() != tried.unclear.first();
         ++attempt) {
        order.removeOne(tried.unclear.first());
        order.prepend(tried.unclear.first());
        tried = placeInOrder(marks, order, bounds, geometry);
        if (tried.unclear.size() < best.unclear.size())
            best = tried;
    }
    return best.boxes;
}

} // namespace atlas
