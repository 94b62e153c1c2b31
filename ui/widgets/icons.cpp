// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/icons.h"

#include <QPainter>
#include <QPixmap>

namespace atlas {
namespace {

QPixmap drawPin(int size, bool on)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(size / 2.0, size / 2.0);
    painter.rotate(on ? 0 : 40);
    const qreal unit = size / 16.0;
    const QColor head = on ? QColor(0xc0, 0x39, 0x2b) : QColor(0x88, 0x88, 0x88);
    painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 1.2 * unit, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(0, 0), QPointF(0, 7 * unit)); // the needle
    painter.setPen(Qt::NoPen);
    painter.setBrush(head);
    painter.drawRoundedRect(QRectF(-4 * unit, -7 * unit, 8 * unit, 3 * unit), unit, unit);
    painter.drawRect(QRectF(-2.5 * unit, -5 * unit, 5 * unit, 4 * unit));
    painter.drawRoundedRect(QRectF(-5 * unit, -1.5 * unit, 10 * unit, 2.5 * unit), unit, unit);
    return pixmap;
}

// A glyph drawn with round-capped strokes on a 16-unit grid, in the palette's text colour.
template <typename Draw>
QIcon strokeIcon(Draw draw)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        for (const auto& [mode, color] : {std::pair{QIcon::Normal, QColor(0x3c, 0x3c, 0x3c)}, {QIcon::Disabled, QColor(0xb0, 0xb0, 0xb0)}}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(size / 16.0, size / 16.0);
            painter.setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            draw(painter);
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

} // namespace

QIcon themeOr(const QString& name, QIcon (*drawn)())
{
    return QIcon::hasThemeIcon(name) ? QIcon::fromTheme(name) : drawn();
}

QIcon addIcon()
{
    return strokeIcon([](QPainter& p) {
        p.drawLine(QPointF(8, 3), QPointF(8, 13));
        p.drawLine(QPointF(3, 8), QPointF(13, 8));
    });
}

QIcon editIcon()
{
    return strokeIcon([](QPainter& p) {
        p.drawPolygon(QPolygonF({QPointF(3, 13), QPointF(3.6, 10.2), QPointF(10.8, 3), QPointF(13, 5.2), QPointF(5.8, 12.4)}));
        p.drawLine(QPointF(9.4, 4.4), QPointF(11.6, 6.6));
    });
}

QIcon deleteIcon()
{
    return strokeIcon([](QPainter& p) {
        p.drawLine(QPointF(2.5, 4), QPointF(13.5, 4));
        p.drawLine(QPointF(6, 4), QPointF(6.5, 2.5));
        p.drawLine(QPointF(6.5, 2.5), QPointF(9.5, 2.5));
        p.drawLine(QPointF(9.5, 2.5), QPointF(10, 4));
        p.drawPolyline(QPolygonF({QPointF(4, 4), QPointF(5, 14), QPointF(11, 14), QPointF(12, 4)}));
        p.drawLine(QPointF(8, 6.5), QPointF(8, 11.5));
    });
}

QIcon pinIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        icon.addPixmap(drawPin(size, false), QIcon::Normal, QIcon::Off);
        icon.addPixmap(drawPin(size, true), QIcon::Normal, QIcon::On);
    }
    return icon;
}

} // namespace atlas
