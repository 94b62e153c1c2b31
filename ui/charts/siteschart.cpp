// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/siteschart.h"

#include "ui/charts/chartdata.h"
#include "ui/charts/chartstext.h"
#include "ui/charts/projected.h"
#include "core/scenario/scenariocaption.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QTextDocument>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace atlas::charts {

namespace {

QString megawatts(double mw)
{
    return QLocale().toString(mw, 'f', 0);
}

// "120k GPUs (scenario)", "120k GPUs (scenario; +80k projected)", "80k GPUs (scenario)
// projected": the scenario's allocation, not the count the site records; empty with none. Compact,
// for a label that shares its line with the name: "120k+80k GPUs", "(80k GPUs)".
QString gpusText(double recorded, double projected, bool compact = false)
{
    if (recorded <= 0 && projected <= 0)
        return {};
    if (recorded <= 0)
        return (compact ? ChartsText::tr("(%1 GPUs)")
                        : ChartsText::tr("%1 GPUs (scenario) projected"))
            .arg(shortNumber(projected));
    if (projected == recorded)
        return ChartsText::tr("%1 GPUs (scenario)").arg(shortNumber(recorded));
    const double change = projected - recorded;
    const QString sign = change > 0 ? QStringLiteral("+") : QStringLiteral("−");
    return (compact ? ChartsText::tr("%1%2%3 GPUs")
                    : ChartsText::tr("%1 GPUs (scenario; %2%3 projected)"))
        .arg(shortNumber(recorded), sign, shortNumber(std::abs(change)));
}

// The height of a label's lines (without the item's blank margins) and 2 px between rows.
qreal labelHeight(const QFont& font, const QString& html)
{
    QTextDocument document;
    document.setDefaultFont(font);
    document.setHtml(html);
    return document.size().height() - 2 * document.documentMargin() + 2;
}

// Each name's label, a rich-text item, must fit its row, measured as Qt lays it out (the
// taller lines of Chinese text too): smaller type on a short chart (eleven rows at
// 1366×768), and the GPUs on a line of their own only where two lines fit.
QFont labelFont(const QVector<SitesChart::Label>& labels, qreal rowHeight, bool* twoLines)
{
    // A line with a letter of every name and the GPUs' words: as tall as any label's line.
    QString tallest;
    for (const SitesChart::Label& label : labels)
        tallest += label.name.left(1).toHtmlEscaped();
    tallest += gpusText(1, 2, true).toHtmlEscaped();
    QFont font = chartFont(11);
    while (font.pixelSize() > 8 && labelHeight(font, tallest) > rowHeight)
        font.setPixelSize(font.pixelSize() - 1);
    const QString twoLineSample =
        QStringLiteral("%1<br>%2").arg(tallest, gpusText(1, 2).toHtmlEscaped());
    *twoLines = labelHeight(font, twoLineSample) <= rowHeight;
    return font;
}

// The axis's label of each site: its name, cut to the room its GPUs leave, and the GPUs.
QStringList fittedNames(const QVector<SitesChart::Label>& labels, const QFontMetricsF& metrics,
                        qreal budget, bool twoLines)
{
    QVector<QString> gpusOf;
    QVector<qreal> roomOf;
    for (const SitesChart::Label& label : labels) {
        QString gpus = gpusText(label.gpus, label.projectedGpus, !twoLines);
        // On a line of its own the long form where it fits the axis's width, else the short.
        if (twoLines && metrics.horizontalAdvance(gpus) > budget)
            gpus = gpusText(label.gpus, label.projectedGpus, true);
        if (twoLines && metrics.horizontalAdvance(gpus) > budget)
            gpus.clear();
        qreal nameRoom = twoLines || gpus.isEmpty()
                             ? budget
                             : budget - metrics.horizontalAdvance(QStringLiteral(" · ") + gpus);
        // A narrow chart (a laptop's 2×2) names the sites rather than show "…" and their GPUs:
        // the GPUs are in the bar's tooltip and the chart's data table.
        if (nameRoom < std::min<qreal>(budget, 90)) {
            gpus.clear();
            nameRoom = budget;
        }
        gpusOf << gpus;
        roomOf << std::max<qreal>(30, nameRoom);
    }
    // Names cut to the same text ("Microsoft Fairw…" twice) read as one; and QBarCategoryAxis
    // drops a repeated category, so a bar would lose its row. Those are cut in the middle,
    // which keeps what tells them apart.
    QHash<QString, int> cutTo;
    for (int i = 0; i < labels.size(); ++i)
        ++cutTo[metrics.elidedText(labels[i].name, Qt::ElideRight, roomOf[i])];
    QStringList names;
    for (int i = 0; i < labels.size(); ++i) {
        const QString& gpus = gpusOf[i];
        const QString separator = gpus.isEmpty() ? QString()
                                  : twoLines     ? QStringLiteral("<br>")
                                                 : QStringLiteral(" · ");
        const bool shared =
            cutTo.value(metrics.elidedText(labels[i].name, Qt::ElideRight, roomOf[i])) > 1;
        // Axis labels are rich text: names are escaped.
        QString name = metrics
                           .elidedText(labels[i].name, shared ? Qt::ElideMiddle : Qt::ElideRight,
                                       roomOf[i])
                           .toHtmlEscaped();
        // Still the same text (names alike at both ends): an invisible mark keeps each row.
        while (names.contains(name + separator + gpus))
            name += QChar(0x200B);
        names << name + separator + gpus;
    }
    return names;
}

} // namespace

