// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a site's row in a sites table, as a user finds it: by its name.
#pragma once

#include "core/models/sitetablemodel.h"

#include <QAbstractItemModel>
#include <QTableView>

namespace atlas::test {

// The row (of what the table shows) whose name column reads `name`; -1 when none.
inline int rowOfSite(QTableView* table, const QString& name)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, SiteTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

} // namespace atlas::test
