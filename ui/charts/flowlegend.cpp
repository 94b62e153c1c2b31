// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/flowlegend.h"

#include <QAreaSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QScatterSeries>
#include <QTextDocumentFragment>
#include <QXYSeries>

#include <algorithm>
#include <cmath>

namespace atlas::charts {
namespace {

constexpr qreal kSwatchWidth = 22; // room for a dash of a dashed line
constexpr qreal kSwatchGap = 5;    // between a swatch and its name
constexpr qreal kEntryGap = 14;    // between one entry and the next in a row
constexpr qreal kRowGap = 2;
constexpr qreal kAbovePlot = 4; // between the plot's axis labels and the first row
constexpr char kLegendName[] = "atlasFlowLegend";

// `name` broken between words into lines no wider than `width` (a word wider than that
// stays whole on its own line).
QString brokenToFit(const QString& name, const QFontMetricsF& metrics, qreal width)
{
    if (metrics.horizontalAdvance(name) <= width)
        return name;
    QStringList lines;
    QString line;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    lines << line;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

FlowLegend* FlowLegend::of(QChart* chart)
{
    for (QGraphicsItem* item : chart->childItems()) {
        if (auto* legend = qobject_cast<FlowLegend*>(item->toGraphicsObject());
            legend && legend->objectName() == QLatin1String(kLegendName))
            return legend;
    }
    return new FlowLegend(chart);
}

FlowLegend::FlowLegend(QChart* chart)
    : QGraphicsObject(chart), m_chart(chart), m_baseBottomMargin(chart->margins().bottom())
{
    setObjectName(QLatin1String(kLegendName));
    setZValue(10);
    // QLegend stays "visible" (its markers' visibility says which entries are shown) but takes
    // no room, draws nothing and takes no mouse.
    QLegend* legend = chart->legend();
    legend->detachFromChart();
    legend->setGeometry(QRectF(0, 0, 1, 1));
    legend->setOpacity(0);
    legend->setAcceptedMouseButtons(Qt::NoButton);
    legend->setAcceptHoverEvents(false);
    legend->setShowToolTips(false);
    // Any resize, by a view or by an export, lays the rows out again at the new width.
    connect(chart, &QGraphicsWidget::geometryChanged, this, &FlowLegend::refresh);
}

QList<FlowLegend::Entry> FlowLegend::entries(qreal width) const
{
    const QFontMetricsF metrics(m_chart->legend()->font());
    const qreal textRoom = std::max<qreal>(40, width - kSwatchWidth - kSwatchGap);
    QList<Entry> shown;
    for (QLegendMarker* marker : m_chart->legend()->markers()) {
        if (!marker->isVisible() || !marker->series()->isVisible())
            continue;
        // Names are rich text to QLegend (a scenario's name in one is escaped): drawn as it would.
        const QString name = QTextDocumentFragment::fromHtml(marker->label()).toPlainText();
        if (name.isEmpty())
            continue;
        Entry entry{marker, brokenToFit(name, metrics, textRoom), {}, {}};
        entry.textSize =
            metrics.boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignLeft, entry.text).size();
        shown << entry;
    }
    return shown;
}

qreal FlowLegend::arrange(QList<Entry>& entries, qreal width) const
{
    const qreal lineHeight = QFontMetricsF(m_chart->legend()->font()).height();
    // Rows, filled left to right; then each row centred.
    QList<QList<int>> rows;
    qreal x = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const qreal w = kSwatchWidth + kSwatchGap + entries[i].textSize.width();
        if (rows.isEmpty() || (x > 0 && x + kEntryGap + w > width)) {
            rows.append(QList<int>());
            x = 0;
        } else if (x > 0) {
            x += kEntryGap;
        }
        rows.last().append(i);
        x += w;
    }
    qreal y = rows.isEmpty() ? 0 : kAbovePlot;
    for (const QList<int>& row : rows) {
        qreal rowWidth = 0, rowHeight = lineHeight;
        for (int i : row) {
            rowWidth += (rowWidth > 0 ? kEntryGap : 0) + kSwatchWidth + kSwatchGap +
                        entries[i].textSize.width();
            rowHeight = std::max(rowHeight, entries[i].textSize.height());
        }
        qreal left = std::max<qreal>(0, (width - rowWidth) / 2);
        for (int i : row) {
            entries[i].swatch = QRectF(left, y, kSwatchWidth, lineHeight);
            left += kSwatchWidth + kSwatchGap + entries[i].textSize.width() + kEntryGap;
        }
        y += rowHeight + kRowGap;
    }
    return rows.isEmpty() ? 0 : y - kRowGap;
}

qreal FlowLegend::heightFor(qreal width) const
{
    QList<Entry> laidOut = entries(width);
    return std::ceil(arrange(laidOut, width));
}

void FlowLegend::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const QMargins margins = m_chart->margins();
    const qreal width = m_chart->size().width() - margins.left() - margins.right();
    QList<Entry> laidOut = entries(width);
    const qreal height = std::ceil(arrange(laidOut, width));
    prepareGeometryChange();
    m_entries = laidOut;
    m_size = QSizeF(width, height);

