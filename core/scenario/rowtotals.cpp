// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/rowtotals.h"

#include "core/scenario/unionfind.h"

#include <algorithm>
#include <vector>

namespace atlas {
namespace {

// Sum and maximum with four independent accumulators: a single running sum or max waits on
// itself every element; four let the processor overlap them (these loops are the engine's
// hot path, and the compiler may not reorder floating-point sums itself).
double sumOf(const double* values, int n)
{
    double a = 0, b = 0, c = 0, d = 0;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
        a += values[i];
        b += values[i + 1];
        c += values[i + 2];
        d += values[i + 3];
    }
    for (; i < n; ++i)
        a += values[i];
    return (a + b) + (c + d);
}

double maxOf(const double* values, int n)
{
    double a = 0, b = 0, c = 0, d = 0;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
        a = std::max(a, values[i]);
        b = std::max(b, values[i + 1]);
        c = std::max(c, values[i + 2]);
        d = std::max(d, values[i + 3]);
    }
    for (; i < n; ++i)
        a = std::max(a, values[i]);
    return std::max(std::max(a, b), std::max(c, d));
}

// Cluster numbers of the counted sites for each year: the prepared epochs when every site
// counts, else clusters rebuilt from the links between counted sites only.
class ClusterLabels
{
public:
    ClusterLabels(const PreparedAtlas& atlas, const QVector<char>& counted)
        : m_atlas(atlas), m_counted(counted),
          m_allCount(std::all_of(counted.begin(), counted.end(), [](char c) { return c != 0; })),
          m_unions(atlas.siteCount()), m_labels(atlas.siteCount(), -1)
    {}

    // Labels for `year`: 0..count-1 for sites joined to others, -1 for sites alone. Call
    // with years in ascending order.
    const QVector<int>& labelsFor(int year, int* count)
    {
        if (m_allCount) {
            const auto it =
                std::upper_bound(m_atlas.epochYear.begin(), m_atlas.epochYear.end(), year);
            const int epoch = int(it - m_atlas.epochYear.begin()) - 1;
            if (epoch < 0) {
                *count = 0;
                return m_labels; // every site alone
            }
            *count = m_atlas.epochComponentCount[epoch];
            return m_atlas.epochComponent[epoch];
        }
        bool joined = false;
        for (;
             m_nextLink < m_atlas.links.size() && m_atlas.links[m_nextLink].activeFromYear <= year;
             ++m_nextLink) {
            const PreparedLink& link = m_atlas.links[m_nextLink];
            if (m_counted[link.siteA] && m_counted[link.siteB]) {
                m_unions.unite(link.siteA, link.siteB);
                joined = true;
            }
        }
        if (joined) {
            for (int i = 0; i < m_atlas.siteCount(); ++i) {
                const int root = m_unions.find(i);
                m_labels[i] = m_unions.sizeOf(root) > 1 ? root : -1;
            }
        }
        *count = m_atlas.siteCount();
        return m_labels;
    }

private:
    const PreparedAtlas& m_atlas;
    const QVector<char>& m_counted;
    bool m_allCount;
    UnionFind m_unions;
    QVector<int> m_labels;
    qsizetype m_nextLink = 0;
};

// The counted sites' values of one year summed by the cluster they belong to; with Carry, their
// carried figures too, kept apart (without an operator filter there is a cluster per site, and
// the plain ones are cleared every year: they stay small).
struct Cluster
{
    double sum = 0, max = 0;
    int count = 0;
};
using Carried = std::array<double, 2>;

template <bool Carry>
void accumulateClusters(const double* row, const YearRows& rows, const int* component, int sites,
                        std::vector<Cluster>& cluster, std::vector<Carried>& carried)
{
    for (int s = 0; s < sites; ++s) {
        const int c = component[s];
        if (c < 0 || row[s] <= 0)
            continue;
        Cluster& joined = cluster[c];
        joined.sum += row[s];
        joined.max = std::max(joined.max, row[s]);
        ++joined.count;
        if constexpr (Carry) {
            for (int k = 0; k < 2; ++k)
                carried[c][k] += rows.carried[k] ? rows.carried[k][s] : 0.0;
        }
    }
}

// The joined cluster whose effective figure (its largest member + the rest × (1 − loss))
// beats `best`, the largest site alone; -1 when none does. The first of equals wins.
int largestCluster(const std::vector<Cluster>& cluster, double best, double loss)
{
    int chosen = -1;
    for (int c = 0; c < int(cluster.size()); ++c) {
        const Cluster& joined = cluster[c];
        const double effective = joined.max + (joined.sum - joined.max) * (1 - loss);
        if (joined.count > 0 && effective > best) {
            best = effective;
            chosen = c;
        }
    }
    return chosen;
}

// Year y's cluster that trains the most, where one beats the largest site alone: its
// largest member plus the rest at (1 - loss). The vectors are scratch space kept across
// years, so that the hot loop allocates nothing.
void addLargestCluster(const double* row, const YearRows& rows, const int* component, int sites,
                       int componentCount, double loss, int y, std::vector<Cluster>& cluster,
                       std::vector<Carried>& carried, RowTotals& t)
{
    const bool carry = rows.carried[0] || rows.carried[1];
    cluster.assign(componentCount, Cluster());
    if (carry) {
        carried.assign(componentCount, Carried{0, 0});
        accumulateClusters<true>(row, rows, component, sites, cluster, carried);
    } else {
        accumulateClusters<false>(row, rows, component, sites, cluster, carried);
    }
    if (const int c = largestCluster(cluster, t.maxValue[y], loss); c >= 0) {
        const Cluster& joined = cluster[c];
        t.clusterEffective[y] = joined.max + (joined.sum - joined.max) * (1 - loss);
        t.clusterValue[y] = joined.sum;
        t.clusterSites[y] = joined.count;
        for (int k = 0; k < 2 && carry; ++k)
            t.clusterCarried[k][y] = carried[c][k];
    }
}

