// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/maprenderer.h"

#include "core/geo/antimeridian.h"
#include "core/geo/greatcircle.h"
#include "core/map/labelplacer.h"
#include "ui/map/mapstyle.h"
#include "core/map/sitesymbols.h"
#include "core/scenario/scenariocaption.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <map>

namespace atlas {
namespace {

constexpr qreal kLegendWidth = 210;
// A glyph smaller than this (about 100 MW) is named on hover only, unless it is selected.
constexpr double kSmallestNamedRadius = 5;
// The ring around a selected glyph: this far outside its circle, this wide.
constexpr double kSelectionRingGap = 4, kSelectionRingWidth = 3;

QString formatMw(double mw)
{
    return mw >= 1000 ? MapRenderer::tr("%1 GW").arg(QLocale().toString(mw / 1000, 'g', 3))
                      : MapRenderer::tr("%1 MW").arg(QLocale().toString(mw));
}

// A circle as a path: the legend's sample circles must not count as sites in an SVG (sites
// are the only circles drawn with drawEllipse, which an SVG writes as <circle>).
QPainterPath circlePath(QPointF center, qreal radius)
{
    QPainterPath path;
    const int segments = 48;
    for (int i = 0; i <= segments; ++i) {
        const qreal a = 2 * M_PI * i / segments;
        const QPointF p = center + QPointF(radius * std::cos(a), radius * std::sin(a));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

void drawGlyph(QPainter& painter, const mapstyle::MapPalette& palette, QPointF center, double radius, double plannedRadius,
               const QColor& color, bool hollow)
{
    if (plannedRadius > 0) {
        painter.setPen(mapstyle::plannedRingPen(color));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(center, plannedRadius, plannedRadius);
    }
    if (radius <= 0)
        return; // only projected capacity: the ring alone
    painter.setPen(mapstyle::sitePen(palette, color, hollow));
    painter.setBrush(mapstyle::siteBrush(palette, color, hollow));
    painter.drawEllipse(center, radius, radius);
}

} // namespace

MapRenderer::MapRenderer() { setProjection(ProjectionKind::AlbersUsa); }

void MapRenderer::setProjection(ProjectionKind kind)
{
    m_kind = kind;
    m_projection = makeProjection(kind);
    const Basemap& basemap = Basemap::bundled();
    if (const BasemapLayer* countries = basemap.layer(QStringLiteral("countries")))
        m_countries = ProjectedBasemap(*countries, *m_projection, kind);
    if (const BasemapLayer* states = basemap.layer(QStringLiteral("states")))
        m_states = ProjectedBasemap(*states, *m_projection, kind);
    // A world map is drawn inside its outline, where the land cut at the antimeridian and
    // around the South Pole ends; the US map (a window on a conic projection) has no edge.
    m_outline.clear();
    if (kind == ProjectionKind::EqualEarth) {
        for (const LonLat& p : mapEdgeRing(m_projection->centralMeridian()))
            m_outline << m_projection->project(p);
    }
}

void MapRenderer::paintBasemap(QPainter& painter, const MapViewport& viewport) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QTransform toScreen = viewport.transform();
    if (m_outline.isEmpty()) {
        painter.fillRect(QRectF(QPointF(0, 0), viewport.size()), m_palette.sea);
    } else {
        painter.fillRect(QRectF(QPointF(0, 0), viewport.size()), m_palette.beyond);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_palette.sea);
        painter.drawPolygon(toScreen.map(m_outline));
    }
    const QRectF visible = viewport.visibleMap();
    // Only what is on screen, at the detail the scale can show (half a pixel).
    const ProjectedBasemap::Level& countries = m_countries.levelFor(viewport.metresPerPixel());
    const ProjectedBasemap::Level& states = m_states.levelFor(viewport.metresPerPixel());
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_palette.land);
    for (const ProjectedBasemap::Level* level : {&countries, &states}) {
        for (int i = 0; i < level->fills.size(); ++i) {
            if (level->fillBounds[i].intersects(visible))
                painter.drawPath(toScreen.map(level->fills[i]));
        }
    }
    // Borders, each shared edge once: states finer and lighter than countries.
    painter.setBrush(Qt::NoBrush);
    const std::pair<const ProjectedBasemap::Level*, QPen> borders[] = {
        {&states, QPen(m_palette.stateBorder, 0.8)}, {&countries, QPen(m_palette.countryBorder, 1.1)}};
    for (const auto& [level, pen] : borders) {
        painter.setPen(pen);
        for (int i = 0; i < level->arcs.size(); ++i) {
            if (level->arcBounds[i].intersects(visible))
                painter.drawPolyline(toScreen.map(level->arcs[i]));
        }
    }
    if (!m_outline.isEmpty()) {
        painter.setPen(QPen(m_palette.countryBorder, 1.1));
        painter.drawPolygon(toScreen.map(m_outline));
    }
    painter.restore();
}

