// SPDX-License-Identifier: GPL-3.0-or-later
// compute-atlas [--db FILE] import-sites|import-links|import-phases FILE [--map COLUMN=FIELD ...]
// compute-atlas [--db FILE] export-sites|export-links|export-phases FILE
#include "app/cli/commands.h"
#include "core/io/exportfiles.h"
#include "core/io/importplan.h"
#include "core/io/records.h"
#include "core/store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace atlas::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::cli::Io)
};

const char* importName(io::ImportKind kind)
{
    switch (kind) {
    case io::ImportKind::Sites:
        return "import-sites";
    case io::ImportKind::Links:
        return "import-links";
    case io::ImportKind::Phases:
        return "import-phases";
    }
    return "import-sites";
}

const char* exportName(io::ImportKind kind)
{
    switch (kind) {
    case io::ImportKind::Sites:
        return "export-sites";
    case io::ImportKind::Links:
        return "export-links";
    case io::ImportKind::Phases:
        return "export-phases";
    }
    return "export-sites";
}

std::optional<io::FileFormat> formatOrComplain(Context& context, const QString& path)
{
    const auto format = io::formatOf(path);
    if (!format)
        context.err << Text::tr("Cannot tell the format of %1: name the file .csv or .geojson.")
                           .arg(QDir::toNativeSeparators(path))
                    << '\n';
    return format;
}

QString where(const QString& path, int row, const QString& column)
{
    QString text = QDir::toNativeSeparators(path);
    if (row > 0)
        text += QLatin1Char(':') + QString::number(row);
    if (!column.isEmpty())
        text += QLatin1Char(':') + column;
    return text;
}

// What an import command was asked: the file and the column choices.
struct ImportRequest
{
    QString path;
    io::ImportOptions options;
};

// The arguments of import-*, or nothing (the complaint already written) when they are wrong.
std::optional<ImportRequest> parseImportArguments(Context& context, io::ImportKind kind)
{
    const char* command = importName(kind);
    QCommandLineParser parser;
    parser.addOptions(importOptions());
    if (!parser.parse(QStringList{QLatin1String(command)} + context.arguments)) {
        context.err << parser.errorText() << '\n';
        return std::nullopt;
    }
    if (parser.positionalArguments().size() != 1) {
        context.err << Text::tr("%1 takes one file: compute-atlas %1 FILE.csv|FILE.geojson "
                                "[--map COLUMN=FIELD ...]")
                           .arg(QLatin1String(command))
                    << '\n';
        return std::nullopt;
    }
    ImportRequest request;
    request.path = parser.positionalArguments().first();
    if (!formatOrComplain(context, request.path))
        return std::nullopt;
    for (const QString& choice : parser.values(QStringLiteral("map"))) {
        QString error;
        const auto parsed = io::parseColumnChoice(choice, kind, &error);
        if (!parsed) {
            context.err << error << '\n';
            return std::nullopt;
        }
        request.options.choices.insert(parsed->first, parsed->second);
    }
    return request;
}

// Read, planned and written in one pass, under the database's write lock: the file is
// never held whole, and a second import running at the same time waits for this one.
WriteResult importFile(Context& context, Store& store, io::ImportKind kind,
                       const ImportRequest& request, io::ImportOutcome* outcome)
{
    int reportedTenth = -1;
    const auto progress = [&](double done, int records) {
        const int tenth = int(done * 10);
        if (tenth != reportedTenth && records >= 10000) {
            reportedTenth = tenth;
            // The number stays plain: the crash-safety test reads these lines.
            context.err << Text::tr("importing: %1%").arg(int(done * 100)) << '\n';
            context.err.flush();
        }
        return true;
    };
    const auto open = [&]() -> std::unique_ptr<io::RecordSource> {
        return io::openRecordFile(
            request.path, kind == io::ImportKind::Links ? io::Geometry::Line : io::Geometry::Point,
            &outcome->readError);
    };
    return store.applyProduced(io::importProducer(kind, open, request.options, outcome, progress));
}

