// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/tablerows.h"

#include <QItemSelectionModel>
#include <QTableView>
#include <QTimer>

namespace atlas {

QList<int> rowsToRemove(const QTableView* table)
{
    QList<int> rows;
    for (const QModelIndex& index : table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && table->currentIndex().isValid())
        rows << table->currentIndex().row();
    return rows;
}

void editAddedRow(QTableView* table, const QModelIndex& cell)
{
    table->setCurrentIndex(cell);
    QTimer::singleShot(0, table, [table] {
        if (table->isVisible())
            table->edit(table->currentIndex());
    });
}

} // namespace atlas
