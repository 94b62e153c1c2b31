// SPDX-License-Identifier: GPL-3.0-or-later
// GeoPackage geometry blobs: our encoding byte by byte, and decoding what other writers
// produce (big-endian, with an envelope).
#include "db/geopackageenvelope.h"
#include "db/geopackagegeometry.h"

#include <QDataStream>
#include <QTest>

#include <limits>

using namespace atlas;

namespace {

using Kind = db::GeometryEnvelope::Kind;

// A blob as other writers make them: the header (byte order, envelope code, empty flag), then
// WKB whose doubles and counts the stream writes in `order`.
class BlobWriter
{
public:
    explicit BlobWriter(QDataStream::ByteOrder order = QDataStream::LittleEndian, int envelopeCode = 0,
                        bool empty = false)
        : m_stream(&m_blob, QIODevice::WriteOnly)
    {
        m_stream.setByteOrder(order);
        m_stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
        const quint8 little = order == QDataStream::LittleEndian ? 1 : 0;
        m_stream << quint8('G') << quint8('P') << quint8(0)
                 << quint8(little | (envelopeCode << 1) | (empty ? 0x10 : 0)) << qint32(4326);
    }
    BlobWriter& doubles(std::initializer_list<double> values)
    {
        for (double v : values)
            m_stream << v;
        return *this;
    }
    BlobWriter& type(quint32 wkbType)
    {
        m_stream << quint8(m_stream.byteOrder() == QDataStream::LittleEndian ? 1 : 0) << wkbType;
        return *this;
    }
    BlobWriter& count(quint32 n)
    {
        m_stream << n;
        return *this;
    }
    QByteArray blob() const { return m_blob; }

private:
    QByteArray m_blob;
    QDataStream m_stream;
};

} // namespace

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

    // What the R-tree triggers' ST_MinX..ST_MaxY and ST_IsEmpty answer, for the blobs GDAL,
    // QGIS and we write.
    void envelopes_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QList<double>>("box"); // minX, maxX, minY, maxY

        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("our point") << db::encodePoint({-99.78, 32.51}) << int(Kind::Bounded)
                                   << QList<double>{-99.78, -99.78, 32.51, 32.51};
        QTest::newRow("our line, from its envelope")
            << db::encodeLineString({{-97.5, 30.25}, {-90.14, 35.06}}) << int(Kind::Bounded)
            << QList<double>{-97.5, -90.14, 30.25, 35.06};
        QTest::newRow("big-endian point")
            << BlobWriter(QDataStream::BigEndian).type(1).doubles({1.5, -2.5}).blob() << int(Kind::Bounded)
            << QList<double>{1.5, 1.5, -2.5, -2.5};
        QTest::newRow("line without envelope")
            << BlobWriter().type(2).count(3).doubles({3, 1, -4, 7, 0, -2}).blob() << int(Kind::Bounded)
            << QList<double>{-4, 3, -2, 7};
        QTest::newRow("envelope with z (code 2) is read for x and y")
            << BlobWriter(QDataStream::LittleEndian, 2).doubles({1, 2, 3, 4, 0, 9}).type(1001).doubles({1, 3, 0}).blob()
            << int(Kind::Bounded) << QList<double>{1, 2, 3, 4};
        QTest::newRow("polygon with a hole")
            << BlobWriter().type(3).count(2).count(4).doubles({0, 0, 10, 0, 10, 8, 0, 0}).count(3)
                   .doubles({2, 2, 3, 2, 2, 3}).blob()
            << int(Kind::Bounded) << QList<double>{0, 10, 0, 8};
        QTest::newRow("multi point ZM, ISO")
            << BlobWriter().type(3004).count(2).type(3001).doubles({5, 6, 100, 1}).type(3001).doubles({-5, -6, -100, 2}).blob()
            << int(Kind::Bounded) << QList<double>{-5, 5, -6, 6};
        QTest::newRow("point Z, extended WKB") << BlobWriter().type(0x80000001u).doubles({7, 8, 9}).blob()
                                                << int(Kind::Bounded) << QList<double>{7, 7, 8, 8};
        QTest::newRow("collection of a point and a line")
            << BlobWriter().type(7).count(2).type(1).doubles({1, 1}).type(2).count(2).doubles({4, -1, 2, 0}).blob()
            << int(Kind::Bounded) << QList<double>{1, 4, -1, 1};
        QTest::newRow("flagged empty") << BlobWriter(QDataStream::LittleEndian, 0, true).type(1).doubles({nan, nan}).blob()
                                       << int(Kind::Empty) << QList<double>{};
        QTest::newRow("NaN point not flagged") << BlobWriter().type(1).doubles({nan, nan}).blob() << int(Kind::Empty)
                                               << QList<double>{};
        QTest::newRow("empty multi polygon") << BlobWriter().type(6).count(0).blob() << int(Kind::Empty)
                                             << QList<double>{};
        QTest::newRow("circular string") << BlobWriter().type(8).count(3).doubles({0, 0, 1, 1, 2, 0}).blob()
                                         << int(Kind::Unreadable) << QList<double>{};
        QTest::newRow("cut short") << db::encodePoint({1, 2}).chopped(4) << int(Kind::Unreadable) << QList<double>{};
        QTest::newRow("count beyond the blob") << BlobWriter().type(2).count(0x7fffffff).doubles({1, 2}).blob()
                                               << int(Kind::Unreadable) << QList<double>{};
        QTest::newRow("SpatiaLite blob") << QByteArray("\x00\x01\xe6\x10\x00\x00", 6) + QByteArray(40, '\0')
                                         << int(Kind::NotGeoPackage) << QList<double>{};
        QTest::newRow("nothing") << QByteArray() << int(Kind::NotGeoPackage) << QList<double>{};
    }

    void envelopes()
    {
        QFETCH(QByteArray, blob);
        QFETCH(int, kind);
        QFETCH(QList<double>, box);
        const db::GeometryEnvelope envelope = db::geometryEnvelope(blob);
        QCOMPARE(int(envelope.kind), kind);
        if (envelope.kind == Kind::Bounded)
            QCOMPARE((QList<double>{envelope.minX, envelope.maxX, envelope.minY, envelope.maxY}), box);
    }
};

QTEST_GUILESS_MAIN(TestGeoPackageGeometry)
#include "tst_geopackagegeometry.moc"
