// SPDX-License-Identifier: GPL-3.0-or-later
// Geometry blobs in the GeoPackage binary format (OGC 12-128r18, 2.1.3): the "GP" header
// (version 0, flags, srs_id) followed by little-endian WKB. Points carry no envelope;
// lines carry their x/y envelope so readers can skip them without parsing.
#pragma once

#include "core/geo/lonlat.h"

#include <QByteArray>
#include <QVector>

#include <optional>

namespace atlas::db {

inline constexpr int kWgs84SrsId = 4326;

QByteArray encodePoint(LonLat point, int srsId = kWgs84SrsId);
QByteArray encodeLineString(const QVector<LonLat>& points, int srsId = kWgs84SrsId);

// The point in a blob written by any GeoPackage writer (either byte order, any envelope);
// nullopt when the blob is not a GeoPackage point.
std::optional<LonLat> decodePoint(const QByteArray& blob);
std::optional<QVector<LonLat>> decodeLineString(const QByteArray& blob);

} // namespace atlas::db
