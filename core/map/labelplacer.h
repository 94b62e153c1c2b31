// SPDX-License-Identifier: GPL-3.0-or-later
// Where the names of sites go: beside each circle (right, left, above, below, then the
// corners), wholly inside the view, clear of the names already placed and of the panels drawn
// over the map (legend, title, scale bar, attribution), and off other circles where it can.
// Names take their turn by priority (labelOrder(): the selected first, then by power in the
// year shown), so a small site never takes the place of a large one. A name is never cut: one
// that finds no room whole is left out (hovering names it). A required one (a selected site)
// looks further from its circle before it gives up, and is still never put under a panel.
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

// A name that asks for a place: its circle, the size of its box, and what decides its turn.
struct LabelRequest
{
    LabelCircle circle;
    QSizeF size;
    double powerMw = 0;    // of the glyph, in the year shown
    bool selected = false; // named first, and looked for further
};

// The order names are placed in (indices into `requests`): the selected first, then by power,
// largest first; equal ones keep the order given.
QVector<int> labelOrder(const QVector<LabelRequest>& requests);

class LabelPlacer
{
public:
    LabelPlacer(const QRectF& bounds, QVector<QRectF> keepClear,
                const QVector<LabelCircle>& circles);

    // The box for a name of `size` beside `circle` (one of those given, or any), or none. A
    // required name that finds no place beside its circle takes the nearest free one.
    std::optional<QRectF> place(const LabelCircle& circle, QSizeF size, bool required = false);
    // Places the requests in labelOrder(), at most `maxUnselected` of those not selected (the
    // selected always have their turn). The selected are required; the kSoughtLargest first of
    // the others may move two lines off their circle when the room beside it is taken.
    // The boxes, by request; none where a name found no room.
    static constexpr int kSoughtLargest = 20;
    QVector<std::optional<QRectF>> placeAll(const QVector<LabelRequest>& requests,
                                            int maxUnselected);
    const QVector<QRectF>& placed() const { return m_placed; }

    static constexpr double kGap = 3; // between a circle and its name

private:
    int circlesUnder(const QRectF& box, const LabelCircle& own) const;
    bool isFree(const QRectF& box) const;
    // The free box nearest the circle within `reach` pixels of it (0: the default reach).
    std::optional<QRectF> nearestFree(const LabelCircle& circle, QSizeF size, double reach = 0) const;
    // place(), looking as far as `reach` when no box beside the circle is free (0: not further).
    std::optional<QRectF> placeWithin(const LabelCircle& circle, QSizeF size, double reach);

    QRectF m_bounds;
    QVector<QRectF> m_keepClear;
    QVector<LabelCircle> m_circles;
    // The circles touching each cell of kCell pixels, so a box looks at its neighbours only.
    static constexpr int kCell = 32;
    QHash<quint64, QVector<int>> m_cells;
    QVector<QRectF> m_placed;
};

} // namespace atlas
