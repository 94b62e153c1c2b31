// SPDX-License-Identifier: GPL-3.0-or-later
// Great-circle distances and paths against PROJ's geod on the same sphere:
//   geod +a=6371008.8 +b=6371008.8 -I +units=km
#include "core/geo/greatcircle.h"

#include <QTest>

using namespace atlas;

class TestGeo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void distance_data()
    {
        QTest::addColumn<double>("lon1");
        QTest::addColumn<double>("lat1");
        QTest::addColumn<double>("lon2");
        QTest::addColumn<double>("lat2");
        QTest::addColumn<double>("km");
        QTest::newRow("Fairwater WI to Fairwater Atlanta")
            << -87.894888 << 42.6748702 << -84.5248259 << 33.4452227 << 1067.607;
        QTest::newRow("Abilene to Memphis") << -99.777222 << 32.508056 << -90.14 << 35.06 << 934.296;
        QTest::newRow("half the equator") << 0.0 << 0.0 << 180.0 << 0.0 << 20015.114;
        QTest::newRow("same point") << -97.13 << 33.21 << -97.13 << 33.21 << 0.0;
    }
    void distance()
    {
        QFETCH(double, lon1);
        QFETCH(double, lat1);
        QFETCH(double, lon2);
        QFETCH(double, lat2);
        QFETCH(double, km);
        QVERIFY2(std::abs(greatCircleKm({lon1, lat1}, {lon2, lat2}) - km) < 0.002,
                 qPrintable(QString::number(greatCircleKm({lon1, lat1}, {lon2, lat2}), 'f', 4)));
    }

    void pathFollowsGreatCircle()
    {
        // geod ... +lat_1=42.6748702 +lon_1=-87.894888 +lat_2=33.4452227 +lon_2=-84.5248259 +n_S=4
        const QVector<LonLat> path =
            greatCirclePath({-87.894888, 42.6748702}, {-84.5248259, 33.4452227}, 5);
        QCOMPARE(path.size(), 5);
        const LonLat expected[] = {{-86.968497, 40.376901}, {-86.103331, 38.072028},
                                   {-85.291116, 35.761201}};
        for (int i = 0; i < 3; ++i) {
            QVERIFY(std::abs(path[i + 1].lon - expected[i].lon) < 1e-5);
            QVERIFY(std::abs(path[i + 1].lat - expected[i].lat) < 1e-5);
        }
        QCOMPARE(path.first(), (LonLat{-87.894888, 42.6748702}));
        QCOMPARE(path.last(), (LonLat{-84.5248259, 33.4452227}));
    }

    void pathOfOnePointStillHasBothEnds()
    {
        const QVector<LonLat> path = greatCirclePath({1, 2}, {1, 2}, 1);
        QCOMPARE(path.size(), 2);
        QCOMPARE(path[0], (LonLat{1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestGeo)
#include "tst_geo.moc"
