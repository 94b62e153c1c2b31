// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/records.h"

#include "io/csv.h"
#include "io/spreadsheetcells.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace atlas::io {
namespace {

QString text(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        // Whole numbers without ".0"; others as short as they round-trip.
        const double d = value.toDouble();
        return QString::number(d, 'g', 17).contains(QLatin1Char('e')) ? QString::number(d, 'f', 10)
                                                                      : QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

// QGIS writes "crs" for data that is not in longitude/latitude (RFC 7946 has none).
bool isLonLat(const QJsonObject& collection)
{
    const QString name = collection.value(QStringLiteral("crs")).toObject().value(QStringLiteral("properties"))
                             .toObject().value(QStringLiteral("name")).toString();
    return name.isEmpty() || name.contains(QLatin1String("CRS84")) || name.endsWith(QLatin1String(":4326"));
}

} // namespace

std::optional<FileFormat> formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return FileFormat::Csv;
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json"))
        return FileFormat::GeoJson;
    return std::nullopt;
}

bool readRecordsFile(const QString& path, bool points, RecordTable* table, ReadError* error)
{
    const std::optional<FileFormat> format = formatOf(path);
    if (!format) {
        *error = {0, QString(), QStringLiteral("Cannot tell the format of %1: name the file .csv or .geojson.")
                                    .arg(QDir::toNativeSeparators(path))};
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {0, QString(), QStringLiteral("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
        return false;
    }
    const QByteArray bytes = file.readAll();
    return *format == FileFormat::Csv ? readCsvRecords(bytes, table, error) : readGeoJsonRecords(bytes, points, table, error);
}

bool readCsvRecords(const QByteArray& bytes, RecordTable* table, ReadError* error)
{
    csv::Table csvTable;
    csv::ParseError parseError;
    if (!csv::parse(bytes, &csvTable, &parseError)) {
        *error = {parseError.line, QStringLiteral("column %1").arg(parseError.column), parseError.message};
        return false;
    }
    *table = RecordTable();
    for (const QString& name : csvTable.header)
        table->columns << name.toLower();
    table->records.reserve(csvTable.rows.size());
    for (int r = 0; r < csvTable.rows.size(); ++r) {
        QStringList& row = csvTable.rows[r];
        if (row.size() > table->columns.size()) {
            *error = {csvTable.rowLines[r], QStringLiteral("column %1").arg(table->columns.size() + 1),
                      QStringLiteral("The row has %1 fields but the header names %2 columns; a comma "
                                     "inside a field needs the field in quotes")
                          .arg(row.size())
                          .arg(table->columns.size())};
            return false;
        }
        // A text cell our export wrote as '=... against spreadsheet formulas reads back as =...
        for (QString& value : row)
            value = restoredCell(value);
        table->records.append(Record{csvTable.rowLines[r], std::move(row)});
    }
    return true;
}

bool readGeoJsonRecords(const QByteArray& bytes, bool points, RecordTable* table, ReadError* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = {0, QString(), QStringLiteral("Not valid JSON at character %1: %2")
                                    .arg(parseError.offset)
                                    .arg(parseError.errorString())};
        return false;
    }
    const QJsonObject root = document.object();
    QJsonArray features;
    if (root.value(QStringLiteral("type")).toString() == QLatin1String("FeatureCollection"))
        features = root.value(QStringLiteral("features")).toArray();
    else if (root.value(QStringLiteral("type")).toString() == QLatin1String("Feature"))
        features.append(root);
    else {
        *error = {0, QString(), QStringLiteral("Not a GeoJSON FeatureCollection or Feature")};
        return false;
    }
    if (!isLonLat(root)) {
        *error = {0, QStringLiteral("crs"),
                  QStringLiteral("The coordinates are not longitude/latitude; export the layer as "
                                 "EPSG:4326 (WGS 84)")};
        return false;
    }
    *table = RecordTable();
    QHash<QString, int> columnOf;
    const auto column = [&](const QString& name) {
        auto it = columnOf.find(name);
        if (it == columnOf.end()) {
            it = columnOf.insert(name, int(table->columns.size()));
            table->columns << name;
        }
        return *it;
    };
    const QString wanted = points ? QStringLiteral("Point") : QStringLiteral("LineString");
    for (int i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features[i].toObject();
        Record record;
        record.row = i + 1;
        const auto set = [&](const QString& name, const QString& value) {
            const int c = column(name);
            if (record.values.size() <= c)
                record.values.resize(c + 1);
            record.values[c] = value;
        };
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            set(it.key().toLower(), text(it.value()).trimmed());
        const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        const QString type = geometry.value(QStringLiteral("type")).toString();
        if (type != wanted) {
            *error = {record.row, QStringLiteral("geometry"),
                      QStringLiteral("Expected a %1 geometry, found %2")
                          .arg(wanted, type.isEmpty() ? QStringLiteral("none") : type)};
            return false;
        }
        if (points) {
            const QJsonArray coordinates = geometry.value(QStringLiteral("coordinates")).toArray();
            if (coordinates.size() < 2 || !coordinates[0].isDouble() || !coordinates[1].isDouble()) {
                *error = {record.row, QStringLiteral("geometry"),
                          QStringLiteral("A point needs two numbers: [longitude, latitude]")};
                return false;
            }
            set(QStringLiteral("lon"), text(coordinates[0]));
            set(QStringLiteral("lat"), text(coordinates[1]));
        }
        table->records.append(std::move(record));
    }
    return true;
}

} // namespace atlas::io
