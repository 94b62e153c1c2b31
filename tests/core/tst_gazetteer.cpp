// SPDX-License-Identifier: GPL-3.0-or-later
// The gazetteer and geocoder: every address of Epoch AI's July 2026 release placed at the
// level and within the distance stated, the address forms people write, country names,
// the "Find place" search, hostile input and use from several threads at once.
#include "epochaddresses.h"
#include "core/geo/gazetteer.h"
#include "core/geo/greatcircle.h"
#include "core/geo/placetext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <thread>

using namespace atlas;
using Level = GeocodeResult::Level;

Q_DECLARE_METATYPE(GeocodeResult::Level)

namespace {

const Gazetteer& gazetteer()
{
    return Gazetteer::bundled();
}

// Where each site of the release should land. For a ZIP code: the site where it is known
// (the brief's exact coordinates; approximate ones from shared facts), else the town the
// address names at its GeoNames position: a second source, so the check is that the ZIP
// code's Census point lies near the town the address names. For a town: the town.
struct Expected
{
    const char* name;
    Level level;
    const char* country;
    double lon, lat, withinKm; // 0 km: a country's middle, checked against its extent below
};

const Expected kExpected[] = {
    {"Colossus 2", Level::Zip, "US", -90.02, 35.0, 15}, // the site, approx. (facts.md)
    {"Microsoft Fairwater Atlanta", Level::Zip, "US", -84.5248, 33.4452, 15}, // the site
    {"Meta Prometheus", Level::Zip, "US", -82.7546, 40.0654, 15},             // the site
    {"Anthropic-Amazon New Carlisle", Level::Zip, "US", -86.51, 41.7,
     15}, // the site, approx. (facts.md)
    {"OpenAI Stargate Abilene", Level::Zip, "US", -99.7772, 32.5081, 15},        // the site
    {"Microsoft Fairwater Wisconsin", Level::Zip, "US", -87.8949, 42.6749, 15},  // the site
    {"Google Columbus", Level::Zip, "US", -82.99879, 39.96118, 25},              // Columbus
    {"Google New Albany", Level::Zip, "US", -82.80879, 40.08117, 25},            // New Albany
    {"Google Council Bluffs (East)", Level::Zip, "US", -95.86083, 41.26194, 25}, // Council Bluffs
    {"Google Lincoln", Level::Zip, "US", -96.66696, 40.8, 25},                   // Lincoln
    {"DayOne Nusajaya", Level::Country, "MY", 0, 0, 0},
    {"Colossus 1", Level::Zip, "US", -90.14, 35.06, 15},           // the site, approx. (facts.md)
    {"Google Omaha", Level::Zip, "US", -95.94043, 41.25626, 25},   // Omaha
    {"CoreWeave Denton TX", Level::Zip, "US", -97.13, 33.21, 15},  // the site, approx. (facts.md)
    {"QTS Richmond 1", Level::Zip, "US", -77.31581, 37.52348, 25}, // Sandston
    {"Meta Rosemount", Level::Zip, "US", -93.12577, 44.73941, 25}, // Rosemount
    {"Amazon Madison Mega Site", Level::CityRegion, "US", -90.04, 32.61, 10}, // Canton, MS
    {"Microsoft Goodyear", Level::Zip, "US", -112.358, 33.435, 15}, // the site, approx. (facts.md)
    {"Meta Jeffersonville", Level::Zip, "US", -85.73718, 38.27757, 25}, // Jeffersonville
    {"Google The Dalles", Level::CityRegion, "US", -121.18, 45.6, 10},  // The Dalles
    {"Google Midlothian", Level::Zip, "US", -96.99445, 32.48236, 25},   // Midlothian
    {"QTS Richmond 2", Level::Zip, "US", -77.31581, 37.52348, 25},      // Sandston
    {"QTS Richmond 3", Level::Zip, "US", -77.31581, 37.52348, 25},      // Sandston
    {"Meta Montgomery", Level::Zip, "US", -86.29997, 32.36681, 25},     // Montgomery
    {"Meta Kuna", Level::Zip, "US", -116.42012, 43.49183, 25},          // Kuna
    {"Meta Temple", Level::Zip, "US", -97.34278, 31.09823, 25},         // Temple
    {"Amazon Ridgeland", Level::CityRegion, "US", -90.13, 32.43, 10},   // Ridgeland, MS
    {"Meta Aiken", Level::Zip, "US", -81.8534, 33.6938, 25}, // Trenton, SC (GeoNames postal codes)
    {"Coreweave Helios", Level::Zip, "US", -100.8021, 33.7718,
     25}, // Afton, TX (GeoNames postal codes)
    {"Google Arcola", Level::Zip, "US", -77.4286, 39.00622, 25}, // Sterling
    {"Microsoft Project Osmium", Level::Zip, "US", -93.7539, 41.4849,
     25}, // Cumming, IA (GeoNames postal codes)
    {"Google Storey County", Level::Country, "US", 0, 0, 0},
    {"Meta Eagle Mountain", Level::Zip, "US", -112.00688, 40.31412, 25},    // Eagle Mountain
    {"Fluidstack Lake Mariner", Level::Zip, "US", -78.55475, 43.33006, 25}, // Barker
    {"Google Lancaster", Level::Zip, "US", -82.59933, 39.71368, 25},        // Lancaster
    {"Google Mesa", Level::Country, "US", 0, 0, 0},
    {"Google Waltham Cross", Level::CityCountry, "GB", -0.03, 51.7, 10}, // Cheshunt
    {"Huawei Horinger", Level::Country, "CN", 0, 0, 0},
    {"VNET Bayin Ulanqab", Level::CityCountry, "CN", 113.11, 41.03, 15},   // Ulanqab
    {"Google Red Oak", Level::Zip, "US", -96.80444, 32.51764, 25},         // Red Oak
    {"Meta Gallatin", Level::Zip, "US", -86.44666, 36.38838, 25},          // Gallatin
    {"Meta Los Lunas", Level::Zip, "US", -106.73336, 34.80617, 25},        // Los Lunas
    {"CoreWeave Ellendale ND", Level::Zip, "US", -98.52705, 46.00275, 25}, // Ellendale
    {"CoreWeave Chester VA", Level::CityRegion, "US", -77.44, 37.36, 10},  // Chester, VA
    {"Oracle Batam", Level::Country, "ID", 0, 0, 0},
    {"Google Papillion", Level::Zip, "US", -96.04224, 41.15444, 25}, // Papillion
    {"CoreWeave Marble NC", Level::Zip, "US", -83.9381, 35.1475,
     25}, // Marble, NC (GeoNames postal codes)
    {"Microsoft SAT40", Level::Zip, "US", -98.49363, 29.42412, 30},            // San Antonio
    {"STACK Infrastructure NVA02", Level::Zip, "US", -77.47527, 38.75095, 25}, // Manassas
    {"Stream Phoenix", Level::Country, "US", 0, 0, 0},
    {"Microsoft SAT14", Level::Zip, "US", -98.49363, 29.42412, 30},                 // San Antonio
    {"Vantage TX1", Level::Zip, "US", -98.49363, 29.42412, 30},                     // San Antonio
    {"CoreWeave Dalton 1 & 2", Level::Zip, "US", -84.97022, 34.7698, 25},           // Dalton
    {"Alibaba Zhangbei", Level::CityRegion, "CN", 114.7, 41.16, 15},                // Zhangbei
    {"Start Campus Sines Data Campus", Level::CityCountry, "PT", -8.87, 37.96, 10}, // Sines
    {"Google Pryor (North)", Level::Zip, "US", -95.31691, 36.30843, 25},            // Pryor
    {"CoreWeave Muskogee OK", Level::Zip, "US", -95.36969, 35.74788, 25},           // Muskogee
    {"Crusoe Abilene Expansion", Level::Zip, "US", -99.78, 32.51,
     15},                                                      // the site, approx. (facts.md)
    {"Goodnight", Level::Zip, "US", -101.36322, 35.11172, 25}, // Claude
    {"Google Cedar Rapids", Level::Zip, "US", -91.64407, 42.00833, 25}, // Cedar Rapids
    {"Google Fort Wayne", Level::Zip, "US", -85.12886, 41.1306, 25},    // Fort Wayne
    {"Google Kansas City East", Level::Country, "US", 0, 0, 0},
    {"Meta Cheyenne", Level::Zip, "US", -104.82025, 41.13998, 25}, // Cheyenne
    {"Meta Hyperion", Level::Zip, "US", -91.73, 32.41, 15},        // the site, approx. (facts.md)
    {"Meta Sarpy", Level::Zip, "US", -96.13446, 41.08194, 25},     // Springfield, NE
    {"OpenAI Stargate Lordstown", Level::Zip, "US", -80.81842, 41.23756, 25}, // Warren
    {"OpenAI Stargate Michigan", Level::Country, "US", 0, 0, 0},
    {"OpenAI Stargate Milam", Level::Country, "US", 0, 0, 0},
    {"OpenAI Stargate New Mexico", Level::Country, "US", 0, 0, 0},
    {"OpenAI Stargate Shackelford", Level::Zip, "US", -99.73314, 32.44874, 25}, // Abilene
    {"OpenAI Stargate UAE", Level::CityCountry, "AE", 54.38, 24.45, 10},        // Abu Dhabi
    {"OpenAI Stargate Wisconsin", Level::Country, "US", 0, 0, 0},
    {"QTS Cedar Rapids", Level::Zip, "US", -91.78101, 41.91945, 25}, // Fairfax, IA
    {"Southgate Melbourne", Level::Country, "AU", 0, 0, 0},
};

// Rough extents, for sites placed at a country's middle: the middle must lie inside.
struct Extent
{
    const char* country;
    double west, south, east, north;
};
const Extent kExtents[] = {{"US", -125, 24, -66, 50},
                           {"MY", 99.6, 0.8, 119.3, 7.5},
                           {"CN", 73, 18, 135, 54},
                           {"ID", 95, -11, 141, 6},
                           {"AU", 112, -44, 154, -10}};

const Expected* expectationFor(const char* name)
{
    for (const Expected& e : kExpected) {
        if (qstrcmp(e.name, name) == 0)
            return &e;
    }
    return nullptr;
}

QString describe(const GeocodeResult& r)
{
    return QStringLiteral("found=%1 level=%2 %3/%4/%5 zip %6 at %7, %8: %9")
        .arg(r.found)
        .arg(int(r.level))
        .arg(r.city, r.region, r.countryCode, r.zip)
        .arg(r.position.lon)
        .arg(r.position.lat)
        .arg(r.method);
}

} // namespace

