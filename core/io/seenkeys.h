// SPDX-License-Identifier: GPL-3.0-or-later
// The keys an import has seen so far (site names, link ends and carrier, a phase's site and
// date), each with the row it was first seen on, so that a row repeating an earlier one is
// reported with both rows. A million rows must not cost a million strings: a key is kept as a
// 64-bit hash with its row, 12 bytes a slot in one flat table (open addressing, at most three
// quarters full, grown by half): about 20 bytes a key. Two keys sharing a hash (about 1 in
// 10^7 at a million keys) would be reported as the same.
#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace atlas::io {

class SeenKeys
{
public:
    // The row `key` was first seen on; 0 when it is new, and it is then remembered as seen
    // on `row` (which must not be 0).
    int firstRow(const QString& key, int row);
    qsizetype size() const { return qsizetype(m_count); }
    // The bytes the table takes (for the memory figures in the docs and tests).
    qsizetype bytes() const;

private:
    void grow();

    std::vector<quint64> m_hashes; // 0: an empty slot
    std::vector<int> m_rows;
    size_t m_count = 0;
};

} // namespace atlas::io
