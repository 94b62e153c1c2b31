// SPDX-License-Identifier: GPL-3.0-or-later
// compute-atlas [--db FILE] check
#include "cli/commands.h"

#include "store/store.h"

#include <QDir>

namespace atlas::cli {

int runCheck(Context& context)
{
    if (!context.arguments.isEmpty()) {
        context.err << "check takes no arguments.\n";
        return 2;
    }
    // Opening already refuses a damaged, foreign or newer file, with the reason.
    std::unique_ptr<Store> store = context.openStore(false);
    if (!store)
        return 1;
    QTextStream& out = context.out;
    out << "Database:       " << QDir::toNativeSeparators(store->location()) << '\n';
    out << "Schema version: " << store->schemaVersion() << '\n';
    if (store->isReadOnly())
        out << "Access:         read-only (" << store->readOnlyReason() << ")\n";
    const QStringList problems = store->integrityProblems();
    out << "Integrity:      " << (problems.isEmpty() ? QStringLiteral("ok") : QStringLiteral("FAILED"))
        << '\n';
    out << "Rows:\n";
    const QMap<QString, qint64> counts = store->rowCounts();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        out << "  " << qSetFieldWidth(14) << Qt::left << it.key() << qSetFieldWidth(0) << it.value()
            << '\n';
    out.flush();
    if (!problems.isEmpty()) {
        for (const QString& problem : problems)
            context.err << "problem: " << problem << '\n';
        context.err << "The database failed its integrity check; restore it from a backup.\n";
        return 1;
    }
    return 0;
}

} // namespace atlas::cli
