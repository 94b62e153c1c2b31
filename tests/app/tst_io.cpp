// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing sites and links: RFC 4180 CSV, GeoJSON, the import plan's checks by row
// and column, and round trips.
#include "fakestore.h"
#include "io/csv.h"
#include "io/exportfiles.h"
#include "io/importplan.h"
#include "io/records.h"
#include "io/spreadsheetcells.h"
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

    // Text a spreadsheet would run as a formula is written with an apostrophe before it, in
    // text columns only; our import reads it back as it was.
    void spreadsheetFormulasAreNeutralized_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << "Abilene"
                               << "Abilene";
        QTest::newRow("equals") << "=HYPERLINK(\"http://x\")"
                                << "'=HYPERLINK(\"http://x\")";
        QTest::newRow("plus") << "+1 555"
                              << "'+1 555";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("carriage return") << "\rx"
                                         << "'\rx";
        QTest::newRow("apostrophe, no formula") << "'quoted'"
                                                << "'quoted'";
        QTest::newRow("apostrophe before a formula") << "'=x"
                                                     << "''=x";
        QTest::newRow("empty") << ""
                               << "";
    }
    void spreadsheetFormulasAreNeutralized()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(neutralizedCell(text), cell);
        QCOMPARE(restoredCell(cell), text);
    }

    void exportedCsvHasNoLiveFormulasAndImportsBack()
    {
        test::FakeStore store;
        ChangeSet seed = test::smallAtlas();
        Site formula = test::makeSite(
            13, QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"x\")"), -97.25, -33.5, 2);
        formula.parties = QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
        formula.city = QStringLiteral("+Town");
        formula.note = QStringLiteral("-5 MW, then +20");
        seed.upsert(formula);
        seed.upsert(test::makeSite(14, QStringLiteral("-minus"), 1, 2, 1));
        QVERIFY(store.apply(seed).ok);
        const Dataset before = store.load().dataset;
        const QByteArray file = exportSites(before, {13, 14}, FileFormat::Csv);

        csv::Table table;
        csv::ParseError error;
        QVERIFY(csv::parse(file, &table, &error));
        const auto cell = [&](int row, const char* column) {
            return table.rows[row][table.header.indexOf(QLatin1String(column))];
        };
        for (int row = 0; row < table.rows.size(); ++row) {
            for (int column = 0; column < table.header.size(); ++column) {
                const QString& text = table.rows[row][column];
                const bool number =
                    QStringList{"lon", "lat", "planned_mw"}.contains(table.header[column]);
                QVERIFY2(number || text.isEmpty() ||
                             !QStringLiteral("=+-@\t\r").contains(text.front()),
                         qPrintable(table.header[column] + QStringLiteral(": ") + text));
            }
        }
        QCOMPARE(cell(0, "name"), QStringLiteral("'=HYPERLINK(\"http://evil.example/\",\"x\")"));
        QCOMPARE(cell(0, "lon"), QStringLiteral("-97.25")); // numbers stay numbers
        QCOMPARE(cell(0, "lat"), QStringLiteral("-33.5"));
        QCOMPARE(cell(1, "name"), QStringLiteral("'-minus"));

        // Imported back: the same text (the reader keeps a leading tab; the planner trims
        // every field), the same sites (updated, none added).
        Dataset tabbed = before;
        tabbed.sites[tabbed.sites.size() - 1].note = QStringLiteral("\tindented");
        QCOMPARE(csvRecords(exportSites(tabbed, {tabbed.sites.last().id}, FileFormat::Csv))
                     .value(0, QStringLiteral("note")),
                 QStringLiteral("\tindented"));
        const ImportPlan plan = planSiteImport(before, csvRecords(file));
        QVERIFY2(plan.ok(), qPrintable(plan.summary()));
        QCOMPARE(plan.updated, 2);
        QCOMPARE(plan.added, 0);
        QVERIFY(store.apply(plan.changes).ok);
        const Dataset after = store.load().dataset;
        QCOMPARE(*after.site(13), *before.site(13));
        QCOMPARE(*after.site(14), *before.site(14));

        Dataset withCarrier = before;
        for (FiberLink& l : withCarrier.links)
            l.carrier = QStringLiteral("=1+1");
        const QByteArray links = exportLinks(withCarrier, {200}, FileFormat::Csv);
        QVERIFY2(links.contains(",'=1+1,"), links.constData());
        QCOMPARE(csvRecords(links).value(0, QStringLiteral("carrier")), QStringLiteral("=1+1"));
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
