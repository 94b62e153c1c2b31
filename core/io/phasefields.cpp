// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/phasefields.h"

#include <QCoreApplication>

#include <cmath>

namespace atlas::io {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::ImportPlan)
};

QString modelNames(const Dataset& data)
{
    QStringList names;
    for (const GpuModel& model : data.gpuModels)
        names << model.name;
    return names.join(QStringLiteral(", "));
}

} // namespace

PhaseFields readPhaseFields(ImportContext& context, const Record& record)
{
    PhaseFields fields;
    if (context.has("online_date"))
        fields.date = context.date(record, "online_date");
    fields.itMw = context.number(record, "it_mw");
    fields.facilityMw = context.number(record, "facility_mw");
    fields.h100e = context.number(record, "h100e");
    fields.capexUsd = context.number(record, "capex_usd");
    if (const std::optional<double> count = context.number(record, "gpu_count")) {
        if (*count != std::floor(*count) || *count < 0 || *count > 9e15)
            context.issue(record.row, "gpu_count",
                          Text::tr("\"%1\" is not a whole number of GPUs.")
                              .arg(context.text(record, "gpu_count")));
        else
            fields.gpuCount = qint64(*count);
    }
    const QString model = context.text(record, "gpu_model");
    if (!model.isEmpty()) {
        fields.modelGiven = true;
        if (const GpuModel* known = context.data().gpuModelByName(model))
            fields.gpuModelId = known->id;
        else
            context.issue(
                record.row, "gpu_model",
                Text::tr("There is no GPU model named \"%1\" in the catalogue; add it (or an "
                         "alias) under "
                         "Data > GPU models, or use one of: %2.")
                    .arg(model, modelNames(context.data())));
    }
    if (context.has("estimate") && !context.text(record, "estimate").isEmpty())
        fields.estimate = context.flag(record, "estimate");
    if (context.has("projected") && !context.text(record, "projected").isEmpty())
        fields.projected = context.flag(record, "projected");
    return fields;
}

void applyPhaseFields(const PhaseFields& fields, SitePhase* phase)
{
    if (fields.date) {
        phase->onlineDate = fields.date->first;
        phase->datePrecision = fields.date->second;
    }
    for (const auto& [given, into] : {std::pair{&fields.itMw, &phase->itMw},
                                      {&fields.facilityMw, &phase->facilityMw},
                                      {&fields.h100e, &phase->h100e},
                                      {&fields.capexUsd, &phase->capexUsd}}) {
        if (*given)
            *into = *given;
    }
    if (fields.estimate)
        phase->estimate = *fields.estimate;
    if (fields.projected)
        phase->projected = *fields.projected;
    if (!fields.note.isEmpty())
        phase->note = fields.note;
    if (!fields.givesChip())
        return;
    ChipCount* line = nullptr;
    for (ChipCount& chip : phase->chips) {
        if (chip.gpuModelId == fields.gpuModelId)
            line = &chip;
    }
    if (!line && phase->chips.size() == 1 && phase->chips.first().gpuModelId == 0)
        line = &phase->chips.first();
    if (!line) {
        phase->chips.append(ChipCount{});
        line = &phase->chips.last();
    }
    line->gpuModelId = fields.gpuModelId;
    if (fields.gpuCount)
        line->count = fields.gpuCount;
    if (fields.estimate)
        line->estimate = *fields.estimate;
}

} // namespace atlas::io
