// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing sites and links: RFC 4180 CSV, GeoJSON, the import plan's checks by row
// and column, and round trips.
#include "fakestore.h"
#include "core/io/csv.h"
#include "core/io/exportfiles.h"
#include "core/io/importplan.h"
#include "core/io/records.h"
#include "core/io/recordsources.h"
#include "core/io/seenkeys.h"
#include "core/io/spreadsheetcells.h"
#include "sampledata.h"

#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

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

// A CSV file planned with its changes kept.
KeptPlan planCsv(ImportKind kind, const Dataset& data, const QByteArray& text,
                 const ImportOptions& options = {})
{
    return planKept(kind, data, csvRecords(text), options);
}

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

bool hasIssue(const ImportPlan& plan, int row, const QString& column, const QString& words)
{
    return std::any_of(plan.issues.begin(), plan.issues.end(), [&](const ImportIssue& issue) {
        return issue.row == row && issue.column == column && issue.message.contains(words);
    });
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
        const auto [plan, changes] = planCsv(ImportKind::Sites, data,
                                             "Name,Longitude,Latitude,Operator,planned_mw,colour\n"
                                             "Abilene One,-99.5,32.4,Alpha,900,red\n"
                                             "Brand New,-100,40,Gamma Corp,,blue\n");
        QVERIFY2(plan.ok(), qPrintable(plan.summary()));
        QCOMPARE(plan.added, 1);
        QCOMPARE(plan.updated, 1);
        QCOMPARE(plan.operatorsAdded, 1);
        QCOMPARE(plan.ignoredColumns, QStringList{QStringLiteral("colour")});
        test::FakeStore store;
        QVERIFY(store.apply(test::smallAtlas()).ok);
        QVERIFY(store.apply(changes).ok);
        const Dataset after = store.load().dataset;
        QCOMPARE(after.sites.size(), 4);
        QCOMPARE(after.siteByName(QStringLiteral("Abilene One"))->lon, -99.5);
        QCOMPARE(after.siteByName(QStringLiteral("Abilene One"))->id, Id(10)); // updated, not added
        QCOMPARE(*after.siteByName(QStringLiteral("Abilene One"))->plannedMw, 900.0);
        QCOMPARE(after.op(after.siteByName(QStringLiteral("Brand New"))->operatorId)->name, QStringLiteral("Gamma Corp"));
    }

    void sitePlanListsEveryProblemByRowAndColumn()
    {
        const auto [plan, changes] = planCsv(ImportKind::Sites, small(),
                                             "name,lat,lon,status\n"
                                             "Too North,95,0,operating\n"
                                             "Words,north,0,operating\n"
                                             ",10,10,operating\n"
                                             "Twice,1,1,operating\n"
                                             "Twice,2,2,closed\n");
        QVERIFY(!plan.ok());
        QVERIFY(changes.isEmpty());
        const auto has = [&plan](int row, const QString& column, const QString& words) {
            return hasIssue(plan, row, column, words);
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
        const ImportPlan plan = planCsv(ImportKind::Sites, small(),
                                        "name,lon,lat,url\n"
                                        "Good,1,1,https://example.org/a\n"
                                        "Bad,2,2,not an address\n"
                                        "Worse,3,3,javascript:alert(1)\n"
                                        "Fine,4,4,https://example.org/b\n"
                                        "Also bad,5,5,file:///etc/passwd\n")
                                    .plan;
        QVERIFY(!plan.ok());
        // Every bad address is reported at its row, not only the first.
        QCOMPARE(plan.issues.size(), 3);
        QCOMPARE(plan.issues[0].row, 3);
        QCOMPARE(plan.issues[0].column, QStringLiteral("url"));
        QVERIFY(plan.issues[0].message.contains(QStringLiteral("not a web address")));
        QCOMPARE(plan.issues[1].row, 4);
        QCOMPARE(plan.issues[2].row, 6);
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

    // A new operator's name is checked like every other name (the fuzzer found one with a
    // control character going into the plan unchecked): a problem of its row and column.
    void anOperatorNameThatCannotBeStoredIsAProblemOfItsRow()
    {
        const auto [plan, changes] =
            planCsv(ImportKind::Sites, small(), "name,operator\nA,Good\nB,\"Bad\x0fOne\"\n");
        QVERIFY(!plan.ok());
        QCOMPARE(plan.issues.size(), 1);
        QVERIFY(hasIssue(plan, 3, QStringLiteral("operator"), QStringLiteral("control character")));
        QVERIFY(changes.isEmpty());
    }

    void sitesWithoutCoordinatesAreImportedNotPlaced()
    {
        const auto [plan, changes] =
            planCsv(ImportKind::Sites, small(), "name,operator,lon,lat\nA,B,,\nC,B,5,\n");
        QVERIFY(!plan.ok()); // C gives half a position
        QVERIFY(hasIssue(plan, 3, QStringLiteral("lat"),
                         QStringLiteral("both longitude and latitude")));
        const auto [good, kept] = planCsv(ImportKind::Sites, small(), "name,operator\nA,B\n");
        QVERIFY2(good.ok(), qPrintable(good.summary()));
        const Site site = std::get<Site>(kept.changes().last().row);
        QVERIFY(!site.hasLocation());
        const auto [noName, none] = planCsv(ImportKind::Sites, small(), "title,lon,lat\nA,1,1\n");
        QCOMPARE(noName.issues.size(), 1);
        QCOMPARE(noName.issues[0].column, QStringLiteral("name"));
    }

    void linkPlanNamesItsEnds()
    {
        const Dataset data = small();
        const auto [good, changes] = planCsv(ImportKind::Links, data,
                                             "site_a,site_b,capacity_tbps,status,active_date\n"
                                             "Abilene One,Planned Three,40,planned,2027-06-30\n");
        QVERIFY2(good.ok(), qPrintable(good.summary()));
        const FiberLink link = std::get<FiberLink>(changes.changes().first().row);
        QCOMPARE(link.siteA, Id(10));
        QCOMPARE(link.siteB, Id(12));
        QCOMPARE(*link.capacityTbps, 40.0);
        const ImportPlan bad = planCsv(ImportKind::Links, data,
                                       "site_a,site_b,active_date\n"
                                       "Abilene One,Nowhere,2027-06-30\n"
                                       "Abilene One,Abilene One,2027-13-01\n")
                                   .plan;
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
        const QByteArray file = exportBytes(ImportKind::Sites, before, ids, FileFormat(format));
        RecordTable records;
        ReadError error;
        const bool read = format == int(FileFormat::Csv) ? readCsvRecords(file, &records, &error)
                                                         : readGeoJsonRecords(file, true, &records, &error);
        QVERIFY2(read, qPrintable(error.message));
        const auto [plan, changes] = planKept(ImportKind::Sites, before, records);
        QVERIFY2(plan.ok(), qPrintable(plan.summary()));
        QCOMPARE(plan.unchanged, int(before.sites.size())); // nothing to write
        QCOMPARE(plan.added, 0);
        QVERIFY(store.apply(changes).ok);
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
        const QByteArray file = exportBytes(ImportKind::Sites, before, {13, 14}, FileFormat::Csv);

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

        // Imported back: the same text (the planner takes the apostrophe off, then trims
        // every field), the same sites (unchanged: none added, none to write).
        Dataset tabbed = before;
        tabbed.sites[tabbed.sites.size() - 1].note = QStringLiteral("\tindented");
        QCOMPARE(csvRecords(exportBytes(ImportKind::Sites, tabbed, {tabbed.sites.last().id},
                                        FileFormat::Csv))
                     .value(0, QStringLiteral("note")),
                 QStringLiteral("'\tindented"));
        const auto [plan, changes] = planCsv(ImportKind::Sites, before, file);
        QVERIFY2(plan.ok(), qPrintable(plan.summary()));
        QCOMPARE(plan.unchanged, 2);
        QCOMPARE(plan.added, 0);
        QVERIFY(store.apply(changes).ok);
        const Dataset after = store.load().dataset;
        QCOMPARE(*after.site(13), *before.site(13));
        QCOMPARE(*after.site(14), *before.site(14));

        Dataset withCarrier = before;
        for (FiberLink& l : withCarrier.links)
            l.carrier = QStringLiteral("=1+1");
        const QByteArray links =
            exportBytes(ImportKind::Links, withCarrier, {200}, FileFormat::Csv);
        QVERIFY2(links.contains(",'=1+1,"), links.constData());
        const auto [linkPlan, linkChanges] = planCsv(ImportKind::Links, before, links);
        QVERIFY2(linkPlan.ok(), qPrintable(linkPlan.summary()));
        QCOMPARE(std::get<FiberLink>(linkChanges.changes().first().row).carrier,
                 QStringLiteral("=1+1"));
    }

    void exportedLinksNameTheirEnds()
    {
        const Dataset data = small();
        const QByteArray file = exportBytes(ImportKind::Links, data, {200}, FileFormat::Csv);
        QVERIFY(file.startsWith("site_a,site_b,carrier"));
        QVERIFY(file.contains("Abilene One,Memphis Two,Carrier"));
        const QByteArray json = exportBytes(ImportKind::Links, data, {200}, FileFormat::GeoJson);
        QVERIFY(json.contains("\"LineString\""));
        RecordTable records;
        ReadError error;
        QVERIFY(readGeoJsonRecords(json, false, &records, &error));
        QCOMPARE(records.value(0, QStringLiteral("site_b")), QStringLiteral("Memphis Two"));
    }

    // Other people's spreadsheets: power_mw, gpus, year and the status words people use.
    void synonymsAndStatusWordsAreReadAndListed()
    {
        const Dataset data = small();
        const auto [plan, changes] =
            planCsv(ImportKind::Sites, data,
                    "site_name,latitude,longitude,power_mw,gpus,year,status\n"
                    "New A,32,-97,300,100000,2025,operational\n"
                    "New B,33,-96,,,,planned\n"
                    "New C,34,-95,1200,,2027-Q1,under construction\n");
        QVERIFY2(plan.ok(), qPrintable(plan.summary()));
        QCOMPARE(plan.added, 3);
        QCOMPARE(plan.phasesAdded, 2);
        QVERIFY(plan.ignoredColumns.isEmpty());
        const QStringList lines = plan.mappingLines();
        QVERIFY2(lines.contains(QStringLiteral("power_mw read as it_mw")),
                 qPrintable(lines.join(QLatin1Char('|'))));
        QVERIFY(lines.contains(QStringLiteral("gpus read as gpu_count")));
        QVERIFY(lines.contains(QStringLiteral("year read as online_date")));
        QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QString& l) {
            return l.contains(QStringLiteral("\"operational\" read as operating"));
        }));
        test::FakeStore store;
        QVERIFY(store.apply(test::smallAtlas()).ok);
        QVERIFY(store.apply(changes).ok);
        const Dataset after = store.load().dataset;
        const Site* a = after.siteByName(QStringLiteral("New A"));
        QVERIFY(a);
        QCOMPARE(a->status, SiteStatus::Operating);
        QCOMPARE(after.siteByName(QStringLiteral("New B"))->status, SiteStatus::Announced);
        QCOMPARE(after.siteByName(QStringLiteral("New C"))->status, SiteStatus::Building);
        const auto phases = after.phasesOf(a->id);
        QCOMPARE(phases.size(), 1);
        QCOMPARE(phases[0]->onlineDate, QDate(2025, 12, 31));
        QCOMPARE(*phases[0]->itMw, 300.0);
        QCOMPARE(phases[0]->gpuCount(), std::optional<qint64>(100000));
        QCOMPARE(after.phasesOf(after.siteByName(QStringLiteral("New C"))->id)[0]->onlineDate,
                 QDate(2027, 3, 31));
    }

    void columnChoicesReadColumnsTheAppDoesNotKnow()
    {
        const QByteArray file = "name,mega_watts,status,remarks\nChosen,50,operating,hello\n";
        const ImportPlan unchosen = planCsv(ImportKind::Sites, small(), file).plan;
        QCOMPARE(unchosen.ignoredColumns,
                 (QStringList{QStringLiteral("mega_watts"), QStringLiteral("remarks")}));
        ImportOptions options;
        options.today = QDate(2026, 7, 1);
        QString error;
        for (const char* choice : {"mega_watts=it_mw", "remarks=note"}) {
            const auto parsed = parseColumnChoice(QLatin1String(choice), ImportKind::Sites, &error);
            QVERIFY2(parsed, qPrintable(error));
            options.choices.insert(parsed->first, parsed->second);
        }
        const auto [plan, changes] = planCsv(ImportKind::Sites, small(), file, options);
        QVERIFY2(plan.ok(), qPrintable(plan.summary()));
        QVERIFY(plan.ignoredColumns.isEmpty());
        QVERIFY(
            plan.mappingLines().contains(QStringLiteral("mega_watts read as it_mw (your choice)")));
        const Site site = std::get<Site>(changes.changes()[0].row);
        QCOMPARE(site.note, QStringLiteral("hello"));
        const SitePhase phase = std::get<SitePhase>(changes.changes()[1].row);
        QCOMPARE(*phase.itMw, 50.0);
        QCOMPARE(phase.onlineDate, QDate(2026, 7, 1)); // no date: as of the import
        QVERIFY(!phase.projected);                     // an operating site's power is there now
        // Choices that are not one: say what is.
        QVERIFY(!parseColumnChoice(QStringLiteral("power_mw"), ImportKind::Sites, &error));
        QVERIFY(error.contains(QStringLiteral("COLUMN=FIELD")));
        QVERIFY(!parseColumnChoice(QStringLiteral("power_mw=watts"), ImportKind::Sites, &error));
        QVERIFY(error.contains(QStringLiteral("it_mw")));
        QVERIFY(parseColumnChoice(QStringLiteral("notes="), ImportKind::Sites, &error)); // not read
    }

    void phasesRoundTripWithMixedFleets()
    {
        test::FakeStore store;
        ChangeSet seed = test::smallAtlas();
        GpuModel b300 = test::h100Model();
        b300.id = 2;
        b300.name = QStringLiteral("B300");
        b300.aliases = {QStringLiteral("GB300")};
        seed.upsert(b300);
        SitePhase mixed;
        mixed.id = 104;
        mixed.siteId = 11;
        mixed.onlineDate = QDate(2026, 5, 31);
        mixed.datePrecision = DatePrecision::Month;
        mixed.itMw = 420;
        mixed.facilityMw = 546;
        mixed.h100e = 777777;
        mixed.projected = true;
        mixed.chips = {ChipCount{1, 100000, false, {}}, ChipCount{2, 50000, false, {}}};
        mixed.note = QStringLiteral("Two kinds of chip");
        mixed.sourceId = 1;
        seed.upsert(mixed);
        QVERIFY(store.apply(seed).ok);
        const Dataset before = store.load().dataset;
        const QByteArray csv = exportBytes(ImportKind::Phases, before,
                                           allIds(ImportKind::Phases, before), FileFormat::Csv);
        QCOMPARE(csv.count('\n'), 1 + 5 + 1); // the header, four phases, the mixed one on two rows
        QVERIFY2(
            csv.contains("Memphis Two,2026-05,420,546,B300,50000,777777,,,yes,Two kinds of chip"),
            csv.constData());

        // Into the same data: nothing changes.
        QCOMPARE(planCsv(ImportKind::Phases, before, csv).plan.unchanged, 5);
        // Into a database without phases: they come back as they were.
        ChangeSet removeAll;
        for (const SitePhase& p : before.phases)
            removeAll.remove<SitePhase>(p.id);
        QVERIFY(store.apply(removeAll).ok);
        const auto [plan, changes] = planCsv(ImportKind::Phases, store.load().dataset, csv);
        QVERIFY2(plan.ok(), qPrintable(plan.summary()));
        QCOMPARE(plan.phasesAdded, 5);
        QVERIFY(store.apply(changes).ok);
        const Dataset after = store.load().dataset;
        QCOMPARE(after.phases.size(), 5);
        const SitePhase* back = after.phasesOf(11)[1]; // 2025-12, this one, 2027-03
        SitePhase expected = mixed;
        expected.id = back->id;
        QCOMPARE(back->chips, expected.chips);
        QCOMPARE(back->note, expected.note);
        QCOMPARE(back->sourceId, expected.sourceId);
        QCOMPARE(back->datePrecision, expected.datePrecision);
        QCOMPARE(*back, expected);
        // A GeoJSON export reads back too; its features carry the site's point.
        const QByteArray json = exportBytes(ImportKind::Phases, after,
                                            allIds(ImportKind::Phases, after), FileFormat::GeoJson);
        QVERIFY(json.contains("\"Point\""));
        RecordTable records;
        ReadError error;
        QVERIFY2(readGeoJsonRecords(json, true, &records, &error), qPrintable(error.message));
        QCOMPARE(planKept(ImportKind::Phases, after, records).plan.unchanged, 5);
        // The rows of one phase belong together.
        const ImportPlan apart =
            planCsv(ImportKind::Phases, after,
                    "site,online_date,gpu_model,gpu_count\n"
                    "Memphis Two,2026-05,H100 SXM,1\nAbilene One,2026,H100 SXM,2\n"
                    "Memphis Two,2026-05,gb300,3\n")
                .plan;
        QVERIFY(hasIssue(apart, 4, QStringLiteral("online_date"), QStringLiteral("also on row 2")));
    }

    // A link is matched like a site: the same ends (either way round) and carrier.
    void linksAreMatchedNotAddedAgain()
    {
        test::FakeStore store;
        QVERIFY(store.apply(test::smallAtlas()).ok);
        const Dataset data = store.load().dataset;
        const QByteArray file = exportBytes(ImportKind::Links, data, {200}, FileFormat::Csv);
        for (int round = 0; round < 3; ++round) {
            const auto [plan, changes] = planCsv(ImportKind::Links, store.load().dataset, file);
            QVERIFY2(plan.ok(), qPrintable(plan.summary()));
            QCOMPARE(plan.unchanged, 1);
            QVERIFY(store.apply(changes).ok);
            QCOMPARE(store.load().dataset.links.size(), 1);
        }
        const auto [reversed, reversedChanges] = planCsv(ImportKind::Links, data,
                                                         "site_a,site_b,carrier,capacity_tbps\n"
                                                         "Memphis Two,Abilene One,carrier,400\n"
                                                         "Memphis Two,Abilene One,Other Co,10\n");
        QVERIFY2(reversed.ok(), qPrintable(reversed.summary()));
        QCOMPARE(reversed.updated, 1); // the same link, its capacity now known
        QCOMPARE(reversed.added, 1);   // another carrier's is another link
        const ImportPlan twice =
            planCsv(ImportKind::Links, data,
                    "site_a,site_b,carrier\nAbilene One,Memphis Two,X\nMemphis Two,Abilene One,x\n")
                .plan;
        QVERIFY(hasIssue(twice, 3, QStringLiteral("site_a"), QStringLiteral("also on row 2")));
    }

    void namesDifferingOnlyInCaseOrUnicodeFormAreOneName()
    {
        const ImportPlan twice =
            planCsv(
                ImportKind::Sites, small(),
                QStringLiteral("name,lon,lat\nMontr\u00e9al,1,1\nMONTRE\u0301AL,2,2\n").toUtf8())
                .plan;
        QVERIFY(hasIssue(twice, 3, QStringLiteral("name"), QStringLiteral("also on row 2")));
        const auto [plan, changes] =
            planCsv(ImportKind::Sites, small(), "name,planned_mw\nABILENE ONE,5\n");
        QVERIFY2(plan.ok(), qPrintable(plan.summary()));
        QCOMPARE(plan.updated, 1);
        QCOMPARE(std::get<Site>(changes.changes()[0].row).id, Id(10));
        const auto [ops, opChanges] = planCsv(
            ImportKind::Sites, small(), "name,operator\nN1,alpha\nN2,BETA\nN3,Gamma\nN4,gamma\n");
        QCOMPARE(ops.operatorsAdded, 1); // Alpha and Beta exist; Gamma is added once
    }

    void sitesWithoutCoordinatesArePlacedByTheirAddress()
    {
        const auto [plan, changes] = planCsv(ImportKind::Sites, small(),
                                             "name,address,city,region,country\n"
                                             "By ZIP,5420 Tulane Rd,Memphis,TN 38109,US\n"
                                             "By town,,Sines,,Portugal\n"
                                             "Country only,,,,United States\n");
        QVERIFY2(plan.ok(), qPrintable(plan.summary()));
        const Site zip = std::get<Site>(changes.changes()[0].row);
        QCOMPARE(zip.precision, LocationPrecision::Approximate);
        QVERIFY(std::abs(zip.lat - 35.04) < 0.2 && std::abs(zip.lon + 90.15) < 0.2);
        QVERIFY2(zip.locationNote.contains(QStringLiteral("38109")), qPrintable(zip.locationNote));
        const Site town = std::get<Site>(changes.changes()[1].row);
        QVERIFY(town.hasLocation());
        QVERIFY(std::abs(town.lat - 37.95) < 0.2);
        QVERIFY(
            !std::get<Site>(changes.changes()[2].row).hasLocation()); // never at a country's middle
        QVERIFY(plan.mappingLines().join(QLatin1Char(' ')).contains(QStringLiteral("gazetteer")));
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
    void csvReaderStreamsAcrossChunks()
    {
        QByteArray text = "name,note\r\n";
        QVector<QStringList> expected;
        for (int i = 0; i < 20000; ++i) {
            const QString name = QStringLiteral("Site %1 \u00e9\u6771").arg(i);
            const QString note = i % 7 == 0
                                     ? QStringLiteral("multi\nline \"%1\", with commas").arg(i)
                                     : QStringLiteral("n%1").arg(i);
            expected.append({name, note});
            text += csv::line({name, note}).toUtf8();
        }
        csv::Table table;
        csv::ParseError error;
        QVERIFY2(csv::parse(text, &table, &error), qPrintable(error.message));
        QCOMPARE(table.rows.size(), expected.size());
        QCOMPARE(table.rows, expected);
        QCOMPARE(table.rowLines[7], 2 + 7 + 1); // row 0's note spans two lines
    }

    void endlessOrBinaryInputIsRefusedInBoundedMemory()
    {
        csv::Table table;
        csv::ParseError error;
        QVERIFY(!csv::parse(QByteArray(4 * 1024 * 1024, '\0'), &table, &error));
        QVERIFY2(error.message.contains(QStringLiteral("NUL")), qPrintable(error.message));
        QVERIFY(!csv::parse("name\n" + QByteArray(6 * 1024 * 1024, 'x'), &table, &error));
        QVERIFY2(error.message.contains(QStringLiteral("longer than")), qPrintable(error.message));
        QCOMPARE(error.line, 2);
        // A ".csv" that is /dev/zero: refused at its first chunk, not read to the end of memory.
        QTemporaryDir dir;
        const QString zero = dir.filePath(QStringLiteral("zero.csv"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        ReadError readError;
        const std::unique_ptr<RecordSource> source =
            openRecordFile(zero, Geometry::Point, &readError);
        QVERIFY(source);
        QVERIFY(!source->read([](const QStringList&, const Record&) { return true; }));
        QVERIFY(source->error().message.contains(QStringLiteral("NUL")));
        // JSON nested without end.
        RecordTable records;
        QVERIFY(!readGeoJsonRecords("{\"features\":" + QByteArray(100000, '['), true, &records,
                                    &readError));
        QVERIFY2(readError.message.contains(QStringLiteral("nested")),
                 qPrintable(readError.message));
    }

    // The stated limits of what an import reads, each refused with a message that says it.
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
    void columnsAreFoundByTextNotByAddress()
    {
        ColumnMap map(ImportKind::Sites,
                      {QStringLiteral("city"), QStringLiteral("name"), QStringLiteral("latitude")});
        char buffer[16] = "name";
        QCOMPARE(map.index(buffer), 1);
        QCOMPARE(map.index("name"), 1);
        std::strcpy(buffer, "city");
        QCOMPARE(map.index(buffer), 0);
        std::strcpy(buffer, "lat");
        QCOMPARE(map.index(buffer), 2);
        std::strcpy(buffer, "note");
        QCOMPARE(map.index(buffer), -1);
        QVERIFY(!map.has(buffer));
        // After the columns change (a GeoJSON file names more properties), found anew.
        map.update({QStringLiteral("city"), QStringLiteral("name"), QStringLiteral("latitude"),
                    QStringLiteral("note")});
        QCOMPARE(map.index(buffer), 3);
        QCOMPARE(map.index("name"), 1);
    }

    // The keys an import has seen: the first row of each, and about 20 bytes a key.
    void seenKeysGiveTheFirstRow()
    {
        SeenKeys seen;
        QCOMPARE(seen.firstRow(QStringLiteral("abilene"), 2), 0);
        QCOMPARE(seen.firstRow(QStringLiteral("memphis"), 3), 0);
        QCOMPARE(seen.firstRow(QStringLiteral("abilene"), 9), 2);
        QCOMPARE(seen.firstRow(QStringLiteral("abilene"), 12), 2);
        const int keys = 300000;
        for (int i = 0; i < keys; ++i)
            QCOMPARE(seen.firstRow(QStringLiteral("site %1").arg(i), i + 10), 0);
        for (int i = 0; i < keys; i += 997)
            QCOMPARE(seen.firstRow(QStringLiteral("site %1").arg(i), 1), i + 10);
        QCOMPARE(seen.size(), qsizetype(keys + 2));
        QVERIFY2(seen.bytes() / seen.size() <= 32, qPrintable(QString::number(seen.bytes())));
    }
};

QTEST_GUILESS_MAIN(TestIo)
#include "tst_io.moc"
