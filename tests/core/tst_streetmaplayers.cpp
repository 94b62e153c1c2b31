// SPDX-License-Identifier: GPL-3.0-or-later
// The street map's rows without a display or Qt Location: one item per glyph on and around
// the screen, at the sites' coordinates, following the year; pans within the margin keep the
// rows, zooms rebuild them; the number of rows follows the screen, not the data.
#include "fakestore.h"
#include "core/map/streetmaplayers.h"
#include "sampledata.h"
#include "core/scenario/gpumath.h"
#include "core/scenario/scenarioengine.h"
#include "syntheticatlas.h"

#include <QTest>

#include <cmath>

using namespace atlas;

namespace {

struct Street
{
    Dataset data;
    PreparedAtlas atlas;
    ScenarioParams params;
    ScenarioResult result;
    StreetMapLayers layers;

    explicit Street(Dataset d) : data(std::move(d))
    {
        atlas = prepareAtlas(data);
        params = defaultParams(data);
        result = computeScenario(atlas, params);
        layers.setData(data);
    }
    void setYear(int year) { layers.setYear(atlas, params, result, year); }

    // The view QtLocation would show for a centre and zoom level, as its corners.
    bool show(LonLat center, double zoom, QSizeF pixels)
    {
        const WebMercator mercator;
        const double metresPerPixel = WebMercator::kWorldMetres / (StreetMapLayers::kTilePixels * std::exp2(zoom));
        const QPointF c = mercator.project(center);
        const QPointF half(pixels.width() / 2 * metresPerPixel, pixels.height() / 2 * metresPerPixel);
        const LonLat topLeft = *mercator.unproject({c.x() - half.x(), c.y() + half.y()});
        const LonLat bottomRight = *mercator.unproject({c.x() + half.x(), c.y() - half.y()});
        return layers.setView(topLeft, bottomRight, pixels);
    }
};

Dataset smallData()
{
    test::FakeStore store;
    if (!store.apply(test::smallAtlas()).ok)
        qFatal("seed");
    return store.load().dataset;
}

} // namespace

