// SPDX-License-Identifier: GPL-3.0-or-later
// What the map shows and where its names go, without a display: the areas of the view
// choice and their projections, fitting to sites (one site, the legend's column), the
// placing of names, and the world's sites and links in Equal Earth (nothing across the map).
#include "fakestore.h"
#include "core/map/labelplacer.h"
#include "core/map/linkbundles.h"
#include "core/map/maparea.h"
#include "core/map/mapscene.h"
#include "core/map/mapviewport.h"
#include "core/map/siteglyphs.h"
#include "sampledata.h"
#include "core/scenario/gpumath.h"
#include "core/scenario/scenarioengine.h"
#include "worldsites.h"

#include <QTest>

using namespace atlas;

namespace {

// The small atlas and the world's sites, in Equal Earth, in 2026.
struct WorldScene
{
    Dataset data;
    PreparedAtlas atlas;
    ScenarioResult result;
    EqualEarth projection;
    MapScene scene;

    WorldScene()
    {
        test::FakeStore store;
        if (!store.apply(test::smallAtlas()).ok || !store.apply(test::worldSites()).ok)
            qFatal("seed");
        data = store.load().dataset;
        atlas = prepareAtlas(data);
        const ScenarioParams params = defaultParams(data);
        result = computeScenario(atlas, params);
        scene.setData(data, projection);
        scene.setYear(atlas, params, result, 2026);
    }
};

} // namespace

