// SPDX-License-Identifier: GPL-3.0-or-later
// The largest picture an export draws. A PNG export paints into an image in memory, 4 bytes
// a pixel, before it is encoded: `export-map --size 8000x8000 --scale 4` asked for 1,024
// million pixels and took 4 GB. Every export that makes pixels (the page writer's PNG, the
// chart and map images the window copies, the command line's and the window's exports)
// asks imageSizeProblem() first, before anything is allocated.
#pragma once

#include <QSize>
#include <QString>

namespace atlas::io {

// 100 million pixels: 400 MB of image. A 4K slide (3840 × 2160) at 3× is 74.6 million, the
// command line's largest page (8000 × 8000) at 1× is 64 million.
inline constexpr qint64 kMaxImagePixels = 100'000'000;

// The pixels `size` (logical pixels) makes at `scale`, or -1 when the size is not one
// (empty, negative, or the scale not a finite number).
qint64 imagePixels(QSize size, qreal scale);

// Empty when a picture of `size` at `scale` may be drawn; otherwise why not, with the limit
// and what to do instead.
QString imageSizeProblem(QSize size, qreal scale);

} // namespace atlas::io
