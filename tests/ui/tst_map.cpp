// SPDX-License-Identifier: GPL-3.0-or-later
// The map, offscreen: pixels where the sites are (and are not yet), hit testing and tooltips,
// selection in step with the table both ways, and the exports (one SVG circle per visible
// site, no bitmaps; PNG at 2×).
#include "chartfixture.h"
#include "database/databaseactions.h"
#include "document/viewstate.h"
#include "map/mapexport.h"
#include "map/mapframe.h"
#include "map/mapstyle.h"
#include "map/mapwidget.h"
#include "map/sitesymbols.h"
#include "sites/sitespanel.h"
#include "sqlitestorefactory.h"
#include "window/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QPainter>
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

} // namespace

class TestMap : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::ChartFixture> m_data;
    QTemporaryDir m_dir;

    // A frame of the sample in `year`, 1200×800, fitted to the sites.
    std::unique_ptr<MapFrame> frameFor(int year)
    {
        auto frame = std::make_unique<MapFrame>();
        frame->setSize(QSize(1200, 800));
        frame->setData(m_data->document.dataset());
        frame->setYearData(m_data->scenario->atlas(), m_data->scenario->params(), m_data->scenario->result(), year);
        frame->fitToData();
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
    }

    void siteIsDrawnInItsOperatorsColourAtItsPoint()
    {
        auto frame = frameFor(2026);
        const QImage image = draw(*frame);
        const int meta = siteIndex(*frame, QStringLiteral("Meta Prometheus")); // exact location: filled
        QVERIFY(meta >= 0);
        const QPointF at = frame->viewport().toScreen(frame->scene().sites()[meta].at);
        const QColor seen = image.pixelColor(at.toPoint());
        const QColor expected = filledOverLand(QColor(QStringLiteral("#f28e2b")));
        QVERIFY2(close(seen, expected), qPrintable(seen.name() + QStringLiteral(" vs ") + expected.name()));
    }

    void nothingIsDrawnBeforeTheFirstPhase()
    {
        // Meta Prometheus's first phase is dated 2026: in 2025 its point shows the land.
        auto frame = frameFor(2025);
        const QImage image = draw(*frame);
        const int meta = siteIndex(*frame, QStringLiteral("Meta Prometheus"));
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
        const int rainier = siteIndex(*frame, QStringLiteral("Project Rainier"));
        const QPointF at = frame->viewport().toScreen(frame->scene().sites()[rainier].at);
        QCOMPARE(frame->siteAt(at), rainier);
        const QString tip = frame->tooltipAt(at, 1.3);
        QVERIFY2(tip.contains(QStringLiteral("Project Rainier")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Amazon")));
        QVERIFY(tip.contains(QStringLiteral("1,000 MW")));
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
        MainWindow window(&factory);
        QVERIFY(window.databaseActions()->openSample());
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.viewState()->setYear(2026);
        MapWidget* map = window.mapWidget();
        map->fitToData();
        QCoreApplication::processEvents();
        const int meta = siteIndex(map->frame(), QStringLiteral("Meta Prometheus"));
        const QPoint at = map->frame().viewport().toScreen(map->frame().scene().sites()[meta].at).toPoint();
        QTest::mouseClick(map, Qt::LeftButton, {}, at);
        const Site* site = window.document()->dataset().siteByName(QStringLiteral("Meta Prometheus"));
        QCOMPARE(window.viewState()->currentSite(), site->id);
        const QModelIndexList rows = window.sitesPanel()->table()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data().toString(), QStringLiteral("Meta Prometheus"));
        // And back: choosing a row rings the site on the map.
        const Site* rainier = window.document()->dataset().siteByName(QStringLiteral("Project Rainier"));
        window.viewState()->selectSite(rainier->id);
        QImage image(map->size(), QImage::Format_ARGB32_Premultiplied);
        {
            QPainter painter(&image);
            map->frame().render(painter);
        }
        const int r = siteIndex(map->frame(), QStringLiteral("Project Rainier"));
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
        MainWindow window(&factory);
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

    void svgHasOneEllipsePerVisibleSiteAndNoBitmap()
    {
        auto frame = frameFor(2026);
        MapExportView view;
        view.scene = &frame->scene();
        view.projection = frame->projectionKind();
        const QString path = m_dir.filePath(QStringLiteral("map.svg"));
        QCOMPARE(exportMap(view, path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        int online = 0;
        for (const MapSite& site : frame->scene().sites())
            online += site.online;
        QCOMPARE(int(svg.count("<circle")), online);
        QCOMPARE(int(svg.count("<image")), 0);
        QVERIFY(svg.contains("AI data-center sites and fiber links, 2026"));
        QVERIFY(svg.contains("Natural Earth"));  // attribution
        QVERIFY(svg.contains("IT power in 2026")); // legend
        QVERIFY(svg.contains(" km</text>"));      // scale bar
        // A later year has more sites online, and so more circles.
        auto later = frameFor(2028);
        view.scene = &later->scene();
        QCOMPARE(exportMap(view, path), QString());
        QVERIFY(file.seek(0) || file.open(QIODevice::ReadOnly));
        file.close();
        file.open(QIODevice::ReadOnly);
        int onlineLater = 0;
        for (const MapSite& site : later->scene().sites())
            onlineLater += site.online;
        QVERIFY(onlineLater > online);
        QCOMPARE(int(file.readAll().count("<circle")), onlineLater);
    }

    void pngAtTwiceTheSize()
    {
        auto frame = frameFor(2026);
        MapExportView view;
        view.scene = &frame->scene();
        view.projection = frame->projectionKind();
        const QString path = m_dir.filePath(QStringLiteral("map.png"));
        QCOMPARE(exportMap(view, path, kMapExportSize, 2), QString());
        const QImage image(path);
        QCOMPARE(image.size(), kMapExportSize * 2);
    }

    void equalEarthForTheWorld()
    {
        auto frame = frameFor(2026);
        frame->setProjection(ProjectionKind::EqualEarth);
        frame->setData(m_data->document.dataset());
        frame->setYearData(m_data->scenario->atlas(), m_data->scenario->params(), m_data->scenario->result(), 2026);
        frame->fitToData();
        const QImage image = draw(*frame);
        const int meta = siteIndex(*frame, QStringLiteral("Meta Prometheus"));
        const QPointF at = frame->viewport().toScreen(frame->scene().sites()[meta].at);
        QVERIFY(QRectF(QPointF(0, 0), QSizeF(frame->size())).contains(at));
        QCOMPARE(frame->siteAt(at), meta);
    }
};

QTEST_MAIN(TestMap)
#include "tst_map.moc"
