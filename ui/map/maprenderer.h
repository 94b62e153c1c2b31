// SPDX-License-Identifier: GPL-3.0-or-later
// Paints the map's parts on any QPainter: the screen's cached layers, a PNG, a vector SVG or
// PDF. Which parts are drawn, and in which order, is the layers' list (maplayer.h): sea and
// land (the basemap), fiber links, sites, names, the selection, then the title, the legend,
// the scale bar and attribution. The names are in maplabels.cpp, the legend in maplegend.cpp,
// the footer in mapfooter.cpp.
#pragma once

#include "core/geo/basemap.h"
#include "core/geo/projectedbasemap.h"
#include "core/geo/projection.h"
#include "core/map/linkbundles.h"
#include "core/map/mapscene.h"
#include "ui/map/mapstyle.h"
#include "core/map/mapviewport.h"
#include "core/map/siteglyphs.h"

#include <QCoreApplication>
#include <QPainterPath>
#include <QPolygonF>
#include <QVector>

#include <memory>

class QPainter;

namespace atlas {

class MapRenderer
{
public:
    MapRenderer();

    void setProjection(ProjectionKind kind);
    void setPalette(const mapstyle::MapPalette& palette) { m_palette = palette; }
    const mapstyle::MapPalette& palette() const { return m_palette; }
    ProjectionKind projectionKind() const { return m_kind; }
    const Projection& projection() const { return *m_projection; }

    void paintBasemap(QPainter& painter, const MapViewport& viewport) const;
    // Bundled links and merged glyphs: what the screen draws.
    void paintLinkBundles(QPainter& painter, const LinkBundles& bundles) const;
    void paintGlyphs(QPainter& painter, const SiteGlyphs& glyphs) const;
    // Every visible link and every drawn site on its own: what an export draws (one
    // circle per site in an SVG).
    void paintLinksExact(QPainter& painter, const MapScene& scene,
                         const MapViewport& viewport) const;
    void paintSitesExact(QPainter& painter, const MapScene& scene,
                         const MapViewport& viewport) const;
    // Names of the glyphs with the most power in the year where they fit (see LabelPlacer):
    // whole inside the view of `viewSize`, clear of each other and of `keepClear` (the panels
    // drawn over the map), never cut. The selected sites are named first, by their own name
    // even in a glyph they share; another glyph is named after its member with the most power.
    // placeLabels() says where, paintLabels() draws them (with the renderer's text scale, which
    // placeLabels must be given too).
    struct Label
    {
        QRectF box; // pixels, the halo behind the text
        QString text;
        bool selected = false;
        int site = -1; // the site it is named after (an index into MapScene::sites())
    };
    static QVector<Label> placeLabels(const MapScene& scene, const SiteGlyphs& glyphs, const QVector<int>& selectedSites,
                                      QSizeF viewSize, const QVector<QRectF>& keepClear, int maxLabels = 40,
                                      qreal textScale = 1);
    static QFont labelFont(bool selected, qreal textScale = 1);
    // Type in proportion to a room (presentation mode): the names, and the legend as a whole.
    void setTextScale(qreal scale) { m_textScale = scale; }
    qreal textScale() const { return m_textScale; }
    void paintLabels(QPainter& painter, const QVector<Label>& labels) const;
    void paintSelection(QPainter& painter, const SiteGlyphs& glyphs,
                        const QVector<int>& selectedSites, QPointF offset = {}) const;
    // `room` is the most the legend may take (invalid: no limit); in a short or narrow view it
    // leaves rows out rather than go past it. It is drawn at the renderer's text scale.
    void paintLegend(QPainter& painter, const MapScene& scene, QPointF topLeft,
                     QSizeF room = {}) const;
    // The box paintLegend draws for this scene in that room, at that text scale.
    static QSizeF legendSize(const MapScene& scene, qreal textScale = 1, QSizeF room = {});
    // The legend's last rows, which count the sites not placed (they cannot be drawn), relative
    // to its top left; empty when every site is placed. On screen they lead to those sites.
    static QRectF legendUnplacedBox(const MapScene& scene, qreal textScale = 1, QSizeF room = {});
    // "3 sites not placed", and what that means and how to place them (a tooltip).
    static QString unplacedText(int count);
    static QString unplacedHelp(int count);
    // The scale bar and the attribution keep clear of the legend (`legendBox`, empty when
    // none is drawn): at the bottom left and right as a rule; where a short view's legend
    // reaches the bottom, the attribution wraps in the room right of it and the scale bar goes
    // above the attribution, or is left out when even there it would touch the legend.
    struct FooterLayout
    {
        QRectF scaleBar;    // empty when left out
        QPointF scaleStart; // the bar's left end, on its baseline
        QRectF attribution;
    };
    static FooterLayout footerLayout(QSizeF viewSize, const QRectF& legendBox);
    // Where the scale bar and attribution begin when no legend reaches them: a legend that
    // ends above this keeps clear of both.
    static qreal footerTop(QSizeF viewSize);
    void paintScaleBar(QPainter& painter, const MapViewport& viewport,
                       const QRectF& legendBox = {}) const;
    // Where paintScaleBar and paintAttribution draw in a view of this size (the scale bar's
    // box is left out when it is).
    static QVector<QRectF> footerBoxes(QSizeF viewSize, const QRectF& legendBox = {});
    void paintAttribution(QPainter& painter, const MapViewport& viewport,
                          const QRectF& legendBox = {}) const;

    // The attribution the map must carry.
    static QString attribution();

private:
    Q_DECLARE_TR_FUNCTIONS(atlas::MapRenderer)

    ProjectionKind m_kind = ProjectionKind::AlbersUsa;
    std::unique_ptr<Projection> m_projection;
    ProjectedBasemap m_countries;
    ProjectedBasemap m_states;
    QPolygonF m_outline; // the world's edge in a world projection (map metres); empty in Albers
    mapstyle::MapPalette m_palette = mapstyle::MapPalette::light();
    qreal m_textScale = 1;
};

} // namespace atlas
