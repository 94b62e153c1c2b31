// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/claimranges.h"

#include "charts/chartstext.h"
#include "charts/chartstyle.h"
#include "scenario/scenariocaption.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

namespace atlas::charts {

ClaimRanges::ClaimRanges(QChart* chart, QAbstractAxis* x, QAbstractAxis* y)
    : m_chart(chart), m_x(x), m_y(y), m_ends(new QScatterSeries)
{
    m_ends->setName(ChartsText::tr("Claims"));
    m_ends->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_ends->setMarkerSize(11);
    m_ends->setColor(claimColor());
    m_ends->setBorderColor(Qt::white);
    chart->addSeries(m_ends);
    m_ends->attachAxis(x);
    m_ends->attachAxis(y);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] { placeLabels(); });
}

std::pair<double, double> ClaimRanges::show(const QVector<Claim>& claims, const QStringList& metrics,
                                            int yearFrom, int yearTo, double scale)
{
    QList<QPointF> ends;
    QVector<std::pair<QPointF, QPointF>> bars;
    QStringList texts;
    m_labelAnchors.clear();
    double maximum = 0, minPositive = 0;
    for (const Claim& claim : claims) {
        if (!metrics.contains(claim.metric) || !claim.year || *claim.year < yearFrom || *claim.year > yearTo)
            continue;
        const double low = claim.low / scale, high = claim.high / scale;
        const QPointF top(*claim.year, high);
        ends << QPointF(*claim.year, low);
        if (high != low) {
            ends << top;
            bars.append({QPointF(*claim.year, low), top});
        }
        // Labels read in the claim's own units (the chart may plot millions or billions).
        const QString lowText = shortNumber(claim.low), highText = shortNumber(claim.high);
        texts << (low == high ? lowText : lowText + QStringLiteral("–") + highText);
        m_labelAnchors << top;
        maximum = std::max(maximum, high);
        if (low > 0 && (minPositive == 0 || low < minPositive))
            minPositive = low;
    }
    m_ends->replace(ends);

    // One two-point line per ranged claim; reuse the ones there are.
    while (m_bars.size() < bars.size()) {
        auto* bar = new QLineSeries;
        bar->setPen(linePen(claimColor(), 3));
        m_chart->addSeries(bar);
        bar->attachAxis(m_x);
        bar->attachAxis(m_y);
        for (QLegendMarker* marker : m_chart->legend()->markers(bar))
            marker->setVisible(false);
        m_bars << bar;
    }
    for (int i = 0; i < m_bars.size(); ++i) {
        m_bars[i]->setVisible(i < bars.size());
        if (i < bars.size())
            m_bars[i]->replace({bars[i].first, bars[i].second});
    }
    while (m_labels.size() < texts.size()) {
        auto* label = new QGraphicsSimpleTextItem(m_chart);
        label->setFont(chartFont(11, true));
        label->setBrush(claimColor());
        label->setZValue(20);
        m_labels << label;
    }
    for (int i = 0; i < m_labels.size(); ++i) {
        m_labels[i]->setVisible(i < texts.size());
        if (i < texts.size())
            m_labels[i]->setText(texts[i]);
    }
    m_ends->setVisible(!ends.isEmpty());
    placeLabels();
    return {maximum, minPositive};
}

void ClaimRanges::placeLabels()
{
    // Right of the claim's top; a label that would overlap one placed before moves down.
    QList<QRectF> placed;
    for (int i = 0; i < m_labelAnchors.size() && i < m_labels.size(); ++i) {
        const QPointF at = m_chart->mapToPosition(m_labelAnchors[i], m_ends);
        const QRectF box = m_labels[i]->boundingRect();
        QRectF where(at + QPointF(8, -box.height() / 2), box.size());
        for (bool moved = true; moved;) {
            moved = false;
            for (const QRectF& other : placed) {
                if (where.intersects(other)) {
                    where.moveTop(other.bottom() + 1);
                    moved = true;
                }
            }
        }
        placed << where;
        m_labels[i]->setPos(where.topLeft());
    }
}

} // namespace atlas::charts

namespace atlas::charts {

void ClaimRanges::raise()
{
    QList<QXYSeries*> all{m_ends};
    for (QLineSeries* bar : m_bars)
        all << bar;
    for (QXYSeries* series : all) {
        const bool visible = series->isVisible();
        m_chart->removeSeries(series);
        m_chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        series->setVisible(visible);
        if (series != m_ends) {
            for (QLegendMarker* marker : m_chart->legend()->markers(series))
                marker->setVisible(false);
        }
    }
}

} // namespace atlas::charts
