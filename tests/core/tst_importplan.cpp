// SPDX-License-Identifier: GPL-3.0-or-later
// The import plan: sites, links and phases checked by row and column, operators and sources
// found or created, columns found by name, synonym or choice, and the keys already seen.
#include "core/io/columnmapping.h"
#include "core/io/csv.h"
#include "core/io/exportfiles.h"
#include "core/io/importplan.h"
#include "core/io/records.h"
#include "core/io/seenkeys.h"
#include "importtestdata.h"

#include <QTest>

#include <cstring>

using namespace atlas;
using namespace atlas::io;
using namespace atlas::test;

class TestImportPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
