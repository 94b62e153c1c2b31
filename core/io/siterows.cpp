// SPDX-License-Identifier: GPL-3.0-or-later
// A sites file: a row per site. A site whose name is in the database (case and Unicode form
// aside) is updated, columns the file does not have keep their values; others are added.
// Power and GPU columns describe the site's phase at the row's date: it is added, or the
// phase of that date updated.
#include "core/domain/enumtext.h"
#include "core/domain/namekey.h"
#include "core/domain/validation.h"
#include "core/geo/gazetteer.h"
#include "core/io/importcontext.h"
#include "core/io/phasefields.h"
#include "core/io/seenkeys.h"

#include <QCoreApplication>

namespace atlas::io {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::ImportPlan)
};

// Problems of a row's own fields, each under the file's column for it.
void addErrors(ImportContext& context, int row, const FieldErrors& errors)
{
    for (const FieldError& e : errors) {
        const QByteArray field = e.field.toLatin1();
        context.issue(row, field.constData(), e.message);
    }
}

class SiteRows final : public RowPlanner
{
public:
    explicit SiteRows(ImportContext& context) : m_context(context)
    {
        const Dataset& data = context.data();
        m_existing.reserve(data.sites.size());
        for (int i = 0; i < data.sites.size(); ++i)
            m_existing.insert(nameKey(data.sites[i].name), i);
    }

    QVector<std::pair<const char*, QString>> required() const override
    {
        return {{"name", Text::tr("The file has no \"name\" column; each site needs a name.")}};
    }

    void plan(const Record& record) override
    {
        ImportContext& c = m_context;
        const int row = record.row;
        const int problemsBefore = c.plan().issueCount;
        const QString name = normalizedName(c.text(record, "name"));
        const QString key = nameKey(name);
        const int at = name.isEmpty() ? -1 : m_existing.value(key, -1);
        const Site* existing = at >= 0 ? &c.data().sites[at] : nullptr;
        if (!name.isEmpty()) {
            if (const int first = m_seen.firstRow(key, row))
                c.issue(row, "name",
                        Text::tr("\"%1\" is also on row %2; a site can be in the file once.")
                            .arg(name)
                            .arg(first));
        }

        Site site = siteFrom(record, existing, name);
        PhaseFields phase = readPhaseFields(c, record);
        std::optional<SitePhase> newPhase = phaseFor(site, existing, &phase, row);
        addErrors(c, row, validate(site));
        // Sources are checked on every row, so that each bad address is reported.
        const Id source =
            c.source(row, c.text(record, "source_title"), c.text(record, "source_url"));
        const Id operatorId =
            c.has("operator") ? c.operatorNamed(row, c.text(record, "operator")) : 0;
        if (c.plan().issueCount > problemsBefore)
            return;
        if (c.has("source_title") || c.has("source_url"))
            site.sourceId = source;
        if (c.has("operator"))
            site.operatorId = operatorId;

        write(std::move(site), existing, std::move(newPhase), row);
    }

private:
    // The row's site: the stored one it updates (or a new one) with the file's columns over it.
    Site siteFrom(const Record& record, const Site* existing, const QString& name)
    {
        ImportContext& c = m_context;
        Site site = existing ? *existing : Site();
        if (!existing) {
            site.country.clear();
            site.precision = LocationPrecision::Unknown;
        }
        site.name = name;
        for (const auto& [field, into] : {std::pair{"parties", &site.parties},
                                          {"city", &site.city},
                                          {"region", &site.region},
                                          {"country", &site.country},
                                          {"address", &site.address},
                                          {"location_note", &site.locationNote},
                                          {"note", &site.note}}) {
            if (c.has(field))
                *into = c.text(record, field);
        }
        readLocation(record, &site);
        if (!site.hasLocation())
            placeByAddress(record, &site);
        if (const QString status = c.statusKey(record, "status", true); !status.isEmpty())
            site.status = *siteStatusFromKey(status);
        if (c.has("planned_mw")) {
            bool given = false;
            const std::optional<double> planned = c.number(record, "planned_mw", &given);
            if (planned || !given)
                site.plannedMw = planned;
        }
        return site;
    }

    // Adds the site where it changed, then its new phase, and counts what was done.
    void write(Site site, const Site* existing, std::optional<SitePhase> newPhase, int row)
    {
        ImportContext& c = m_context;
        const bool siteChanges = !existing || !(site == *existing);
        if (!siteChanges && !newPhase) {
            ++c.plan().unchanged;
            return;
        }
        Id siteId = site.id;
        if (siteChanges) {
            const Id id =
                c.add(Change{Change::Kind::Upsert, Row(std::move(site))}, row, existing != nullptr);
            if (id == 0)
                return;
            ++(existing ? c.plan().updated : c.plan().added);
            siteId = id;
        }
        if (newPhase) {
            const bool updates = newPhase->id != 0;
            newPhase->siteId = siteId;
            if (c.add(Change{Change::Kind::Upsert, Row(*newPhase)}, row, updates) != 0)
                ++(updates ? c.plan().phasesUpdated : c.plan().phasesAdded);
        }
    }

