// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include "store/storefactory.h"

namespace atlas::cli {

std::unique_ptr<Store> Context::openStore(bool createIfMissing) const
{
    QString path = databasePath;
    if (path.isEmpty()) {
        QString error;
        path = factory.sampleDatabasePath(&error);
        if (path.isEmpty()) {
            err << error << '\n';
            return nullptr;
        }
    }
    StoreOpenResult opened = factory.open(path, createIfMissing ? StoreFactory::Mode::OpenOrCreate
                                                                : StoreFactory::Mode::OpenExisting);
    if (!opened.store)
        err << opened.error << '\n';
    return std::move(opened.store);
}

const QVector<Command>& commands()
{
    static const QVector<Command> all = {
        {QStringLiteral("check"), QStringLiteral("check"),
         QStringLiteral("Check the database: integrity, schema version and rows per table. "
                        "Exits 0 when healthy."),
         false, runCheck},
    };
    return all;
}

const Command* findCommand(const QString& name)
{
    for (const Command& command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace atlas::cli
