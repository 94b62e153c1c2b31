// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/geopackageenvelope.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace atlas::db {
namespace {

constexpr int kHeaderSize = 8;
constexpr quint8 kFlagLittleEndian = 0x01;
constexpr quint8 kFlagEmpty = 0x10;
constexpr int kMaxDepth = 32; // collections of collections: enough for any real geometry

double doubleAt(const char* p, bool little)
{
    const quint64 bits = little ? qFromLittleEndian<quint64>(p) : qFromBigEndian<quint64>(p);
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

// Reads the WKB after the header, bounds-checked at every step.
class WkbWalker
{
public:
    WkbWalker(const char* data, qsizetype size) : m_data(data), m_size(size) {}

    // False when the WKB is cut short, nested too deeply or of a type not handled.
    bool walk(int depth = 0)
    {
        quint8 order = 0;
        quint32 type = 0;
        if (depth > kMaxDepth || !readByte(&order) || order > 1)
            return false;
        const bool little = order == 1;
        if (!readUInt32(little, &type))
            return false;
        // ISO WKB adds 1000 (Z), 2000 (M) or 3000 (ZM) to the type; the older extended
        // form sets the high bits instead. Both say how many ordinates a point has.
        int ordinates = 2 + ((type & 0x80000000u) ? 1 : 0) + ((type & 0x40000000u) ? 1 : 0);
        type &= 0x0fffffffu;
        if (type >= 1000) {
            const quint32 dimensions = type / 1000;
            if (dimensions > 3)
                return false;
            ordinates = dimensions == 3 ? 4 : 2 + (dimensions > 0 ? 1 : 0);
            type %= 1000;
        }
        quint32 count = 0;
        switch (type) {
        case 1: // point
            return points(little, 1, ordinates);
        case 2: // line string
            return readUInt32(little, &count) && points(little, count, ordinates);
        case 3: // polygon: rings of points
            if (!readUInt32(little, &count))
                return false;
            for (quint32 ring = 0; ring < count; ++ring) {
                quint32 pointCount = 0;
                if (!readUInt32(little, &pointCount) || !points(little, pointCount, ordinates))
                    return false;
            }
            return true;
        case 4: // multi point, multi line string, multi polygon, collection: whole geometries
        case 5:
        case 6:
        case 7:
            if (!readUInt32(little, &count) || count > quint32(m_size - m_offset))
                return false;
            for (quint32 part = 0; part < count; ++part) {
                if (!walk(depth + 1))
                    return false;
            }
            return true;
        default: // curves, surfaces, triangles: not in our layers, and not guessed at
            return false;
        }
    }

    GeometryEnvelope envelope() const
    {
        GeometryEnvelope box;
        box.kind = m_bounded ? GeometryEnvelope::Kind::Bounded : GeometryEnvelope::Kind::Empty;
        box.minX = m_minX;
        box.maxX = m_maxX;
        box.minY = m_minY;
        box.maxY = m_maxY;
        return box;
    }

private:
    bool readByte(quint8* value)
    {
        if (m_size - m_offset < 1)
            return false;
        *value = quint8(m_data[m_offset++]);
        return true;
    }
    bool readUInt32(bool little, quint32* value)
    {
        if (m_size - m_offset < 4)
            return false;
        const char* p = m_data + m_offset;
        *value = little ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
        m_offset += 4;
        return true;
    }
    bool points(bool little, quint32 count, int ordinates)
    {
        const qsizetype stride = qsizetype(ordinates) * 8;
        if (qsizetype(count) > (m_size - m_offset) / stride)
            return false;
        for (quint32 i = 0; i < count; ++i, m_offset += stride) {
            const double x = doubleAt(m_data + m_offset, little);
            const double y = doubleAt(m_data + m_offset + 8, little);
            if (std::isnan(x) || std::isnan(y))
                continue; // an empty point (GeoPackage writes it as NaN coordinates)
            if (!m_bounded) {
                m_minX = m_maxX = x;
                m_minY = m_maxY = y;
                m_bounded = true;
            } else {
                m_minX = std::min(m_minX, x);
                m_maxX = std::max(m_maxX, x);
                m_minY = std::min(m_minY, y);
                m_maxY = std::max(m_maxY, y);
            }
        }
        return true;
    }

    const char* m_data;
    qsizetype m_size;
    qsizetype m_offset = 0;
    bool m_bounded = false;
    double m_minX = 0, m_maxX = 0, m_minY = 0, m_maxY = 0;
};

} // namespace

GeometryEnvelope geometryEnvelope(const char* data, qsizetype size)
{
    GeometryEnvelope box;
    if (size < kHeaderSize || data[0] != 'G' || data[1] != 'P' || data[2] != 0)
        return box; // NotGeoPackage
    const quint8 flags = quint8(data[3]);
    static const int envelopeDoubles[] = {0, 4, 6, 6, 8};
    const int envelopeCode = (flags >> 1) & 0x07;
    if (envelopeCode > 4)
        return box;
    if (flags & kFlagEmpty) {
        box.kind = GeometryEnvelope::Kind::Empty;
        return box;
    }
    const qsizetype wkbStart = kHeaderSize + qsizetype(envelopeDoubles[envelopeCode]) * 8;
    if (size < wkbStart) {
        box.kind = GeometryEnvelope::Kind::Unreadable;
        return box;
    }
    if (envelopeCode > 0) {
        // The header's box is [minx, maxx, miny, maxy] in the header's byte order: trusted, as
        // GDAL trusts it, so a line is not read point by point.
        const bool little = flags & kFlagLittleEndian;
        box.kind = GeometryEnvelope::Kind::Bounded;
        box.minX = doubleAt(data + kHeaderSize, little);
        box.maxX = doubleAt(data + kHeaderSize + 8, little);
        box.minY = doubleAt(data + kHeaderSize + 16, little);
        box.maxY = doubleAt(data + kHeaderSize + 24, little);
        return box;
    }
    WkbWalker walker(data + wkbStart, size - wkbStart);
    if (!walker.walk()) {
        box.kind = GeometryEnvelope::Kind::Unreadable;
        return box;
    }
    return walker.envelope();
}

} // namespace atlas::db
