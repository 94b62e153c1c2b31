// SPDX-License-Identifier: GPL-3.0-or-later
// The map, offscreen: pixels where the sites are (and are not yet), hit testing and tooltips,
// selection in step with the table both ways, and the exports (one SVG circle per visible
// site, no bitmaps; PNG at 2×).
#include "chartfixture.h"
#include "ui/database/databaseactions.h"
#include "core/undo/execute.h"
#include "core/document/viewstate.h"
#include "ui/map/mapexport.h"
#include "ui/map/mapframe.h"
#include "ui/map/mapstyle.h"
#include "ui/map/mapwidget.h"
#include "core/map/sitesymbols.h"
#include "sampledata.h"
#include "ui/sites/sitespanel.h"
#include "db/sqlitestorefactory.h"
#include "core/session/atlassession.h"
#include "ui/window/mainwindow.h"
#include "worldsites.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

// A translucent colour drawn over an opaque one.
QColor over(const QColor& top, const QColor& under)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(top.redF() * a + under.redF() * (1 - a), top.greenF() * a + under.greenF() * (1 - a),
                            top.blueF() * a + under.blueF() * (1 - a));
}

// What a filled site looks like over land: its operator's colour at the fill's opacity.
QColor filledOverLand(const QColor& color)
{
    return over(mapstyle::siteBrush(mapstyle::MapPalette::light(), color, false).color(), mapstyle::MapPalette::light().land);
}

bool close(const QColor& a, const QColor& b, int tolerance = 12)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// The action of a menu (searched through its submenus) by its text.
QAction* findAction(const QList<QAction*>& actions, const QString& text)
{
    for (QAction* action : actions) {
        if (action->text() == text)
            return action;
        if (action->menu()) {
            if (QAction* found = findAction(action->menu()->actions(), text))
                return found;
        }
    }
    return nullptr;
}

} // namespace

