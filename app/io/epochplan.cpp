// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/epochplan.h"

#include "domain/capacity.h"
#include "domain/namekey.h"
#include "domain/validation.h"
#include "geo/gazetteer.h"
#include "io/importorigin.h"
#include "io/operatorcolors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace atlas::io {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::EpochPlan)
};

// Ids for operators and sources a row needs but the data lacks, before it is known whether
// the row is written (an untouched site needs nothing new). Far below the placeholders of
// insertedBy(), which count the changes of the write.
constexpr Id kFirstPending = -(Id(1) << 40);

// What the plan of one data center needs from the others: the data, the sink, the
// operators and sources it finds or adds.
class EpochPlanner
{
public:
    EpochPlanner(const Dataset& data, ChangeSink& sink, const EpochImportOptions& options,
                 const Gazetteer& gazetteer, EpochPlan* plan)
        : m_data(data), m_sink(sink), m_gazetteer(gazetteer), m_plan(plan),
          m_replaceEdits(options.replaceEdits)
    {
        for (const Operator& op : data.operators)
            m_operators.insert(nameKey(op.name), op.id);
        for (const Source& s : data.sources)
            m_sources.insert(s.url.isEmpty() ? QStringLiteral("title:") + s.title : s.url, s.id);
        for (int i = 0; i < data.sites.size(); ++i) {
            const Site& site = data.sites[i];
            if (site.origin.dataset == QLatin1String(kEpochDataset))
                m_byOrigin.insert(site.origin.key, i);
            m_byName.insert(nameKey(site.name), i);
        }
        const ReferenceNames stored = referenceNamesIn(data);
        m_names = {[this, stored](Id id) {
                       return id < 0 ? m_pendingNames.value(id) : stored.operatorName(id);
                   },
                   [this, stored](Id id) {
                       return id < 0 ? m_pendingNames.value(id) : stored.sourceKey(id);
                   },
                   stored.gpuModelName};
    }

    void plan(const EpochRelease& release, QDate asOf);

private:
    struct Target
    {
        Site site;
        QVector<SitePhase> phases; // by date
    };

    Target targetOf(const EpochDataCenter& dc, const QVector<const EpochTimelineRow*>& timeline,
                    const QVector<const EpochChipRow*>& chips, QDate asOf, Id citation);
    void place(const EpochDataCenter& dc, Site* site);
    GeocodeResult townInName(const QString& name, const QString& country) const;
    void writeSite(Target target, const Site* existing, QDate asOf);
    Id pending(QHash<QString, Id>& known, const QString& key, const QString& name, Row row);
    Id operatorNamed(const QString& name);
    Id source(const QString& title, const QString& url, const QString& publisher,
              const QString& note);
    Id materialise(Id id);
    template <typename T> T materialised(T row);
    qsizetype add(const Row& row, bool remove = false);
    bool writing() const { return m_ok; }

    const Dataset& m_data;
    ChangeSink& m_sink;
    const Gazetteer& m_gazetteer;
    EpochPlan* m_plan;
    bool m_replaceEdits;
    bool m_ok = true;
    QHash<QString, Id> m_operators, m_sources; // key → id, placeholder or pending id
    QHash<QString, int> m_byOrigin, m_byName;  // → index in the data's sites
    QHash<Id, QString> m_pendingNames;         // pending or placeholder id → its name / key
    QHash<Id, Row> m_pendingRows;              // pending id → the row to add if needed
    QHash<Id, Id> m_written;                   // pending id → its placeholder
    Id m_nextPending = kFirstPending;
    QSet<QString> m_unknownChips;
    ReferenceNames m_names;
};

Id EpochPlanner::pending(QHash<QString, Id>& known, const QString& key, const QString& name,
                         Row row)
{
    if (const Id id = known.value(key))
        return id;
    const Id id = m_nextPending++;
    known.insert(key, id);
    m_pendingNames.insert(id, name);
    m_pendingRows.insert(id, std::move(row));
    return id;
}

Id EpochPlanner::operatorNamed(const QString& name)
{
    if (name.isEmpty())
        return 0;
    const QString stored = normalizedName(name);
    const Operator row{0, stored, QString(),
                       Text::tr("Added by the import of Epoch AI's data-center hub.")};
    if (!validate(row).isEmpty()) {
        m_plan->notes
            << Text::tr("An owner whose name cannot be stored was left out: %1").arg(stored);
        return 0;
    }
    return pending(m_operators, nameKey(stored), stored, row);
}

