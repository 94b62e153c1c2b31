// SPDX-License-Identifier: GPL-3.0-or-later
// Other programs the db tests run on our files: GDAL's ogrinfo (what QGIS reads through), and
// the compute-atlas binary.
#pragma once

#include <QString>
#include <QStringList>

namespace atlas::test {

struct ProgramRun
{
    int exitCode = -1; // 128 + the signal when the program crashed, as a shell reports it
    QString out;
    QString err;
};
ProgramRun runProgram(const QString& program, const QStringList& arguments);

// GDAL's CreateSpatialIndex, as QGIS runs it (Layer Properties > Create Spatial Index): an
// R-tree on the layer's geom column, kept up by triggers that call GDAL's ST_* functions.
// Stops the test run when ogrinfo is missing or fails.
void createGdalSpatialIndex(const QString& file, const QString& layer);

// What GDAL's spatial filter (ogrinfo -spat, which reads that R-tree) finds in a box: each
// feature's `name` for sites, its fid for other layers.
QStringList gdalFindsInBox(const QString& file, const QString& layer, double minX, double minY,
                           double maxX, double maxY);

// The sites GDAL finds within 0.01° of a place.
QStringList gdalSitesNear(const QString& file, double lon, double lat);

// The triggers GDAL's index on a layer's geom column has in the file.
int gdalIndexTriggers(const QString& file, const QString& layer);

} // namespace atlas::test
