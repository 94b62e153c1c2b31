// SPDX-License-Identifier: GPL-3.0-or-later
// The first step of geocoding: every word or run of words of an address that names a
// country, a region, a town or a US ZIP code the gazetteer knows, and where it stands.
//
// Street lines are not places: in a part, the words up to its last street word and the
// numbers and directions after it ("5420 Tulane Rd", "State Hwy 105", "Rd SW"), unless the
// whole part is a place's name. Codes count only where addresses put them: a country code
// as a whole part ("..., USA"), a two-letter one only as the last part ("TN" in
// "Memphis, TN" is Tennessee, not Tunisia); a region's abbreviation when written in capitals
// or alone. A ZIP code is five digits or ZIP+4, but not a house number ("10001 Lima Rd") nor
// one end of a range of them ("14651-15249 Gold Coast Rd").
#pragma once

#include "core/geo/placetext.h"

#include <QString>
#include <QVector>

namespace atlas {

class GazetteerData;
struct GazetteerZip;

struct Mention
{
    int first = 0, last = 0; // its words
    int id = -1;             // the region's or country's index
    bool spelledOut = true;  // a name, not an abbreviation or a code
    bool overlaps(const Mention& o) const { return first <= o.last && o.first <= last; }
};

struct TownMention
{
    int place = 0;
    int first = 0, last = 0;
    int next = -1; // the word after it (past "County", "Shi", ...), -1 at the end
    bool wholePart = false;
};

struct ZipMention
{
    const GazetteerZip* zip = nullptr;
    int word = 0;
};

struct AddressReading
{
    AddressText text;
    QVector<Mention> countries, regions; // in the order they are written
    QVector<TownMention> towns;          // for each name, its places, most populous first
    QVector<ZipMention> zips;
};

// `country` is the index of the country given apart from the address (-1: none): only
// regions and towns in it are read, and ZIP codes only for the US.
AddressReading readAddress(const GazetteerData& data, QStringView address, int country);

// The US and the territories its ZIP codes cover.
bool isUsLike(const QString& alpha2);

} // namespace atlas
