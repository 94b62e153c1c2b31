// SPDX-License-Identifier: GPL-3.0-or-later
// The names on the map: where they go (LabelPlacer) and how they are drawn.
#include "core/map/labelplacer.h"
#include "core/map/sitesymbols.h"
#include "ui/map/maprenderer.h"
#include "ui/map/mapstyle.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace atlas {
namespace {

// A glyph smaller than this (about 100 MW) is named on hover only, unless it is selected.
constexpr double kSmallestNamedRadius = 5;

} // namespace

namespace {

// Each glyph's power in the year shown (with the sources' projections, as its ring shows it),
// the member it is named after (the selected one, else its largest, whose colour it wears),
// and whether it holds a selected site.
struct GlyphNames
{
    QVector<double> powerMw;
    QVector<int> named;
    QVector<bool> selected;
};

GlyphNames glyphNames(const MapScene& scene, const SiteGlyphs& glyphs,
                      const QVector<int>& selectedSites)
{
    const int glyphCount = int(glyphs.glyphs().size());
    GlyphNames names{QVector<double>(glyphCount, 0.0), QVector<int>(glyphCount, -1),
                     QVector<bool>(glyphCount, false)};
    for (int g = 0; g < glyphCount; ++g)
        names.named[g] = glyphs.glyphs()[g].largest;
    for (int i = 0; i < scene.sites().size(); ++i) {
        if (const int g = glyphs.glyphOfSite(i); g >= 0)
            names.powerMw[g] += std::max(scene.sites()[i].itMw, scene.sites()[i].projectedMw);
    }
    for (int site : selectedSites) {
        const int g = glyphs.glyphOfSite(site);
        if (g >= 0 && !names.selected[g]) {
            names.selected[g] = true;
            names.named[g] = site;
        }
    }
    return names;
}

// The glyphs' circles as the names keep off them. A selected glyph takes the room of its ring
// (paintSelection), which no other name may cross (the ring is drawn over the names): it is
// added to `panels` too.
QVector<LabelCircle> labelCircles(const SiteGlyphs& glyphs, const QVector<bool>& selected,
                                  QVector<QRectF>* panels)
{
    QVector<LabelCircle> circles;
    circles.reserve(glyphs.glyphs().size());
    for (int g = 0; g < glyphs.glyphs().size(); ++g) {
        const SiteGlyph& glyph = glyphs.glyphs()[g];
        const double ring = mapstyle::kSelectionRingGap + mapstyle::kSelectionRingWidth / 2;
        circles.append({glyph.center, glyph.drawnRadius() + (selected[g] ? ring : 0)});
        if (selected[g]) {
            const double r = circles.last().radius;
            *panels << QRectF(glyph.center - QPointF(r, r), QSizeF(2 * r, 2 * r));
        }
    }
    return circles;
}

} // namespace

QVector<MapRenderer::Label>
MapRenderer::placeLabels(const MapScene& scene, const SiteGlyphs& glyphs,
                         const QVector<int>& selectedSites, QSizeF viewSize,
                         const QVector<QRectF>& keepClear, int maxLabels, qreal textScale)
{
    const QFontMetricsF metrics(labelFont(false, textScale)),
        boldMetrics(labelFont(true, textScale));
    const GlyphNames names = glyphNames(scene, glyphs, selectedSites);
    QVector<QRectF> panels = keepClear;
    const QVector<LabelCircle> circles = labelCircles(glyphs, names.selected, &panels);
    // Glyphs worth naming (smaller ones are named on hover), each as a request.
    QVector<LabelRequest> requests;
    QVector<Label> labels;
    for (int g = 0; g < glyphs.glyphs().size(); ++g) {
        const bool selected = names.selected[g];
        if (!selected && siteRadius(names.powerMw[g]) < kSmallestNamedRadius)
            continue;
        const SiteGlyph& glyph = glyphs.glyphs()[g];
        QString text = scene.sites()[names.named[g]].name;
        if (glyph.count > 1)
            text = tr("%1 +%2", "a site's name and how many more sites its circle holds")
                       .arg(text, QLocale().toString(glyph.count - 1));
        const QSizeF size((selected ? boldMetrics : metrics).horizontalAdvance(text) +
                              4 * textScale,
                          metrics.height());
        requests.append({circles[g], size, names.powerMw[g], selected});
        labels.append({QRectF(), text, selected, names.named[g]});
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
        painter.drawText(label.box.adjusted(2 * m_textScale, 0, 0, 0),
                         Qt::AlignLeft | Qt::AlignVCenter, label.text);
    }
    painter.restore();
}
} // namespace atlas
