// SPDX-License-Identifier: GPL-3.0-or-later
// What the exports write (sites, links, phases as CSV and GeoJSON) and that it imports back
// unchanged; spreadsheet formulas neutralized in every cell.
#include "core/io/csv.h"
#include "core/io/exportfiles.h"
#include "core/io/importplan.h"
#include "core/io/records.h"
#include "core/io/spreadsheetcells.h"
#include "importtestdata.h"

#include <QTest>

using namespace atlas;
using namespace atlas::io;
using namespace atlas::test;

class TestExportFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TestExportFiles)
#include "tst_exportfiles.moc"
