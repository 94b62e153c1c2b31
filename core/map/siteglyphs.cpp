// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/siteglyphs.h"

#include "core/map/sitesymbols.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace atlas {
namespace {

struct Accumulator
{
    double mw = 0, planned = 0, gpus = 0, x = 0, y = 0, weight = 0, largestMw = -1,
           largestProjectedMw = -1;
    int largest = -1, count = 0;
    bool allApproximate = true;
    bool anyRecorded = false;
};

// Site `index`, at pixel `p`, counted in its cell.
void add(Accumulator* a, const MapSite& site, QPointF p, int index)
{
    // Weighted by power, so a merged glyph sits near its big members; a site with no power
    // figure still counts a little.
    const double w = std::max(site.itMw, 1.0);
    a->x += p.x() * w;
    a->y += p.y() * w;
    a->weight += w;
    a->mw += site.itMw;
    a->planned += site.ringMw();
    a->anyRecorded = a->anyRecorded || site.recordedOnline;
    a->gpus += site.gpus;
    a->allApproximate = a->allApproximate && site.approximate;
    ++a->count;
    // The most recorded power; among equals (none recorded yet), the most projected.
    if (site.itMw > a->largestMw ||
        (site.itMw == a->largestMw && site.projectedMw > a->largestProjectedMw)) {
        a->largestMw = site.itMw;
        a->largestProjectedMw = site.projectedMw;
        a->largest = index;
    }
}

// The drawn sites gathered by the cell of the view they fall in.
struct Cells
{
    QVector<Accumulator> cells;
    QVector<int> cellOfSite; // -1 for a site not drawn
};

Cells gatherCells(const QVector<MapSite>& sites, const MapViewport& viewport, double cellPixels)
{
    // Sites up to the largest symbol's radius beyond the edges still show in part.
    const double margin = kRadiusAtOneGigawatt * 3;
    const QSizeF size = viewport.size();
    const int columns = int(std::ceil((size.width() + 2 * margin) / cellPixels));
    const int rows = int(std::ceil((size.height() + 2 * margin) / cellPixels));
    QVector<int> cellOf(qsizetype(columns) * rows, -1);
    Cells gathered{{}, QVector<int>(sites.size(), -1)};
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
            slot = int(gathered.cells.size());
            gathered.cells.append(Accumulator());
        }
        add(&gathered.cells[slot], site, p, i);
        gathered.cellOfSite[i] = slot;
    }
    return gathered;
}

SiteGlyph glyphOf(const Accumulator& a, const QVector<MapSite>& sites)
{
    SiteGlyph g;
    g.center = QPointF(a.x / a.weight, a.y / a.weight);
    // Only projected capacity so far: no filled circle, the ring alone (drawn as planned).
    g.radius = a.anyRecorded ? siteRadius(a.mw) : 0;
    const double planned = siteRadius(a.planned);
    g.plannedRadius = planned > g.radius + 0.5 ? planned : 0;
    g.color = sites[a.largest].color;
    g.hollow = a.allApproximate;
    g.largest = a.largest;
    g.count = a.count;
    g.itMw = a.mw;
    g.gpus = a.gpus;
    return g;
}

} // namespace

void SiteGlyphs::build(const MapScene& scene, const MapViewport& viewport, double cellPixels)
{
    const QVector<MapSite>& sites = scene.sites();
    const Cells gathered = gatherCells(sites, viewport, cellPixels);
    m_glyphs.clear();
    m_glyphs.reserve(gathered.cells.size());
    for (const Accumulator& a : gathered.cells)
        m_glyphs.append(glyphOf(a, sites));
    const QVector<int> newIndex = sortLargestFirst();
    m_glyphOfSite.fill(-1, sites.size());
    for (int i = 0; i < sites.size(); ++i)
        m_glyphOfSite[i] = gathered.cellOfSite[i] < 0 ? -1 : newIndex[gathered.cellOfSite[i]];
    buildHitGrid(viewport.size());
}

QVector<int> SiteGlyphs::sortLargestFirst()
{
    // Sorting compact (radius, index) pairs rather than indices into the glyphs keeps the
    // sort in the cache.
    std::vector<std::pair<double, int>> order(m_glyphs.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[i] = {-m_glyphs[i].radius, i};
    std::sort(order.begin(), order.end());
    QVector<SiteGlyph> sorted;
    sorted.reserve(m_glyphs.size());
    QVector<int> newIndex(m_glyphs.size());
    for (int i = 0; i < int(order.size()); ++i) {
        newIndex[order[i].second] = i;
        sorted.append(m_glyphs[order[i].second]);
    }
    m_glyphs = std::move(sorted);
    return newIndex;
}

void SiteGlyphs::buildHitGrid(QSizeF size)
{
    // In two passes: count per cell, then fill.
    m_hitColumns = int(std::ceil(size.width() / kHitCell)) + 1;
    m_hitRows = int(std::ceil(size.height() / kHitCell)) + 1;
    const int hitCells = m_hitColumns * m_hitRows;
    const auto cellsOf = [this](const SiteGlyph& glyph, auto&& visit) {
        const double reach = std::max(glyph.drawnRadius(), 5.0); // as glyphAt() counts it
        const int x0 = std::max(0, int((glyph.center.x() - reach) / kHitCell));
        const int x1 = std::min(m_hitColumns - 1, int((glyph.center.x() + reach) / kHitCell));
        const int y0 = std::max(0, int((glyph.center.y() - reach) / kHitCell));
        const int y1 = std::min(m_hitRows - 1, int((glyph.center.y() + reach) / kHitCell));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                visit(y * m_hitColumns + x);
    };
    m_hitStart.fill(0, hitCells + 1);
    for (const SiteGlyph& glyph : std::as_const(m_glyphs))
        cellsOf(glyph, [this](int cell) { ++m_hitStart[cell + 1]; });
    for (int c = 0; c < hitCells; ++c)
        m_hitStart[c + 1] += m_hitStart[c];
    m_hitGlyphs.resize(m_hitStart[hitCells]);
    QVector<int> fill(m_hitStart.begin(), m_hitStart.end() - 1);
    for (int g = 0; g < m_glyphs.size(); ++g)
        cellsOf(m_glyphs[g], [&](int cell) { m_hitGlyphs[fill[cell]++] = g; });
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
    const int cell = y * m_hitColumns + x;
    for (int k = m_hitStart[cell]; k < m_hitStart[cell + 1]; ++k) {
        const int g = m_hitGlyphs[k];
        const SiteGlyph& glyph = m_glyphs[g];
        const QPointF d = pixel - glyph.center;
        // A small glyph is easy to miss: count a few pixels around it.
        const double reach = std::max(glyph.drawnRadius(), 5.0);
        if (d.x() * d.x() + d.y() * d.y() <= reach * reach)
            found = g;
    }
    return found;
}

} // namespace atlas
