// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing sites and links: RFC 4180 CSV, GeoJSON, the import plan's checks by row
// and column, and round trips.
#include "fakestore.h"
#include "io/csv.h"
#include "io/exportfiles.h"
#include "io/importplan.h"
#include "io/records.h"
#include "sampledata.h"

#include <QTest>

using namespace atlas;
using namespace atlas::io;

namespace {

Dataset small()
{
    test::FakeStore store;
    if (!store.apply(test::smallAtlas()).ok)
        qFatal("seed");
    return store.load().dataset;
}

RecordTable csvRecords(const QByteArray& text)
{
    RecordTable records;
    ReadError error;
    if (!readCsvRecords(text, &records, &error))
        qWarning("%s", qPrintable(error.message));
    return records;
}

} // namespace

class TestIo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvQuotingAsRfc4180()
    {
        const QByteArray text = "\xEF\xBB\xBFname,note\r\n"
                                "\"Abilene, TX\",\"says \"\"hi\"\"\"\r\n"
                                "\"two\nlines\",plain\n"
                                "\r\n"
                                "last,\"\"";
        csv::Table table;
        csv::ParseError error;
        QVERIFY2(csv::parse(text, &table, &error), qPrintable(error.message));
        QCOMPARE(table.header, (QStringList{"name", "note"}));
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows[0], (QStringList{"Abilene, TX", "says \"hi\""}));
        QCOMPARE(table.rows[1], (QStringList{"two\nlines", "plain"}));
        QCOMPARE(table.rows[2], (QStringList{"last", ""}));
        QCOMPARE(table.rowLines, (QVector<int>{2, 3, 6}));
    }

    void csvErrorsSayWhere_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("words");
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\n2,3\n") << 2 << 2 << "never closed";
        QTest::newRow("quote mid-field") << QByteArray("a,b\n1,ab\"c\n") << 2 << 2 << "middle of a field";
        QTest::newRow("text after quote") << QByteArray("a,b\nx,\"q\"z\n") << 2 << 2 << "after a closing quote";
        QTest::newRow("empty file") << QByteArray("") << 1 << 1 << "empty";
        QTest::newRow("not UTF-8") << QByteArray("a,b\n\xff\xfe,1\n") << 1 << 1 << "UTF-8";
    }
    void csvErrorsSayWhere()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, words);
        csv::Table table;
        csv::ParseError error;
        QVERIFY(!csv::parse(text, &table, &error));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
    }

    void csvWriteThenReadIsIdentity()
    {
        const QStringList header{"name", "note"};
        const QVector<QStringList> rows{{"O'Brien \"quoted\"; DROP TABLE sites; --", "a,b"},
                                        {"数据中心 東京", "line\r\nbreak"},
                                        {" padded ", ""}};
        csv::Table table;
        csv::ParseError error;
        QVERIFY(csv::parse(csv::write(header, rows), &table, &error));
        QCOMPARE(table.header, header);
        QCOMPARE(table.rows, rows);
    }

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

    void sitePlanAddsUpdatesAndCreatesOperators()
    {
        const Dataset data = small();
        const ImportPlan plan = planSiteImport(data, csvRecords("Name,Longitude,Latitude,Operator,planned_mw,colour\n"
                                                                "Abilene One,-99.5,32.4,Alpha,900,red\n"
                                                                "Brand New,-100,40,Gamma Corp,,blue\n"));
        QVERIFY2(plan.ok(), qPrintable(plan.summary()));
        QCOMPARE(plan.added, 1);
        QCOMPARE(plan.updated, 1);
        QCOMPARE(plan.operatorsAdded, 1);
        QCOMPARE(plan.ignoredColumns, QStringList{QStringLiteral("colour")});
        test::FakeStore store;
        QVERIFY(store.apply(test::smallAtlas()).ok);
        QVERIFY(store.apply(plan.changes).ok);
        const Dataset after = store.load().dataset;
        QCOMPARE(after.sites.size(), 4);
        QCOMPARE(after.siteByName(QStringLiteral("Abilene One"))->lon, -99.5);
        QCOMPARE(after.siteByName(QStringLiteral("Abilene One"))->id, Id(10)); // updated, not added
        QCOMPARE(*after.siteByName(QStringLiteral("Abilene One"))->plannedMw, 900.0);
        QCOMPARE(after.op(after.siteByName(QStringLiteral("Brand New"))->operatorId)->name, QStringLiteral("Gamma Corp"));
    }

    void sitePlanListsEveryProblemByRowAndColumn()
    {
        const ImportPlan plan = planSiteImport(small(), csvRecords("name,lat,lon,status\n"
                                                                   "Too North,95,0,operating\n"
                                                                   "Words,north,0,operating\n"
                                                                   ",10,10,operating\n"
                                                                   "Twice,1,1,operating\n"
                                                                   "Twice,2,2,closed\n"));
        QVERIFY(!plan.ok());
        QVERIFY(plan.changes.isEmpty());
        const auto has = [&plan](int row, const QString& column, const QString& words) {
            return std::any_of(plan.issues.begin(), plan.issues.end(), [&](const ImportIssue& issue) {
                return issue.row == row && issue.column == column && issue.message.contains(words);
            });
        };
        QVERIFY(has(2, QStringLiteral("lat"), QStringLiteral("between -90 and 90")));
        QVERIFY(has(3, QStringLiteral("lat"), QStringLiteral("not a number")));
        QVERIFY(has(4, QStringLiteral("name"), QStringLiteral("name is required")));
        QVERIFY(has(6, QStringLiteral("name"), QStringLiteral("also on row 5")));
        QVERIFY(has(6, QStringLiteral("status"), QStringLiteral("not a status")));
        QVERIFY(plan.summary().contains(QStringLiteral("nothing is imported")));
    }

    // Found by fuzzing: a source address that is not one was planned as a new source, which
    // the store then refused as a whole, far from the row that named it.
    void sourceAddressesAreCheckedAtTheirRow()
    {
        const ImportPlan plan = planSiteImport(small(), csvRecords("name,lon,lat,url\n"
                                                                   "Good,1,1,https://example.org/a\n"
                                                                   "Bad,2,2,not an address\n"));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.issues.size(), 1);
        QCOMPARE(plan.issues[0].row, 3);
        QCOMPARE(plan.issues[0].column, QStringLiteral("url"));
        QVERIFY(plan.issues[0].message.contains(QStringLiteral("not a web address")));
    }

    // Found by fuzzing: a file whose only line is blank but for spaces or a form feed was
    // read as a header naming one empty column.
    void blankHeaderIsRefused()
    {
        csv::Table table;
        csv::ParseError error;
        QVERIFY(!csv::parse(" \f\t\n", &table, &error));
        QVERIFY(error.message.contains(QStringLiteral("names no columns")));
        // and a first field that starts with U+FEFF survives a write and a read (it is quoted,
        // so no reader takes it for a byte-order mark).
        QVERIFY(csv::parse(csv::write({QStringLiteral("\uFEFFname")}, {}), &table, &error));
        QCOMPARE(table.header, QStringList{QStringLiteral("\uFEFFname")});
    }

    void sitePlanNeedsPositionColumns()
    {
        const ImportPlan plan = planSiteImport(small(), csvRecords("name,operator\nA,B\n"));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.issues.size(), 2);
        QCOMPARE(plan.issues[0].column, QStringLiteral("lon"));
    }

    void linkPlanNamesItsEnds()
    {
        const Dataset data = small();
        const ImportPlan good = planLinkImport(data, csvRecords("site_a,site_b,capacity_tbps,status,active_date\n"
                                                                "Abilene One,Planned Three,40,planned,2027-06-30\n"));
        QVERIFY2(good.ok(), qPrintable(good.summary()));
        const FiberLink link = std::get<FiberLink>(good.changes.changes().first().row);
        QCOMPARE(link.siteA, Id(10));
        QCOMPARE(link.siteB, Id(12));
        QCOMPARE(*link.capacityTbps, 40.0);
        const ImportPlan bad = planLinkImport(data, csvRecords("site_a,site_b,active_date\n"
                                                               "Abilene One,Nowhere,2027-06-30\n"
                                                               "Abilene One,Abilene One,2027-13-01\n"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.issues.size(), 3);
        QVERIFY(bad.issues[0].message.contains(QStringLiteral("no site named \"Nowhere\"")));
        QVERIFY(bad.issues[1].message.contains(QStringLiteral("not a date")));
        QVERIFY(bad.issues[2].message.contains(QStringLiteral("different sites")));
    }

    void exportedSitesImportBackUnchanged_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(FileFormat::Csv);
        QTest::newRow("geojson") << int(FileFormat::GeoJson);
    }
    void exportedSitesImportBackUnchanged()
    {
        QFETCH(int, format);
        test::FakeStore store;
        ChangeSet seed = test::smallAtlas();
        Site odd = test::makeSite(13, QStringLiteral("O'Brien \"quoted\"; DROP TABLE sites; -- 東京"), 139.69, 35.69, 2);
        odd.note = QStringLiteral("a, b\nc");
        seed.upsert(odd);
        QVERIFY(store.apply(seed).ok);
        const Dataset before = store.load().dataset;
        QVector<Id> ids;
        for (const Site& s : before.sites)
            ids << s.id;
        const QByteArray file = exportSites(before, ids, FileFormat(format));
        RecordTable records;
        ReadError error;
        const bool read = format == int(FileFormat::Csv) ? readCsvRecords(file, &records, &error)
                                                         : readGeoJsonRecords(file, true, &records, &error);
        QVERIFY2(read, qPrintable(error.message));
        const ImportPlan plan = planSiteImport(before, records);
        QVERIFY2(plan.ok(), qPrintable(plan.summary()));
        QCOMPARE(plan.updated, int(before.sites.size()));
        QCOMPARE(plan.added, 0);
        QVERIFY(store.apply(plan.changes).ok);
        const Dataset after = store.load().dataset;
        for (const Site& site : before.sites)
            QCOMPARE(*after.site(site.id), site);
    }

    void exportedLinksNameTheirEnds()
    {
        const Dataset data = small();
        const QByteArray file = exportLinks(data, {200}, FileFormat::Csv);
        QVERIFY(file.startsWith("site_a,site_b,carrier"));
        QVERIFY(file.contains("Abilene One,Memphis Two,Carrier"));
        const QByteArray json = exportLinks(data, {200}, FileFormat::GeoJson);
        QVERIFY(json.contains("\"LineString\""));
        RecordTable records;
        ReadError error;
        QVERIFY(readGeoJsonRecords(json, false, &records, &error));
        QCOMPARE(records.value(0, QStringLiteral("site_b")), QStringLiteral("Memphis Two"));
    }
};

QTEST_GUILESS_MAIN(TestIo)
#include "tst_io.moc"
