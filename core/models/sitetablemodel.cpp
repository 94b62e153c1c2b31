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

#include <algorithm>
#include <functional>

namespace atlas {

SiteTableModel::SiteTableModel(const AtlasDocument* document, const ViewState* view,
                               QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_view(view)
{
    connect(document, &AtlasDocument::datasetChanged, this, &SiteTableModel::update);
    connect(view, &ViewState::yearChanged, this, [this] {
        refreshCapacities();
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, ItMwColumn), index(rowCount() - 1, H100eColumn));
        }
        Q_EMIT headerDataChanged(Qt::Horizontal, ItMwColumn, H100eColumn);
    });
    rebuild();
}

void SiteTableModel::update(const DataChange& what)
{
    if (what.isEverything()) {
        rebuild();
        return;
    }
    // An operator's name and colour, a GPU model's power and a source's presence show on
    // every row that names them: those rows are found by refreshing them all (no reset).
    const bool allRows = what.touches(RowKind::Operator) || what.touches(RowKind::GpuModel) ||
                         what.touches(RowKind::Source);
    const RowIds& sites = what.ids(RowKind::Site);
    QSet<Id> touched = sitesTouched(what) + sites.changed;
    if (what.touches(RowKind::Phase) || what.touches(RowKind::Link))
        indexRelations();
    removeSiteRows(sites.removed);
    appendSiteRows(sites.added);
    if (allRows) {
        refreshAllRows();
        return;
    }
    touched -= sites.added;
    touched -= sites.removed;
    refreshRows(touched);
}

void SiteTableModel::rebuild()
{
    beginResetModel();
    const Dataset& data = m_document->dataset();
    m_ids.resize(data.sites.size());
    m_rowOf.clear();
    m_rowOf.reserve(data.sites.size());
    for (int row = 0; row < data.sites.size(); ++row) {
        m_ids[row] = data.sites[row].id;
        m_rowOf.insert(m_ids[row], row);
    }
    m_sourceCount.resize(data.sites.size());
    for (int row = 0; row < m_ids.size(); ++row)
        m_sourceCount[row] = int(data.sourcesOf(m_ids[row]).size());
    refreshCapacities();
    indexRelations();
    endResetModel();
}

