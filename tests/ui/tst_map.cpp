// SPDX-License-Identifier: GPL-3.0-or-later
// The map, offscreen: pixels where the sites are (and are not yet), hit testing and tooltips,
// selection in step with the table both ways, an empty database's hint, and the scene rebuilt
// before the result of a write is heard of.
#include "maptest.h"

using namespace atlas;

class TestMap : public test::MapTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpFixtures(QStringLiteral("tst_map")); }

    void siteIsDrawnInItsOperatorsColourAtItsPoint()
    {
        auto frame = frameFor(2026);
        const QImage image = draw(*frame);
        const int fairwater =
            siteIndex(*frame, QStringLiteral("Microsoft Fairwater Wisconsin")); // exact: filled
        QVERIFY(fairwater >= 0);
        const QPointF at = frame->viewport().toScreen(frame->scene().sites()[fairwater].at);
        const QColor seen = image.pixelColor(at.toPoint());
        // The operator's colour, over the land or (where other glyphs overlap it) over itself.
        const QColor colour(QStringLiteral("#4e79a7"));
        const QColor expected = filledOverLand(colour);
        QVERIFY2(close(seen, expected) || close(seen, colour),
                 qPrintable(seen.name() + QStringLiteral(" vs ") + expected.name()));
    }

    void nothingIsDrawnBeforeTheFirstPhase()
    {
        // Meta Aiken's first phase is dated 2024: in 2023 its point shows the land.
        auto frame = frameFor(2023);
        const QImage image = draw(*frame);
        const int meta = siteIndex(*frame, QStringLiteral("Meta Aiken"));
        QVERIFY(!frame->scene().sites()[meta].online);
        const QPointF at = frame->viewport().toScreen(frame->scene().sites()[meta].at);
        const QColor seen = image.pixelColor(at.toPoint());
        QVERIFY2(close(seen, mapstyle::MapPalette::light().land, 6), qPrintable(seen.name()));
        QCOMPARE(frame->siteAt(at), -1);
    }

    void hitTestAndTooltips()
    {
        auto frame = frameFor(2026);
        draw(*frame);
        const int rainier = siteIndex(*frame, QStringLiteral("Anthropic-Amazon New Carlisle"));
        const QPointF at = frame->viewport().toScreen(frame->scene().sites()[rainier].at);
        QCOMPARE(frame->siteAt(at), rainier);
        const QString tip = frame->tooltipAt(at, 1.3);
        QVERIFY2(tip.contains(QStringLiteral("Anthropic-Amazon New Carlisle")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Amazon")));
        const double mw = frame->scene().sites()[rainier].itMw;
        QVERIFY(mw > 500);
        QVERIFY2(tip.contains(QLocale().toString(mw, 'f', 0) + QStringLiteral(" MW")),
                 qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("GPUs allocated")));
        QVERIFY(tip.contains(QStringLiteral("source")));
        // The Fairwater link, halfway along.
        const MapLink& link = frame->scene().links().first();
        const QPointF middle = frame->viewport().toScreen(link.path[0][link.path[0].size() / 2]);
        const QString linkTip = frame->tooltipAt(middle, 1.3);
        QVERIFY2(linkTip.contains(QStringLiteral("km great-circle")), qPrintable(linkTip));
        QVERIFY(linkTip.contains(QStringLiteral("ms one way")));
        QVERIFY(linkTip.contains(QStringLiteral("Microsoft AI WAN")));
    }

    void selectionFollowsTheTableAndTheMapSelectsInTheTable()
    {
        db::SqliteStoreFactory factory;
        MainWindow window(new AtlasSession, &factory);
        QVERIFY(showSample(window, QSize(1600, 1000)));
        window.viewState()->setYear(2026);
        MapWidget* map = window.mapWidget();
        map->setArea(MapArea::ContiguousUs);            // sites apart enough to click one
        QSettings().remove(QStringLiteral("map/area")); // the next tests start from the default
        QCoreApplication::processEvents();
        const int fairwater =
            siteIndex(map->frame(), QStringLiteral("Microsoft Fairwater Wisconsin"));
        const QPoint at =
            map->frame().viewport().toScreen(map->frame().scene().sites()[fairwater].at).toPoint();
        QTest::mouseClick(map, Qt::LeftButton, {}, at);
        const Site* site = window.document()->dataset().siteByName(
            QStringLiteral("Microsoft Fairwater Wisconsin"));
        QCOMPARE(window.viewState()->currentSite(), site->id);
        const QModelIndexList rows = window.sitesPanel()->table()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data().toString(), QStringLiteral("Microsoft Fairwater Wisconsin"));
        // And back: choosing a row rings the site on the map.
        const Site* rainier = window.document()->dataset().siteByName(
            QStringLiteral("Anthropic-Amazon New Carlisle"));
        window.viewState()->selectSite(rainier->id);
        QImage image(map->size(), QImage::Format_ARGB32_Premultiplied);
        {
            QPainter painter(&image);
            map->frame().render(painter);
        }
        const int r = siteIndex(map->frame(), QStringLiteral("Anthropic-Amazon New Carlisle"));
        const int g = map->frame().glyphs().glyphOfSite(r);
        const SiteGlyph& glyph = map->frame().glyphs().glyphs()[g];
        const QPoint ring = (glyph.center + QPointF(glyph.radius + 4, 0)).toPoint();
        QVERIFY2(close(image.pixelColor(ring), mapstyle::MapPalette::light().selection, 40), qPrintable(image.pixelColor(ring).name()));
        // Clicking empty sea clears the selection.
        QTest::mouseClick(map, Qt::LeftButton, {}, QPoint(map->width() - 5, map->height() / 2));
        QCOMPARE(window.viewState()->currentSite(), Id(0));
    }

    void emptyDatabaseSaysHowToAddSites()
    {
        db::SqliteStoreFactory factory;
        MainWindow window(new AtlasSession, &factory);
        QVERIFY(window.databaseActions()->openPath(m_dir.filePath(QStringLiteral("empty.gpkg")), true));
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MapWidget* map = window.mapWidget();
        QCOMPARE(map->frame().scene().sites().size(), 0);
        // The hint's panel sits in the middle of the map, over the land the frame drew there.
        const QPoint middle(map->width() / 2, map->height() / 2);
        const QColor panelOverLand = over(mapstyle::MapPalette::light().panel, mapstyle::MapPalette::light().land);
        const QColor seen = map->grab().toImage().pixelColor(middle);
        QVERIFY2(close(seen, panelOverLand, 3), qPrintable(seen.name()));
        // and its text is there: dark pixels in the band through the middle (the empty map has
        // no other dark ink there: borders are light).
        const QImage empty = map->grab().toImage();
        int ink = 0;
        for (int y = middle.y() - 40; y <= middle.y() + 40; ++y)
            for (int x = middle.x() - 200; x <= middle.x() + 200; ++x)
                ink += empty.pixelColor(x, y).lightness() < 90;
        QVERIFY2(ink > 200, qPrintable(QString::number(ink)));
        // With the sample's sites the middle is map again.
        QVERIFY(window.databaseActions()->openSample());
        QCoreApplication::processEvents();
        QVERIFY(map->frame().scene().sites().size() > 0);
        QVERIFY(!close(map->grab().toImage().pixelColor(middle), panelOverLand, 3));
    }

    // What a source projects is drawn as planned: a dashed ring, no fill. Site 12's only
    // phase is projected for 2027; site 11's recorded 1,000 MW fill its circle in 2028.

    void projectedCapacityIsARingNotAFill()
    {
        const test::ChartFixture projected(test::projectedAtlas());
        MapFrame frame;
        frame.setSize(QSize(1200, 800));
        frame.setData(projected.document.dataset());
        frame.setYearData(projected.scenario->atlas(), projected.scenario->params(),
                          projected.scenario->result(), 2028);
        frame.fitToData();
        const QImage image = draw(frame);
        const QColor land = mapstyle::MapPalette::light().land;
        const int planned = siteIndex(frame, QStringLiteral("Planned Three"));
        const MapSite& site = frame.scene().sites()[planned];
        QVERIFY(site.online && !site.recordedOnline);
        const QPointF at = frame.viewport().toScreen(site.at);
        QVERIFY2(close(image.pixelColor(at.toPoint()), land, 6),
                 qPrintable(image.pixelColor(at.toPoint()).name()));
        // The ring: on its circle, some pixels are inked and some (the gaps) are land.
        const double r = siteRadius(500);
        int inked = 0, gaps = 0;
        for (int step = 0; step < 360; ++step) {
            const QPointF p =
                at + QPointF(r * std::cos(step * M_PI / 180), r * std::sin(step * M_PI / 180));
            const bool isLand = close(image.pixelColor(p.toPoint()), land, 10);
            (isLand ? gaps : inked) += 1;
        }
        QVERIFY2(inked > 40 && gaps > 40,
                 qPrintable(QStringLiteral("%1 inked, %2 gaps").arg(inked).arg(gaps)));
        // Memphis: the fill is its recorded power, the ring its projected power.
        const MapSite& memphis =
            frame.scene().sites()[siteIndex(frame, QStringLiteral("Memphis Two"))];
        const QPointF centre = frame.viewport().toScreen(memphis.at);
        const QColor fill = filledOverLand(QColor(QStringLiteral("#e15759")));
        QVERIFY(close(image.pixelColor((centre + QPointF(siteRadius(1000) - 3, 0)).toPoint()), fill,
                      20));
        QVERIFY(close(image.pixelColor((centre + QPointF(siteRadius(1000) + 3, 0)).toPoint()), land,
                      10));
    }

    void aWriteRebuildsTheSceneBeforeTheResultIsHeardOf()
    {
        test::ChartFixture data;
        MapWidget map(&data.document, &data.view, data.scenario.get());
        map.resize(800, 500);
        QVector<std::pair<qsizetype, int>> seen; // the scene's sites and the atlas's, at each result
        connect(data.scenario.get(), &ScenarioController::resultChanged, &map, [&] {
            seen.append({map.frame().scene().sites().size(), data.scenario->atlas().siteCount()});
        });
        const qsizetype before = map.frame().scene().sites().size();
        ChangeSet add;
        for (int i = 0; i < 3; ++i) {
            Site site;
            site.name = QStringLiteral("Added %1").arg(i);
            site.lon = -100 + i;
            site.lat = 38;
            add.upsert(site);
        }
        QVERIFY(undo::execute(data.document, add, QStringLiteral("add")).ok);
        QVERIFY(!seen.isEmpty());
        for (const auto& [sceneSites, atlasSites] : std::as_const(seen))
            QCOMPARE(sceneSites, qsizetype(atlasSites));
        QCOMPARE(map.frame().scene().sites().size(), before + 3);
    }
};

QTEST_MAIN(TestMap)
#include "tst_map.moc"
