// SPDX-License-Identifier: GPL-3.0-or-later
// What is wrong with a database file, in sentences a user can act on. Each check only reads.
//  - PRAGMA integrity_check: the file's structure, and every index against its table (a
//    damaged index passes quick_check, and a later write then fails as "malformed").
//  - PRAGMA foreign_key_check: rows that refer to rows that are not there.
//  - GeoPackage R-tree indexes (added by GDAL or QGIS): their triggers are all there, and
//    every geometry is in the R-tree with its box.
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace atlas::db {

struct IntegrityReport
{
    QStringList problems;          // one sentence each; empty when healthy
    bool damagedStructure = false; // pages, or rows that break the table's rules
    bool damagedIndexes = false;   // an index that does not match its table (rows intact)
    bool brokenReferences = false;
    bool ok() const { return problems.isEmpty(); }
    // What to do, after the problems: restore a backup, or rebuild the indexes, or fix rows.
    QString advice() const;
};

// PRAGMA integrity_check, grouped by index and said in plain words. *error is set when the
// check cannot run at all (a file that is not a database, say).
IntegrityReport checkStructure(QSqlDatabase& db, QString* error);
// The above, then PRAGMA foreign_key_check, then the GeoPackage R-tree indexes.
IntegrityReport checkEverything(QSqlDatabase& db, QString* error);

} // namespace atlas::db