// Why an import wrote nothing: the problems found at their rows, or the database's refusal.
void reportRefusedImport(Context& context, const QString& path, const io::ImportPlan& plan,
                         const WriteResult& result)
{
    for (const io::ImportIssue& issue : plan.issues)
        context.err << where(path, issue.row, issue.column) << ": " << issue.message << '\n';
    if (plan.issueCount > plan.issues.size())
        context.err << Text::tr("… and %L1 more problems.").arg(plan.issueCount - plan.issues.size())
                    << '\n';
    // A change the store refused is among the issues, at its row. What failed after the
    // last row (the commit, on a full disk) is the database's problem, not the file's.
    if (plan.issueCount == 0 && plan.records > 0) {
        context.err << result.error << '\n'
                    << Text::tr("Nothing was imported; the file would have given: %1.")
                           .arg(plan.summary())
                    << '\n';
        return;
    }
    context.err << plan.summary() << '\n' << Text::tr("Nothing was imported.") << '\n';
}

int runImport(Context& context, io::ImportKind kind)
{
    const std::optional<ImportRequest> request = parseImportArguments(context, kind);
    if (!request)
        return 2;
    std::unique_ptr<Store> store = context.openStore(true);
    if (!store)
        return 1;
    io::ImportOutcome outcome;
    const WriteResult result = importFile(context, *store, kind, *request, &outcome);
    const io::ImportPlan& plan = outcome.plan;
    if (!outcome.planned) {
        // Refused before the file was read: the database is read-only, or busy.
        context.err << result.error << '\n' << Text::tr("Nothing was imported.") << '\n';
        return 1;
    }
    if (outcome.readFailed) {
        context.err << outcome.readError.message << '\n';
        return 1;
    }
    for (const QString& line : plan.mappingLines())
        context.err << "  " << line << '\n';
    if (!result.ok) {
        reportRefusedImport(context, request->path, plan, result);
        return 1;
    }
    context.out << Text::tr("Imported %1: %2")
                       .arg(QDir::toNativeSeparators(request->path), plan.summary())
                << '\n';
    return 0;
}

int runExport(Context& context, io::ImportKind kind)
{
    const char* command = exportName(kind);
    if (context.arguments.size() != 1) {
        context.err << Text::tr("%1 takes one file: compute-atlas %1 FILE.csv|FILE.geojson")
                           .arg(QLatin1String(command))
                    << '\n';
        return 2;
    }
    const QString path = context.arguments.first();
    const auto format = formatOrComplain(context, path);
    if (!format)
        return 2;
    const std::optional<Context::Loaded> opened = context.openAndLoad();
    if (!opened)
        return 1;
    const QVector<Id> ids = io::allIds(kind, opened->data);
    // Written row by row into a temporary file that is renamed when complete: a failed
    // export leaves no half file, and the open database is never written over.
    if (const QString error = io::exportToFile(path, kind, opened->data, ids, *format);
        !error.isEmpty()) {
        context.err << error << '\n';
        return 1;
    }
    const QString wrote = kind == io::ImportKind::Sites   ? Text::tr("Wrote %L1 sites to %2")
                          : kind == io::ImportKind::Links ? Text::tr("Wrote %L1 links to %2")
                                                          : Text::tr("Wrote %L1 phases to %2");
    context.out << wrote.arg(ids.size()).arg(QDir::toNativeSeparators(path)) << '\n';
    return 0;
}

} // namespace

QList<QCommandLineOption> importOptions()
{
    return {QCommandLineOption(
        QStringLiteral("map"),
        QString::fromUtf8(QT_TRANSLATE_NOOP(
            "atlas::cli::Commands",
            "Read the file's COLUMN as FIELD (e.g. power_mw=it_mw), or leave it out (COLUMN=); "
            "may be given more than once.")),
        QStringLiteral("COLUMN=FIELD"))};
}

int runImportSites(Context& context)
{
    return runImport(context, io::ImportKind::Sites);
}
int runImportLinks(Context& context)
{
    return runImport(context, io::ImportKind::Links);
}
int runImportPhases(Context& context)
{
    return runImport(context, io::ImportKind::Phases);
}
int runExportSites(Context& context)
{
    return runExport(context, io::ImportKind::Sites);
}
int runExportLinks(Context& context)
{
    return runExport(context, io::ImportKind::Links);
}
int runExportPhases(Context& context)
{
    return runExport(context, io::ImportKind::Phases);
}

} // namespace atlas::cli
