// SPDX-License-Identifier: GPL-3.0-or-later
// The map's footer: the scale bar and the attribution, and where they go clear of the legend.
#include "core/geo/greatcircle.h"
#include "ui/map/maprenderer.h"
#include "ui/map/mapstyle.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
constexpr qreal kScaleBarLeft = 14, kScaleBarBaseline = 22, kScaleBarMaxPixels = 150,
                kScaleBarText = 80;
constexpr qreal kAttributionHeight = 14, kAttributionBottom = 4, kAttributionRight = 8;
} // namespace

MapRenderer::FooterLayout MapRenderer::footerLayout(QSizeF viewSize, const QRectF& legendBox)
{
    const QString text = attribution();
    const QFontMetricsF metrics(mapstyle::font(10));
    const qreal w = viewSize.width(), h = viewSize.height();
    FooterLayout layout;
    layout.scaleStart = QPointF(kScaleBarLeft, h - kScaleBarBaseline);
    layout.scaleBar = QRectF(kScaleBarLeft - 4, h - kScaleBarBaseline - 20,
                             kScaleBarMaxPixels + kScaleBarText, 30);
    const qreal textWidth = metrics.horizontalAdvance(text) + 2;
    const auto wrappedHeight = [&](qreal width) {
        return metrics
                   .boundingRect(QRectF(0, 0, width, 1e4), Qt::TextWordWrap | Qt::AlignRight, text)
                   .height() +
               1;
    };
    layout.attribution =
        QRectF(w - kAttributionRight - textWidth, h - kAttributionBottom - kAttributionHeight,
               textWidth, kAttributionHeight);
    // A view narrower than the scale bar and the attribution side by side: the attribution
    // wraps right of the bar, or under it across the view when that room is too narrow.
    if (const qreal beside = w - kAttributionRight - (layout.scaleBar.right() + 8);
        textWidth > beside) {
        const qreal width = beside >= 120 ? beside : w - kAttributionRight - kScaleBarLeft;
        const qreal height = wrappedHeight(width);
        layout.attribution =
            QRectF(w - kAttributionRight - width, h - kAttributionBottom - height, width, height);
        if (beside < 120) {
            layout.scaleStart.setY(layout.attribution.top() - 8);
            layout.scaleBar.moveBottom(layout.attribution.top() - 2);
            // A short map keeps its height for the sites and the legend: no scale bar.
            if (h - layout.scaleBar.top() > h / 3)
                layout.scaleBar = QRectF();
        }
    }
    if (legendBox.isEmpty() ||
        (!legendBox.intersects(layout.scaleBar) && !legendBox.intersects(layout.attribution)))
        return layout;
    // The legend reaches the bottom: the footer takes the room right of it.
    const qreal left = legendBox.right() + 8;
    const qreal room = std::max<qreal>(40, w - kAttributionRight - left);
    const qreal width = std::min(textWidth, room);
    const qreal height = wrappedHeight(width);
    layout.attribution =
        QRectF(w - kAttributionRight - width, h - kAttributionBottom - height, width, height);
    // The scale bar above it, at the right (its text is shorter than the longest bar).
    layout.scaleStart =
        QPointF(w - kAttributionRight - kScaleBarMaxPixels - 4, layout.attribution.top() - 8);
    layout.scaleBar =
        QRectF(layout.scaleStart.x() - 4, layout.scaleStart.y() - 20, kScaleBarMaxPixels + 8, 28);
    if (layout.scaleBar.intersects(legendBox) || layout.scaleBar.top() < 0)
        layout.scaleBar = QRectF();
    return layout;
}

qreal MapRenderer::footerTop(QSizeF viewSize)
{
    const FooterLayout layout = footerLayout(viewSize, {});
    return layout.scaleBar.isEmpty() ? layout.attribution.top()
                                     : std::min(layout.scaleBar.top(), layout.attribution.top());
}

QVector<QRectF> MapRenderer::footerBoxes(QSizeF viewSize, const QRectF& legendBox)
{
    const FooterLayout layout = footerLayout(viewSize, legendBox);
    if (layout.scaleBar.isEmpty())
        return {layout.attribution};
    return {layout.scaleBar, layout.attribution};
}

void MapRenderer::paintScaleBar(QPainter& painter, const MapViewport& viewport,
                                const QRectF& legendBox) const
{
    const FooterLayout layout = footerLayout(viewport.size(), legendBox);
    if (layout.scaleBar.isEmpty())
        return;
    // Ground distance across 100 pixels at the middle of the view.
    const QPointF middle(viewport.size().width() / 2, viewport.size().height() / 2);
    const auto a = m_projection->unproject(viewport.toMap(middle - QPointF(50, 0)));
    const auto b = m_projection->unproject(viewport.toMap(middle + QPointF(50, 0)));
    if (!a || !b)
        return;
    const double kmPer100Px = greatCircleKm(*a, *b);
    if (!(kmPer100Px > 0))
        return;
    // The longest round length (1, 2 or 5 × 10^n km) that fits in 150 pixels.
    const double fits = kmPer100Px * kScaleBarMaxPixels / 100;
    const double decade = std::pow(10.0, std::floor(std::log10(fits)));
    double km = decade;
    for (double step : {5.0, 2.0}) {
        if (step * decade <= fits) {
            km = step * decade;
            break;
        }
    }
    const double pixels = km * 100 / kmPer100Px;
    const QPointF origin = layout.scaleStart;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_palette.text, 2));
    painter.drawLine(origin, origin + QPointF(pixels, 0));
    painter.drawLine(origin - QPointF(0, 4), origin + QPointF(0, 4));
    painter.drawLine(origin + QPointF(pixels, -4), origin + QPointF(pixels, 4));
    painter.setFont(mapstyle::font(11));
    painter.drawText(QRectF(origin.x(), origin.y() - 18, pixels + kScaleBarText, 14), Qt::AlignLeft,
                     tr("%1 km").arg(QLocale().toString(km)));
    painter.restore();
}

QString MapRenderer::attribution()
{
    return tr("Boundaries: US Census Bureau, Natural Earth (public domain) · Sites: "
              "Compute Atlas database");
}

void MapRenderer::paintAttribution(QPainter& painter, const MapViewport& viewport,
                                   const QRectF& legendBox) const
{
    painter.save();
    painter.setFont(mapstyle::font(10));
    const QRectF box = footerLayout(viewport.size(), legendBox).attribution;
    painter.setPen(m_palette.mutedText);
    painter.drawText(box, Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap, attribution());
    painter.restore();
}

} // namespace atlas
