// SPDX-License-Identifier: GPL-3.0-or-later
// Rows read from a file, before they are sites or links: a table of named columns (in lower
// case) and rows of text, each with the line or feature number it came from. CSV files give
// their columns; GeoJSON features give their properties, and for points their coordinates as
// "lon" and "lat". Rows are lists, not maps: an import of 100,000 rows reads each field once.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace atlas::io {

struct Record
{
    int row = 0; // the file's line (CSV) or feature number (GeoJSON, from 1), for messages
    QStringList values; // by column; a short row leaves the last columns empty
    QString at(int column) const { return column >= 0 && column < values.size() ? values[column] : QString(); }
};

struct RecordTable
{
    QStringList columns;
    QVector<Record> records;

    int columnIndex(const QString& name) const { return int(columns.indexOf(name)); }
    // The text of a named column in a row (tests and small callers; imports look columns
    // up once).
    QString value(int recordIndex, const QString& column) const
    {
        return records.value(recordIndex).at(columnIndex(column));
    }
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

bool readCsvRecords(const QByteArray& bytes, RecordTable* table, ReadError* error);
// A .csv, .geojson or .json file: its format by its suffix. An unknown suffix or a file that
// cannot be read is an error at row 0.
bool readRecordsFile(const QString& path, bool points, RecordTable* table, ReadError* error);
// Features of a FeatureCollection (or a single Feature); `points` takes Point geometries
// (sites), otherwise LineString geometries (links) whose coordinates are not needed.
bool readGeoJsonRecords(const QByteArray& bytes, bool points, RecordTable* table, ReadError* error);

} // namespace atlas::io
