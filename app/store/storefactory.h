// SPDX-License-Identifier: GPL-3.0-or-later
// How the UI and the command line open databases without knowing they are SQLite files: the
// composition root (main.cpp) hands them the factory of db/.
#pragma once

#include "store/store.h"

#include <memory>

namespace atlas {

struct StoreOpenResult
{
    std::unique_ptr<Store> store;
    QString error; // what is wrong and what to do; empty on success
};

class StoreFactory
{
public:
    enum class Mode {
        OpenExisting, // a missing file is an error
        CreateNew,    // a new database with the GPU catalogue; the file must not exist
        OpenOrCreate  // open, or create as CreateNew when missing
    };

    virtual ~StoreFactory() = default;
    virtual StoreOpenResult open(const QString& path, Mode mode) = 0;
    // The user's copy of the bundled sample database, created on first use.
    virtual QString sampleDatabasePath(QString* error) = 0;
    // For file dialogs: "GeoPackage (*.gpkg);;All files (*)".
    virtual QString fileFilter() const = 0;
    virtual QString defaultSuffix() const = 0;
};

} // namespace atlas
