// SPDX-License-Identifier: GPL-3.0-or-later
// Rows read from a file, before they are sites or links: each a map from a column name (in
// lower case) to its text, with the line or feature number it came from. CSV files give their
// columns; GeoJSON features give their properties, and for points their coordinates as "lon"
// and "lat".
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace atlas::io {

struct Record
{
    int row = 0; // the file's line (CSV) or feature number (GeoJSON, from 1), for messages
    QHash<QString, QString> fields;
    QString value(const QString& column) const { return fields.value(column); }
};

struct ReadError
{
    int row = 0;
    QString column;
    QString message;
};

enum class FileFormat { Csv, GeoJson };
// By the file's suffix: .csv, .geojson or .json; nullopt for anything else.
std::optional<FileFormat> formatOf(const QString& path);

bool readCsvRecords(const QByteArray& bytes, QVector<Record>* records, ReadError* error);
// Features of a FeatureCollection (or a single Feature); `points` takes Point geometries
// (sites), otherwise LineString geometries (links) whose coordinates are not needed.
bool readGeoJsonRecords(const QByteArray& bytes, bool points, QVector<Record>* records, ReadError* error);

} // namespace atlas::io
