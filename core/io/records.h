// SPDX-License-Identifier: GPL-3.0-or-later
// Rows read from a file, before they are sites, links or phases: named columns (in lower case)
// and rows of text, each with the line or feature number it came from. CSV files give their
// columns; GeoJSON features give their properties, and for points their coordinates as "lon"
// and "lat". A RecordSource reads the file as a stream and hands over one record at a time,
// so memory does not grow with the file.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace atlas::io {

// What a file may hold, each refused with a message that states it (docs/reliability.md):
// - columns: a CSV header's, or the distinct properties of a GeoJSON file's features. A row
//   of sites has a few dozen; a file with a new property name on every feature would make
//   every record as long as the list of all of them.
inline constexpr int kMaxColumns = 1000;
// - one GeoJSON value (a string, a number, a property name), in bytes: the JSON parser holds
//   a value whole, so a file that is one endless string would take memory without end.
//   (A CSV record over csv::kMaxRecordChars characters is refused the same way.)
inline constexpr qint64 kMaxValueBytes = 4 * 1024 * 1024;

struct Record
{
    int row = 0; // the file's line (CSV) or feature number (GeoJSON, from 1), for messages
    QStringList values; // by column; a short row leaves the last columns empty
    const QString& at(int column) const
    {
        static const QString none;
        return column >= 0 && column < values.size() ? values[column] : none;
    }
};

struct ReadError
{
    int row = 0; // 0: the file as a whole
    QString column;
    QString message;
};

enum class FileFormat { Csv, GeoJson };
// By the file's suffix: .csv, .geojson or .json; nullopt for anything else.
std::optional<FileFormat> formatOf(const QString& path);

// Which geometry a GeoJSON feature may carry: a point (sites, phases: the site's place), a
// line (links, whose ends are named in the properties). A feature without geometry is read
// too: a site not yet placed.
enum class Geometry { Point, Line };

class RecordSource
{
public:
    virtual ~RecordSource() = default;
    // Calls `visit` for each record in file order, with the columns known so far (a GeoJSON
    // file names its properties feature by feature, so the list may grow; it never reorders).
    // Stops when `visit` returns false. Returns false on a read error (error() says where),
    // true at the end of the file or when `visit` stopped it.
    using Visit = std::function<bool(const QStringList& columns, const Record& record)>;
    virtual bool read(const Visit& visit) = 0;
    virtual ReadError error() const = 0;
    // The columns read so far (all of them once read() has returned).
    virtual QStringList columns() const = 0;
    // How far the reading is, 0 to 1, for a progress bar.
    virtual double progress() const = 0;
};

// A file by its suffix; null with *error when the suffix is unknown or the file cannot be
// opened.
std::unique_ptr<RecordSource> openRecordFile(const QString& path, Geometry geometry,
                                             ReadError* error);
// The same over a device the caller keeps open (a QBuffer in tests and fuzzers).
std::unique_ptr<RecordSource> recordSource(QIODevice* device, FileFormat format, Geometry geometry);

// A whole file's records in memory, for tests and small inputs.
struct RecordTable
{
    QStringList columns;
    QVector<Record> records;

    int columnIndex(const QString& name) const { return int(columns.indexOf(name)); }
    QString value(int recordIndex, const QString& column) const
    {
        return records.value(recordIndex).at(columnIndex(column));
    }
};
bool readCsvRecords(const QByteArray& bytes, RecordTable* table, ReadError* error);
bool readGeoJsonRecords(const QByteArray& bytes, bool points, RecordTable* table, ReadError* error);
// A RecordSource over records already in memory.
std::unique_ptr<RecordSource> tableSource(RecordTable table);

} // namespace atlas::io
