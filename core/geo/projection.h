// SPDX-License-Identifier: GPL-3.0-or-later
// Map projections: lon/lat in degrees to map metres (x east, y north) and back. Both are
// equal-area, so the circles of sites, whose areas stand for power, compare fairly anywhere
// on the map. Checked against PROJ in tests/core/tst_projection.cpp.
#pragma once

#include "core/geo/lonlat.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>

namespace atlas {

class Projection
{
public:
    virtual ~Projection() = default;
    virtual QString name() const = 0;
    virtual QPointF project(LonLat point) const = 0;
    virtual std::optional<LonLat> unproject(QPointF point) const = 0;
    // The area the projection is meant to show, in map metres.
    virtual QRectF extent() const = 0;
    // The meridian down the middle of the map; the map is cut open along the one opposite
    // (see antimeridian.h).
    virtual double centralMeridian() const = 0;
};

// Albers equal-area conic on the GRS 80 ellipsoid, standard parallels 29.5° and 45.5°,
// origin 23°N 96°W: the USGS's projection for the contiguous US (EPSG:5070 without the datum
// shift).
class AlbersUsa final : public Projection
{
public:
    AlbersUsa();
    QString name() const override
    {
        return QCoreApplication::translate("atlas::Projection",
                                           "Albers equal-area (contiguous US)");
    }
    QPointF project(LonLat point) const override;
    std::optional<LonLat> unproject(QPointF point) const override;
    QRectF extent() const override;
    double centralMeridian() const override;

private:
    double q(double sinPhi) const;
    double m_n, m_c, m_rho0;
};

// Equal Earth (Šavrič, Patterson and Jenny, 2018) on a sphere of the Earth's authalic radius:
// equal-area like Albers, for data spread over the world; its straight parallels and curved
// meridians keep the continents recognisable, unlike cylindrical equal-area maps.
class EqualEarth final : public Projection
{
public:
    QString name() const override
    {
        return QCoreApplication::translate("atlas::Projection", "Equal Earth (world)");
    }
    QPointF project(LonLat point) const override;
    std::optional<LonLat> unproject(QPointF point) const override;
    QRectF extent() const override;
    double centralMeridian() const override { return 0.0; }
};

// Spherical ("Web") Mercator, EPSG:3857: the projection of tile maps such as OpenStreetMap.
// Not equal-area; the street map uses it only to place its symbols, which are drawn at a
// size in pixels, as on the vector map. Latitudes are clamped to the tiles' ±85.05113°.
class WebMercator final : public Projection
{
public:
    QString name() const override
    {
        return QCoreApplication::translate("atlas::Projection", "Web Mercator (tile maps)");
    }
    QPointF project(LonLat point) const override;
    std::optional<LonLat> unproject(QPointF point) const override;
    QRectF extent() const override;
    double centralMeridian() const override { return 0.0; }
    static constexpr double kMaxLatitude = 85.0511287798;
    // Map metres across the whole world: 2π times the sphere's radius (WGS 84's a).
    static constexpr double kWorldMetres = 40075016.685578488;
};

enum class ProjectionKind { AlbersUsa, EqualEarth };
std::unique_ptr<Projection> makeProjection(ProjectionKind kind);

// Albers when every point lies in or near the contiguous US, else Equal Earth.
ProjectionKind projectionFor(const QVector<LonLat>& points);

} // namespace atlas
