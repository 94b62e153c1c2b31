// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/columnmapping.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace atlas::io {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::Fields)
};

QStringList names(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* name : list)
        result << QLatin1String(name);
    return result;
}

// The fields of a phase, as a phases file or a sites file carries them.
QVector<FieldSpec> phaseFields()
{
    return {
        {"online_date", QT_TRANSLATE_NOOP("atlas::io::Fields", "Date online"),
         names({"date", "year", "online date", "online", "as_of", "as of", "phase_date"})},
        {"it_mw", QT_TRANSLATE_NOOP("atlas::io::Fields", "IT power (MW)"),
         names({"it mw", "it_power_mw", "it power (mw)", "power_mw", "power (mw)", "capacity_mw",
                "capacity (mw)", "mw", "power", "it power"})},
        {"facility_mw", QT_TRANSLATE_NOOP("atlas::io::Fields", "Facility power (MW)"),
         names({"facility mw", "facility_power_mw", "facility power (mw)", "total_power_mw",
                "grid_mw"})},
        {"gpu_model", QT_TRANSLATE_NOOP("atlas::io::Fields", "GPU model"),
         names({"gpu", "gpu model", "chip", "chip_type", "chip type", "accelerator", "gpu_type"})},
        {"gpu_count", QT_TRANSLATE_NOOP("atlas::io::Fields", "GPU count"),
         names({"gpus", "gpu count", "chips", "chip_count", "number of units", "units",
                "accelerators"})},
        {"h100e", QT_TRANSLATE_NOOP("atlas::io::Fields", "H100-equivalents"),
         names({"h100_equivalents", "h100 equivalents", "h100e_count"})},
        {"capex_usd", QT_TRANSLATE_NOOP("atlas::io::Fields", "Capex (US$)"),
         names({"capex", "capital_cost_usd"})},
        {"estimate", QT_TRANSLATE_NOOP("atlas::io::Fields", "Estimate"),
         names({"is_estimate", "estimated"})},
        {"projected", QT_TRANSLATE_NOOP("atlas::io::Fields", "Projected"),
         names({"is_projected", "projection", "forecast"})},
    };
}

QVector<FieldSpec> sourceFields()
{
    return {
        {"source_title", QT_TRANSLATE_NOOP("atlas::io::Fields", "Source title"), names({"source"})},
        {"source_url", QT_TRANSLATE_NOOP("atlas::io::Fields", "Source address"),
         names({"url", "link", "source url"})},
    };
}

QVector<FieldSpec> siteFields()
{
    QVector<FieldSpec> fields = {
        {"name", QT_TRANSLATE_NOOP("atlas::io::Fields", "Name"),
         names({"site", "site_name", "site name", "data center", "data_center", "datacenter"})},
        {"operator", QT_TRANSLATE_NOOP("atlas::io::Fields", "Operator"),
         names({"operator_name", "owner", "company"})},
        {"parties", QT_TRANSLATE_NOOP("atlas::io::Fields", "Parties"), names({"users", "tenants"})},
        {"city", QT_TRANSLATE_NOOP("atlas::io::Fields", "City"), names({"town"})},
        {"region", QT_TRANSLATE_NOOP("atlas::io::Fields", "Region"), names({"state", "province"})},
        {"country", QT_TRANSLATE_NOOP("atlas::io::Fields", "Country"), names({"country_code"})},
        {"address", QT_TRANSLATE_NOOP("atlas::io::Fields", "Address"),
         names({"street_address", "street address"})},
        {"lon", QT_TRANSLATE_NOOP("atlas::io::Fields", "Longitude"),
         names({"longitude", "lng", "long", "x"})},
        {"lat", QT_TRANSLATE_NOOP("atlas::io::Fields", "Latitude"), names({"latitude", "y"})},
        {"location_precision", QT_TRANSLATE_NOOP("atlas::io::Fields", "Location precision"),
         names({"precision"})},
        {"location_note", QT_TRANSLATE_NOOP("atlas::io::Fields", "How it was placed"),
         names({"placed_by"})},
        {"status", QT_TRANSLATE_NOOP("atlas::io::Fields", "Status"),
         names({"stage", "site_status"})},
        {"planned_mw", QT_TRANSLATE_NOOP("atlas::io::Fields", "Planned power (MW)"),
         names({"planned mw", "planned", "planned_power_mw", "target_mw"})},
        {"note", QT_TRANSLATE_NOOP("atlas::io::Fields", "Note"),
         names({"notes", "description", "comment"})},
    };
    fields += sourceFields();
    fields += phaseFields();
    fields.append({"fid", QT_TRANSLATE_NOOP("atlas::io::Fields", "Id"), names({"id"})});
    return fields;
}

