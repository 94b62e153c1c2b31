// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/scenarioparamsjson.h"

#include "core/scenario/parameterranges.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atlas {

QString toJson(const ScenarioParams& params)
{
    QJsonObject object;
    object.insert(QStringLiteral("gpuModelId"), params.gpuModelId);
    object.insert(QStringLiteral("asRecorded"), params.asRecorded);
    for (const ParameterSpec& spec : parameterSpecs())
        object.insert(QLatin1String(spec.jsonKey), parameterValue(params, spec.key));
    QJsonArray operators;
    for (Id id : params.operatorIds)
        operators.append(id);
    object.insert(QStringLiteral("operatorIds"), operators);
    object.insert(QStringLiteral("tdpPinned"), params.tdpPinned);
    object.insert(QStringLiteral("overheadPinned"), params.overheadPinned);
    object.insert(QStringLiteral("capexPinned"), params.capexPinned);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ScenarioParams paramsFromJson(const QString& json, const ScenarioParams& defaults, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : QCoreApplication::translate("atlas::ScenarioParamsJson",
                                                       "the settings are not a JSON object");
        return defaults;
    }
    const QJsonObject object = document.object();
    ScenarioParams params = defaults;
    params.gpuModelId = object.value(QStringLiteral("gpuModelId")).toInteger(defaults.gpuModelId);
    params.asRecorded = object.value(QStringLiteral("asRecorded")).toBool(defaults.asRecorded);
    for (const ParameterSpec& spec : parameterSpecs()) {
        const QJsonValue value = object.value(QLatin1String(spec.jsonKey));
        if (value.isDouble())
            setParameterValue(&params, spec.key, value.toDouble());
    }
    if (object.contains(QStringLiteral("operatorIds"))) {
        params.operatorIds.clear();
        for (const QJsonValue& id : object.value(QStringLiteral("operatorIds")).toArray())
            params.operatorIds.append(id.toInteger());
    }
    params.tdpPinned = object.value(QStringLiteral("tdpPinned")).toBool(defaults.tdpPinned);
    params.overheadPinned = object.value(QStringLiteral("overheadPinned")).toBool(defaults.overheadPinned);
    params.capexPinned = object.value(QStringLiteral("capexPinned")).toBool(defaults.capexPinned);
    return params;
}

} // namespace atlas
