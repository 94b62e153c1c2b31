// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/siteglyphs.h"

#include "map/sitesymbols.h"

#include <algorithm>
#include <cmath>

namespace atlas {
namespace {

struct Accumulator
{
    double mw = 0, planned = 0, gpus = 0, x = 0, y = 0, weight = 0, largestMw = -1;
    int largest = -1, count = 0;
    bool allApproximate = true;
};

} // namespace

void SiteGlyphs::build(const MapScene& scene, const MapViewport& viewport, double cellPixels)
{
    const QVector<MapSite>& sites = scene.sites();
    m_glyphs.clear();
    m_glyphOfSite.fill(-1, sites.size());

    // Sites up to the largest symbol's radius beyond the edges still show in part.
    const double margin = kRadiusAtOneGigawatt * 3;
    const QSizeF size = viewport.size();
    const int columns = int(std::ceil((size.width() + 2 * margin) / cellPixels));
    const int rows = int(std::ceil((size.height() + 2 * margin) / cellPixels));
    QVector<int> cellOf(qsizetype(columns) * rows, -1);
    QVector<Accumulator> cells;
    QVector<int> cellOfSite(sites.size(), -1);

    for (int i = 0; i < sites.size(); ++i) {
        const MapSite& site = sites[i];
        if (!site.online)
            continue;
        const QPointF p = viewport.toScreen(site.at);
        const int cx = int(std::floor((p.x() + margin) / cellPixels));
        const int cy = int(std::floor((p.y() + margin) / cellPixels));
        if (cx < 0 || cy < 0 || cx >= columns || cy >= rows)
            continue;
        int& slot = cellOf[qsizetype(cy) * columns + cx];
        if (slot < 0) {
            slot = int(cells.size());
            cells.append(Accumulator());
        }
        Accumulator& a = cells[slot];
        // Weighted by power, so a merged glyph sits near its big members; a site with no
        // power figure still counts a little.
        const double w = std::max(site.itMw, 1.0);
        a.x += p.x() * w;
        a.y += p.y() * w;
        a.weight += w;
        a.mw += site.itMw;
        a.planned += std::max(site.plannedMw, site.itMw);
        a.gpus += site.gpus;
        a.allApproximate = a.allApproximate && site.approximate;
        ++a.count;
        if (site.itMw > a.largestMw) {
            a.largestMw = site.itMw;
            a.largest = i;
        }
        cellOfSite[i] = slot;
    }

    m_glyphs.reserve(cells.size());
    for (const Accumulator& a : cells) {
        SiteGlyph g;
        g.center = QPointF(a.x / a.weight, a.y / a.weight);
        g.radius = siteRadius(a.mw);
        const double planned = siteRadius(a.planned);
        g.plannedRadius = planned > g.radius + 0.5 ? planned : 0;
        g.color = sites[a.largest].color;
        g.hollow = a.allApproximate;
        g.largest = a.largest;
        g.count = a.count;
        g.itMw = a.mw;
        g.gpus = a.gpus;
        m_glyphs.append(g);
    }
    // Largest first; remember where each cell's glyph went.
    QVector<int> order(m_glyphs.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return m_glyphs[a].radius != m_glyphs[b].radius ? m_glyphs[a].radius > m_glyphs[b].radius : a < b;
    });
    QVector<SiteGlyph> sorted;
    sorted.reserve(order.size());
    QVector<int> newIndex(order.size());
    for (int i = 0; i < order.size(); ++i) {
        newIndex[order[i]] = i;
        sorted.append(m_glyphs[order[i]]);
    }
    m_glyphs = std::move(sorted);
    for (int i = 0; i < sites.size(); ++i)
        m_glyphOfSite[i] = cellOfSite[i] < 0 ? -1 : newIndex[cellOfSite[i]];

    m_hitColumns = int(std::ceil(size.width() / kHitCell)) + 1;
    m_hitRows = int(std::ceil(size.height() / kHitCell)) + 1;
    m_hitCells = QVector<QVector<int>>(qsizetype(m_hitColumns) * m_hitRows);
    for (int g = 0; g < m_glyphs.size(); ++g) {
        const SiteGlyph& glyph = m_glyphs[g];
        const int x0 = std::max(0, int((glyph.center.x() - glyph.radius) / kHitCell));
        const int x1 = std::min(m_hitColumns - 1, int((glyph.center.x() + glyph.radius) / kHitCell));
        const int y0 = std::max(0, int((glyph.center.y() - glyph.radius) / kHitCell));
        const int y1 = std::min(m_hitRows - 1, int((glyph.center.y() + glyph.radius) / kHitCell));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                m_hitCells[qsizetype(y) * m_hitColumns + x].append(g);
    }
}

QVector<int> SiteGlyphs::sitesOf(int glyph) const
{
    QVector<int> members;
    for (int i = 0; i < m_glyphOfSite.size(); ++i) {
        if (m_glyphOfSite[i] == glyph)
            members.append(i);
    }
    return members;
}

int SiteGlyphs::glyphAt(QPointF pixel) const
{
    if (pixel.x() < 0 || pixel.y() < 0)
        return -1;
    const int x = int(pixel.x() / kHitCell), y = int(pixel.y() / kHitCell);
    if (x >= m_hitColumns || y >= m_hitRows)
        return -1;
    // Glyphs are stored largest first: the last one that contains the point is on top.
    int found = -1;
    for (int g : m_hitCells[qsizetype(y) * m_hitColumns + x]) {
        const SiteGlyph& glyph = m_glyphs[g];
        const QPointF d = pixel - glyph.center;
        // A small glyph is easy to miss: count a few pixels around it.
        const double reach = std::max(glyph.radius, 5.0);
        if (d.x() * d.x() + d.y() * d.y() <= reach * reach)
            found = g;
    }
    return found;
}

} // namespace atlas