    const QFont font = m_chart->legend()->font();
    const QBrush ink = m_chart->legend()->labelColor();
    while (m_labels.size() < m_entries.size())
        m_labels << new QGraphicsSimpleTextItem(this);
    for (int i = 0; i < m_labels.size(); ++i) {
        QGraphicsSimpleTextItem* label = m_labels[i];
        label->setVisible(i < m_entries.size());
        if (i >= m_entries.size())
            continue;
        const Entry& entry = m_entries[i];
        label->setFont(font);
        label->setBrush(ink);
        label->setText(entry.text);
        label->setPos(entry.swatch.right() + kSwatchGap, entry.swatch.top());
    }

    // The rows take the chart's bottom margin, so the plot and its axes end above them.
    const int bottom = int(m_baseBottomMargin + height);
    if (margins.bottom() != bottom)
        m_chart->setMargins(QMargins(margins.left(), margins.top(), margins.right(), bottom));
    setPos(margins.left(), m_chart->size().height() - m_baseBottomMargin - height);
    setVisible(!m_entries.isEmpty());
    update();
    m_refreshing = false;
}

QRectF FlowLegend::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size);
}

void FlowLegend::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Entry& entry : std::as_const(m_entries))
        paintSwatch(painter, entry);
    painter->restore();
}

void FlowLegend::paintSwatch(QPainter* painter, const Entry& entry) const
{
    QLegendMarker* marker = entry.marker;
    const QRectF box = entry.swatch;
    const QPointF middle = box.center();
    QAbstractSeries* series = marker->series();
    if (auto* scatter = qobject_cast<QScatterSeries*>(series)) {
        const qreal size = std::min<qreal>(scatter->markerSize(), box.height() - 2);
        const QRectF shape(middle - QPointF(size / 2, size / 2), QSizeF(size, size));
        painter->setPen(marker->pen());
        painter->setBrush(marker->brush());
        switch (scatter->markerShape()) {
        case QScatterSeries::MarkerShapeCircle:
            painter->drawEllipse(shape);
            break;
        case QScatterSeries::MarkerShapeRotatedRectangle:
            painter->drawPolygon(QPolygonF(
                {QPointF(middle.x(), shape.top()), QPointF(shape.right(), middle.y()),
                 QPointF(middle.x(), shape.bottom()), QPointF(shape.left(), middle.y())}));
            break;
        default:
            painter->drawRect(shape);
            break;
        }
    } else if (auto* line = qobject_cast<QXYSeries*>(series)) {
        // A line: drawn in the series' own pen (a line's marker holds the legend's default
        // pen), dashed staying dashed, no thicker than a swatch allows.
        QPen pen = line->pen();
        pen.setWidthF(std::min<qreal>(pen.widthF(), 3));
        pen.setCapStyle(Qt::FlatCap);
        painter->setPen(pen);
        painter->drawLine(QPointF(box.left() + 1, middle.y()),
                          QPointF(box.right() - 1, middle.y()));
    } else {
        // Areas and bars: a filled square in their brush and pen.
        const qreal side = std::min<qreal>(box.height() - 2, 12);
        painter->setPen(marker->pen());
        painter->setBrush(marker->brush());
        painter->drawRect(QRectF(middle - QPointF(side / 2, side / 2), QSizeF(side, side)));
    }
}

} // namespace atlas::charts