class TestMapArea : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void projectionFollowsTheArea()
    {
        const QVector<LonLat> us{{-99.8, 32.5}, {-82.8, 40.1}}, world{{-99.8, 32.5}, {103.6, 1.4}};
        QCOMPARE(projectionForArea(MapArea::ContiguousUs, std::nullopt, world),
                 ProjectionKind::AlbersUsa);
        QCOMPARE(projectionForArea(MapArea::World, std::nullopt, us), ProjectionKind::EqualEarth);
        QCOMPARE(projectionForArea(MapArea::Sites, std::nullopt, us), ProjectionKind::AlbersUsa);
        QCOMPARE(projectionForArea(MapArea::Sites, std::nullopt, world),
                 ProjectionKind::EqualEarth);
        QCOMPARE(projectionForArea(MapArea::World, ProjectionKind::AlbersUsa, us),
                 ProjectionKind::AlbersUsa);
        for (MapArea area : {MapArea::ContiguousUs, MapArea::World, MapArea::Sites})
            QCOMPARE(mapAreaFromKey(mapAreaKey(area)), area);
        QCOMPARE(mapAreaFromKey(QStringLiteral("nonsense")), MapArea::Sites);
    }

    void areasHoldWhatTheyName()
    {
        for (ProjectionKind kind : {ProjectionKind::AlbersUsa, ProjectionKind::EqualEarth}) {
            const auto projection = makeProjection(kind);
            const QRectF us = areaToShow(MapArea::ContiguousUs, *projection, {});
            for (LonLat corner : {LonLat{-124.7, 48.4}, LonLat{-67.0, 44.8}, LonLat{-80.2, 25.8},
                                  LonLat{-117.1, 32.6}})
                QVERIFY(us.contains(projection->project(corner)));
            QVERIFY(!us.contains(projection->project({-0.1, 51.5})));
            QCOMPARE(areaToShow(MapArea::World, *projection, {}), projection->extent());
            QCOMPARE(areaToShow(MapArea::Sites, *projection, {}), projection->extent()); // no sites
        }
    }

    void oneSiteIsShownWithItsRegion()
    {
        const QRectF one = sitesArea({QPointF(1000, 2000)});
        QCOMPARE(one.center(), QPointF(1000, 2000));
        QCOMPARE(one.width(), kMinSitesSpanMetres);
        QCOMPARE(one.height(), kMinSitesSpanMetres);
        // Far apart, the box is theirs with the margin.
        const QRectF two = sitesArea({QPointF(0, 0), QPointF(3e6, 1e6)});
        QCOMPARE(two, QRectF(QPointF(-kSitesMarginMetres, -kSitesMarginMetres),
                             QPointF(3e6 + kSitesMarginMetres, 1e6 + kSitesMarginMetres)));
        QVERIFY(sitesArea({}).isEmpty());
    }

    void fitLeavesTheMarginsFree()
    {
        MapViewport view(QSizeF(1000, 600), {}, 1000);
        const QRectF area(QPointF(0, 0), QPointF(5e5, 3e5));
        view.fit(area, QMarginsF(240, 20, 20, 20));
        const QPointF topLeft = view.toScreen(area.topLeft()),
                      bottomRight = view.toScreen(area.bottomRight());
        const QRectF onScreen = QRectF(topLeft, bottomRight).normalized();
        QVERIFY2(onScreen.left() >= 240 - 1e-6 && onScreen.right() <= 980 + 1e-6,
                 qPrintable(QStringLiteral("%1..%2").arg(onScreen.left()).arg(onScreen.right())));
        QVERIFY(onScreen.top() >= 20 - 1e-6 && onScreen.bottom() <= 580 + 1e-6);
        // Centred in the room left: the tighter of the two directions touches both margins.
        QVERIFY(std::abs(onScreen.left() - 240) < 1e-6 || std::abs(onScreen.top() - 20) < 1e-6);
        QVERIFY(std::abs((onScreen.left() - 240) - (980 - onScreen.right())) < 1e-6);
    }

    void fitMovesClearOfThePanelOnlyWhenItHidesASite()
    {
        const QRectF legend(10, 10, 210, 280);
        // A site in the top left corner of its box would be under the legend.
        const QVector<QPointF> sites{QPointF(0, 1e6), QPointF(3e6, 0)};
        const QRectF area = sitesArea(sites);
        for (const QSizeF size : {QSizeF(1600, 900), QSizeF(676, 640)}) {
            MapViewport view(size, {}, 1000), plain = view;
            plain.fit(area, 60);
            fitClearOfPanel(&view, area, sites, 60, legend);
            for (const QPointF& p : sites) {
                QVERIFY(QRectF(QPointF(0, 0), size).contains(view.toScreen(p)));
                QVERIFY(!legend.contains(view.toScreen(p)));
            }
            QVERIFY(view.metresPerPixel() <= plain.metresPerPixel() * kMostShrink);
        }
        // Nothing under it: the plain fit.
        const QVector<QPointF> low{QPointF(0, 0), QPointF(3e6, 0)};
        MapViewport plain(QSizeF(1600, 900), {}, 1000), expected = plain;
        fitClearOfPanel(&plain, sitesArea(low), low, 60, legend);
        expected.fit(sitesArea(low), 60);
        QCOMPARE(plain, expected);
        // No room beside or below it: the plain fit too.
        MapViewport small(QSizeF(300, 320), {}, 1000), smallExpected = small;
        fitClearOfPanel(&small, area, sites, 60, legend);
        smallExpected.fit(area, 60);
        QCOMPARE(small, smallExpected);
    }

    void namesStayInsideAndApart()
    {
        const QRectF bounds(0, 0, 400, 300);
        const QRectF legend(0, 0, 120, 100);
        // A cluster at the right edge, one under the legend's corner.
        const QVector<LabelCircle> circles{
            {{390, 150}, 8}, {{385, 160}, 6}, {{380, 140}, 6}, {{125, 105}, 5}};
        LabelPlacer placer(bounds, {legend}, circles);
        int placed = 0;
        for (const LabelCircle& c : circles) {
            if (const auto box = placer.place(c, QSizeF(90, 14))) {
                ++placed;
                QVERIFY(bounds.contains(*box));
                QVERIFY(!box->intersects(legend));
                QVERIFY(!box->contains(c.center)); // beside its circle, not over it
            }
        }
        QVERIFY(placed >= 3);
        const QVector<QRectF>& boxes = placer.placed();
        for (int i = 0; i < boxes.size(); ++i) {
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY(!boxes[i].intersects(boxes[j]));
        }
        // The first name at the right edge went to the left of its circle.
        QVERIFY(boxes.first().right() <= 390 - 8);
    }

    void requiredNameIsPlacedInsideEvenWhenCrowded()
    {
        const QRectF bounds(0, 0, 200, 90);
        LabelPlacer placer(bounds, {QRectF(0, 0, 200, 40)}, {});
        QVERIFY(placer.place({{100, 70}, 5}, QSizeF(150, 14)));
        QVERIFY(!placer.place({{100, 70}, 5}, QSizeF(150, 14))); // no room left for another
        const auto forced = placer.place({{195, 70}, 5}, QSizeF(150, 14), true);
        QVERIFY(forced);
        QVERIFY(bounds.contains(*forced));
    }

    void namesKeepOffOtherCircles()
    {
        // A big circle right of the small one: the name goes to the other side.
        LabelPlacer placer(QRectF(0, 0, 600, 400), {}, {{{300, 200}, 4}, {{340, 200}, 30}});
        const auto box = placer.place({{300, 200}, 4}, QSizeF(60, 14));
        QVERIFY(box);
        QVERIFY(box->right() <= 300);
    }

    void sitesWithoutALocationAreNotFitted()
    {
        test::FakeStore store;
        QVERIFY(store.apply(test::smallAtlas()).ok);
        Site nowhere = test::makeSite(13, QStringLiteral("Not yet placed"), 0, 0);
        nowhere.precision = LocationPrecision::Unknown;
        QVERIFY(store.apply(ChangeSet().upsert(nowhere)).ok);
        const Dataset data = store.load().dataset;
        MapScene scene;
        scene.setData(data, AlbersUsa());
        QCOMPARE(scene.sites().size(), 4);
        const QVector<QPointF> positions = sitePositions(scene);
        QCOMPARE(positions.size(), 3);
        // The box is the three US sites': (0, 0) in lon/lat would stretch it across the ocean.
        QVERIFY(sitesArea(positions).width() < 3.0e6);
    }

    void worldLinksAreCutAtTheEdge()
    {
        const WorldScene world;
        const double width = world.projection.extent().width();
        int crossing = 0;
        for (const MapLink& link : world.scene.links()) {
            QVERIFY(!link.path.isEmpty());
            crossing += link.path.size() > 1;
            for (const QPolygonF& part : link.path) {
                for (int i = 1; i < part.size(); ++i)
                    QVERIFY(QLineF(part[i - 1], part[i]).length() < width / 20);
            }
        }
        QCOMPARE(crossing, 2); // both Pacific links
        // On screen: a view of the whole world, the bundles in parts, none across the view.
        MapViewport viewport(QSizeF(1366, 768), {}, 5000);
        viewport.fit(world.projection.extent());
        SiteGlyphs glyphs;
        glyphs.build(world.scene, viewport);
        LinkBundles bundles;
        bundles.build(world.scene, glyphs, viewport);
        int cut = 0;
        for (const LinkBundle& bundle : bundles.bundles()) {
            cut += bundle.path.size() > 1;
            for (const QPolygonF& part : bundle.path) {
                for (int i = 1; i < part.size(); ++i)
                    QVERIFY(QLineF(part[i - 1], part[i]).length() < 1366.0 / 20);
            }
        }
        QCOMPARE(cut, 2);
    }
};

QTEST_GUILESS_MAIN(TestMapArea)
#include "tst_maparea.moc"
