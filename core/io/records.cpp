// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/records.h"

#include "core/io/recordsources.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace atlas::io {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::Records)
};

// A source over a file it opened itself, kept open as long as the source is.
class FileSource final : public RecordSource
{
public:
    FileSource(std::unique_ptr<QFile> file, FileFormat format, Geometry geometry)
        : m_file(std::move(file)), m_inner(recordSource(m_file.get(), format, geometry))
    {}
    bool read(const Visit& visit) override { return m_inner->read(visit); }
    ReadError error() const override { return m_inner->error(); }
    QStringList columns() const override { return m_inner->columns(); }
    double progress() const override { return m_inner->progress(); }

private:
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<RecordSource> m_inner;
};

class TableSource final : public RecordSource
{
public:
    explicit TableSource(RecordTable table) : m_table(std::move(table)) {}
    bool read(const Visit& visit) override
    {
        for (m_done = 0; m_done < m_table.records.size(); ++m_done) {
            if (!visit(m_table.columns, m_table.records[m_done]))
                break;
        }
        return true;
    }
    ReadError error() const override { return {}; }
    QStringList columns() const override { return m_table.columns; }
    double progress() const override
    {
        return m_table.records.isEmpty() ? 1.0 : double(m_done) / double(m_table.records.size());
    }

private:
    RecordTable m_table;
    qsizetype m_done = 0;
};

bool readAll(const QByteArray& bytes, FileFormat format, Geometry geometry, RecordTable* table,
             ReadError* error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    *table = RecordTable();
    std::unique_ptr<RecordSource> source = recordSource(&buffer, format, geometry);
    const bool ok = source->read([table](const QStringList&, const Record& record) {
        table->records.append(record);
        return true;
    });
    table->columns = source->columns();
    if (!ok) {
        *error = source->error();
        *table = RecordTable();
    }
    return ok;
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

std::unique_ptr<RecordSource> openRecordFile(const QString& path, Geometry geometry,
                                             ReadError* error)
{
    const std::optional<FileFormat> format = formatOf(path);
    if (!format) {
        *error = {0, QString(),
                  Text::tr("Cannot tell the format of %1: name the file .csv or .geojson.")
                      .arg(QDir::toNativeSeparators(path))};
        return nullptr;
    }
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = {0, QString(),
                  Text::tr("Cannot read %1: %2")
                      .arg(QDir::toNativeSeparators(path), file->errorString())};
        return nullptr;
    }
    return std::make_unique<FileSource>(std::move(file), *format, geometry);
}

std::unique_ptr<RecordSource> recordSource(QIODevice* device, FileFormat format, Geometry geometry)
{
    if (format == FileFormat::Csv)
        return std::make_unique<CsvRecordSource>(device);
    return std::make_unique<GeoJsonRecordSource>(device, geometry);
}

bool readCsvRecords(const QByteArray& bytes, RecordTable* table, ReadError* error)
{
    return readAll(bytes, FileFormat::Csv, Geometry::Point, table, error);
}

bool readGeoJsonRecords(const QByteArray& bytes, bool points, RecordTable* table, ReadError* error)
{
    return readAll(bytes, FileFormat::GeoJson, points ? Geometry::Point : Geometry::Line, table,
                   error);
}

std::unique_ptr<RecordSource> tableSource(RecordTable table)
{
    return std::make_unique<TableSource>(std::move(table));
}

} // namespace atlas::io
