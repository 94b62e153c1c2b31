// SPDX-License-Identifier: GPL-3.0-or-later
// The street map (Qt Location, the Qt 6.8 lane), offscreen with QtQuick's software renderer
// and the tile-less "itemsoverlay" plugin: one map item per visible site glyph, selection in
// step with the table both ways, the year filter, and the pixels of a site.
#include "chartfixture.h"
#include "core/document/viewstate.h"
#include "ui/map/mapstyle.h"
#include "core/map/streetmaplayers.h"
#include "core/models/sitetablemodel.h"
#include "sitetablerows.h"
#include "ui/sites/sitespanel.h"
#include "ui/streetmap/streetmapview.h"

#include <QGeoCoordinate>
#include <QItemSelectionModel>
#include <QQuickItem>
#include <QQuickWidget>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace atlas;

namespace {

// The map items of one kind that MapItemView made (sites are MapQuickItems, links
// MapPolylines, QDeclarativeGeoMapQuickItem and QDeclarativePolylineMapItem in C++).
QList<QObject*> mapItemsOf(QQuickItem* map, const char* className)
{
    QList<QObject*> items;
    for (QObject* item : map->property("mapItems").value<QList<QObject*>>()) {
        if (QByteArray(item->metaObject()->className()).contains(className))
            items.append(item);
    }
    return items;
}

QList<QObject*> siteItems(QQuickItem* map) { return mapItemsOf(map, "MapQuickItem"); }
QList<QObject*> linkItems(QQuickItem* map) { return mapItemsOf(map, "PolylineMapItem"); }

QObject* siteItemOf(QQuickItem* map, Id id)
{
    for (QObject* item : siteItems(map)) {
        if (item->property("siteId").toLongLong() == id)
            return item;
    }
    return nullptr;
}

int onlineSites(const StreetMapLayers& layers)
{
    int n = 0;
    for (const MapSite& site : layers.scene().sites())
        n += site.online;
    return n;
}

} // namespace

