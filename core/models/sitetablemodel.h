// SPDX-License-Identifier: GPL-3.0-or-later
// The sites as a table: one row per site, its power, GPUs and compute in the shared year.
// A site not placed yet says so in italics (location and precision), so it can be found.
// After an edit only the rows it touched change (dataChanged, rowsInserted, rowsRemoved), so
// the selection and the scroll position stay; the model resets when everything changed.
#pragma once

#include "core/domain/capacity.h"
#include "core/domain/entities.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

namespace atlas {

class AtlasDocument;
class DataChange;
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
    void update(const DataChange& what);
    void rebuild();
    void removeSiteRows(const QSet<Id>& sites);
    void appendSiteRows(const QSet<Id>& sites);
    // The sites whose figures rest on the rows `what` names (their phases, links, sources).
    QSet<Id> sitesTouched(const DataChange& what) const;
    void refreshRows(const QSet<Id>& sites);
    void refreshAllRows();
    void indexRelations();
    void refreshRow(int row);
    void refreshCapacities();
    const Site* siteOfRow(int row) const;
    QVariant displayData(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    QVariant sortData(int row, int column) const;

    const AtlasDocument* m_document;
    const ViewState* m_view;
    QVector<Id> m_ids; // the site of each row
    QHash<Id, int> m_rowOf;
    QVector<SiteCapacity> m_capacity; // per row, in the shared year
    QVector<int> m_sourceCount;
    // Whose rows a phase or a link is part of, as last seen: a deleted phase names no site.
    QHash<Id, Id> m_siteOfPhase;
    QHash<Id, std::pair<Id, Id>> m_endsOfLink;
};

} // namespace atlas
