// SPDX-License-Identifier: GPL-3.0-or-later
// Where the names of sites go: beside each circle (right, left, above, below, then the
// corners), wholly inside the view, clear of the names already placed and of the panels drawn
// over the map (legend, title, scale bar, attribution), and off other circles where it can.
// Names are placed in the order asked (the caller asks for the selected and the largest
// first); one that finds no room is left out (hovering names it), except a required one
// (a selected site), which takes the least bad place inside the view.
#pragma once

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QVector>

#include <optional>

namespace atlas {

struct LabelCircle
{
    QPointF center; // pixels
    double radius = 0;
};

class LabelPlacer
{
public:
    LabelPlacer(const QRectF& bounds, QVector<QRectF> keepClear,
                const QVector<LabelCircle>& circles);

    // The box for a name of `size` beside `circle` (one of those given, or any), or none.
    std::optional<QRectF> place(const LabelCircle& circle, QSizeF size, bool required = false);
    const QVector<QRectF>& placed() const { return m_placed; }

    static constexpr double kGap = 3; // between a circle and its name

private:
    int circlesUnder(const QRectF& box, const LabelCircle& own) const;

    QRectF m_bounds;
    QVector<QRectF> m_keepClear;
    QVector<LabelCircle> m_circles;
    // The circles touching each cell of kCell pixels, so a box looks at its neighbours only.
    static constexpr int kCell = 32;
    QHash<quint64, QVector<int>> m_cells;
    QVector<QRectF> m_placed;
};

} // namespace atlas