class TestStreetMap : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::ChartFixture> m_data;
    std::unique_ptr<StreetMapView> m_map;

    QQuickItem* map() const { return m_map->mapItem(); }

    // Shows `center` at `zoom` and waits until the rows follow.
    void showAt(QGeoCoordinate center, double zoom)
    {
        const int before = m_map->layers().generation();
        m_map->userMoved();
        map()->setProperty("zoomLevel", zoom);
        map()->setProperty("center", QVariant::fromValue(center));
        QTRY_VERIFY(m_map->layers().generation() != before);
    }

    QString siteName(Id id) const
    {
        return m_map->layers().scene().sites()[m_map->layers().scene().indexOf(id)].name;
    }

    QPointF pixelOf(QGeoCoordinate coordinate) const
    {
        QPointF point;
        const bool called = QMetaObject::invokeMethod(map(), "fromCoordinate", Q_RETURN_ARG(QPointF, point),
                                                      Q_ARG(QGeoCoordinate, coordinate), Q_ARG(bool, false));
        if (!called)
            qFatal("Map.fromCoordinate could not be called");
        return point;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the tile cache of the osm test goes to a test folder
        m_data = std::make_unique<test::ChartFixture>();
        m_data->view.setYear(2026);
        m_map = std::make_unique<StreetMapView>(&m_data->document, &m_data->view, m_data->scenario.get(),
                                                StreetMapView::Options{QStringLiteral("itemsoverlay"), false});
        m_map->resize(1000, 700);
        m_map->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_map.get()));
        QVERIFY2(m_map->mapItem(), qPrintable(m_map->bannerText()));
        QTRY_VERIFY(m_map->layers().hasView());
        QCOMPARE(m_map->pluginName(), QStringLiteral("itemsoverlay"));
    }

    void oneMapItemPerVisibleSiteGlyph()
    {
        // Fitted to the sample: every site online in 2026 is in one glyph, one map item each.
        // The sample spans the world, so the rows of the first view (the US) are not all: the
        // fit's view comes in a turn of the event loop later.
        const auto members = [this] {
            int n = 0;
            for (const StreetSiteItem& item : m_map->layers().sites())
                n += item.count;
            return n;
        };
        QTRY_COMPARE(members(), onlineSites(m_map->layers()));
        QTRY_COMPARE(siteItems(map()).size(), m_map->layers().sites().size());
        QVERIFY(onlineSites(m_map->layers()) >= 8);
        QTRY_COMPARE(linkItems(map()).size(), m_map->layers().links().size());

        // Zoomed in on Memphis, its two xAI sites (merged at the whole-US view) are apart and
        // the rest of the country is gone.
        showAt(QGeoCoordinate(35.06, -90.03), 11);
        QTRY_VERIFY(m_map->layers().sites().size() >= 2); // the view at Memphis has come in
        QTRY_COMPARE(siteItems(map()).size(), m_map->layers().sites().size());
        QVERIFY(siteItems(map()).size() < onlineSites(m_map->layers()));
        for (const StreetSiteItem& item : m_map->layers().sites())
            QCOMPARE(item.count, 1);
        m_map->fitToData();
        QTRY_COMPARE(siteItems(map()).size(), m_map->layers().sites().size());
    }

    void aPanWithinTheMarginKeepsTheItems()
    {
        QTest::qWait(100); // the fit's view report has come in
        const int before = m_map->layers().generation();
        const QList<QObject*> items = siteItems(map());
        QMetaObject::invokeMethod(map(), "pan", Q_ARG(int, 60), Q_ARG(int, 0));
        QTest::qWait(50);
        QCOMPARE(m_map->layers().generation(), before);
        QCOMPARE(siteItems(map()), items);
        QMetaObject::invokeMethod(map(), "pan", Q_ARG(int, -60), Q_ARG(int, 0));
    }

    void selectingInTheTableSelectsOnTheMap()
    {
        SitesPanel panel(&m_data->document, &m_data->view);
        QTableView* table = panel.table();
        const Id largest = m_map->layers().sites().first().siteId;
        const int row = test::rowOfSite(table, siteName(largest));
        QVERIFY(row >= 0);
        table->selectRow(row); // as a click on the row does
        QCOMPARE(m_data->view.currentSite(), largest);
        QObject* item = siteItemOf(map(), largest);
        QVERIFY(item);
        QTRY_VERIFY(item->property("selected").toBool());
        table->clearSelection();
        m_data->view.selectSite(0);
        QTRY_VERIFY(!item->property("selected").toBool());
    }

    void clickingASiteSelectsItInTheTable()
    {
        SitesPanel panel(&m_data->document, &m_data->view);
        const StreetSiteItem target = m_map->layers().sites().last(); // the smallest: on top
        const QPointF at = pixelOf(QGeoCoordinate(target.at.lat, target.at.lon));
        QVERIFY2(m_map->quickWidget()->rect().contains(at.toPoint()) && !at.isNull(),
                 qPrintable(QStringLiteral("%1,%2").arg(at.x()).arg(at.y())));
        // To the scene the widget shows, the pointer first moved there as a hand would (the
        // first press of a scene that has seen no pointer is not a click).
        QQuickWindow* scene = m_map->quickWidget()->quickWindow();
        QTest::mouseMove(scene, at.toPoint());
        QTest::qWait(20);
        QTest::mouseClick(scene, Qt::LeftButton, {}, at.toPoint());
        QTRY_COMPARE(m_data->view.currentSite(), target.siteId);
        QTRY_VERIFY(siteItemOf(map(), target.siteId)->property("selected").toBool());
        // The table's selected row is that site.
        const QModelIndexList rows = panel.table()->selectionModel()->selectedRows(SiteTableModel::NameColumn);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data().toString(), siteName(target.siteId));
    }

    void hoveringALinkShowsItsFigures()
    {
        m_map->fitToData();
        QTRY_VERIFY(!m_map->layers().links().isEmpty());
        QTest::qWait(100); // the fit's view report has come in
        // In the world view the link (Atlanta to Wisconsin) is shorter than the glyphs beside
        // it: shown over its middle, at a zoom where it runs clear of them.
        const auto middleOfLink = [this] {
            const QVector<LonLat>& path = m_map->layers().links().first().path;
            return path[path.size() / 2];
        };
        showAt(QGeoCoordinate(middleOfLink().lat, middleOfLink().lon), 6);
        QTRY_VERIFY(!m_map->layers().links().isEmpty());
        const LonLat middle = middleOfLink();
        const QPoint at = pixelOf(QGeoCoordinate(middle.lat, middle.lon)).toPoint();
        QQuickWindow* scene = m_map->quickWidget()->quickWindow();
        QTest::mouseMove(scene, at + QPoint(0, 60)); // off the link first
        QTest::qWait(20);
        QTest::mouseMove(scene, at);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("km")), qPrintable(QToolTip::text()));
        QTest::mouseMove(scene, at + QPoint(0, 60));
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void theSitePixelsAreItsOperatorsColour()
    {
        m_data->view.selectSite(0);
        // The largest filled glyph (a hollow one is an outline around the background).
        const auto filled = std::find_if(m_map->layers().sites().begin(), m_map->layers().sites().end(),
                                         [](const StreetSiteItem& item) { return !item.hollow; });
        QVERIFY(filled != m_map->layers().sites().end());
        const StreetSiteItem largest = *filled;
        const QPointF at = pixelOf(QGeoCoordinate(largest.at.lat, largest.at.lon));
        // Another glyph may lie on top, so look at the side of the largest circle away from it.
        const QImage frame = m_map->quickWidget()->grabFramebuffer();
        if (const QString folder = qEnvironmentVariable("ATLAS_TEST_SCREENSHOTS"); !folder.isEmpty())
            frame.save(folder + QStringLiteral("/streetmap.png"));
        const QColor fill = mapstyle::siteBrush(mapstyle::MapPalette::light(), largest.color, largest.hollow).color();
        bool found = false;
        for (const QPointF d : {QPointF(0, 0), QPointF(-largest.radius / 2, 0), QPointF(0, -largest.radius / 2),
                                QPointF(largest.radius / 2, 0), QPointF(0, largest.radius / 2)}) {
            const QColor pixel = frame.pixelColor((at + d).toPoint());
            // Over an unknown background the fill's alpha blends: compare hues loosely.
            if (std::abs(pixel.hslHue() - fill.hslHue()) <= 12 && pixel.hslSaturation() > 40)
                found = true;
        }
        QVERIFY2(found, qPrintable(frame.pixelColor(at.toPoint()).name()));
    }

    void theYearFiltersTheSites()
    {
        m_map->fitToData();
        const int in2026 = onlineSites(m_map->layers());
        m_data->view.setYear(2023);
        QTRY_COMPARE(siteItems(map()).size(), m_map->layers().sites().size());
        const int in2023 = onlineSites(m_map->layers());
        QVERIFY2(in2023 < in2026, qPrintable(QStringLiteral("%1 vs %2").arg(in2023).arg(in2026)));
        int members = 0;
        for (const StreetSiteItem& item : m_map->layers().sites())
            members += item.count;
        QCOMPARE(members, in2023);
        m_data->view.setYear(2026);
        QTRY_COMPARE(siteItems(map()).size(), m_map->layers().sites().size());
    }

    void noNetworkSaysSoAndStillDrawsTheSites()
    {
        // A refused connection stands for no network, whatever network the test machine has.
        qputenv("ATLAS_STREETMAP_PROBE_URL", "http://127.0.0.1:9/0/0/0.png");
        StreetMapView offline(&m_data->document, &m_data->view, m_data->scenario.get(),
                              StreetMapView::Options{QStringLiteral("osm"), true});
        offline.resize(800, 600);
        offline.show();
        QCOMPARE(offline.pluginName(), QStringLiteral("osm"));
        QTRY_VERIFY_WITH_TIMEOUT(offline.bannerText().startsWith(QStringLiteral("No network")), 15000);
        QTRY_VERIFY(offline.layers().hasView());
        QTRY_VERIFY(!siteItems(offline.mapItem()).isEmpty());
        // A model reset removes the old delegates a little later: wait for them to go.
        QTRY_COMPARE(siteItems(offline.mapItem()).size(), offline.layers().sites().size());
        qunsetenv("ATLAS_STREETMAP_PROBE_URL");
    }

    void aMissingPluginFallsBackToTheSitesAlone()
    {
        StreetMapView fallback(&m_data->document, &m_data->view, m_data->scenario.get(),
                               StreetMapView::Options{QStringLiteral("no-such-plugin"), true});
        QCOMPARE(fallback.pluginName(), QStringLiteral("itemsoverlay"));
        QVERIFY(fallback.bannerText().contains(QStringLiteral("not installed")));
        QVERIFY(fallback.bannerText().contains(QStringLiteral("qt6-location-plugins")));
    }

    void cleanupTestCase() { m_map.reset(); }
};

int main(int argc, char** argv)
{
    // Offscreen has no OpenGL: QtQuick's software renderer draws the map.
    qputenv("QT_QUICK_BACKEND", "software");
    QApplication app(argc, argv);
    TestStreetMap test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_streetmap.moc"
