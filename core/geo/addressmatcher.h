// SPDX-License-Identifier: GPL-3.0-or-later
// Geocoding's second step: of the places an address names (addressreading.h), the most
// precise reading that holds together.
//
// An address is read as people write one: parts separated by commas, from the most specific
// to the most general ("5420 Tulane Rd, Memphis, TN 38109"). In that order it is placed by
// a ZIP code (in the state the address names, if it names one), a town in a region the
// address names after it, a town in the country, the region, the country. A town counts when
// it is a whole part or stands right before the region, ZIP code or country ("Papillion
// Nebraska", "Kuna ID 83634"); a US name before "County" is a county's. Of several towns,
// the one beside the region or country wins, unless a town named before it lies within
// 100 km (a more specific place: "Zhangbei County, Zhangjiakou, Hebei").
#pragma once

#include "core/geo/gazetteer.h"

#include <QStringView>

#include <optional>

namespace atlas {

class GazetteerData;
struct GazetteerZip;

struct AddressMatch
{
    GeocodeResult::Level level = GeocodeResult::Level::Country;
    const GazetteerZip* zip = nullptr;
    int place = -1; // the town (with a ZIP code: the town named beside it, when near it)
    int region = -1;
    int country = -1;
    bool regionSpelledOut = false; // the address wrote the region's name, not its abbreviation
};

// The most precise reading of `address`; nothing when no part of it is known. `country` is the
// index of the country given apart from the address (-1: none): then only places in it count.
std::optional<AddressMatch> matchAddress(const GazetteerData& data, QStringView address,
                                         int country);

} // namespace atlas
