// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/operatorcolors.h"

#include "core/domain/namekey.h"

#include <QHash>

#include <iterator>

namespace atlas::io {

namespace {
// Tableau 10 and the darker of Tableau 20: distinct on a light and a dark map.
const char* const palette[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
                               "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#2ca02c",
                               "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#d62728"};
} // namespace

QString operatorColor(const QString& name)
{
    return QLatin1String(palette[qHash(nameKey(name), 0) % std::size(palette)]);
}

QString operatorColorAvoiding(const QString& name, const QStringList& taken)
{
    const QString own = operatorColor(name);
    if (!taken.contains(own, Qt::CaseInsensitive))
        return own;
    for (const char* color : palette) {
        if (!taken.contains(QLatin1String(color), Qt::CaseInsensitive))
            return QLatin1String(color);
    }
    return own;
}

} // namespace atlas::io
