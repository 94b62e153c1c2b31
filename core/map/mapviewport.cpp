// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/mapviewport.h"

#include <algorithm>

namespace atlas {

MapViewport::MapViewport(QSizeF size, QPointF center, double metresPerPixel)
    : m_size(size), m_center(center),
      m_metresPerPixel(std::clamp(metresPerPixel, kMinMetresPerPixel, kMaxMetresPerPixel))
{
}

QPointF MapViewport::toMap(QPointF pixels) const
{
    return {m_center.x() + (pixels.x() - m_size.width() / 2) * m_metresPerPixel,
            m_center.y() - (pixels.y() - m_size.height() / 2) * m_metresPerPixel};
}

QTransform MapViewport::transform() const
{
    const double s = 1.0 / m_metresPerPixel;
    return QTransform(s, 0, 0, -s, m_size.width() / 2 - m_center.x() * s, m_size.height() / 2 + m_center.y() * s);
}

QRectF MapViewport::visibleMap() const
{
    return QRectF(toMap(QPointF(0, m_size.height())), toMap(QPointF(m_size.width(), 0))).normalized();
}

void MapViewport::zoomAbout(QPointF anchor, double factor)
{
    if (!(factor > 0))
        return;
    const QPointF fixed = toMap(anchor);
    m_metresPerPixel = std::clamp(m_metresPerPixel / factor, kMinMetresPerPixel, kMaxMetresPerPixel);
    // Put `fixed` back under the anchor.
    const QPointF now = toMap(anchor);
    m_center += fixed - now;
}

void MapViewport::pan(QPointF delta)
{
    m_center += QPointF(-delta.x() * m_metresPerPixel, delta.y() * m_metresPerPixel);
}

void MapViewport::fit(const QRectF& metres, double marginPixels)
{
    fit(metres, QMarginsF(marginPixels, marginPixels, marginPixels, marginPixels));
}

void MapViewport::fit(const QRectF& metres, const QMarginsF& marginPixels)
{
    if (metres.isNull() || m_size.isEmpty())
        return;
    const double width = std::max(1.0, m_size.width() - marginPixels.left() - marginPixels.right());
    const double height =
        std::max(1.0, m_size.height() - marginPixels.top() - marginPixels.bottom());
    m_metresPerPixel = std::clamp(std::max(metres.width() / width, metres.height() / height),
                                  kMinMetresPerPixel, kMaxMetresPerPixel);
    // The middle of the room the margins leave shows the middle of `metres` (y is north up).
    const QPointF offsetPixels((marginPixels.left() - marginPixels.right()) / 2,
                               (marginPixels.top() - marginPixels.bottom()) / 2);
    m_center = metres.center() - QPointF(offsetPixels.x(), -offsetPixels.y()) * m_metresPerPixel;
}

} // namespace atlas
