// SPDX-License-Identifier: GPL-3.0-or-later
// The working of one explanation ("How was this computed?"), step by step: explain() makes one
// and runs it. Its steps are in four files by what they explain: explanation.cpp (the frame:
// the request, the steps, inputs and sites it records), explanationwhatif.cpp (the what-if's
// power, money and GPUs), explanationrecorded.cpp (the fleets as recorded) and
// explanationclusters.cpp (the largest site and cluster, capacity, one site). Internal to them.
#pragma once

#include "core/domain/dataset.h"
#include "core/scenario/explanation.h"
#include "core/scenario/preparedatlas.h"
#include "core/scenario/scenarioparams.h"
#include "core/scenario/scenarioresult.h"

namespace atlas {

class ExplanationBuilder
{
public:
    ExplanationBuilder(const Dataset& data, const PreparedAtlas& atlas,
                       const ScenarioParams& params, const ScenarioResult& result,
                       const ExplainRequest& request);
    Explanation run();

private:
    void describeScope();
    bool explainMetric(const YearResult& y);
    void step(const QString& formula, const QString& filled);
    void input(const QString& name, const QString& value, ExplainedInput::Origin origin,
               const QString& originText, Id modelId = 0, Id sourceId = 0);
    void slider(const QString& name, const QString& value, bool pinned = false);
    void engine(const QString& name, const QString& value);
    void catalogue(const GpuModel& model, const QString& name, const QString& value);
    void listSites(const QVector<int>& indices, const QString& what);
    QVector<int> online() const;
    // IT power online: the counted sites' power summed.
    void itPower(const YearResult& y);
    // IT watts per GPU = tdpW × overhead, with where the two come from.
    void modelWatts(bool allIn);
    void capexPerGpu();
    void funding(const YearResult& y);
    // The what-if's installed GPUs: the smaller of what the power holds and what the money buys.
    void installed(const YearResult& y);
    void whatIfH100e(const YearResult& y);
    void h100ePerGpu();
    // A site's share of the installed GPUs: its IT MW × installed GPUs / IT power online.
    void shareStep(const QString& formula, double siteMw, const YearResult& y, double gpus);
    void whatIfDemand(const YearResult& y);
    // Purchases that keep `target` (GPUs per year) when each lasts a lifetime, then × capex.
    void whatIfCapex(const YearResult& y);
    // As recorded: each counted site's chips, summed.
    void recordedGpus(const YearResult& y);
    void recordedH100e(const YearResult& y);
    // Each catalogue model's chips in the counted fleets this year (as recorded), by the engine.
    QVector<QVector<double>> modelGpus() const;
    void recordedDemand(const YearResult& y);
    void recordedCapex(const YearResult& y);
    void largestSite(const YearResult& y);
    void largestCluster(const YearResult& y);
    void capacity(const YearResult& y);
    // One site's bar: its power, and its GPUs (its share, or as recorded its fleet).
    bool site(const YearResult& y);

    const Dataset& m_data;
    const PreparedAtlas& m_atlas;
    const ScenarioParams& m_params;
    const ScenarioResult& m_result;
    const ExplainRequest& m_request;
    const QVector<YearResult>& m_years;
    const GpuModel* m_model;
    const QVector<char> m_counted;
    int m_index = -1;
    Explanation m_out;
};

} // namespace atlas
