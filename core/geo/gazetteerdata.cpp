// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/gazetteerdata.h"

#include "core/geo/binaryreader.h"
#include "core/geo/placetext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>

namespace atlas {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Gazetteer)
};

constexpr quint32 kVersion = 1;
constexpr qsizetype kHeaderBytes = 4 + 4 + 4 + 32; // magic, version, payload length, SHA-256
constexpr qint64 kMaxLonE5 = 180'00000, kMaxLatE5 = 90'00000;

bool inRange(qint64 lonE5, qint64 latE5)
{
    return lonE5 >= -kMaxLonE5 && lonE5 <= kMaxLonE5 && latE5 >= -kMaxLatE5 && latE5 <= kMaxLatE5;
}

// The body's four sections in order, each false when it is damaged (the data half read).
bool readCountries(BinaryReader& in, GazetteerData& data)
{
    data.countries.resize(size_t(in.count()));
    for (GazetteerCountry& c : data.countries) {
        c.alpha2 = in.string();
        c.alpha3 = in.string();
        c.name = in.string();
        c.nameZh = in.string();
        for (int a = in.count(); a > 0 && !in.failed(); --a)
            c.aliases.append(in.string());
        c.hasMiddle = in.byte() == 1;
        if (c.hasMiddle) {
            const qint64 lon = in.zigzag(), lat = in.zigzag();
            if (!inRange(lon, lat))
                return false;
            c.middle = {lon * 1e-5, lat * 1e-5};
        }
        if (in.failed() || c.alpha2.size() != 2)
            return false;
    }
    return true;
}

bool readRegions(BinaryReader& in, GazetteerData& data)
{
    const qsizetype countryCount = qsizetype(data.countries.size());
    data.regions.resize(size_t(in.count()));
    for (GazetteerRegion& r : data.regions) {
        const quint64 country = in.varint();
        r.code = in.string();
        r.name = in.string();
        r.abbreviation = in.string();
        const qint64 lon = in.zigzag(), lat = in.zigzag();
        if (in.failed() || country >= quint64(countryCount) || !inRange(lon, lat))
            return false;
        r.country = int(country);
        r.middle = {lon * 1e-5, lat * 1e-5};
    }
    return true;
}

// Places come in groups of one country and region, their positions as deltas from the
// place before; names and folded keys go to two byte arrays the places point into.
bool readPlaces(BinaryReader& in, GazetteerData& data, QByteArray& names, QByteArray& keys)
{
    const qsizetype countryCount = qsizetype(data.countries.size());
    const quint64 regionCount = data.regions.size();
    qint64 lon = 0, lat = 0;
    for (int groups = in.count(); groups > 0 && !in.failed(); --groups) {
        const quint64 country = in.varint(), region = in.varint();
        if (country >= quint64(countryCount) || region > regionCount ||
            (region > 0 && data.regions[region - 1].country != int(country)))
            return false;
        for (int n = in.count(); n > 0 && !in.failed(); --n) {
            const QByteArrayView name = in.utf8();
            const quint64 population = in.varint();
            lon += in.zigzag();
            lat += in.zigzag();
            const QByteArray key = foldPlaceName(name);
            if (!inRange(lon, lat) || name.size() > 0xffff || key.size() > 0xffff ||
                population > 0xffffffffu)
                return false;
            GazetteerPlace place;
            place.nameAt = quint32(names.size());
            place.nameBytes = quint16(name.size());
            place.keyAt = quint32(keys.size());
            place.keyBytes = quint16(key.size());
            place.country = qint16(country);
            place.region = qint16(int(region) - 1);
            place.lonE5 = qint32(lon);
            place.latE5 = qint32(lat);
            place.population = quint32(population);
            names += name;
            keys += key;
            data.places.push_back(place);
        }
    }
    return true;
}

// ZIP codes, each as a delta from the one before, with its region and position.
bool readZips(BinaryReader& in, GazetteerData& data)
{
    const quint64 regionCount = data.regions.size();
    quint64 code = 0;
    qint64 lon = 0, lat = 0;
    data.zips.resize(size_t(in.count()));
    for (GazetteerZip& z : data.zips) {
        code += in.varint();
        const quint64 region = in.varint();
        lon += in.zigzag();
        lat += in.zigzag();
        if (in.failed() || code > 99999 || region >= regionCount || !inRange(lon, lat))
            return false;
        z = {quint32(code), qint32(lon), qint32(lat), qint16(region)};
    }
    return true;
}

// The file's body after the header; false (and the data half read) when it is damaged.
bool readBody(BinaryReader& in, GazetteerData& data, QByteArray& names, QByteArray& keys)
{
    data.sources = in.string();
    return readCountries(in, data) && readRegions(in, data) && readPlaces(in, data, names, keys)
           && readZips(in, data) && !in.failed() && in.atEnd();
}

} // namespace

