// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/importplan.h"

#include "core/io/importcontext.h"
#include "core/store/collectingsink.h"

#include <QCoreApplication>

namespace atlas::io {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::ImportPlan)
};

std::unique_ptr<RowPlanner> plannerFor(ImportKind kind, ImportContext& context)
{
    switch (kind) {
    case ImportKind::Sites:
        return siteRows(context);
    case ImportKind::Links:
        return linkRows(context);
    case ImportKind::Phases:
        return phaseRows(context);
    }
    return siteRows(context);
}

} // namespace

QString ImportPlan::summary() const
{
    if (cancelled)
        return Text::tr("Cancelled; nothing was imported.");
    if (issueCount > 0)
        return Text::tr("%n problem(s) in the file; nothing is imported until they are fixed.",
                        nullptr, issueCount);
    if (records == 0)
        return Text::tr("The file has no rows. Nothing was imported.");
    QStringList parts;
    switch (kind) {
    case ImportKind::Sites:
        parts << Text::tr("%n new site(s)", nullptr, added);
        break;
    case ImportKind::Links:
        parts << Text::tr("%n new link(s)", nullptr, added);
        break;
    case ImportKind::Phases:
        break;
    }
    if (updated)
        parts << Text::tr("%n updated", nullptr, updated);
    if (unchanged)
        parts << Text::tr("%n unchanged", nullptr, unchanged);
    if (phasesAdded)
        parts << Text::tr("%n new phase(s)", nullptr, phasesAdded);
    if (phasesUpdated)
        parts << Text::tr("%n phase(s) updated", nullptr, phasesUpdated);
    if (operatorsAdded)
        parts << Text::tr("%n new operator(s)", nullptr, operatorsAdded);
    if (sourcesAdded)
        parts << Text::tr("%n new source(s)", nullptr, sourcesAdded);
    QString text = parts.join(QStringLiteral(", "));
    if (!ignoredColumns.isEmpty())
        text += Text::tr("; columns not read: %1").arg(ignoredColumns.join(QStringLiteral(", ")));
    return text;
}

QStringList ImportPlan::mappingLines() const
{
    QStringList lines;
    for (const AppliedMapping& m : mappings)
        lines << (m.chosen ? Text::tr("%1 read as %2 (your choice)") : Text::tr("%1 read as %2"))
                     .arg(m.column, m.field);
    for (const ValueMapping& v : valueMappings)
        lines << Text::tr("%1: \"%2\" read as %3 (%n row(s))", nullptr, v.rows)
                     .arg(v.column, v.word, v.key);
    lines += notes;
    return lines;
}

ImportPlan planImport(ImportKind kind, const Dataset& data, RecordSource& source, ChangeSink& sink,
                      const ImportOptions& options, const ImportProgress& progress)
{
    ImportPlan plan;
    plan.kind = kind;
    ImportContext context(kind, data, sink, plan, options);
    std::unique_ptr<RowPlanner> rows = plannerFor(kind, context);
    bool checkedColumns = false;
    const bool read = source.read([&](const QStringList& columns, const Record& record) {
        context.columns().update(columns);
        if (!checkedColumns) {
            checkedColumns = true;
            for (const auto& [field, message] : rows->required()) {
                if (!context.has(field))
                    context.issueInColumn(1, QLatin1String(field), message);
            }
            if (plan.issueCount > 0)
                return false; // without its key columns no row can be read
        }
        ++plan.records;
        rows->plan(record);
        if (progress && plan.records % 1000 == 0 && !progress(source.progress(), plan.records)) {
            plan.cancelled = true;
            return false;
        }
        return true;
    });
    if (!read) {
        const ReadError error = source.error();
        context.issueInColumn(error.row, error.column, error.message);
    } else if (!plan.cancelled && plan.issueCount == 0) {
        rows->finish();
        context.flush();
    }
    context.columns().update(source.columns());
    plan.columns = source.columns();
    plan.ignoredColumns = context.columns().unread();
    plan.mappings = context.columns().applied();
    return plan;
}

KeptPlan planKept(ImportKind kind, const Dataset& data, RecordSource& source,
                  const ImportOptions& options)
{
    CollectingSink sink;
    KeptPlan kept;
    kept.plan = planImport(kind, data, source, sink, options);
    if (kept.plan.ok())
        kept.changes = sink.take();
    return kept;
}

KeptPlan planKept(ImportKind kind, const Dataset& data, const RecordTable& table,
                  const ImportOptions& options)
{
    const std::unique_ptr<RecordSource> source = tableSource(table);
    return planKept(kind, data, *source, options);
}

ChangeProducer importProducer(ImportKind kind,
                              std::function<std::unique_ptr<RecordSource>()> openSource,
                              ImportOptions options, ImportOutcome* outcome,
                              ImportProgress progress)
{
    return [=](const Dataset& current, ChangeSink& sink) {
        outcome->planned = true;
        std::unique_ptr<RecordSource> source = openSource();
        if (!source) {
            outcome->readFailed = true;
            return false;
        }
        outcome->plan = planImport(kind, current, *source, sink, options, progress);
        return outcome->plan.ok();
    };
}

} // namespace atlas::io
