// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/addressmatcher.h"

#include "core/geo/addressreading.h"
#include "core/geo/gazetteerdata.h"
#include "core/geo/greatcircle.h"

namespace atlas {
namespace {

// A town named before the one beside the region is taken instead when it lies this near it
// (a county seat within its prefecture: "Zhangbei County, Zhangjiakou, Hebei").
constexpr double kSameAreaKm = 100;
// A town named beside a ZIP code is the ZIP code's town when it lies this near it.
constexpr double kZipTownKm = 30;

class Matcher
{
public:
    Matcher(const GazetteerData& data, QStringView address, int country)
        : m_data(data), m_in(readAddress(data, address, country)), m_country(country)
    {}

    std::optional<AddressMatch> run() const
    {
        if (auto zip = zipMatch())
            return zip;
        if (auto town = cityRegion())
            return town;
        if (auto town = cityCountry())
            return town;
        if (auto region = regionMatch())
            return region;
        return countryMatch();
    }

private:
    const GazetteerPlace& place(int i) const { return m_data.places[size_t(i)]; }
    const QString& alpha2(int country) const { return m_data.countries[size_t(country)].alpha2; }

    // Whether the address names countries other than `country` (and not as a region: "VA"
    // is Virginia as much as the Vatican).
    bool contradicted(int country) const
    {
        if (m_country >= 0)
            return false;
        bool others = false;
        for (const Mention& m : m_in.countries) {
            const bool asRegion = std::any_of(m_in.regions.cbegin(), m_in.regions.cend(),
                                              [&m](const Mention& r) { return r.overlaps(m); });
            if (asRegion)
                continue;
            if (m.id == country)
                return false;
            others = true;
        }
        return others;
    }

    // Whether the address names a region of the town's country after it, and not the town's
    // ("Trenton, SC" is no Trenton of New Jersey, even when South Carolina's is not known).
    bool inOtherRegion(const TownMention& t) const
    {
        const GazetteerPlace& pl = place(t.place);
        bool others = false;
        for (const Mention& r : m_in.regions) {
            if (r.first <= t.last || m_data.regions[size_t(r.id)].country != pl.country)
                continue;
            if (r.id == pl.region)
                return false;
            others = true;
        }
        return others;
    }

    struct Pick
    {
        const TownMention* town = nullptr;
        const Mention* mention = nullptr; // the region or country it was read with
        bool adjacent = false;
    };

    // Of the towns that fit: the one right before the region or country (the last such), or a
    // more specific one named before it and near it; else the whole part nearest the end.
    std::optional<Pick> choose(const QVector<Pick>& picks) const
    {
        const Pick* anchor = nullptr;
        for (const Pick& p : picks) {
            if (p.adjacent && (!anchor || p.town->first > anchor->town->first))
                anchor = &p;
        }
        if (anchor) {
            for (const Pick& p : picks) {
                if (p.town->last < anchor->town->first && p.town->wholePart &&
                    greatCircleKm(place(p.town->place).position(),
                                  place(anchor->town->place).position()) <= kSameAreaKm)
                    return p;
            }
            return *anchor;
        }
        const Pick* best = nullptr;
        for (const Pick& p : picks) {
            if (!best || p.town->first > best->town->first)
                best = &p;
        }
        return best ? std::optional<Pick>(*best) : std::nullopt;
    }

    std::optional<Pick> townInRegion() const
    {
        QVector<Pick> picks;
        for (const TownMention& t : m_in.towns) {
            const GazetteerPlace& pl = place(t.place);
            if (pl.region < 0 || contradicted(pl.country))
                continue;
            for (const Mention& r : m_in.regions) {
                if (r.first <= t.last || r.id != pl.region)
                    continue;
                const bool adjacent = t.next == r.first;
                if (adjacent || t.wholePart)
                    picks.append({&t, &r, adjacent});
            }
        }
        return choose(picks);
    }