std::shared_ptr<const GazetteerData> GazetteerData::parse(const QByteArray& bytes, QString* error)
{
    if (bytes.size() < kHeaderBytes || !bytes.startsWith("CAGZ")) {
        *error = Text::tr("This is not a Compute Atlas gazetteer file.");
        return nullptr;
    }
    if (const quint32 version = qFromLittleEndian<quint32>(bytes.constData() + 4);
        version != kVersion) {
        *error = Text::tr("The gazetteer file is version %1; this build reads version %2.")
                     .arg(version)
                     .arg(kVersion);
        return nullptr;
    }
    const quint32 length = qFromLittleEndian<quint32>(bytes.constData() + 8);
    if (bytes.size() - kHeaderBytes != qsizetype(length)) {
        *error = Text::tr("The gazetteer file is truncated: it has %1 bytes of data where its "
                          "header says %2.")
                     .arg(bytes.size() - kHeaderBytes)
                     .arg(length);
        return nullptr;
    }
    const QByteArrayView payload(bytes.constData() + kHeaderBytes, length);
    if (QCryptographicHash::hash(payload, QCryptographicHash::Sha256) != bytes.mid(12, 32)) {
        *error = Text::tr("The gazetteer file is damaged: its checksum does not match its data.");
        return nullptr;
    }
    auto data = std::make_shared<GazetteerData>();
    BinaryReader in(bytes, kHeaderBytes);
    if (!readBody(in, *data, data->names, data->keys)) {
        *error = Text::tr(
            "The gazetteer file is damaged: its data ends early or holds values out of range.");
        return nullptr;
    }
    data->buildIndexes();
    error->clear();
    return data;
}

void GazetteerData::buildIndexes()
{
    placesByKey.resize(places.size());
    for (quint32 i = 0; i < placesByKey.size(); ++i)
        placesByKey[i] = i;
    std::sort(placesByKey.begin(), placesByKey.end(), [this](quint32 a, quint32 b) {
        const int byKey = placeKey(places[a]).compare(placeKey(places[b]));
        if (byKey != 0)
            return byKey < 0;
        return places[a].population != places[b].population
                   ? places[a].population > places[b].population
                   : a < b;
    });
    regionPopulation.assign(regions.size(), 0);
    countryPopulation.assign(countries.size(), 0);
    for (const GazetteerPlace& p : places) {
        countryPopulation[size_t(p.country)] += p.population;
        if (p.region >= 0)
            regionPopulation[size_t(p.region)] += p.population;
    }
    for (int r = 0; r < int(regions.size()); ++r) {
        regionKeys.push_back(foldPlaceName(regions[size_t(r)].name));
        m_regionNames.insert(regionKeys.back(), r);
        if (!regions[size_t(r)].abbreviation.isEmpty())
            m_regionAbbreviations.insert(foldPlaceName(regions[size_t(r)].abbreviation), r);
    }
    for (int c = 0; c < int(countries.size()); ++c) {
        const GazetteerCountry& country = countries[size_t(c)];
        m_countryCodes.insert(country.alpha2, c);
        QList<QByteArray> keysOfCountry;
        for (const QString& name :
             QStringList{country.name, country.nameZh, country.alpha2, country.alpha3} +
                 country.aliases)
            keysOfCountry.append(foldPlaceName(name));
        for (const QByteArray& key : keysOfCountry) {
            if (!key.isEmpty())
                m_countryNames.insert(key, c);
        }
        countryKeys.push_back(std::move(keysOfCountry));
    }
}

QString GazetteerData::placeName(const GazetteerPlace& place) const
{
    return QString::fromUtf8(names.constData() + place.nameAt, place.nameBytes);
}

std::pair<const quint32*, const quint32*> GazetteerData::placesNamed(std::string_view key) const
{
    const auto range = std::equal_range(
        placesByKey.begin(), placesByKey.end(), key, [this](const auto& a, const auto& b) {
            if constexpr (std::is_same_v<std::decay_t<decltype(a)>, quint32>)
                return placeKey(places[a]) < b;
            else
                return a < placeKey(places[b]);
        });
    return {placesByKey.data() + (range.first - placesByKey.begin()),
            placesByKey.data() + (range.second - placesByKey.begin())};
}

std::pair<const quint32*, const quint32*>
GazetteerData::placesStartingWith(std::string_view prefix) const
{
    const auto first =
        std::lower_bound(placesByKey.begin(), placesByKey.end(), prefix,
                         [this](quint32 a, std::string_view p) { return placeKey(places[a]) < p; });
    auto last = first;
    while (last != placesByKey.end() && placeKey(places[*last]).substr(0, prefix.size()) == prefix)
        ++last;
    return {placesByKey.data() + (first - placesByKey.begin()),
            placesByKey.data() + (last - placesByKey.begin())};
}

const GazetteerZip* GazetteerData::zip(quint32 code) const
{
    const auto it = std::lower_bound(zips.begin(), zips.end(), code,
                                     [](const GazetteerZip& z, quint32 c) { return z.code < c; });
    return it != zips.end() && it->code == code ? &*it : nullptr;
}

} // namespace atlas
