// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlitestorefactory.h"

#include "db/migrations.h"
#include "db/sampledatabase.h"
#include "db/sqlitestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace atlas::db {

StoreOpenResult SqliteStoreFactory::open(const QString& path, Mode mode)
{
    StoreOpenResult result;
    const bool exists = QFileInfo::exists(path);
    if (mode == Mode::CreateNew && exists) {
        result.error = QCoreApplication::translate("atlas::db::SqliteStore",
                                                   "%1 already exists; choose a new file name.")
                           .arg(QDir::toNativeSeparators(path));
        return result;
    }
    if (!exists && mode != Mode::OpenExisting) {
        if (QString error = createCatalogueDatabase(path); !error.isEmpty()) {
            result.error = error;
            return result;
        }
    }
    OpenOptions options;
    options.createIfMissing = false;
    OpenResult opened = SqliteStore::open(path, options);
    result.store = std::move(opened.store);
    result.error = opened.error;
    return result;
}

DatabaseReport SqliteStoreFactory::inspect(const QString& path)
{
    DatabaseReport report;
    report.location = QFileInfo(path).absoluteFilePath();
    report.currentSchemaVersion = latestSchemaVersion();
    OpenOptions options;
    options.createIfMissing = false;
    options.inspectOnly = true;
    OpenResult opened = SqliteStore::open(path, options);
    if (!opened.store) {
        report.error = opened.error;
        return report;
    }
    report.schemaVersion = opened.store->schemaVersion();
    report.readOnlyReason = SqliteStore::fileReadOnlyReason(path);
    const IntegrityReport checked = opened.store->integrityReport();
    report.problems = checked.problems;
    report.advice = checked.advice();
    report.rowCounts = opened.store->rowCounts();
    return report;
}

QString SqliteStoreFactory::sampleDatabasePath(QString* error)
{
    return ensureUserSampleDatabase(error);
}

QString SqliteStoreFactory::fileFilter() const
{
    return QCoreApplication::translate("atlas::db::SqliteStore",
                                       "Compute Atlas GeoPackage (*.gpkg);;SQLite database "
                                       "(*.sqlite *.db);;All files (*)");
}

} // namespace atlas::db
