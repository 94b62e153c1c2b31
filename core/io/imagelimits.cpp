// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/imagelimits.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <utility>

namespace atlas::io {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::ImageLimits)
};

// Each side rounded, as QSize * qreal rounds it, but in doubles: a huge scale must not
// overflow an int on the way to being refused.
std::pair<double, double> scaledSides(QSize size, qreal scale)
{
    return {std::round(size.width() * scale), std::round(size.height() * scale)};
}

} // namespace

qint64 imagePixels(QSize size, qreal scale)
{
    if (size.isEmpty() || !std::isfinite(scale) || scale <= 0)
        return -1;
    const auto [width, height] = scaledSides(size, scale);
    return width * height < 9e18 ? qint64(width * height) : std::numeric_limits<qint64>::max();
}

QString imageSizeProblem(QSize size, qreal scale)
{
    const qint64 pixels = imagePixels(size, scale);
    if (pixels >= 0 && pixels <= kMaxImagePixels)
        return {};
    if (pixels < 0)
        return Text::tr("A picture of %1 × %2 at %3× has no pixels to draw.")
            .arg(size.width())
            .arg(size.height())
            .arg(scale);
    const auto [width, height] = scaledSides(size, scale);
    return Text::tr("%1 × %2 pixels at %3× would be %4 × %5 pixels, %6 million (%7 MB of memory); "
                    "an image export is at most %8 million pixels (a 3840 × 2160 slide at 3× is 75 "
                    "million). Choose a smaller size or scale, or export SVG or PDF, which have no "
                    "pixel limit.")
        .arg(size.width())
        .arg(size.height())
        .arg(scale)
        .arg(width, 0, 'f', 0)
        .arg(height, 0, 'f', 0)
        .arg(pixels / 1'000'000)
        .arg(double(pixels) * 4 / (1024 * 1024), 0, 'f', 0)
        .arg(kMaxImagePixels / 1'000'000);
}

} // namespace atlas::io
