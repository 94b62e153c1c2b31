// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/headlinefigures.h"

#include "scenario/scenariocaption.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace atlas {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("atlas::HeadlineFigures", text); }

QString gigawatts(double gw) { return QStringLiteral("%1 GW").arg(QLocale().toString(gw, 'f', gw < 10 ? 1 : 0)); }

QString billions(double usd)
{
    const double b = usd / 1e9;
    return QStringLiteral("$%1B").arg(QLocale().toString(b, 'f', std::abs(b) < 10 ? 1 : 0));
}

} // namespace

QVector<HeadlineFigure> headlineFigures(const ScenarioResult& result, int year)
{
    const YearResult* y = result.atYear(year);
    if (!y)
        return {};
    QVector<HeadlineFigure> figures;
    // The largest fiber-linked cluster, in the GPUs of the scenario's model and in H100e.
    const double clusterGpus = result.h100ePerGpu > 0 ? y->largestClusterH100e / result.h100ePerGpu : 0;
    figures.append({tr("Largest cluster"), tr("%1 H100e").arg(shortNumber(y->largestClusterH100e)),
                    y->largestClusterSites > 1
                        ? tr("%1 GPUs across %2 linked sites · %3").arg(shortNumber(clusterGpus)).arg(y->largestClusterSites).arg(gigawatts(y->largestClusterMw / 1000))
                        : tr("%1 GPUs at one site · %2").arg(shortNumber(clusterGpus), gigawatts(y->largestClusterMw / 1000))});
    figures.append({tr("All GPUs"), tr("%1 GPUs").arg(shortNumber(y->gpusInstalled)),
                    tr("%1 H100e").arg(shortNumber(y->h100e))});
    figures.append({tr("Power"), gigawatts(y->facilityDemandGw),
                    tr("of %1 online at the sites").arg(gigawatts(y->facilityCapacityGw))});
    figures.append({tr("Money"), tr("%1 a year").arg(billions(y->fundingUsd)),
                    y->fundingGapUsd > 0 ? tr("%1 short of the %2 needed").arg(billions(y->fundingGapUsd), billions(y->capexNeededUsd))
                                         : tr("%1 would fill the power").arg(billions(y->capexNeededUsd))});
    figures.append({tr("Binds"),
                    y->binds == Binding::Power   ? tr("Power")
                    : y->binds == Binding::Money ? tr("Money")
                                                 : tr("Nothing"),
                    y->binds == Binding::Power   ? tr("more money would add no GPUs")
                    : y->binds == Binding::Money ? tr("the power could hold more GPUs")
                                                 : tr("nothing online or funded")});
    return figures;
}

} // namespace atlas
