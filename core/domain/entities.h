// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of the site database as plain values. Ids are SQLite rowids: 0 means "not yet
// stored" for a row's own id and "none" for a reference. Units are in the names (see
// docs/glossary.md); lon/lat are WGS 84 degrees.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace atlas {

using Id = qint64;

struct Source
{
    Id id = 0;
    QString title;
    QString url;
    QString publisher;
    QString published; // free text: "2025-11", "2024-10-09"
    QString note;
    friend bool operator==(const Source&, const Source&) = default;
};

struct Operator
{
    Id id = 0;
    QString name;
    QString color; // "#rrggbb", used for the operator's sites on the map and in charts
    QString note;
    friend bool operator==(const Operator&, const Operator&) = default;
};

struct GpuModel
{
    Id id = 0;
    QString name;
    int year = 0;
    double tdpW = 0;
    // Server and network power per watt of chip: 1.82 for 8-GPU HGX/DGX servers, ~1.45 for
    // NVL72 racks (docs/scenario-model.md).
    double overhead = 1.82;
    std::optional<double> bf16Tflops; // dense
    std::optional<double> fp8Tflops;  // dense
    std::optional<double> hbmGb;
    std::optional<double> unitPriceUsd;   // the chip alone
    std::optional<double> systemPriceUsd; // per GPU, with its share of server and network
    QString system;                       // "HGX 8-GPU", "NVL72", ...
    QString note;
    Id sourceId = 0;
    // Other names datasets use for this chip ("B300", "R200"), matched without regard to case.
    // Each alias belongs to one model: Epoch's "R200" is NVIDIA's Rubin, so it is an alias of
    // the Rubin row, and no other chip called R200 can take it.
    QStringList aliases;
    friend bool operator==(const GpuModel&, const GpuModel&) = default;
};

// Where an imported row came from, so that importing a newer release of the same dataset
// updates it instead of adding it again, and can tell whether someone has edited it since.
struct ImportOrigin
{
    QString dataset;     // e.g. "epoch-data-centers"; empty for rows people entered
    QString key;         // the row's name in that dataset ("Colossus 2"; a phase: its date)
    QString fingerprint; // of the fields the import wrote, as it wrote them (io/importorigin.h)
    bool isEmpty() const { return dataset.isEmpty(); }
    friend bool operator==(const ImportOrigin&, const ImportOrigin&) = default;
};

// Unknown: the site is not placed yet. It counts in every figure but is not drawn; its lon
// and lat mean nothing and are stored as NULL.
enum class LocationPrecision { Exact, Approximate, Unknown };
enum class SiteStatus { Announced, Building, Operating };

struct Site
{
    Id id = 0;
    QString name;
    Id operatorId = 0;
    QString parties; // who builds, leases, uses: "Crusoe builds, Oracle leases, OpenAI tenant"
    QString city;
    QString region;                         // state or province
    QString country = QStringLiteral("US"); // ISO 3166-1 alpha-2
    QString address;                        // as the source writes it
    double lon = 0;
    double lat = 0;
    LocationPrecision precision = LocationPrecision::Exact;
    QString locationNote; // how the site was placed: "Placed at the centre of ZIP code 38109 ..."
    SiteStatus status = SiteStatus::Announced;
    std::optional<double> plannedMw; // IT MW the site is planned to reach
    QString note;
    Id sourceId = 0;
    QVector<Id> referenceIds; // further sources: reporting, filings, calculation sheets
    ImportOrigin origin;
    bool hasLocation() const { return precision != LocationPrecision::Unknown; }
    friend bool operator==(const Site&, const Site&) = default;
};

// How exact a date is: "2027-Q1" is stored as the quarter's last day with Quarter precision.
enum class DatePrecision { Day, Month, Quarter, Year };

// Chips of one model in a site's fleet at a phase's date. A fleet can mix models (H100 and
// B300 at one date); the count may be unknown when only the model is reported.
struct ChipCount
{
    Id gpuModelId = 0; // 0: a model not in the catalogue (or deleted from it)
    std::optional<qint64> count;
    bool estimate = false;
    QString note;
    friend bool operator==(const ChipCount&, const ChipCount&) = default;
};

// A step in a site's capacity: from onlineDate the site has itMw of IT power in total (not
// in addition to earlier phases) and, where known, the chips listed. A projected phase is a
// forecast (dated after the source's "as of" date): drawn as planned, never as capacity that
// exists.
struct SitePhase
{
    Id id = 0;
    Id siteId = 0;
    QDate onlineDate;
    DatePrecision datePrecision = DatePrecision::Month;
    std::optional<double> itMw;
    std::optional<double> facilityMw; // IT power plus cooling and losses
    std::optional<double> h100e; // the fleet's compute in H100-equivalents, as the source states it
    std::optional<double> buildingsOperational;
    QVector<ChipCount> chips;
    std::optional<double> capexUsd;
    bool estimate = false;
    bool projected = false;
    QString note;
    Id sourceId = 0;
    ImportOrigin origin;

    // The chips of every model together; nullopt when no line states a count.
    std::optional<qint64> gpuCount() const;
    // The one model of the fleet; 0 when it names none or mixes several.
    Id singleGpuModelId() const;
    friend bool operator==(const SitePhase&, const SitePhase&) = default;
};

enum class LinkStatus { Planned, Building, Lit };

struct FiberLink
{
    Id id = 0;
    Id siteA = 0;
    Id siteB = 0;
    QString carrier;
    std::optional<double> capacityTbps;
    LinkStatus status = LinkStatus::Planned;
    QDate activeDate; // invalid when not known
    QString note;
    Id sourceId = 0;
    friend bool operator==(const FiberLink&, const FiberLink&) = default;
};

// A published estimate to plot against scenarios: a range [low, high] of a metric in a year.
struct Claim
{
    Id id = 0;
    QString metric; // a key the charts know, e.g. "largest_cluster_gpus" (docs/glossary.md)
    QString label;  // how a person would say it
    QString subject;
    std::optional<int> year;
    double low = 0;
    double high = 0;
    QString unit;
    QString quote;
    QString speaker;
    QDate saidOn;
    Id sourceId = 0;
    friend bool operator==(const Claim&, const Claim&) = default;
};

struct ScenarioRecord
{
    Id id = 0;
    QString name;
    QString paramsJson; // ScenarioParams as JSON (core/scenario/scenarioparamsjson.h)
    QString note;
    friend bool operator==(const ScenarioRecord&, const ScenarioRecord&) = default;
};

} // namespace atlas
