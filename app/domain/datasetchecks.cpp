// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/datasetchecks.h"

#include "domain/namekey.h"

#include <QCoreApplication>

namespace atlas {
namespace {

// Names are unique in the database as written; a form also refuses one that is the same name
// typed another way: in another case ("memphis" beside "Memphis"), which is nearly always the
// same place typed twice, or in another Unicode form ("Montréal" with a combining accent).
template <typename T>
const T* sameName(const QVector<T>& rows, const QString& name, Id self)
{
    const QString wanted = nameKey(name);
    if (wanted.isEmpty())
        return nullptr;
    for (const T& row : rows) {
        if (row.id != self && nameKey(row.name) == wanted)
            return &row;
    }
    return nullptr;
}

template <typename T>
void uniqueName(const QVector<T>& rows, const T& row, const QString& what, FieldErrors* errors)
{
    if (const T* other = sameName(rows, row.name, row.id))
        errors->append({QStringLiteral("name"),
                        QStringLiteral("There is already %1 named \"%2\"; names must be unique.")
                            .arg(what, other->name)});
}

void reference(bool ok, const char* field, const QString& message, FieldErrors* errors)
{
    if (!ok)
        errors->append({QLatin1String(field), message});
}

void sourceExists(Id sourceId, const Dataset& data, FieldErrors* errors)
{
    reference(sourceId <= 0 || data.source(sourceId), "source_id",
              QStringLiteral("The source is no longer in the database; choose another."), errors);
}

} // namespace

FieldErrors checkInDataset(const Source&, const Dataset&) { return {}; }

FieldErrors checkInDataset(const Operator& op, const Dataset& data)
{
    FieldErrors errors;
    uniqueName(data.operators, op, QStringLiteral("an operator"), &errors);
    return errors;
}

FieldErrors checkInDataset(const GpuModel& model, const Dataset& data)
{
    FieldErrors errors;
    uniqueName(data.gpuModels, model, QStringLiteral("a GPU model"), &errors);
    sourceExists(model.sourceId, data, &errors);
    for (const QString& alias : model.aliases) {
        const GpuModel* other = data.gpuModelByName(alias);
        if (other && other->id != model.id)
            errors.append({QStringLiteral("aliases"),
                           QStringLiteral("\"%1\" already names the GPU model \"%2\"; an alias belongs to one model.")
                               .arg(alias, other->name)});
    }
    return errors;
}

FieldErrors checkInDataset(const Site& site, const Dataset& data)
{
    FieldErrors errors;
    uniqueName(data.sites, site, QStringLiteral("a site"), &errors);
    reference(site.operatorId <= 0 || data.op(site.operatorId), "operator_id",
              QStringLiteral("The operator is no longer in the database; choose another."), &errors);
    sourceExists(site.sourceId, data, &errors);
    for (Id further : site.referenceIds)
        reference(further <= 0 || data.source(further), "references",
                  QCoreApplication::translate(
                      "atlas::DatasetChecks",
                      "A further source is no longer in the database; remove it."),
                  &errors);
    return errors;
}

FieldErrors checkInDataset(const SitePhase& phase, const Dataset& data)
{
    // A negative site id is a site the same change set adds (insertedBy()).
    FieldErrors errors;
    reference(phase.siteId < 0 || data.site(phase.siteId), "site_id",
              QStringLiteral("The site is no longer in the database."), &errors);
    for (const ChipCount& chip : phase.chips)
        reference(chip.gpuModelId <= 0 || data.gpuModel(chip.gpuModelId), "gpu_model_id",
                  QStringLiteral("The GPU model is no longer in the database; choose another."), &errors);
    sourceExists(phase.sourceId, data, &errors);
    return errors;
}

FieldErrors checkInDataset(const FiberLink& link, const Dataset& data)
{
    FieldErrors errors;
    for (const auto& [end, field] : {std::pair{link.siteA, "site_a"}, {link.siteB, "site_b"}}) {
        reference(end <= 0 || data.site(end), field,
                  QStringLiteral("That site is no longer in the database; choose another."), &errors);
    }
    sourceExists(link.sourceId, data, &errors);
    return errors;
}

FieldErrors checkInDataset(const Claim& claim, const Dataset& data)
{
    FieldErrors errors;
    sourceExists(claim.sourceId, data, &errors);
    return errors;
}

FieldErrors checkInDataset(const ScenarioRecord& scenario, const Dataset& data)
{
    FieldErrors errors;
    uniqueName(data.scenarios, scenario, QStringLiteral("a scenario"), &errors);
    return errors;
}

} // namespace atlas
