// SPDX-License-Identifier: GPL-3.0-or-later
// The street map's rows for QML: one per site glyph and one per link bundle that
// StreetMapLayers keeps (the screen and its margin), with the vector map's colours, sizes and
// selection. A pan within the margin changes no row; a zoom or a year resets them.
#pragma once

#include "core/map/streetmaplayers.h"
#include "ui/map/mapstyle.h"

#include <QAbstractListModel>
#include <QSet>

namespace atlas {

class StreetSiteModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { At = Qt::UserRole + 1, Radius, PlannedRadius, Fill, Stroke, StrokeWidth, Selected, Label, SiteId };

    using QAbstractListModel::QAbstractListModel;
    void reset(const StreetMapLayers* layers, const mapstyle::MapPalette& palette, const QSet<int>& selectedItems);
    // Marks the rows in `selectedItems` as selected and the rest not, signalling only changes.
    void setSelection(const QSet<int>& selectedItems);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const StreetMapLayers* m_layers = nullptr;
    mapstyle::MapPalette m_palette = mapstyle::MapPalette::light();
    QSet<int> m_selected;
};

class StreetLinkModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { Path = Qt::UserRole + 1, LineColor, LineWidth };

    using QAbstractListModel::QAbstractListModel;
    void reset(const StreetMapLayers* layers, const mapstyle::MapPalette& palette);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const StreetMapLayers* m_layers = nullptr;
    mapstyle::MapPalette m_palette = mapstyle::MapPalette::light();
};

} // namespace atlas