class TestStreetMapLayers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneItemPerOnlineSiteAtItsCoordinates()
    {
        Street street(smallData());
        street.setYear(2027);
        const QSizeF screen(1000, 700);
        const auto fit = street.layers.fit(screen);
        QVERIFY(fit);
        QVERIFY(street.show(fit->center, fit->zoomLevel, screen));
        // Sites 10 and 11 are online in 2027; 12 has no phases and is not drawn.
        QCOMPARE(street.layers.sites().size(), 2);
        for (const Site& site : street.data.sites) {
            const int item = street.layers.itemOfSite(site.id);
            if (site.id == 12) {
                QCOMPARE(item, -1);
                continue;
            }
            QVERIFY(item >= 0);
            const StreetSiteItem& drawn = street.layers.sites()[item];
            QCOMPARE(drawn.siteId, site.id);
            QCOMPARE(drawn.count, 1);
            QVERIFY2(std::abs(drawn.at.lon - site.lon) < 1e-6 && std::abs(drawn.at.lat - site.lat) < 1e-6,
                     qPrintable(QStringLiteral("%1 %2").arg(drawn.at.lon).arg(drawn.at.lat)));
            QCOMPARE(drawn.label, site.name);
            QVERIFY(street.layers.siteTooltip(item).contains(site.name));
        }
        // Memphis Two reaches 1,000 MW in 2027, Abilene One 400 MW: the larger circle comes
        // first, with the vector map's radii (16 px at 1 GW, area in proportion).
        QCOMPARE(street.layers.sites().first().siteId, Id(11));
        QCOMPARE(street.layers.sites().first().radius, 16.0);
        QVERIFY(std::abs(street.layers.sites().last().radius - 16 * std::sqrt(0.4)) < 1e-9);
        // The lit link between them, as a path from one end to the other.
        QCOMPARE(street.layers.links().size(), 1);
        QCOMPARE(street.layers.links().first().status, LinkStatus::Lit);
        QVERIFY(street.layers.linkTooltip(0).contains(QStringLiteral("km")));

        // The link under the cursor: halfway between its ends on screen, and not far off it.
        const auto pixelOf = [&](LonLat at) {
            const WebMercator mercator;
            const double mpp = WebMercator::kWorldMetres / (256 * std::exp2(fit->zoomLevel));
            const QPointF p = (mercator.project(at) - mercator.project(fit->center)) / mpp;
            return QPointF(screen.width() / 2 + p.x(), screen.height() / 2 - p.y());
        };
        const QVector<LonLat>& path = street.layers.links().first().path;
        const QPointF middle = pixelOf(path[path.size() / 2]);
        QCOMPARE(street.layers.linkAt(middle), 0);
        QCOMPARE(street.layers.linkAt(middle + QPointF(0, 40)), -1);
    }

    void theYearFiltersTheItems()
    {
        Street street(smallData());
        street.setYear(2024); // only Abilene One (online since September 2024) is
        street.show({-95, 35}, 4, QSizeF(800, 600)); // the southern US
        QCOMPARE(street.layers.sites().size(), 1);
        QCOMPARE(street.layers.sites().first().siteId, Id(10));
        QCOMPARE(street.layers.links().size(), 0);
        street.setYear(2026); // a year change rebuilds at once, in the same view
        QCOMPARE(street.layers.sites().size(), 2);
    }

    void pansWithinTheMarginKeepTheRowsAndZoomsRebuildThem()
    {
        Street street(smallData());
        street.setYear(2027);
        const QSizeF screen(1000, 700);
        const LonLat center{-95, 36};
        QVERIFY(street.show(center, 5, screen));
        QVERIFY(!street.show(center, 5, screen)); // nothing moved
        // A quarter of a screen to the east: inside the half-screen margin.
        const double degreesPerPixel = 360.0 / (256 * std::exp2(5));
        QVERIFY(!street.show({center.lon + 250 * degreesPerPixel, center.lat}, 5, screen));
        // A whole screen further: beyond it.
        QVERIFY(street.show({center.lon + 1250 * degreesPerPixel, center.lat}, 5, screen));
        QVERIFY(street.show({center.lon + 1250 * degreesPerPixel, center.lat}, 5.5, screen));
        QVERIFY(street.show({center.lon + 1250 * degreesPerPixel, center.lat}, 5.5, QSizeF(900, 700)));
    }

    void theRowsFollowTheScreenNotTheData()
    {
        Street street(bench::syntheticAtlas(10000));
        street.setYear(2035);
        const QSizeF screen(1920, 1080);
        const auto fit = street.layers.fit(screen);
        QVERIFY(fit);
        street.show(fit->center, fit->zoomLevel, screen);
        // Every online site is in exactly one item; no item holds more than the cells allow.
        int members = 0;
        for (const StreetSiteItem& item : street.layers.sites())
            members += item.count;
        QCOMPARE(members, 10000);
        // The cells grew until sites and links fit in the row budget.
        QVERIFY2(street.layers.sites().size() + street.layers.links().size() <= StreetMapLayers::kMaxRows,
                 qPrintable(QStringLiteral("%1 + %2 rows, %3-px cells")
                                .arg(street.layers.sites().size())
                                .arg(street.layers.links().size())
                                .arg(street.layers.cellPixels())));
        QVERIFY(street.layers.cellPixels() > StreetMapLayers::kCellPixels);
        // Zoomed far in on one spot: only the sites around it are rows.
        const Site& one = street.data.sites.first();
        street.show({one.lon, one.lat}, 12, screen);
        QVERIFY2(street.layers.sites().size() < 50, qPrintable(QString::number(street.layers.sites().size())));
        QVERIFY(street.layers.sites().size() >= 1);
        QCOMPARE(street.layers.cellPixels(), StreetMapLayers::kCellPixels); // few enough: the vector map's cells
    }

    void fitShowsEveryOnlineSite()
    {
        Street street(smallData());
        street.setYear(2027);
        const QSizeF screen(600, 400);
        const auto fit = street.layers.fit(screen, 32);
        QVERIFY(fit);
        const WebMercator mercator;
        const double metresPerPixel = WebMercator::kWorldMetres / (256 * std::exp2(fit->zoomLevel));
        const QPointF c = mercator.project(fit->center);
        for (Id id : {Id(10), Id(11)}) {
            const auto it = std::find_if(street.data.sites.begin(), street.data.sites.end(),
                                         [id](const Site& s) { return s.id == id; });
            const QPointF p = (mercator.project({it->lon, it->lat}) - c) / metresPerPixel;
            QVERIFY(std::abs(p.x()) <= screen.width() / 2 - 31.9 && std::abs(p.y()) <= screen.height() / 2 - 31.9);
        }
        QVERIFY(!StreetMapLayers().fit(screen)); // no sites, no fit

        // Room for names on the right: the sites keep 32 px from the left and 32 + 140 px
        // from the right.
        const auto labelled = street.layers.fit(screen, 32, 140);
        QVERIFY(labelled);
        const double mpp = WebMercator::kWorldMetres / (256 * std::exp2(labelled->zoomLevel));
        const QPointF lc = mercator.project(labelled->center);
        double left = 1e9, right = -1e9;
        for (const Site& site : street.data.sites) {
            if (site.id == 12)
                continue; // not online
            const double x = (mercator.project({site.lon, site.lat}).x() - lc.x()) / mpp + screen.width() / 2;
            left = std::min(left, x);
            right = std::max(right, x);
        }
        QVERIFY2(left >= 31.9 && right <= screen.width() - 171.9, qPrintable(QStringLiteral("%1 %2").arg(left).arg(right)));
        QVERIFY(std::abs(left - 32) < 0.1 || std::abs(right - (screen.width() - 172)) < 0.1);
    }
};

QTEST_GUILESS_MAIN(TestStreetMapLayers)
#include "tst_streetmaplayers.moc"
