// SPDX-License-Identifier: GPL-3.0-or-later
// The New / Edit / Delete buttons of a table, and the keys that go with them while the table
// has focus: Delete deletes, Enter or F2 edits, double-click edits. Icons only, to leave the
// table's row of controls room on a narrow screen; the tooltips say what they do.
#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemView;
class QToolButton;

namespace atlas {

struct TableActions
{
    std::function<void()> create, edit, remove;
    QString createTip, editTip, removeTip;
};

// Returns the box of buttons (to add to a layout); wires the keys on `view`.
QWidget* makeTableButtons(QAbstractItemView* view, const TableActions& actions, QWidget* parent);

} // namespace atlas
