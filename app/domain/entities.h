// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of the site database as plain values. Ids are SQLite rowids: 0 means "not yet
// stored" for a row's own id and "none" for a reference. Units are in the names (see
// docs/glossary.md); lon/lat are WGS 84 degrees.
#pragma once

#include <QDate>
#include <QString>

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
    friend bool operator==(const GpuModel&, const GpuModel&) = default;
};

enum class LocationPrecision { Exact, Approximate };
enum class SiteStatus { Announced, Building, Operating };

struct Site
{
    Id id = 0;
    QString name;
    Id operatorId = 0;
    QString parties; // who builds, leases, uses: "Crusoe builds, Oracle leases, OpenAI tenant"
    QString city;
    QString region; // state or province
    QString country = QStringLiteral("US");
    double lon = 0;
    double lat = 0;
    LocationPrecision precision = LocationPrecision::Exact;
    SiteStatus status = SiteStatus::Announced;
    std::optional<double> plannedMw; // IT MW the site is planned to reach
    QString note;
    Id sourceId = 0;
    friend bool operator==(const Site&, const Site&) = default;
};

// How exact a date is: "2027-Q1" is stored as the quarter's last day with Quarter precision.
enum class DatePrecision { Day, Month, Quarter, Year };

// A step in a site's capacity: from onlineDate the site has itMw of IT power in total (not
// in addition to earlier phases) and, where known, gpuCount GPUs of gpuModelId.
struct SitePhase
{
    Id id = 0;
    Id siteId = 0;
    QDate onlineDate;
    DatePrecision datePrecision = DatePrecision::Month;
    std::optional<double> itMw;
    Id gpuModelId = 0;
    std::optional<qint64> gpuCount;
    std::optional<double> capexUsd;
    bool estimate = false;
    QString note;
    Id sourceId = 0;
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
    QString paramsJson; // ScenarioParams as JSON (app/scenario/scenarioparamsjson.h)
    QString note;
    friend bool operator==(const ScenarioRecord&, const ScenarioRecord&) = default;
};

} // namespace atlas
