// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/claimranges.h"

#include "ui/charts/chartstext.h"
#include "ui/charts/chartstyle.h"
#include "core/models/claimlabels.h"
#include "core/models/claimtext.h"
#include "core/scenario/scenariocaption.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

namespace atlas::charts {
namespace {

constexpr double kBarWidth = 3; // the pen of a range's bar

} // namespace

ClaimRanges::ClaimRanges(QChart* chart, QAbstractAxis* x, QAbstractAxis* y)
    : m_chart(chart), m_x(x), m_y(y), m_markers(new QScatterSeries)
{
    m_markers->setName(ChartsText::tr("Claims"));
    m_markers->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_markers->setMarkerSize(11);
    m_markers->setColor(claimColor());
    m_markers->setBorderColor(Qt::white);
    chart->addSeries(m_markers);
    m_markers->attachAxis(x);
    m_markers->attachAxis(y);
    legendLikeSeries(chart, m_markers); // a diamond, apart from the Demand line's swatch
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] { placeLabels(); });
}

std::pair<double, double> ClaimRanges::show(const Dataset& data, const QStringList& metrics,
                                            int yearFrom, int yearTo, double scale)
{
    QList<QPointF> ends;
    QVector<std::pair<QPointF, QPointF>> bars;
    QStringList texts;
    m_ends.clear();
    QVector<Claim> shown;
    double maximum = 0, minPositive = 0;
    for (const Claim& claim : data.claims) {
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
        m_ends.append({top, QPointF(*claim.year, low)});
        shown << claim;
        maximum = std::max(maximum, high);
        if (low > 0 && (minPositive == 0 || low < minPositive))
            minPositive = low;
    }
    m_markers->replace(ends);
    // Who said what (a handful of claims: cheap enough at every slider step, and never stale
    // when a source is edited).
    m_shown = shown;
    m_toolTips.clear();
    for (const Claim& claim : std::as_const(m_shown))
        m_toolTips << claimToolTipHtml(claim, data);

    // One two-point line per ranged claim; reuse the ones there are.
    while (m_bars.size() < bars.size()) {
        auto* bar = new QLineSeries;
        bar->setPen(linePen(claimColor(), kBarWidth));
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
    m_markers->setVisible(!ends.isEmpty());
    placeLabels();
    return {maximum, minPositive};
}

void ClaimRanges::placeLabels()
{
    // Beside each claim's own marker or bar, clear of the others (models/claimlabels.h).
    QVector<ClaimMark> marks;
    for (int i = 0; i < m_ends.size() && i < m_labels.size(); ++i) {
        marks.append({m_chart->mapToPosition(m_ends[i].first, m_markers),
                      m_chart->mapToPosition(m_ends[i].second, m_markers),
                      m_labels[i]->boundingRect().size()});
    }
    ClaimLabelGeometry geometry;
    geometry.markerSize = m_markers->markerSize();
    geometry.barWidth = kBarWidth;
    // A label may reach half its height past the plot's top and bottom, as the markers do: a
    // claim near the axis is then still labelled centred on its own marker.
    const double spill = marks.isEmpty() ? 0 : marks.first().label.height() / 2;
    const QRectF bounds = m_chart->plotArea().adjusted(0, -spill, 0, spill);
    const QVector<QRectF> boxes = placeClaimLabels(marks, bounds, geometry);
    for (int i = 0; i < boxes.size(); ++i)
        m_labels[i]->setPos(boxes[i].topLeft());
}

int ClaimRanges::claimAt(const QPointF& chartPosition) const
{
    // The nearest claim whose marker, bar or label is within reach.
    const QRectF at(chartPosition, QSizeF(0, 0));
    double nearest = m_markers->markerSize() / 2 + 2;
    int found = -1;
    for (int i = 0; i < m_ends.size() && m_markers->isVisible(); ++i) {
        const QRectF shape(m_chart->mapToPosition(m_ends[i].first, m_markers),
                           m_chart->mapToPosition(m_ends[i].second, m_markers));
        double distance = rectDistance(at, shape.normalized());
        if (i < m_labels.size() && m_labels[i]->isVisible())
            distance = std::min(distance, rectDistance(at, m_labels[i]->mapRectToParent(
                                                               m_labels[i]->boundingRect())));
        if (distance <= nearest) {
            nearest = distance;
            found = i;
        }
    }
    return found;
}

const Claim* ClaimRanges::claim(int index) const
{
    return index >= 0 && index < m_shown.size() ? &m_shown[index] : nullptr;
}

QString ClaimRanges::toolTip(int index) const
{
    return m_toolTips.value(index);
}

} // namespace atlas::charts

namespace atlas::charts {

void ClaimRanges::raise()
{
    QList<QXYSeries*> all{m_markers};
    for (QLineSeries* bar : m_bars)
        all << bar;
    for (QXYSeries* series : all) {
        const bool visible = series->isVisible();
        m_chart->removeSeries(series);
        m_chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        series->setVisible(visible);
        if (series != m_markers) {
            for (QLegendMarker* marker : m_chart->legend()->markers(series))
                marker->setVisible(false);
        } else {
            legendLikeSeries(m_chart, series);
        }
    }
}

} // namespace atlas::charts
