// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/exportfiles.h"

#include "core/domain/enumtext.h"
#include "core/geo/lonlat.h"
#include "core/io/csv.h"
#include "core/io/outputfile.h"
#include "core/io/spreadsheetcells.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace atlas::io {
namespace {

// Shortest text that reads back as the same double.
QString number(double value)
{
    return QString::number(value, 'g', 17).contains(QLatin1Char('e'))
               ? QString::number(value, 'f', 6)
               : QString::number(value, 'g', 15);
}
QString optional(const std::optional<double>& value) { return value ? number(*value) : QString(); }
QString flag(bool value)
{
    return value ? QStringLiteral("yes") : QString();
}

struct Column
{
    const char* name;
    bool numeric; // written as a number: a JSON number, a CSV cell as it is
};

// One exported record: its cells in the table's column order, and where it is on the map.
struct Line
{
    QStringList cells;
    std::optional<std::pair<LonLat, LonLat>> ends; // a link's
    std::optional<LonLat> point;                   // a site's, or a phase's site's
    Id id = 0;
};

struct Table
{
    QVector<Column> columns;
    // The lines of the row with this id (a phase with a mixed fleet has one per chip).
    std::function<QVector<Line>(const Dataset&, Id)> lines;
};

std::optional<LonLat> placeOf(const Site& site)
{
    return site.hasLocation() ? std::optional<LonLat>(LonLat{site.lon, site.lat}) : std::nullopt;
}

std::pair<QString, QString> sourceCells(const Dataset& data, Id sourceId)
{
    const Source* source = data.source(sourceId);
    return {source ? source->title : QString(), source ? source->url : QString()};
}

const Table& sitesTable()
{
    static const Table table{
        {{"name", false},
         {"operator", false},
         {"parties", false},
         {"city", false},
         {"region", false},
         {"country", false},
         {"address", false},
         {"lon", true},
         {"lat", true},
         {"location_precision", false},
         {"location_note", false},
         {"status", false},
         {"planned_mw", true},
         {"note", false},
         {"source_title", false},
         {"source_url", false}},
        [](const Dataset& data, Id id) -> QVector<Line> {
            const Site* site = data.site(id);
            if (!site)
                return {};
            const Operator* op = data.op(site->operatorId);
            const auto [title, url] = sourceCells(data, site->sourceId);
            const bool placed = site->hasLocation();
            return {Line{
                {site->name, op ? op->name : QString(), site->parties, site->city, site->region,
                 site->country, site->address, placed ? number(site->lon) : QString(),
                 placed ? number(site->lat) : QString(), toKey(site->precision), site->locationNote,
                 toKey(site->status), optional(site->plannedMw), site->note, title, url},
                std::nullopt,
                placeOf(*site),
                site->id}};
        }};
    return table;
}

const Table& linksTable()
{
    static const Table table{
        {{"site_a", false},
         {"site_b", false},
         {"carrier", false},
         {"capacity_tbps", true},
         {"status", false},
         {"active_date", false},
         {"note", false},
         {"source_title", false},
         {"source_url", false}},
        [](const Dataset& data, Id id) -> QVector<Line> {
            const FiberLink* link = data.link(id);
            const Site* a = link ? data.site(link->siteA) : nullptr;
            const Site* b = link ? data.site(link->siteB) : nullptr;
            if (!a || !b)
                return {};
            const auto [title, url] = sourceCells(data, link->sourceId);
            Line line{
                {a->name, b->name, link->carrier, optional(link->capacityTbps), toKey(link->status),
                 link->activeDate.isValid() ? link->activeDate.toString(Qt::ISODate) : QString(),
                 link->note, title, url},
                std::nullopt,
                std::nullopt,
                link->id};
            if (a->hasLocation() && b->hasLocation())
                line.ends = std::pair{LonLat{a->lon, a->lat}, LonLat{b->lon, b->lat}};
            return {line};
        }};
    return table;
}

const Table& phasesTable()
{
    static const Table table{
        {{"site", false},
         {"online_date", false},
         {"it_mw", true},
         {"facility_mw", true},
         {"gpu_model", false},
         {"gpu_count", true},
         {"h100e", true},
         {"capex_usd", true},
         {"estimate", false},
         {"projected", false},
         {"note", false},
         {"source_title", false},
         {"source_url", false}},
        [](const Dataset& data, Id id) -> QVector<Line> {
            const SitePhase* phase = data.phase(id);
            const Site* site = phase ? data.site(phase->siteId) : nullptr;
            if (!site)
                return {};
            const auto [title, url] = sourceCells(data, phase->sourceId);
            // A fleet of several models is a row per model, the rows of one phase together
            // (the importer reads them back as one phase).
            QVector<ChipCount> chips = phase->chips;
            if (chips.isEmpty())
                chips.append(ChipCount{});
            QVector<Line> lines;
            for (const ChipCount& chip : chips) {
                const GpuModel* model = data.gpuModel(chip.gpuModelId);
                lines.append(Line{{site->name, formatDate(phase->onlineDate, phase->datePrecision),
                                   optional(phase->itMw), optional(phase->facilityMw),
                                   model ? model->name : QString(),
                                   chip.count ? QString::number(*chip.count) : QString(),
                                   optional(phase->h100e), optional(phase->capexUsd),
                                   flag(phase->estimate || chip.estimate), flag(phase->projected),
                                   phase->note, title, url},
                                  std::nullopt,
                                  placeOf(*site),
                                  phase->id});
            }
            return lines;
        }};
    return table;
}

const Table& tableOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Sites:
        return sitesTable();
    case ImportKind::Links:
        return linksTable();
    case ImportKind::Phases:
        return phasesTable();
    }
    return sitesTable();
}

