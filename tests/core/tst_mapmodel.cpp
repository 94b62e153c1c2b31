// SPDX-License-Identifier: GPL-3.0-or-later
// The map's model without a display: viewport maths, the year's sites and links, level of
// detail (merged glyphs, bundled links) and hit testing.
#include "fakestore.h"
#include "core/geo/projection.h"
#include "core/map/linkbundles.h"
#include "core/map/mapscene.h"
#include "core/map/maptooltips.h"
#include "core/map/mapviewport.h"
#include "core/map/siteglyphs.h"
#include "core/map/sitesymbols.h"
#include "sampledata.h"
#include "core/scenario/gpumath.h"
#include "core/scenario/scenarioengine.h"

#include <QTest>

using namespace atlas;

namespace {

struct World
{
    Dataset data;
    PreparedAtlas atlas;
    ScenarioParams params;
    ScenarioResult result;
    AlbersUsa projection;
    MapScene scene;
    MapViewport viewport;

    explicit World(int year, const ChangeSet& rows = test::smallAtlas())
    {
        test::FakeStore store;
        if (!store.apply(rows).ok)
            qFatal("seed");
        data = store.load().dataset;
        atlas = prepareAtlas(data);
        params = defaultParams(data);
        result = computeScenario(atlas, params);
        scene.setData(data, projection);
        scene.setYear(atlas, params, result, year);
        viewport = MapViewport(QSizeF(1000, 600), {}, 5000);
        viewport.fit(projection.extent());
    }
};

} // namespace

class TestMapModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void viewportRoundTripsAndZoomsAboutTheCursor()
    {
        MapViewport view(QSizeF(800, 600), QPointF(1000, 2000), 100);
        const QPointF p(123.5, 456.25);
        QCOMPARE(view.toScreen(view.toMap(p)), p);
        QCOMPARE(view.transform().map(view.toMap(p)), p);
        const QPointF before = view.toMap(p);
        view.zoomAbout(p, 2);
        QCOMPARE(view.metresPerPixel(), 50.0);
        QVERIFY((view.toMap(p) - before).manhattanLength() < 1e-6);
        view.pan(QPointF(10, -5));
        QVERIFY((view.toMap(p + QPointF(10, -5)) - before).manhattanLength() < 1e-6);
        view.zoomAbout(p, 1e9);
        QCOMPARE(view.metresPerPixel(), MapViewport::kMinMetresPerPixel);
    }

    void fitShowsTheWholeRect()
    {
        MapViewport view(QSizeF(800, 400), {}, 1);
        const QRectF rect(-1e6, -5e5, 4e6, 1e6);
        view.fit(rect, 20);
        QVERIFY(view.visibleMap().contains(rect));
        QCOMPARE(view.center(), rect.center());
    }

    void sitesAppearAsTheirPhasesComeOnline()
    {
        World y2023(2023);
        for (const MapSite& site : y2023.scene.sites())
            QVERIFY2(!site.online, qPrintable(site.name)); // nothing before its first phase
        World y2024(2024);
        const MapSite& abilene = y2024.scene.sites()[y2024.scene.indexOf(10)];
        QVERIFY(abilene.online);
        QCOMPARE(abilene.itMw, 150.0);
        QVERIFY(!y2024.scene.sites()[y2024.scene.indexOf(11)].online);
        World y2027(2027);
        QCOMPARE(y2027.scene.sites()[y2027.scene.indexOf(10)].itMw, 400.0);
        QVERIFY(y2027.scene.sites()[y2027.scene.indexOf(10)].gpus > 0);
        QCOMPARE(y2027.scene.sites()[y2027.scene.indexOf(12)].online, false); // no phases at all
    }

    void linksShowWhenBothEndsDo()
    {
        World y2024(2024);
        QCOMPARE(y2024.scene.links().size(), 1);
        QVERIFY(!y2024.scene.links()[0].visible);
        World y2026(2026);
        const MapLink& link = y2026.scene.links()[0];
        QVERIFY(link.visible);
        QVERIFY(link.active);
        QCOMPARE(link.path.size(), 1);      // crosses no edge of the map
        QVERIFY(link.path[0].size() >= 10); // a great circle, not a straight line
        QVERIFY(std::abs(link.greatCircleKm - 934.3) < 2);
    }

    void sitesNotYetPlacedCountButAreNotDrawn()
    {
        test::FakeStore store;
        ChangeSet set = test::smallAtlas();
        Site unplaced = test::makeSite(13, QStringLiteral("Somewhere"), 0, 0, 1);
        unplaced.precision = LocationPrecision::Unknown;
        set.upsert(unplaced);
        SitePhase phase;
        phase.siteId = 13;
        phase.onlineDate = QDate(2025, 6, 30);
        phase.itMw = 500;
        set.upsert(phase);
        FiberLink link;
        link.siteA = 10;
        link.siteB = 13;
        link.status = LinkStatus::Lit;
        set.upsert(link);
        QVERIFY(store.apply(set).ok);
        const Dataset data = store.load().dataset;
        const PreparedAtlas atlas = prepareAtlas(data);
        const ScenarioParams params = defaultParams(data);
        const ScenarioResult result = computeScenario(atlas, params);
        // It counts: 500 MW of the year's power are the unplaced site's.
        QCOMPARE(result.atYear(2026)->itMw, 400.0 + 300.0 + 500.0);
        AlbersUsa projection;
        MapScene scene;
        scene.setData(data, projection);
        scene.setYear(atlas, params, result, 2026);
        QCOMPARE(scene.unplacedCount(), 1);
        const MapSite& site = scene.sites()[scene.indexOf(13)];
        QVERIFY(!site.placed);
        QVERIFY(!site.online);
        QCOMPARE(scene.links().size(), 1); // the link to it has no path to draw
        QRectF placedOnly;
        for (Id id : {Id(10), Id(11), Id(12)})
            placedOnly |= QRectF(scene.sites()[scene.indexOf(id)].at, QSizeF(0.001, 0.001));
        QVERIFY(placedOnly.adjusted(-1, -1, 1, 1).contains(scene.sitesExtent()));
    }

    // A source's projection is drawn as planned: the filled circle is what is recorded, the
    // dashed ring reaches the projected capacity, and a site with projections alone is a ring.
    void projectedCapacityIsDrawnAsPlanned()
    {
        World world(2028, test::projectedAtlas());
        const MapSite& memphis = world.scene.sites()[world.scene.indexOf(11)];
        QVERIFY(memphis.online && memphis.recordedOnline);
        QCOMPARE(memphis.itMw, 1000.0);        // recorded
        QCOMPARE(memphis.projectedMw, 2000.0); // with the 2028 projection
        QCOMPARE(memphis.ringMw(), 2000.0);
        const MapSite& planned = world.scene.sites()[world.scene.indexOf(12)];
        QVERIFY(planned.online);
        QVERIFY(!planned.recordedOnline); // only projected: nothing exists yet
        QCOMPARE(planned.itMw, 0.0);
        QCOMPARE(planned.projectedMw, 500.0);
        QCOMPARE(planned.gpus, 0.0);
        SiteGlyphs glyphs;
        glyphs.build(world.scene, world.viewport);
        const SiteGlyph& m = glyphs.glyphs()[glyphs.glyphOfSite(world.scene.indexOf(11))];
        QCOMPARE(m.radius, siteRadius(1000));
        QCOMPARE(m.plannedRadius, siteRadius(2000));
        const int p = glyphs.glyphOfSite(world.scene.indexOf(12));
        QVERIFY(p >= 0);
        QCOMPARE(glyphs.glyphs()[p].radius, 0.0); // no filled circle
        QCOMPARE(glyphs.glyphs()[p].plannedRadius, siteRadius(500));
        QCOMPARE(glyphs.glyphAt(glyphs.glyphs()[p].center), p); // still found under the pointer
        const QString tip =
            siteTooltip(world.scene, glyphs, glyphs.glyphOfSite(world.scene.indexOf(11)));
        QVERIFY2(tip.contains(QStringLiteral("1000 MW of IT power in 2028")) ||
                     tip.contains(QStringLiteral("1,000 MW of IT power in 2028")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("projected for 2028 (the source's forecast)")),
                 qPrintable(tip));
        // Before the projections, nothing is ringed for them.
        World before(2026, test::projectedAtlas());
        QVERIFY(!before.scene.sites()[before.scene.indexOf(12)].online);
        QCOMPARE(before.scene.sites()[before.scene.indexOf(11)].projectedMw,
                 before.scene.sites()[before.scene.indexOf(11)].itMw);
    }

    void distantSitesAreSeparateGlyphs()
    {
        World world(2026);
        SiteGlyphs glyphs;
        glyphs.build(world.scene, world.viewport);
        QCOMPARE(glyphs.glyphs().size(), 2);
        QVERIFY(glyphs.glyphs()[0].radius >= glyphs.glyphs()[1].radius); // largest first
        const int g = glyphs.glyphOfSite(world.scene.indexOf(10));
        QVERIFY(g >= 0);
        QCOMPARE(glyphs.glyphs()[g].radius, siteRadius(400));
        QCOMPARE(glyphs.glyphAt(glyphs.glyphs()[g].center), g);
        QCOMPARE(glyphs.glyphAt(QPointF(2, 2)), -1);
        LinkBundles bundles;
        bundles.build(world.scene, glyphs, world.viewport);
        QCOMPARE(bundles.bundles().size(), 1);
        QCOMPARE(bundles.bundles()[0].status, LinkStatus::Lit);
        QCOMPARE(bundles.bundles()[0].path.size(), 1);
        const QPolygonF& path = bundles.bundles()[0].path[0];
        QCOMPARE(bundles.bundleAt(path[path.size() / 2]), 0);
        QVERIFY(siteTooltip(world.scene, glyphs, g).contains(QStringLiteral("Abilene One")));
        QVERIFY(linkTooltip(world.scene, bundles.bundles()[0], 1.3).contains(QStringLiteral("ms one way")));
    }

    void nearbySitesMergeIntoOneGlyphOfTheirSummedArea()
    {
        World world(2026);
        world.viewport.zoomAbout({500, 300}, 1.0 / 50); // far out: the sites 16 pixels apart
        SiteGlyphs glyphs;
        glyphs.build(world.scene, world.viewport, 2000); // a cell larger than the view
        QCOMPARE(glyphs.glyphs().size(), 1);
        const SiteGlyph& g = glyphs.glyphs()[0];
        QCOMPARE(g.count, 2);
        QCOMPARE(g.itMw, 700.0);
        QVERIFY(std::abs(g.radius * g.radius - siteRadius(400) * siteRadius(400) - siteRadius(300) * siteRadius(300)) < 1e-9);
        QCOMPARE(g.largest, world.scene.indexOf(10));
        LinkBundles bundles;
        bundles.build(world.scene, glyphs, world.viewport);
        QCOMPARE(bundles.bundles().size(), 0); // the link is inside the glyph
        QVERIFY(siteTooltip(world.scene, glyphs, 0).contains(QStringLiteral("2 sites")));
    }
};

QTEST_GUILESS_MAIN(TestMapModel)
#include "tst_mapmodel.moc"