Id EpochPlanner::source(const QString& title, const QString& url, const QString& publisher,
                        const QString& note)
{
    const Source row{0, title.isEmpty() ? url : title, url, publisher, QString(), note};
    if (!validate(row).isEmpty()) {
        m_plan->notes << Text::tr("A link that is not a web address was left out: %1").arg(url);
        return 0;
    }
    const QString key = url.isEmpty() ? QStringLiteral("title:") + row.title : url;
    return pending(m_sources, key, key, row);
}

qsizetype EpochPlanner::add(const Row& row, bool remove)
{
    if (!m_ok)
        return -1;
    const qsizetype index = m_sink.count();
    if (!m_sink.add(Change{remove ? Change::Kind::Remove : Change::Kind::Upsert, row})) {
        m_ok = false;
        m_plan->error = m_sink.error();
        return -1;
    }
    ++m_plan->changes;
    return index;
}

// A pending reference becomes a row of the write the first time a written row needs it.
Id EpochPlanner::materialise(Id id)
{
    if (id >= kFirstPending / 2)
        return id; // stored, none, or already a placeholder
    if (const Id placeholder = m_written.value(id))
        return placeholder;
    const Row row = m_pendingRows.value(id);
    const qsizetype index = add(row);
    if (index < 0)
        return 0;
    const Id placeholder = insertedBy(index);
    m_written.insert(id, placeholder);
    m_pendingNames.insert(placeholder, m_pendingNames.value(id));
    if (std::holds_alternative<Operator>(row))
        ++m_plan->operatorsAdded;
    else
        ++m_plan->sourcesAdded;
    return placeholder;
}

template <typename T> T EpochPlanner::materialised(T row)
{
    row.sourceId = materialise(row.sourceId);
    if constexpr (std::is_same_v<T, Site>) {
        row.operatorId = materialise(row.operatorId);
        for (Id& reference : row.referenceIds)
            reference = materialise(reference);
    }
    return row;
}

QString partiesOf(const EpochDataCenter& dc)
{
    QStringList parts;
    for (const auto& [label, text] : {std::pair{Text::tr("Owner"), dc.owner},
                                      {Text::tr("Users"), dc.users},
                                      {Text::tr("Project"), dc.project},
                                      {Text::tr("Investors"), dc.investors},
                                      {Text::tr("Construction"), dc.construction},
                                      {Text::tr("Energy"), dc.energy}}) {
        if (!text.isEmpty())
            parts << label + QStringLiteral(": ") + text.simplified();
    }
    return parts.join(QStringLiteral("; "));
}

// A town the site's name gives: its words taken as a town, the longest run of words first and
// the last words first ("Oracle Batam" is in Batam, not in Oracle, Arizona); a run that names
// a country is not a town ("CoreWeave Norway"). A town or a region, never a country.
GeocodeResult EpochPlanner::townInName(const QString& name, const QString& country) const
{
    QStringList words;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); }) &&
            std::none_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); }))
            words << word;
    }
    // Towns first; then a region the name gives ("OpenAI Stargate Michigan"), as the
    // gazetteer's own order has it.
    for (const bool towns : {true, false}) {
        for (qsizetype length = std::min<qsizetype>(3, words.size()); length >= 1; --length) {
            for (qsizetype start = words.size() - length; start >= 0; --start) {
                const QString run = words.mid(start, length).join(QLatin1Char(' '));
                if (m_gazetteer.countryCode(run))
                    continue;
                const GeocodeResult found = m_gazetteer.geocode(run, country);
                const bool town = found.level == GeocodeResult::Level::CityCountry ||
                                  found.level == GeocodeResult::Level::CityRegion;
                if (found.found && (towns ? town : found.level == GeocodeResult::Level::Region))
                    return found;
            }
        }
    }
    return {};
}

