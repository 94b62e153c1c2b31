// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/wrappedtext.h"

#include <QImage>
#include <QPainter>

namespace atlas {

qreal paintWrappedText(QPainter& painter, const QRectF& box, const QString& text,
                       const QFont& font, const QColor& color, int flags)
{
    if (text.isEmpty())
        return 0;
    painter.setFont(font);
    painter.setPen(color);
    const QRectF used = painter.boundingRect(box, flags | Qt::TextWordWrap, text);
    painter.drawText(box, flags | Qt::TextWordWrap, text);
    return used.height();
}

qreal wrappedTextHeight(const QString& text, const QFont& font, qreal width)
{
    if (text.isEmpty())
        return 0;
    QImage probe(1, 1, QImage::Format_ARGB32);
    QPainter painter(&probe);
    painter.setFont(font);
    return painter.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

} // namespace atlas
