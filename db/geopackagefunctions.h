// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL functions that the triggers of a GeoPackage R-tree index call: ST_IsEmpty, ST_MinX,
// ST_MaxX, ST_MinY and ST_MaxY of a geometry blob. GDAL (and so QGIS) defines them on its own
// connections only; when it has indexed a layer, every write to that layer on a connection
// without them fails to prepare. Registered on each connection the store writes through.
#pragma once

#include <QString>

struct sqlite3;

namespace atlas::db {

// False and *error when SQLite refuses a function.
bool registerGeoPackageFunctions(sqlite3* db, QString* error);

} // namespace atlas::db