void EpochPlanner::place(const EpochDataCenter& dc, Site* site)
{
    site->country = m_gazetteer.countryCode(dc.country).value_or(dc.country);
    if (dc.lon && dc.lat && std::abs(*dc.lon) <= 180 && std::abs(*dc.lat) <= 90) {
        site->lon = *dc.lon;
        site->lat = *dc.lat;
        site->precision = LocationPrecision::Exact;
        site->locationNote = Text::tr("Coordinates as Epoch AI gives them.");
        return;
    }
    // By the address; failing that (or with only the country known), by a town the site's
    // name gives ("Google Mesa", "Southgate Melbourne"). A site is not placed at a country's
    // middle: a dot in Illinois for a site somewhere in the US would mislead a briefing.
    GeocodeResult found = m_gazetteer.geocode(dc.address, dc.country);
    bool byName = false;
    if (!found.found || found.level == GeocodeResult::Level::Country) {
        if (const GeocodeResult named = townInName(dc.name, dc.country); named.found) {
            found = named;
            byName = true;
        }
    }
    if (!found.found || found.level == GeocodeResult::Level::Country) {
        site->precision = LocationPrecision::Unknown;
        site->locationNote =
            dc.address.isEmpty()
                ? Text::tr(
                      "Not placed: Epoch AI gives no address. Use Find Place in the site's form.")
                : Text::tr(
                      "Not placed: the address names no ZIP code, town or region the gazetteer "
                      "knows "
                      "(\"%1\"). Use Find Place in the site's form.")
                      .arg(dc.address);
        return;
    }
    site->lon = found.position.lon;
    site->lat = found.position.lat;
    site->precision = LocationPrecision::Approximate;
    site->city = found.city;
    site->region = found.region;
    if (!found.countryCode.isEmpty())
        site->country = found.countryCode;
    site->locationNote =
        byName ? Text::tr("%1 (from the town in the site's name; Epoch AI gives no usable address)")
                     .arg(found.method)
               : found.method;
}

EpochPlanner::Target EpochPlanner::targetOf(const EpochDataCenter& dc,
                                            const QVector<const EpochTimelineRow*>& timeline,
                                            const QVector<const EpochChipRow*>& chips, QDate asOf,
                                            Id citation)
{
    Target t;
    Site& site = t.site;
    site.name = normalizedName(dc.name);
    QStringList owners = namesWithoutTags(dc.owner);
    if (owners.isEmpty()) {
        for (const EpochChipRow* chip : chips)
            owners += namesWithoutTags(chip->owner);
    }
    site.operatorId = operatorNamed(owners.value(0));
    site.parties = partiesOf(dc);
    site.address = dc.address;
    place(dc, &site);
    if (!dc.allChips.isEmpty() || !dc.currentChips.isEmpty())
        site.note = Text::tr("Chip types (Epoch AI): now %1; all %2.")
                        .arg(dc.currentChips.isEmpty() ? Text::tr("none") : dc.currentChips,
                             dc.allChips.isEmpty() ? dc.currentChips : dc.allChips);
    site.sourceId = citation;
    for (const auto& [title, url] : markdownLinks(dc.selectedSources)) {
        const Id id = source(title, url, QString(), QString());
        if (id != 0 && !site.referenceIds.contains(id))
            site.referenceIds.append(id);
    }
    if (!dc.calculationsSheet.isEmpty()) {
        const Id id = source(Text::tr("Calculations sheet: %1").arg(dc.name), dc.calculationsSheet,
                             QStringLiteral("Epoch AI"), QString());
        if (id != 0 && !site.referenceIds.contains(id))
            site.referenceIds.append(id);
    }

    // A phase per date: the timeline's figures, and the chips counted at that date.
    std::map<QDate, SitePhase> phases;
    std::map<QDate, QHash<QString, int>> chipLines; // chip type → its line in the phase's fleet
    const auto phaseAt = [&](QDate date) -> SitePhase& {
        SitePhase& p = phases[date];
        if (!p.onlineDate.isValid()) {
            p.onlineDate = date;
            p.datePrecision = DatePrecision::Day;
            p.estimate = true; // Epoch's figures are estimates from imagery, permits and filings
            p.projected = date > asOf;
            p.sourceId = citation;
            p.origin = {QLatin1String(kEpochDataset), date.toString(Qt::ISODate), QString()};
        }
        return p;
    };
    for (const EpochTimelineRow* row : timeline) {
        SitePhase& p = phaseAt(row->date);
        p.itMw = row->itMw;
        p.facilityMw = row->facilityMw;
        p.h100e = row->h100e;
        p.buildingsOperational = row->buildings;
        p.capexUsd = row->capexBusd ? std::optional<double>(*row->capexBusd * 1e9) : std::nullopt;
        p.note = row->status;
    }
    for (const EpochChipRow* row : chips) {
        SitePhase& p = phaseAt(row->date);
        const GpuModel* model = m_data.gpuModelByName(row->chip);
        if (!model && !m_unknownChips.contains(row->chip)) {
            m_unknownChips.insert(row->chip);
            m_plan->notes
                << Text::tr(
                       "Chip type \"%1\" is not in the GPU catalogue: its units are counted "
                       "without "
                       "a model "
                       "(add the model, or an alias, under Data > GPU models, and import again).")
                       .arg(row->chip);
        }
        const Id modelId = model ? model->id : 0;
        const qint64 units = row->units ? qint64(std::llround(*row->units)) : 0;
        // A line per GPU model (two names of one model are one line); a type the catalogue
        // lacks is a line of its own, its name kept in the note.
        QHash<QString, int>& lines = chipLines[row->date];
        const QString key =
            modelId ? QString::number(modelId) : QStringLiteral("chip:") + row->chip.toCaseFolded();
        const int line = lines.value(key, -1);
        if (line < 0) {
            lines.insert(key, int(p.chips.size()));
            const QString note =
                model
                    ? row->notes
                    : Text::tr("Chip type %1 (Epoch AI). %2").arg(row->chip, row->notes).trimmed();
            p.chips.append(ChipCount{modelId,
                                     row->units ? std::optional<qint64>(units) : std::nullopt,
                                     row->estimate, note});
        } else {
            ChipCount* same = &p.chips[line];
            // Two rows of one model at one date (two buildings): one line, their sum.
            same->count = same->count.value_or(0) + units;
            same->estimate = same->estimate || row->estimate;
            same->note = QStringList{same->note, row->notes}.join(QStringLiteral(" ")).trimmed();
        }
    }
    // Operating once a recorded phase has power; building while recorded phases have none yet.
    double plannedMw = 0;
    bool powered = false, recorded = false;
    for (auto& [date, p] : phases) {
        plannedMw = std::max(plannedMw, p.itMw.value_or(0));
        if (!p.projected) {
            recorded = true;
            powered = powered || p.itMw.value_or(0) > 0 || p.gpuCount().value_or(0) > 0;
        }
        t.phases.append(p);
    }
    site.status = powered    ? SiteStatus::Operating
                  : recorded ? SiteStatus::Building
                             : SiteStatus::Announced;
    if (plannedMw > 0)
        site.plannedMw = plannedMw;
    site.origin = {QLatin1String(kEpochDataset), dc.name, QString()};
    site.origin.fingerprint = fingerprint(site, m_names);
    for (SitePhase& p : t.phases)
        p.origin.fingerprint = fingerprint(p, m_names);
    return t;
}

