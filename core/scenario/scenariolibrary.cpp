// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/scenariolibrary.h"

#include "core/document/atlasdocument.h"
#include "core/domain/namekey.h"
#include "core/scenario/gpumath.h"
#include "core/scenario/scenarioparamsjson.h"
#include "core/undo/execute.h"

#include <QCoreApplication>

namespace atlas {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::ScenarioLibrary)
};

const ScenarioRecord* find(const AtlasDocument& document, Id id)
{
    for (const ScenarioRecord& record : document.dataset().scenarios) {
        if (record.id == id)
            return &record;
    }
    return nullptr;
}

// The same name typed another way (case, Unicode form) is taken too (domain/namekey.h).
bool nameTaken(const AtlasDocument& document, const QString& name, Id except)
{
    const QString key = nameKey(name);
    for (const ScenarioRecord& record : document.dataset().scenarios) {
        if (record.id != except && nameKey(record.name) == key)
            return true;
    }
    return false;
}

WriteResult refuseTakenName(const QString& name)
{
    return WriteResult::failure(
        Text::tr("A scenario named \"%1\" already exists; choose another name.").arg(name));
}

} // namespace

WriteResult saveScenarioAs(AtlasDocument& document, const QString& name, const ScenarioParams& params,
                           const QString& note)
{
    const QString trimmed = normalizedName(name);
    if (trimmed.isEmpty())
        return WriteResult::failure(Text::tr("A scenario needs a name."));
    if (nameTaken(document, trimmed, 0))
        return refuseTakenName(trimmed);
    ScenarioRecord record;
    record.name = trimmed;
    record.paramsJson = toJson(params);
    record.note = note;
    return undo::execute(document, ChangeSet().upsert(record),
                         Text::tr("Save scenario \"%1\"").arg(trimmed));
}

WriteResult saveScenario(AtlasDocument& document, Id id, const ScenarioParams& params)
{
    const ScenarioRecord* existing = find(document, id);
    if (!existing)
        return WriteResult::failure(
            Text::tr("The scenario is no longer in the database; use Save As."));
    ScenarioRecord record = *existing;
    record.paramsJson = toJson(params);
    return undo::execute(document, ChangeSet().upsert(record),
                         Text::tr("Save scenario \"%1\"").arg(record.name));
}

WriteResult renameScenario(AtlasDocument& document, Id id, const QString& name)
{
    const ScenarioRecord* existing = find(document, id);
    const QString trimmed = normalizedName(name);
    if (!existing)
        return WriteResult::failure(Text::tr("The scenario is no longer in the database."));
    if (trimmed.isEmpty())
        return WriteResult::failure(Text::tr("A scenario needs a name."));
    if (nameTaken(document, trimmed, id))
        return refuseTakenName(trimmed);
    ScenarioRecord record = *existing;
    record.name = trimmed;
    return undo::execute(document, ChangeSet().upsert(record),
                         Text::tr("Rename scenario \"%1\" to \"%2\"").arg(existing->name, trimmed));
}

WriteResult deleteScenario(AtlasDocument& document, Id id)
{
    const ScenarioRecord* existing = find(document, id);
    if (!existing)
        return WriteResult::failure(Text::tr("The scenario is no longer in the database."));
    return undo::execute(document, ChangeSet().remove<ScenarioRecord>(id),
                         Text::tr("Delete scenario \"%1\"").arg(existing->name));
}

ScenarioParams paramsOf(const Dataset& data, const ScenarioRecord& record, QString* error)
{
    // Two passes: the model first, as it gives the defaults of the rest.
    const Id modelId = paramsFromJson(record.paramsJson, ScenarioParams()).gpuModelId;
    const GpuModel* model = data.gpuModel(modelId);
    const ScenarioParams base = model ? withModelDefaults(ScenarioParams(), *model, data.gpuModels)
                                      : defaultParams(data);
    ScenarioParams params = paramsFromJson(record.paramsJson, base, error);
    if (!data.gpuModel(params.gpuModelId))
        params.gpuModelId = base.gpuModelId;
    return params;
}

QString unusedScenarioName(const AtlasDocument& document, const QString& base)
{
    QString name = base;
    for (int n = 2; nameTaken(document, name, 0); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

} // namespace atlas
