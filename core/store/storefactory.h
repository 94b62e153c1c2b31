// SPDX-License-Identifier: GPL-3.0-or-later
// How the UI and the command line open databases without knowing they are SQLite files: the
// composition root (main.cpp) hands them the factory of db/.
#pragma once

#include "core/store/store.h"

#include <QMap>

#include <memory>

namespace atlas {

struct StoreOpenResult
{
    std::unique_ptr<Store> store;
    QString error; // what is wrong and what to do; empty on success
};

// What `check` says about a file, found without writing to it.
struct DatabaseReport
{
    QString location;
    QString error;     // why the file cannot be read as a database at all; empty when it can
    int schemaVersion = 0;        // the file's
    int currentSchemaVersion = 0; // this build's: a file below it is upgraded when opened
    QString readOnlyReason;       // why the app would open it read-only; empty when writable
    QStringList problems;         // what the integrity checks found, a sentence each
    QString advice;               // what to do about them
    QMap<QString, qint64> rowCounts;
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
    // Checks the file without creating, upgrading or writing to it.
    virtual DatabaseReport inspect(const QString& path) = 0;
    // The user's copy of the bundled sample database, created on first use.
    virtual QString sampleDatabasePath(QString* error) = 0;
    // For file dialogs: "GeoPackage (*.gpkg);;All files (*)".
    virtual QString fileFilter() const = 0;
    virtual QString defaultSuffix() const = 0;
};

} // namespace atlas
