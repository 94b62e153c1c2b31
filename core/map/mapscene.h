// SPDX-License-Identifier: GPL-3.0-or-later
// What the map draws, in map metres: the sites (position, colour, power and GPUs in the
// year) and the fiber links (great-circle paths, capacity, status in the year). Geometry is
// projected when the data or the projection changes; the year's values are refreshed on a
// year or scenario change, which is cheap.
#pragma once

#include "core/domain/dataset.h"
#include "core/geo/projection.h"
#include "core/scenario/preparedatlas.h"
#include "core/scenario/scenarioparams.h"
#include "core/scenario/scenarioresult.h"

#include <QColor>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QVector>

#include <algorithm>
#include <optional>

namespace atlas {

class Projection;

struct MapSite
{
    Id id = 0;
    QString name;
    QString operatorName;
    QPointF at;   // map metres
    QColor color; // the operator's
    bool placed = true; // false: the site has no location yet; it is never drawn
    bool approximate = false;
    int sourceCount = 0;
    double plannedMw = 0; // the most it is to reach: its planned power or its largest phase

    // In the year:
    bool online = false;         // placed, and a phase has come online: the site is drawn
    bool recordedOnline = false; // a recorded one; if not, its projection alone (a ring) is drawn
    double itMw = 0;             // recorded: the filled circle
    double projectedMw = 0;      // with the source's projections: drawn as planned (the ring)
    double gpus = 0;             // its recorded share of the scenario's GPUs (0 when not counted)
    // The most that is planned or projected: the dashed ring's power.
    double ringMw() const { return std::max({plannedMw, projectedMw, itMw}); }
};

struct MapLink
{
    Id id = 0;
    int siteA = 0; // indices into MapScene::sites()
    int siteB = 0;
    QVector<QPolygonF> path; // the great circle in map metres, in parts cut at the map's edge
    double greatCircleKm = 0;
    std::optional<double> capacityTbps;
    LinkStatus status = LinkStatus::Planned;
    QString carrier;
    int activeFromYear = 0;

    // In the year:
    bool visible = false; // both ends are drawn
    bool active = false;  // in use (drawn as lit)
};

class MapScene
{
public:
    // Projects the sites and links. Site i is data.sites[i] (as in PreparedAtlas).
    void setData(const Dataset& data, const Projection& projection);
    // The year's power, GPUs and link states, from the prepared data and the scenario. The
    // atlas is prepared from the data setData() was given (ScenarioController::dataPrepared
    // says when both are new).
    void setYear(const PreparedAtlas& atlas, const ScenarioParams& params, const ScenarioResult& result,
                 int year);

    const QVector<MapSite>& sites() const { return m_sites; }
    const QVector<MapLink>& links() const { return m_links; }
    int year() const { return m_year; }
    int indexOf(Id siteId) const { return m_index.value(siteId, -1); }
    // The map metres all placed sites cover; empty when there are none.
    QRectF sitesExtent() const;
    // Sites with no location yet: counted in the figures, not drawn.
    int unplacedCount() const { return m_unplaced; }
    // Installed GPUs per MW of recorded power in the year (0 without a scenario, and as
    // recorded: each site then has its own fleet).
    double gpusPerMw() const { return m_gpusPerMw; }

private:
    QVector<MapSite> m_sites;
    QVector<MapLink> m_links;
    QHash<Id, int> m_index;
    int m_year = 0;
    double m_gpusPerMw = 0;
    int m_unplaced = 0;
};

// A scene for an export: the sites and links of `data` in the projection that suits where
// they are (returned), with the year's values of the scenario.
ProjectionKind prepareExportScene(MapScene* scene, const Dataset& data, const PreparedAtlas& atlas,
                                  const ScenarioParams& params, const ScenarioResult& result, int year);

} // namespace atlas
