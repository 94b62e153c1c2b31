// SPDX-License-Identifier: GPL-3.0-or-later
// Results built from the gazetteer's rows, shared by geocode() and search(); each caller
// writes its own `method` sentence.
#pragma once

#include "core/geo/gazetteer.h"

namespace atlas {

class GazetteerData;
struct GazetteerZip;

GeocodeResult zipResult(const GazetteerData& data, const GazetteerZip& zip);
GeocodeResult townResult(const GazetteerData& data, int place);
GeocodeResult regionResult(const GazetteerData& data, int region, bool spelledOut);
GeocodeResult countryResult(const GazetteerData& data, int country);
// How a result is named in a sentence: "Canton, Mississippi, United States".
QString resultLabel(const GazetteerData& data, const GeocodeResult& result);

} // namespace atlas