void MapRenderer::paintLinkBundles(QPainter& painter, const LinkBundles& bundles) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    // Straight bundles are grouped by status and width (in half pixels), each group drawn
    // in one drawLines() call. A link shorter than a dash would show no dash pattern: short
    // ones are drawn solid, told apart by colour.
    constexpr double kShortest = 16;
    std::map<std::pair<int, int>, QVector<QLineF>> straight;
    for (const LinkBundle& bundle : bundles.bundles()) {
        const QPen pen =
            mapstyle::linkPen(m_palette, bundle.status, bundle.capacityTbps, bundle.anyCapacity);
        if (bundle.path.size() == 1 && bundle.path[0].size() == 2) {
            const QLineF line(bundle.path[0][0], bundle.path[0][1]);
            const bool solid = line.length() < kShortest || pen.style() == Qt::SolidLine;
            straight[{int(bundle.status) * (solid ? -1 : 1) - (solid ? 1 : 0), int(std::lround(pen.widthF() * 2))}].append(line);
            continue;
        }
        painter.setPen(pen);
        for (const QPolygonF& part : bundle.path)
            painter.drawPolyline(part);
    }
    for (const auto& [key, lines] : straight) {
        const bool solid = key.first < 0;
        QPen pen = mapstyle::linkPen(m_palette, LinkStatus(solid ? -key.first - 1 : key.first), 0, false);
        pen.setWidthF(key.second / 2.0);
        if (solid)
            pen.setStyle(Qt::SolidLine);
        painter.setPen(pen);
        painter.drawLines(lines);
    }
    painter.restore();
}

void MapRenderer::paintGlyphs(QPainter& painter, const SiteGlyphs& glyphs) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const SiteGlyph& g : glyphs.glyphs())
        drawGlyph(painter, m_palette, g.center, g.radius, g.plannedRadius, g.color, g.hollow);
    painter.restore();
}

void MapRenderer::paintLinksExact(QPainter& painter, const MapScene& scene, const MapViewport& viewport) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    const QRectF screen = QRectF(QPointF(0, 0), viewport.size()).adjusted(-50, -50, 50, 50);
    const QTransform toScreen = viewport.transform();
    for (const MapLink& link : scene.links()) {
        if (!link.visible)
            continue;
        painter.setPen(mapstyle::linkPen(m_palette, shownStatus(link),
                                         link.capacityTbps.value_or(0),
                                         link.capacityTbps.has_value()));
        for (const QPolygonF& part : link.path) {
            const QPolygonF path = toScreen.map(part);
            if (path.boundingRect().intersects(screen))
                painter.drawPolyline(path);
        }
    }
    painter.restore();
}

