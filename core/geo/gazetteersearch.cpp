// SPDX-License-Identifier: GPL-3.0-or-later
// Gazetteer::search(): the places a "Find place" box lists as the user types.
#include "core/geo/gazetteer.h"
#include "core/geo/gazetteerdata.h"
#include "core/geo/gazetteerresults.h"
#include "core/geo/placetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace atlas {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Gazetteer)
};

constexpr int kMaxSearchChars = 200;

enum class Kind { Country, Region, Town };
// How a name matches the text, best first: whole; a whole word of it ("Spring Valley",
// "The Dalles"); its start ("Springfield"); the start of a later word ("West Memphis").
enum class Match { Exact, WholeWord, Start, Word };

Match townMatch(std::string_view name, std::string_view key)
{
    if (name == key)
        return Match::Exact;
    const auto wordEndsAt = [&](size_t end) { return end == name.size() || name[end] == ' '; };
    if (name.substr(0, key.size()) == key)
        return wordEndsAt(key.size()) ? Match::WholeWord : Match::Start;
    for (size_t at = name.find(key); at != std::string_view::npos; at = name.find(key, at + 1)) {
        if (at > 0 && name[at - 1] == ' ' && wordEndsAt(at + key.size()))
            return Match::WholeWord;
    }
    return Match::Word;
}

struct Hit
{
    Kind kind;
    int index;
    Match match;
    quint64 population;
};

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

bool startsWith(const QByteArray& text, const QByteArray& prefix)
{
    return !prefix.isEmpty() && text.startsWith(prefix);
}

// What follows the comma in "Springfield, IL": each part names regions or a country (or
// both: "Georgia"), and a town must be in one of those of every part.
class Qualifier
{
public:
    Qualifier(const GazetteerData& data, QStringView text)
    {
        for (QStringView part : text.split(u',', Qt::SkipEmptyParts)) {
            const QByteArray key = foldPlaceName(part);
            if (!key.isEmpty())
                m_parts.append({data.regionsNamed(key) + data.regionsAbbreviated(key),
                                data.countryNamed(key)});
        }
    }
    bool admitsCountry() const { return m_parts.isEmpty(); }
    bool admitsRegion(int country) const
    {
        return std::all_of(m_parts.cbegin(), m_parts.cend(),
                           [=](const Part& p) { return p.country == country; });
    }
    bool admitsTown(int region, int country) const
    {
        return std::all_of(m_parts.cbegin(), m_parts.cend(), [=](const Part& p) {
            return p.country == country || (region >= 0 && p.regions.contains(region));
        });
    }

private:
    struct Part
    {
        QList<int> regions;
        int country;
    };
    QVector<Part> m_parts;
};

void findCountries(const GazetteerData& data, const QByteArray& key, QVector<Hit>* hits)
{
    for (int c = 0; c < int(data.countries.size()); ++c) {
        const QList<QByteArray>& keys =
            data.countryKeys[size_t(c)]; // English, Chinese, codes, aliases
        if (!data.countries[size_t(c)].hasMiddle)
            continue;
        if (keys[0] == key || keys[1] == key)
            hits->append({Kind::Country, c, Match::Exact, data.countryPopulation[size_t(c)]});
        else if (startsWith(keys[0], key) || startsWith(keys[1], key) || keys.contains(key))
            hits->append({Kind::Country, c, Match::Start, data.countryPopulation[size_t(c)]});
    }
}

void findRegions(const GazetteerData& data, const QByteArray& key, const Qualifier& qualifier,
                 QVector<Hit>* hits)
{
    for (int r = 0; r < int(data.regions.size()); ++r) {
        const GazetteerRegion& region = data.regions[size_t(r)];
        if (!qualifier.admitsRegion(region.country))
            continue;
        const QByteArray& name = data.regionKeys[size_t(r)];
        if (name == key)
            hits->append({Kind::Region, r, Match::Exact, data.regionPopulation[size_t(r)]});
        else if (startsWith(name, key) ||
                 (!region.abbreviation.isEmpty() && foldPlaceName(region.abbreviation) == key))
            hits->append({Kind::Region, r, Match::Start, data.regionPopulation[size_t(r)]});
    }
}

void findTowns(const GazetteerData& data, const QByteArray& key, const Qualifier& qualifier,
               int enough, QVector<Hit>* hits)
{
    const auto add = [&](quint32 p) {
        const GazetteerPlace& place = data.places[p];
        if (qualifier.admitsTown(place.region, place.country))
            hits->append(
                {Kind::Town, int(p), townMatch(data.placeKey(place), view(key)), place.population});
    };
    const auto [from, to] = data.placesStartingWith(view(key));
    for (const quint32* p = from; p != to; ++p)
        add(*p);
    // Too few names start so: names with a word that does ("Dalles" finds "The Dalles").
    if (hits->size() < enough && key.size() >= 3) {
        const QByteArray inside = ' ' + key;
        for (quint32 p = 0; p < data.places.size(); ++p) {
            if (data.placeKey(data.places[p]).find(view(inside)) != std::string_view::npos)
                add(p);
        }
    }
}

GeocodeResult resultOf(const GazetteerData& data, const Hit& hit)
{
    GeocodeResult result;
    switch (hit.kind) {
    case Kind::Country:
        result = countryResult(data, hit.index);
        result.method =
            Text::tr("Placed in the middle of %1, found by name.").arg(resultLabel(data, result));
        break;
    case Kind::Region:
        result = regionResult(data, hit.index, true);
        result.method = Text::tr("Placed in the middle of %1 (GeoNames), found by name.")
                            .arg(resultLabel(data, result));
        break;
    case Kind::Town:
        result = townResult(data, hit.index);
        result.method = Text::tr("Placed at the centre of %1 (GeoNames), found by name.")
                            .arg(resultLabel(data, result));
        break;
    }
    return result;
}

} // namespace

QVector<GeocodeResult> Gazetteer::search(const QString& text, int limit) const
{
    QVector<GeocodeResult> results;
    if (!m_data || limit <= 0)
        return results;
    const GazetteerData& data = *m_data;
    const QStringView input = QStringView(text).left(kMaxSearchChars).trimmed();
    const qsizetype comma = input.indexOf(u',');
    const QStringView name = (comma < 0 ? input : input.left(comma)).trimmed();
    const Qualifier qualifier(data, comma < 0 ? QStringView() : input.mid(comma + 1));

    static const QRegularExpression zipOnly(QStringLiteral("^(\\d{5})(?:-\\d{4})?$"));
    if (const QRegularExpressionMatch zip = zipOnly.match(name.toString()); zip.hasMatch()) {
        if (const GazetteerZip* z = data.zip(zip.captured(1).toUInt()))
            results.append(zipResult(data, *z));
        return results;
    }
    const QByteArray key = foldPlaceName(name);
    if (key.isEmpty())
        return results;

    QVector<Hit> hits;
    if (qualifier.admitsCountry())
        findCountries(data, key, &hits);
    findRegions(data, key, qualifier, &hits);
    findTowns(data, key, qualifier, limit, &hits);
    const auto better = [](const Hit& a, const Hit& b) {
        if (a.match != b.match)
            return a.match < b.match;
        if (a.population != b.population)
            return a.population > b.population;
        return a.kind != b.kind ? a.kind < b.kind : a.index < b.index;
    };
    const auto last = hits.begin() + std::min<qsizetype>(limit, hits.size());
    std::partial_sort(hits.begin(), last, hits.end(), better);
    for (auto hit = hits.begin(); hit != last; ++hit)
        results.append(resultOf(data, *hit));
    return results;
}

} // namespace atlas
