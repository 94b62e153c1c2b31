// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/seenkeys.h"

#include <QHash>

namespace atlas::io {
namespace {

quint64 hashOf(const QString& key)
{
    quint64 hash = qHash(key, 0);
    if constexpr (sizeof(size_t) < sizeof(quint64))
        hash = (hash << 32) ^ qHash(key, 0x9e3779b9u); // 32-bit platforms: two seeds
    return hash != 0 ? hash : 1;                       // 0 marks an empty slot
}

} // namespace

int SeenKeys::firstRow(const QString& key, int row)
{
    Q_ASSERT(row != 0);
    if ((m_count + 1) * 4 > m_hashes.size() * 3)
        grow();
    const quint64 hash = hashOf(key);
    for (size_t slot = hash % m_hashes.size();; slot = slot + 1 == m_hashes.size() ? 0 : slot + 1) {
        if (m_hashes[slot] == hash)
            return m_rows[slot];
        if (m_hashes[slot] == 0) {
            m_hashes[slot] = hash;
            m_rows[slot] = row;
            ++m_count;
            return 0;
        }
    }
}

void SeenKeys::grow()
{
    std::vector<quint64> hashes(m_hashes.empty() ? 1024 : m_hashes.size() + m_hashes.size() / 2);
    std::vector<int> rows(hashes.size());
    for (size_t i = 0; i < m_hashes.size(); ++i) {
        if (m_hashes[i] == 0)
            continue;
        size_t slot = m_hashes[i] % hashes.size();
        while (hashes[slot] != 0)
            slot = slot + 1 == hashes.size() ? 0 : slot + 1;
        hashes[slot] = m_hashes[i];
        rows[slot] = m_rows[i];
    }
    m_hashes = std::move(hashes);
    m_rows = std::move(rows);
}

qsizetype SeenKeys::bytes() const
{
    return qsizetype(m_hashes.capacity() * sizeof(quint64) + m_rows.capacity() * sizeof(int));
}

} // namespace atlas::io