// Every series of the totals, one zero per year (no largest site yet).
RowTotals zeroTotals(const PreparedAtlas& atlas, int years)
{
    RowTotals t;
    t.total.fill(0, years);
    t.maxValue.fill(0, years);
    t.clusterValue.fill(0, years);
    t.clusterEffective.fill(0, years);
    t.maxSite.fill(-1, years);
    t.clusterSites.fill(0, years);
    t.perOperator = QVector<QVector<double>>(atlas.operatorIds.size(), QVector<double>(years, 0));
    for (int k = 0; k < 2; ++k) {
        t.maxSiteCarried[k].fill(0, years);
        t.clusterCarried[k].fill(0, years);
    }
    return t;
}

} // namespace

RowTotals sumRows(const PreparedAtlas& atlas, const QVector<char>& counted, int yearFrom, int years,
                  double loss, const std::function<YearRows(int year)>& rowsOf)
{
    RowTotals t = zeroTotals(atlas, years);

    // The engine's hot loops (sites × years) run over one contiguous row of values per year,
    // in separate simple passes the compiler can keep in registers.
    const int sites = atlas.siteCount();
    const int* siteOperator = atlas.siteOperator.constData();
    const bool allCounted =
        std::all_of(counted.begin(), counted.end(), [](char c) { return c != 0; });
    std::vector<double> countedValue(allCounted ? 0 : sites);
    std::vector<double> operatorSum(atlas.operatorIds.size());
    std::vector<Cluster> cluster;
    std::vector<Carried> carried;
    ClusterLabels clusters(atlas, counted);

    for (int y = 0; y < years; ++y) {
        const YearRows rows = rowsOf(yearFrom + y);
        const double* row = rows.value;
        if (!row)
            continue; // before the first phase: nothing anywhere
        if (!allCounted) {
            for (int s = 0; s < sites; ++s)
                countedValue[s] = counted[s] ? row[s] : 0.0;
            row = countedValue.data();
        }
        const double total = sumOf(row, sites);
        const double best = maxOf(row, sites);
        const int bestSite = best > 0 ? int(std::find(row, row + sites, best) - row) : -1;
        std::fill(operatorSum.begin(), operatorSum.end(), 0.0);
        for (int s = 0; s < sites; ++s)
            operatorSum[siteOperator[s]] += row[s];

        t.total[y] = total;
        t.maxValue[y] = best;
        t.maxSite[y] = bestSite;
        for (int o = 0; o < int(operatorSum.size()); ++o)
            t.perOperator[o][y] = operatorSum[o];
        for (int k = 0; k < 2; ++k) {
            const double atBest =
                bestSite >= 0 && rows.carried[k] ? rows.carried[k][bestSite] : 0.0;
            t.maxSiteCarried[k][y] = atBest;
            t.clusterCarried[k][y] = atBest;
        }

        // The cluster that trains the most: its largest member plus the rest at (1 - loss).
        // A site alone is a cluster too, and the largest of those is the largest site.
        t.clusterEffective[y] = best;
        t.clusterValue[y] = best;
        t.clusterSites[y] = bestSite >= 0 ? 1 : 0;
        int componentCount = 0;
        const int* component = clusters.labelsFor(yearFrom + y, &componentCount).constData();
        if (componentCount > 0)
            addLargestCluster(row, rows, component, sites, componentCount, loss, y, cluster,
                              carried, t);
    }
    return t;
}

QVector<int> largestClusterMembers(const PreparedAtlas& atlas, const QVector<char>& counted,
                                   int year, const double* row, double loss)
{
    QVector<int> members;
    if (!row)
        return members;
    const int sites = atlas.siteCount();
    std::vector<double> countedRow(sites);
    for (int s = 0; s < sites; ++s)
        countedRow[s] = counted[s] ? row[s] : 0.0;
    // As sumRows() chooses: the largest site alone (the first of equals), unless a joined
    // cluster's effective figure beats it.
    const auto bestAt = std::max_element(countedRow.begin(), countedRow.end());
    if (bestAt == countedRow.end() || *bestAt <= 0)
        return members;
    ClusterLabels clusters(atlas, counted);
    int componentCount = 0;
    const int* component = clusters.labelsFor(year, &componentCount).constData();
    std::vector<Cluster> cluster(componentCount);
    std::vector<Carried> unused;
    accumulateClusters<false>(countedRow.data(), YearRows{}, component, sites, cluster, unused);
    const int chosen = largestCluster(cluster, *bestAt, loss);
    if (chosen < 0) {
        members << int(bestAt - countedRow.begin());
        return members;
    }
    for (int s = 0; s < sites; ++s) {
        if (component[s] == chosen && countedRow[s] > 0)
            members << s;
    }
    return members;
}

QVector<YearResult> capacityYears(const RowTotals& power, int yearFrom, double pue)
{
    QVector<YearResult> result(power.total.size());
    for (int y = 0; y < result.size(); ++y) {
        result[y].year = yearFrom + y;
        result[y].itMw = power.total[y];
        result[y].facilityCapacityGw = power.total[y] * pue / 1000.0;
    }
    return result;
}

} // namespace atlas
