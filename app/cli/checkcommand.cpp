// SPDX-License-Identifier: GPL-3.0-or-later
// compute-atlas [--db FILE] check: reads the file and writes nothing to it. A file that is
// missing or empty is reported, not created; an older one is reported, not upgraded.
#include "cli/commands.h"
#include "store/storefactory.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace atlas::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("atlas::cli::Check", text);
}

} // namespace

int runCheck(Context& context)
{
    if (!context.arguments.isEmpty()) {
        context.err << "check takes no arguments.\n";
        return 2;
    }
    const QString path = context.databaseFile();
    if (path.isEmpty())
        return 1;
    const DatabaseReport report = context.factory.inspect(path);
    if (!report.error.isEmpty()) {
        context.err << report.error << '\n';
        return 1;
    }
    QTextStream& out = context.out;
    out << "Database:       " << QDir::toNativeSeparators(report.location) << '\n';
    out << "Schema version: " << report.schemaVersion;
    if (report.schemaVersion < report.currentSchemaVersion)
        out << ' '
            << tr("(older: this Compute Atlas uses version %1, and opening the file in it upgrades "
                  "the file; check changed nothing)")
                   .arg(report.currentSchemaVersion);
    out << '\n';
    if (!report.readOnlyReason.isEmpty())
        out << "Access:         read-only (" << report.readOnlyReason << ")\n";
    out << "Integrity:      "
        << (report.problems.isEmpty() ? QStringLiteral("ok") : QStringLiteral("FAILED")) << '\n';
    out << "Rows:\n";
    qsizetype width = 0;
    for (auto it = report.rowCounts.begin(); it != report.rowCounts.end(); ++it)
        width = std::max(width, it.key().size());
    for (auto it = report.rowCounts.begin(); it != report.rowCounts.end(); ++it)
        out << "  " << qSetFieldWidth(int(width) + 2) << Qt::left << it.key() << qSetFieldWidth(0)
            << it.value() << '\n';
    out.flush();
    if (report.problems.isEmpty())
        return 0;
    for (const QString& problem : report.problems)
        context.err << "problem: " << problem << '\n';
    context.err << tr("The database failed its integrity check.");
    if (!report.advice.isEmpty())
        context.err << ' ' << report.advice;
    context.err << '\n';
    return 1;
}

} // namespace atlas::cli
