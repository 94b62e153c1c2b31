// SPDX-License-Identifier: GPL-3.0-or-later
// Where each entity lives in the schema: its table, id column and the other columns, and the
// conversion of a row to and from the values bound to / read from those columns (same order).
#pragma once

#include "core/domain/entities.h"

#include <QStringList>
#include <QVariantList>

#include <type_traits>

namespace atlas::db {

struct TableInfo
{
    const char* table;
    const char* idColumn;
    QStringList columns; // every column but the id, in the order of writeValues()
};

template <typename T>
using Tag = std::type_identity<T>;

const TableInfo& tableInfo(Tag<Source>);
const TableInfo& tableInfo(Tag<Operator>);
const TableInfo& tableInfo(Tag<GpuModel>);
const TableInfo& tableInfo(Tag<Site>);
const TableInfo& tableInfo(Tag<SitePhase>);
const TableInfo& tableInfo(Tag<FiberLink>);
const TableInfo& tableInfo(Tag<Claim>);
const TableInfo& tableInfo(Tag<ScenarioRecord>);

// Receives a row's column values in the order of tableInfo().columns. The writer binds them
// straight to a statement (no QVariant per value: an import writes a million of them).
class ValueSink
{
public:
    virtual ~ValueSink() = default;
    virtual void null() = 0;
    virtual void integer(qint64 value) = 0;
    virtual void real(double value) = 0;
    virtual void text(const QString& value) = 0; // a null QString is NULL
    virtual void blob(const QByteArray& value) = 0;
};

void writeValues(const Source& row, ValueSink& out);
void writeValues(const Operator& row, ValueSink& out);
void writeValues(const GpuModel& row, ValueSink& out);
void writeValues(const Site& row, ValueSink& out); // includes the GeoPackage point for `geom`
void writeValues(const SitePhase& row, ValueSink& out);
void writeValues(const FiberLink& row, ValueSink& out); // `geom` is written separately (needs the ends)
void writeValues(const Claim& row, ValueSink& out);
void writeValues(const ScenarioRecord& row, ValueSink& out);

// `values` holds the id first, then the columns of tableInfo().
void fromValues(const QVariantList& values, Source* row);
void fromValues(const QVariantList& values, Operator* row);
void fromValues(const QVariantList& values, GpuModel* row);
void fromValues(const QVariantList& values, Site* row);
void fromValues(const QVariantList& values, SitePhase* row);
void fromValues(const QVariantList& values, FiberLink* row);
void fromValues(const QVariantList& values, Claim* row);
void fromValues(const QVariantList& values, ScenarioRecord* row);

} // namespace atlas::db
