// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/transfer/previewtable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace atlas {

void setUpPreviewTable(QTableWidget* table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace atlas
