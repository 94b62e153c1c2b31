// SPDX-License-Identifier: GPL-3.0-or-later
// The gazetteer's tables as read from resources/gazetteer/gazetteer.bin (written by
// tools/gazetteer/build-gazetteer.mjs, whose header describes the format), with the indexes
// the geocoder looks names up in. Read once, then only read: safe to share between threads.
#pragma once

#include "core/geo/lonlat.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <string_view>
#include <vector>

namespace atlas {

struct GazetteerCountry
{
    QString alpha2, alpha3, name, nameZh;
    QStringList aliases;
    bool hasMiddle = false;
    LonLat middle;
};

struct GazetteerRegion
{
    int country = 0;
    QString code, name;
    QString abbreviation; // how addresses write it ("TN"); empty when they spell it out
    LonLat middle;
};

struct GazetteerPlace
{
    quint32 nameAt = 0; // UTF-8 in GazetteerData::names
    quint32 keyAt = 0;  // folded name in GazetteerData::keys
    quint16 nameBytes = 0, keyBytes = 0;
    qint16 country = 0;
    qint16 region = -1; // -1: none known
    qint32 lonE5 = 0, latE5 = 0;
    quint32 population = 0; // 0: not known
    LonLat position() const { return {lonE5 * 1e-5, latE5 * 1e-5}; }
};

struct GazetteerZip
{
    quint32 code = 0;
    qint32 lonE5 = 0, latE5 = 0;
    qint16 region = 0;
    LonLat position() const { return {lonE5 * 1e-5, latE5 * 1e-5}; }
};

class GazetteerData
{
public:
    // Reads the file format; on failure returns null and says why in *error.
    static std::shared_ptr<const GazetteerData> parse(const QByteArray& bytes, QString* error);

    QString sources;
    std::vector<GazetteerCountry> countries;
    std::vector<GazetteerRegion> regions;
    std::vector<GazetteerPlace> places;
    std::vector<GazetteerZip> zips; // by code

    QString placeName(const GazetteerPlace& place) const;
    std::string_view placeKey(const GazetteerPlace& place) const
    {
        return {keys.constData() + place.keyAt, place.keyBytes};
    }
    // Places whose folded name is `key`, most populous first.
    std::pair<const quint32*, const quint32*> placesNamed(std::string_view key) const;
    // Indexes into placesByKey of the places whose folded name starts with `prefix`.
    std::pair<const quint32*, const quint32*> placesStartingWith(std::string_view prefix) const;
    // Regions whose folded name is `key`; abbreviations ("tn") are looked up separately.
    QList<int> regionsNamed(const QByteArray& key) const { return m_regionNames.values(key); }
    QList<int> regionsAbbreviated(const QByteArray& key) const
    {
        return m_regionAbbreviations.values(key);
    }
    // Countries written `key` (a name, an alias or a code, folded); -1 when none.
    int countryNamed(const QByteArray& key) const { return m_countryNames.value(key, -1); }
    const GazetteerCountry* country(const QString& alpha2) const
    {
        const int c = m_countryCodes.value(alpha2, -1);
        return c < 0 ? nullptr : &countries[size_t(c)];
    }
    const GazetteerZip* zip(quint32 code) const;

    // All place indexes, sorted by folded name and then by population, largest first.
    std::vector<quint32> placesByKey;
    // For ranking regions and countries among towns: the people in their towns.
    std::vector<quint64> regionPopulation, countryPopulation;
    // Folded names: a region's; a country's English and Chinese names (either may be
    // empty), codes and aliases, in that order.
    std::vector<QByteArray> regionKeys;
    std::vector<QList<QByteArray>> countryKeys;

private:
    void buildIndexes();

    QByteArray names, keys;
    QMultiHash<QByteArray, int> m_regionNames, m_regionAbbreviations;
    QHash<QByteArray, int> m_countryNames;
    QHash<QString, int> m_countryCodes;
};

} // namespace atlas
