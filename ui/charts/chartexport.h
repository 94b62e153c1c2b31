// SPDX-License-Identifier: GPL-3.0-or-later
// Charts as pages for slides: the chart with a title, the scenario's assumptions as a caption
// and the sources as a footnote, drawn by the same code into a PNG (at 1×, 2× or 3×) or a
// vector SVG. Exports draw a fresh chart off screen, so the size on screen does not matter
// and the command line can export without a window.
#pragma once

#include "ui/charts/scenariochart.h"
#include "ui/export/pagewriter.h"

#include <QImage>
#include <QSize>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace atlas::charts {

inline constexpr QSize kSlideSize{1600, 900}; // 16:9, in logical pixels

struct PageText
{
    QString title;
    QString subtitle;
    QString caption;
    QString footnote;
};

PageText chartPageText(ChartKind kind, const ChartInputs& inputs);
// The page of all four charts.
PageText dashboardPageText(const ChartInputs& inputs);

// Draws the page of one chart (or, with `kinds` of several, a grid of them) into `page`.
void paintChartPage(QPainter& painter, const QRectF& page, const QList<ChartKind>& kinds,
                    const ChartInputs& inputs, const PageText& text);

// One chart, with its title, drawn into `target` (the dashboard's charts); dark on request.
// The chart is laid out at 1/zoom of the target and drawn scaled up: larger type.
void paintChart(QPainter& painter, const QRectF& target, ChartKind kind, const ChartInputs& inputs, bool dark = false,
                qreal zoom = 1.4);

// A null image when `size` at `scale` is over io::kMaxImagePixels (nothing is allocated).
QImage renderChartImage(const QList<ChartKind>& kinds, const ChartInputs& inputs, QSize size,
                        qreal scale);

// The page of one chart (or of several) for the page writer, with its title and, as the
// SVG's description, the caption and the sources.
Page chartPage(const QList<ChartKind>& kinds, const ChartInputs& inputs, QSize size = kSlideSize,
               qreal scale = 1);

// Writes a PNG or an SVG (by the file's suffix) through the page writer. Returns the error,
// or an empty string; the file there before is then unchanged.
QString exportChart(const QList<ChartKind>& kinds, const ChartInputs& inputs, const QString& path,
                    QSize size = kSlideSize, qreal scale = 1);

// Writes every chart, and the page of all four, into `folder` as "<stem>.<suffix>". Returns
// the error, or an empty string; `written` receives the files.
QString exportAllCharts(const ChartInputs& inputs, const QString& folder, const QString& suffix,
                        QSize size, qreal scale, QStringList* written = nullptr);

} // namespace atlas::charts
