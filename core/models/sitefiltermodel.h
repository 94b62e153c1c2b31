// SPDX-License-Identifier: GPL-3.0-or-later
// Narrows the sites table by a search text, an operator, a status and whether a site is
// placed (a demanding user looks for the sites that still need a place), and sorts it.
#pragma once

#include "core/domain/entities.h"

#include <QSortFilterProxyModel>

namespace atlas {

class SiteFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Placement { Any, Placed, NotPlaced };

    explicit SiteFilterModel(QObject* parent = nullptr);

    // Matches site name, operator, parties, city and region, ignoring case.
    void setSearchText(const QString& text);
    // 0 for every operator.
    void setOperatorId(Id operatorId);
    // Empty for every status, else a status key ("operating").
    void setStatusKey(const QString& key);
    void setPlacement(Placement placement);

    Id operatorId() const { return m_operatorId; }
    QString statusKey() const { return m_statusKey; }
    Placement placement() const { return m_placement; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_searchText;
    Id m_operatorId = 0;
    QString m_statusKey;
    Placement m_placement = Placement::Any;
};

} // namespace atlas
