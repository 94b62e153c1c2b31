// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps what other programs hung on our tables through a schema step. A step may rebuild a
// table (SQLite cannot change a constraint in place), and dropping the old table drops its
// triggers: GDAL's and QGIS's spatial index would then go stale, found by GDAL at the sites'
// old places. The migration runner (migrations.cpp) wraps every step in a SchemaKeeper, so no
// step needs to know about them:
//  - a GeoPackage R-tree index (a 'gpkg_rtree_index' row of gpkg_extensions) has its triggers
//    taken off before the step (they call ST_* functions that this connection lacks) and put
//    back after it, and is refilled from its table; when the step removed the table, the
//    column or its integer key, the index is removed with its gpkg_extensions row;
//  - other triggers that went with a rebuilt table come back after the step;
//  - views are taken off before the step and put back after (renaming the new table checks
//    every view, and one that reads the dropped table makes the step fail).
// What the step's script names itself (a trigger or view it drops or recreates) is left to it.
#pragma once

#include "db/rtreeindexes.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace atlas::db {

class SchemaKeeper
{
public:
    // Before the step, inside its transaction. Returns the error, or empty.
    QString takeOff(QSqlDatabase& db, const QString& script);
    // After the step, inside the same transaction. Returns the error, or empty.
    QString putBack(QSqlDatabase& db);

private:
    struct Object
    {
        QString name, table, sql;
    };
    struct KeptIndex
    {
        RTreeIndex index;
        QVector<Object> triggers; // taken off for the step
    };

    QString putBackIndex(QSqlDatabase& db, const KeptIndex& kept);

    QVector<Object> m_views;
    QVector<Object> m_triggers; // those not of an R-tree index
    QVector<KeptIndex> m_indexes;
};

} // namespace atlas::db
