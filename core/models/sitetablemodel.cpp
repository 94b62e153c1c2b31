// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/sitetablemodel.h"

#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "core/domain/enumtext.h"
#include "core/models/sitetext.h"
#include "core/models/tooltiptext.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace atlas {

SiteTableModel::SiteTableModel(const AtlasDocument* document, const ViewState* view,
                               QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_view(view)
{
    connect(document, &AtlasDocument::datasetChanged, this, &SiteTableModel::rebuild);
    connect(view, &ViewState::yearChanged, this, [this] {
        refreshCapacities();
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, ItMwColumn), index(rowCount() - 1, H100eColumn));
        }
        Q_EMIT headerDataChanged(Qt::Horizontal, ItMwColumn, H100eColumn);
    });
    rebuild();
}

void SiteTableModel::rebuild()
{
    beginResetModel();
    const Dataset& data = m_document->dataset();
    m_sourceCount.resize(data.sites.size());
    for (int row = 0; row < data.sites.size(); ++row)
        m_sourceCount[row] = int(data.sourcesOf(data.sites[row].id).size());
    refreshCapacities();
    endResetModel();
}

void SiteTableModel::refreshCapacities()
{
    const Dataset& data = m_document->dataset();
    const QDate date = endOfYear(m_view->year());
    m_capacity.resize(data.sites.size());
    for (int row = 0; row < data.sites.size(); ++row)
        m_capacity[row] = capacityAt(data, data.phasesOf(data.sites[row].id), date);
}

int SiteTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_document->dataset().sites.size());
}

int SiteTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SiteTableModel::rowOf(Id siteId) const { return m_document->dataset().siteIndex(siteId); }

Id SiteTableModel::siteAt(int row) const
{
    const auto& sites = m_document->dataset().sites;
    return row >= 0 && row < sites.size() ? sites[row].id : 0;
}

QVariant SiteTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Dataset& data = m_document->dataset();
    const Site& site = data.sites[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(index.row(), index.column());
    case SortRole:
        return sortData(index.row(), index.column());
    case SiteIdRole:
        return site.id;
    case OperatorIdRole:
        return site.operatorId;
    case StatusKeyRole:
        return toKey(site.status);
    case PartiesRole:
        return site.parties;
    case PlacedRole:
        return site.hasLocation();
    case Qt::FontRole:
        if (!site.hasLocation() &&
            (index.column() == LocationColumn || index.column() == PrecisionColumn)) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn) {
            if (const Operator* op = data.op(site.operatorId); op && !op->color.isEmpty())
                return QColor::fromString(op->color);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ItMwColumn || index.column() == GpusColumn ||
            index.column() == H100eColumn || index.column() == PlannedMwColumn ||
            index.column() == SourcesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn || index.column() == OperatorColumn)
            return plainToolTip(site.parties.isEmpty()
                                    ? site.name
                                    : site.name + QStringLiteral("\n") + site.parties);
        if (index.column() == ItMwColumn && m_capacity[index.row()].isDerived())
            return tr("No power is reported for %1; derived from the GPUs: count × chip power × "
                      "overhead.")
                .arg(m_view->year());
        if (index.column() == PrecisionColumn && site.precision == LocationPrecision::Approximate)
            return tr("The coordinates are city- or map-level, not the parcel.");
        if ((index.column() == PrecisionColumn || index.column() == LocationColumn) &&
            !site.hasLocation())
            return tr(
                "No location yet: the site counts in every figure but is not drawn on the map. "
                "Edit it to place it (Find Place, or Shift+click on the map).");
        if ((index.column() == GpusColumn || index.column() == FleetColumn) &&
            !m_capacity[index.row()].chips.isEmpty())
            return plainToolTip(
                fleetLines(data, m_capacity[index.row()].chips).join(QLatin1Char('\n')));
        return {};
    default:
        return {};
    }
}

QVariant SiteTableModel::displayData(int row, int column) const
{
    const Dataset& data = m_document->dataset();
    const Site& site = data.sites[row];
    const SiteCapacity& capacity = m_capacity[row];
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return site.name;
    case OperatorColumn: {
        const Operator* op = data.op(site.operatorId);
        return op ? op->name : QString();
    }
    case StatusColumn:
        return displayName(site.status);
    case LocationColumn: {
        const QString place = placeName(site);
        if (site.hasLocation())
            return place;
        return place.isEmpty() ? tr("not placed") : tr("%1 (not placed)").arg(place);
    }
    case ItMwColumn:
        if (capacity.itMw() <= 0)
            return QString();
        // A derived figure is shown with a tilde: it is computed, not reported.
        return QString((capacity.isDerived() ? QStringLiteral("~") : QString()) +
                       locale.toString(capacity.itMw(), 'f', 0));
    case GpusColumn:
        return capacity.gpuCount > 0 ? locale.toString(capacity.gpuCount) : QString();
    case FleetColumn:
        return fleetModels(data, capacity.chips);
    case H100eColumn:
        return capacity.statedH100e > 0 ? locale.toString(capacity.statedH100e, 'f', 0) : QString();
    case PlannedMwColumn:
        return site.plannedMw ? locale.toString(*site.plannedMw, 'f', 0) : QString();
    case PrecisionColumn:
        return displayName(site.precision);
    case SourcesColumn:
        return m_sourceCount[row];
    default:
        return {};
    }
}

QVariant SiteTableModel::sortData(int row, int column) const
{
    const SiteCapacity& capacity = m_capacity[row];
    const Site& site = m_document->dataset().sites[row];
    switch (column) {
    case ItMwColumn:
        return capacity.itMw();
    case GpusColumn:
        return capacity.gpuCount;
    case H100eColumn:
        return capacity.statedH100e;
    case PlannedMwColumn:
        return site.plannedMw.value_or(-1.0);
    case SourcesColumn:
        return m_sourceCount[row];
    case StatusColumn:
        return int(site.status);
    case PrecisionColumn:
        return int(site.precision);
    default:
        return displayData(row, column).toString().toCaseFolded();
    }
}

QVariant SiteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ItMwColumn:
            return tr("IT power online by the end of %1, in megawatts").arg(m_view->year());
        case GpusColumn:
            // The count the site's phases record, not the scenario's allocation (the charts'
            // and the map's "GPUs (scenario)").
            return tr("GPUs the site's phases record online by the end of %1 (the charts show the "
                      "scenario's allocation, GPUs (scenario))")
                .arg(m_view->year());
        case FleetColumn:
            return tr("The GPU models of the fleet online by the end of %1").arg(m_view->year());
        case H100eColumn:
            return tr("The fleet's compute by the end of %1 in H100-equivalents, as the sources "
                      "state it")
                .arg(m_view->year());
        case PrecisionColumn:
            return tr("Exact, approximate (town or county), or not placed yet (not on the map)");
        case PlannedMwColumn:
            return tr("IT power the site is planned to reach, in megawatts");
        case SourcesColumn:
            return tr("How many sources the site's figures cite");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Site");
    case OperatorColumn:
        return tr("Operator");
    case StatusColumn:
        return tr("Status");
    case LocationColumn:
        return tr("Location");
    case ItMwColumn:
        return tr("IT MW %1").arg(m_view->year());
    case GpusColumn:
        return tr("GPUs (recorded) %1").arg(m_view->year());
    case FleetColumn:
        return tr("Chips");
    case H100eColumn:
        return tr("H100e %1").arg(m_view->year());
    case PlannedMwColumn:
        return tr("Planned MW");
    case PrecisionColumn:
        return tr("Precision");
    case SourcesColumn:
        return tr("Sources");
    default:
        return {};
    }
}

} // namespace atlas
