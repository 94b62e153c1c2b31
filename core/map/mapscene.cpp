// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/mapscene.h"

#include "core/geo/antimeridian.h"
#include "core/geo/greatcircle.h"
#include "core/geo/projection.h"
#include "core/scenario/scenarioengine.h"

#include <algorithm>
#include <climits>

namespace atlas {

void MapScene::setData(const Dataset& data, const Projection& projection)
{
    m_sites.clear();
    m_links.clear();
    m_index.clear();
    m_unplaced = 0;
    m_sites.reserve(data.sites.size());
    for (const Site& site : data.sites) {
        MapSite s;
        s.id = site.id;
        s.name = site.name;
        s.placed = site.hasLocation();
        m_unplaced += s.placed ? 0 : 1;
        if (s.placed)
            s.at = projection.project({site.lon, site.lat});
        s.approximate = site.precision == LocationPrecision::Approximate;
        if (const Operator* op = data.op(site.operatorId)) {
            s.operatorName = op->name;
            s.color = op->color.isEmpty() ? QColor(0x88, 0x88, 0x88) : QColor::fromString(op->color);
        } else {
            s.color = QColor(0x88, 0x88, 0x88);
        }
        s.sourceCount = int(data.sourcesOf(site.id).size());
        s.plannedMw = site.plannedMw.value_or(0);
        for (const SitePhase* phase : data.phasesOf(site.id))
            s.plannedMw = std::max(s.plannedMw, phase->itMw.value_or(0));
        m_index.insert(site.id, int(m_sites.size()));
        m_sites.append(s);
    }
    m_links.reserve(data.links.size());
    for (const FiberLink& link : data.links) {
        const int a = m_index.value(link.siteA, -1), b = m_index.value(link.siteB, -1);
        if (a < 0 || b < 0 || !m_sites[a].placed || !m_sites[b].placed)
            continue; // a link to a site not yet placed has no path to draw
        const Site* siteA = data.site(link.siteA);
        const Site* siteB = data.site(link.siteB);
        MapLink l;
        l.id = link.id;
        l.siteA = a;
        l.siteB = b;
        l.greatCircleKm = greatCircleKm({siteA->lon, siteA->lat}, {siteB->lon, siteB->lat});
        // A point every 50 km or so: enough for the curve to look round at any zoom.
        const int points = std::clamp(int(l.greatCircleKm / 50) + 2, 2, 64);
        l.path = projectLine(projection, greatCirclePath({siteA->lon, siteA->lat},
                                                         {siteB->lon, siteB->lat}, points));
        l.capacityTbps = link.capacityTbps;
        l.status = link.status;
        l.carrier = link.carrier;
        l.activeFromYear = link.activeDate.isValid() ? link.activeDate.year()
                           : link.status == LinkStatus::Lit ? INT_MIN
                                                            : INT_MAX;
        m_links.append(l);
    }
}

void MapScene::setYear(const PreparedAtlas& atlas, const ScenarioParams& params, const ScenarioResult& result,
                       int year)
{
    m_year = year;
    const double* row = atlas.mwRow(year);
    const double* recordedRow = atlas.mwRow(year, PhaseScope::RecordedOnly);
    const QVector<char> counted = countedSites(atlas, params);
    const SiteGpus gpus(atlas, result, year, PhaseScope::RecordedOnly);
    const YearResult* y = result.recordedAtYear(year);
    m_gpusPerMw = y && y->itMw > 0 && !result.asRecorded ? y->gpusInstalled / y->itMw : 0;
    Q_ASSERT(atlas.siteCount() == m_sites.size()); // prepared from the data of setData()
    for (int i = 0; i < m_sites.size(); ++i) {
        MapSite& site = m_sites[i];
        const SiteState* all = atlas.stateAt(i, year);
        const SiteState* recorded = atlas.stateAt(i, year, PhaseScope::RecordedOnly);
        site.online = site.placed && all && all->online;
        site.recordedOnline = site.online && recorded && recorded->online;
        site.itMw = recordedRow ? recordedRow[i] : 0;
        site.projectedMw = row ? row[i] : 0;
        site.gpus = counted[i] ? gpus.of(i) : 0;
    }
    for (MapLink& link : m_links) {
        link.visible = m_sites[link.siteA].online && m_sites[link.siteB].online;
        link.active = link.activeFromYear <= year;
    }
}

QRectF MapScene::sitesExtent() const
{
    const auto first = std::find_if(m_sites.begin(), m_sites.end(), [](const MapSite& s) { return s.placed; });
    if (first == m_sites.end())
        return {};
    double left = first->at.x(), right = left, bottom = first->at.y(), top = bottom;
    for (const MapSite& site : m_sites) {
        if (!site.placed)
            continue;
        left = std::min(left, site.at.x());
        right = std::max(right, site.at.x());
        bottom = std::min(bottom, site.at.y());
        top = std::max(top, site.at.y());
    }
    return QRectF(QPointF(left, bottom), QPointF(right, top));
}

ProjectionKind prepareExportScene(MapScene* scene, const Dataset& data, const PreparedAtlas& atlas,
                                  const ScenarioParams& params, const ScenarioResult& result, int year)
{
    QVector<LonLat> points;
    points.reserve(data.sites.size());
    for (const Site& site : data.sites) {
        if (site.hasLocation())
            points << LonLat{site.lon, site.lat};
    }
    const ProjectionKind projection = projectionFor(points);
    scene->setData(data, *makeProjection(projection));
    scene->setYear(atlas, params, result, year);
    return projection;
}

} // namespace atlas
