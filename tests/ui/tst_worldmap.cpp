// SPDX-License-Identifier: GPL-3.0-or-later
// The map's areas and projections: Equal Earth for the world with sea and land where they
// are, the US view as before, names inside the view and apart, and the View menu's choice
// of area, remembered.
#include "maptest.h"

using namespace atlas;

class TestWorldMap : public test::MapTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpFixtures(QStringLiteral("tst_worldmap")); }

    void equalEarthForTheWorld()
    {
        auto frame = frameFor(2026);
        frame->setProjection(ProjectionKind::EqualEarth);
        frame->setData(m_data->document.dataset());
        frame->setYearData(m_data->scenario->atlas(), m_data->scenario->params(), m_data->scenario->result(), 2026);
        frame->fitToData();
        const QImage image = draw(*frame);
        const int dalles =
            siteIndex(*frame, QStringLiteral("Google The Dalles")); // far from the others
        const QPointF at = frame->viewport().toScreen(frame->scene().sites()[dalles].at);
        QVERIFY(QRectF(QPointF(0, 0), QSizeF(frame->size())).contains(at));
        QCOMPARE(frame->siteAt(at), dalles);
    }

    void worldViewShowsSeaAndLandWhereTheyAre_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<bool>("land");
        // Where the filled band lay (Russia's ring joined across the map) and Fiji's line ran.
        QTest::newRow("Denmark Strait") << -27.0 << 67.0 << false;
        QTest::newRow("Labrador Sea") << -55.0 << 58.0 << false;
        QTest::newRow("Beaufort Sea") << -140.0 << 72.0 << false;
        QTest::newRow("Norwegian Sea") << -2.0 << 68.0 << false;
        QTest::newRow("North Atlantic") << -30.0 << 45.0 << false;
        QTest::newRow("South Atlantic, Fiji's latitude") << -20.0 << -16.45 << false;
        QTest::newRow("Indian Ocean, Fiji's latitude") << 75.0 << -16.45 << false;
        QTest::newRow("central Africa") << 21.0 << 7.0 << true;
        QTest::newRow("Brazil") << -50.0 << -10.0 << true;
        QTest::newRow("Siberia") << 100.0 << 62.0 << true;
        QTest::newRow("Chukotka across 180°") << -176.0 << 66.8 << true;
        QTest::newRow("Antarctica") << 40.0 << -80.0 << true;
    }

    void worldViewShowsSeaAndLandWhereTheyAre()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(bool, land);
        for (bool dark : {false, true}) {
            auto frame = worldFrame(QSize(1600, 900), MapArea::World, dark);
            const QImage image = draw(*frame);
            const mapstyle::MapPalette palette = mapstyle::MapPalette::forDark(dark);
            const QColor seen = pixelAt(*frame, image, {lon, lat});
            const QColor expected = land ? palette.land : palette.sea;
            QVERIFY2(close(seen, expected, 4), qPrintable(seen.name() + QStringLiteral(" vs ") + expected.name() +
                                                          (dark ? QStringLiteral(" (dark)") : QString())));
        }
    }

    void worldMapIsDrawnInsideItsOutline()
    {
        auto frame = worldFrame(QSize(1600, 900), MapArea::World);
        const QImage image = draw(*frame);
        // The corners beyond Equal Earth's curved edge, and a point just inside it.
        const QColor corner = image.pixelColor(image.width() - 30, image.height() - 60);
        QVERIFY2(close(corner, mapstyle::MapPalette::light().beyond, 3), qPrintable(corner.name()));
        QVERIFY(close(pixelAt(*frame, image, {-178, -50}), mapstyle::MapPalette::light().sea, 3));
    }

    void usViewLooksAsBefore()
    {
        auto frame = frameFor(2026);
        QCOMPARE(frame->projectionKind(), ProjectionKind::AlbersUsa);
        const QImage image = draw(*frame);
        const mapstyle::MapPalette palette = mapstyle::MapPalette::light();
        QVERIFY(close(pixelAt(*frame, image, {-98.0, 38.5}), palette.land, 3));  // Kansas
        QVERIFY(close(pixelAt(*frame, image, {-88.0, 29.5}), palette.sea, 3));   // Gulf of Mexico
        QVERIFY(close(pixelAt(*frame, image, {-87.0, 43.5}), palette.sea, 3));   // Lake Michigan
        QVERIFY(close(pixelAt(*frame, image, {-113.6, 30.0}), palette.sea, 3));  // Gulf of California
        QVERIFY(close(image.pixelColor(5, image.height() - 60), palette.sea, 3)); // no world outline here
        // Every site of the contiguous US fits, clear of the legend.
        const QRectF legend(QPointF(10, 10), MapRenderer::legendSize(frame->scene()));
        const Dataset& data = m_data->document.dataset();
        for (const MapSite& site : frame->scene().sites()) {
            const Site* s = data.site(site.id);
            if (!site.placed || s->lon < -125 || s->lon > -66 || s->lat < 24 || s->lat > 50)
                continue;
            const QPointF at = frame->viewport().toScreen(site.at);
            QVERIFY(QRectF(QPointF(0, 0), QSizeF(frame->size())).contains(at));
            QVERIFY(!legend.contains(at));
        }
    }

    void namesFitInsideTheViewAndApart_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("area");
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080), QSize(676, 672)}) {
            for (MapArea area : {MapArea::World, MapArea::Sites})
                QTest::newRow(qPrintable(QStringLiteral("%1x%2 %3").arg(size.width()).arg(size.height()).arg(mapAreaKey(area))))
                    << size << int(area);
        }
    }

    void namesFitInsideTheViewAndApart()
    {
        QFETCH(QSize, size);
        QFETCH(int, area);
        auto frame = worldFrame(size, MapArea(area));
        // The Memphis pair selected: both named, whatever else there is.
        QVector<int> memphis;
        for (const QString& name : {QStringLiteral("Colossus 1"), QStringLiteral("Colossus 2")})
            memphis << siteIndex(*frame, name);
        frame->setSelection(memphis);
        draw(*frame);
        const QVector<MapRenderer::Label>& labels = frame->labels();
        QVERIFY2(labels.size() >= 6, qPrintable(QString::number(labels.size())));
        const QRectF view(QPointF(0, 0), QSizeF(size));
        QVector<QRectF> panels = MapRenderer::footerBoxes(QSizeF(size));
        panels << QRectF(QPointF(10, 10), MapRenderer::legendSize(frame->scene()));
        int selected = 0;
        for (int i = 0; i < labels.size(); ++i) {
            const QRectF& box = labels[i].box;
            selected += labels[i].selected;
            QVERIFY2(view.contains(box), qPrintable(labels[i].text));
            if (labels[i].selected)
                continue;
            for (const QRectF& panel : panels)
                QVERIFY2(!box.intersects(panel), qPrintable(labels[i].text));
            for (int j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!box.intersects(labels[j].box), qPrintable(labels[i].text + QStringLiteral(" / ") + labels[j].text));
        }
        QVERIFY(selected >= 1); // one glyph or two, each named
    }

    void viewChoiceIsInTheViewMenuAndRemembered()
    {
        db::SqliteStoreFactory factory;
        {
            MainWindow window(new AtlasSession, &factory);
            QVERIFY(showSample(window, QSize(1366, 768)));
            MapWidget* map = window.mapWidget();
            QCOMPARE(map->area(), MapArea::Sites);
            QCOMPARE(map->frame().projectionKind(),
                     ProjectionKind::EqualEarth); // the sample spans the world
            QAction* world = findAction(window.menuBar()->actions(), QStringLiteral("&World"));
            QVERIFY(world);
            QVERIFY(map->areaActions().contains(world)); // the context menu's item too
            world->trigger();
            QCOMPARE(map->area(), MapArea::World);
            QCOMPARE(map->frame().projectionKind(), ProjectionKind::EqualEarth);
            QVERIFY(world->isChecked());
            QCOMPARE(QSettings().value(QStringLiteral("map/area")).toString(), QStringLiteral("world"));
        }
        {
            // A new window, as after a restart: the world again, whole.
            MainWindow window(new AtlasSession, &factory);
            QVERIFY(showSample(window, QSize(1366, 768)));
            MapWidget* map = window.mapWidget();
            QCOMPARE(map->area(), MapArea::World);
            QCOMPARE(map->frame().projectionKind(), ProjectionKind::EqualEarth);
            const QRectF visible = map->visibleArea(), world = map->frame().projection().extent();
            QVERIFY(visible.contains(world));
            // Home fits the data again: the world's sites, in Equal Earth.
            map->setFocus();
            QTest::keyClick(map, Qt::Key_Home);
            QCOMPARE(map->area(), MapArea::Sites);
            QCOMPARE(map->frame().projectionKind(), ProjectionKind::EqualEarth);
            QVERIFY(findAction(window.menuBar()->actions(), QStringLiteral("&Fit to Data (Home)"))->isChecked());
            // Contiguous US.
            findAction(window.menuBar()->actions(), QStringLiteral("Contiguous &US"))->trigger();
            QCOMPARE(map->frame().projectionKind(), ProjectionKind::AlbersUsa);
            QVERIFY(map->visibleArea().contains(map->frame().projection().project({-124, 47})));
            QVERIFY(map->visibleArea().contains(map->frame().projection().project({-68, 45})));
        }
        QSettings().remove(QStringLiteral("map/area"));
    }
};

QTEST_MAIN(TestWorldMap)
#include "tst_worldmap.moc"