class TestMap : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::ChartFixture> m_data;
    std::unique_ptr<test::ChartFixture> m_world; // the sample and the world's sites
    QTemporaryDir m_dir;

    // A frame of the sample and the world's sites in 2026, in Equal Earth, showing `area`.
    std::unique_ptr<MapFrame> worldFrame(QSize size, MapArea area, bool dark = false)
    {
        auto frame = std::make_unique<MapFrame>();
        frame->setSize(size);
        frame->setPalette(mapstyle::MapPalette::forDark(dark));
        frame->setProjection(ProjectionKind::EqualEarth);
        frame->setData(m_world->document.dataset());
        frame->setYearData(m_world->scenario->atlas(), m_world->scenario->params(), m_world->scenario->result(), 2026);
        frame->showArea(area);
        return frame;
    }
    // The main window on the sample, shown at `size`.
    static bool showSample(MainWindow& window, QSize size)
    {
        if (!window.databaseActions()->openSample())
            return false;
        window.resize(size);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }
    QColor pixelAt(const MapFrame& frame, const QImage& image, LonLat at)
    {
        const QPoint pixel = frame.viewport().toScreen(frame.projection().project(at)).toPoint();
        if (!image.rect().contains(pixel))
            qWarning("%.1f %.1f is off the view", at.lon, at.lat);
        return image.pixelColor(pixel);
    }

    // A frame of the sample in `year`, 1200×800, showing the contiguous US (most of its
    // sites, apart enough to hit one at a time).
    std::unique_ptr<MapFrame> frameFor(int year)
    {
        auto frame = std::make_unique<MapFrame>();
        frame->setSize(QSize(1200, 800));
        frame->setProjection(ProjectionKind::AlbersUsa);
        frame->setData(m_data->document.dataset());
        frame->setYearData(m_data->scenario->atlas(), m_data->scenario->params(), m_data->scenario->result(), year);
        frame->showArea(MapArea::ContiguousUs);
        return frame;
    }
    QImage draw(MapFrame& frame)
    {
        QImage image(frame.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        frame.render(painter);
        return image;
    }
    int siteIndex(const MapFrame& frame, const QString& name)
    {
        for (int i = 0; i < frame.scene().sites().size(); ++i)
            if (frame.scene().sites()[i].name == name)
                return i;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_data = std::make_unique<test::ChartFixture>();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ComputeAtlasTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_map"));
        QSettings().clear();
        m_world = std::make_unique<test::ChartFixture>();
        const WriteResult added = m_world->document.store()->apply(test::worldSites());
        QVERIFY2(added.ok, qPrintable(added.error));
    }

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

    void svgHasOneEllipsePerVisibleSiteAndNoBitmap()
    {
        auto frame = frameFor(2026);
        MapSettings view;
        view.scene = &frame->scene();
        view.projection = frame->projectionKind();
        const QString path = m_dir.filePath(QStringLiteral("map.svg"));
        QCOMPARE(exportMap(view, path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        // A circle for each site with recorded capacity (one with projections alone is a ring).
        int online = 0;
        for (const MapSite& site : frame->scene().sites())
            online += site.recordedOnline;
        QCOMPARE(int(svg.count("<circle")), online);
        QCOMPARE(int(svg.count("<image")), 0);
        QVERIFY(svg.contains("AI data-center sites and fiber links, 2026"));
        QVERIFY(svg.contains("Natural Earth"));  // attribution
        QVERIFY(svg.contains("IT power in 2026")); // legend
        QVERIFY(svg.contains(" km</text>"));      // scale bar
        // An earlier year has fewer sites online, and so fewer circles.
        auto later = frameFor(2023);
        view.scene = &later->scene();
        QCOMPARE(exportMap(view, path), QString());
        QVERIFY(file.seek(0) || file.open(QIODevice::ReadOnly));
        file.close();
        file.open(QIODevice::ReadOnly);
        int onlineLater = 0;
        for (const MapSite& site : later->scene().sites())
            onlineLater += site.recordedOnline;
        QVERIFY(onlineLater < online);
        QCOMPARE(int(file.readAll().count("<circle")), onlineLater);
    }

    // The scene is built from the data and the scenario's prepared atlas. Both are rebuilt
    // after a write, in one order: whoever hears of the new result sees a scene of the same
    // data (once the map heard of it first, and drew the new atlas over the old scene).
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

    void pngAtTwiceTheSize()
    {
        auto frame = frameFor(2026);
        MapSettings view;
        view.scene = &frame->scene();
        view.projection = frame->projectionKind();
        const QString path = m_dir.filePath(QStringLiteral("map.png"));
        QCOMPARE(exportMap(view, path, kMapExportSize, 2), QString());
        const QImage image(path);
        QCOMPARE(image.size(), kMapExportSize * 2);
    }

    // The map as a PDF, as the dashboard is: one page of the map's size at 96 dpi (1600×1000
    // pixels are 1200×750 points), which poppler renders as our PNG draws it.
    void pdfIsOnePageThatRendersLikeOurPng()
    {
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdfinfo.isEmpty() || pdftoppm.isEmpty())
            QFAIL("pdfinfo or pdftoppm not found: install poppler-utils (packaging/install-deps.sh does)");
        auto frame = frameFor(2027);
        MapSettings view;
        view.scene = &frame->scene();
        view.projection = frame->projectionKind();
        view.selection = {siteIndex(*frame, QStringLiteral("Colossus 2"))};
        const QString pdf = m_dir.filePath(QStringLiteral("map.pdf"));
        const QString png = m_dir.filePath(QStringLiteral("map-for-pdf.png"));
        QCOMPARE(exportMap(view, pdf), QString());
        QCOMPARE(exportMap(view, png), QString());

        QProcess info;
        info.start(pdfinfo, {pdf});
        QVERIFY(info.waitForFinished(60000));
        QCOMPARE(info.exitCode(), 0);
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Page size:\\s+1200 x 750 pts"))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("AI data-center sites and fiber links, 2027")), qPrintable(text));

        const QString rendered = m_dir.filePath(QStringLiteral("map-poppler"));
        QProcess render;
        render.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("96"), QStringLiteral("-png"),
                                QStringLiteral("-singlefile"), pdf, rendered});
        QVERIFY(render.waitForFinished(120000));
        QCOMPARE(render.exitCode(), 0);
        const QImage ours = QImage(png).convertToFormat(QImage::Format_RGB32);
        const QImage theirs = QImage(rendered + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(theirs.size(), ours.size());
        qint64 differing = 0;
        for (int y = 0; y < ours.height(); ++y)
            for (int x = 0; x < ours.width(); ++x)
                differing += !close(QColor::fromRgb(ours.pixel(x, y)), QColor::fromRgb(theirs.pixel(x, y)), 60);
        QVERIFY2(differing < qint64(ours.width()) * ours.height() / 40, qPrintable(QString::number(differing)));
    }

    // Sites with no location cannot be drawn; the legend says how many, on screen and in every
    // export, so that a briefing never drops them without a word.
    void sitesNotPlacedAreCountedOnTheMapAndInItsExports_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void sitesNotPlacedAreCountedOnTheMapAndInItsExports()
    {
        QFETCH(bool, dark);
        test::ChartFixture data;
        ChangeSet add(QStringLiteral("add"));
        for (int i = 0; i < 3; ++i) {
            Site site;
            site.name = QStringLiteral("Unplaced %1").arg(i + 1);
            site.precision = LocationPrecision::Unknown;
            add.upsert(site);
        }
        int unplaced = 3; // these and the sample's own
        for (const Site& s : data.document.dataset().sites)
            unplaced += !s.hasLocation();
        const QString count = QStringLiteral("%1 sites not placed").arg(unplaced);
        QVERIFY(data.document.store()->apply(add).ok);
        MapFrame frame;
        frame.setSize(QSize(1200, 800));
        frame.setPalette(mapstyle::MapPalette::forDark(dark));
        frame.setData(data.document.dataset());
        frame.setYearData(data.scenario->atlas(), data.scenario->params(), data.scenario->result(),
                          2026);
        frame.fitToData();
        QCOMPARE(frame.scene().unplacedCount(), unplaced);

        // Ink where the legend counts them: dark text in the light palette, light in the dark.
        const auto ink = [dark](const QImage& image, const QRectF& box) {
            int pixels = 0;
            for (int y = int(box.top()); y < int(box.bottom()); ++y)
                for (int x = int(box.left()); x < int(box.right()); ++x)
                    pixels += dark ? image.pixelColor(x, y).lightness() > 170
                                   : image.pixelColor(x, y).lightness() < 90;
            return pixels;
        };
        const QRectF box = frame.unplacedLegendBox();
        QVERIFY(!box.isEmpty());
        const QImage screen = draw(frame);
        QVERIFY2(ink(screen, box) > 150, qPrintable(QString::number(ink(screen, box))));
        const QString tip = frame.tooltipAt(box.center(), 1.3);
        QVERIFY2(tip.startsWith(count), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Shift+click")));
        QVERIFY(tip.contains(QStringLiteral("Not placed")));

        MapSettings view;
        view.scene = &frame.scene();
        view.projection = frame.projectionKind();
        view.dark = dark;
        const QString svgPath = m_dir.filePath(QStringLiteral("unplaced.svg"));
        QCOMPARE(exportMap(view, svgPath), QString());
        QFile svg(svgPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains(QString(QLatin1Char('>') + count + QStringLiteral("</text>")).toUtf8()));
        QVERIFY(text.contains(">not drawn; counted in the totals</text>"));
        // The PNG: the legend sits under the title (paintMapPage: 12 px in, 8 px under the title's
        // 40 px at 12 px from the top).
        const QImage png = renderMapImage(view, kMapExportSize, 1);
        const QRectF pngBox =
            MapRenderer::legendUnplacedBox(frame.scene()).translated(12, 12 + 40 + 8);
        QVERIFY2(ink(png, pngBox) > 150, qPrintable(QString::number(ink(png, pngBox))));

    }

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

QTEST_MAIN(TestMap)
#include "tst_map.moc"
