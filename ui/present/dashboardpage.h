// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard as one page for a slide: the scenario's name and year, the headline numbers,
// the map, the cluster-size and gigawatt charts, the assumptions, the data attribution and
// the sources. Drawn by one function on any QPainter, so the same page becomes a PNG, a
// vector SVG or a one-page PDF, light or dark, at 16:9 or 4:3.
#pragma once

#include "ui/charts/scenariochart.h"
#include "core/geo/projection.h"
#include "ui/map/maprenderer.h"
#include "core/map/mapscene.h"

#include <QSize>

class QPainter;

namespace atlas {

inline constexpr QSize kWideSlide{1920, 1080};    // 16:9
inline constexpr QSize kStandardSlide{1600, 1200}; // 4:3

struct DashboardInputs
{
    charts::ChartInputs charts; // data, scenario, result, name and year
    const MapScene* scene = nullptr; // with the year's values set
    ProjectionKind projection = ProjectionKind::AlbersUsa;
    bool dark = false;
};

// Where the page put its map, and the names the map drew (in the map's own coordinates).
struct DashboardMap
{
    QRectF area;
    QVector<MapRenderer::Label> labels;
};
DashboardMap paintDashboard(QPainter& painter, QSize page, const DashboardInputs& inputs);
// The row of headline numbers alone (presentation mode shows it live); `unit` is the base
// type size in pixels.
void paintHeadlineTiles(QPainter& painter, const QRectF& row, const ScenarioResult& result, int year, bool dark, qreal unit);
// The `index`th of `count` headline tiles in `row` (as paintHeadlineTiles() lays them out).
QRectF headlineTileRect(const QRectF& row, int count, int index, qreal unit);
// PNG, SVG or PDF by the file's suffix. Returns the error, or an empty string.
QString exportDashboard(const DashboardInputs& inputs, const QString& path, QSize size = kWideSlide);

} // namespace atlas
