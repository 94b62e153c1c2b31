// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapstyle.h"

#include "ui/export/pagefont.h"

#include <cmath>

namespace atlas::mapstyle {

MapPalette MapPalette::light()
{
    MapPalette p;
    p.sea = QColor(0xe4, 0xed, 0xf3);
    p.land = QColor(0xfa, 0xf8, 0xf3);
    p.countryBorder = QColor(0xa8, 0xa2, 0x96);
    p.stateBorder = QColor(0xcf, 0xc9, 0xbd);
    p.beyond = QColor(0xd9, 0xdc, 0xdf);
    p.text = QColor(0x22, 0x22, 0x22);
    p.mutedText = QColor(0x55, 0x55, 0x55);
    p.labelHalo = QColor(255, 255, 255, 170);
    p.panel = QColor(255, 255, 255, 225);
    p.panelBorder = QColor(0xcc, 0xcc, 0xcc);
    p.neutral = QColor(0x66, 0x66, 0x66);
    p.hollowFill = QColor(255, 255, 255, 150);
    p.litLink = QColor(0x1d, 0x3f, 0x6e, 220);
    p.buildingLink = QColor(0x7d, 0x3c, 0x98, 220);
    p.plannedLink = QColor(0x70, 0x7b, 0x7c, 220);
    p.selection = QColor(0xff, 0xa6, 0x00);
    return p;
}

MapPalette MapPalette::dark()
{
    MapPalette p;
    p.sea = QColor(0x17, 0x1d, 0x26);
    p.land = QColor(0x2a, 0x2e, 0x33);
    p.countryBorder = QColor(0x6b, 0x70, 0x78);
    p.stateBorder = QColor(0x45, 0x4a, 0x52);
    p.beyond = QColor(0x0d, 0x10, 0x14);
    p.text = QColor(0xec, 0xec, 0xec);
    p.mutedText = QColor(0xa0, 0xa4, 0xaa);
    p.labelHalo = QColor(0x16, 0x19, 0x1d, 190);
    p.panel = QColor(0x20, 0x23, 0x28, 230);
    p.panelBorder = QColor(0x4a, 0x4f, 0x57);
    p.neutral = QColor(0xb0, 0xb4, 0xba);
    p.hollowFill = QColor(0x1e, 0x22, 0x27, 150);
    p.litLink = QColor(0x8c, 0xc8, 0xff, 230);
    p.buildingLink = QColor(0xd2, 0x9b, 0xf0, 230);
    p.plannedLink = QColor(0xa8, 0xb0, 0xb2, 220);
    p.selection = QColor(0xff, 0xc1, 0x3d);
    p.isDark = true;
    return p;
}

QFont font(int pixelSize, bool bold)
{
    return pageFont(pixelSize, bold);
}

QPen linkPen(const MapPalette& palette, LinkStatus status, double capacityTbps, bool capacityKnown)
{
    const double width = capacityKnown ? std::clamp(1.2 + 1.6 * std::log10(1 + capacityTbps / 10), 1.2, 6.0) : 1.5;
    QPen pen(palette.litLink, width);
    // Flat caps: the raster engine strokes round-capped wide lines some twenty times slower,
    // and the ends sit under the sites' circles anyway.
    pen.setCapStyle(Qt::FlatCap);
    switch (status) {
    case LinkStatus::Lit:
        break;
    case LinkStatus::Building:
        pen.setColor(palette.buildingLink);
        pen.setStyle(Qt::DashLine);
        break;
    case LinkStatus::Planned:
        pen.setColor(palette.plannedLink);
        pen.setStyle(Qt::DotLine);
        break;
    }
    return pen;
}

QBrush siteBrush(const MapPalette& palette, const QColor& color, bool hollow)
{
    if (hollow)
        return palette.hollowFill;
    QColor fill = color;
    fill.setAlpha(215);
    return fill;
}

QPen sitePen(const MapPalette& palette, const QColor& color, bool hollow)
{
    // The outline sets a filled circle off the ground: darker on light land, lighter on dark.
    QPen pen(hollow ? color : palette.isDark ? color.lighter(135) : color.darker(140), hollow ? 2.0 : 1.0);
    return pen;
}

QPen plannedRingPen(const QColor& color)
{
    QPen pen(color.darker(110), 1.0, Qt::DashLine);
    pen.setDashPattern({3, 3});
    return pen;
}

// A circle as a path: the legend's sample circles must not count as sites in an SVG (sites
// are the only circles drawn with drawEllipse, which an SVG writes as <circle>).
QPainterPath circlePath(QPointF center, qreal radius)
{
    QPainterPath path;
    const int segments = 48;
    for (int i = 0; i <= segments; ++i) {
        const qreal a = 2 * M_PI * i / segments;
        const QPointF p = center + QPointF(radius * std::cos(a), radius * std::sin(a));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

} // namespace atlas::mapstyle