SitesChart::SitesChart()
    : ScenarioChart(ChartKind::Sites), m_names(new QBarCategoryAxis), m_mw(new QValueAxis),
      m_series(new QHorizontalStackedBarSeries), m_bars(new QBarSet(ChartsText::tr("IT power"))),
      m_projectedBars(new QBarSet(projectedLegendName()))
{
    QChart* c = chart();
    m_bars->setColor(seriesColor(0));
    m_bars->setBorderColor(seriesColor(0).darker(120));
    // What a source projects: light, with a dashed outline, after the recorded bar.
    QColor light = seriesColor(0);
    light.setAlpha(70);
    m_projectedBars->setBrush(light);
    m_projectedBars->setPen(projectedPen(seriesColor(0).darker(120), 1.5));
    m_series->append(m_bars);
    m_series->append(m_projectedBars);
    m_series->setBarWidth(0.7);
    m_series->setLabelsVisible(false); // the chart places its own, after each whole bar
    c->addSeries(m_series);
    styleValueAxis(m_mw, ChartsText::tr("IT power (MW)"), QStringLiteral("%.0f"));
    c->addAxis(m_names, Qt::AlignLeft);
    c->addAxis(m_mw, Qt::AlignBottom);
    m_series->attachAxis(m_names);
    // The chart cuts its names itself (in the middle where two would read alike) and sizes
    // their type to the rows; Qt's own cutting allows a name a row's height less its padding,
    // counted over one row more than there are, and would replace whole names with "…".
    m_names->setTruncateLabels(false);
    m_series->attachAxis(m_mw);
    for (QBarSet* set : {m_bars, m_projectedBars}) {
        QObject::connect(set, &QBarSet::hovered, c, [this](bool entered, int index) {
            if (entered)
                QToolTip::showText(QCursor::pos(), barTip(index));
            else
                QToolTip::hideText();
        });
    }
    m_resized = QObject::connect(c, &QGraphicsWidget::geometryChanged, c, [this] {
        fitTicksToWidth(m_mw, chart()->plotArea().width());
        applyLabels();
        placeValueLabels();
    });
    m_plotMoved = QObject::connect(c, &QChart::plotAreaChanged, c, [this] { placeValueLabels(); });
}

SitesChart::~SitesChart()
{
    QObject::disconnect(m_resized);
    QObject::disconnect(m_plotMoved);
}

