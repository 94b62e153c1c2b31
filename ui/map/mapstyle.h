// SPDX-License-Identifier: GPL-3.0-or-later
// The look of the map: colours of sea, land and borders, how links are drawn by status and
// capacity, how sites are drawn (filled, hollow when the location is approximate, a dashed
// ring for what is planned), and the fonts (named, so SVG exports lay out alike elsewhere).
#pragma once

#include "core/domain/entities.h"

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QPen>

namespace atlas::mapstyle {

// The colours of a map, light (for screens in a lit room and for slides) or dark (for a dark
// desktop and the dark presentation theme). Operator colours are the same in both.
struct MapPalette
{
    QColor sea, land, countryBorder, stateBorder;
    QColor beyond;      // outside the outline of a world map
    QColor text;        // labels, legend, scale bar
    QColor mutedText;   // attribution
    QColor labelHalo;   // the box behind a site's name
    QColor panel;       // legend and title boxes
    QColor panelBorder;
    QColor neutral;     // legend symbols that are no operator's
    QColor hollowFill;  // inside a site whose location is approximate
    QColor litLink, buildingLink, plannedLink;
    QColor selection;
    bool isDark = false;

    static MapPalette light();
    static MapPalette dark();
    static MapPalette forDark(bool isDark) { return isDark ? dark() : light(); }
};

QFont font(int pixelSize, bool bold = false);

// A link: solid when lit, dashed while being built, dotted when planned; wider with more
// capacity (1.5 px when none is published).
QPen linkPen(const MapPalette& palette, LinkStatus status, double capacityTbps, bool capacityKnown);

// A site's fill and outline for its operator colour; hollow ones keep only a thick outline.
QBrush siteBrush(const MapPalette& palette, const QColor& color, bool hollow);
QPen sitePen(const MapPalette& palette, const QColor& color, bool hollow);
QPen plannedRingPen(const QColor& color);

// The ring around a selected glyph: this far outside its circle, this wide.
inline constexpr double kSelectionRingGap = 4, kSelectionRingWidth = 3;

// A circle as a path: the legend's sample circles and the planned rings must not count as
// sites in an SVG (sites are the only circles drawn with drawEllipse: an SVG <circle>).
QPainterPath circlePath(QPointF center, qreal radius);

} // namespace atlas::mapstyle
