// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/sitefiltermodel.h"

#include "core/models/sitetablemodel.h"

namespace atlas {

SiteFilterModel::SiteFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SiteTableModel::SortRole);
    setDynamicSortFilter(true);
}

void SiteFilterModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    invalidateFilter();
}

void SiteFilterModel::setOperatorId(Id operatorId)
{
    if (operatorId == m_operatorId)
        return;
    m_operatorId = operatorId;
    invalidateFilter();
}

void SiteFilterModel::setStatusKey(const QString& key)
{
    if (key == m_statusKey)
        return;
    m_statusKey = key;
    invalidateFilter();
}

void SiteFilterModel::setPlacement(Placement placement)
{
    if (placement == m_placement)
        return;
    m_placement = placement;
    invalidateFilter();
}

bool SiteFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_operatorId != 0 &&
        model->data(first, SiteTableModel::OperatorIdRole).toLongLong() != m_operatorId)
        return false;
    if (!m_statusKey.isEmpty() &&
        model->data(first, SiteTableModel::StatusKeyRole).toString() != m_statusKey)
        return false;
    if (m_placement != Placement::Any && model->data(first, SiteTableModel::PlacedRole).toBool() !=
                                             (m_placement == Placement::Placed))
        return false;
    if (m_searchText.isEmpty())
        return true;
    for (int column : {SiteTableModel::NameColumn, SiteTableModel::OperatorColumn,
                       SiteTableModel::LocationColumn}) {
        const QString text = model->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_searchText, Qt::CaseInsensitive))
            return true;
    }
    const QString parties = model->data(first, SiteTableModel::PartiesRole).toString();
    return parties.contains(m_searchText, Qt::CaseInsensitive);
}

} // namespace atlas