double itMwAt(const Dataset& data, const QVector<SitePhase>& phases, QDate date)
{
    QVector<const SitePhase*> pointers;
    for (const SitePhase& p : phases)
        pointers.append(&p);
    std::sort(pointers.begin(), pointers.end(),
              [](const SitePhase* a, const SitePhase* b) { return a->onlineDate < b->onlineDate; });
    return capacityAt(data, pointers, date, PhaseScope::RecordedOnly).itMw();
}

void EpochPlanner::writeSite(Target target, const Site* existing, QDate asOf)
{
    EpochSiteChange change;
    change.name = target.site.name;
    change.placed = target.site.hasLocation();
    change.placedBy = target.site.locationNote;
    change.itMwAfter = itMwAt(m_data, target.phases, asOf);
    (change.placed ? m_plan->placed : m_plan->notPlaced) += 1;

    QVector<SitePhase> storedPhases;
    if (existing) {
        for (const SitePhase* p : m_data.phasesOf(existing->id))
            storedPhases.append(*p);
        change.itMwBefore = itMwAt(m_data, storedPhases, asOf);
    }
    const bool ours = existing && existing->origin.dataset == QLatin1String(kEpochDataset);
    const bool siteEdited = existing && !(ours && untouched(*existing, m_names));
    if (existing && siteEdited && !m_replaceEdits && !ours) {
        // The user's own site of the same name: theirs, with its phases.
        change.kind = EpochSiteChange::Kind::EditedKept;
        ++m_plan->editedKept;
        m_plan->sites.append(change);
        return;
    }

    bool siteWritten = false;
    Id siteId = existing ? existing->id : 0;
    if (!existing) {
        const qsizetype index = add(materialised(target.site));
        if (index < 0)
            return;
        siteId = insertedBy(index);
        siteWritten = true;
    } else if (!siteEdited || m_replaceEdits) {
        if (existing->origin.fingerprint != target.site.origin.fingerprint || siteEdited) {
            Site site = materialised(target.site);
            site.id = existing->id;
            if (add(site) < 0)
                return;
            siteWritten = true;
        }
    }

    // Phases: the release's, by date; the user's own phases (no origin) are never touched.
    QHash<QString, const SitePhase*> storedByKey;
    for (const SitePhase& p : storedPhases) {
        if (p.origin.dataset == QLatin1String(kEpochDataset))
            storedByKey.insert(p.origin.key, &p);
    }
    bool phasesChanged = false;
    QSet<QString> keys;
    for (SitePhase phase : target.phases) {
        keys.insert(phase.origin.key);
        phase.siteId = siteId;
        const SitePhase* stored = storedByKey.value(phase.origin.key);
        if (stored && !untouched(*stored, m_names) && !m_replaceEdits) {
            ++m_plan->phasesKept;
            continue;
        }
        if (stored && stored->origin.fingerprint == phase.origin.fingerprint &&
            untouched(*stored, m_names))
            continue;
        phase.id = stored ? stored->id : 0;
        if (add(materialised(phase)) < 0)
            return;
        ++(stored ? m_plan->phasesUpdated : m_plan->phasesAdded);
        phasesChanged = true;
    }
    for (auto it = storedByKey.cbegin(); it != storedByKey.cend(); ++it) {
        if (keys.contains(it.key()))
            continue;
        if (!untouched(**it, m_names) && !m_replaceEdits) {
            ++m_plan->phasesKept;
            continue;
        }
        SitePhase removed;
        removed.id = (*it)->id;
        if (add(Row(removed), true) < 0)
            return;
        ++m_plan->phasesRemoved;
        phasesChanged = true;
    }

    if (!existing) {
        change.kind = EpochSiteChange::Kind::New;
        ++m_plan->added;
    } else if (siteEdited && !m_replaceEdits) {
        change.kind = EpochSiteChange::Kind::EditedKept;
        ++m_plan->editedKept;
    } else if (siteWritten || phasesChanged) {
        change.kind = EpochSiteChange::Kind::Changed;
        ++m_plan->changed;
    } else {
        change.kind = EpochSiteChange::Kind::Unchanged;
        ++m_plan->unchanged;
    }
    m_plan->sites.append(change);
}

