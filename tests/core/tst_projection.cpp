// SPDX-License-Identifier: GPL-3.0-or-later
// The map projections against PROJ 9.1 (Debian's proj-bin), reference values computed with
//   echo "lon lat" | proj -f "%.4f" +proj=aea +lat_1=29.5 +lat_2=45.5 +lat_0=23 +lon_0=-96
//   +ellps=GRS80 echo "lon lat" | proj -f "%.4f" +proj=eqearth +R=6371008.7714 echo "lon lat" |
//   proj -f "%.4f" +proj=merc +a=6378137 +b=6378137     (EPSG:3857)
// and the bundled basemap read back.
#include "core/geo/basemap.h"
#include "core/geo/projectedbasemap.h"
#include "core/geo/projection.h"

#include <QPainterPath>
#include <QTest>

using namespace atlas;

namespace {

std::unique_ptr<Projection> projectionNamed(const QString& name)
{
    if (name == QLatin1String("Albers"))
        return std::make_unique<AlbersUsa>();
    if (name == QLatin1String("Equal Earth"))
        return std::make_unique<EqualEarth>();
    return std::make_unique<WebMercator>();
}

} // namespace

class TestProjection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // One table for every projection, as Marble's ViewportParamsTest has: a place, the
    // projection, PROJ's x/y for it, and how close (degrees) the way back must come.
    void projectionsMatchProj_data()
    {
        QTest::addColumn<QString>("projection");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::addColumn<double>("roundTrip");
        const auto row = [](const char* projection, const char* place, double lon, double lat,
                            double x, double y) {
            const double roundTrip = qstrcmp(projection, "Equal Earth") == 0 ? 1e-8 : 1e-9;
            QTest::addRow("%s: %s", projection, place)
                << QString::fromLatin1(projection) << lon << lat << x << y << roundTrip;
        };
        row("Albers", "Stargate Abilene", -99.777222, 32.508056, -352875.4036, 1055426.8319);
        row("Albers", "Fairwater, Mount Pleasant", -87.894888, 42.6748702, 659541.0595, 2214515.3075);
        row("Albers", "north-west corner", -124.5, 48.5, -2096209.3307, 3149945.6273);
        row("Albers", "Maine", -67.0, 44.5, 2265001.7785, 2738346.9871);
        row("Albers", "origin", -96.0, 23.0, 0.0, 0.0);
        row("Albers", "Miami", -80.2, 25.8, 1592562.7904, 438476.4997);
        row("Albers", "San Francisco", -122.4, 37.8, -2273032.7875, 1958176.3913);
        row("Equal Earth", "origin", 0.0, 0.0, 0.0, 0.0);
        row("Equal Earth", "Abilene", -99.777222, 32.508056, -8834953.4443, 4075151.3175);
        row("Equal Earth", "Tokyo", 139.69, 35.69, 12165023.6514, 4446032.4620);
        row("Equal Earth", "far south-west", -180.0, -85.0, -10326711.6924, -8345689.4299);
        row("Equal Earth", "Sydney", 151.2, -33.87, 13296072.8153, -4234846.2657);
        row("Equal Earth", "Oslo", 10.0, 60.0, 721714.9835, 6933574.1689);
        row("Web Mercator", "origin", 0.0, 0.0, 0.0, 0.0);
        row("Web Mercator", "Abilene", -99.777222, 32.508056, -11107149.5458, 3830187.1985);
        row("Web Mercator", "Fairwater, Mount Pleasant", -87.894888, 42.6748702, -9784414.1755, 5262613.9886);
        row("Web Mercator", "Tokyo", 139.69, 35.69, 15550219.6689, 4258049.2628);
        row("Web Mercator", "Sydney", 151.2, -33.87, 16831507.0079, -4011359.5311);
    }
    // The row's lon/lat projects to PROJ's x/y within a millimetre, and back within
    // `roundTrip` degrees.
    void projectionsMatchProj()
    {
        QFETCH(QString, projection);
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, x);
        QFETCH(double, y);
        QFETCH(double, roundTrip);
        const std::unique_ptr<Projection> tested = projectionNamed(projection);
        const QPointF p = tested->project({lon, lat});
        QVERIFY2(std::abs(p.x() - x) < 0.001 && std::abs(p.y() - y) < 0.001,
                 qPrintable(QStringLiteral("%1 %2").arg(p.x(), 0, 'f', 4).arg(p.y(), 0, 'f', 4)));
        const std::optional<LonLat> back = tested->unproject(p);
        QVERIFY(back);
        QVERIFY(std::abs(back->lon - lon) < roundTrip && std::abs(back->lat - lat) < roundTrip);
    }

    void webMercatorClampsThePoles()
    {
        // Tiles end at ±85.05113°, where the map is as tall as it is wide.
        const WebMercator projection;
        QCOMPARE(projection.project({0, 89.9}).y(), projection.project({0, WebMercator::kMaxLatitude}).y());
        QVERIFY(std::abs(projection.project({0, WebMercator::kMaxLatitude}).y() - WebMercator::kWorldMetres / 2) < 0.01);
    }

    void choosesAlbersForUsDataOnly()
    {
        QCOMPARE(projectionFor({{-99.8, 32.5}, {-87.9, 42.7}}), ProjectionKind::AlbersUsa);
        QCOMPARE(projectionFor({{-99.8, 32.5}, {139.7, 35.7}}), ProjectionKind::EqualEarth);
        QCOMPARE(projectionFor({}), ProjectionKind::AlbersUsa);
    }

    void bundledBasemapHasStatesAndCountries()
    {
        QString error;
        const Basemap& map = Basemap::bundled(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const BasemapLayer* states = map.layer(QStringLiteral("states"));
        const BasemapLayer* countries = map.layer(QStringLiteral("countries"));
        QVERIFY(states && countries);
        QCOMPARE(states->features.size(), 56); // 50 states, DC and 5 territories
        QVERIFY(countries->features.size() > 200);
        // Texas's outline lies where Texas is.
        const auto texas = std::find_if(states->features.begin(), states->features.end(),
                                        [](const BasemapFeature& f) { return f.name == QLatin1String("Texas"); });
        QVERIFY(texas != states->features.end());
        const AlbersUsa albers;
        const ProjectedBasemap projected(*states, albers, ProjectionKind::AlbersUsa);
        const ProjectedBasemap::Level& detail = projected.levels().first();
        const QPointF abilene = albers.project({-99.78, 32.51}),
                      wisconsin = albers.project({-87.9, 42.7});
        int covering = 0;
        for (const QPainterPath& fill : detail.fills) {
            if (fill.contains(abilene)) {
                ++covering;
                QVERIFY(!fill.boundingRect().contains(wisconsin));
            }
        }
        QCOMPARE(covering, 1); // Texas, and nothing else
        QVERIFY(!detail.arcs.isEmpty());
    }

    void damagedBasemapIsRefused()
    {
        QString error;
        QVERIFY(Basemap::parse("CABM\x01\x00\x00\x00\x01\x00\x00\x00\x05", &error).layers().isEmpty());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(Basemap::parse("not a map", &error).layers().isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
