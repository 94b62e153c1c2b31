// SPDX-License-Identifier: GPL-3.0-or-later
// "How was this computed?": for a figure a chart or a headline card shows (a metric in a year,
// with every phase or the recorded ones), the formula of docs/scenario-model.md filled in
// with that year's values, each input with where it comes from (a slider, the GPU
// catalogue's row and its source, the engine's figure of the year), and the site phases
// whose power the figure rests on. The figure itself is the engine's (ScenarioResult,
// allocateSites()), never worked out again here, so it is the number drawn.
#pragma once

#include "core/domain/capacity.h"
#include "core/domain/dataset.h"
#include "core/scenario/preparedatlas.h"
#include "core/scenario/scenarioparams.h"
#include "core/scenario/scenarioresult.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace atlas {

enum class ExplainedMetric {
    Gpus,                // installed GPUs: "GPUs (scenario)", the All GPUs card
    H100e,               // their H100-equivalents
    LargestSiteGpus,     // the largest site's GPUs
    LargestClusterH100e, // the largest fiber-linked cluster, effective H100e
    LargestClusterGpus,  // its GPUs
    DemandGw,            // the facility power the GPUs draw: Demand, the Power card
    CapacityGw,          // the facility capacity online (all operators, or one's band)
    FundingUsd,          // the year's funding: the Money card
    CapexNeededUsd,      // spend to fill the power
    CapexSpentUsd,       // spend on the installed GPUs
    SiteItMw,            // one site's IT power (the sites chart's bar)
    SiteGpus,            // one site's GPUs (scenario)
};

struct ExplainRequest
{
    ExplainRequest(ExplainedMetric metric_ = ExplainedMetric::Gpus, int year_ = 0,
                   PhaseScope scope_ = PhaseScope::All, Id siteId_ = 0,
                   std::optional<Id> operatorId_ = std::nullopt)
        : metric(metric_), year(year_), scope(scope_), siteId(siteId_), operatorId(operatorId_)
    {}
    ExplainedMetric metric = ExplainedMetric::Gpus;
    int year = 0;
    // Every phase (the dashed line, the cards) or the recorded ones (the solid line).
    PhaseScope scope = PhaseScope::All;
    Id siteId = 0; // SiteItMw, SiteGpus
    // CapacityGw: one operator's band (0: the sites without one); none: every counted site.
    std::optional<Id> operatorId;
};

// One line of the working: the formula as docs/scenario-model.md writes it, and the same
// with the year's numbers.
struct ExplanationStep
{
    QString formula;
    QString filled;
};

// A number the formula takes and where it comes from.
struct ExplainedInput
{
    enum class Origin {
        Slider,    // the scenario's parameter (what the slider is set to)
        Catalogue, // a GPU catalogue row
        Engine,    // another figure of the year (its own "How was this computed?")
        Sites,     // the site phases listed
    };
    QString name;
    QString valueText; // with its unit
    Origin origin = Origin::Slider;
    QString originText; // "slider, pinned", "GPU catalogue: GB200 NVL72"
    Id gpuModelId = 0;
    Id sourceId = 0; // the reference behind it, 0 when none
};

// A site whose power (or fleet) the figure counts, with the phase that gives it at the end of
// the year.
struct ExplainedSite
{
    Id siteId = 0;
    QString siteName;
    double itMw = 0; // as the engine has it in the year and scope
    double gpus = 0; // the chips its fleet counts (as recorded)
    double h100e = 0;
    bool derived = false;   // the power is worked out from its chips (no phase states it)
    bool projected = false; // a projected phase gives it
    Id phaseId = 0;         // the latest phase in or before the year that states the power
    QDate phaseDate;
    Id fleetPhaseId = 0; // the phase that counts the fleet, when another one
    QDate fleetPhaseDate;
    QVector<Id> sourceIds; // the phases' sources, then the site's own
};

struct Explanation
{
    bool valid = false;
    QString title;     // "Largest cluster, H100e in 2027"
    QString scopeText; // "counting the sources' projected phases", "recorded phases only"
    double value = 0;  // the figure, in the metric's unit: GPUs, H100e, GW, US$ or MW
    QString valueText; // as the cards write it: "1.5M H100e", "2.4 GW", "$183.1B"
    QVector<ExplanationStep> steps; // top to bottom; the last one gives the value
    QVector<ExplainedInput> inputs;
    QString sitesText;            // what the sites listed are: "The 3 sites of the largest cluster"
    QVector<ExplainedSite> sites; // largest first
    double sitesMw = 0;           // their IT MW summed (the power the figure rests on)
    // The sites' recorded chips and H100e are inputs (as recorded); the what-if's GPUs are not
    // the sites' chips, so it does not list them.
    bool sitesFleet = false;
    QVector<Source> sources;      // every source an input or a site cites, once
};

Explanation explain(const Dataset& data, const PreparedAtlas& atlas, const ScenarioParams& params,
                    const ScenarioResult& result, const ExplainRequest& request);

// The metric's name as the charts and cards say it: "Largest cluster, H100e".
QString explainedMetricName(ExplainedMetric metric);

} // namespace atlas
