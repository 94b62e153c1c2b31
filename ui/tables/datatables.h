// SPDX-License-Identifier: GPL-3.0-or-later
// The tables of the database other than the sites, one tab each: fiber links, operators,
// GPU models, sources, claims.
#pragma once

#include "ui/tables/rowtablepanel.h"

#include <QTabWidget>

namespace atlas {

class DataTables : public QTabWidget
{
    Q_OBJECT
public:
    explicit DataTables(AtlasDocument* document, QWidget* parent = nullptr);

    RowTablePanel* panel(RowTableModel::Kind kind) const;
    QVector<RowTablePanel*> panels() const { return m_panels; }
    // Shows the tab of a kind and puts the focus in its table.
    void showPanel(RowTableModel::Kind kind);

private:
    QVector<RowTablePanel*> m_panels;
};

} // namespace atlas
