// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the compact binary files of tools/ (little-endian integers, LEB128 varints, zigzag
// varints for signed numbers, strings as a varint length and UTF-8) without ever reading
// past the end: a short or damaged file sets failed() and yields zeros.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstring>

namespace atlas {

class BinaryReader
{
public:
    explicit BinaryReader(const QByteArray& bytes, qsizetype at = 0) : m_bytes(bytes), m_at(at) {}

    bool failed() const { return m_failed; }
    bool atEnd() const { return m_at == m_bytes.size(); }
    qsizetype position() const { return m_at; }

    quint8 byte()
    {
        if (m_failed || m_at >= m_bytes.size()) {
            m_failed = true;
            return 0;
        }
        return quint8(m_bytes[m_at++]);
    }
    quint32 u32() // little-endian
    {
        quint32 v = 0;
        for (int i = 0; i < 4; ++i)
            v |= quint32(byte()) << (8 * i);
        return v;
    }
    double f64() // little-endian IEEE 754
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
    // A count of things that each take at least a byte: more than the bytes left is damage.
    int count()
    {
        const quint64 n = varint();
        if (n > quint64(m_bytes.size() - m_at)) {
            m_failed = true;
            return 0;
        }
        return int(n);
    }
    // A string's UTF-8 bytes, where they stand in the file.
    QByteArrayView utf8()
    {
        const int length = count();
        if (m_failed)
            return {};
        const QByteArrayView s(m_bytes.constData() + m_at, length);
        m_at += length;
        return s;
    }
    QString string() { return QString::fromUtf8(utf8()); }

private:
    const QByteArray& m_bytes;
    qsizetype m_at;
    bool m_failed = false;
};

} // namespace atlas
