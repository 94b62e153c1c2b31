// SPDX-License-Identifier: GPL-3.0-or-later
// Disjoint sets of 0..n-1 with union by size and path halving: which sites one set of fiber
// links joins into a single training system.
#pragma once

#include <QVector>

#include <utility>

namespace atlas {

class UnionFind
{
public:
    explicit UnionFind(int count) : m_parent(count), m_size(count, 1)
    {
        for (int i = 0; i < count; ++i)
            m_parent[i] = i;
    }

    int find(int x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }

    // The size of the set whose root is `root`.
    int sizeOf(int root) const { return m_size[root]; }

    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return;
        if (m_size[a] < m_size[b])
            std::swap(a, b);
        m_parent[b] = a;
        m_size[a] += m_size[b];
    }

private:
    QVector<int> m_parent;
    QVector<int> m_size;
};

} // namespace atlas
