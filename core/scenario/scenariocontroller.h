// SPDX-License-Identifier: GPL-3.0-or-later
// The live scenario: the parameters the sliders set, the engine's result for them, and a
// second scenario to compare with. Recomputes at once on every change (a slider move costs
// one computeScenario()); prepares the data again only when the data changes.
#pragma once

#include "core/scenario/parameterranges.h"
#include "core/scenario/preparedatlas.h"
#include "core/scenario/scenarioengine.h"
#include "core/scenario/scenarioparams.h"
#include "core/scenario/scenarioresult.h"

#include <QObject>

#include <optional>

namespace atlas {

class AtlasDocument;

class ScenarioController : public QObject
{
    Q_OBJECT
public:
    explicit ScenarioController(AtlasDocument* document, QObject* parent = nullptr);

    const ScenarioParams& params() const { return m_params; }
    const ScenarioResult& result() const { return m_result; }
    const PreparedAtlas& atlas() const { return m_atlas; }
    const AtlasDocument* document() const { return m_document; }

    void setParams(const ScenarioParams& params);
    // A slider's value. Chip power, overhead and facility cost also move the capex per GPU
    // when it is not pinned, as it is derived from them.
    void setParameter(ParameterKey key, double value);
    // Switches the model (and leaves "As recorded"); resets chip power, overhead and capex to
    // the model's unless pinned.
    void setGpuModel(Id modelId);
    // "As recorded": the sites' own fleets instead of a model's what-if. The model is kept.
    void setAsRecorded(bool asRecorded);
    void setOperators(const QVector<Id>& operatorIds);
    void setPinned(ParameterKey key, bool pinned);
    bool isPinned(ParameterKey key) const;
    // What a parameter returns to on double-click: the model's value for the model's
    // parameters, the documented default for the others.
    double defaultValue(ParameterKey key) const;
    void resetParameter(ParameterKey key);

    // The saved scenario the parameters came from (0 when none) and whether they differ from
    // what was loaded or saved last (for an unsaved scenario: from the defaults it started
    // with), so that slider work is not replaced unasked.
    Id scenarioId() const { return m_scenarioId; }
    QString scenarioName() const { return m_scenarioName; }
    bool isModified() const { return m_params != m_baseline; }
    void loadScenario(const ScenarioRecord& record);
    void markSaved(Id id, const QString& name);

    // Scenario B drawn over the current one (A). Cleared by an empty optional.
    void setComparison(const std::optional<ScenarioParams>& params, const QString& name = {});
    const ScenarioResult* comparison() const { return m_comparison ? &*m_comparison : nullptr; }
    const ScenarioParams* comparisonParams() const { return m_comparisonParams ? &*m_comparisonParams : nullptr; }
    QString comparisonName() const { return m_comparisonName; }

Q_SIGNALS:
    void paramsChanged();
    // The data changed and is prepared again (atlas()), with the result for it: what is
    // built from the data and the prepared atlas together (the map's scene) is rebuilt here,
    // before resultChanged() follows, so that no view ever pairs one with the other's old state.
    void dataPrepared();
    void resultChanged();
    void comparisonChanged();
    void scenarioIdentityChanged();

private:
    void dataChanged();
    void recompute();
    void computeResult();
    const GpuModel* model() const;
    void rederiveCapex();

    AtlasDocument* m_document;
    PreparedAtlas m_atlas;
    SitePowerTotals m_power; // kept while the sites, years and loss stay the same
    ScenarioParams m_params;
    ScenarioResult m_result;
    std::optional<ScenarioParams> m_comparisonParams;
    std::optional<ScenarioResult> m_comparison;
    QString m_comparisonName;
    ScenarioParams m_baseline; // the parameters as loaded or saved last
    Id m_scenarioId = 0;
    QString m_scenarioName;
};

} // namespace atlas