void SiteTableModel::removeSiteRows(const QSet<Id>& sites)
{
    QVector<int> rows;
    for (Id id : sites) {
        if (const int row = m_rowOf.value(id, -1); row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>()); // the rows above keep their numbers
    for (int row : rows) {
        beginRemoveRows({}, row, row);
        m_rowOf.remove(m_ids[row]);
        m_ids.remove(row);
        m_capacity.remove(row);
        m_sourceCount.remove(row);
        for (auto it = m_rowOf.begin(); it != m_rowOf.end(); ++it) {
            if (it.value() > row)
                --it.value();
        }
        endRemoveRows();
    }
}

void SiteTableModel::appendSiteRows(const QSet<Id>& sites)
{
    QVector<Id> added;
    for (Id id : sites) {
        if (!m_rowOf.contains(id) && m_document->dataset().site(id))
            added.append(id);
    }
    if (added.isEmpty())
        return;
    std::sort(added.begin(), added.end());
    const int first = int(m_ids.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (Id id : added) {
        m_rowOf.insert(id, int(m_ids.size()));
        m_ids.append(id);
        m_capacity.append(SiteCapacity());
        m_sourceCount.append(0);
        refreshRow(int(m_ids.size()) - 1);
    }
    endInsertRows();
}

QSet<Id> SiteTableModel::sitesTouched(const DataChange& what) const
{
    // Before indexRelations(): a changed or deleted phase or link still names where it was.
    const Dataset& data = m_document->dataset();
    QSet<Id> sites;
    const RowIds& phases = what.ids(RowKind::Phase);
    for (const QSet<Id>* ids : {&phases.added, &phases.changed, &phases.removed}) {
        for (Id id : *ids) {
            if (const SitePhase* phase = data.phase(id))
                sites.insert(phase->siteId);
            if (const auto it = m_siteOfPhase.constFind(id); it != m_siteOfPhase.cend())
                sites.insert(it.value());
        }
    }
    const RowIds& links = what.ids(RowKind::Link);
    for (const QSet<Id>* ids : {&links.added, &links.changed, &links.removed}) {
        for (Id id : *ids) {
            if (const FiberLink* link = data.link(id))
                sites << link->siteA << link->siteB;
            if (const auto it = m_endsOfLink.constFind(id); it != m_endsOfLink.cend())
                sites << it->first << it->second;
        }
    }
    return sites;
}

void SiteTableModel::refreshRows(const QSet<Id>& sites)
{
    for (Id id : sites) {
        const int row = m_rowOf.value(id, -1);
        if (row < 0)
            continue;
        refreshRow(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void SiteTableModel::refreshAllRows()
{
    if (m_ids.isEmpty())
        return;
    for (int row = 0; row < m_ids.size(); ++row)
        refreshRow(row);
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SiteTableModel::indexRelations()
{
    const Dataset& data = m_document->dataset();
    m_siteOfPhase.clear();
    m_siteOfPhase.reserve(data.phases.size());
    for (const SitePhase& phase : data.phases)
        m_siteOfPhase.insert(phase.id, phase.siteId);
    m_endsOfLink.clear();
    m_endsOfLink.reserve(data.links.size());
    for (const FiberLink& link : data.links)
        m_endsOfLink.insert(link.id, {link.siteA, link.siteB});
}

void SiteTableModel::refreshRow(int row)
{
    const Dataset& data = m_document->dataset();
    const Id id = m_ids[row];
    m_sourceCount[row] = int(data.sourcesOf(id).size());
    m_capacity[row] = capacityAt(data, data.phasesOf(id), endOfYear(m_view->year()));
}

void SiteTableModel::refreshCapacities()
{
    const Dataset& data = m_document->dataset();
    const QDate date = endOfYear(m_view->year());
    m_capacity.resize(m_ids.size());
    for (int row = 0; row < m_ids.size(); ++row)
        m_capacity[row] = capacityAt(data, data.phasesOf(m_ids[row]), date);
}

int SiteTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int SiteTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SiteTableModel::rowOf(Id siteId) const
{
    return m_rowOf.value(siteId, -1);
}

Id SiteTableModel::siteAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

const Site* SiteTableModel::siteOfRow(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_document->dataset().site(m_ids[row]) : nullptr;
}

QVariant SiteTableModel::data(const QModelIndex& index, int role) const
{
    const Site* row = index.isValid() ? siteOfRow(index.row()) : nullptr;
    if (!row)
        return {};
    const Dataset& data = m_document->dataset();
    const Site& site = *row;
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
        return toolTip(index.row(), index.column());
    default:
        return {};
    }
}

QVariant SiteTableModel::toolTip(int row, int column) const
{
    const Dataset& data = m_document->dataset();
    const Site& site = *data.site(m_ids[row]); // data() checked it is there
    if (column == NameColumn || column == OperatorColumn)
        return plainToolTip(site.parties.isEmpty()
                                ? site.name
                                : site.name + QStringLiteral("\n") + site.parties);
    if (column == ItMwColumn && m_capacity[row].isDerived())
        return tr("No power is reported for %1; derived from the GPUs: count × chip power × "
                  "overhead.")
            .arg(m_view->year());
    if (column == PrecisionColumn && site.precision == LocationPrecision::Approximate)
        return tr("The coordinates are city- or map-level, not the parcel.");
    if ((column == PrecisionColumn || column == LocationColumn) && !site.hasLocation())
        return tr("No location yet: the site counts in every figure but is not drawn on the map. "
                  "Edit it to place it (Find Place, or Shift+click on the map).");
    if ((column == GpusColumn || column == FleetColumn) && !m_capacity[row].chips.isEmpty())
        return plainToolTip(fleetLines(data, m_capacity[row].chips).join(QLatin1Char('\n')));
    return {};
}

QVariant SiteTableModel::displayData(int row, int column) const
{
    const Dataset& data = m_document->dataset();
    const Site& site = *data.site(m_ids[row]); // data() checked it is there
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
    const Site& site = *siteOfRow(row); // data() checked it is there
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