void MapRenderer::paintSitesExact(QPainter& painter, const MapScene& scene, const MapViewport& viewport) const
{
    QVector<int> order;
    const QRectF screen = QRectF(QPointF(0, 0), viewport.size());
    for (int i = 0; i < scene.sites().size(); ++i) {
        const MapSite& site = scene.sites()[i];
        const double r = siteRadius(site.ringMw());
        if (site.online && screen.adjusted(-r, -r, r, r).contains(viewport.toScreen(site.at)))
            order.append(i);
    }
    std::sort(order.begin(), order.end(), [&scene](int a, int b) { return scene.sites()[a].itMw > scene.sites()[b].itMw; });
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i : order) {
        const MapSite& site = scene.sites()[i];
        // Recorded capacity fills the circle; what is planned or projected is the dashed ring.
        const double r = site.recordedOnline ? siteRadius(site.itMw) : 0;
        const double planned = siteRadius(site.ringMw());
        // The planned ring as a path, so that the SVG's circles are the sites alone.
        if (planned > r + 0.5) {
            painter.setPen(mapstyle::plannedRingPen(site.color));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(circlePath(viewport.toScreen(site.at), planned));
        }
        if (r <= 0)
            continue;
        painter.setPen(mapstyle::sitePen(m_palette, site.color, site.approximate));
        painter.setBrush(mapstyle::siteBrush(m_palette, site.color, site.approximate));
        painter.drawEllipse(viewport.toScreen(site.at), r, r);
    }
    painter.restore();
}

QVector<MapRenderer::Label> MapRenderer::placeLabels(const MapScene& scene, const SiteGlyphs& glyphs,
                                                     const QVector<int>& selectedSites, QSizeF viewSize,
                                                     const QVector<QRectF>& keepClear, int maxLabels,
                                                     qreal textScale)
{
    const QFontMetricsF metrics(labelFont(false, textScale)), boldMetrics(labelFont(true, textScale));
    const int glyphCount = int(glyphs.glyphs().size());
    // Each glyph's power in the year shown (with the sources' projections, as its ring shows
    // it), and the member it is named after: the selected one, else its largest (whose colour
    // it wears).
    QVector<double> powerMw(glyphCount, 0.0);
    QVector<int> named(glyphCount, -1);
    QVector<bool> selected(glyphCount, false);
    for (int g = 0; g < glyphCount; ++g)
        named[g] = glyphs.glyphs()[g].largest;
    for (int i = 0; i < scene.sites().size(); ++i) {
        if (const int g = glyphs.glyphOfSite(i); g >= 0)
            powerMw[g] += std::max(scene.sites()[i].itMw, scene.sites()[i].projectedMw);
    }
    for (int site : selectedSites) {
        const int g = glyphs.glyphOfSite(site);
        if (g >= 0 && !selected[g]) {
            selected[g] = true;
            named[g] = site;
        }
    }
    // A selected glyph takes the room of its ring (paintSelection), which no other name may
    // cross: the ring is drawn over the names.
    QVector<LabelCircle> circles;
    circles.reserve(glyphCount);
    QVector<QRectF> panels = keepClear;
    for (int g = 0; g < glyphCount; ++g) {
        const SiteGlyph& glyph = glyphs.glyphs()[g];
        const double ring = kSelectionRingGap + kSelectionRingWidth / 2;
        circles.append({glyph.center, glyph.drawnRadius() + (selected[g] ? ring : 0)});
        if (selected[g]) {
            const double r = circles.last().radius;
            panels << QRectF(glyph.center - QPointF(r, r), QSizeF(2 * r, 2 * r));
        }
    }
    // Glyphs worth naming (smaller ones are named on hover), each as a request.
    QVector<LabelRequest> requests;
    QVector<Label> labels;
    for (int g = 0; g < glyphCount; ++g) {
        if (!selected[g] && siteRadius(powerMw[g]) < kSmallestNamedRadius)
            continue;
        const SiteGlyph& glyph = glyphs.glyphs()[g];
        QString text = scene.sites()[named[g]].name;
        if (glyph.count > 1)
            text = tr("%1 +%2", "a site's name and how many more sites its circle holds")
                       .arg(text, QLocale().toString(glyph.count - 1));
        const QSizeF size((selected[g] ? boldMetrics : metrics).horizontalAdvance(text) + 4 * textScale,
                          metrics.height());
        requests.append({circles[g], size, powerMw[g], selected[g]});
        labels.append({QRectF(), text, selected[g], named[g]});
    }
    LabelPlacer placer(QRectF(QPointF(2, 2), viewSize - QSizeF(4, 4)), panels, circles);
    const QVector<std::optional<QRectF>> boxes = placer.placeAll(requests, maxLabels);
    QVector<Label> placed;
    for (int i : labelOrder(requests)) {
        if (boxes[i]) {
            labels[i].box = *boxes[i];
            placed.append(labels[i]);
        }
    }
    return placed;
}