QString SitesChart::barTip(int index) const
{
    if (index < 0 || index >= m_labels.size())
        return {};
    const Label& label = m_labels[index];
    QString text = ChartsText::tr("%1: %2 MW recorded")
                       .arg(label.name.toHtmlEscaped(), megawatts(label.recordedMw));
    if (label.projectedMw != label.recordedMw)
        text += ChartsText::tr("; %1 MW with the source's projections")
                    .arg(megawatts(label.projectedMw));
    // The scenario's GPUs, which go to the sites by their power: a site's recorded count may
    // differ (the data table lists both).
    if (label.projectedGpus > 0)
        text += ChartsText::tr("; %1 GPUs (scenario), allocated by IT power")
                    .arg(shortNumber(label.projectedGpus));
    return text;
}

QStringList SitesChart::valueLabels() const
{
    QStringList texts;
    for (auto it = m_valueLabels.crbegin(); it != m_valueLabels.crend(); ++it)
        texts << (*it)->text();
    return texts;
}

void SitesChart::placeValueLabels()
{
    const QRectF plot = chart()->plotArea();
    for (int i = 0; i < m_valueLabels.size() && i < m_labels.size(); ++i) {
        QGraphicsSimpleTextItem* item = m_valueLabels[i];
        const Label& label = m_labels[i];
        const double end = label.recordedMw + std::max(0.0, label.projectedMw - label.recordedMw);
        const QPointF at = chart()->mapToPosition(QPointF(end, i), m_series);
        // The long form where it fits after the bar, else the short one.
        item->setText(label.value);
        if (at.x() + 4 + item->boundingRect().width() > plot.right())
            item->setText(label.shortValue);
        const QRectF box = item->boundingRect();
        // After the bar; inside its end where the plot has no room after it.
        const qreal x = std::min(at.x() + 4, plot.right() - box.width() - 2);
        item->setPos(x, at.y() - box.height() / 2);
    }
}

void SitesChart::applyLabels()
{
    if (m_labels.isEmpty()) {
        const QStringList none{ChartsText::tr("(no sites with power)")};
        if (m_names->categories() != none) {
            m_names->clear();
            m_names->append(none);
        }
        return;
    }
    // Qt's chart layout gives the left axes at most 40% of the chart's width; leave room for
    // the axis's own padding.
    const QMarginsF margins = chart()->margins();
    const qreal budget = std::max<qreal>(60, 0.4 * (chart()->size().width() - margins.left() - margins.right()) - 18);
    // The plot's height is the last layout's; before the first, the chart's less its title and
    // value axis.
    const qreal plotHeight = chart()->plotArea().height() > 0 ? chart()->plotArea().height()
                                                               : chart()->size().height() - 90;
    const qreal rowHeight = plotHeight / m_labels.size();
    bool twoLines = false;
    const QFont font = labelFont(m_labels, rowHeight, &twoLines);
    if (m_names->labelsFont() != font)
        m_names->setLabelsFont(font);
    const QStringList names = fittedNames(m_labels, QFontMetricsF(font), budget, twoLines);
    if (m_names->categories() != names) {
        m_names->clear();
        m_names->append(names);
    }
}

QStringList SitesChart::categories() const
{
    QStringList names;
    for (auto it = m_labels.crbegin(); it != m_labels.crend(); ++it) {
        const QString gpus = gpusText(it->gpus, it->projectedGpus);
        names << (gpus.isEmpty() ? it->name : QStringLiteral("%1 · %2").arg(it->name, gpus));
    }
    return names;
}

QStringList SitesChart::axisLabels() const
{
    QStringList names = m_names->categories();
    std::reverse(names.begin(), names.end());
    return names;
}

