// SPDX-License-Identifier: GPL-3.0-or-later
// Blends small premultiplied images onto a larger one ("source over"), pixel by pixel. For
// thousands of little site circles this is several times faster than QPainter::drawImage,
// whose cost per call outweighs the few hundred pixels each circle has.
#pragma once

#include <QImage>
#include <QPoint>
#include <QVector>

namespace atlas {

// An image with, for each row, the span of pixels that are not fully transparent: a circle's
// corners are skipped without being read.
class Sprite
{
public:
    Sprite() = default;
    explicit Sprite(QImage image); // Format_ARGB32_Premultiplied
    const QImage& image() const { return m_image; }
    int width() const { return m_image.width(); }
    int height() const { return m_image.height(); }
    int rowBegin(int y) const { return m_spans[y].first; }
    int rowEnd(int y) const { return m_spans[y].second; }

private:
    QImage m_image;
    QVector<std::pair<int, int>> m_spans;
};

// `target` must be Format_ARGB32_Premultiplied. Parts outside it, or outside rows
// [firstRow, endRow) when given, are clipped (bands of rows can be blended in parallel).
void blendSprite(QImage& target, const Sprite& sprite, QPoint topLeft, int firstRow = 0, int endRow = -1);

} // namespace atlas