    void readLocation(const Record& record, Site* site)
    {
        ImportContext& c = m_context;
        bool lonGiven = false, latGiven = false;
        const std::optional<double> lon = c.number(record, "lon", &lonGiven);
        const std::optional<double> lat = c.number(record, "lat", &latGiven);
        if (lonGiven != latGiven) {
            c.issue(
                record.row, lonGiven ? "lat" : "lon",
                Text::tr("Give both longitude and latitude, or neither (the site is then imported "
                         "without a place)."));
            return;
        }
        std::optional<LocationPrecision> precision;
        if (const QString text = c.text(record, "location_precision"); !text.isEmpty()) {
            precision = locationPrecisionFromKey(text);
            if (!precision) {
                c.issue(record.row, "location_precision",
                        Text::tr("\"%1\" is not a precision: use exact, approximate or unknown.")
                            .arg(text));
                return;
            }
        }
        if (lon && lat) {
            if (precision == LocationPrecision::Unknown) {
                c.issue(record.row, "location_precision",
                        Text::tr(
                            "\"unknown\" is for a site without coordinates; this row gives them."));
                return;
            }
            // Coordinates without a precision are taken as exact, unless the site already had
            // a place and a precision of its own.
            site->precision = precision             ? *precision
                              : site->hasLocation() ? site->precision
                                                    : LocationPrecision::Exact;
            site->lon = *lon;
            site->lat = *lat;
        } else if (precision) {
            if (*precision != LocationPrecision::Unknown && !site->hasLocation())
                c.issue(
                    record.row, "location_precision",
                    Text::tr("A site without coordinates has no precision; give its longitude and "
                             "latitude."));
            else
                site->precision = *precision;
        }
    }

    // A site the file gives no coordinates for, placed offline by its address, town, region
    // and country (the gazetteer; a country alone does not place a site), as approximate,
    // saying how.
    void placeByAddress(const Record& record, Site* site)
    {
        ImportContext& c = m_context;
        QStringList parts;
        for (const char* field : {"address", "city", "region"}) {
            if (const QString text = c.text(record, field); !text.isEmpty())
                parts << text;
        }
        const QString country = c.text(record, "country");
        if (parts.isEmpty())
            return;
        const GeocodeResult found =
            Gazetteer::bundled().geocode(parts.join(QStringLiteral(", ")), country);
        if (!found.found || found.level == GeocodeResult::Level::Country)
            return;
        site->lon = found.position.lon;
        site->lat = found.position.lat;
        site->precision = LocationPrecision::Approximate;
        if (c.text(record, "location_note").isEmpty())
            site->locationNote = found.method;
        ++m_placed;
        if (m_placed == 1)
            c.plan().notes << Text::tr(
                "Sites without coordinates are placed by their address, town or region (offline "
                "gazetteer), as approximate locations.");
    }

    // The phase the row's power and GPU columns describe, or none.
    std::optional<SitePhase> phaseFor(Site& site, const Site* existing, PhaseFields* fields,
                                      int row)
    {
        if (!fields->givesFigures())
            return std::nullopt;
        ImportContext& c = m_context;
        if (!fields->date) {
            // A file of sites "as they are": its figures are the site's now. For a site not
            // yet operating they are what it is to become: planned, drawn as planned.
            fields->date = std::pair{c.options().today, DatePrecision::Day};
            if (site.status != SiteStatus::Operating) {
                fields->projected = true;
                if (fields->itMw && !site.plannedMw)
                    site.plannedMw = fields->itMw;
            }
            if (!m_notedUndated) {
                m_notedUndated = true;
                c.plan().notes << Text::tr("Rows without a date give the site's figures as of %1; "
                                           "for sites not yet "
                                           "operating they are planned capacity.")
                                      .arg(c.options().today.toString(Qt::ISODate));
            }
        }
        SitePhase phase;
        if (existing) {
            for (const SitePhase* stored : c.data().phasesOf(existing->id)) {
                if (stored->onlineDate == fields->date->first)
                    phase = *stored;
            }
        }
        const SitePhase before = phase;
        applyPhaseFields(*fields, &phase);
        if (phase.id != 0 && phase == before)
            return std::nullopt;
        if (const FieldErrors errors = validate(SitePhase(phase)); !errors.isEmpty()) {
            for (const FieldError& e : errors) {
                if (e.field != QLatin1String("site_id"))
                    addErrors(c, row, {e});
            }
        }
        return phase;
    }

    ImportContext& m_context;
    QHash<QString, int> m_existing; // name key → index in the data's sites
    SeenKeys m_seen;                // name keys, with the row each was first seen on
    bool m_notedUndated = false;
    int m_placed = 0;
};

} // namespace

std::unique_ptr<RowPlanner> siteRows(ImportContext& context)
{
    return std::make_unique<SiteRows>(context);
}

} // namespace atlas::io
