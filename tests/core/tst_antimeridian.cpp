// SPDX-License-Identifier: GPL-3.0-or-later
// The map cut open at the antimeridian and the poles: lines and rings in lon/lat; the bundled
// basemap in each projection at each level of detail (no segment across the map, land and
// sea where they are); fiber links across the Pacific.
#include "core/geo/antimeridian.h"
#include "core/geo/basemap.h"
#include "core/geo/greatcircle.h"
#include "core/geo/projectedbasemap.h"
#include "core/geo/projection.h"

#include <QPainterPath>
#include <QTest>

using namespace atlas;

namespace {

// Shoelace area in square degrees.
double area(const QVector<LonLat>& ring)
{
    double twice = 0;
    for (int i = 0; i + 1 < ring.size(); ++i)
        twice += ring[i].lon * ring[i + 1].lat - ring[i + 1].lon * ring[i].lat;
    return std::abs(twice) / 2;
}

// A tenth of the Earth's circumference: no coast or border of the data comes near it in one
// segment, while a stroke across the map (the defect) is several times longer.
constexpr double kLongestSegmentMetres = 4.0e6;

double longestSegment(const QPolygonF& line)
{
    double longest = 0;
    for (int i = 1; i < line.size(); ++i)
        longest = std::max(longest, QLineF(line[i - 1], line[i]).length());
    return longest;
}

std::unique_ptr<Projection> projectionNamed(const QString& name)
{
    return makeProjection(name == QLatin1String("albers") ? ProjectionKind::AlbersUsa
                                                          : ProjectionKind::EqualEarth);
}

} // namespace

