// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/epochplanner.h"

#include "core/domain/capacity.h"
#include "core/domain/namekey.h"
#include "core/domain/validation.h"
#include "core/geo/gazetteer.h"
#include "core/io/importorigin.h"
#include "core/io/operatorcolors.h"

#include <QRegularExpression>

namespace atlas::io::epoch {

QString partiesOf(const EpochDataCenter& dc)
{
    QStringList parts;
    for (const auto& [label, text] : {std::pair{Text::tr("Owner"), dc.owner},
                                      {Text::tr("Users"), dc.users},
                                      {Text::tr("Project"), dc.project},
                                      {Text::tr("Investors"), dc.investors},
                                      {Text::tr("Construction"), dc.construction},
                                      {Text::tr("Energy"), dc.energy}}) {
        if (!text.isEmpty())
            parts << label + QStringLiteral(": ") + text.simplified();
    }
    return parts.join(QStringLiteral("; "));
}

// A town the site's name gives: its words taken as a town, the longest run of words first and
// the last words first ("Oracle Batam" is in Batam, not in Oracle, Arizona); a run that names
// a country is not a town ("CoreWeave Norway"). A town or a region, never a country.
GeocodeResult EpochPlanner::townInName(const QString& name, const QString& country) const
{
    QStringList words;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); }) &&
            std::none_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); }))
            words << word;
    }
    // Towns first; then a region the name gives ("OpenAI Stargate Michigan"), as the
    // gazetteer's own order has it.
    for (const bool towns : {true, false}) {
        for (qsizetype length = std::min<qsizetype>(3, words.size()); length >= 1; --length) {
            for (qsizetype start = words.size() - length; start >= 0; --start) {
                const QString run = words.mid(start, length).join(QLatin1Char(' '));
                if (m_gazetteer.countryCode(run))
                    continue;
                const GeocodeResult found = m_gazetteer.geocode(run, country);
                const bool town = found.level == GeocodeResult::Level::CityCountry ||
                                  found.level == GeocodeResult::Level::CityRegion;
                if (found.found && (towns ? town : found.level == GeocodeResult::Level::Region))
                    return found;
            }
        }
    }
    return {};
}

void EpochPlanner::place(const EpochDataCenter& dc, Site* site)
{
    site->country = m_gazetteer.countryCode(dc.country).value_or(dc.country);
    if (dc.lon && dc.lat && std::abs(*dc.lon) <= 180 && std::abs(*dc.lat) <= 90) {
        site->lon = *dc.lon;
        site->lat = *dc.lat;
        site->precision = LocationPrecision::Exact;
        site->locationNote = Text::tr("Coordinates as Epoch AI gives them.");
        return;
    }
    // By the address; failing that (or with only the country known), by a town the site's
    // name gives ("Google Mesa", "Southgate Melbourne"). A site is not placed at a country's
    // middle: a dot in Illinois for a site somewhere in the US would mislead a briefing.
    GeocodeResult found = m_gazetteer.geocode(dc.address, dc.country);
    bool byName = false;
    if (!found.found || found.level == GeocodeResult::Level::Country) {
        if (const GeocodeResult named = townInName(dc.name, dc.country); named.found) {
            found = named;
            byName = true;
        }
    }
    if (!found.found || found.level == GeocodeResult::Level::Country) {
        site->precision = LocationPrecision::Unknown;
        site->locationNote =
            dc.address.isEmpty()
                ? Text::tr(
                      "Not placed: Epoch AI gives no address. Use Find Place in the site's form.")
                : Text::tr(
                      "Not placed: the address names no ZIP code, town or region the gazetteer "
                      "knows "
                      "(\"%1\"). Use Find Place in the site's form.")
                      .arg(dc.address);
        return;
    }
    site->lon = found.position.lon;
    site->lat = found.position.lat;
    site->precision = LocationPrecision::Approximate;
    site->city = found.city;
    site->region = found.region;
    if (!found.countryCode.isEmpty())
        site->country = found.countryCode;
    site->locationNote =
        byName ? Text::tr("%1 (from the town in the site's name; Epoch AI gives no usable address)")
                     .arg(found.method)
               : found.method;
}

} // namespace atlas::io::epoch
