// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/sitelayer.h"

#include "ui/map/mapstyle.h"

#include <QPainter>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

namespace atlas {

void SiteLayer::paint(QPainter& painter, const MapContext& context)
{
    if (context.settings->detail == MapDetail::Screen)
        context.renderer->paintGlyphs(painter,
                                      *context.glyphs); // a screen without an image of its own
    else
        context.renderer->paintSitesExact(painter, context.scene(), context.viewport);
}

quint64 SiteLayer::spriteKey(const SiteGlyph& glyph, bool withPlannedRing, SiteGlyph* shape)
{
    // Radii in quarter pixels (half pixels for big circles, where it does not show).
    const auto quantise = [](double r) {
        return r < 8 ? std::lround(r * 4) : std::lround(r * 2) * 2;
    };
    *shape = glyph;
    shape->radius = quantise(glyph.radius) / 4.0;
    shape->plannedRadius = withPlannedRing ? quantise(glyph.plannedRadius) / 4.0 : 0;
    return (quint64(glyph.color.rgba()) << 32) ^ (quint64(shape->radius * 4) << 1) ^
           (quint64(shape->plannedRadius * 4) << 14) ^ quint64(glyph.hollow);
}

QImage SiteLayer::drawSprite(const SiteGlyph& glyph, const mapstyle::MapPalette& palette,
                             qreal dpr) const
{
    const double extent = std::max(glyph.radius, glyph.plannedRadius) + 2.5;
    const int side = int(std::ceil(2 * extent * dpr));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(dpr);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPointF centre(side / (2 * dpr), side / (2 * dpr));
        if (glyph.plannedRadius > 0) {
            painter.setPen(mapstyle::plannedRingPen(glyph.color));
            painter.drawEllipse(centre, glyph.plannedRadius, glyph.plannedRadius);
        }
        if (glyph.radius > 0) { // none: only projected capacity, the ring alone
            painter.setPen(mapstyle::sitePen(palette, glyph.color, glyph.hollow));
            painter.setBrush(mapstyle::siteBrush(palette, glyph.color, glyph.hollow));
            painter.drawEllipse(centre, glyph.radius, glyph.radius);
        }
    }
    return image;
}

QVector<const Sprite*> SiteLayer::spritesOf(const QVector<SiteGlyph>& glyphs,
                                            const MapContext& context)
{
    const mapstyle::MapPalette& palette = context.renderer->palette();
    if (m_sprites.size() > kMaxSprites || palette.isDark != m_spritesDark) {
        m_sprites.clear(); // many colours and sizes: start again rather than grow without end
        m_spriteIndex.clear();
        m_spritesDark = palette.isDark;
    }
    // In a crowded view the dashed rings of what is planned would only be noise: they are
    // drawn when there are few glyphs.
    const bool rings = glyphs.size() <= kMaxGlyphsWithRings;
    // First find or make every sprite this frame needs (one hash lookup a glyph), then take
    // pointers: the list does not grow after that.
    QVector<int> index(glyphs.size());
    for (int i = 0; i < glyphs.size(); ++i) {
        SiteGlyph shape;
        // A glyph of projected capacity alone is its ring: kept however crowded the view.
        const quint64 key = spriteKey(glyphs[i], rings || glyphs[i].radius <= 0, &shape);
        auto found = m_spriteIndex.find(key);
        if (found == m_spriteIndex.end()) {
            found = m_spriteIndex.insert(key, int(m_sprites.size()));
            m_sprites.append(Sprite(drawSprite(shape, palette, context.devicePixelRatio)));
        }
        index[i] = *found;
    }
    QVector<const Sprite*> sprites(glyphs.size());
    for (int i = 0; i < glyphs.size(); ++i)
        sprites[i] = &m_sprites[index[i]];
    return sprites;
}

bool SiteLayer::paintInto(QImage& layer, const MapContext& context)
{
    if (context.settings->detail != MapDetail::Screen)
        return false;
    // Pre-rendered circles, blended at whole device pixels.
    const QVector<SiteGlyph>& glyphs = context.glyphs->glyphs();
    const QVector<const Sprite*> sprites = spritesOf(glyphs, context);
    const qreal dpr = context.devicePixelRatio;
    QVector<QPoint> at(glyphs.size());
    for (int i = 0; i < glyphs.size(); ++i)
        at[i] = QPoint(int(std::lround(glyphs[i].center.x() * dpr - sprites[i]->width() / 2.0)),
                       int(std::lround(glyphs[i].center.y() * dpr - sprites[i]->height() / 2.0)));
    // Blending is the costliest part of a frame with thousands of glyphs: split the image in
    // bands of rows, one per core; each band draws every glyph in the same order, so the
    // picture is the one a single pass would make.
    layer.detach();
    const int bands = glyphs.size() > 500 ? std::clamp(QThread::idealThreadCount(), 1, 8) : 1;
    const int rowsPerBand = (layer.height() + bands - 1) / bands;
    QVector<int> bandStarts;
    for (int b = 0; b < bands; ++b)
        bandStarts.append(b * rowsPerBand);
    const auto blendBand = [&](int first) {
        for (int i = 0; i < glyphs.size(); ++i)
            blendSprite(layer, *sprites[i], at[i], first, first + rowsPerBand);
    };
    if (bands == 1)
        blendBand(0);
    else
        QtConcurrent::blockingMap(bandStarts, blendBand);
    return true;
}

} // namespace atlas