class TestGazetteer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(gazetteer().loadError().isEmpty(), qPrintable(gazetteer().loadError()));
    }

    void sourcesNameTheData()
    {
        const QString sources = gazetteer().sources();
        QVERIFY(sources.contains(QStringLiteral("GeoNames")));
        QVERIFY(sources.contains(QStringLiteral("CC BY 4.0")));
        QVERIFY(sources.contains(QStringLiteral("ZCTA")));
        QVERIFY(sources.contains(QStringLiteral("public domain")));
    }

    void epochAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("country");
        QTest::addColumn<int>("expected");
        for (int i = 0; i < int(std::size(test::kEpochAddresses)); ++i) {
            const auto& row = test::kEpochAddresses[i];
            QTest::newRow(row.name)
                << QString::fromUtf8(row.address) << QString::fromUtf8(row.country) << i;
        }
    }

    void epochAddresses()
    {
        QFETCH(QString, address);
        QFETCH(QString, country);
        QFETCH(int, expected);
        const Expected* e = expectationFor(test::kEpochAddresses[expected].name);
        QVERIFY(e);
        const GeocodeResult r = gazetteer().geocode(address, country);
        QVERIFY2(r.found, qPrintable(describe(r)));
        QCOMPARE(r.level, e->level);
        QCOMPARE(r.countryCode, QString::fromLatin1(e->country));
        QVERIFY(!r.method.isEmpty());
        if (e->withinKm > 0) {
            const double km = greatCircleKm(r.position, {e->lon, e->lat});
            QVERIFY2(km <= e->withinKm,
                     qPrintable(QStringLiteral("%1 km: ").arg(km, 0, 'f', 1) + describe(r)));
        } else {
            const auto* extent =
                std::find_if(std::begin(kExtents), std::end(kExtents),
                             [&](const Extent& x) { return qstrcmp(x.country, e->country) == 0; });
            QVERIFY(extent != std::end(kExtents));
            QVERIFY2(r.position.lon > extent->west && r.position.lon < extent->east &&
                         r.position.lat > extent->south && r.position.lat < extent->north,
                     qPrintable(describe(r)));
        }
    }

    void everyEpochRowHasAnExpectation()
    {
        QCOMPARE(int(std::size(kExpected)), 74);
        QCOMPARE(int(std::size(test::kEpochAddresses)), 74);
        for (const auto& row : test::kEpochAddresses)
            QVERIFY2(expectationFor(row.name), row.name);
    }

    void addressForms_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("country");
        QTest::addColumn<Level>("level");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("code"); // country
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("withinKm");
        const auto row = [](const char* name, const char* address, const char* country, Level level,
                            const char* city, const char* region, const char* code, double lon,
                            double lat, double km) {
            QTest::newRow(name) << QString::fromUtf8(address) << QString::fromUtf8(country) << level
                                << QString::fromUtf8(city) << QString::fromUtf8(region)
                                << QString::fromUtf8(code) << lon << lat << km;
        };
        row("ZIP+4", "5420 Tulane Rd, Memphis, TN 38109-4510", "United States", Level::Zip,
            "Memphis", "TN", "US", -90.15, 35.04, 1);
        row("ZIP without a comma", "601 Kuna Mora Rd,  Kuna ID 83634", "US", Level::Zip, "Kuna",
            "ID", "US", -116.33, 43.45, 1);
        row("ZIP before the town", "14651-15249 Gold Coast Rd 68138 Papillion Nebraska, USA", "",
            Level::Zip, "Papillion", "Nebraska", "US", -96.13, 41.16, 1);
        row("house number that is a ZIP code", "10001 Lima Rd, Claude, TX 79019", "US", Level::Zip,
            "Claude", "TX", "US", -101.39, 34.98, 1);
        row("ZIP code of another state than written", "Memphis, TN 10001", "US", Level::CityRegion,
            "Memphis", "TN", "US", -90.05, 35.15, 2);
        row("country only in the address", "Cheyenne, WY 82007, USA", "", Level::Zip, "Cheyenne",
            "WY", "US", -104.69, 41.08, 1);
        row("state spelled out", "1626 County Line Road Ridgeland, Mississippi", "United States",
            Level::CityRegion, "Ridgeland", "Mississippi", "US", -90.13, 32.43, 2);
        row("the Canton in Mississippi", "Canton, Mississippi", "US", Level::CityRegion, "Canton",
            "Mississippi", "US", -90.04, 32.61, 3);
        row("the Canton in Ohio", "Canton, OH", "US", Level::CityRegion, "Canton", "OH", "US",
            -81.38, 40.80, 3);
        row("the most populous Portland", "Portland", "United States", Level::CityCountry,
            "Portland", "OR", "US", -122.68, 45.52, 5);
        row("street named like a town", "330 Austin Blvd", "US", Level::Country, "", "", "US", 0, 0,
            0);
        row("street named like a town, then the town", "330 Austin Blvd, Red Oak, TX", "US",
            Level::CityRegion, "Red Oak", "TX", "US", -96.80, 32.52, 2);
        row("state highway", "State Hwy 105, Trenton, SC", "US", Level::Region, "", "SC", "US", 0,
            0, 0);
        row("county, not a town", "Madison County, Mississippi", "US", Level::Region, "",
            "Mississippi", "US", 0, 0, 0);
        row("accents and capitals", "ZÜRICH, Switzerland", "", Level::CityCountry, "Zürich",
            "Zurich", "CH", 8.55, 47.37, 3);
        row("no accents typed", "Sant Julia de Loria", "Andorra", Level::CityCountry,
            "Sant Julià de Lòria", "Sant Julià de Loria", "AD", 1.49, 42.46, 2);
        row("Saint written out", "Saint Louis, Missouri", "", Level::CityRegion, "St. Louis",
            "Missouri", "US", -90.20, 38.63, 3);
        row("Fort abbreviated", "Ft Wayne, IN", "", Level::CityRegion, "Fort Wayne", "IN", "US",
            -85.13, 41.13, 3);
        row("a street word in a town's name", "Chester-le-Street", "United Kingdom",
            Level::CityCountry, "Chester-le-Street", "England", "GB", -1.57, 54.86, 3);
        row("Georgia the state", "Atlanta, Georgia", "", Level::CityRegion, "Atlanta", "Georgia",
            "US", -84.39, 33.75, 3);
        row("Georgia the country", "Tbilisi, Georgia", "", Level::CityCountry, "Tbilisi", "Tbilisi",
            "GE", 44.83, 41.69, 3);
        row("a UK postcode is no ZIP code", "Cheshunt, EN8 8XH", "United Kingdom",
            Level::CityCountry, "Cheshunt", "England", "GB", -0.03, 51.70, 2);
        row("a Chinese postcode is no ZIP code", "Zhangjiakou, Hebei, China, 076471", "",
            Level::CityRegion, "Zhangjiakou", "Hebei", "CN", 114.87, 40.78, 3);
        row("region only", "Texas", "United States", Level::Region, "", "Texas", "US", 0, 0, 0);
        row("country only", "", "CN", Level::Country, "", "", "CN", 0, 0, 0);
        row("country by its Chinese name", "", "美国", Level::Country, "", "", "US", 0, 0, 0);
        row("control characters between the parts", "Memphis,\x01TN\t38109\n", "", Level::Zip,
            "Memphis", "TN", "US", -90.15, 35.04, 1);
    }

    void addressForms()
    {
        QFETCH(QString, address);
        QFETCH(QString, country);
        QFETCH(Level, level);
        QFETCH(QString, city);
        QFETCH(QString, region);
        QFETCH(QString, code);
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, withinKm);
        const GeocodeResult r = gazetteer().geocode(address, country);
        QVERIFY2(r.found, qPrintable(describe(r)));
        QCOMPARE(r.level, level);
        QCOMPARE(r.city, city);
        QCOMPARE(r.region, region);
        QCOMPARE(r.countryCode, code);
        if (withinKm > 0)
            QVERIFY2(greatCircleKm(r.position, {lon, lat}) <= withinKm, qPrintable(describe(r)));
    }

    void notPlaced_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("country");
        QTest::newRow("nothing") << QString() << QString();
        QTest::newRow("nothing known") << QStringLiteral("Somewhere Unheard-of") << QString();
        QTest::newRow("a town in no country") << QStringLiteral("Springfield") << QString();
        QTest::newRow("a street alone") << QStringLiteral("2950 S. Litchfield Road") << QString();
        QTest::newRow("a country unknown") << QString() << QStringLiteral("Atlantis");
        QTest::newRow("a ZIP code not in use") << QStringLiteral("00000") << QString();
    }

    void notPlaced()
    {
        QFETCH(QString, address);
        QFETCH(QString, country);
        const GeocodeResult r = gazetteer().geocode(address, country);
        QVERIFY2(!r.found, qPrintable(describe(r)));
        QVERIFY(r.method.isEmpty());
    }

    void methodSaysHowTheSiteWasPlaced()
    {
        QCOMPARE(
            gazetteer()
                .geocode(QStringLiteral("5420 Tulane Rd, Memphis, TN 38109"), QStringLiteral("US"))
                .method,
            QStringLiteral("Placed at the centre of US ZIP code 38109 (US Census ZCTA)."));
        QCOMPARE(gazetteer().geocode(QStringLiteral("Sines, Portugal")).method,
                 QStringLiteral("Placed at the centre of Sines, Setúbal, Portugal (GeoNames), the "
                                "town named in the "
                                "address."));
        QCOMPARE(gazetteer().geocode(QString(), QStringLiteral("Malaysia")).method,
                 QStringLiteral("Placed in the middle of Malaysia: the site has no address."));
        QCOMPARE(
            gazetteer().geocode(QStringLiteral("Huawei, Horinger, China")).method,
            QStringLiteral(
                "Placed in the middle of China: the address names no town, region or ZIP code that "
                "the gazetteer knows."));
        QCOMPARE(gazetteer().geocode(QStringLiteral("Texas")).method,
                 QStringLiteral("Placed in the middle of Texas, United States (GeoNames): the "
                                "address names no town "
                                "or ZIP code that the gazetteer knows."));
    }

    void countryCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        for (const char* us : {"United States", "united states of america", "USA", "U.S.A.", "US",
                               "us", "U.S.", "美国"})
            QTest::newRow(us) << QString::fromUtf8(us) << QStringLiteral("US");
        for (const char* gb : {"United Kingdom", "UK", "Great Britain", "GBR"})
            QTest::newRow(gb) << QString::fromUtf8(gb) << QStringLiteral("GB");
        for (const char* ae : {"United Arab Emirates", "UAE", "ARE"})
            QTest::newRow(ae) << QString::fromUtf8(ae) << QStringLiteral("AE");
        for (const char* cn : {"China", "People's Republic of China", "中国", " china "})
            QTest::newRow(cn) << QString::fromUtf8(cn) << QStringLiteral("CN");
        QTest::newRow("Turkey") << QStringLiteral("Turkey") << QStringLiteral("TR");
        QTest::newRow("Türkiye") << QStringLiteral("Türkiye") << QStringLiteral("TR");
        QTest::newRow("Côte d'Ivoire") << QStringLiteral("Côte d’Ivoire") << QStringLiteral("CI");
        QTest::newRow("COTE D'IVOIRE") << QStringLiteral("COTE D'IVOIRE") << QStringLiteral("CI");
        QTest::newRow("Moldova") << QStringLiteral("Moldova") << QStringLiteral("MD");
        QTest::newRow("Malaysia") << QStringLiteral("Malaysia") << QStringLiteral("MY");
        QTest::newRow("Indonesia") << QStringLiteral("Indonesia") << QStringLiteral("ID");
        QTest::newRow("Australia") << QStringLiteral("Australia") << QStringLiteral("AU");
        QTest::newRow("Portugal") << QStringLiteral("Portugal") << QStringLiteral("PT");
        QTest::newRow("Congo: two countries") << QStringLiteral("Congo") << QString();
        QTest::newRow("unknown") << QStringLiteral("Atlantis") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("huge") << QString(100000, QLatin1Char('x')) << QString();
    }

    void countryCodes()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const std::optional<QString> got = gazetteer().countryCode(text);
        QCOMPARE(got.value_or(QString()), code);
        QCOMPARE(got.has_value(), !code.isEmpty());
    }

    void countryNames()
    {
        QCOMPARE(gazetteer().countryName(QStringLiteral("US")), QStringLiteral("United States"));
        QCOMPARE(gazetteer().countryName(QStringLiteral("cn")), QStringLiteral("China"));
        QCOMPARE(gazetteer().countryName(QStringLiteral("GB")), QStringLiteral("United Kingdom"));
        QCOMPARE(gazetteer().countryName(QStringLiteral("RU")), QStringLiteral("Russia"));
        QCOMPARE(gazetteer().countryNameZh(QStringLiteral("CN")), QStringLiteral("中国"));
        QCOMPARE(gazetteer().countryNameZh(QStringLiteral("US")), QStringLiteral("美国"));
        QCOMPARE(gazetteer().countryName(QStringLiteral("XX")), QString());
        QCOMPARE(gazetteer().countryName(QString()), QString());
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Level>("level");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("regionName");
        QTest::addColumn<QString>("code");
        QTest::newRow("a town's start")
            << QStringLiteral("Memph") << Level::CityRegion << QStringLiteral("Memphis")
            << QStringLiteral("Tennessee") << QStringLiteral("US");
        QTest::newRow("the most populous of the name")
            << QStringLiteral("paris") << Level::CityRegion << QStringLiteral("Paris")
            << QStringLiteral("Île-de-France") << QStringLiteral("FR");
        QTest::newRow("with its region")
            << QStringLiteral("Springfield, IL") << Level::CityRegion
            << QStringLiteral("Springfield") << QStringLiteral("Illinois") << QStringLiteral("US");
        QTest::newRow("with its region spelled out")
            << QStringLiteral("springfield, nebraska") << Level::CityRegion
            << QStringLiteral("Springfield") << QStringLiteral("Nebraska") << QStringLiteral("US");
        QTest::newRow("with its country")
            << QStringLiteral("Portland, UK") << Level::CityRegion << QStringLiteral("Portland")
            << QStringLiteral("England") << QStringLiteral("GB");
        QTest::newRow("a word inside")
            << QStringLiteral("Dalles") << Level::CityRegion << QStringLiteral("The Dalles")
            << QStringLiteral("Oregon") << QStringLiteral("US");
        QTest::newRow("a region") << QStringLiteral("Texas") << Level::Region << QString()
                                  << QStringLiteral("Texas") << QStringLiteral("US");
        QTest::newRow("a country") << QStringLiteral("Portugal") << Level::Country << QString()
                                   << QString() << QStringLiteral("PT");
        QTest::newRow("a country in Chinese") << QStringLiteral("中国") << Level::Country
                                              << QString() << QString() << QStringLiteral("CN");
        QTest::newRow("a ZIP code") << QStringLiteral("38109") << Level::Zip << QString()
                                    << QStringLiteral("Tennessee") << QStringLiteral("US");
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(Level, level);
        QFETCH(QString, city);
        QFETCH(QString, regionName);
        QFETCH(QString, code);
        const QVector<GeocodeResult> results = gazetteer().search(text, 10);
        QVERIFY(!results.isEmpty());
        QVERIFY(results.size() <= 10);
        const GeocodeResult& first = results.first();
        QVERIFY2(first.found, qPrintable(describe(first)));
        QCOMPARE(first.level, level);
        QCOMPARE(first.city, city);
        QCOMPARE(first.regionName, regionName);
        QCOMPARE(first.countryCode, code);
        QVERIFY(first.method.contains(QStringLiteral("found by name")) || level == Level::Zip);
    }

    void searchKeepsToItsLimitAndOrder()
    {
        const QVector<GeocodeResult> results = gazetteer().search(QStringLiteral("Spring"), 25);
        QCOMPARE(results.size(), 25);
        // Names that are the text come first; then the rest, the most populous first.
        QCOMPARE(results[0].city, QStringLiteral("Spring"));
        QVERIFY(std::all_of(results.cbegin(), results.cend(), [](const GeocodeResult& r) {
            return foldPlaceName(r.city).startsWith("spring");
        }));
        QVERIFY(gazetteer().search(QStringLiteral("Spring"), 0).isEmpty());
        QVERIFY(gazetteer().search(QStringLiteral("   "), 10).isEmpty());
        QVERIFY(gazetteer().search(QStringLiteral("Springfield, Nowhere"), 10).isEmpty());
        QVERIFY(gazetteer().search(QStringLiteral("99999"), 10).isEmpty());
    }

    void hostileInput()
    {
        QElapsedTimer clock;
        clock.start();
        QString megabyte(1 << 20, QLatin1Char('a'));
        for (int i = 0; i < megabyte.size(); i += 7)
            megabyte[i] = QChar(i % 3 == 0 ? u',' : i % 3 == 1 ? u' ' : u'\x01');
        QVERIFY(!gazetteer().geocode(megabyte).found);
        QVERIFY(gazetteer().search(megabyte, 10).isEmpty());
        QVERIFY(!gazetteer().countryCode(megabyte));
        // A megabyte of real address: read from its end, which is still an address.
        QString repeated;
        while (repeated.size() < (1 << 20))
            repeated += QStringLiteral("Memphis, TN 38109, ");
        QCOMPARE(gazetteer().geocode(repeated).zip, QStringLiteral("38109"));
        // Nulls, lone surrogates, direction marks, emoji, only separators.
        const QString odd[] = {QString(QChar(0)) + QStringLiteral("Memphis\0TN"),
                               QString(QChar(0xD800)),
                               QString(QChar(0xDC00)) + QStringLiteral("Memphis, TN"),
                               QStringLiteral("\u202eSines, Portugal\u202c"),
                               QStringLiteral("🏭🏭, 🇺🇸"),
                               QString(5000, QLatin1Char(',')),
                               QString(5000, QLatin1Char('9'))};
        for (const QString& text : odd) {
            gazetteer().geocode(text, text);
            gazetteer().search(text, 10);
        }
        QCOMPARE(gazetteer().geocode(QStringLiteral("\u202eSines, Portugal\u202c")).city,
                 QStringLiteral("Sines"));
        // Random text in every script, deterministic.
        QRandomGenerator random(20260718);
        for (int n = 0; n < 2000; ++n) {
            QString text;
            for (int i = int(random.bounded(60)); i > 0; --i) {
                const char32_t c = random.bounded(4) == 0 ? char32_t(random.bounded(0x20, 0x7f))
                                                          : char32_t(random.bounded(0x10FFFF));
                text += QString::fromUcs4(&c, 1);
            }
            const GeocodeResult r =
                gazetteer().geocode(text, n % 2 ? QStringLiteral("US") : QString());
            QVERIFY(!r.found || !r.method.isEmpty());
            if (n % 20 == 0) // a search reads every name when few start with the text
                gazetteer().search(text, 5);
        }
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    void sharedBetweenThreads()
    {
        std::vector<std::thread> threads;
        std::atomic<int> zips = 0;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&zips] {
                for (const auto& row : test::kEpochAddresses) {
                    if (Gazetteer::bundled()
                            .geocode(QString::fromUtf8(row.address), QString::fromUtf8(row.country))
                            .level == Level::Zip)
                        ++zips;
                }
            });
        }
        for (std::thread& t : threads)
            t.join();
        int once = 0;
        for (const auto& row : test::kEpochAddresses)
            once += gazetteer()
                        .geocode(QString::fromUtf8(row.address), QString::fromUtf8(row.country))
                        .level == Level::Zip;
        QCOMPARE(zips.load(), 4 * once);
    }
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
