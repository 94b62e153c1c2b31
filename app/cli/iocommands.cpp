// SPDX-License-Identifier: GPL-3.0-or-later
// compute-atlas [--db FILE] import-sites FILE | import-links FILE | export-sites FILE | export-links FILE
#include "cli/commands.h"

#include "io/exportfiles.h"
#include "io/importplan.h"
#include "io/outputfile.h"
#include "io/records.h"
#include "store/store.h"

#include <QDir>
#include <QFile>

namespace atlas::cli {
namespace {

bool oneFileArgument(Context& context, const char* command)
{
    if (context.arguments.size() == 1)
        return true;
    context.err << command << " takes one file: compute-atlas " << command << " FILE.csv|FILE.geojson\n";
    return false;
}

std::optional<io::FileFormat> formatOrComplain(Context& context, const QString& path)
{
    const auto format = io::formatOf(path);
    if (!format)
        context.err << "Cannot tell the format of " << QDir::toNativeSeparators(path)
                    << ": name the file .csv or .geojson.\n";
    return format;
}

int runImport(Context& context, bool sites)
{
    if (!oneFileArgument(context, sites ? "import-sites" : "import-links"))
        return 2;
    const QString path = context.arguments.first();
    const auto format = formatOrComplain(context, path);
    if (!format)
        return 2;
    io::RecordTable records;
    io::ReadError readError;
    if (!io::readRecordsFile(path, sites, &records, &readError)) {
        if (readError.row == 0) {
            context.err << readError.message << '\n';
            return 1;
        }
        context.err << QDir::toNativeSeparators(path) << ':' << readError.row
                    << (readError.column.isEmpty() ? QString() : QLatin1Char(':') + readError.column) << ": "
                    << readError.message << "\nNothing was imported.\n";
        return 1;
    }
    std::unique_ptr<Store> store = context.openStore(true);
    if (!store)
        return 1;
    LoadResult loaded = store->load();
    if (!loaded.ok()) {
        context.err << loaded.error << '\n';
        return 1;
    }
    const io::ImportPlan plan = sites ? io::planSiteImport(loaded.dataset, records)
                                      : io::planLinkImport(loaded.dataset, records);
    if (!plan.ok()) {
        for (const io::ImportIssue& issue : plan.issues)
            context.err << QDir::toNativeSeparators(path) << ':' << issue.row << ':' << issue.column << ": "
                        << issue.message << '\n';
        context.err << (plan.records == 0 ? QStringLiteral("The file has no rows. Nothing was imported.")
                                          : plan.summary())
                    << '\n';
        return 1;
    }
    // Progress on stderr for big files, a line each tenth.
    int reported = -1;
    const WriteResult result = store->apply(plan.changes, [&](qsizetype done, qsizetype total) {
        const int tenth = total > 0 ? int(done * 10 / total) : 10;
        if (total >= 10000 && tenth != reported) {
            reported = tenth;
            context.err << "importing: " << done << " of " << total << '\n';
            context.err.flush();
        }
        return true;
    });
    if (!result.ok) {
        const int row = result.failedChange >= 0 && result.failedChange < plan.changeRows.size()
                            ? plan.changeRows[result.failedChange]
                            : 0;
        context.err << QDir::toNativeSeparators(path);
        if (row > 0)
            context.err << ':' << row;
        context.err << ": " << result.error << "\nNothing was imported.\n";
        return 1;
    }
    context.out << "Imported " << QDir::toNativeSeparators(path) << ": " << plan.summary() << '\n';
    return 0;
}

int runExport(Context& context, bool sites)
{
    if (!oneFileArgument(context, sites ? "export-sites" : "export-links"))
        return 2;
    const QString path = context.arguments.first();
    const auto format = formatOrComplain(context, path);
    if (!format)
        return 2;
    std::unique_ptr<Store> store = context.openStore(false);
    if (!store)
        return 1;
    const LoadResult loaded = store->load();
    if (!loaded.ok()) {
        context.err << loaded.error << '\n';
        return 1;
    }
    QVector<Id> ids;
    if (sites) {
        for (const Site& site : loaded.dataset.sites)
            ids << site.id;
    } else {
        for (const FiberLink& link : loaded.dataset.links)
            ids << link.id;
    }
    const QByteArray bytes = sites ? io::exportSites(loaded.dataset, ids, *format)
                                   : io::exportLinks(loaded.dataset, ids, *format);
    // Written to a temporary file and renamed: a failed export leaves no half file, and the
    // open database is never written over.
    if (const QString error = io::writeOutputFile(path, bytes); !error.isEmpty()) {
        context.err << error << '\n';
        return 1;
    }
    context.out << "Wrote " << ids.size() << (sites ? " sites" : " links") << " to " << QDir::toNativeSeparators(path)
                << '\n';
    return 0;
}

} // namespace

int runImportSites(Context& context) { return runImport(context, true); }
int runImportLinks(Context& context) { return runImport(context, false); }
int runExportSites(Context& context) { return runExport(context, true); }
int runExportLinks(Context& context) { return runExport(context, false); }

} // namespace atlas::cli
