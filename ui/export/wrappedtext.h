// SPDX-License-Identifier: GPL-3.0-or-later
// Text that wraps at word ends in a box, as pages draw their titles, captions and notes: drawn,
// or only measured (to lay a page out before anything is drawn).
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace atlas {

// Draws `text` wrapped in `box`; returns the height the whole text takes (which may be more
// than the box: what does not fit is cut off). Nothing is drawn for no text.
qreal paintWrappedText(QPainter& painter, const QRectF& box, const QString& text,
                       const QFont& font, const QColor& color,
                       int flags = Qt::AlignLeft | Qt::AlignTop);

// The height `text` takes wrapped at `width`, without a painter of the caller's.
qreal wrappedTextHeight(const QString& text, const QFont& font, qreal width);

} // namespace atlas
