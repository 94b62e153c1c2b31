// SPDX-License-Identifier: GPL-3.0-or-later
// The offline gazetteer and geocoder: places a site from its address text, with no network.
// It knows US ZIP codes (the US Census Bureau's ZCTA points), the world's towns of more than
// about 1000 people and its first-level regions (GeoNames), and the countries (ISO 3166-1).
//
// Every position it gives is approximate (the middle of a ZIP code area, of a town, of a
// region or of a country, never the parcel), and `method` says in a sentence which: store
// the site as approximate and keep that sentence with it.
#pragma once

#include "core/geo/lonlat.h"

#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace atlas {

class GazetteerData;

struct GeocodeResult
{
    // From the most precise to the least; geocode() tries them in this order.
    enum class Level { Zip, CityRegion, CityCountry, Region, Country };

    bool found = false;
    LonLat position;
    Level level = Level::Country;
    QString countryCode; // ISO 3166-1 alpha-2
    QString region;      // as addresses write it: "TN", "Mississippi", "Abu Dhabi"
    QString regionName;  // the region's full name: "Tennessee"
    QString city;        // the town, when the result is a town's (or the ZIP code's town)
    QString zip;         // the ZIP code, for Level::Zip
    QString method;      // how the site was placed, a sentence in the user's language
};

// "ZIP code", "Town", "Region", "Country": the level's name for a list.
QString levelName(GeocodeResult::Level level);

class Gazetteer
{
public:
    // The gazetteer built into the program, read once on first use (safe from any thread).
    static const Gazetteer& bundled();
    // A gazetteer read from the bytes of a gazetteer file (tests; a newer file).
    static Gazetteer fromBytes(const QByteArray& bytes);

    // Empty when the data loaded; otherwise a sentence saying what is wrong with the file.
    // A gazetteer that did not load finds nothing.
    QString loadError() const { return m_error; }
    // Where the data comes from, a line per source (package, version, licence).
    QString sources() const;

    // Places a free-text address, with the country given separately (a name or a code;
    // may be empty). Tries, in order: a US ZIP code, a town in a region the address names,
    // a town in the country, the region, the country. found=false when none of them is known.
    GeocodeResult geocode(const QString& address, const QString& country = {}) const;

    // "United States", "USA", "US", "us", "美国" -> "US"; nothing for names it does not know.
    std::optional<QString> countryCode(const QString& nameOrCode) const;
    // The English name of an ISO 3166-1 alpha-2 code ("US" -> "United States"); empty if unknown.
    QString countryName(const QString& code) const;
    // The Chinese (Simplified) name, for the translated interface ("US" -> "美国").
    QString countryNameZh(const QString& code) const;

    // For a "Find place" box: places whose name starts with the text (or, failing enough of
    // those, has a word that does), then regions and countries, exact names first, then the
    // most populous. "Springfield, IL" keeps the towns of that region; a ZIP code finds itself.
    QVector<GeocodeResult> search(const QString& text, int limit) const;

private:
    Gazetteer() = default;
    std::shared_ptr<const GazetteerData> m_data;
    QString m_error;
};

} // namespace atlas
