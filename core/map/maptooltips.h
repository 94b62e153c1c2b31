// SPDX-License-Identifier: GPL-3.0-or-later
// What the map says on hover: a site's (or merged glyph's) name, operator, power and GPUs in
// the year and number of sources; a link's distances, latency, carrier and capacity.
#pragma once

#include "core/map/linkbundles.h"
#include "core/map/mapscene.h"
#include "core/map/siteglyphs.h"

namespace atlas {

QString siteTooltip(const MapScene& scene, const SiteGlyphs& glyphs, int glyph);
QString linkTooltip(const MapScene& scene, const LinkBundle& bundle, double routeFactor);

} // namespace atlas
