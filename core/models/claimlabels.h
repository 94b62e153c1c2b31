// SPDX-License-Identifier: GPL-3.0-or-later
// Where the labels of the claims drawn on a chart go. Each claim is a marker (a single
// figure) or two markers joined by a bar (a range); its label goes beside its own marker or
// bar, wholly inside the plot, clear of every marker, bar and label, and centred nearer to its
// own claim than to any other by a clear margin, so a reader never takes "1.0M" for the label of
// the 300k end beside it. On a small chart (a dashboard tile, a slide) two claims of one year
// are a few pixels apart: a label then goes above, below or beside the bar's middle instead.
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QVector>

namespace atlas {

struct ClaimMark
{
    QPointF high; // pixels: the high end (the only point of a single figure)
    QPointF low;  // the low end; the same as `high` for a single figure
    QSizeF label; // the size of its label
    bool isRange() const { return high != low; }
};

struct ClaimLabelGeometry
{
    double markerSize = 11; // the markers' width and height
    double barWidth = 3;    // the range bars' pen
    double gap = 3;         // between a marker and its label
    double clearMargin =
        3; // how much nearer its own claim a label's centre must be than to any other
};

// The distance between two rectangles (0 when they touch or overlap); a point or a bar is a
// rectangle without width or height.
double rectDistance(const QRectF& a, const QRectF& b);

// The places of the labels, one per mark in the same order. A label that finds no place
// meeting every rule takes the least ambiguous one clear of the others, or, on a chart too
// small for it, the first place beside its marker moved inside `bounds`.
QVector<QRectF> placeClaimLabels(const QVector<ClaimMark>& marks, const QRectF& bounds,
                                 const ClaimLabelGeometry& geometry = {});

} // namespace atlas
