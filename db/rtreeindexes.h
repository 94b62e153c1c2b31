// SPDX-License-Identifier: GPL-3.0-or-later
// The GeoPackage R-tree spatial indexes of a file (extension gpkg_rtree_index, which GDAL and
// QGIS add): which there are, and what each one needs to stay right. Shared by the migration
// runner (schemakeeper.h), which keeps them through a step, and the integrity check.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace atlas::db {

struct RTreeIndex
{
    QString table, column;
    // The R-tree's virtual table; its triggers are named after it, with a suffix.
    QString rtreeTable() const { return QStringLiteral("rtree_%1_%2").arg(table, column); }
};

// The indexes gpkg_extensions registers; none when the file has no gpkg_extensions.
QVector<RTreeIndex> rtreeIndexes(QSqlDatabase& db);

// Whether triggers of these names keep an index up: one each for insert, update and delete
// (GDAL makes _insert, _update1 to _update4 or _update5 to _update7, and _delete).
bool keepsIndexUp(const QStringList& triggerNames);

// The table's INTEGER PRIMARY KEY (the rowid, which the R-tree's ids are), or empty when the
// table, the column or such a key is not there.
QString integerKeyWithColumn(QSqlDatabase& db, const QString& table, const QString& column);

bool schemaObjectExists(QSqlDatabase& db, const char* type, const QString& name);
// A name quoted for SQL: "name", with inner quotes doubled.
QString quotedName(const QString& name);

} // namespace atlas::db
