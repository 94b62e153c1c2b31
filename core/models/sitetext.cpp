// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/sitetext.h"

#include <QCoreApplication>
#include <QLocale>

namespace atlas {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::SiteText)
};

} // namespace

QString placeName(const Site& site)
{
    QStringList parts;
    for (const QString& part : {site.city, site.region}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

QString chipName(const Dataset& data, Id gpuModelId)
{
    const GpuModel* model = data.gpuModel(gpuModelId);
    return model ? model->name : Text::tr("GPU not in the catalogue");
}

QString fleetModels(const Dataset& data, const QVector<ChipCount>& chips)
{
    QStringList names;
    for (const ChipCount& chip : chips)
        names << chipName(data, chip.gpuModelId);
    return names.join(QStringLiteral(" + "));
}

QStringList fleetLines(const Dataset& data, const QVector<ChipCount>& chips)
{
    const QLocale locale;
    QStringList lines;
    for (const ChipCount& chip : chips) {
        const QString name = chipName(data, chip.gpuModelId);
        QString line = chip.count ? Text::tr("%1 × %2").arg(locale.toString(*chip.count), name)
                                  : Text::tr("%1 (count not known)").arg(name);
        if (chip.estimate)
            line = Text::tr("%1 (estimate)").arg(line);
        lines << line;
    }
    return lines;
}

} // namespace atlas
