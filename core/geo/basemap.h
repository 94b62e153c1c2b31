// SPDX-License-Identifier: GPL-3.0-or-later
// The boundaries of the offline map (countries, US states) read from the bundled
// resources/basemap/basemap.bin (tools/basemap/build-basemap.mjs writes it), in lon/lat as
// the data has them: ProjectedBasemap draws them in a projection.
#pragma once

#include "core/geo/lonlat.h"

#include <QString>
#include <QVector>

namespace atlas {

struct BasemapFeature
{
    QString id;
    QString name;
    // Polygons, each a list of rings (outer first), each ring a list of arc references
    // (TopoJSON's: ~i is arc i reversed).
    QVector<QVector<QVector<int>>> polygons;
};

struct BasemapLayer
{
    QString name; // "countries", "states"
    QVector<QVector<LonLat>> arcs;
    QVector<BasemapFeature> features;
};

class Basemap
{
public:
    // The bundled basemap; empty (with *error set) when it cannot be read.
    static const Basemap& bundled(QString* error = nullptr);
    // Parses the format of build-basemap.mjs.
    static Basemap parse(const QByteArray& bytes, QString* error);

    const QVector<BasemapLayer>& layers() const { return m_layers; }
    const BasemapLayer* layer(const QString& name) const;

private:
    QVector<BasemapLayer> m_layers;
};

} // namespace atlas
