// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/spriteblit.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace atlas {
namespace {

// x × a / 255 for each of the four 8-bit channels of x at once (a in 0..255).
inline quint32 multiplyChannels(quint32 x, quint32 a)
{
    quint32 t = (x & 0xff00ff) * a;
    t = (t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8;
    t &= 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = x + ((x >> 8) & 0xff00ff) + 0x800080;
    x &= 0xff00ff00;
    return x | t;
}

#if defined(__SSE2__)
// Four pixels at once: dst = src + dst × (255 − src alpha) / 255, channel by channel in 16
// bits, the same rounding as multiplyChannels().
inline __m128i blendFour(__m128i src, __m128i dst)
{
    const __m128i lowBytes = _mm_set1_epi16(0x00ff);
    const __m128i half = _mm_set1_epi16(0x0080);
    __m128i inverse = _mm_sub_epi32(_mm_set1_epi32(255), _mm_srli_epi32(src, 24));
    inverse = _mm_or_si128(inverse, _mm_slli_epi32(inverse, 16));
    __m128i ag = _mm_mullo_epi16(_mm_srli_epi16(dst, 8), inverse);
    __m128i rb = _mm_mullo_epi16(_mm_and_si128(dst, lowBytes), inverse);
    ag = _mm_add_epi16(ag, half);
    rb = _mm_add_epi16(rb, half);
    ag = _mm_add_epi16(ag, _mm_srli_epi16(ag, 8));
    rb = _mm_add_epi16(rb, _mm_srli_epi16(rb, 8));
    ag = _mm_andnot_si128(lowBytes, ag);   // (ag >> 8) << 8
    rb = _mm_srli_epi16(rb, 8);
    return _mm_add_epi32(src, _mm_or_si128(ag, rb));
}
#endif

} // namespace

Sprite::Sprite(QImage image) : m_image(std::move(image))
{
    m_spans.resize(m_image.height());
    for (int y = 0; y < m_image.height(); ++y) {
        const auto* row = reinterpret_cast<const quint32*>(m_image.constScanLine(y));
        int begin = 0, end = m_image.width();
        while (begin < end && (row[begin] >> 24) == 0)
            ++begin;
        while (end > begin && (row[end - 1] >> 24) == 0)
            --end;
        m_spans[y] = {begin, end};
    }
}

void blendSprite(QImage& target, const Sprite& sprite, QPoint topLeft, int firstRow, int endRow)
{
    const int targetWidth = target.width();
    const int y0 = std::max(std::max(0, firstRow), topLeft.y());
    const int y1 = std::min(endRow < 0 ? target.height() : std::min(endRow, target.height()),
                            topLeft.y() + sprite.height());
    if (y0 >= y1 || topLeft.x() >= targetWidth || topLeft.x() + sprite.width() <= 0)
        return;
    // Raw rows: scanLine() would check for sharing on every call. (The caller has detached
    // the image, so parallel bands write to the same buffer.)
    uchar* targetBits = const_cast<uchar*>(std::as_const(target).constBits());
    const qsizetype targetStride = target.bytesPerLine();
    const uchar* spriteBits = sprite.image().constBits();
    const qsizetype spriteStride = sprite.image().bytesPerLine();
    for (int y = y0; y < y1; ++y) {
        const int sy = y - topLeft.y();
        const int x0 = std::max(topLeft.x() + sprite.rowBegin(sy), 0);
        const int x1 = std::min(topLeft.x() + sprite.rowEnd(sy), targetWidth);
        auto* out = reinterpret_cast<quint32*>(targetBits + y * targetStride);
        const auto* in = reinterpret_cast<const quint32*>(spriteBits + sy * spriteStride) - topLeft.x();
        int x = x0;
#if defined(__SSE2__)
        for (; x + 4 <= x1; x += 4) {
            const __m128i src = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + x));
            const __m128i dst = _mm_loadu_si128(reinterpret_cast<const __m128i*>(out + x));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out + x), blendFour(src, dst));
        }
#endif
        for (; x < x1; ++x) {
            const quint32 s = in[x];
            const quint32 alpha = s >> 24;
            out[x] = alpha == 255 ? s : s + multiplyChannels(out[x], 255 - alpha);
        }
    }
}

} // namespace atlas
