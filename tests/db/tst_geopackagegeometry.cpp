// SPDX-License-Identifier: GPL-3.0-or-later
// GeoPackage geometry blobs: our encoding byte by byte, and decoding what other writers
// produce (big-endian, with an envelope).
#include "geopackagegeometry.h"

#include <QDataStream>
#include <QTest>

using namespace atlas;

class TestGeoPackageGeometry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pointHeaderIsAsTheSpecSays()
    {
        const QByteArray blob = db::encodePoint({-99.777222, 32.508056});
        QCOMPARE(blob.size(), 8 + 21);
        QCOMPARE(blob.left(4), QByteArray("GP\x00\x01", 4)); // version 0, little-endian, no envelope
        QCOMPARE(blob.mid(4, 4), QByteArray("\xe6\x10\x00\x00", 4)); // srs_id 4326
        QCOMPARE(blob.mid(8, 5), QByteArray("\x01\x01\x00\x00\x00", 5)); // WKB LE Point
        QCOMPARE(db::decodePoint(blob), std::optional<LonLat>(LonLat{-99.777222, 32.508056}));
    }

    void lineStringRoundTripsWithEnvelope()
    {
        const QVector<LonLat> line = {{-87.9, 42.7}, {-84.5, 33.4}, {-86.0, 38.0}};
        const QByteArray blob = db::encodeLineString(line);
        QCOMPARE(quint8(blob[3]), quint8(0x03)); // little-endian, envelope code 1 (x/y)
        QCOMPARE(db::decodeLineString(blob), std::optional<QVector<LonLat>>(line));
        QVERIFY(!db::decodePoint(blob));
    }

    void decodesBigEndianWithEnvelope()
    {
        QByteArray blob;
        QDataStream out(&blob, QIODevice::WriteOnly);
        out.setByteOrder(QDataStream::BigEndian);
        out.setFloatingPointPrecision(QDataStream::DoublePrecision);
        out << quint8('G') << quint8('P') << quint8(0) << quint8(0x02) << qint32(4326); // BE, envelope 1
        out << 1.5 << 1.5 << 2.5 << 2.5;
        out << quint8(0) << quint32(1) << 1.5 << 2.5; // WKB big-endian point
        QCOMPARE(db::decodePoint(blob), std::optional<LonLat>(LonLat{1.5, 2.5}));
    }

    void rejectsGarbage()
    {
        QVERIFY(!db::decodePoint(QByteArray("not a blob")));
        QVERIFY(!db::decodePoint(QByteArray()));
        QByteArray truncated = db::encodePoint({1, 2});
        truncated.chop(4);
        QVERIFY(!db::decodePoint(truncated));
        QByteArray hugeCount = db::encodeLineString({{1, 2}, {3, 4}});
        hugeCount[8 + 32 + 5] = '\xff'; // count says billions of points
        hugeCount[8 + 32 + 8] = '\x7f';
        QVERIFY(!db::decodeLineString(hugeCount));
    }
};

QTEST_GUILESS_MAIN(TestGeoPackageGeometry)
#include "tst_geopackagegeometry.moc"
