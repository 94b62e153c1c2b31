// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/icons.h"

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

} // namespace

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
