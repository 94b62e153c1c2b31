// SPDX-License-Identifier: GPL-3.0-or-later
// A chart's legend under its plot, drawn by us: the entries flow left to right and wrap onto
// as many rows as they need, each name whole (a name wider than the chart breaks between its
// words). QLegend lays out a single row and elides names to nothing when the row does not
// fit, so it stays hidden and serves as the list of entries: its markers' names, colours,
// shapes and visibility follow the series. A child item of the chart, so the screen and the
// exports (which render the chart's scene) show the same legend.
#pragma once

#include <QGraphicsObject>
#include <QList>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsSimpleTextItem;
class QLegendMarker;
QT_END_NAMESPACE

namespace atlas::charts {

class FlowLegend : public QGraphicsObject
{
    Q_OBJECT
public:
    // The chart's flow legend, made (and QLegend put out of sight) on first use.
    static FlowLegend* of(QChart* chart);

    // Reads the markers again (names, colours, which are shown) and lays the entries out
    // under the plot at the chart's width, making room for them in the chart's bottom margin.
    void refresh();
    // The height the entries take at `width` (without laying them out).
    qreal heightFor(qreal width) const;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    explicit FlowLegend(QChart* chart);
    struct Entry
    {
        QLegendMarker* marker;
        QString text; // the name, broken into lines where it must
        QSizeF textSize;
        QRectF swatch; // in the legend's coordinates, after layout
    };
    QList<Entry> entries(qreal width) const;
    // Where each entry goes at `width`: positions of the swatches' top left; the total height.
    qreal arrange(QList<Entry>& entries, qreal width) const;
    void paintSwatch(QPainter* painter, const Entry& entry) const;

    QChart* m_chart;
    qreal m_baseBottomMargin;
    QSizeF m_size;
    QList<Entry> m_entries;
    QList<QGraphicsSimpleTextItem*> m_labels;
    bool m_refreshing = false;
};

} // namespace atlas::charts
