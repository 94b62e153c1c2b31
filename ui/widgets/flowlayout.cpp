// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/flowlayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace atlas {

FlowLayout::FlowLayout(QWidget* parent) : QLayout(parent) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // The widest widget alone on its row.
    QSize size;
    for (const QLayoutItem* item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
        ++shown;
    }
    const QMargins margins = contentsMargins();
    return {width + std::max(0, shown - 1) * gap(Qt::Horizontal) + margins.left() + margins.right(),
            height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::gap(Qt::Orientation orientation) const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget* owner = parentWidget();
    const QStyle::PixelMetric metric = orientation == Qt::Horizontal
                                           ? QStyle::PM_LayoutHorizontalSpacing
                                           : QStyle::PM_LayoutVerticalSpacing;
    return owner ? owner->style()->pixelMetric(metric, nullptr, owner) : 6;
}

int FlowLayout::arrange(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gapX = gap(Qt::Horizontal);
    const int gapY = gap(Qt::Vertical);
    QList<QLayoutItem*> shown;
    for (QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            shown.append(item);
    }
    const auto widthOf = [&](const QLayoutItem* item) {
        return std::clamp(item->sizeHint().width(), item->minimumSize().width(),
                          std::max(item->minimumSize().width(), area.width()));
    };
    int y = area.top();
    int rows = 0;
    for (qsizetype first = 0; first < shown.size();) {
        // As many as fit at their preferred widths (at least one).
        qsizetype end = first;
        int used = 0;
        while (end < shown.size()) {
            const int next = used + (end > first ? gapX : 0) + widthOf(shown[end]);
            if (end > first && next > area.width())
                break;
            used = next;
            ++end;
        }
        int height = 0;
        int growing = 0;
        for (qsizetype i = first; i < end; ++i) {
            height = std::max(height, shown[i]->sizeHint().height());
            if (shown[i]->expandingDirections() & Qt::Horizontal)
                ++growing;
        }
        if (apply) {
            // The spare width goes to the widgets that expand (the search field), shared alike.
            int spare = std::max(0, area.width() - used);
            int x = area.left();
            for (qsizetype i = first; i < end; ++i) {
                int width = widthOf(shown[i]);
                if (growing > 0 && (shown[i]->expandingDirections() & Qt::Horizontal)) {
                    const int extra = spare / growing;
                    width += extra;
                    spare -= extra;
                    --growing;
                }
                const int itemHeight = std::min(height, shown[i]->sizeHint().height());
                shown[i]->setGeometry(QRect(x, y + (height - itemHeight) / 2, width, itemHeight));
                x += width + gapX;
            }
        }
        y += height + gapY;
        ++rows;
        first = end;
    }
    if (apply)
        m_rows = std::max(1, rows);
    const QMargins margins = contentsMargins();
    return std::max(0, y - gapY - area.top()) + margins.top() + margins.bottom();
}

} // namespace atlas
