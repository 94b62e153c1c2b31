// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/rowtablemodel.h"

#include "core/document/atlasdocument.h"
#include "core/domain/claimmetrics.h"
#include "core/domain/enumtext.h"
#include "core/models/tooltiptext.h"

#include <QLocale>

#include <algorithm>
#include <functional>

namespace atlas {
namespace {

QVariant optionalNumber(const std::optional<double>& value) { return value ? QVariant(*value) : QVariant(); }

QString siteName(const Dataset& data, Id id)
{
    const Site* site = data.site(id);
    return site ? site->name : QString();
}

QString sourceTitle(const Dataset& data, Id id)
{
    const Source* source = data.source(id);
    return source ? source->title : QString();
}

// How many rows refer to each id, for the "used by" columns.
template <typename Rows, typename Key>
int countWhere(const Rows& rows, Key key, Id id)
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [&](const auto& r) { return key(r) == id; }));
}

// A column shown as text: the value as the field gives it, wrapped in a QVariant.
template <typename Field> auto text(Field field)
{
    return [field](const Dataset& d, int row) -> QVariant { return field(d, row); };
}

} // namespace

RowTableModel::RowTableModel(const AtlasDocument* document, Kind kind, QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_kind(kind)
{
    defineColumns();
    connect(document, &AtlasDocument::datasetChanged, this, &RowTableModel::update);
    rebuild();
}

RowKind RowTableModel::rowKind() const
{
    switch (m_kind) {
    case Kind::Links:
        return RowKind::Link;
    case Kind::Operators:
        return RowKind::Operator;
    case Kind::GpuModels:
        return RowKind::GpuModel;
    case Kind::Sources:
        return RowKind::Source;
    case Kind::Claims:
        return RowKind::Claim;
    }
    return RowKind::Link;
}

void RowTableModel::rebuild()
{
    beginResetModel();
    const Dataset& d = m_document->dataset();
    const auto idsOf = [](const auto& rows) {
        QVector<Id> ids;
        ids.reserve(rows.size());
        for (const auto& row : rows)
            ids.append(row.id);
        return ids;
    };
    switch (m_kind) {
    case Kind::Links:
        m_ids = idsOf(d.links);
        break;
    case Kind::Operators:
        m_ids = idsOf(d.operators);
        break;
    case Kind::GpuModels:
        m_ids = idsOf(d.gpuModels);
        break;
    case Kind::Sources:
        m_ids = idsOf(d.sources);
        break;
    case Kind::Claims:
        m_ids = idsOf(d.claims);
        break;
    }
    m_rowOf.clear();
    for (int row = 0; row < m_ids.size(); ++row)
        m_rowOf.insert(m_ids[row], row);
    endResetModel();
}

bool RowTableModel::showsOtherRowsOf(const DataChange& what) const
{
    switch (m_kind) {
    case Kind::Links:
        return what.touches(RowKind::Site) || what.touches(RowKind::Source);
    case Kind::Operators:
        return what.touches(RowKind::Site); // its count of sites
    case Kind::GpuModels:
        return what.touches(RowKind::Phase); // its count of phases
    case Kind::Sources:
        return false;
    case Kind::Claims:
        return what.touches(RowKind::Source);
    }
    return true;
}

void RowTableModel::update(const DataChange& what)
{
    if (what.isEverything()) {
        rebuild();
        return;
    }
    const RowIds& ids = what.ids(rowKind());
    QVector<int> removed;
    for (Id id : ids.removed) {
        if (const int row = m_rowOf.value(id, -1); row >= 0)
            removed.append(row);
    }
    std::sort(removed.begin(), removed.end(), std::greater<int>()); // the rows above stay
    for (int row : removed) {
        beginRemoveRows({}, row, row);
        m_ids.remove(row);
        m_rowOf.clear();
        for (int i = 0; i < m_ids.size(); ++i)
            m_rowOf.insert(m_ids[i], i);
        endRemoveRows();
    }
    QVector<Id> added(ids.added.cbegin(), ids.added.cend());
    std::sort(added.begin(), added.end());
    added.removeIf([this](Id id) { return m_rowOf.contains(id); });
    if (!added.isEmpty()) {
        const int first = int(m_ids.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (Id id : added) {
            m_rowOf.insert(id, int(m_ids.size()));
            m_ids.append(id);
        }
        endInsertRows();
    }
    if (showsOtherRowsOf(what)) {
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    for (Id id : ids.changed) {
        if (const int row = m_rowOf.value(id, -1); row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

int RowTableModel::datasetIndex(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return -1;
    const Dataset& d = m_document->dataset();
    const auto at = [](const auto* found, const auto& rows) {
        return found ? int(found - rows.constData()) : -1;
    };
    const Id id = m_ids[row];
    switch (m_kind) {
    case Kind::Links:
        return at(d.link(id), d.links);
    case Kind::Operators:
        return at(d.op(id), d.operators);
    case Kind::GpuModels:
        return at(d.gpuModel(id), d.gpuModels);
    case Kind::Sources:
        return at(d.source(id), d.sources);
    case Kind::Claims:
        return at(d.claim(id), d.claims);
    }
    return -1;
}

QString RowTableModel::rowsName() const
{
    switch (m_kind) {
    case Kind::Links: return tr("fiber links");
    case Kind::Operators: return tr("operators");
    case Kind::GpuModels: return tr("GPU models");
    case Kind::Sources: return tr("sources");
    case Kind::Claims: return tr("claims");
    }
    return {};
}

QVector<RowTableModel::Column> RowTableModel::linkColumns()
{
    return {
        {tr("Site A"), text([](const Dataset& d, int r) { return siteName(d, d.links[r].siteA); }), {}, false},
        {tr("Site B"), text([](const Dataset& d, int r) { return siteName(d, d.links[r].siteB); }), {}, false},
        {tr("Carrier"), text([](const Dataset& d, int r) { return d.links[r].carrier; }), {}, false},
        {tr("Tbps"), [](const Dataset& d, int r) { return optionalNumber(d.links[r].capacityTbps); }, {}, true},
        {tr("Status"), text([](const Dataset& d, int r) { return displayName(d.links[r].status); }), {}, false},
        {tr("Active"), text([](const Dataset& d, int r) { return d.links[r].activeDate.toString(Qt::ISODate); }), {}, false},
        {tr("Source"), text([](const Dataset& d, int r) { return sourceTitle(d, d.links[r].sourceId); }), {}, false},
        {tr("Note"), text([](const Dataset& d, int r) { return d.links[r].note; }), {}, false},
    };
}

QVector<RowTableModel::Column> RowTableModel::operatorColumns()
{
    return {
        {tr("Name"), text([](const Dataset& d, int r) { return d.operators[r].name; }), {}, false},
        {tr("Colour"), text([](const Dataset& d, int r) { return d.operators[r].color; }), {}, false},
        {tr("Sites"), [](const Dataset& d, int r) -> QVariant {
             return countWhere(d.sites, [](const Site& s) { return s.operatorId; }, d.operators[r].id);
         }, {}, true},
        {tr("Note"), text([](const Dataset& d, int r) { return d.operators[r].note; }), {}, false},
    };
}

QVector<RowTableModel::Column> RowTableModel::gpuModelColumns()
{
    return {
        {tr("Name"), text([](const Dataset& d, int r) { return d.gpuModels[r].name; }), {}, false},
        {tr("Year"), [](const Dataset& d, int r) -> QVariant { return d.gpuModels[r].year ? QVariant(d.gpuModels[r].year) : QVariant(); }, {}, true},
        {tr("Chip W"), [](const Dataset& d, int r) -> QVariant { return d.gpuModels[r].tdpW; }, {}, true},
        {tr("Overhead ×"), [](const Dataset& d, int r) -> QVariant { return d.gpuModels[r].overhead; }, {}, true},
        {tr("BF16 TFLOPS"), [](const Dataset& d, int r) { return optionalNumber(d.gpuModels[r].bf16Tflops); }, {}, true},
        {tr("System $/GPU"), [](const Dataset& d, int r) { return optionalNumber(d.gpuModels[r].systemPriceUsd); }, {}, true},
        {tr("System"), text([](const Dataset& d, int r) { return d.gpuModels[r].system; }), {}, false},
        {tr("Phases"), [](const Dataset& d, int r) -> QVariant {
             const Id model = d.gpuModels[r].id;
             return int(std::count_if(d.phases.cbegin(), d.phases.cend(), [model](const SitePhase& p) {
                 return std::any_of(p.chips.cbegin(), p.chips.cend(), [model](const ChipCount& c) { return c.gpuModelId == model; });
             }));
         }, {}, true},
    };
}

QVector<RowTableModel::Column> RowTableModel::sourceColumns()
{
    return {
        {tr("Title"), text([](const Dataset& d, int r) { return d.sources[r].title; }), {}, false},
        {tr("Publisher"), text([](const Dataset& d, int r) { return d.sources[r].publisher; }), {}, false},
        {tr("Published"), text([](const Dataset& d, int r) { return d.sources[r].published; }), {}, false},
        {tr("Address"), text([](const Dataset& d, int r) { return d.sources[r].url; }), {}, false},
        {tr("Note"), text([](const Dataset& d, int r) { return d.sources[r].note; }), {}, false},
    };
}

QVector<RowTableModel::Column> RowTableModel::claimColumns()
{
    return {
        {tr("Claim"),
         text([](const Dataset& d, int r) {
             return d.claims[r].label.isEmpty() ? claimMetricName(d.claims[r].metric)
                                                : d.claims[r].label;
         }),
         {},
         false},
        {tr("Metric"),
         text([](const Dataset& d, int r) { return claimMetricName(d.claims[r].metric); }),
         {},
         false},
        {tr("Year"),
         [](const Dataset& d, int r) -> QVariant {
             return d.claims[r].year ? QVariant(*d.claims[r].year) : QVariant();
         },
         {},
         true},
        {tr("Low"),
         [](const Dataset& d, int r) -> QVariant { return d.claims[r].low; },
         {},
         true},
        {tr("High"),
         [](const Dataset& d, int r) -> QVariant { return d.claims[r].high; },
         {},
         true},
        {tr("Unit"), text([](const Dataset& d, int r) { return d.claims[r].unit; }), {}, false},
        {tr("Speaker"),
         text([](const Dataset& d, int r) { return d.claims[r].speaker; }),
         {},
         false},
        {tr("Source"),
         text([](const Dataset& d, int r) { return sourceTitle(d, d.claims[r].sourceId); }),
         {},
         false},
    };
}

void RowTableModel::defineColumns()
{
    switch (m_kind) {
    case Kind::Links: m_columns = linkColumns(); break;
    case Kind::Operators: m_columns = operatorColumns(); break;
    case Kind::GpuModels: m_columns = gpuModelColumns(); break;
    case Kind::Sources: m_columns = sourceColumns(); break;
    case Kind::Claims: m_columns = claimColumns(); break;
    }
}

int RowTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RowTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_columns.size()); }

QVariant RowTableModel::data(const QModelIndex& index, int role) const
{
    const int at = index.isValid() ? datasetIndex(index.row()) : -1;
    if (at < 0)
        return {};
    const Dataset& d = m_document->dataset();
    const Column& column = m_columns[index.column()];
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant value = column.display(d, at);
        if (column.number && value.isValid())
            return QLocale().toString(value.toDouble(), 'g', 12);
        return value;
    }
    case Qt::ToolTipRole:
        return plainToolTip(column.display(d, at).toString());
    case Qt::TextAlignmentRole:
        return column.number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole:
        return m_ids[index.row()];
    case SortRole: {
        const QVariant value = column.sort ? column.sort(d, at) : column.display(d, at);
        if (column.number)
            return value.isValid() ? value.toDouble() : -1e300;
        return value.toString().toCaseFolded();
    }
    case SearchRole: {
        QStringList parts;
        for (const Column& c : m_columns)
            parts << c.display(d, at).toString();
        return parts.join(QLatin1Char('\n')).toCaseFolded();
    }
    default:
        return {};
    }
}

QVariant RowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return {};
    return m_columns[section].title;
}

Row RowTableModel::rowAt(int row) const
{
    const Dataset& d = m_document->dataset();
    const int at = datasetIndex(row);
    switch (m_kind) {
    case Kind::Links:
        return d.links.at(at);
    case Kind::Operators:
        return d.operators.at(at);
    case Kind::GpuModels:
        return d.gpuModels.at(at);
    case Kind::Sources:
        return d.sources.at(at);
    case Kind::Claims:
        return d.claims.at(at);
    }
    return {};
}

Id RowTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int RowTableModel::rowOf(Id id) const
{
    return m_rowOf.value(id, -1);
}

} // namespace atlas
