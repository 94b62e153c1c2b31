// SPDX-License-Identifier: GPL-3.0-or-later
// Where the map looks: a centre in map metres, a scale in metres per pixel, and the size of
// the view in pixels. Converts between the two and zooms and pans.
#pragma once

#include <QMarginsF>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace atlas {

class MapViewport
{
public:
    MapViewport() = default;
    MapViewport(QSizeF size, QPointF center, double metresPerPixel);

    QSizeF size() const { return m_size; }
    QPointF center() const { return m_center; }
    double metresPerPixel() const { return m_metresPerPixel; }
    void setSize(QSizeF size) { m_size = size; }

    QPointF toScreen(QPointF metres) const
    {
        return {(metres.x() - m_center.x()) / m_metresPerPixel + m_size.width() / 2,
                m_size.height() / 2 - (metres.y() - m_center.y()) / m_metresPerPixel};
    }
    QPointF toMap(QPointF pixels) const;
    // Map metres to screen pixels (y flips: north is up).
    QTransform transform() const;
    // The map metres the view shows.
    QRectF visibleMap() const;

    // Zooms by `factor` (> 1 zooms in), keeping the map point under `anchor` (pixels) still.
    void zoomAbout(QPointF anchor, double factor);
    // Moves the map by `delta` pixels (the map follows the mouse).
    void pan(QPointF delta);
    // Shows `metres` whole, with `marginPixels` around it (or on each side: room for a
    // panel drawn over the map), centred in what the margins leave.
    void fit(const QRectF& metres, double marginPixels = 24);
    void fit(const QRectF& metres, const QMarginsF& marginPixels);

    // Scale limits: from the whole world in the smallest map (240 pixels across Equal
    // Earth's 34,500 km) to a city block.
    static constexpr double kMinMetresPerPixel = 5;
    static constexpr double kMaxMetresPerPixel = 150000;

    friend bool operator==(const MapViewport&, const MapViewport&) = default;

private:
    QSizeF m_size{800, 600};
    QPointF m_center;
    double m_metresPerPixel = 5000;
};

} // namespace atlas
