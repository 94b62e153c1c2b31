// SPDX-License-Identifier: GPL-3.0-or-later
// What a fleet costs to keep: the GPUs bought each year when each lasts a lifetime.
#pragma once

#include <QVector>

#include <algorithm>

namespace atlas {

// Purchases that keep a fleet at target[y] when each GPU lasts `lifetime` years (growth plus
// replacements; a shrinking fleet buys nothing).
inline QVector<double> purchasesToKeep(const QVector<double>& target, int lifetime)
{
    QVector<double> bought(target.size(), 0);
    for (int y = 0; y < target.size(); ++y) {
        double surviving = 0;
        for (int past = std::max(0, y - lifetime + 1); past < y; ++past)
            surviving += bought[past];
        bought[y] = std::max(0.0, target[y] - surviving);
    }
    return bought;
}

} // namespace atlas
