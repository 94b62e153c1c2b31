// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/basemap.h"

#include "core/geo/binaryreader.h"

#include <QCoreApplication>
#include <QFile>

namespace atlas {

Basemap Basemap::parse(const QByteArray& bytes, QString* error)
{
    Basemap map;
    BinaryReader in(bytes);
    if (bytes.left(4) != "CABM") {
        *error = QCoreApplication::translate("atlas::Basemap", "not a Compute Atlas basemap");
        return map;
    }
    for (int i = 0; i < 4; ++i)
        in.byte();
    if (const quint32 version = in.u32(); version != 1) {
        *error =
            QCoreApplication::translate("atlas::Basemap", "basemap version %1 is not supported")
                .arg(version);
        return map;
    }
    const quint32 layers = in.u32();
    for (quint32 l = 0; l < layers && l < 16 && !in.failed(); ++l) {
        BasemapLayer layer;
        layer.name = in.string();
        const double sx = in.f64(), sy = in.f64(), tx = in.f64(), ty = in.f64();
        const int arcs = in.count();
        layer.arcs.reserve(arcs);
        for (int a = 0; a < arcs && !in.failed(); ++a) {
            const int points = in.count();
            QVector<LonLat> arc;
            arc.reserve(points);
            qint64 x = 0, y = 0;
            for (int p = 0; p < points && !in.failed(); ++p) {
                x += in.zigzag();
                y += in.zigzag();
                arc.append({x * sx + tx, y * sy + ty});
            }
            layer.arcs.append(std::move(arc));
        }
        const int features = in.count();
        for (int f = 0; f < features && !in.failed(); ++f) {
            BasemapFeature feature;
            feature.id = in.string();
            feature.name = in.string();
            const int polygons = in.count();
            for (int p = 0; p < polygons && !in.failed(); ++p) {
                QVector<QVector<int>> rings(in.count());
                for (QVector<int>& ring : rings) {
                    ring.resize(in.count());
                    for (int& ref : ring)
                        ref = int(in.zigzag());
                }
                feature.polygons.append(std::move(rings));
            }
            layer.features.append(std::move(feature));
        }
        map.m_layers.append(std::move(layer));
    }
    if (in.failed()) {
        *error =
            QCoreApplication::translate("atlas::Basemap", "the basemap is truncated or damaged");
        return Basemap();
    }
    return map;
}

const Basemap& Basemap::bundled(QString* error)
{
    static QString loadError;
    static const Basemap map = [] {
        QFile file(QStringLiteral(":/basemap/basemap.bin"));
        if (!file.open(QIODevice::ReadOnly)) {
            loadError = QCoreApplication::translate("atlas::Basemap",
                                                    "the basemap is missing from this build");
            return Basemap();
        }
        return parse(file.readAll(), &loadError);
    }();
    if (error)
        *error = loadError;
    return map;
}

const BasemapLayer* Basemap::layer(const QString& name) const
{
    for (const BasemapLayer& l : m_layers) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
}

} // namespace atlas
