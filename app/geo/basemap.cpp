// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/basemap.h"

#include <QCoreApplication>
#include <QFile>

#include <cstring>

namespace atlas {
namespace {

class Reader
{
public:
    explicit Reader(const QByteArray& bytes) : m_bytes(bytes) {}
    bool failed() const { return m_failed; }
    quint8 byte()
    {
        if (m_at >= m_bytes.size()) {
            m_failed = true;
            return 0;
        }
        return quint8(m_bytes[m_at++]);
    }
    quint32 u32()
    {
        quint32 v = 0;
        for (int i = 0; i < 4; ++i)
            v |= quint32(byte()) << (8 * i);
        return v;
    }
    double f64()
    {
        quint64 bits = 0;
        for (int i = 0; i < 8; ++i)
            bits |= quint64(byte()) << (8 * i);
        double v;
        std::memcpy(&v, &bits, sizeof v);
        return v;
    }
    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64 && !m_failed; shift += 7) {
            const quint8 b = byte();
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        m_failed = true;
        return 0;
    }
    qint64 zigzag()
    {
        const quint64 v = varint();
        return (v & 1) ? -qint64(v >> 1) - 1 : qint64(v >> 1);
    }
    // A count that must fit in what is left of the file (each element takes a byte at least).
    int count()
    {
        const quint64 n = varint();
        if (n > quint64(m_bytes.size() - m_at)) {
            m_failed = true;
            return 0;
        }
        return int(n);
    }
    QString string()
    {
        const int length = count();
        if (m_failed)
            return {};
        const QString s = QString::fromUtf8(m_bytes.constData() + m_at, length);
        m_at += length;
        return s;
    }

private:
    const QByteArray& m_bytes;
    qsizetype m_at = 0;
    bool m_failed = false;
};

} // namespace

Basemap Basemap::parse(const QByteArray& bytes, QString* error)
{
    Basemap map;
    Reader in(bytes);
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
