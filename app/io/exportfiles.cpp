// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/exportfiles.h"

#include "domain/enumtext.h"
#include "io/csv.h"
#include "io/spreadsheetcells.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atlas::io {
namespace {

// Shortest text that reads back as the same double.
QString number(double value) { return QString::number(value, 'g', 17).contains(QLatin1Char('e')) ? QString::number(value, 'f', 6) : QString::number(value, 'g', 15); }
QString optional(const std::optional<double>& value) { return value ? number(*value) : QString(); }

const QStringList kSiteColumns = {QStringLiteral("name"),     QStringLiteral("operator"),  QStringLiteral("parties"),
                                  QStringLiteral("city"),     QStringLiteral("region"),    QStringLiteral("country"),
                                  QStringLiteral("lon"),      QStringLiteral("lat"),       QStringLiteral("location_precision"),
                                  QStringLiteral("status"),   QStringLiteral("planned_mw"), QStringLiteral("note"),
                                  QStringLiteral("source_title"), QStringLiteral("source_url")};
const QStringList kLinkColumns = {QStringLiteral("site_a"),  QStringLiteral("site_b"),     QStringLiteral("carrier"),
                                  QStringLiteral("capacity_tbps"), QStringLiteral("status"), QStringLiteral("active_date"),
                                  QStringLiteral("note"),    QStringLiteral("source_title"), QStringLiteral("source_url")};

QStringList siteRow(const Dataset& data, const Site& site)
{
    const Operator* op = data.op(site.operatorId);
    const Source* source = data.source(site.sourceId);
    return {site.name, op ? op->name : QString(), site.parties, site.city, site.region, site.country,
            number(site.lon), number(site.lat), toKey(site.precision), toKey(site.status), optional(site.plannedMw),
            site.note, source ? source->title : QString(), source ? source->url : QString()};
}

QStringList linkRow(const Dataset& data, const FiberLink& link)
{
    const Site* a = data.site(link.siteA);
    const Site* b = data.site(link.siteB);
    const Source* source = data.source(link.sourceId);
    return {a ? a->name : QString(), b ? b->name : QString(), link.carrier, optional(link.capacityTbps),
            toKey(link.status), link.activeDate.isValid() ? link.activeDate.toString(Qt::ISODate) : QString(),
            link.note, source ? source->title : QString(), source ? source->url : QString()};
}

const QStringList kSiteNumbers = {QStringLiteral("lon"), QStringLiteral("lat"),
                                  QStringLiteral("planned_mw")};
const QStringList kLinkNumbers = {QStringLiteral("capacity_tbps")};

// A CSV row: text that a spreadsheet would take for a formula written as text
// (io/spreadsheetcells.h); numbers as they are.
QStringList csvCells(const QStringList& columns, QStringList row, const QStringList& numeric)
{
    for (int i = 0; i < columns.size(); ++i) {
        if (!numeric.contains(columns[i]))
            row[i] = neutralizedCell(row[i]);
    }
    return row;
}

// Properties with numbers as JSON numbers and empty fields left out, as QGIS writes them.
QJsonObject properties(const QStringList& columns, const QStringList& row, const QStringList& numeric)
{
    QJsonObject object;
    for (int i = 0; i < columns.size(); ++i) {
        if (row[i].isEmpty())
            continue;
        if (numeric.contains(columns[i]))
            object.insert(columns[i], row[i].toDouble());
        else
            object.insert(columns[i], row[i]);
    }
    return object;
}

QByteArray collection(const QJsonArray& features)
{
    QJsonObject root;
    root.insert(QStringLiteral("type"), QStringLiteral("FeatureCollection"));
    root.insert(QStringLiteral("features"), features);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

QByteArray exportSites(const Dataset& data, const QVector<Id>& siteIds, FileFormat format)
{
    QVector<QStringList> rows;
    QJsonArray features;
    for (Id id : siteIds) {
        const Site* site = data.site(id);
        if (!site)
            continue;
        const QStringList row = siteRow(data, *site);
        if (format == FileFormat::Csv) {
            rows << csvCells(kSiteColumns, row, kSiteNumbers);
            continue;
        }
        QStringList columns = kSiteColumns;
        QStringList values = row;
        for (const QString& moved : {QStringLiteral("lat"), QStringLiteral("lon")}) {
            values.removeAt(columns.indexOf(moved)); // in the geometry instead
            columns.removeAll(moved);
        }
        QJsonObject feature;
        feature.insert(QStringLiteral("type"), QStringLiteral("Feature"));
        feature.insert(QStringLiteral("id"), site->id);
        feature.insert(QStringLiteral("geometry"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                   {QStringLiteral("coordinates"), QJsonArray{site->lon, site->lat}}});
        feature.insert(QStringLiteral("properties"), properties(columns, values, {QStringLiteral("planned_mw")}));
        features.append(feature);
    }
    return format == FileFormat::Csv ? csv::write(kSiteColumns, rows) : collection(features);
}

QByteArray exportLinks(const Dataset& data, const QVector<Id>& linkIds, FileFormat format)
{
    QVector<QStringList> rows;
    QJsonArray features;
    for (Id id : linkIds) {
        const FiberLink* link = data.link(id);
        const Site* a = link ? data.site(link->siteA) : nullptr;
        const Site* b = link ? data.site(link->siteB) : nullptr;
        if (!a || !b)
            continue;
        const QStringList row = linkRow(data, *link);
        if (format == FileFormat::Csv) {
            rows << csvCells(kLinkColumns, row, kLinkNumbers);
            continue;
        }
        QJsonObject feature;
        feature.insert(QStringLiteral("type"), QStringLiteral("Feature"));
        feature.insert(QStringLiteral("id"), link->id);
        feature.insert(QStringLiteral("geometry"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("LineString")},
                                   {QStringLiteral("coordinates"),
                                    QJsonArray{QJsonArray{a->lon, a->lat}, QJsonArray{b->lon, b->lat}}}});
        feature.insert(QStringLiteral("properties"), properties(kLinkColumns, row, kLinkNumbers));
        features.append(feature);
    }
    return format == FileFormat::Csv ? csv::write(kLinkColumns, rows) : collection(features);
}

} // namespace atlas::io
