// SPDX-License-Identifier: GPL-3.0-or-later
// The sites as a table: one row per site, its power, GPUs and compute in the shared year.
// A site not placed yet says so in italics (location and precision), so it can be found.
#pragma once

#include "core/domain/capacity.h"
#include "core/domain/entities.h"

#include <QAbstractTableModel>
#include <QVector>

namespace atlas {

class AtlasDocument;
class ViewState;

class SiteTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        OperatorColumn,
        StatusColumn,
        LocationColumn,
        ItMwColumn,
        GpusColumn,
        FleetColumn, // the GPU models: "H100 SXM", "GB200 + H100 SXM"
        H100eColumn,
        PlannedMwColumn,
        PrecisionColumn,
        SourcesColumn,
        ColumnCount
    };
    enum Role {
        SiteIdRole = Qt::UserRole + 1,
        SortRole,       // numbers as numbers, text folded for sorting
        OperatorIdRole, // Id of the site's operator
        StatusKeyRole,  // "announced", "building", "operating"
        PartiesRole,    // who builds, leases, uses (the search looks at it too)
        PlacedRole      // bool: the site has a location (false: not placed yet)
    };

    SiteTableModel(const AtlasDocument* document, const ViewState* view, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row of a site, -1 when it is not in the table.
    int rowOf(Id siteId) const;
    Id siteAt(int row) const;

private:
    void rebuild();
    void refreshCapacities();
    QVariant displayData(int row, int column) const;
    QVariant sortData(int row, int column) const;

    const AtlasDocument* m_document;
    const ViewState* m_view;
    QVector<SiteCapacity> m_capacity; // per row, in the shared year
    QVector<int> m_sourceCount;
};

} // namespace atlas
