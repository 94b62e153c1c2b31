// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/scenariocontroller.h"

#include "core/document/atlasdocument.h"
#include "core/scenario/gpumath.h"
#include "core/scenario/scenariolibrary.h"

namespace atlas {

ScenarioController::ScenarioController(AtlasDocument* document, QObject* parent)
    : QObject(parent), m_document(document)
{
    connect(document, &AtlasDocument::datasetChanged, this, &ScenarioController::dataChanged);
    connect(document, &AtlasDocument::storeReplaced, this, [this] {
        m_scenarioId = 0;
        m_scenarioName.clear();
        m_params = defaultParams(m_document->dataset());
        m_baseline = m_params;
        m_comparisonParams.reset();
        m_comparison.reset();
        Q_EMIT comparisonChanged();
        Q_EMIT scenarioIdentityChanged();
        dataChanged();
    });
    m_params = defaultParams(document->dataset());
    m_baseline = m_params;
    dataChanged();
}

const GpuModel* ScenarioController::model() const
{
    return m_document->dataset().gpuModel(m_params.gpuModelId);
}

void ScenarioController::dataChanged()
{
    m_atlas = prepareAtlas(m_document->dataset());
    m_power = SitePowerTotals();
    if (!model() && !m_document->dataset().gpuModels.isEmpty()) {
        // The model was deleted (or this is a new database): start from the defaults.
        const bool asRecorded = m_params.asRecorded;
        const bool wasModified = isModified();
        m_params = defaultParams(m_document->dataset());
        m_params.asRecorded = asRecorded;
        if (!wasModified)
            m_baseline = m_params;
        Q_EMIT paramsChanged();
    }
    if (m_comparisonParams)
        m_comparison = computeScenario(m_atlas, *m_comparisonParams);
    computeResult();
    // One order: the atlas, the result, what is built from the data (dataPrepared), then the
    // result's listeners.
    Q_EMIT dataPrepared();
    Q_EMIT resultChanged();
}

void ScenarioController::computeResult()
{
    if (!m_power.fits(m_params))
        m_power = sumSitePower(m_atlas, m_params);
    m_result = computeScenario(m_atlas, m_power, m_params);
}

void ScenarioController::recompute()
{
    computeResult();
    Q_EMIT resultChanged();
}

void ScenarioController::setParams(const ScenarioParams& params)
{
    if (params == m_params)
        return;
    const bool wasModified = isModified();
    m_params = params;
    if (isModified() != wasModified)
        Q_EMIT scenarioIdentityChanged();
    Q_EMIT paramsChanged();
    recompute();
}

void ScenarioController::rederiveCapex()
{
    if (m_params.capexPinned)
        return;
    if (const GpuModel* m = model())
        m_params.capexPerGpuUsd = defaultCapexPerGpuUsd(*m, m_document->dataset().gpuModels,
                                                        m_params.tdpW, m_params.overhead,
                                                        m_params.facilityUsdPerWIt);
}

void ScenarioController::setParameter(ParameterKey key, double value)
{
    ScenarioParams next = m_params;
    setParameterValue(&next, key, value);
    if (key == ParameterKey::TdpW || key == ParameterKey::Overhead ||
        key == ParameterKey::FacilityUsdPerWIt) {
        std::swap(next, m_params);
        rederiveCapex();
        std::swap(next, m_params);
    }
    setParams(next);
}

void ScenarioController::setGpuModel(Id modelId)
{
    const GpuModel* m = m_document->dataset().gpuModel(modelId);
    if (!m)
        return;
    ScenarioParams next = withModelDefaults(m_params, *m, m_document->dataset().gpuModels);
    next.asRecorded = false;
    setParams(next);
}

void ScenarioController::setAsRecorded(bool asRecorded)
{
    ScenarioParams next = m_params;
    next.asRecorded = asRecorded;
    setParams(next);
}

void ScenarioController::setOperators(const QVector<Id>& operatorIds)
{
    ScenarioParams next = m_params;
    next.operatorIds = operatorIds;
    setParams(next);
}

bool ScenarioController::isPinned(ParameterKey key) const
{
    switch (key) {
    case ParameterKey::TdpW: return m_params.tdpPinned;
    case ParameterKey::Overhead: return m_params.overheadPinned;
    case ParameterKey::CapexPerGpuUsd: return m_params.capexPinned;
    default: return false;
    }
}

void ScenarioController::setPinned(ParameterKey key, bool pinned)
{
    ScenarioParams next = m_params;
    switch (key) {
    case ParameterKey::TdpW: next.tdpPinned = pinned; break;
    case ParameterKey::Overhead: next.overheadPinned = pinned; break;
    case ParameterKey::CapexPerGpuUsd: next.capexPinned = pinned; break;
    default: return;
    }
    // Unpinning hands the value back to the model.
    if (!pinned) {
        if (const GpuModel* m = model()) {
            next = withModelDefaults(next, *m, m_document->dataset().gpuModels);
        }
    }
    setParams(next);
}

double ScenarioController::defaultValue(ParameterKey key) const
{
    const GpuModel* m = model();
    const ScenarioParams defaults;
    switch (key) {
    case ParameterKey::TdpW:
        return m ? m->tdpW : defaults.tdpW;
    case ParameterKey::Overhead:
        return m ? m->overhead : defaults.overhead;
    case ParameterKey::CapexPerGpuUsd:
        return m ? defaultCapexPerGpuUsd(*m, m_document->dataset().gpuModels, m_params.tdpW,
                                         m_params.overhead, m_params.facilityUsdPerWIt)
                 : defaults.capexPerGpuUsd;
    default:
        return parameterValue(defaults, key);
    }
}

void ScenarioController::resetParameter(ParameterKey key)
{
    setParameter(key, defaultValue(key));
}

void ScenarioController::loadScenario(const ScenarioRecord& record)
{
    const ScenarioParams params = paramsOf(m_document->dataset(), record);
    m_scenarioId = record.id;
    m_scenarioName = record.name;
    m_params = params;
    m_baseline = params;
    Q_EMIT scenarioIdentityChanged();
    Q_EMIT paramsChanged();
    recompute();
}

void ScenarioController::markSaved(Id id, const QString& name)
{
    m_scenarioId = id;
    m_scenarioName = name;
    m_baseline = m_params;
    Q_EMIT scenarioIdentityChanged();
}

void ScenarioController::setComparison(const std::optional<ScenarioParams>& params, const QString& name)
{
    m_comparisonParams = params;
    m_comparisonName = params ? name : QString();
    if (params)
        m_comparison = computeScenario(m_atlas, *params);
    else
        m_comparison.reset();
    Q_EMIT comparisonChanged();
}

} // namespace atlas