QVector<FieldSpec> linkFields()
{
    QVector<FieldSpec> fields = {
        {"site_a", QT_TRANSLATE_NOOP("atlas::io::Fields", "Site at one end"),
         names({"from", "site a", "a", "source_site"})},
        {"site_b", QT_TRANSLATE_NOOP("atlas::io::Fields", "Site at the other end"),
         names({"to", "site b", "b", "target_site"})},
        {"carrier", QT_TRANSLATE_NOOP("atlas::io::Fields", "Carrier"), names({"provider"})},
        {"capacity_tbps", QT_TRANSLATE_NOOP("atlas::io::Fields", "Capacity (Tbit/s)"),
         names({"capacity", "tbps"})},
        {"status", QT_TRANSLATE_NOOP("atlas::io::Fields", "Status"), names({"link_status"})},
        {"active_date", QT_TRANSLATE_NOOP("atlas::io::Fields", "Date lit"),
         names({"date", "lit", "lit_date"})},
        {"note", QT_TRANSLATE_NOOP("atlas::io::Fields", "Note"),
         names({"notes", "description", "comment"})},
    };
    fields += sourceFields();
    fields.append({"fid", QT_TRANSLATE_NOOP("atlas::io::Fields", "Id"), names({"id"})});
    return fields;
}

QVector<FieldSpec> phaseFileFields()
{
    QVector<FieldSpec> fields = {
        {"site", QT_TRANSLATE_NOOP("atlas::io::Fields", "Site"),
         names({"site_name", "name", "data center", "data_center", "datacenter"})},
    };
    fields += phaseFields();
    fields.append({"note", QT_TRANSLATE_NOOP("atlas::io::Fields", "Note"),
                   names({"notes", "description", "comment"})});
    fields += sourceFields();
    fields.append({"id", QT_TRANSLATE_NOOP("atlas::io::Fields", "Id"), names({"phase_id"})});
    return fields;
}

QString normalisedWord(const QString& word)
{
    return word.simplified().toCaseFolded().replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString lookupWord(const QString& word, const QVector<std::pair<const char*, QStringList>>& table)
{
    const QString wanted = normalisedWord(word);
    for (const auto& [key, words] : table) {
        if (wanted == QLatin1String(key) || words.contains(wanted))
            return QLatin1String(key);
    }
    return {};
}

} // namespace

const QVector<FieldSpec>& fieldsOf(ImportKind kind)
{
    static const QVector<FieldSpec> sites = siteFields();
    static const QVector<FieldSpec> links = linkFields();
    static const QVector<FieldSpec> phases = phaseFileFields();
    switch (kind) {
    case ImportKind::Sites:
        return sites;
    case ImportKind::Links:
        return links;
    case ImportKind::Phases:
        return phases;
    }
    return sites;
}

QString fieldLabel(const FieldSpec& field)
{
    return QCoreApplication::translate("atlas::io::Fields", field.label);
}

