// SPDX-License-Identifier: GPL-3.0-or-later
// A layer of the map: one object that paints one thing (the basemap, the links, the sites, the
// names, the selection, the title, the legend, the footer). The layers are one ordered list,
// bottom to top (makeMapLayers()), which the screen's frame and every page walk alike, as KDE
// Marble's layer manager walks its layers. Each says which of the screen's caches it belongs
// to, so that the frame knows when to draw it again; a page draws them all, in order.
#pragma once

#include "core/map/linkbundles.h"
#include "core/map/mapviewport.h"
#include "core/map/siteglyphs.h"
#include "ui/map/maprenderer.h"
#include "ui/map/mapsettings.h"

#include <QRect>
#include <QString>

#include <memory>
#include <vector>

class QImage;
class QPainter;

namespace atlas {

// What the screen keeps drawn, and when a layer is drawn again.
enum class MapCache {
    Background, // the basemap: on a zoom, a resize or a new projection
    Data,       // onto a copy of the background: on a year, scenario, data or view change
    Overlay,    // a small image of its own that stays put while the map pans, kept by what it shows
    EveryFrame, // over the rest at each frame (the selection follows a pan at once)
};

// What a walk of the layers paints: the settings, the view, the level of detail worked out
// for it and where the panels go. The screen's frame keeps one; a page makes its own.
struct MapContext
{
    const MapSettings* settings = nullptr;
    const MapRenderer* renderer = nullptr;
    MapViewport viewport;
    qreal devicePixelRatio = 1;
    const SiteGlyphs* glyphs =
        nullptr; // merged glyphs: the names, the selection, the screen's sites
    const LinkBundles* bundles = nullptr; // the screen's bundled links (an exact page has none)
    QRectF titleBox;                      // where the title goes, when settings->showTitle
    QRectF legendBox;                     // the legend as drawn; empty when none is
    QSizeF legendRoom;                    // the most the legend may take
    QVector<MapRenderer::Label> labels;   // the names, placed by their layer's prepare()
    QPointF offset; // how far the view moved since the cached layers were drawn (every frame)

    const MapScene& scene() const { return *settings->scene; }
    QSizeF viewSize() const { return viewport.size(); }
    // The panels drawn over the map (footer, title, legend), which the names keep clear of.
    QVector<QRectF> panels() const;
};

// Where an overlay's image goes on the screen, in the view's pixels.
struct OverlayPlace
{
    QRect rect;
    bool fromBottom = false; // held to the view's bottom edge (the footer)
};

class MapLayer
{
public:
    virtual ~MapLayer() = default;
    virtual MapCache cache() const = 0;
    // Whether the layer draws anything with these settings (a title only when asked for).
    virtual bool shown(const MapContext&) const { return true; }
    // Work before any layer paints: the names are placed here, clear of every panel.
    virtual void prepare(MapContext&) {}
    virtual void paint(QPainter& painter, const MapContext& context) = 0;
    // The screen's fast path: drawn straight into the cached image, with no painter open on
    // it. False when the layer has none; it is then painted.
    virtual bool paintInto(QImage&, const MapContext&) { return false; }
    // An overlay: where its image goes, what it shows (the key it is kept by), how many to keep.
    virtual OverlayPlace overlayPlace(const MapContext&) const { return {}; }
    virtual QString overlayKey(const MapContext&) const { return {}; }
    virtual int overlaysKept() const { return 1; }
};

using MapLayers = std::vector<std::unique_ptr<MapLayer>>;

// The map's layers, bottom to top: the one place that says which there are and in which order.
MapLayers makeMapLayers();
// A page's walk: every layer prepared, then each one shown painted, in order.
void paintMapLayers(QPainter& painter, MapLayers& layers, MapContext& context);

} // namespace atlas
