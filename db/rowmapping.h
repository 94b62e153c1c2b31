// SPDX-License-Identifier: GPL-3.0-or-later
// Where each entity lives in the schema: its table, id column and the other columns, and the
// conversion of a row to and from the values bound to / read from those columns (same order).
#pragma once

#include "domain/entities.h"

#include <QStringList>
#include <QVariantList>

#include <type_traits>

namespace atlas::db {

struct TableInfo
{
    const char* table;
    const char* idColumn;
    QStringList columns; // every column but the id, in the order of toValues()
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

QVariantList toValues(const Source& row);
QVariantList toValues(const Operator& row);
QVariantList toValues(const GpuModel& row);
QVariantList toValues(const Site& row); // includes the GeoPackage point for `geom`
QVariantList toValues(const SitePhase& row);
QVariantList toValues(const FiberLink& row); // `geom` is written separately (needs the ends)
QVariantList toValues(const Claim& row);
QVariantList toValues(const ScenarioRecord& row);

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
