// SPDX-License-Identifier: GPL-3.0-or-later
// The two readers behind RecordSource: CSV (csv::Reader) and GeoJSON (nlohmann/json's SAX
// parser, which reads a FeatureCollection token by token, so a file of a million features
// is never held whole).
#pragma once

#include "core/io/csv.h"
#include "core/io/records.h"

class QIODevice;

namespace atlas::io {

class CsvRecordSource final : public RecordSource
{
public:
    explicit CsvRecordSource(QIODevice* device);
    bool read(const Visit& visit) override;
    ReadError error() const override { return m_error; }
    QStringList columns() const override { return m_columns; }
    double progress() const override;

private:
    QIODevice* m_device;
    csv::Reader m_reader;
    QStringList m_columns;
    ReadError m_error;
};

class GeoJsonRecordSource final : public RecordSource
{
public:
    GeoJsonRecordSource(QIODevice* device, Geometry geometry);
    bool read(const Visit& visit) override;
    ReadError error() const override { return m_error; }
    QStringList columns() const override { return m_columns; }
    double progress() const override;

private:
    friend class GeoJsonHandler;
    QIODevice* m_device;
    Geometry m_geometry;
    QStringList m_columns;
    ReadError m_error;
    qint64 m_bytesRead = 0;
    qint64 m_lastValueAt = 0; // m_bytesRead when the parser last handed on a value
};

} // namespace atlas::io