void EpochPlanner::plan(const EpochRelease& release, QDate asOf)
{
    const QString citation = release.citation.isEmpty()
                                 ? QStringLiteral("Epoch AI, 'Frontier Data Centers Hub'. "
                                                  "Published online at epoch.ai. Retrieved from "
                                                  "https://epoch.ai/data/data-centers")
                                 : release.citation;
    const Id hub = source(
        QStringLiteral("Frontier Data Centers Hub"), QLatin1String(kEpochHubUrl),
        QStringLiteral("Epoch AI"),
        Text::tr("%1. Licence: Creative Commons Attribution 4.0 (CC BY 4.0).").arg(citation));

    // The rows of each data center, and the data centers named only by its timelines or
    // chips (they become sites too: the release is imported whole).
    QHash<QString, QVector<const EpochTimelineRow*>> timelineOf;
    QHash<QString, QVector<const EpochChipRow*>> chipsOf;
    QStringList order;
    QSet<QString> known;
    for (const EpochDataCenter& dc : release.dataCenters) {
        if (!known.contains(dc.name)) {
            known.insert(dc.name);
            order << dc.name;
        }
    }
    QHash<QString, EpochDataCenter> onlyNamed;
    const auto named = [&](const QString& name) {
        if (!known.contains(name)) {
            known.insert(name);
            order << name;
            EpochDataCenter dc;
            dc.name = name;
            onlyNamed.insert(name, dc);
        }
    };
    for (const EpochTimelineRow& row : release.timelines) {
        named(row.dataCenter);
        timelineOf[row.dataCenter].append(&row);
    }
    for (const EpochChipRow& row : release.chips) {
        named(row.dataCenter);
        chipsOf[row.dataCenter].append(&row);
    }
    if (!onlyNamed.isEmpty())
        m_plan->notes << Text::tr(
                             "%n data center(s) named only in the timelines or chip file, imported "
                             "with what those give "
                             "(no address): %1",
                             nullptr, int(onlyNamed.size()))
                             .arg(QStringList(onlyNamed.keys()).join(QStringLiteral(", ")));

    QSet<QString> inRelease;
    for (const QString& name : std::as_const(order)) {
        const auto dc = std::find_if(release.dataCenters.begin(), release.dataCenters.end(),
                                     [&name](const EpochDataCenter& d) { return d.name == name; });
        const EpochDataCenter& center = dc != release.dataCenters.end() ? *dc : onlyNamed[name];
        Target target = targetOf(center, timelineOf.value(name), chipsOf.value(name), asOf, hub);
        if (const FieldErrors errors = validate(target.site); !errors.isEmpty()) {
            m_plan->error = Text::tr("Data center \"%1\" (row %2): %3")
                                .arg(name)
                                .arg(center.row)
                                .arg(describe(errors));
            m_ok = false;
            return;
        }
        inRelease.insert(name);
        int at = m_byOrigin.value(name, -1);
        if (at < 0)
            at = m_byName.value(nameKey(target.site.name), -1);
        writeSite(std::move(target), at >= 0 ? &m_data.sites[at] : nullptr, asOf);
        if (!m_ok)
            return;
    }
    for (auto it = m_byOrigin.cbegin(); it != m_byOrigin.cend(); ++it) {
        if (!inRelease.contains(it.key())) {
            EpochSiteChange gone;
            gone.kind = EpochSiteChange::Kind::Missing;
            gone.name = m_data.sites[it.value()].name;
            m_plan->sites.append(gone);
            ++m_plan->missing;
        }
    }
}

} // namespace