QJsonValue geometry(const Line& line)
{
    if (line.point)
        return QJsonObject{
            {QStringLiteral("type"), QStringLiteral("Point")},
            {QStringLiteral("coordinates"), QJsonArray{line.point->lon, line.point->lat}}};
    if (line.ends)
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("LineString")},
                           {QStringLiteral("coordinates"),
                            QJsonArray{QJsonArray{line.ends->first.lon, line.ends->first.lat},
                                       QJsonArray{line.ends->second.lon, line.ends->second.lat}}}};
    return QJsonValue::Null; // a site not yet placed
}

// A feature's properties as QGIS writes them: numbers as numbers, empty fields left out; a
// site's coordinates are in its geometry.
QJsonObject properties(const Table& table, const Line& line, ImportKind kind)
{
    QJsonObject object;
    for (int i = 0; i < table.columns.size(); ++i) {
        const Column& column = table.columns[i];
        const QString& cell = line.cells[i];
        if (cell.isEmpty())
            continue;
        if (kind == ImportKind::Sites &&
            (qstrcmp(column.name, "lon") == 0 || qstrcmp(column.name, "lat") == 0))
            continue;
        if (column.numeric)
            object.insert(QLatin1String(column.name), cell.toDouble());
        else
            object.insert(QLatin1String(column.name), cell);
    }
    return object;
}

} // namespace

bool writeExport(QIODevice* out, ImportKind kind, const Dataset& data, const QVector<Id>& ids,
                 FileFormat format)
{
    const Table& table = tableOf(kind);
    const auto put = [out](const QByteArray& bytes) { return out->write(bytes) == bytes.size(); };
    if (format == FileFormat::Csv) {
        QStringList header;
        for (const Column& column : table.columns)
            header << QLatin1String(column.name);
        if (!put(csv::line(header).toUtf8()))
            return false;
        for (Id id : ids) {
            for (Line& line : table.lines(data, id)) {
                // Text that a spreadsheet would take for a formula is written as text
                // (io/spreadsheetcells.h); numbers as they are.
                for (int i = 0; i < table.columns.size(); ++i) {
                    if (!table.columns[i].numeric)
                        line.cells[i] = neutralizedCell(line.cells[i]);
                }
                if (!put(csv::line(line.cells).toUtf8()))
                    return false;
            }
        }
        return true;
    }
    if (!put("{\n\"type\": \"FeatureCollection\",\n\"features\": [\n"))
        return false;
    bool first = true;
    for (Id id : ids) {
        for (const Line& line : table.lines(data, id)) {
            QJsonObject feature{{QStringLiteral("type"), QStringLiteral("Feature")},
                                {QStringLiteral("id"), line.id},
                                {QStringLiteral("geometry"), geometry(line)},
                                {QStringLiteral("properties"), properties(table, line, kind)}};
            const QByteArray text = QJsonDocument(feature).toJson(QJsonDocument::Compact);
            if (!put(first ? text : ",\n" + text))
                return false;
            first = false;
        }
    }
    return put("\n]\n}\n");
}

QString exportToFile(const QString& path, ImportKind kind, const Dataset& data,
                     const QVector<Id>& ids, FileFormat format)
{
    OutputFile file(path);
    QIODevice* device = file.open();
    if (!device)
        return file.error();
    if (!writeExport(device, kind, data, ids, format)) {
        file.fail(device->errorString());
        return file.error();
    }
    return file.commit() ? QString() : file.error();
}

QByteArray exportBytes(ImportKind kind, const Dataset& data, const QVector<Id>& ids,
                       FileFormat format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeExport(&buffer, kind, data, ids, format);
    return buffer.data();
}

QVector<Id> allIds(ImportKind kind, const Dataset& data)
{
    QVector<Id> ids;
    const auto collect = [&ids](const auto& rows) {
        ids.reserve(rows.size());
        for (const auto& row : rows)
            ids.append(row.id);
    };
    switch (kind) {
    case ImportKind::Sites:
        collect(data.sites);
        break;
    case ImportKind::Links:
        collect(data.links);
        break;
    case ImportKind::Phases: {
        // A site's phases together, oldest first, as people read a timeline.
        for (const Site& site : data.sites) {
            for (const SitePhase* phase : data.phasesOf(site.id))
                ids.append(phase->id);
        }
        break;
    }
    }
    return ids;
}

} // namespace atlas::io
