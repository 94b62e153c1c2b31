// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a CSV of sites into a database with the command line, against the sqlite3 tool's
// .import of the same file into a plain table, in the same run. Each import runs as a
// process of its own, so that its peak memory (getrusage of the child) is its own:
//   BM_ImportCsv/N:      compute-atlas --db NEW import-sites FILE (read, checked, planned and
//                        written in one transaction, with geometry and GeoPackage bookkeeping)
//   BM_ImportGeoJson/N:  the same rows as a GeoJSON FeatureCollection of points
//   BM_Sqlite3Import/N:  sqlite3 NEW ".import --csv FILE sites" (no checks at all)
// Counters: rows, peak_rss_mb (the child's maximum resident set), cpu_s (the child's user and
// system time: on a machine shared with other work the wall time says less).
#include "catalogueprototype.h"
#include "db/sampledatabase.h"
#include "benchmain.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <functional>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

using namespace atlas;

namespace {

QTemporaryDir& folder()
{
    static QTemporaryDir dir;
    return dir;
}

// A file of the folder written once a run: `head`, `line(i)` for each row, then `tail`.
QString generatedFile(const QString& name, int rows, const QByteArray& head,
                      const std::function<QString(int)>& line, const QByteArray& tail = {})
{
    const QString path = folder().filePath(name);
    if (QFile::exists(path))
        return path;
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(head);
    for (int i = 0; i < rows; ++i)
        file.write(line(i).toUtf8());
    file.write(tail);
    return path;
}

double lonOf(int i)
{
    return -124 + (i % 5700) * 0.01;
}
double latOf(int i)
{
    return 25 + (i % 2300) * 0.01;
}
QString precisionOf(int i)
{
    return i % 3 ? QStringLiteral("exact") : QStringLiteral("approximate");
}

// The CSV: realistic rows, every column the importer reads.
QString sitesCsv(int rows)
{
    return generatedFile(
        QStringLiteral("sites-%1.csv").arg(rows), rows,
        "name,operator,parties,city,region,country,lon,lat,location_precision,status,planned_mw,"
        "note\n",
        [](int i) {
            return QStringLiteral(
                       "Site %1,Operator %2,\"Builder %3, tenant %4\",Town %5,TX,US,%6,%7,%8,"
                       "operating,%9,Note for site %1\n")
                .arg(i)
                .arg(i % 40)
                .arg(i % 13)
                .arg(i % 17)
                .arg(i % 997)
                .arg(lonOf(i), 0, 'f', 5)
                .arg(latOf(i), 0, 'f', 5)
                .arg(precisionOf(i))
                .arg(i % 1200);
        });
}

// The same rows as GeoJSON points, their fields as properties.
QString sitesGeoJson(int rows)
{
    return generatedFile(
        QStringLiteral("sites-%1.geojson").arg(rows), rows,
        "{\"type\":\"FeatureCollection\",\"features\":[\n",
        [](int i) {
            return QStringLiteral("%1{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
                                  "\"coordinates\":[%2,%3]},\"properties\":{\"name\":\"Site %4\","
                                  "\"operator\":\"Operator %5\",\"parties\":\"Builder %6, tenant "
                                  "%7\",\"city\":\"Town %8\",\"region\":\"TX\",\"country\":\"US\","
                                  "\"location_precision\":\"%9\",\"status\":\"operating\","
                                  "\"planned_mw\":%10,\"note\":\"Note for site %4\"}}\n")
                .arg(i ? QStringLiteral(",") : QString())
                .arg(lonOf(i), 0, 'f', 5)
                .arg(latOf(i), 0, 'f', 5)
                .arg(i)
                .arg(i % 40)
                .arg(i % 13)
                .arg(i % 17)
                .arg(i % 997)
                .arg(precisionOf(i))
                .arg(i % 1200);
        },
        "]}\n");
}

QString emptyDatabase()
{
    return bench::newCatalogueDatabase(folder(), QStringLiteral("import"));
}

struct ChildRun
{
    int exitCode = -1;
    double peakRssMb = 0;
    double cpuSeconds = 0;
};

// Runs a program to its end; its exit code and peak resident memory.
ChildRun run(const QString& program, const QStringList& arguments)
{
    std::vector<QByteArray> texts{program.toLocal8Bit()};
    for (const QString& a : arguments)
        texts.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& t : texts)
        argv.push_back(t.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    ChildRun result;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        rusage usage{};
        if (wait4(pid, &status, 0, &usage) == pid) {
            result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            result.peakRssMb = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
            result.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                                double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
        }
    }
    posix_spawn_file_actions_destroy(&actions);
    return result;
}

void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// The child's peak memory (the largest of the runs) and CPU time (their mean).
void report(benchmark::State& state, double peak, double cpu)
{
    state.counters["rows"] = double(state.range(0));
    state.counters["peak_rss_mb"] = peak;
    state.counters["cpu_s"] =
        cpu / double(std::max<benchmark::IterationCount>(1, state.iterations()));
}

void importFile(benchmark::State& state, const QString& file)
{
    double peak = 0, cpu = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString dbPath = emptyDatabase();
        state.ResumeTiming();
        const ChildRun child =
            run(QStringLiteral(ATLAS_CLI_BINARY),
                {QStringLiteral("--db"), dbPath, QStringLiteral("import-sites"), file});
        state.PauseTiming();
        if (child.exitCode != 0)
            state.SkipWithError("compute-atlas import-sites failed");
        peak = std::max(peak, child.peakRssMb);
        cpu += child.cpuSeconds;
        removeDatabase(dbPath);
        state.ResumeTiming();
    }
    report(state, peak, cpu);
}

// Every case: 10k, 100k and 1M rows, three runs each, wall time (the work is a child's).
void rowCounts(benchmark::internal::Benchmark* b)
{
    b->Arg(10000)
        ->Arg(100000)
        ->Arg(1000000)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(3)
        ->UseRealTime();
}

void BM_ImportCsv(benchmark::State& state)
{
    importFile(state, sitesCsv(int(state.range(0))));
}
BENCHMARK(BM_ImportCsv)->Apply(rowCounts);

void BM_ImportGeoJson(benchmark::State& state)
{
    importFile(state, sitesGeoJson(int(state.range(0))));
}
BENCHMARK(BM_ImportGeoJson)->Apply(rowCounts);

void BM_Sqlite3Import(benchmark::State& state)
{
    const QString csvPath = sitesCsv(int(state.range(0)));
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        state.SkipWithError("sqlite3 not found (Debian: sqlite3)");
        return;
    }
    double peak = 0, cpu = 0;
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString dbPath = folder().filePath(QStringLiteral("plain-%1.db").arg(++n));
        state.ResumeTiming();
        const ChildRun child =
            run(sqlite3, {dbPath, QStringLiteral(".import --csv %1 sites").arg(csvPath)});
        state.PauseTiming();
        if (child.exitCode != 0)
            state.SkipWithError("sqlite3 .import failed");
        peak = std::max(peak, child.peakRssMb);
        cpu += child.cpuSeconds;
        QFile::remove(dbPath);
        state.ResumeTiming();
    }
    report(state, peak, cpu);
}
BENCHMARK(BM_Sqlite3Import)->Apply(rowCounts);

} // namespace

ATLAS_BENCHMARK_MAIN(QCoreApplication)
