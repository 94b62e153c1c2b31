// SPDX-License-Identifier: GPL-3.0-or-later
#include "worldsites.h"

namespace atlas::test {

ChangeSet worldSites()
{
    ChangeSet set(QStringLiteral("world sites"));
    QHash<QString, Id> siteChange; // name -> placeholder of the change that inserts it
    for (const WorldSite& w : kWorldSites) {
        Site site;
        // Named apart from the bundled sample's sites of the same places.
        site.name = QStringLiteral("Test: ") + QString::fromUtf8(w.name);
        site.lon = w.lon;
        site.lat = w.lat;
        site.status = SiteStatus::Operating;
        siteChange.insert(site.name, insertedBy(set.size()));
        set.upsert(site);
        SitePhase phase;
        phase.siteId = siteChange.value(site.name);
        phase.onlineDate = QDate(2025, 6, 30);
        phase.itMw = w.itMw;
        set.upsert(phase);
    }
    const auto link = [&](const char* a, const char* b, LinkStatus status) {
        FiberLink l;
        l.siteA = siteChange.value(QStringLiteral("Test: ") + QString::fromUtf8(a));
        l.siteB = siteChange.value(QStringLiteral("Test: ") + QString::fromUtf8(b));
        l.carrier = QStringLiteral("Test cable");
        l.status = status;
        set.upsert(l);
    };
    link("Southgate Melbourne", "Google The Dalles", LinkStatus::Planned);
    link("DayOne Nusajaya", "Google The Dalles", LinkStatus::Lit);
    return set;
}

} // namespace atlas::test