    std::optional<Pick> townInCountry() const
    {
        QVector<Pick> picks;
        for (const TownMention& t : m_in.towns) {
            const int country = place(t.place).country;
            if (inOtherRegion(t))
                continue;
            if (m_country >= 0) {
                // The country given apart: the town is read with a mention of it if there is one.
                const Mention* mention = nullptr;
                for (const Mention& m : m_in.countries) {
                    if (m.id == country && m.first > t.last)
                        mention = &m;
                }
                const bool adjacent = mention && t.next == mention->first;
                if (adjacent || t.wholePart)
                    picks.append({&t, mention, adjacent});
                continue;
            }
            for (const Mention& m : m_in.countries) {
                if (m.id != country || m.first <= t.last)
                    continue;
                const bool adjacent = t.next == m.first;
                if (adjacent || t.wholePart)
                    picks.append({&t, &m, adjacent});
            }
        }
        return choose(picks);
    }

    AddressMatch townMatch(GeocodeResult::Level level, const Pick& pick) const
    {
        AddressMatch match;
        match.level = level;
        match.place = pick.town->place;
        match.region = place(pick.town->place).region;
        match.country = place(pick.town->place).country;
        match.regionSpelledOut =
            level == GeocodeResult::Level::CityRegion && pick.mention->spelledOut;
        return match;
    }

    std::optional<AddressMatch> cityRegion() const
    {
        const auto pick = townInRegion();
        return pick ? std::optional(townMatch(GeocodeResult::Level::CityRegion, *pick))
                    : std::nullopt;
    }

    std::optional<AddressMatch> cityCountry() const
    {
        const auto pick = townInCountry();
        return pick ? std::optional(townMatch(GeocodeResult::Level::CityCountry, *pick))
                    : std::nullopt;
    }

    std::optional<AddressMatch> zipMatch() const
    {
        if (m_country < 0 && contradicted(m_data.countryNamed("us")))
            return std::nullopt;
        QVector<int> states;
        for (const Mention& r : m_in.regions) {
            if (isUsLike(alpha2(m_data.regions[size_t(r.id)].country)))
                states.append(r.id);
        }
        for (auto hit = m_in.zips.crbegin(); hit != m_in.zips.crend(); ++hit) {
            if (!states.isEmpty() && !states.contains(hit->zip->region))
                continue;
            AddressMatch match;
            match.level = GeocodeResult::Level::Zip;
            match.zip = hit->zip;
            match.region = hit->zip->region;
            match.country = m_data.regions[size_t(match.region)].country;
            for (const Mention& r : m_in.regions) {
                if (r.id == match.region)
                    match.regionSpelledOut = r.spelledOut;
            }
            for (const auto& town : {townInRegion(), townInCountry()}) {
                if (town && match.place < 0 &&
                    greatCircleKm(place(town->town->place).position(), hit->zip->position()) <=
                        kZipTownKm)
                    match.place = town->town->place;
            }
            return match;
        }
        return std::nullopt;
    }

    // The last region named that is not ambiguous (in the countries the address names).
    std::optional<AddressMatch> regionMatch() const
    {
        for (int i = int(m_in.regions.size()) - 1; i >= 0;) {
            const Mention& at = m_in.regions[i];
            QVector<const Mention*> same;
            for (; i >= 0 && m_in.regions[i].first == at.first; --i) {
                if (!contradicted(m_data.regions[size_t(m_in.regions[i].id)].country))
                    same.append(&m_in.regions[i]);
            }
            if (same.size() != 1)
                continue;
            AddressMatch match;
            match.level = GeocodeResult::Level::Region;
            match.region = same[0]->id;
            match.country = m_data.regions[size_t(match.region)].country;
            match.regionSpelledOut = same[0]->spelledOut;
            return match;
        }
        return std::nullopt;
    }

    std::optional<AddressMatch> countryMatch() const
    {
        int country = m_country;
        for (const Mention& m : m_in.countries) {
            if (m_country < 0)
                country = m.id;
        }
        if (country < 0 || !m_data.countries[size_t(country)].hasMiddle)
            return std::nullopt;
        AddressMatch match;
        match.level = GeocodeResult::Level::Country;
        match.country = country;
        return match;
    }

    const GazetteerData& m_data;
    const AddressReading m_in;
    const int m_country;
};

} // namespace

std::optional<AddressMatch> matchAddress(const GazetteerData& data, QStringView address,
                                         int country)
{
    return Matcher(data, address, country).run();
}

} // namespace atlas
