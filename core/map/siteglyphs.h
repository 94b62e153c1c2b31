// SPDX-License-Identifier: GPL-3.0-or-later
// The level of detail of the map's sites: sites closer on screen than a few pixels are drawn
// as one glyph whose area is their sum, so the work of a frame follows the screen, not the
// data. Also answers "which site is under the cursor" from a grid of screen cells.
#pragma once

#include "core/map/mapscene.h"
#include "core/map/mapviewport.h"

#include <QColor>
#include <QVector>

namespace atlas {

struct SiteGlyph
{
    QPointF center;       // pixels
    double radius = 0;    // pixels, of recorded capacity; 0 when only projected capacity is online
    double plannedRadius = 0; // the dashed ring of what is planned or projected; 0 when no more is
    QColor color;         // of the largest member
    bool hollow = false;  // every member's location is approximate
    int largest = -1;     // most recorded power, then projected (index into MapScene::sites())
    int count = 0;        // members
    double itMw = 0;
    double gpus = 0;
    // The circle it takes on screen: the filled one, else the ring.
    double drawnRadius() const { return radius > 0 ? radius : plannedRadius; }
};

class SiteGlyphs
{
public:
    // Merges the drawn sites of `scene` that fall in the same `cellPixels` square of the view.
    void build(const MapScene& scene, const MapViewport& viewport, double cellPixels = 6);

    // Largest first: the order to draw them in, so small glyphs stay on top.
    const QVector<SiteGlyph>& glyphs() const { return m_glyphs; }
    // The glyph a site is drawn in, -1 when it is not drawn (off screen, or not online).
    int glyphOfSite(int site) const { return site >= 0 && site < m_glyphOfSite.size() ? m_glyphOfSite[site] : -1; }
    // The members of a glyph, largest first.
    QVector<int> sitesOf(int glyph) const;
    // The glyph under `pixel` (the smallest, drawn on top, when several), -1 when none.
    int glyphAt(QPointF pixel) const;

private:
    // Sorts the glyphs largest first; returns where each went.
    QVector<int> sortLargestFirst();
    void buildHitGrid(QSizeF viewSize);

    QVector<SiteGlyph> m_glyphs;
    QVector<int> m_glyphOfSite;
    // Hit-test grid: the glyphs whose circles touch each cell of kHitCell pixels, as one
    // array: cell c's glyphs are m_hitGlyphs[m_hitStart[c] .. m_hitStart[c + 1]).
    static constexpr int kHitCell = 32;
    int m_hitColumns = 0, m_hitRows = 0;
    QVector<int> m_hitStart;
    QVector<int> m_hitGlyphs;
};

} // namespace atlas
