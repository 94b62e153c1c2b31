// SPDX-License-Identifier: GPL-3.0-or-later
// What the Add and Remove buttons under an editable table (phases, chips) share.
#pragma once

#include <QList>

class QModelIndex;
class QTableView;

namespace atlas {

// The rows a Remove button works on: the selected ones, or the current one when none is.
QList<int> rowsToRemove(const QTableView* table);
// Makes `cell` of a row just added current and opens its editor once the row is laid out.
void editAddedRow(QTableView* table, const QModelIndex& cell);

} // namespace atlas
