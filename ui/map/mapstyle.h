// SPDX-License-Identifier: GPL-3.0-or-later
// The look of the map: colours of sea, land and borders, how links are drawn by status and
// capacity, how sites are drawn (filled, hollow when the location is approximate, a dashed
// ring for what is planned), and the fonts (named, so SVG exports lay out alike elsewhere).
#pragma once

#include "domain/entities.h"

#include <QColor>
#include <QFont>
#include <QPen>

namespace atlas::mapstyle {

inline constexpr const char* kFontFamily = "DejaVu Sans";

QColor sea();
QColor land();
QColor countryBorder();
QColor stateBorder();
QColor selection();

QFont font(int pixelSize, bool bold = false);

// A link: solid when lit, dashed while being built, dotted when planned; wider with more
// capacity (1.5 px when none is published).
QPen linkPen(LinkStatus status, double capacityTbps, bool capacityKnown);

// A site's fill and outline for its operator colour; hollow ones keep only a thick outline.
QBrush siteBrush(const QColor& color, bool hollow);
QPen sitePen(const QColor& color, bool hollow);
QPen plannedRingPen(const QColor& color);

} // namespace atlas::mapstyle