std::optional<std::pair<QString, QString>> parseColumnChoice(const QString& text, ImportKind kind,
                                                             QString* error)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        *error =
            Text::tr("\"%1\" is not a column choice; write COLUMN=FIELD, e.g. power_mw=it_mw (or "
                     "COLUMN= to leave "
                     "it out).")
                .arg(text);
        return std::nullopt;
    }
    const QString column = text.left(equals).trimmed().toLower();
    const QString field = text.mid(equals + 1).trimmed().toLower();
    if (!field.isEmpty()) {
        const QVector<FieldSpec>& fields = fieldsOf(kind);
        const bool known = std::any_of(fields.begin(), fields.end(), [&](const FieldSpec& f) {
            return field == QLatin1String(f.key);
        });
        if (!known) {
            QStringList keys;
            for (const FieldSpec& f : fields)
                keys << QLatin1String(f.key);
            *error = Text::tr("\"%1\" is not a field this import reads; it reads %2.")
                         .arg(field, keys.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    return std::pair{column, field};
}

ColumnMap::ColumnMap(ImportKind kind, const QStringList& columns, const ColumnChoices& choices)
    : m_kind(kind), m_columns(columns), m_choices(choices)
{
    resolve();
}

void ColumnMap::update(const QStringList& columns)
{
    if (columns.size() == m_columns.size())
        return;
    m_columns = columns;
    resolve();
}

void ColumnMap::resolve()
{
    m_cache.fill({});
    m_cached = 0;
    m_fields.clear();
    QSet<int> taken;
    // The user's choices first, then a column named as the field, then its synonyms in order.
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const int column = int(m_columns.indexOf(it.key()));
        if (column < 0)
            continue;
        taken.insert(column); // chosen, even as "not read"
        if (it.value().isEmpty())
            continue;
        for (const FieldSpec& field : fieldsOf(m_kind)) {
            if (it.value() == QLatin1String(field.key) && lookup(field.key) < 0)
                m_fields.append({field.key, column});
        }
    }
    for (const FieldSpec& field : fieldsOf(m_kind)) {
        if (lookup(field.key) >= 0)
            continue;
        QStringList candidates{QLatin1String(field.key)};
        candidates += field.synonyms;
        for (const QString& name : candidates) {
            const int column = int(m_columns.indexOf(name));
            if (column >= 0 && !taken.contains(column)) {
                m_fields.append({field.key, column});
                taken.insert(column);
                break;
            }
        }
    }
}

int ColumnMap::index(const char* field) const
{
    // Open addressing by the pointer's value; kept at most three quarters full.
    size_t slot = (reinterpret_cast<quintptr>(field) >> 3) % kCacheSlots;
    for (;; slot = (slot + 1) % kCacheSlots) {
        CachedField& cached = m_cache[slot];
        if (cached.field == field) {
            if (std::strcmp(cached.text, field) == 0)
                return cached.column;
            cached.column = lookup(field); // the same buffer, another name: cached anew
            std::strncpy(cached.text, field, sizeof cached.text - 1);
            return cached.column;
        }
        if (!cached.field)
            break;
    }
    const int column = lookup(field);
    if (m_cached < kCacheSlots * 3 / 4 && std::strlen(field) < sizeof CachedField::text) {
        CachedField& cached = m_cache[slot];
        cached.field = field;
        cached.column = column;
        std::strncpy(cached.text, field, sizeof cached.text - 1);
        ++m_cached;
    }
    return column;
}

int ColumnMap::lookup(const char* field) const
{
    // A handful of fields: a linear search with strcmp beats hashing a QString per lookup.
    for (const auto& [name, column] : m_fields) {
        if (std::strcmp(name, field) == 0)
            return column;
    }
    return -1;
}

QString ColumnMap::column(const char* field) const
{
    const int i = index(field);
    return i < 0 ? QLatin1String(field) : m_columns[i];
}

QStringList ColumnMap::unread() const
{
    QSet<int> read;
    for (const auto& entry : m_fields)
        read.insert(entry.second);
    QStringList result;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (!read.contains(i) && !m_columns[i].isEmpty())
            result << m_columns[i];
    }
    result.sort();
    return result;
}

QVector<AppliedMapping> ColumnMap::applied() const
{
    QVector<AppliedMapping> result;
    for (const auto& [field, column] : m_fields) {
        if (m_columns[column] != QLatin1String(field))
            result.append(
                {m_columns[column], QLatin1String(field), m_choices.contains(m_columns[column])});
    }
    return result;
}

QString siteStatusKey(const QString& word)
{
    static const QVector<std::pair<const char*, QStringList>> table = {
        {"operating", names({"operational", "online", "live", "active", "running", "in operation",
                             "fully operational", "in service", "existing"})},
        {"building", names({"under construction", "construction", "constructing", "in construction",
                            "being built"})},
        {"announced",
         names({"planned", "proposed", "permitted", "planning", "in planning", "pipeline"})},
    };
    return lookupWord(word, table);
}

QString linkStatusKey(const QString& word)
{
    static const QVector<std::pair<const char*, QStringList>> table = {
        {"lit", names({"active", "operational", "live", "in service", "online"})},
        {"building", names({"under construction", "construction", "being built"})},
        {"planned", names({"proposed", "announced", "planning"})},
    };
    return lookupWord(word, table);
}

} // namespace atlas::io