QFont MapRenderer::labelFont(bool selected, qreal textScale)
{
    return mapstyle::font(int(std::lround(11 * textScale)), selected);
}

void MapRenderer::paintLabels(QPainter& painter, const QVector<Label>& labels) const
{
    painter.save();
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QFont font = labelFont(false, m_textScale);
    const QFont bold = labelFont(true, m_textScale);
    for (const Label& label : labels) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_palette.labelHalo);
        painter.drawRoundedRect(label.box, 2, 2);
        painter.setFont(label.selected ? bold : font);
        painter.setPen(m_palette.text);
        painter.drawText(label.box.adjusted(2 * m_textScale, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         label.text);
    }
    painter.restore();
}

void MapRenderer::paintSelection(QPainter& painter, const SiteGlyphs& glyphs, const QVector<int>& selectedSites,
                                 QPointF offset) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(m_palette.selection, kSelectionRingWidth));
    for (int site : selectedSites) {
        const int g = glyphs.glyphOfSite(site);
        if (g < 0)
            continue;
        const SiteGlyph& glyph = glyphs.glyphs()[g];
        painter.drawEllipse(glyph.center + offset, glyph.drawnRadius() + kSelectionRingGap,
                            glyph.drawnRadius() + kSelectionRingGap);
    }
    painter.restore();
}

namespace {

constexpr int kLegendMaxOperators = 8;
constexpr qreal kLegendLine = 16;
constexpr qreal kLegendPadding = 8;
constexpr qreal kLegendTitleHeight = kLegendLine + 4;
constexpr qreal kLegendSamplesHeight = 50 + kLegendLine - 4;

// The operators online in the year with their IT power and colour, largest first.
QVector<std::pair<QString, std::pair<double, QColor>>> legendOperators(const MapScene& scene)
{
    std::map<QString, std::pair<double, QColor>> operators;
    for (const MapSite& site : scene.sites()) {
        if (!site.online)
            continue;
        auto& entry = operators[site.operatorName.isEmpty() ? MapRenderer::tr("No operator")
                                                            : site.operatorName];
        entry.first += site.itMw;
        entry.second = site.color;
    }
    QVector<std::pair<QString, std::pair<double, QColor>>> sorted(operators.begin(), operators.end());
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second.first > b.second.first; });
    if (sorted.size() > kLegendMaxOperators)
        sorted.resize(kLegendMaxOperators);
    return sorted;
}

// The symbols' rows: approximate location, planned capacity, three fiber styles.
constexpr int kLegendSymbolRows = 5;

// What of the legend a view has room for. A short or narrow map keeps the legend inside it
// and above its scale bar by leaving rows out, in this order: operators past the third, the
// symbols, the other operators, the size samples, the line under the count of sites not
// placed. What is left (the title, that count) fits the smallest map.
struct LegendFit
{
    int operators = 0;
    bool samples = true;
    bool symbols = true;
    bool unplaced = false;      // the count of sites not placed
    bool unplacedDetail = true; // and its second line
    qreal width = kLegendWidth;

