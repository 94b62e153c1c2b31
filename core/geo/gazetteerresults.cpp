// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/gazetteerresults.h"

#include "core/geo/gazetteerdata.h"

#include <QCoreApplication>
#include <QStringList>

namespace atlas {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Gazetteer)
};

void setRegion(const GazetteerData& data, int region, bool spelledOut, GeocodeResult* result)
{
    if (region < 0)
        return;
    const GazetteerRegion& r = data.regions[size_t(region)];
    result->regionName = r.name;
    result->region = spelledOut || r.abbreviation.isEmpty() ? r.name : r.abbreviation;
}

} // namespace

GeocodeResult zipResult(const GazetteerData& data, const GazetteerZip& zip)
{
    GeocodeResult result;
    result.found = true;
    result.level = GeocodeResult::Level::Zip;
    result.position = zip.position();
    result.zip = QStringLiteral("%1").arg(zip.code, 5, 10, QLatin1Char('0'));
    const GazetteerRegion& region = data.regions[size_t(zip.region)];
    result.countryCode = data.countries[size_t(region.country)].alpha2;
    setRegion(data, zip.region, false, &result);
    result.method =
        Text::tr("Placed at the centre of US ZIP code %1 (US Census ZCTA).").arg(result.zip);
    return result;
}

GeocodeResult townResult(const GazetteerData& data, int place)
{
    const GazetteerPlace& p = data.places[size_t(place)];
    GeocodeResult result;
    result.found = true;
    result.level =
        p.region >= 0 ? GeocodeResult::Level::CityRegion : GeocodeResult::Level::CityCountry;
    result.position = p.position();
    result.city = data.placeName(p);
    result.countryCode = data.countries[size_t(p.country)].alpha2;
    setRegion(data, p.region, false, &result);
    return result;
}

GeocodeResult regionResult(const GazetteerData& data, int region, bool spelledOut)
{
    const GazetteerRegion& r = data.regions[size_t(region)];
    GeocodeResult result;
    result.found = true;
    result.level = GeocodeResult::Level::Region;
    result.position = r.middle;
    result.countryCode = data.countries[size_t(r.country)].alpha2;
    setRegion(data, region, spelledOut, &result);
    return result;
}

GeocodeResult countryResult(const GazetteerData& data, int country)
{
    const GazetteerCountry& c = data.countries[size_t(country)];
    GeocodeResult result;
    result.found = c.hasMiddle;
    result.level = GeocodeResult::Level::Country;
    result.position = c.middle;
    result.countryCode = c.alpha2;
    return result;
}

QString resultLabel(const GazetteerData& data, const GeocodeResult& result)
{
    QStringList parts;
    if (result.level == GeocodeResult::Level::Zip)
        parts << result.zip;
    if (!result.city.isEmpty())
        parts << result.city;
    if (!result.regionName.isEmpty())
        parts << result.regionName;
    if (const GazetteerCountry* country = data.country(result.countryCode))
        parts << country->name;
    return parts.join(QStringLiteral(", "));
}

} // namespace atlas
