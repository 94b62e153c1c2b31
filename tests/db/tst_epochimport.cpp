// SPDX-License-Identifier: GPL-3.0-or-later
// Epoch AI's data-center release (resources/epoch/2026-07) imported as downloaded: the ZIP,
// the folder, one of its CSVs; whole (sites, phases and chip rows equal the files'); again
// with nothing changed (the database's rows identical); a newer release updating what
// changed and leaving edits alone; a release with a column renamed refused by name; GDAL
// reading the file afterwards.
#include "core/geo/gazetteer.h"
#include "core/io/epochplan.h"
#include "core/io/epochrelease.h"
#include "db/sampledatabase.h"
#include "db/sqlitestore.h"
#include "core/store/collectingsink.h"
#include "tempdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <zip.h>

using namespace atlas;
using namespace atlas::io;

namespace {

QString releaseFolder()
{
    return QString::fromLocal8Bit(qgetenv("ATLAS_SOURCE_DIR")) +
           QStringLiteral("/resources/epoch/2026-07");
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

// Every row of every table, in order: two databases with the same rows give the same bytes.
QByteArray dump(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QVariant& table : test::querySql(
             path,
             QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        for (const QVariant& row : test::querySql(
                 path,
                 QStringLiteral(
                     "SELECT quote(t.rowid) || ':' || (SELECT group_concat(quote(value), '|') FROM "
                     "json_each(json_array(t.*))) FROM \"%1\" t ORDER BY 1")
                     .arg(table.toString())))
            hash.addData(QByteArray(row.toString().toUtf8() + '\n'));
    }
    return hash.result();
}

struct Imported
{
    WriteResult write;
    EpochPlan plan;
};

Imported importInto(db::SqliteStore& store, const EpochRelease& release,
                    EpochImportOptions options = {})
{
    Imported result;
    result.write = store.applyProduced(epochProducer(release, options, &result.plan));
    return result;
}

QString writeZip(const QString& path, const QString& folder, const QString& inner)
{
    int error = 0;
    zip_t* archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return QStringLiteral("zip_open failed");
    for (const QString& name : QDir(folder).entryList(QDir::Files)) {
        const QByteArray bytes = readFile(QDir(folder).filePath(name));
        void* copy = malloc(size_t(bytes.size()));
        memcpy(copy, bytes.constData(), size_t(bytes.size()));
        zip_source_t* source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.size()), 1);
        zip_file_add(archive, (inner + name).toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    }
    return zip_close(archive) == 0 ? QString() : QStringLiteral("zip_close failed");
}

} // namespace

class TestEpochImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<db::SqliteStore> newStore(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        if (const QString error = db::createCatalogueDatabase(path); !error.isEmpty())
            qFatal("%s", qPrintable(error));
        db::OpenResult opened = db::SqliteStore::open(path);
        return std::move(opened.store);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(releaseFolder() + QStringLiteral("/data_centers.csv")),
                 qPrintable(releaseFolder()));
        QVERIFY2(Gazetteer::bundled().loadError().isEmpty(),
                 qPrintable(Gazetteer::bundled().loadError()));
    }

    void readsTheReleaseFromAFolderAZipOrOneOfItsFiles()
    {
        const EpochRelease folder = readEpochRelease(releaseFolder());
        QVERIFY2(folder.ok(), qPrintable(folder.error));
        QCOMPARE(folder.dataCenters.size(), 74);
        QCOMPARE(folder.timelines.size(), 419);
        QCOMPARE(folder.chips.size(), 196);
        QCOMPARE(folder.releaseDate, QDate(2026, 7, 17)); // the newest "Last Modified"
        QVERIFY(!folder.powerIsFacility); // this release gives addresses and IT power
        QVERIFY(folder.notes.join(QLatin1Char('\n')).contains(QStringLiteral("Water use (MGD)")));
        const EpochRelease csv =
            readEpochRelease(releaseFolder() + QStringLiteral("/data_centers.csv"));
        QCOMPARE(csv.timelines.size(), 419);
        const QString zip = m_dir.filePath(QStringLiteral("frontier-data-centers.zip"));
        QCOMPARE(writeZip(zip, releaseFolder(), QStringLiteral("data_centers/")), QString());
        const EpochRelease zipped = readEpochRelease(zip);
        QVERIFY2(zipped.ok(), qPrintable(zipped.error));
        QCOMPARE(zipped.dataCenters.size(), 74);
        QCOMPARE(zipped.chips.size(), 196);
        QVERIFY(
            zipped.citation.startsWith(QStringLiteral("Epoch AI, 'Frontier Data Centers Hub'")));
        // Not a ZIP, not there.
        QFile bad(m_dir.filePath(QStringLiteral("bad.zip")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("PK\x03\x04 but no archive");
        bad.close();
        QVERIFY(!readEpochRelease(bad.fileName()).ok());
        QVERIFY(readEpochRelease(m_dir.filePath(QStringLiteral("nowhere")))
                    .error.contains(QStringLiteral("does not exist")));
    }

    void importsTheReleaseWhole()
    {
        auto store = newStore(QStringLiteral("whole.gpkg"));
        const EpochRelease release = readEpochRelease(releaseFolder());
        const Imported imported = importInto(*store, release);
        QVERIFY2(imported.write.ok, qPrintable(imported.write.error + imported.plan.error));
        const Dataset data = store->load().dataset;

        // Sites: every data center, and those named only in the timelines or chips.
        QSet<QString> named;
        for (const EpochDataCenter& dc : release.dataCenters)
            named.insert(dc.name);
        std::map<std::pair<QString, QDate>, int> phases;
        std::map<std::tuple<QString, QDate, QString>, double> units;
        double allUnits = 0;
        for (const EpochTimelineRow& row : release.timelines) {
            named.insert(row.dataCenter);
            phases[{row.dataCenter, row.date}] = 1;
        }
        for (const EpochChipRow& row : release.chips) {
            named.insert(row.dataCenter);
            phases[{row.dataCenter, row.date}] = 1;
            units[{row.dataCenter, row.date, row.chip}] += row.units.value_or(0);
            allUnits += row.units.value_or(0);
        }
        QCOMPARE(data.sites.size(), named.size());
        QCOMPARE(imported.plan.added, int(named.size()));
        QCOMPARE(data.phases.size(), qsizetype(phases.size()));
        qsizetype chipLines = 0;
        double storedUnits = 0;
        for (const SitePhase& phase : data.phases) {
            chipLines += phase.chips.size();
            for (const ChipCount& chip : phase.chips)
                storedUnits += double(chip.count.value_or(0));
        }
        QCOMPARE(chipLines, qsizetype(units.size())); // a line per chip type, site and date
        QCOMPARE(storedUnits, allUnits);

        // Figures at dates, as the CSVs give them.
        const Site* colossus = data.siteByName(QStringLiteral("Colossus 2"));
        QVERIFY(colossus);
        QCOMPARE(colossus->origin.dataset, QLatin1String(kEpochDataset));
        QCOMPARE(colossus->country, QStringLiteral("US"));
        QCOMPARE(colossus->precision, LocationPrecision::Approximate);
        QVERIFY(colossus->locationNote.contains(QStringLiteral("38109")));
        QVERIFY(colossus->parties.contains(QStringLiteral("Anthropic #confident")));
        QCOMPARE(data.op(colossus->operatorId)->name, QStringLiteral("SpaceXAI"));
        QCOMPARE(colossus->referenceIds.size(),
                 7); // six selected sources and the calculations sheet
        QCOMPARE(data.source(colossus->sourceId)->url, QLatin1String(kEpochHubUrl));
        const auto at = [&data](const Site* site, QDate date) -> const SitePhase* {
            for (const SitePhase* p : data.phasesOf(site->id))
                if (p->onlineDate == date)
                    return p;
            return nullptr;
        };
        const SitePhase* october = at(colossus, QDate(2025, 10, 19));
        QVERIFY(october);
        QCOMPARE(*october->itMw, 239.0);
        QCOMPARE(*october->facilityMw, 323.0);
        QCOMPARE(*october->h100e, 277918.1404749874);
        QVERIFY(october->note.contains(QStringLiteral("[company S-1 filing, page 76]")));
        QVERIFY(!october->projected);
        const Site* osmium = data.siteByName(QStringLiteral("Microsoft Project Osmium"));
        const SitePhase* firstOsmium = at(osmium, QDate(2021, 1, 1));
        QVERIFY(firstOsmium);
        QCOMPARE(firstOsmium->gpuCount(), std::optional<qint64>(25000));
        // Rows after the release are Epoch's projections.
        int projected = 0, after = 0;
        for (const SitePhase& p : data.phases) {
            after += p.onlineDate > QDate(2026, 7, 17);
            projected += p.projected;
        }
        QVERIFY(after > 0);
        QCOMPARE(projected, after);
        // Sites named only in the chip file are there, not placed.
        const Site* kulai = data.siteByName(QStringLiteral("Bridge Data Centres Kulai"));
        QVERIFY(kulai);
        QVERIFY(!kulai->hasLocation());

        // GDAL reads the file: every site a feature, the unplaced ones without geometry.
        const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
        if (ogrinfo.isEmpty())
            QFAIL("ogrinfo not found: install GDAL (Debian: gdal-bin; packaging/install-deps.sh "
                  "does)");
        QProcess process;
        process.start(ogrinfo, {QStringLiteral("-ro"), QStringLiteral("-so"), store->location(),
                                QStringLiteral("sites")});
        QVERIFY(process.waitForFinished(60000));
        const QString info = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(info.contains(QStringLiteral("Feature Count: %1").arg(named.size())),
                 qPrintable(info));
        QVERIFY(
            !QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("ERROR")));
    }

    void importingAgainChangesNothing()
    {
        auto store = newStore(QStringLiteral("again.gpkg"));
        const EpochRelease release = readEpochRelease(releaseFolder());
        QVERIFY(importInto(*store, release).write.ok);
        const QByteArray before = dump(store->location());
        const Imported again = importInto(*store, release);
        QVERIFY2(again.write.ok, qPrintable(again.write.error));
        QCOMPARE(again.plan.changes, 0);
        QCOMPARE(again.plan.unchanged, again.plan.sites.size());
        QCOMPARE(dump(store->location()), before);
    }

    void aNewerReleaseUpdatesAddsAndLeavesEditsAlone()
    {
        auto store = newStore(QStringLiteral("newer.gpkg"));
        EpochRelease first = readEpochRelease(releaseFolder());
        // The first release lacks one data center and has the later power of another lower.
        first.dataCenters.erase(std::remove_if(first.dataCenters.begin(), first.dataCenters.end(),
                                               [](const EpochDataCenter& dc) {
                                                   return dc.name == QLatin1String("Meta Temple");
                                               }),
                                first.dataCenters.end());
        first.timelines.erase(std::remove_if(first.timelines.begin(), first.timelines.end(),
                                             [](const EpochTimelineRow& t) {
                                                 return t.dataCenter ==
                                                        QLatin1String("Meta Temple");
                                             }),
                              first.timelines.end());
        first.chips.erase(std::remove_if(first.chips.begin(), first.chips.end(),
                                         [](const EpochChipRow& c) {
                                             return c.dataCenter == QLatin1String("Meta Temple");
                                         }),
                          first.chips.end());
        EpochDataCenter gone;
        gone.name = QStringLiteral("Closed Since");
        gone.country = QStringLiteral("United States");
        first.dataCenters.append(gone);
        for (EpochTimelineRow& t : first.timelines) {
            if (t.dataCenter == QLatin1String("Meta Prometheus") && t.itMw)
                t.itMw = *t.itMw / 2;
        }
        QVERIFY(importInto(*store, first).write.ok);

        // Someone edits one imported site and one imported phase.
        Dataset data = store->load().dataset;
        Site edited = *data.siteByName(QStringLiteral("Google Lincoln"));
        edited.note = QStringLiteral("Checked on site by our analyst.");
        SitePhase phase = *data.phasesOf(data.siteByName(QStringLiteral("Colossus 1"))->id).first();
        phase.note = QStringLiteral("Our own figure.");
        phase.itMw = 1;
        QVERIFY(store->apply(ChangeSet().upsert(edited).upsert(phase)).ok);

        const EpochRelease newer = readEpochRelease(releaseFolder());
        CountingSink counting;
        const EpochPlan preview =
            planEpochImport(store->load().dataset, newer, counting, {}, Gazetteer::bundled());
        QCOMPARE(preview.added, 1);   // Meta Temple
        QCOMPARE(preview.missing, 1); // Closed Since, kept
        QCOMPARE(preview.editedKept, 1);
        QCOMPARE(preview.phasesKept, 1);
        const auto prometheus =
            std::find_if(preview.sites.begin(), preview.sites.end(), [](const EpochSiteChange& c) {
                return c.name == QLatin1String("Meta Prometheus");
            });
        QCOMPARE(prometheus->kind, EpochSiteChange::Kind::Changed);
        QVERIFY(prometheus->itMwAfter > prometheus->itMwBefore * 1.9); // power before → after
        QVERIFY(preview.summary().contains(QStringLiteral("no longer in the release")));

        const Imported updated = importInto(*store, newer);
        QVERIFY2(updated.write.ok, qPrintable(updated.write.error));
        data = store->load().dataset;
        QCOMPARE(data.siteByName(QStringLiteral("Google Lincoln"))->note, edited.note);
        QCOMPARE(data.phase(phase.id)->note, phase.note);
        QVERIFY(data.siteByName(QStringLiteral("Meta Temple")));
        QVERIFY(data.siteByName(QStringLiteral("Closed Since")));
        QCOMPARE(data.sites.size(), 85);

        // Asked to, it replaces the edits too.
        EpochImportOptions replace;
        replace.replaceEdits = true;
        QVERIFY(importInto(*store, newer, replace).write.ok);
        data = store->load().dataset;
        QVERIFY(data.siteByName(QStringLiteral("Google Lincoln"))->note != edited.note);
        QVERIFY(data.phase(phase.id)->note != phase.note);
    }

    void aRenamedColumnIsNamedAndNothingChanges()
    {
        auto store = newStore(QStringLiteral("renamed.gpkg"));
        QVector<EpochFile> files;
        for (const QString& name : QDir(releaseFolder()).entryList({QStringLiteral("*.csv")})) {
            QByteArray bytes = readFile(QDir(releaseFolder()).filePath(name));
            if (name == QLatin1String("data_center_timelines.csv"))
                bytes.replace("Data center,Date", "Facility,Date");
            files.append({name, bytes});
        }
        const EpochRelease release = readEpochRelease(QStringLiteral("renamed"), files);
        QVERIFY(!release.ok());
        QVERIFY2(release.error.contains(
                     QStringLiteral("data_center_timelines.csv has no \"Data center\" column")),
                 qPrintable(release.error));
        const QByteArray before = dump(store->location());
        QVERIFY(!importInto(*store, release).write.ok);
        QCOMPARE(dump(store->location()), before);
    }

    // Earlier releases gave coordinates as degrees, minutes and seconds, and a "Current
    // power" that was facility power.
    void anEarlierReleaseIsReadAsItWas()
    {
        const QByteArray dataCenters =
            "Name,Owner,Current power (MW),Latitude,Longitude,Country\n"
            "Old Abilene,Oracle #confident,200,\"32°30'29.0\"\"N\",\"99°46'38.0\"\"W\",United "
            "States\n";
        const EpochRelease release =
            readEpochRelease(QStringLiteral("old"), {{QStringLiteral("old.csv"), dataCenters}});
        QVERIFY2(release.ok(), qPrintable(release.error));
        QVERIFY(release.powerIsFacility);
        QCOMPARE(*release.dataCenters[0].currentFacilityMw, 200.0);
        QVERIFY(!release.dataCenters[0].currentItMw);
        QVERIFY(std::abs(*release.dataCenters[0].lat - 32.508056) < 1e-5);
        QVERIFY(std::abs(*release.dataCenters[0].lon + 99.777222) < 1e-5);
        CollectingSink sink;
        const EpochPlan plan = planEpochImport(Dataset(), release, sink, {}, Gazetteer::bundled());
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        const Site site = std::get<Site>(sink.changes().changes().last().row);
        QCOMPARE(site.precision, LocationPrecision::Exact);
        QCOMPARE(site.lat, *release.dataCenters[0].lat);
    }

    void textHelpers()
    {
        QCOMPARE(namesWithoutTags(
                     QStringLiteral("Anthropic #confident, Cursor #likely,SpaceXAI #speculative")),
                 (QStringList{QStringLiteral("Anthropic"), QStringLiteral("Cursor"),
                              QStringLiteral("SpaceXAI")}));
        const auto links =
            markdownLinks(QStringLiteral("- [WSJ profile (2025)](https://www.wsj.com/x) \n- "
                                         "[S-1](https://sec.gov/a.htm#page=4)"));
        QCOMPARE(links.size(), 2);
        QCOMPARE(links[1].second, QStringLiteral("https://sec.gov/a.htm#page=4"));
        QCOMPARE(parseDegrees(QStringLiteral("35°03'43\"S")),
                 std::optional<double>(-(35 + 3 / 60.0 + 43 / 3600.0)));
        QCOMPARE(parseDegrees(QStringLiteral("-90.25")), std::optional<double>(-90.25));
        QVERIFY(!parseDegrees(QStringLiteral("north")));
    }

    void asOfDecidesWhatIsProjected()
    {
        CountingSink sink;
        EpochImportOptions early;
        early.asOf = QDate(2024, 1, 1);
        CollectingSink kept;
        const EpochPlan plan = planEpochImport(Dataset(), readEpochRelease(releaseFolder()), kept,
                                               early, Gazetteer::bundled());
        QCOMPARE(plan.asOf, early.asOf);
        int projected = 0, recorded = 0;
        for (const Change& change : kept.changes().changes()) {
            if (const auto* p = std::get_if<SitePhase>(&change.row)) {
                QCOMPARE(p->projected, p->onlineDate > early.asOf);
                (p->projected ? projected : recorded) += 1;
            }
        }
        QVERIFY(projected > recorded);
    }
};

QTEST_GUILESS_MAIN(TestEpochImport)
#include "tst_epochimport.moc"
