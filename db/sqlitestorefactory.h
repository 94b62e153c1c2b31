// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/storefactory.h"

namespace atlas::db {

// Opens and creates GeoPackage files for the UI and the command line.
class SqliteStoreFactory final : public StoreFactory
{
public:
    StoreOpenResult open(const QString& path, Mode mode) override;
    DatabaseReport inspect(const QString& path) override;
    QString sampleDatabasePath(QString* error) override;
    QString fileFilter() const override;
    QString defaultSuffix() const override { return QStringLiteral("gpkg"); }
};

} // namespace atlas::db
