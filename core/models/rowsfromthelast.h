// SPDX-License-Identifier: GPL-3.0-or-later
// The rows an edit model removes, in the order it removes them: from the last, so that the
// rows before keep their numbers; each once, and only rows the model has.
#pragma once

#include <QList>

#include <algorithm>
#include <functional>

namespace atlas {

inline QList<int> rowsFromTheLast(QList<int> rows, int rowCount)
{
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [rowCount](int row) { return row < 0 || row >= rowCount; }),
               rows.end());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

} // namespace atlas
