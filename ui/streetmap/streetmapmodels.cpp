// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/streetmap/streetmapmodels.h"

#include <QGeoCoordinate>
#include <QPen>

namespace atlas {
namespace {

QGeoCoordinate coordinateOf(LonLat at) { return QGeoCoordinate(at.lat, at.lon); }

} // namespace

void StreetSiteModel::reset(const StreetMapLayers* layers, const mapstyle::MapPalette& palette,
                            const QSet<int>& selectedItems)
{
    beginResetModel();
    m_layers = layers;
    m_palette = palette;
    m_selected = selectedItems;
    endResetModel();
}

void StreetSiteModel::setSelection(const QSet<int>& selectedItems)
{
    const QSet<int> changed = (m_selected - selectedItems) | (selectedItems - m_selected);
    m_selected = selectedItems;
    for (int row : changed) {
        if (row >= 0 && row < rowCount())
            Q_EMIT dataChanged(index(row), index(row), {Selected});
    }
}

int StreetSiteModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_layers ? 0 : int(m_layers->sites().size());
}

QVariant StreetSiteModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const StreetSiteItem& item = m_layers->sites()[index.row()];
    switch (role) {
    case At:
        return QVariant::fromValue(coordinateOf(item.at));
    case Radius:
        return item.radius;
    case PlannedRadius:
        return item.plannedRadius;
    case Fill: {
        const QBrush brush = mapstyle::siteBrush(m_palette, item.color, item.hollow);
        return brush.style() == Qt::NoBrush ? QColor(Qt::transparent) : brush.color();
    }
    case Stroke:
        return mapstyle::sitePen(m_palette, item.color, item.hollow).color();
    case StrokeWidth:
        return mapstyle::sitePen(m_palette, item.color, item.hollow).widthF();
    case Selected:
        return m_selected.contains(index.row());
    case Label:
        return item.label;
    case SiteId:
        return qint64(item.siteId);
    case Qt::ToolTipRole:
        return m_layers->siteTooltip(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> StreetSiteModel::roleNames() const
{
    return {{At, "at"},         {Radius, "radius"},     {PlannedRadius, "plannedRadius"},
            {Fill, "fill"},     {Stroke, "stroke"},     {StrokeWidth, "strokeWidth"},
            {Selected, "selected"}, {Label, "label"},   {SiteId, "siteId"}};
}

void StreetLinkModel::reset(const StreetMapLayers* layers, const mapstyle::MapPalette& palette)
{
    beginResetModel();
    m_layers = layers;
    m_palette = palette;
    endResetModel();
}

int StreetLinkModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_layers ? 0 : int(m_layers->links().size());
}

QVariant StreetLinkModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const StreetLinkItem& item = m_layers->links()[index.row()];
    switch (role) {
    case Path: {
        QVariantList path;
        path.reserve(item.path.size());
        for (const LonLat& p : item.path)
            path.append(QVariant::fromValue(coordinateOf(p)));
        return path;
    }
    case LineColor:
        return mapstyle::linkPen(m_palette, item.status, item.capacityTbps, item.capacityKnown).color();
    case LineWidth:
        return mapstyle::linkPen(m_palette, item.status, item.capacityTbps, item.capacityKnown).widthF();
    default:
        return {};
    }
}

QHash<int, QByteArray> StreetLinkModel::roleNames() const
{
    return {{Path, "path"}, {LineColor, "lineColor"}, {LineWidth, "lineWidth"}};
}

} // namespace atlas
