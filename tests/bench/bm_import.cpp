// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a 100,000-site CSV into a database, against the sqlite3 command-line tool's
// .import of the same file into a plain table, in the same run.
//   BM_ImportCsv/100000:      read, check and plan the rows, write them in one transaction
//                             (with geometry and GeoPackage bookkeeping)
//   BM_Sqlite3Import/100000:  sqlite3 new.db ".import --csv FILE sites" (no checks at all)
#include "io/importplan.h"
#include "io/records.h"
#include "sampledatabase.h"
#include "sqlitestore.h"

#include <QCoreApplication>
#include <QDir>
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

// The CSV: realistic rows, every column the importer reads.
QString sitesCsv(int rows)
{
    const QString path = folder().filePath(QStringLiteral("sites-%1.csv").arg(rows));
    if (QFile::exists(path))
        return path;
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("name,operator,parties,city,region,country,lon,lat,location_precision,status,planned_mw,note\n");
    for (int i = 0; i < rows; ++i) {
        file.write(QStringLiteral("Site %1,Operator %2,\"Builder %3, tenant %4\",Town %5,TX,US,%6,%7,%8,operating,%9,"
                                  "Note for site %1\n")
                       .arg(i)
                       .arg(i % 40)
                       .arg(i % 13)
                       .arg(i % 17)
                       .arg(i % 997)
                       .arg(-124 + (i % 5700) * 0.01, 0, 'f', 5)
                       .arg(25 + (i % 2300) * 0.01, 0, 'f', 5)
                       .arg(i % 3 ? QStringLiteral("exact") : QStringLiteral("approximate"))
                       .arg(i % 1200)
                       .toUtf8());
    }
    return path;
}

// A new database with the schema and the GPU catalogue: what File > New makes.
QString emptyDatabase()
{
    static const QString original = [] {
        const QString path = folder().filePath(QStringLiteral("empty.gpkg"));
        db::createCatalogueDatabase(path);
        return path;
    }();
    static int n = 0;
    const QString copy = folder().filePath(QStringLiteral("import-%1.gpkg").arg(++n));
    QFile::copy(original, copy);
    return copy;
}

void BM_ImportCsv(benchmark::State& state)
{
    const QString csvPath = sitesCsv(int(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        const QString dbPath = emptyDatabase();
        state.ResumeTiming();

        QFile file(csvPath);
        file.open(QIODevice::ReadOnly);
        io::RecordTable records;
        io::ReadError error;
        if (!io::readCsvRecords(file.readAll(), &records, &error))
            state.SkipWithError("read failed");
        db::OpenResult opened = db::SqliteStore::open(dbPath);
        const io::ImportPlan plan = io::planSiteImport(opened.store->load().dataset, records);
        const WriteResult result = opened.store->apply(plan.changes);
        if (!result.ok)
            state.SkipWithError(qPrintable(result.error));
        opened.store.reset();

        state.PauseTiming();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(dbPath + QLatin1String(suffix));
        state.ResumeTiming();
    }
    state.counters["rows"] = double(state.range(0));
}
BENCHMARK(BM_ImportCsv)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(5);

// The same import in its three steps, to see where the time goes.
io::RecordTable readRecords(const QString& csvPath)
{
    QFile file(csvPath);
    file.open(QIODevice::ReadOnly);
    io::RecordTable records;
    io::ReadError error;
    io::readCsvRecords(file.readAll(), &records, &error);
    return records;
}

void BM_ImportStepRead(benchmark::State& state)
{
    const QString csvPath = sitesCsv(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(readRecords(csvPath));
}
BENCHMARK(BM_ImportStepRead)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ImportStepPlan(benchmark::State& state)
{
    const io::RecordTable records = readRecords(sitesCsv(int(state.range(0))));
    db::OpenResult opened = db::SqliteStore::open(emptyDatabase());
    const Dataset dataset = opened.store->load().dataset;
    for (auto _ : state)
        benchmark::DoNotOptimize(io::planSiteImport(dataset, records));
}
BENCHMARK(BM_ImportStepPlan)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ImportStepWrite(benchmark::State& state)
{
    const io::RecordTable records = readRecords(sitesCsv(int(state.range(0))));
    for (auto _ : state) {
        state.PauseTiming();
        const QString dbPath = emptyDatabase();
        db::OpenResult opened = db::SqliteStore::open(dbPath);
        const io::ImportPlan plan = io::planSiteImport(opened.store->load().dataset, records);
        state.ResumeTiming();
        const WriteResult result = opened.store->apply(plan.changes);
        if (!result.ok)
            state.SkipWithError(qPrintable(result.error));
        state.PauseTiming();
        opened.store.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(dbPath + QLatin1String(suffix));
        state.ResumeTiming();
    }
}
BENCHMARK(BM_ImportStepWrite)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_Sqlite3Import(benchmark::State& state)
{
    const QString csvPath = sitesCsv(int(state.range(0)));
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        state.SkipWithError("sqlite3 not found (Debian: sqlite3)");
        return;
    }
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString dbPath = folder().filePath(QStringLiteral("plain-%1.db").arg(++n));
        state.ResumeTiming();
        QProcess process;
        process.start(sqlite3, {dbPath, QStringLiteral(".import --csv %1 sites").arg(csvPath)});
        process.waitForFinished(-1);
        if (process.exitCode() != 0)
            state.SkipWithError(process.readAllStandardError().constData());
        state.PauseTiming();
        QFile::remove(dbPath);
        state.ResumeTiming();
    }
    state.counters["rows"] = double(state.range(0));
}
BENCHMARK(BM_Sqlite3Import)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