void SitesChart::updateSeries(const ChartInputs& in)
{
    chart()->setTitle(ChartsText::tr("%1 in %2").arg(title(), QString::number(in.year)));
    // Each label carries the site's GPUs on a second line, so one axis (MW) reads both and the
    // name keeps its width.
    QVector<Label> labels;
    for (const SiteBar& bar : siteBars(in))
        labels << Label{bar.name, bar.siteId, bar.recordedGpus, bar.gpus, bar.recordedMw, bar.mw,
                        {},       {}};
    // The horizontal bar chart draws the first category at the bottom: reverse, largest on top.
    std::reverse(labels.begin(), labels.end());
    m_labels = labels;
    applyLabels();
    QList<qreal> recorded, projected;
    bool anyProjected = false;
    double maximum = 0;
    for (const Label& label : std::as_const(m_labels)) {
        recorded << label.recordedMw;
        projected << std::max(0.0, label.projectedMw - label.recordedMw);
        anyProjected = anyProjected || label.projectedMw != label.recordedMw;
        maximum = std::max(maximum, recorded.last() + projected.last());
    }
    for (auto [set, values] :
         {std::pair{m_bars, &recorded}, std::pair{m_projectedBars, &projected}}) {
        if (set->count() != values->size()) {
            set->remove(0, set->count());
            set->append(*values);
        } else {
            for (int i = 0; i < values->size(); ++i)
                set->replace(i, values->at(i));
        }
    }
    // The legend (recorded, projected) is shown while a bar has a projected part.
    for (QLegendMarker* marker : chart()->legend()->markers(m_series))
        marker->setVisible(anyProjected);

    // The value at each bar's end: recorded, and what a source projects beyond it.
    while (m_valueLabels.size() < m_labels.size()) {
        auto* item = new QGraphicsSimpleTextItem(chart());
        item->setFont(chartFont(10));
        item->setBrush(QColor(Qt::black)); // ink: the theme turns it light on dark
        item->setZValue(20);
        m_valueLabels << item;
    }
    while (m_valueLabels.size() > m_labels.size())
        delete m_valueLabels.takeLast();
    for (Label& label : m_labels) {
        const QString recordedMw = megawatts(label.recordedMw),
                      projectedMw = megawatts(label.projectedMw);
        const QString extraMw = megawatts(label.projectedMw - label.recordedMw);
        if (label.projectedMw == label.recordedMw) {
            label.value = label.shortValue = ChartsText::tr("%1 MW").arg(recordedMw);
        } else if (label.recordedMw <= 0) {
            label.value = ChartsText::tr("%1 MW projected").arg(projectedMw);
            label.shortValue = ChartsText::tr("(%1 MW)").arg(projectedMw);
        } else if (label.projectedMw > label.recordedMw) {
            label.value = ChartsText::tr("%1 MW + %2 projected").arg(recordedMw, extraMw);
            label.shortValue = ChartsText::tr("%1+%2 MW").arg(recordedMw, extraMw);
        } else {
            label.value = ChartsText::tr("%1 MW (%2 projected)").arg(recordedMw, projectedMw);
            label.shortValue = ChartsText::tr("%1 (%2) MW").arg(recordedMw, projectedMw);
        }
    }
    // Room for the value labels; with no power at all, an axis to 100 MW rather than to 1.
    setZeroBasedRange(m_mw, m_range.fit(std::max(maximum * (anyProjected ? 1.35 : 1.15), 100.0)));
    placeValueLabels();
}

std::optional<ExplainRequest> SitesChart::explainAt(const QPointF& position) const
{
    if (!chart()->plotArea().contains(position))
        return std::nullopt;
    // The bar under the point, or its row (a small site's bar is a few pixels long; its label
    // is after it): the solid part is the recorded power, the rest the power with the
    // source's projections (the same figure where it projects nothing).
    const QPointF value = chart()->mapToValue(position, m_series);
    const int index = int(std::round(value.y()));
    if (index < 0 || index >= m_labels.size() || std::abs(value.y() - index) > 0.4)
        return std::nullopt;
    const Label& label = m_labels[index];
    if (label.siteId == 0)
        return std::nullopt;
    return ExplainRequest{
        ExplainedMetric::SiteItMw, year(),
        value.x() <= label.recordedMw ? PhaseScope::RecordedOnly : PhaseScope::All, label.siteId};
}

ExplainRequest SitesChart::mainExplanation() const
{
    // The top bar is the last label (the axis lists the bottom bar first).
    for (auto it = m_labels.crbegin(); it != m_labels.crend(); ++it) {
        if (it->siteId != 0)
            return {ExplainedMetric::SiteItMw, year(), PhaseScope::All, it->siteId};
    }
    return {ExplainedMetric::Gpus, year()};
}

} // namespace atlas::charts
