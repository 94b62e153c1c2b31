// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartexport.h"

#include "ui/charts/chartstext.h"
#include "ui/charts/chartstyle.h"
#include "ui/export/wrappedtext.h"
#include "core/io/imagelimits.h"
#include "core/scenario/scenariocaption.h"

#include <QChart>
#include <QDir>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

#include <memory>

namespace atlas::charts {
namespace {

constexpr qreal kMargin = 32;

// Charts are laid out at this fraction of the page's size and drawn scaled up, so that their
// text and lines read on a slide as they do on screen.
constexpr qreal kChartZoom = 1.4;

// A chart drawn off screen, in a scene of its own.
class OffscreenChart
{
public:
    OffscreenChart(ChartKind kind, const ChartInputs& inputs, const QSizeF& size, bool showTitle, bool dark = false,
                   qreal zoom = kChartZoom)
        : m_chart(makeChart(kind))
    {
        m_chart->setDark(dark);
        m_scene.addItem(m_chart->chart()); // the scene owns the QChart from here
        QChart* chart = m_chart->chart();
        chart->resize(size / zoom);
        for (int pass = 0; pass < 2; ++pass) {
            // The second pass places what depends on the final plot area (claim labels).
            m_chart->update(inputs);
            if (!showTitle)
                chart->setTitle(QString());
            // Layouts (the legend's among them) are settled by posted events; run them now.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            chart->layout()->activate();
        }
    }

