// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/claimmetrics.h"

#include <QCoreApplication>

#include <iterator>

namespace atlas {
namespace {

struct Metric
{
    const char* key;
    const char* name; // translated under "atlas::ClaimMetrics"
};

const Metric kMetrics[] = {
    {"largest_cluster_gpus", QT_TRANSLATE_NOOP("atlas::ClaimMetrics", "Largest cluster, GPUs")},
    {"largest_cluster_h100e", QT_TRANSLATE_NOOP("atlas::ClaimMetrics", "Largest cluster, H100e")},
    {"single_site_gw", QT_TRANSLATE_NOOP("atlas::ClaimMetrics", "Largest single site, GW")},
    {"multi_site_gw", QT_TRANSLATE_NOOP("atlas::ClaimMetrics", "Multi-site training system, GW")},
    {"site_power_gw", QT_TRANSLATE_NOOP("atlas::ClaimMetrics", "Power of a site or group, GW")},
    {"all_in_w_per_gpu", QT_TRANSLATE_NOOP("atlas::ClaimMetrics", "All-in power per GPU, W")},
    {"funding_needed_busd", QT_TRANSLATE_NOOP("atlas::ClaimMetrics", "Funding needed, $B")},
    {"fiber_deals_busd", QT_TRANSLATE_NOOP("atlas::ClaimMetrics", "Fiber deals, $B")},
    {"fiber_route_miles", QT_TRANSLATE_NOOP("atlas::ClaimMetrics", "New fiber route, miles")},
    {"fiber_latency_us_per_km",
     QT_TRANSLATE_NOOP("atlas::ClaimMetrics", "Latency in fiber, µs per km")},
    {"multi_site_loss_pct",
     QT_TRANSLATE_NOOP("atlas::ClaimMetrics", "Multi-site efficiency loss, %")},
    {"capex_busd_per_gw",
     QT_TRANSLATE_NOOP("atlas::ClaimMetrics", "Up-front cost per GW of IT power, $B")},
    {"pue", QT_TRANSLATE_NOOP("atlas::ClaimMetrics", "PUE (facility power ÷ IT power)")},
};

QString translated(const Metric& metric)
{
    return QCoreApplication::translate("atlas::ClaimMetrics", metric.name);
}

} // namespace

QStringList claimMetricKeys()
{
    QStringList keys;
    for (const Metric& metric : kMetrics)
        keys << QLatin1String(metric.key);
    return keys;
}

QString claimMetricName(const QString& key)
{
    for (const Metric& metric : kMetrics) {
        if (key == QLatin1String(metric.key))
            return translated(metric);
    }
    return key;
}

QString claimMetricKey(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (const Metric& metric : kMetrics) {
        if (trimmed == translated(metric))
            return QLatin1String(metric.key);
    }
    return trimmed;
}

} // namespace atlas
