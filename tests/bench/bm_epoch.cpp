// SPDX-License-Identifier: GPL-3.0-or-later
// Importing Epoch AI's data-center release (resources/epoch/2026-07, whole) into a new
// database, against the sqlite3 tool's .import of the same three CSVs into plain tables, in
// the same run:
//   BM_ImportEpoch:        read and recognise the files, plan 84 sites, 449 phases and their
//                          chips against the data, place each site with the gazetteer, write
//                          it all in one transaction (geometry and GeoPackage bookkeeping too)
//   BM_Sqlite3ImportEpoch: sqlite3 NEW ".import --csv" of the three files (no checks at all;
//                          includes starting the sqlite3 process, a few milliseconds)
//   BM_GazetteerLoad:      reading the gazetteer, which the first import of a session pays
//                          once (BM_ImportEpoch runs with it loaded)
#include "catalogueprototype.h"
#include "core/geo/gazetteer.h"
#include "core/io/epochplan.h"
#include "core/io/epochrelease.h"
#include "db/sampledatabase.h"
#include "db/sqlitestore.h"
#include "benchmain.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace atlas;

namespace {

QTemporaryDir& folder()
{
    static QTemporaryDir dir;
    return dir;
}

QString releaseFolder()
{
    return QStringLiteral(ATLAS_SOURCE_DIR "/resources/epoch/2026-07");
}

QString emptyDatabase()
{
    return bench::newCatalogueDatabase(folder(), QStringLiteral("epoch"));
}

void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

void BM_ImportEpoch(benchmark::State& state)
{
    if (!Gazetteer::bundled().loadError().isEmpty()) {
        state.SkipWithError("the gazetteer did not load");
        return;
    }
    int sites = 0, phases = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = emptyDatabase();
        state.ResumeTiming();
        db::OpenResult opened = db::SqliteStore::open(path);
        const io::EpochRelease release = io::readEpochRelease(releaseFolder());
        io::EpochPlan plan;
        const WriteResult result =
            opened.store->applyProduced(io::epochProducer(release, {}, &plan));
        opened.store.reset();
        state.PauseTiming();
        if (!result.ok)
            state.SkipWithError(qPrintable(result.error + plan.error));
        sites = plan.added;
        phases = plan.phasesAdded;
        removeDatabase(path);
        state.ResumeTiming();
    }
    state.counters["sites"] = sites;
    state.counters["phases"] = phases;
}
BENCHMARK(BM_ImportEpoch)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Sqlite3ImportEpoch(benchmark::State& state)
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        state.SkipWithError("sqlite3 not found (Debian: sqlite3)");
        return;
    }
    const QString dir = releaseFolder();
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = folder().filePath(QStringLiteral("plain-%1.db").arg(++n));
        state.ResumeTiming();
        QProcess process;
        process.start(
            sqlite3,
            {path, QStringLiteral(".import --csv %1/data_centers.csv data_centers").arg(dir),
             QStringLiteral(".import --csv %1/data_center_timelines.csv timelines").arg(dir),
             QStringLiteral(".import --csv %1/data_center_chip_quantities.csv chips").arg(dir)});
        process.waitForFinished(-1);
        state.PauseTiming();
        if (process.exitCode() != 0)
            state.SkipWithError(process.readAllStandardError().constData());
        QFile::remove(path);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_Sqlite3ImportEpoch)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_GazetteerLoad(benchmark::State& state)
{
    QFile file(QStringLiteral(":/gazetteer/gazetteer.bin"));
    file.open(QIODevice::ReadOnly);
    const QByteArray bytes = file.readAll();
    for (auto _ : state)
        benchmark::DoNotOptimize(Gazetteer::fromBytes(bytes).loadError());
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);

} // namespace

ATLAS_BENCHMARK_MAIN(QCoreApplication)
