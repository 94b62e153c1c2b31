// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/gazetteer.h"

#include "core/geo/addressmatcher.h"
#include "core/geo/gazetteerdata.h"
#include "core/geo/gazetteerresults.h"
#include "core/geo/placetext.h"

#include <QCoreApplication>
#include <QFile>

namespace atlas {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Gazetteer)
};

// Names longer than this are no country's.
constexpr int kMaxCountryChars = 100;

} // namespace

QString levelName(GeocodeResult::Level level)
{
    switch (level) {
    case GeocodeResult::Level::Zip:
        return Text::tr("ZIP code");
    case GeocodeResult::Level::CityRegion:
    case GeocodeResult::Level::CityCountry:
        return Text::tr("Town");
    case GeocodeResult::Level::Region:
        return Text::tr("Region");
    case GeocodeResult::Level::Country:
        return Text::tr("Country");
    }
    return {};
}

const Gazetteer& Gazetteer::bundled()
{
    static const Gazetteer gazetteer = [] {
        QFile file(QStringLiteral(":/gazetteer/gazetteer.bin"));
        if (!file.open(QIODevice::ReadOnly)) {
            Gazetteer missing;
            missing.m_error = Text::tr("The gazetteer is missing from this build.");
            return missing;
        }
        return fromBytes(file.readAll());
    }();
    return gazetteer;
}

Gazetteer Gazetteer::fromBytes(const QByteArray& bytes)
{
    Gazetteer gazetteer;
    gazetteer.m_data = GazetteerData::parse(bytes, &gazetteer.m_error);
    return gazetteer;
}

QString Gazetteer::sources() const
{
    return m_data ? m_data->sources : QString();
}

GeocodeResult Gazetteer::geocode(const QString& address, const QString& country) const
{
    GeocodeResult none;
    if (!m_data)
        return none;
    const int countryIndex =
        country.size() > kMaxCountryChars ? -1 : m_data->countryNamed(foldPlaceName(country));
    const std::optional<AddressMatch> match = matchAddress(*m_data, address, countryIndex);
    if (!match)
        return none;
    GeocodeResult result;
    switch (match->level) {
    case GeocodeResult::Level::Zip:
        result = zipResult(*m_data, *match->zip);
        if (match->place >= 0)
            result.city = m_data->placeName(m_data->places[size_t(match->place)]);
        if (match->regionSpelledOut)
            result.region = result.regionName;
        break;
    case GeocodeResult::Level::CityRegion:
    case GeocodeResult::Level::CityCountry:
        result = townResult(*m_data, match->place);
        result.level = match->level;
        if (match->regionSpelledOut)
            result.region = result.regionName;
        result.method =
            Text::tr("Placed at the centre of %1 (GeoNames), the town named in the address.")
                .arg(resultLabel(*m_data, result));
        break;
    case GeocodeResult::Level::Region:
        result = regionResult(*m_data, match->region, match->regionSpelledOut);
        result.method =
            Text::tr("Placed in the middle of %1 (GeoNames): the address names no town or "
                     "ZIP code that the "
                     "gazetteer knows.")
                .arg(resultLabel(*m_data, result));
        break;
    case GeocodeResult::Level::Country:
        result = countryResult(*m_data, match->country);
        result.method =
            splitAddress(address).words.isEmpty()
                ? Text::tr("Placed in the middle of %1: the site has no address.")
                      .arg(resultLabel(*m_data, result))
                : Text::tr("Placed in the middle of %1: the address names no town, region or "
                           "ZIP code that the "
                           "gazetteer knows.")
                      .arg(resultLabel(*m_data, result));
        break;
    }
    return result;
}

std::optional<QString> Gazetteer::countryCode(const QString& nameOrCode) const
{
    if (!m_data || nameOrCode.size() > kMaxCountryChars)
        return std::nullopt;
    const int country = m_data->countryNamed(foldPlaceName(nameOrCode));
    if (country < 0)
        return std::nullopt;
    return m_data->countries[size_t(country)].alpha2;
}

QString Gazetteer::countryName(const QString& code) const
{
    const GazetteerCountry* country = m_data ? m_data->country(code.toUpper()) : nullptr;
    return country ? country->name : QString();
}

QString Gazetteer::countryNameZh(const QString& code) const
{
    const GazetteerCountry* country = m_data ? m_data->country(code.toUpper()) : nullptr;
    return country ? country->nameZh : QString();
}

} // namespace atlas