QStringList namesWithoutTags(const QString& list)
{
    static const QRegularExpression tag(QStringLiteral("\\s*#(confident|likely|speculative)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    for (QString part : list.split(QLatin1Char(','))) {
        part.remove(tag);
        part = part.simplified();
        if (!part.isEmpty())
            names << part;
    }
    return names;
}

QVector<std::pair<QString, QString>> markdownLinks(const QString& text)
{
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\(\s*([^)\s]+)\s*\))"));
    QVector<std::pair<QString, QString>> links;
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        links.append({m.captured(1).simplified(), m.captured(2)});
    }
    return links;
}

QString EpochPlan::summary() const
{
    if (!error.isEmpty())
        return error;
    QStringList parts;
    parts << Text::tr("%n new site(s)", nullptr, added) << Text::tr("%n changed", nullptr, changed)
          << Text::tr("%n unchanged", nullptr, unchanged);
    if (editedKept)
        parts << Text::tr("%n edited by you and left as they are", nullptr, editedKept);
    if (missing)
        parts << Text::tr("%n in the database but no longer in the release (kept)", nullptr,
                          missing);
    QStringList phaseParts;
    if (phasesAdded)
        phaseParts << Text::tr("%n new phase(s)", nullptr, phasesAdded);
    if (phasesUpdated)
        phaseParts << Text::tr("%n phase(s) updated", nullptr, phasesUpdated);
    if (phasesRemoved)
        phaseParts << Text::tr("%n phase(s) no longer in the release removed", nullptr,
                               phasesRemoved);
    if (phasesKept)
        phaseParts << Text::tr("%n edited phase(s) kept", nullptr, phasesKept);
    QString text = parts.join(QStringLiteral(", "));
    if (!phaseParts.isEmpty())
        text += QStringLiteral("; ") + phaseParts.join(QStringLiteral(", "));
    if (notPlaced)
        text += Text::tr("; %n site(s) not placed (no usable address)", nullptr, notPlaced);
    return text;
}

EpochPlan planEpochImport(const Dataset& data, const EpochRelease& release, ChangeSink& sink,
                          const EpochImportOptions& options, const Gazetteer& gazetteer)
{
    EpochPlan plan;
    plan.files = release.files;
    plan.notes = release.notes;
    if (!release.ok()) {
        plan.error = release.error;
        return plan;
    }
    plan.asOf = options.asOf.isValid()          ? options.asOf
                : release.releaseDate.isValid() ? release.releaseDate
                                                : QDate::currentDate();
    EpochPlanner(data, sink, options, gazetteer, &plan).plan(release, plan.asOf);
    return plan;
}

ChangeProducer epochProducer(EpochRelease release, EpochImportOptions options, EpochPlan* plan)
{
    return [release = std::move(release), options, plan](const Dataset& current, ChangeSink& sink) {
        *plan = planEpochImport(current, release, sink, options, Gazetteer::bundled());
        return plan->ok();
    };
}

} // namespace atlas::io
