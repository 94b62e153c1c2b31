// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/headlinefigures.h"

#include "core/scenario/scenariocaption.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace atlas {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::HeadlineFigures)
};

QString gigawatts(double gw) { return QStringLiteral("%1 GW").arg(QLocale().toString(gw, 'f', gw < 10 ? 1 : 0)); }

QString billions(double usd)
{
    const double b = usd / 1e9;
    return Text::tr("$%1B", "billions of US dollars")
        .arg(QLocale().toString(b, 'f', std::abs(b) < 10 ? 1 : 0));
}

// A figure that rests on a source's projections says so in its label, and its detail gives
// what is recorded first (a tile may cut the rest).
void markProjected(HeadlineFigure* figure, bool differs, const QString& recorded)
{
    if (!differs)
        return;
    figure->projected = true;
    figure->label = Text::tr("%1 · projected").arg(figure->label);
    figure->detail = Text::tr("recorded: %1 · %2").arg(recorded, figure->detail);
}

} // namespace

namespace {

// The largest fiber-linked cluster, in GPUs and in H100e.
HeadlineFigure clusterFigure(const YearResult* y, const YearResult* recorded)
{
    HeadlineFigure cluster{
        Text::tr("Largest cluster"), Text::tr("%1 H100e").arg(shortNumber(y->largestClusterH100e)),
        y->largestClusterSites > 1
            ? Text::tr("%1 GPUs across %L2 linked sites · %3")
                  .arg(shortNumber(y->largestClusterGpus))
                  .arg(y->largestClusterSites)
                  .arg(gigawatts(y->largestClusterMw / 1000))
            : Text::tr("%1 GPUs at one site · %2")
                  .arg(shortNumber(y->largestClusterGpus), gigawatts(y->largestClusterMw / 1000))};
    markProjected(&cluster, y->largestClusterH100e != recorded->largestClusterH100e,
                  Text::tr("%1 H100e").arg(shortNumber(recorded->largestClusterH100e)));
    cluster.explains = ExplainedMetric::LargestClusterH100e;
    return cluster;
}

HeadlineFigure gpusFigure(const YearResult* y, const YearResult* recorded)
{
    HeadlineFigure gpus{Text::tr("All GPUs"),
                        Text::tr("%1 GPUs").arg(shortNumber(y->gpusInstalled)),
                        Text::tr("%1 H100e").arg(shortNumber(y->h100e))};
    markProjected(&gpus, y->gpusInstalled != recorded->gpusInstalled || y->h100e != recorded->h100e,
                  Text::tr("%1 GPUs").arg(shortNumber(recorded->gpusInstalled)));
    gpus.explains = ExplainedMetric::Gpus;
    return gpus;
}

HeadlineFigure powerFigure(const YearResult* y, const YearResult* recorded)
{
    HeadlineFigure power{
        Text::tr("Power"), gigawatts(y->facilityDemandGw),
        Text::tr("of %1 online at the sites").arg(gigawatts(y->facilityCapacityGw))};
    markProjected(
        &power, y->facilityDemandGw != recorded->facilityDemandGw || y->itMw != recorded->itMw,
        Text::tr("%1 of %2 online")
            .arg(gigawatts(recorded->facilityDemandGw), gigawatts(recorded->facilityCapacityGw)));
    power.explains = ExplainedMetric::DemandGw;
    return power;
}

HeadlineFigure moneyFigure(const ScenarioResult& result, const YearResult* y, const YearResult* recorded)
{
    HeadlineFigure money{
        Text::tr("Money"), Text::tr("%1 a year").arg(billions(y->fundingUsd)),
        result.asRecorded ? Text::tr("%1 to buy the recorded fleet").arg(billions(y->capexSpentUsd))
        : y->fundingGapUsd > 0
            ? Text::tr("%1 short of the %2 needed")
                  .arg(billions(y->fundingGapUsd), billions(y->capexNeededUsd))
            : Text::tr("%1 would fill the power").arg(billions(y->capexNeededUsd))};
    markProjected(&money, y->capexNeededUsd != recorded->capexNeededUsd,
                  Text::tr("%1 needed").arg(billions(recorded->capexNeededUsd)));
    money.explains = ExplainedMetric::FundingUsd;
    return money;
}

// What limits the year: the power, the money, or nothing (the data as recorded).
HeadlineFigure bindsFigure(const YearResult* y, const YearResult* recorded)
{
    const auto bindsWord = [](Binding binds) {
        return binds == Binding::Power      ? Text::tr("Power")
               : binds == Binding::Money    ? Text::tr("Money")
               : binds == Binding::Recorded ? Text::tr("As recorded")
                                            : Text::tr("Nothing");
    };
    HeadlineFigure binds{Text::tr("Binds"), bindsWord(y->binds),
                         y->binds == Binding::Power   ? Text::tr("more money would add no GPUs")
                         : y->binds == Binding::Money ? Text::tr("the power could hold more GPUs")
                         : y->binds == Binding::Recorded
                             ? Text::tr("the fleets the data counts, not a what-if")
                             : Text::tr("nothing online or funded")};
    markProjected(&binds, y->binds != recorded->binds, bindsWord(recorded->binds).toLower());
    binds.explains = ExplainedMetric::Gpus; // the smaller of what fits and what is paid for
    return binds;
}

} // namespace

QVector<HeadlineFigure> headlineFigures(const ScenarioResult& result, int year)
{
    const YearResult* y = result.atYear(year);
    if (!y)
        return {};
    const YearResult* recorded = result.recordedAtYear(year);
    if (!recorded)
        recorded = y;
    return {clusterFigure(y, recorded), gpusFigure(y, recorded), powerFigure(y, recorded),
            moneyFigure(result, y, recorded), bindsFigure(y, recorded)};
}

} // namespace atlas