    qreal height() const
    {
        return kLegendPadding + kLegendTitleHeight + (samples ? kLegendSamplesHeight : 0) +
               (operators + (symbols ? kLegendSymbolRows : 0)) * kLegendLine +
               (unplaced ? 6 + (unplacedDetail ? 2 : 1) * kLegendLine : 0) + kLegendPadding;
    }
};

LegendFit legendFit(const MapScene& scene, QSizeF room)
{
    LegendFit fit;
    fit.operators = int(legendOperators(scene).size());
    fit.unplaced = scene.unplacedCount() > 0;
    if (!room.isValid())
        return fit; // no limit
    if (room.width() < kLegendWidth) {
        // Too narrow for the symbols' words: the title and the count alone, as wide as the room.
        fit = {0, false, false, fit.unplaced, false, std::max<qreal>(0, room.width())};
        return fit;
    }
    const auto fits = [&] { return fit.height() <= room.height(); };
    while (!fits() && fit.operators > 3)
        --fit.operators;
    if (!fits())
        fit.symbols = false;
    while (!fits() && fit.operators > 0)
        --fit.operators;
    if (!fits())
        fit.samples = false;
    if (!fits())
        fit.unplacedDetail = false;
    return fit;
}

} // namespace

// `room` is in the view's pixels, the legend's rows in its own (it is drawn scaled as a whole).
namespace {
QSizeF roomInLegend(QSizeF room, qreal textScale) { return room.isValid() ? room / textScale : room; }
} // namespace

QSizeF MapRenderer::legendSize(const MapScene& scene, qreal textScale, QSizeF room)
{
    const LegendFit fit = legendFit(scene, roomInLegend(room, textScale));
    return QSizeF(fit.width, fit.height()) * textScale;
}

QRectF MapRenderer::legendUnplacedBox(const MapScene& scene, qreal textScale, QSizeF room)
{
    const LegendFit fit = legendFit(scene, roomInLegend(room, textScale));
    if (!fit.unplaced)
        return {};
    const qreal rows = 6 + (fit.unplacedDetail ? 2 : 1) * kLegendLine;
    const QRectF box(0, fit.height() - kLegendPadding - rows, fit.width, rows + kLegendPadding);
    return QRectF(box.topLeft() * textScale, box.size() * textScale);
}

QString MapRenderer::unplacedText(int count)
{
    // One is said apart so that the English reads "1 site"; a language with plural forms gives
    // them for the other counts.
    return count == 1 ? tr("1 site not placed") : tr("%Ln sites not placed", nullptr, count);
}

QString MapRenderer::unplacedHelp(int count)
{
    return tr("%1: they have no location yet, so the map cannot draw them; they count in every "
              "figure and chart.\nClick here to list them in the Sites table (its filter: Not "
              "placed). "
              "To place one, edit it: Find Place, or Shift+click on the map.")
        .arg(unplacedText(count));
}

