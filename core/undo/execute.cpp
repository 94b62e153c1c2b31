// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/undo/execute.h"

#include "core/document/atlasdocument.h"
#include "core/undo/changecommand.h"

#include <QCoreApplication>

#include <memory>

namespace atlas::undo {
namespace {

WriteResult noDatabase()
{
    return WriteResult::failure(
        QCoreApplication::translate("atlas::AtlasDocument", "No database is open."));
}

ChangeCommand::ErrorReport reportTo(AtlasDocument& document)
{
    return [&document](const QString& message) { document.reportError(message); };
}

// Writes once; only a command that wrote goes on the stack.
WriteResult push(AtlasDocument& document, std::unique_ptr<ChangeCommand> command)
{
    const WriteResult result = command->writeFirst();
    if (result.ok)
        document.undoStack()->push(command.release());
    return result;
}

} // namespace

WriteResult execute(AtlasDocument& document, const ChangeSet& changes, const QString& text,
                    const WriteProgress& progress)
{
    if (!document.hasStore())
        return noDatabase();
    return push(document,
                std::make_unique<ChangeCommand>(document.store(), &document.dataset(), changes,
                                                text, reportTo(document), progress));
}

WriteResult execute(AtlasDocument& document, const ChangeProducer& produce, const QString& text)
{
    if (!document.hasStore())
        return noDatabase();
    return push(document, std::make_unique<ChangeCommand>(document.store(), &document.dataset(),
                                                          produce, text, reportTo(document)));
}

} // namespace atlas::undo
