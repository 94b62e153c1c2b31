// SPDX-License-Identifier: GPL-3.0-or-later
// The record sources: CSV and GeoJSON files read as records (fields, properties, points),
// their problems, and the limits of what an import reads.
#include "core/io/records.h"
#include "core/io/recordsources.h"
#include "importtestdata.h"

#include <QIODevice>
#include <QTest>

using namespace atlas;
using namespace atlas::io;
using namespace atlas::test;

namespace {

// A file that starts with `head` and then goes on with `fill` without end (a GeoJSON string
// that never closes); counts what was read from it.
class EndlessDevice final : public QIODevice
{
public:
    EndlessDevice(QByteArray head, char fill) : m_head(std::move(head)), m_fill(fill)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesGiven() const { return m_given; }

protected:
    qint64 readData(char* data, qint64 size) override
    {
        qint64 n = 0;
        for (; n < size && m_given + n < m_head.size(); ++n)
            data[n] = m_head[m_given + n];
        std::fill(data + n, data + size, m_fill);
        m_given += size;
        return size;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_head;
    char m_fill;
    qint64 m_given = 0;
};

} // namespace

class TestRecordSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tooManyFieldsIsAnError()
    {
        RecordTable records;
        ReadError error;
        QVERIFY(!readCsvRecords("name,lat\nA,1,2\n", &records, &error));
        QCOMPARE(error.row, 2);
        QVERIFY(error.message.contains(QStringLiteral("in quotes")));
    }

    void geoJsonPointsAsKeplerAndQgisWriteThem()
    {
        const QByteArray json = R"({"type":"FeatureCollection","features":[
            {"type":"Feature","geometry":{"type":"Point","coordinates":[-97.5,33.25]},
             "properties":{"Name":"Denton North","planned_mw":260,"Operator":"CoreWeave","approx":true}}]})";
        RecordTable records;
        ReadError error;
        QVERIFY2(readGeoJsonRecords(json, true, &records, &error), qPrintable(error.message));
        QCOMPARE(records.records.size(), 1);
        QCOMPARE(records.value(0, QStringLiteral("name")), QStringLiteral("Denton North"));
        QCOMPARE(records.value(0, QStringLiteral("lon")), QStringLiteral("-97.5"));
        QCOMPARE(records.value(0, QStringLiteral("lat")), QStringLiteral("33.25"));
        QCOMPARE(records.value(0, QStringLiteral("planned_mw")), QStringLiteral("260"));
    }

    void geoJsonProblems()
    {
        RecordTable records;
        ReadError error;
        QVERIFY(!readGeoJsonRecords("{oops", true, &records, &error));
        QVERIFY(error.message.contains(QStringLiteral("JSON")));
        QVERIFY(!readGeoJsonRecords(R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]},"properties":{}}]})",
                                    true, &records, &error));
        QVERIFY(error.message.contains(QStringLiteral("Point")));
        QCOMPARE(error.row, 1);
        QVERIFY(!readGeoJsonRecords(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},"features":[]})",
                                    true, &records, &error));
        QVERIFY(error.message.contains(QStringLiteral("EPSG:4326")));
    }

    void geojsonNumbersKeepTheirText()
    {
        RecordTable records;
        ReadError error;
        QVERIFY2(readGeoJsonRecords(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","geometry":null,"properties":{"name":12345678901234567890,"planned_mw":1.5e3}},
            {"type":"Feature","geometry":{"type":"Point","coordinates":[-97.123456789012345,32.5]},
             "properties":{"name":123456789012345678901234567890,"nested":{"a":[1,2]}}}]})",
                                    true, &records, &error),
                 qPrintable(error.message));
        QCOMPARE(records.value(0, QStringLiteral("name")), QStringLiteral("12345678901234567890"));
        QCOMPARE(records.value(1, QStringLiteral("name")),
                 QStringLiteral("123456789012345678901234567890"));
        QCOMPARE(records.value(1, QStringLiteral("lon")), QStringLiteral("-97.123456789012345"));
        const auto [plan, changes] = planKept(ImportKind::Sites, small(), records);
        QVERIFY2(plan.ok(), qPrintable(plan.summary()));
        const Site unplaced = std::get<Site>(changes.changes()[0].row);
        QVERIFY(!unplaced.hasLocation()); // "geometry": null
        QCOMPARE(*unplaced.plannedMw, 1500.0);
        QVERIFY(std::get<Site>(changes.changes()[1].row).hasLocation());
        QVERIFY(plan.ignoredColumns.contains(QStringLiteral("nested")));
    }

    // The reader holds one chunk and one record: a record can span chunks anywhere.

    void inputsOverTheLimitsAreRefused()
    {
        QByteArray header = "name";
        for (int i = 1; i <= kMaxColumns; ++i)
            header += ",c" + QByteArray::number(i);
        RecordTable records;
        ReadError error;
        QVERIFY(!readCsvRecords(header + "\nAbilene\n", &records, &error));
        QVERIFY2(
            error.message.contains(QStringLiteral("1001 columns; an import reads at most 1000")),
            qPrintable(error.message));
        QVERIFY(
            readCsvRecords(header.left(header.lastIndexOf(',')) + "\nAbilene\n", &records, &error));

        // A new property on every feature: refused at the 1001st.
        QByteArray features = R"({"type":"FeatureCollection","features":[)";
        for (int i = 0; i < 1200; ++i)
            features += (i ? "," : "") + QByteArray(R"({"type":"Feature","geometry":null,)") +
                        "\"properties\":{\"name\":\"s" + QByteArray::number(i) + R"(","p)" +
                        QByteArray::number(i) + R"(":1}})";
        features += "]}";
        QVERIFY(!readGeoJsonRecords(features, true, &records, &error));
        QVERIFY2(error.message.contains(QStringLiteral("more than 1000 different properties")),
                 qPrintable(error.message));
        QCOMPARE(error.row, 1000); // "name" and p0..p998 are the first 1000

        // A string that never ends is read to the limit, not to the end of memory.
        EndlessDevice endless(R"({"type":"FeatureCollection","features":[{"properties":{"name":")",
                              'a');
        const std::unique_ptr<RecordSource> source =
            recordSource(&endless, FileFormat::GeoJson, Geometry::Point);
        QVERIFY(!source->read([](const QStringList&, const Record&) { return true; }));
        QVERIFY2(source->error().message.contains(QStringLiteral("values of up to 4 MB")),
                 qPrintable(source->error().message));
        QVERIFY2(endless.bytesGiven() < kMaxValueBytes + 1024 * 1024,
                 qPrintable(QString::number(endless.bytesGiven())));
        // A long value under the limit is read.
        const QByteArray longName(3 * 1024 * 1024, 'x');
        QVERIFY(readGeoJsonRecords(R"({"type":"Feature","geometry":null,"properties":{"name":")" +
                                       longName + "\"}}",
                                   true, &records, &error));
        QCOMPARE(records.value(0, QStringLiteral("name")).size(), longName.size());
    }

    // Fields are looked up by the address of the caller's text, checked against the text: a
    // buffer that names another field the next time gets that field's column.
};

QTEST_GUILESS_MAIN(TestRecordSources)
#include "tst_recordsources.moc"