void MapRenderer::paintLegend(QPainter& painter, const MapScene& scene, QPointF topLeft,
                              QSizeF room) const
{
    const auto sorted = legendOperators(scene);
    const LegendFit fit = legendFit(scene, roomInLegend(room, m_textScale));
    const int shownOperators = fit.operators;
    const qreal line = kLegendLine;
    const qreal padding = kLegendPadding;
    const qreal width = fit.width;
    const QRectF box(QPointF(0, 0), QSizeF(width, fit.height())); // topLeft: the translation
    painter.save();
    // Drawn at its own size and scaled as a whole, so its rows keep their proportions.
    painter.translate(topLeft);
    painter.scale(m_textScale, m_textScale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_palette.panelBorder, 1));
    painter.setBrush(m_palette.panel);
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(m_palette.text);
    painter.setFont(mapstyle::font(12, true));
    qreal y = box.top() + padding;
    painter.drawText(QRectF(box.left() + 8, y, width - 16, line), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("IT power in %1").arg(scene.year()));
    y += line + 4;
    painter.setFont(mapstyle::font(10));
    if (fit.samples) {
        // Three sample sizes side by side, as paths (see circlePath).
        const qreal column = (width - 16) / 3;
        const double samples[] = {100.0, 500.0, 1000.0};
        for (int i = 0; i < 3; ++i) {
            const double mw = samples[i];
            const double r = siteRadius(mw);
            const QPointF centre(box.left() + 8 + column * (i + 0.5), y + 18);
            painter.setPen(QPen(m_palette.neutral, 1));
            QColor sampleFill = m_palette.neutral;
            sampleFill.setAlpha(90);
            painter.setBrush(sampleFill);
            painter.drawPath(circlePath(centre, r));
            painter.setPen(m_palette.text);
            painter.drawText(QRectF(centre.x() - column / 2, y + 36, column, 14), Qt::AlignHCenter,
                             formatMw(mw));
        }
        y += 50;
        if (scene.gpusPerMw() > 0) {
            painter.drawText(
                QRectF(box.left() + 8, y - 6, width - 16, line), Qt::AlignLeft | Qt::AlignVCenter,
                tr("1 GW holds %1 GPUs (scenario)").arg(shortNumber(scene.gpusPerMw() * 1000)));
        }
        y += line - 4;
    }
    painter.setFont(mapstyle::font(11));
    for (int i = 0; i < shownOperators; ++i) {
        const QColor color = sorted[i].second.second;
        painter.setPen(mapstyle::sitePen(m_palette, color, false));
        painter.setBrush(mapstyle::siteBrush(m_palette, color, false));
        painter.drawPath(circlePath(QPointF(box.left() + 15, y + line / 2), 5));
        painter.setPen(m_palette.text);
        painter.drawText(QRectF(box.left() + 26, y, width - 34, line),
                         Qt::AlignLeft | Qt::AlignVCenter, sorted[i].first);
        y += line;
    }
    if (fit.symbols) {
        // Hollow: approximate location.
        painter.setPen(mapstyle::sitePen(m_palette, m_palette.neutral, true));
        painter.setBrush(mapstyle::siteBrush(m_palette, m_palette.neutral, true));
        painter.drawPath(circlePath(QPointF(box.left() + 15, y + line / 2), 5));
        painter.setPen(m_palette.text);
        painter.drawText(QRectF(box.left() + 26, y, width - 34, line),
                         Qt::AlignLeft | Qt::AlignVCenter, tr("approximate location"));
        y += line;
        // Dashed ring: the capacity the site's plans reach.
        {
            const QColor ring = m_palette.neutral;
            painter.setPen(mapstyle::plannedRingPen(ring));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(circlePath(QPointF(box.left() + 15, y + line / 2), 6.5));
            painter.setPen(mapstyle::sitePen(m_palette, ring, false));
            painter.setBrush(mapstyle::siteBrush(m_palette, ring, false));
            painter.drawPath(circlePath(QPointF(box.left() + 15, y + line / 2), 3));
            painter.setPen(m_palette.text);
            painter.drawText(QRectF(box.left() + 26, y, width - 34, line),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             tr("planned or projected")); // the symbol shows the dashed ring
        }
        y += line;
        for (LinkStatus status : {LinkStatus::Lit, LinkStatus::Building, LinkStatus::Planned}) {
            painter.setPen(mapstyle::linkPen(m_palette, status, 0, false));
            painter.drawLine(QPointF(box.left() + 8, y + line / 2),
                             QPointF(box.left() + 22, y + line / 2));
            painter.setPen(m_palette.text);
            painter.drawText(QRectF(box.left() + 26, y, width - 34, line),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             status == LinkStatus::Lit        ? tr("fiber, lit")
                             : status == LinkStatus::Building ? tr("fiber, being built")
                                                              : tr("fiber, planned"));
            y += line;
        }
    }
    // The sites the map cannot draw, so that no picture of it drops them without a word.
    if (const int unplaced = scene.unplacedCount(); fit.unplaced && unplaced > 0) {
        painter.setPen(QPen(m_palette.panelBorder, 1));
        painter.drawLine(QPointF(box.left() + 8, y + 3), QPointF(box.right() - 8, y + 3));
        y += 6;
        // A question mark in a dashed ring: a site whose place is not known.
        QPen ring(m_palette.text, 1.2, Qt::DashLine);
        painter.setPen(ring);
        painter.setBrush(Qt::NoBrush);
        const QPointF centre(box.left() + 15, y + line / 2);
        painter.drawPath(circlePath(centre, 6));
        painter.setPen(m_palette.text);
        painter.setFont(mapstyle::font(9, true));
        painter.drawText(QRectF(centre.x() - 6, centre.y() - 6, 12, 12), Qt::AlignCenter,
                         tr("?", "the sign of a site whose place is not known"));
        painter.setFont(mapstyle::font(11, true));
        painter.drawText(QRectF(box.left() + 26, y, width - 34, line),
                         Qt::AlignLeft | Qt::AlignVCenter, unplacedText(unplaced));
        y += line;
        if (fit.unplacedDetail) {
            painter.setPen(m_palette.mutedText);
            painter.setFont(mapstyle::font(10));
            painter.drawText(QRectF(box.left() + 26, y, width - 34, line),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             tr("not drawn; counted in the totals"));
        }
    }
    painter.restore();
}

