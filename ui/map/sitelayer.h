// SPDX-License-Identifier: GPL-3.0-or-later
// The sites' layer. On screen, merged glyphs as pre-rendered circles (sprites) blended with
// SSE2 straight into the cached image, one band of rows per core: far cheaper than drawing
// each antialiased ellipse. On a page, every site on its own (one SVG <circle> per site).
#pragma once

#include "ui/map/maplayer.h"
#include "ui/map/spriteblit.h"

#include <QHash>
#include <QImage>
#include <QVector>

namespace atlas {

class SiteLayer final : public MapLayer
{
public:
    MapCache cache() const override { return MapCache::Data; }
    void paint(QPainter& painter, const MapContext& context) override;
    bool paintInto(QImage& image, const MapContext& context) override;

private:
    static constexpr int kMaxGlyphsWithRings = 1500;
    static constexpr int kMaxSprites = 8192;
    // The cache key of a glyph's sprite, and the glyph with its radii rounded as drawn.
    static quint64 spriteKey(const SiteGlyph& glyph, bool withPlannedRing, SiteGlyph* shape);
    QImage drawSprite(const SiteGlyph& glyph, const mapstyle::MapPalette& palette, qreal dpr) const;
    // The sprite of each glyph, made when new.
    QVector<const Sprite*> spritesOf(const QVector<SiteGlyph>& glyphs, const MapContext& context);

    QVector<Sprite> m_sprites;
    QHash<quint64, int> m_spriteIndex;
    bool m_spritesDark = false; // the palette the sprites were drawn in
};

} // namespace atlas
