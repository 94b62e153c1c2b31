// SPDX-License-Identifier: GPL-3.0-or-later
// The bounding box of any GeoPackage geometry blob (OGC 12-128r18, 2.1.3), as the R-tree index
// of the GeoPackage extension stores it: from the header's envelope when the blob has one,
// else from the WKB (points, lines, polygons, their multi forms and collections, with or
// without Z and M). GDAL and QGIS add that index to a layer; its triggers and our rebuilding of
// it after a schema step both measure blobs here.
#pragma once

#include <QByteArray>

namespace atlas::db {

struct GeometryEnvelope
{
    enum class Kind {
        NotGeoPackage, // no "GP" header: not a GeoPackage geometry at all
        Empty,         // flagged empty, or only empty parts (NaN coordinates)
        Bounded,       // minX..maxY hold the box
        Unreadable     // a GeoPackage header, but WKB that is cut short or of a type not handled
    };
    Kind kind = Kind::NotGeoPackage;
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
};

GeometryEnvelope geometryEnvelope(const char* data, qsizetype size);
inline GeometryEnvelope geometryEnvelope(const QByteArray& blob)
{
    return geometryEnvelope(blob.constData(), blob.size());
}

} // namespace atlas::db