namespace {
constexpr qreal kScaleBarLeft = 14, kScaleBarBaseline = 22, kScaleBarMaxPixels = 150,
                kScaleBarText = 80;
constexpr qreal kAttributionHeight = 14, kAttributionBottom = 4, kAttributionRight = 8;
} // namespace

MapRenderer::FooterLayout MapRenderer::footerLayout(QSizeF viewSize, const QRectF& legendBox)
{
    const QString text = attribution();
    const QFontMetricsF metrics(mapstyle::font(10));
    const qreal w = viewSize.width(), h = viewSize.height();
    FooterLayout layout;
    layout.scaleStart = QPointF(kScaleBarLeft, h - kScaleBarBaseline);
    layout.scaleBar = QRectF(kScaleBarLeft - 4, h - kScaleBarBaseline - 20,
                             kScaleBarMaxPixels + kScaleBarText, 30);
    const qreal textWidth = metrics.horizontalAdvance(text) + 2;
    const auto wrappedHeight = [&](qreal width) {
        return metrics
                   .boundingRect(QRectF(0, 0, width, 1e4), Qt::TextWordWrap | Qt::AlignRight, text)
                   .height() +
               1;
    };
    layout.attribution =
        QRectF(w - kAttributionRight - textWidth, h - kAttributionBottom - kAttributionHeight,
               textWidth, kAttributionHeight);
    // A view narrower than the scale bar and the attribution side by side: the attribution
    // wraps right of the bar, or under it across the view when that room is too narrow.
    if (const qreal beside = w - kAttributionRight - (layout.scaleBar.right() + 8);
        textWidth > beside) {
        const qreal width = beside >= 120 ? beside : w - kAttributionRight - kScaleBarLeft;
        const qreal height = wrappedHeight(width);
        layout.attribution =
            QRectF(w - kAttributionRight - width, h - kAttributionBottom - height, width, height);
        if (beside < 120) {
            layout.scaleStart.setY(layout.attribution.top() - 8);
            layout.scaleBar.moveBottom(layout.attribution.top() - 2);
            // A short map keeps its height for the sites and the legend: no scale bar.
            if (h - layout.scaleBar.top() > h / 3)
                layout.scaleBar = QRectF();
        }
    }
    if (legendBox.isEmpty() ||
        (!legendBox.intersects(layout.scaleBar) && !legendBox.intersects(layout.attribution)))
        return layout;
    // The legend reaches the bottom: the footer takes the room right of it.
    const qreal left = legendBox.right() + 8;
    const qreal room = std::max<qreal>(40, w - kAttributionRight - left);
    const qreal width = std::min(textWidth, room);
    const qreal height = wrappedHeight(width);
    layout.attribution =
        QRectF(w - kAttributionRight - width, h - kAttributionBottom - height, width, height);
    // The scale bar above it, at the right (its text is shorter than the longest bar).
    layout.scaleStart =
        QPointF(w - kAttributionRight - kScaleBarMaxPixels - 4, layout.attribution.top() - 8);
    layout.scaleBar =
        QRectF(layout.scaleStart.x() - 4, layout.scaleStart.y() - 20, kScaleBarMaxPixels + 8, 28);
    if (layout.scaleBar.intersects(legendBox) || layout.scaleBar.top() < 0)
        layout.scaleBar = QRectF();
    return layout;
}

