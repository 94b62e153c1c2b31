// SPDX-License-Identifier: GPL-3.0-or-later
// compute-atlas [--db FILE] check: reads the file and writes nothing to it. A file that is
// missing or empty is reported, not created; an older one is reported, not upgraded.
#include "app/cli/commands.h"
#include "core/store/storefactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <algorithm>

namespace atlas::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::cli::Check)
};

} // namespace

int runCheck(Context& context)
{
    if (!context.arguments.isEmpty()) {
        context.err << Text::tr("check takes no arguments.") << '\n';
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
    out << Text::tr("Database:       %1").arg(QDir::toNativeSeparators(report.location)) << '\n';
    out << Text::tr("Schema version: %1").arg(report.schemaVersion);
    if (report.schemaVersion < report.currentSchemaVersion)
        out << ' '
            << Text::tr("(older: this Compute Atlas uses version %1, and opening the file in it "
                        "upgrades "
                        "the file; check changed nothing)")
                   .arg(report.currentSchemaVersion);
    out << '\n';
    if (!report.readOnlyReason.isEmpty())
        out << Text::tr("Access:         read-only (%1)").arg(report.readOnlyReason) << '\n';
    out << (report.problems.isEmpty() ? Text::tr("Integrity:      ok")
                                      : Text::tr("Integrity:      FAILED"))
        << '\n';
    out << Text::tr("Rows:") << '\n';
    const QLocale locale;
    qsizetype width = 0;
    for (auto it = report.rowCounts.begin(); it != report.rowCounts.end(); ++it)
        width = std::max(width, it.key().size());
    for (auto it = report.rowCounts.begin(); it != report.rowCounts.end(); ++it)
        out << "  " << qSetFieldWidth(int(width) + 2) << Qt::left << it.key() << qSetFieldWidth(0)
            << locale.toString(it.value()) << '\n';
    out.flush();
    if (report.problems.isEmpty())
        return 0;
    for (const QString& problem : report.problems)
        context.err << Text::tr("problem: %1").arg(problem) << '\n';
    context.err << Text::tr("The database failed its integrity check.");
    if (!report.advice.isEmpty())
        context.err << ' ' << report.advice;
    context.err << '\n';
    return 1;
}

} // namespace atlas::cli
