// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/mapstyle.h"

#include <cmath>

namespace atlas::mapstyle {

QColor sea() { return QColor(0xe4, 0xed, 0xf3); }
QColor land() { return QColor(0xfa, 0xf8, 0xf3); }
QColor countryBorder() { return QColor(0xa8, 0xa2, 0x96); }
QColor stateBorder() { return QColor(0xcf, 0xc9, 0xbd); }
QColor selection() { return QColor(0xff, 0xa6, 0x00); }

QFont font(int pixelSize, bool bold)
{
    QFont f(QString::fromLatin1(kFontFamily));
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

QPen linkPen(LinkStatus status, double capacityTbps, bool capacityKnown)
{
    const double width = capacityKnown ? std::clamp(1.2 + 1.6 * std::log10(1 + capacityTbps / 10), 1.2, 6.0) : 1.5;
    QPen pen(QColor(0x2c, 0x3e, 0x50), width);
    // Flat caps: the raster engine strokes round-capped wide lines some twenty times slower,
    // and the ends sit under the sites' circles anyway.
    pen.setCapStyle(Qt::FlatCap);
    switch (status) {
    case LinkStatus::Lit:
        pen.setColor(QColor(0x1d, 0x3f, 0x6e, 220));
        break;
    case LinkStatus::Building:
        pen.setColor(QColor(0x7d, 0x3c, 0x98, 220));
        pen.setStyle(Qt::DashLine);
        break;
    case LinkStatus::Planned:
        pen.setColor(QColor(0x70, 0x7b, 0x7c, 220));
        pen.setStyle(Qt::DotLine);
        break;
    }
    return pen;
}

QBrush siteBrush(const QColor& color, bool hollow)
{
    if (hollow)
        return QColor(255, 255, 255, 150);
    QColor fill = color;
    fill.setAlpha(215);
    return fill;
}

QPen sitePen(const QColor& color, bool hollow)
{
    QPen pen(hollow ? color : color.darker(140), hollow ? 2.0 : 1.0);
    return pen;
}

QPen plannedRingPen(const QColor& color)
{
    QPen pen(color.darker(110), 1.0, Qt::DashLine);
    pen.setDashPattern({3, 3});
    return pen;
}

} // namespace atlas::mapstyle
