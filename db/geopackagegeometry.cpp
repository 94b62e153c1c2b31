// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/geopackagegeometry.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

#include <cstring>

#include <algorithm>

namespace atlas::db {
namespace {

constexpr quint32 kWkbPoint = 1;
constexpr quint32 kWkbLineString = 2;
constexpr quint8 kFlagLittleEndian = 0x01;
constexpr quint8 kEnvelopeXy = 1; // envelope code in flag bits 1-3: [minx, maxx, miny, maxy]

void useLittleEndianDoubles(QDataStream& stream)
{
    stream.setByteOrder(QDataStream::LittleEndian);
    stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
}

void writeHeader(QDataStream& stream, int srsId, quint8 envelopeCode)
{
    stream << quint8('G') << quint8('P') << quint8(0)
           << quint8(kFlagLittleEndian | (envelopeCode << 1)) << qint32(srsId);
}

// Reads the header, leaves the stream at the WKB, and returns false on a bad header.
bool readHeader(QDataStream& stream)
{
    quint8 g = 0, p = 0, version = 0, flags = 0;
    stream >> g >> p >> version >> flags;
    if (g != 'G' || p != 'P' || version != 0)
        return false;
    stream.setByteOrder((flags & kFlagLittleEndian) ? QDataStream::LittleEndian
                                                    : QDataStream::BigEndian);
    qint32 srsId = 0;
    stream >> srsId;
    static const int envelopeDoubles[] = {0, 4, 6, 6, 8};
    const int envelopeCode = (flags >> 1) & 0x07;
    if (envelopeCode > 4)
        return false;
    stream.skipRawData(envelopeDoubles[envelopeCode] * 8);
    return stream.status() == QDataStream::Ok;
}

bool readWkbType(QDataStream& stream, quint32 expected)
{
    quint8 order = 0;
    stream >> order;
    stream.setByteOrder(order == 1 ? QDataStream::LittleEndian : QDataStream::BigEndian);
    quint32 type = 0;
    stream >> type;
    return stream.status() == QDataStream::Ok && type == expected;
}


} // namespace

QByteArray encodePoint(LonLat point, int srsId)
{
    // Byte by byte rather than through QDataStream: an import writes one per site.
    QByteArray blob(8 + 21, Qt::Uninitialized);
    char* p = blob.data();
    const auto put32 = [&p](quint32 v) {
        qToLittleEndian(v, p);
        p += 4;
    };
    const auto putDouble = [&p](double v) {
        quint64 bits;
        std::memcpy(&bits, &v, sizeof bits);
        qToLittleEndian(bits, p);
        p += 8;
    };
    *p++ = 'G';
    *p++ = 'P';
    *p++ = 0;
    *p++ = char(kFlagLittleEndian); // no envelope
    put32(quint32(srsId));
    *p++ = 1; // WKB little-endian
    put32(kWkbPoint);
    putDouble(point.lon);
    putDouble(point.lat);
    return blob;
}

QByteArray encodeLineString(const QVector<LonLat>& points, int srsId)
{
    QByteArray blob;
    blob.reserve(8 + 32 + 9 + 16 * points.size());
    QDataStream stream(&blob, QIODevice::WriteOnly);
    useLittleEndianDoubles(stream);
    writeHeader(stream, srsId, kEnvelopeXy);
    const auto [minLon, maxLon] = std::minmax_element(
        points.begin(), points.end(), [](LonLat a, LonLat b) { return a.lon < b.lon; });
    const auto [minLat, maxLat] = std::minmax_element(
        points.begin(), points.end(), [](LonLat a, LonLat b) { return a.lat < b.lat; });
    if (points.isEmpty())
        stream << 0.0 << 0.0 << 0.0 << 0.0;
    else
        stream << minLon->lon << maxLon->lon << minLat->lat << maxLat->lat;
    stream << quint8(1) << kWkbLineString << quint32(points.size());
    for (const LonLat& point : points)
        stream << point.lon << point.lat;
    return blob;
}

std::optional<LonLat> decodePoint(const QByteArray& blob)
{
    QDataStream stream(blob);
    stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
    if (!readHeader(stream) || !readWkbType(stream, kWkbPoint))
        return std::nullopt;
    LonLat point;
    stream >> point.lon >> point.lat;
    if (stream.status() != QDataStream::Ok)
        return std::nullopt;
    return point;
}

std::optional<QVector<LonLat>> decodeLineString(const QByteArray& blob)
{
    QDataStream stream(blob);
    stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
    if (!readHeader(stream) || !readWkbType(stream, kWkbLineString))
        return std::nullopt;
    quint32 count = 0;
    stream >> count;
    if (stream.status() != QDataStream::Ok || count > quint32(blob.size() / 16))
        return std::nullopt;
    QVector<LonLat> points(count);
    for (LonLat& point : points)
        stream >> point.lon >> point.lat;
    if (stream.status() != QDataStream::Ok)
        return std::nullopt;
    return points;
}

} // namespace atlas::db
