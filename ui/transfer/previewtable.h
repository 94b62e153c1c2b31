// SPDX-License-Identifier: GPL-3.0-or-later
// The read-only table of an import's preview (the file import's and Epoch's): rows selected
// whole, alternating colours, one line a row, the last column taking the room.
#pragma once

class QTableWidget;

namespace atlas {

void setUpPreviewTable(QTableWidget* table);

} // namespace atlas