    void render(QPainter& painter, const QRectF& target)
    {
        // QtCharts draws a dashed line as a path with whatever brush the painter holds: a
        // caller's brush (a dashboard tile's) would fill under the line.
        painter.save();
        painter.setBrush(Qt::NoBrush);
        m_scene.render(&painter, target, m_chart->chart()->geometry());
        painter.restore();
    }

private:
    QGraphicsScene m_scene;
    std::unique_ptr<ScenarioChart> m_chart;
};

QStringList claimMetricsOf(const QList<ChartKind>& kinds)
{
    QStringList metrics;
    for (ChartKind kind : kinds)
        metrics += makeChart(kind)->claimMetrics();
    return metrics;
}

PageText pageText(const QString& title, const QList<ChartKind>& kinds, const ChartInputs& in)
{
    PageText text;
    text.title = title;
    const QString scenario =
        in.scenarioName.isEmpty() ? ChartsText::tr("Unsaved scenario") : in.scenarioName;
    // Each addition is a sentence of its own around what comes before (%1), so a translation
    // may put it in its own order.
    text.subtitle = ChartsText::tr("Scenario: %1").arg(scenario);
    if (in.comparison)
        text.subtitle = ChartsText::tr("%1, compared with %2 (lighter, long dashes)")
                            .arg(text.subtitle, in.comparisonName);
    if (kinds.contains(ChartKind::Sites))
        text.subtitle =
            ChartsText::tr("%1 · sites in %2").arg(text.subtitle, QString::number(in.year));
    if (in.params->asRecorded)
        text.subtitle = ChartsText::tr("%1 · GPUs as recorded").arg(text.subtitle);
    text.caption = ChartsText::tr("Assumptions: %1").arg(scenarioCaption(*in.data, *in.params));
    if (const QString note = projectionsNote(*in.result); !note.isEmpty())
        text.caption = ChartsText::tr("%1. %2", "a sentence after another").arg(text.caption, note);
    text.footnote = ChartsText::tr("%1 Made with Compute Atlas.")
                        .arg(sourcesFootnote(*in.data, *in.params, claimMetricsOf(kinds)));
    return text;
}

} // namespace

PageText chartPageText(ChartKind kind, const ChartInputs& inputs)
{
    QString title = chartTitle(kind);
    switch (kind) {
    case ChartKind::ClusterSize:
        title = ChartsText::tr("Cluster size: GPUs and H100-equivalents");
        break;
    case ChartKind::Gigawatts:
        title = ChartsText::tr("Gigawatts: demand of the GPUs against capacity online");
        break;
    case ChartKind::Money:
        title = ChartsText::tr("Money: funding against capex, $ billions per year");
        break;
    case ChartKind::Sites:
        title = ChartsText::tr("Sites: IT power and allocated GPUs in %1").arg(inputs.year);
        break;
    }
    return pageText(title, {kind}, inputs);
}

PageText dashboardPageText(const ChartInputs& inputs)
{
    return pageText(ChartsText::tr("The AI compute build-out: a scenario"),
                    QList<ChartKind>(std::begin(kAllCharts), std::end(kAllCharts)), inputs);
}

void paintChartPage(QPainter& painter, const QRectF& page, const QList<ChartKind>& kinds,
                    const ChartInputs& inputs, const PageText& text)
{
    painter.save();
    painter.setFont(chartFont(12)); // so that even the background names the explicit font
    painter.fillRect(page, Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF inner = page.adjusted(kMargin, kMargin * 0.75, -kMargin, -kMargin * 0.75);
    qreal y = inner.top();
    y += paintWrappedText(painter, QRectF(inner.left(), y, inner.width(), 60), text.title, chartFont(30, true),
                      QColor(0x11, 0x11, 0x11));
    y += 4 + paintWrappedText(painter, QRectF(inner.left(), y + 4, inner.width(), 40), text.subtitle,
                          chartFont(18), QColor(0x44, 0x44, 0x44));

    const QFont captionFont = chartFont(15);
    const QFont footFont = chartFont(13);
    const qreal footHeight = wrappedTextHeight(text.footnote, footFont, inner.width());
    const qreal captionHeight = wrappedTextHeight(text.caption, captionFont, inner.width());
    const qreal bottom = inner.bottom() - footHeight - captionHeight - 14;
    const QRectF area(inner.left(), y + 10, inner.width(), std::max<qreal>(50, bottom - y - 16));

    // One chart fills the area; several share it in a grid of two columns.
    const int count = int(kinds.size());
    const int columns = count > 1 ? 2 : 1;
    const int rows = (count + columns - 1) / columns;
    const QSizeF cell(area.width() / columns, area.height() / rows);
    for (int i = 0; i < count; ++i) {
        const QRectF target(area.left() + (i % columns) * cell.width(), area.top() + (i / columns) * cell.height(),
                            cell.width(), cell.height());
        OffscreenChart chart(kinds[i], inputs, target.size(), count > 1);
        chart.render(painter, target);
    }

    paintWrappedText(painter, QRectF(inner.left(), bottom + 8, inner.width(), captionHeight + 4), text.caption,
                 captionFont, QColor(0x22, 0x22, 0x22));
    paintWrappedText(painter, QRectF(inner.left(), inner.bottom() - footHeight, inner.width(), footHeight + 2),
                 text.footnote, footFont, QColor(0x66, 0x66, 0x66));
    painter.restore();
}

void paintChart(QPainter& painter, const QRectF& target, ChartKind kind, const ChartInputs& inputs, bool dark, qreal zoom)
{
    OffscreenChart chart(kind, inputs, target.size(), true, dark, zoom);
    chart.render(painter, target);
}

namespace {

PageText textFor(const QList<ChartKind>& kinds, const ChartInputs& inputs)
{
    return kinds.size() == 1 ? chartPageText(kinds.first(), inputs) : dashboardPageText(inputs);
}

} // namespace

QImage renderChartImage(const QList<ChartKind>& kinds, const ChartInputs& inputs, QSize size, qreal scale)
{
    if (!io::imageSizeProblem(size, scale).isEmpty())
        return {};
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintChartPage(painter, QRectF(QPointF(0, 0), QSizeF(size)), kinds, inputs, textFor(kinds, inputs));
    painter.end();
    return image;
}

Page chartPage(const QList<ChartKind>& kinds, const ChartInputs& inputs, QSize size, qreal scale)
{
    const PageText text = textFor(kinds, inputs);
    Page page;
    page.size = size;
    page.scale = scale;
    page.background = Qt::white;
    page.title = text.title;
    page.description = text.caption + QLatin1Char('\n') + text.footnote;
    page.paint = [kinds, &inputs, text, size](QPainter& painter) {
        paintChartPage(painter, QRectF(QPointF(0, 0), QSizeF(size)), kinds, inputs, text);
    };
    return page;
}

QString exportChart(const QList<ChartKind>& kinds, const ChartInputs& inputs, const QString& path,
                    QSize size, qreal scale)
{
    return writePage(path, chartPage(kinds, inputs, size, scale),
                     {PageFormat::Png, PageFormat::Svg});
}

QString exportAllCharts(const ChartInputs& inputs, const QString& folder, const QString& suffix,
                        QSize size, qreal scale, QStringList* written)
{
    const QDir dir(folder);
    QList<QPair<QList<ChartKind>, QString>> pages;
    for (ChartKind kind : kAllCharts)
        pages.append({{kind}, chartFileStem(kind)});
    pages.append({QList<ChartKind>(std::begin(kAllCharts), std::end(kAllCharts)), QStringLiteral("all-charts")});
    for (const auto& [kinds, stem] : pages) {
        const QString path = dir.filePath(stem + QLatin1Char('.') + suffix);
        if (QString error = exportChart(kinds, inputs, path, size, scale); !error.isEmpty())
            return error;
        if (written)
            *written << path;
    }
    return {};
}

} // namespace atlas::charts