qreal MapRenderer::footerTop(QSizeF viewSize)
{
    const FooterLayout layout = footerLayout(viewSize, {});
    return layout.scaleBar.isEmpty() ? layout.attribution.top()
                                     : std::min(layout.scaleBar.top(), layout.attribution.top());
}

QVector<QRectF> MapRenderer::footerBoxes(QSizeF viewSize, const QRectF& legendBox)
{
    const FooterLayout layout = footerLayout(viewSize, legendBox);
    if (layout.scaleBar.isEmpty())
        return {layout.attribution};
    return {layout.scaleBar, layout.attribution};
}

void MapRenderer::paintScaleBar(QPainter& painter, const MapViewport& viewport,
                                const QRectF& legendBox) const
{
    const FooterLayout layout = footerLayout(viewport.size(), legendBox);
    if (layout.scaleBar.isEmpty())
        return;
    // Ground distance across 100 pixels at the middle of the view.
    const QPointF middle(viewport.size().width() / 2, viewport.size().height() / 2);
    const auto a = m_projection->unproject(viewport.toMap(middle - QPointF(50, 0)));
    const auto b = m_projection->unproject(viewport.toMap(middle + QPointF(50, 0)));
    if (!a || !b)
        return;
    const double kmPer100Px = greatCircleKm(*a, *b);
    if (!(kmPer100Px > 0))
        return;
    // The longest round length (1, 2 or 5 × 10^n km) that fits in 150 pixels.
    const double fits = kmPer100Px * kScaleBarMaxPixels / 100;
    const double decade = std::pow(10.0, std::floor(std::log10(fits)));
    double km = decade;
    for (double step : {5.0, 2.0}) {
        if (step * decade <= fits) {
            km = step * decade;
            break;
        }
    }
    const double pixels = km * 100 / kmPer100Px;
    const QPointF origin = layout.scaleStart;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_palette.text, 2));
    painter.drawLine(origin, origin + QPointF(pixels, 0));
    painter.drawLine(origin - QPointF(0, 4), origin + QPointF(0, 4));
    painter.drawLine(origin + QPointF(pixels, -4), origin + QPointF(pixels, 4));
    painter.setFont(mapstyle::font(11));
    painter.drawText(QRectF(origin.x(), origin.y() - 18, pixels + kScaleBarText, 14), Qt::AlignLeft,
                     tr("%1 km").arg(QLocale().toString(km)));
    painter.restore();
}

QString MapRenderer::attribution()
{
    return tr("Boundaries: US Census Bureau, Natural Earth (public domain) · Sites: "
              "Compute Atlas database");
}

void MapRenderer::paintAttribution(QPainter& painter, const MapViewport& viewport,
                                   const QRectF& legendBox) const
{
    painter.save();
    painter.setFont(mapstyle::font(10));
    const QRectF box = footerLayout(viewport.size(), legendBox).attribution;
    painter.setPen(m_palette.mutedText);
    painter.drawText(box, Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap, attribution());
    painter.restore();
}

} // namespace atlas