class TestAntimeridian : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lineAcrossTheEdgeIsCutThere()
    {
        const QVector<QVector<LonLat>> parts = cutLineAtAntimeridian({{170, 10}, {-170, 20}}, 0);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0].first(), (LonLat{170, 10}));
        QCOMPARE(parts[0].last(), (LonLat{180, 15}));
        QCOMPARE(parts[1].first(), (LonLat{-180, 15}));
        QCOMPARE(parts[1].last(), (LonLat{-170, 20}));
        // Westward too.
        const QVector<QVector<LonLat>> west = cutLineAtAntimeridian({{-175, 0}, {175, 10}}, 0);
        QCOMPARE(west.size(), 2);
        QCOMPARE(west[0].last(), (LonLat{-180, 5}));
        QCOMPARE(west[1].first(), (LonLat{180, 5}));
        // Centred on 96°W the same line is whole: that map's edge is at 84°E.
        QCOMPARE(cutLineAtAntimeridian({{170, 10}, {-170, 20}}, -96).size(), 1);
        QCOMPARE(cutLineAtAntimeridian({{80, 10}, {90, 20}}, -96).size(), 2);
        // Touching the edge is not crossing it.
        QCOMPARE(cutLineAtAntimeridian({{170, 10}, {180, 10}, {170, 12}}, 0).size(), 1);
    }

    void ringAcrossTheEdgeBecomesTwo()
    {
        const QVector<QVector<LonLat>> rings =
            cutRingAtAntimeridian({{170, 0}, {-170, 0}, {-170, 10}, {170, 10}, {170, 0}}, 0);
        QCOMPARE(rings.size(), 2);
        int east = 0, west = 0;
        for (const QVector<LonLat>& ring : rings) {
            QCOMPARE(area(ring), 100.0);
            QCOMPARE(ring.first(), ring.last());
            bool allEast = true, allWest = true;
            for (const LonLat& p : ring) {
                allEast = allEast && p.lon >= 170 && p.lon <= 180;
                allWest = allWest && p.lon <= -170 && p.lon >= -180;
            }
            east += allEast;
            west += allWest;
        }
        QCOMPARE(east, 1);
        QCOMPARE(west, 1);
        // A ring away from the edge comes back as it was (closed).
        const QVector<QVector<LonLat>> inland =
            cutRingAtAntimeridian({{10, 0}, {20, 0}, {20, 10}}, 0);
        QCOMPARE(inland.size(), 1);
        QCOMPARE(area(inland[0]), 50.0);
    }

    void ringAroundAPoleIsClosedAlongIt_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<bool>("eastward");
        QTest::addColumn<double>("pole");
        QTest::newRow("Antarctica-like, eastward") << -70.0 << true << -90.0;
        QTest::newRow("Antarctica-like, westward") << -70.0 << false << -90.0;
        QTest::newRow("around the North Pole") << 80.0 << true << 90.0;
    }
    void ringAroundAPoleIsClosedAlongIt()
    {
        QFETCH(double, lat);
        QFETCH(bool, eastward);
        QFETCH(double, pole);
        QVector<LonLat> ring;
        for (int k = 0; k < 36; ++k)
            ring.append({eastward ? -175.0 + 10 * k : 175.0 - 10 * k, lat});
        ring.append(ring.first());
        const QVector<QVector<LonLat>> rings = cutRingAtAntimeridian(ring, 0);
        QCOMPARE(rings.size(), 1);
        QVERIFY2(std::abs(area(rings[0]) - 360 * std::abs(pole - lat)) < 1e-6,
                 qPrintable(QString::number(area(rings[0]))));
        bool reachesPole = false;
        for (const LonLat& p : rings[0]) {
            QVERIFY(p.lon >= -180 && p.lon <= 180);
            reachesPole = reachesPole || p.lat == pole;
        }
        QVERIFY(reachesPole);
    }

    void stretchesAlongTheEdgeAreNoBorders()
    {
        QVERIFY(runsAlongMapEdge({180, 10}, {180, 20}, 0));
        QVERIFY(runsAlongMapEdge({-180, -16}, {-180, -17}, 0));
        QVERIFY(runsAlongMapEdge({-180, -90}, {-170, -90}, 0));
        QVERIFY(runsAlongMapEdge({84, 10}, {84, 20}, -96));
        QVERIFY(!runsAlongMapEdge({170, 10}, {180, 10}, 0));
        QVERIFY(!runsAlongMapEdge({180, 10}, {180, 20}, -96));
        QVERIFY(!runsAlongMapEdge({0, -89}, {10, -90}, 0));
    }

    void mapEdgeIsTheWorldsOutline()
    {
        const EqualEarth projection;
        QPolygonF outline;
        for (const LonLat& p : mapEdgeRing(0))
            outline << projection.project(p);
        const QRectF box = outline.boundingRect(), extent = projection.extent();
        QVERIFY(std::abs(box.left() - extent.left()) < 1 &&
                std::abs(box.right() - extent.right()) < 1);
        QVERIFY(std::abs(box.top() - extent.top()) < 1 &&
                std::abs(box.bottom() - extent.bottom()) < 1);
        QVERIFY(longestSegment(outline) < 100000); // it follows the curved edge
    }

    void basemapSpansNoSegmentAcrossTheMap_data()
    {
        QTest::addColumn<QString>("projection");
        QTest::addColumn<QString>("layer");
        for (const char* projection : {"equal-earth", "albers"}) {
            for (const char* layer : {"countries", "states"})
                QTest::newRow(qPrintable(
                    QStringLiteral("%1 %2").arg(QLatin1String(projection), QLatin1String(layer))))
                    << QString::fromLatin1(projection) << QString::fromLatin1(layer);
        }
    }
    void basemapSpansNoSegmentAcrossTheMap()
    {
        QFETCH(QString, projection);
        QFETCH(QString, layer);
        const BasemapLayer* data = Basemap::bundled().layer(layer);
        QVERIFY(data);
        const auto p = projectionNamed(projection);
        const ProjectedBasemap map(*data, *p,
                                   projection == QLatin1String("albers")
                                       ? ProjectionKind::AlbersUsa
                                       : ProjectionKind::EqualEarth);
        QCOMPARE(map.levels().size(), 5);
        for (const ProjectedBasemap::Level& level : map.levels()) {
            QVERIFY(!level.fills.isEmpty() && !level.arcs.isEmpty());
            for (const QPolygonF& arc : level.arcs)
                QVERIFY2(
                    longestSegment(arc) < kLongestSegmentMetres,
                    qPrintable(QStringLiteral("a border at level %1").arg(level.toleranceMetres)));
            for (const QPainterPath& fill : level.fills) {
                for (const QPolygonF& ring : fill.toSubpathPolygons())
                    QVERIFY2(longestSegment(ring) < kLongestSegmentMetres,
                             qPrintable(
                                 QStringLiteral("a fill at level %1").arg(level.toleranceMetres)));
            }
        }
    }

    void landAndSeaWhereTheyAre_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<bool>("land");
        // Where the filled band of the defect lay: the Arctic and the North Atlantic.
        QTest::newRow("Norwegian Sea") << -5.0 << 70.0 << false;
        QTest::newRow("Denmark Strait") << -27.0 << 67.0 << false;
        QTest::newRow("Labrador Sea") << -55.0 << 58.0 << false;
        QTest::newRow("Beaufort Sea") << -140.0 << 72.0 << false;
        QTest::newRow("Hudson Bay") << -85.0 << 60.0 << false;
        QTest::newRow("North Atlantic") << -30.0 << 45.0 << false;
        // Where Fiji's stray line ran.
        QTest::newRow("South Atlantic") << -20.0 << -16.45 << false;
        QTest::newRow("Indian Ocean") << 75.0 << -16.45 << false;
        QTest::newRow("Southern Ocean") << -30.0 << -60.0 << false;
        // Land, including what lies across the edge.
        QTest::newRow("central Africa") << 20.0 << 5.0 << true;
        QTest::newRow("Brazil") << -50.0 << -10.0 << true;
        QTest::newRow("Siberia") << 100.0 << 62.0 << true;
        QTest::newRow("Chukotka, west of 180°") << 175.0 << 67.0 << true;
        QTest::newRow("Chukotka, east of 180°") << -176.0 << 66.8 << true;
        QTest::newRow("Antarctica") << 0.0 << -80.0 << true;
        QTest::newRow("Antarctica near the pole") << 120.0 << -89.0 << true;
        QTest::newRow("Greenland") << -40.0 << 72.0 << true;
    }
    void landAndSeaWhereTheyAre()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(bool, land);
        const EqualEarth projection;
        const ProjectedBasemap map(*Basemap::bundled().layer(QStringLiteral("countries")),
                                   projection, ProjectionKind::EqualEarth);
        const QPointF at = projection.project({lon, lat});
        for (const ProjectedBasemap::Level& level : map.levels()) {
            int covering = 0;
            for (int i = 0; i < level.fills.size(); ++i)
                covering += level.fillBounds[i].contains(at) && level.fills[i].contains(at);
            QVERIFY2((covering > 0) == land, qPrintable(QStringLiteral("%1 fills at level %2")
                                                            .arg(covering)
                                                            .arg(level.toleranceMetres)));
        }
    }

    void linkAcrossThePacificIsCut()
    {
        const LonLat melbourne{144.96, -37.81}, theDalles{-121.2, 45.6};
        const QVector<LonLat> path = greatCirclePath(melbourne, theDalles, 64);
        const EqualEarth world;
        const QVector<QPolygonF> parts = projectLine(world, path);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.first().first(), world.project(melbourne));
        QCOMPARE(parts.last().last(), world.project(theDalles));
        for (const QPolygonF& part : parts)
            QVERIFY(longestSegment(part) < 1.0e6);
        // The parts meet the edge on either side at one latitude.
        const std::optional<LonLat> east = world.unproject(parts.first().last());
        const std::optional<LonLat> west = world.unproject(parts.last().first());
        QVERIFY(east && west);
        QVERIFY(std::abs(east->lon - 180) < 1e-6 && std::abs(west->lon + 180) < 1e-6);
        QVERIFY(std::abs(east->lat - west->lat) < 1e-6);
        // Centred on 96°W, the Pacific is no edge; nor is the edge crossed within the US.
        QCOMPARE(projectLine(AlbersUsa(), path).size(), 1);
        QCOMPARE(projectLine(world, greatCirclePath({-99.78, 32.51}, {-87.89, 42.67}, 20)).size(),
                 1);
    }

    void albersKeepsBothSidesOfItsEdge()
    {
        // 84°E is the edge of the map centred on 96°W: +180° from the centre stays east.
        const AlbersUsa albers;
        QVERIFY(albers.project({84, 40}).x() > 0);
        QVERIFY(albers.project({-276, 40}).x() < 0);
        QVERIFY(std::abs(albers.project({84, 40}).x() + albers.project({-276, 40}).x()) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestAntimeridian)
#include "tst_antimeridian.moc"
