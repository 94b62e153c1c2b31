// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/datasetchecks.h"

#include "core/domain/namekey.h"

#include <QCoreApplication>

namespace atlas {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::DatasetChecks)
};

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

// `message`: a QT_TRANSLATE_NOOP text of "atlas::DatasetChecks", %1 the other row's name.
template <typename T>
void uniqueName(const QVector<T>& rows, const T& row, const char* message, FieldErrors* errors)
{
    if (const T* other = sameName(rows, row.name, row.id))
        errors->append(
            {QStringLiteral("name"),
             QCoreApplication::translate("atlas::DatasetChecks", message).arg(other->name)});
}

// `message`: a QT_TRANSLATE_NOOP text of "atlas::DatasetChecks", translated only when it is
// needed (checks run for every row of an import).
void reference(bool ok, const char* field, const char* message, FieldErrors* errors)
{
    if (!ok)
        errors->append(
            {QLatin1String(field), QCoreApplication::translate("atlas::DatasetChecks", message)});
}

void sourceExists(Id sourceId, const Dataset& data, FieldErrors* errors)
{
    reference(sourceId <= 0 || data.source(sourceId), "source_id",
              QT_TRANSLATE_NOOP("atlas::DatasetChecks",
                                "The source is no longer in the database; choose another."),
              errors);
}

} // namespace

FieldErrors checkInDataset(const Source&, const Dataset&) { return {}; }

FieldErrors checkInDataset(const Operator& op, const Dataset& data)
{
    FieldErrors errors;
    uniqueName(
        data.operators, op,
        QT_TRANSLATE_NOOP("atlas::DatasetChecks",
                          "There is already an operator named \"%1\"; names must be unique."),
        &errors);
    return errors;
}

FieldErrors checkInDataset(const GpuModel& model, const Dataset& data)
{
    FieldErrors errors;
    uniqueName(
        data.gpuModels, model,
        QT_TRANSLATE_NOOP("atlas::DatasetChecks",
                          "There is already a GPU model named \"%1\"; names must be unique."),
        &errors);
    sourceExists(model.sourceId, data, &errors);
    for (const QString& alias : model.aliases) {
        const GpuModel* other = data.gpuModelByName(alias);
        if (other && other->id != model.id)
            errors.append(
                {QStringLiteral("aliases"),
                 Text::tr(
                     "\"%1\" already names the GPU model \"%2\"; an alias belongs to one model.")
                     .arg(alias, other->name)});
    }
    return errors;
}

FieldErrors checkInDataset(const Site& site, const Dataset& data)
{
    FieldErrors errors;
    uniqueName(data.sites, site,
               QT_TRANSLATE_NOOP("atlas::DatasetChecks",
                                 "There is already a site named \"%1\"; names must be unique."),
               &errors);
    reference(site.operatorId <= 0 || data.op(site.operatorId), "operator_id",
              QT_TRANSLATE_NOOP("atlas::DatasetChecks",
                                "The operator is no longer in the database; choose another."),
              &errors);
    sourceExists(site.sourceId, data, &errors);
    for (Id further : site.referenceIds)
        reference(further <= 0 || data.source(further), "references",
                  QT_TRANSLATE_NOOP("atlas::DatasetChecks",
                                    "A further source is no longer in the database; remove it."),
                  &errors);
    return errors;
}

FieldErrors checkInDataset(const SitePhase& phase, const Dataset& data)
{
    // A negative site id is a site the same change set adds (insertedBy()).
    FieldErrors errors;
    reference(phase.siteId < 0 || data.site(phase.siteId), "site_id",
              QT_TRANSLATE_NOOP("atlas::DatasetChecks", "The site is no longer in the database."),
              &errors);
    for (const ChipCount& chip : phase.chips)
        reference(chip.gpuModelId <= 0 || data.gpuModel(chip.gpuModelId), "gpu_model_id",
                  QT_TRANSLATE_NOOP("atlas::DatasetChecks",
                                    "The GPU model is no longer in the database; choose another."),
                  &errors);
    sourceExists(phase.sourceId, data, &errors);
    return errors;
}

FieldErrors checkInDataset(const FiberLink& link, const Dataset& data)
{
    FieldErrors errors;
    for (const auto& [end, field] : {std::pair{link.siteA, "site_a"}, {link.siteB, "site_b"}}) {
        reference(end <= 0 || data.site(end), field,
                  QT_TRANSLATE_NOOP("atlas::DatasetChecks",
                                    "That site is no longer in the database; choose another."),
                  &errors);
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
    uniqueName(data.scenarios, scenario,
               QT_TRANSLATE_NOOP("atlas::DatasetChecks",
                                 "There is already a scenario named \"%1\"; names must be unique."),
               &errors);
    return errors;
}

} // namespace atlas
