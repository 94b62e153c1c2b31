// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/importplan.h"

#include "domain/enumtext.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace atlas::io {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("atlas::io::ImportPlan", text); }

// The names a column may go by in the files people have, for each field.
struct Column
{
    const char* field; // the validation key (domain/validation.cpp) and the export column
    QStringList names;
};

const QVector<Column>& siteColumns()
{
    static const QVector<Column> columns = {
        {"name", {"name", "site", "site_name"}},
        {"operator", {"operator", "operator_name"}},
        {"parties", {"parties"}},
        {"city", {"city", "town"}},
        {"region", {"region", "state", "province"}},
        {"country", {"country"}},
        {"lon", {"lon", "longitude", "lng", "long", "x"}},
        {"lat", {"lat", "latitude", "y"}},
        {"location_precision", {"location_precision", "precision"}},
        {"status", {"status"}},
        {"planned_mw", {"planned_mw", "planned mw", "planned"}},
        {"note", {"note", "notes"}},
        {"source_title", {"source_title", "source"}},
        {"source_url", {"source_url", "url"}},
        {"fid", {"fid", "id"}},
    };
    return columns;
}

const QVector<Column>& linkColumns()
{
    static const QVector<Column> columns = {
        {"site_a", {"site_a", "from", "site a", "a"}},
        {"site_b", {"site_b", "to", "site b", "b"}},
        {"carrier", {"carrier"}},
        {"capacity_tbps", {"capacity_tbps", "capacity", "tbps"}},
        {"status", {"status"}},
        {"active_date", {"active_date", "date", "lit"}},
        {"note", {"note", "notes"}},
        {"source_title", {"source_title", "source"}},
        {"source_url", {"source_url", "url"}},
        {"fid", {"fid", "id"}},
    };
    return columns;
}

// Which file column holds each field (looked up once, not per row), and which file columns
// nobody reads.
class ColumnMap
{
public:
    ColumnMap(const QVector<Column>& columns, const RecordTable& table) : m_table(table)
    {
        QSet<int> used;
        for (const Column& column : columns) {
            for (const QString& name : column.names) {
                const int index = table.columnIndex(name);
                if (index >= 0) {
                    m_fields.append({column.field, index});
                    used.insert(index);
                    break;
                }
            }
        }
        for (int i = 0; i < table.columns.size(); ++i)
            if (!used.contains(i) && !table.columns[i].isEmpty())
                m_ignored << table.columns[i];
        m_ignored.sort();
    }
    bool has(const char* field) const { return index(field) >= 0; }
    // The column's name as the file writes it, for messages.
    QString column(const char* field) const
    {
        const int i = index(field);
        return i < 0 ? QLatin1String(field) : m_table.columns[i];
    }
    // Field names are looked up by their text; the few fields make a linear search the
    // fastest (no QString is made per lookup).
    int index(const char* field) const
    {
        for (const auto& [name, index] : m_fields)
            if (std::strcmp(name, field) == 0)
                return index;
        return -1;
    }
    QString value(const Record& record, const char* field) const { return record.at(index(field)).trimmed(); }
    QStringList ignored() const { return m_ignored; }

private:
    const RecordTable& m_table;
    QVector<std::pair<const char*, int>> m_fields;
    QStringList m_ignored;
};

// Numbers as a computer writes them: a dot for decimals, no thousands separators. Parsed
// with std::from_chars (QString::toDouble goes through the locale machinery, which an import
// of 100,000 rows notices).
std::optional<double> number(const QString& text, bool* bad)
{
    if (text.isEmpty())
        return std::nullopt;
    char ascii[64];
    if (text.size() >= qsizetype(sizeof ascii)) {
        *bad = true;
        return std::nullopt;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7f) {
            *bad = true;
            return std::nullopt;
        }
        ascii[i] = char(c);
    }
    const char* begin = ascii;
    const char* end = ascii + text.size();
    if (*begin == '+')
        ++begin; // from_chars takes no leading plus
    double value = 0;
    const auto [stop, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || stop != end || !std::isfinite(value)) {
        *bad = true;
        return std::nullopt;
    }
    return value;
}

QString notANumber(const QString& text)
{
    return tr("\"%1\" is not a number; write it with a dot for decimals and no thousands separators.").arg(text);
}

// Operators and sources the import refers to: found by name (or URL), or added with ids of
// their own so the import's rows can refer to them in the same change set.
class References
{
public:
    References(const Dataset& data, ImportPlan* plan) : m_data(data), m_plan(plan)
    {
        for (const Operator& op : data.operators)
            m_nextOperator = std::max(m_nextOperator, op.id + 1);
        for (const Source& source : data.sources)
            m_nextSource = std::max(m_nextSource, source.id + 1);
    }

    Id operatorNamed(const QString& name)
    {
        if (name.isEmpty())
            return 0;
        if (const Operator* op = m_data.operatorByName(name))
            return op->id;
        if (const Id id = m_addedOperators.value(name.toCaseFolded()))
            return id;
        const Id id = m_nextOperator++;
        m_addedOperators.insert(name.toCaseFolded(), id);
        m_plan->changes.upsert(Operator{id, name, QString(), tr("Added by an import.")});
        m_plan->changeRows.append(0);
        ++m_plan->operatorsAdded;
        return id;
    }

    // 0 for none; -1, with *problem set, when the source the row names cannot be stored.
    Id source(const QString& title, const QString& url, FieldError* problem)
    {
        if (title.isEmpty() && url.isEmpty())
            return 0;
        for (const Source& s : m_data.sources) {
            if ((!url.isEmpty() && s.url == url) || (url.isEmpty() && s.title == title))
                return s.id;
        }
        const QString key = url.isEmpty() ? QStringLiteral("title:") + title : url;
        if (const Id id = m_addedSources.value(key))
            return id;
        const Source added{0, title.isEmpty() ? url : title, url, QString(), QString(), QString()};
        if (const FieldErrors errors = validate(added); !errors.isEmpty()) {
            *problem = errors.first();
            return -1;
        }
        const Id id = m_nextSource++;
        m_addedSources.insert(key, id);
        Source stored = added;
        stored.id = id;
        m_plan->changes.upsert(stored);
        m_plan->changeRows.append(0);
        ++m_plan->sourcesAdded;
        return id;
    }

private:
    const Dataset& m_data;
    ImportPlan* m_plan;
    Id m_nextOperator = 1, m_nextSource = 1;
    QHash<QString, Id> m_addedOperators, m_addedSources;
};

// `prefix` maps the fields of a row the import adds along (a source's "url", "title") to the
// file's columns for them ("source_url", "source_title").
void addErrors(ImportPlan* plan, int row, const FieldErrors& errors, const ColumnMap& columns, const char* prefix = nullptr)
{
    for (const FieldError& e : errors) {
        const QByteArray field = prefix ? QByteArray(prefix) + '_' + e.field.toLatin1() : e.field.toLatin1();
        plan->issues.append({row, columns.column(field.constData()), e.message});
    }
}

} // namespace

QString ImportPlan::summary() const
{
    if (!issues.isEmpty())
        return tr("%1 %2 in %3 rows; nothing is imported until %4 fixed.")
            .arg(issues.size())
            .arg(issues.size() == 1 ? tr("problem") : tr("problems"))
            .arg(records)
            .arg(issues.size() == 1 ? tr("it is") : tr("they are"));
    QStringList parts;
    parts << tr("%1 new").arg(added);
    if (updated)
        parts << tr("%1 updated").arg(updated);
    if (operatorsAdded)
        parts << tr("%1 new operator(s)").arg(operatorsAdded);
    if (sourcesAdded)
        parts << tr("%1 new source(s)").arg(sourcesAdded);
    QString text = parts.join(QStringLiteral(", "));
    if (!ignoredColumns.isEmpty())
        text += tr("; columns not read: %1").arg(ignoredColumns.join(QStringLiteral(", ")));
    return text;
}

ImportPlan planSiteImport(const Dataset& data, const RecordTable& table)
{
    const QVector<Record>& records = table.records;
    ImportPlan plan;
    plan.records = int(records.size());
    plan.changes = ChangeSet(QStringLiteral("Import sites"));
    const ColumnMap columns(siteColumns(), table);
    plan.ignoredColumns = columns.ignored();
    for (const char* required : {"name", "lon", "lat"}) {
        if (!columns.has(required)) {
            plan.issues.append({1, QLatin1String(required),
                                tr("The file has no \"%1\" column; sites need a name, a lon(gitude) and "
                                   "a lat(itude).")
                                    .arg(QLatin1String(required))});
        }
    }
    if (!plan.issues.isEmpty())
        return plan;

    References references(data, &plan);
    // Column indices once, not per row: an import may have 100,000 rows.
    const int name = columns.index("name"), parties = columns.index("parties"), city = columns.index("city"),
              region = columns.index("region"), country = columns.index("country"), note = columns.index("note"),
              lon = columns.index("lon"), lat = columns.index("lat"), planned = columns.index("planned_mw"),
              precision = columns.index("location_precision"), status = columns.index("status"),
              operatorName = columns.index("operator"), sourceTitle = columns.index("source_title"),
              sourceUrl = columns.index("source_url");
    QHash<QString, int> seen; // name → the row it was first seen on
    seen.reserve(records.size());
    plan.changeRows.reserve(records.size());
    for (const Record& record : records) {
        const auto get = [&record](int column) { return record.at(column).trimmed(); };
        const QString siteName = get(name);
        const Site* existing = data.siteByName(siteName);
        Site site = existing ? *existing : Site();
        if (!existing)
            site.country = QString();
        site.name = siteName;
        for (const auto& [column, into] : {std::pair{parties, &site.parties}, {city, &site.city},
                                          {region, &site.region}, {country, &site.country}, {note, &site.note}}) {
            if (column >= 0)
                *into = get(column);
        }
        for (const auto& [column, field] : {std::pair{lon, "lon"}, {lat, "lat"}}) {
            const QString value = get(column);
            bool bad = false;
            const std::optional<double> parsed = number(value, &bad);
            if (bad)
                plan.issues.append({record.row, columns.column(field), notANumber(value)});
            else if (!parsed)
                plan.issues.append({record.row, columns.column(field), tr("A site needs a position; this is empty.")});
            else
                (column == lon ? site.lon : site.lat) = *parsed;
        }
        if (planned >= 0) {
            const QString value = get(planned);
            bool bad = false;
            site.plannedMw = number(value, &bad);
            if (bad)
                plan.issues.append({record.row, columns.column("planned_mw"), notANumber(value)});
        }
        if (precision >= 0) {
            const QString value = get(precision);
            if (value.isEmpty())
                site.precision = LocationPrecision::Exact;
            else if (const auto parsed = locationPrecisionFromKey(value))
                site.precision = *parsed;
            else
                plan.issues.append({record.row, columns.column("location_precision"),
                                    tr("\"%1\" is not a precision: use exact or approximate.").arg(value)});
        }
        if (status >= 0) {
            const QString value = get(status);
            if (value.isEmpty())
                site.status = SiteStatus::Announced;
            else if (const auto parsed = siteStatusFromKey(value))
                site.status = *parsed;
            else
                plan.issues.append({record.row, columns.column("status"),
                                    tr("\"%1\" is not a status: use %2.").arg(value, siteStatusKeys().join(QStringLiteral(", ")))});
        }
        if (!siteName.isEmpty()) {
            const int firstRow = seen.value(siteName, 0);
            if (firstRow)
                plan.issues.append({record.row, columns.column("name"),
                                    tr("\"%1\" is also on row %2; a site can be in the file once.").arg(siteName).arg(firstRow)});
            else
                seen.insert(siteName, record.row);
        }
        addErrors(&plan, record.row, validate(site), columns);
        if (!plan.issues.isEmpty())
            continue; // keep looking for problems, but build nothing more
        if (sourceTitle >= 0 || sourceUrl >= 0) {
            FieldError problem;
            site.sourceId = references.source(get(sourceTitle), get(sourceUrl), &problem);
            if (site.sourceId < 0) {
                addErrors(&plan, record.row, {problem}, columns, "source");
                continue;
            }
        }
        if (operatorName >= 0)
            site.operatorId = references.operatorNamed(get(operatorName));
        plan.changes.upsert(std::move(site));
        plan.changeRows.append(record.row);
        ++(existing ? plan.updated : plan.added);
    }
    if (!plan.issues.isEmpty()) {
        plan.changes = ChangeSet(plan.changes.description());
        plan.changeRows.clear();
    }
    return plan;
}

ImportPlan planLinkImport(const Dataset& data, const RecordTable& table)
{
    const QVector<Record>& records = table.records;
    ImportPlan plan;
    plan.records = int(records.size());
    plan.changes = ChangeSet(QStringLiteral("Import links"));
    const ColumnMap columns(linkColumns(), table);
    plan.ignoredColumns = columns.ignored();
    for (const char* required : {"site_a", "site_b"}) {
        if (!columns.has(required))
            plan.issues.append({1, QLatin1String(required),
                                tr("The file has no \"%1\" column; links name the sites at both ends.")
                                    .arg(QLatin1String(required))});
    }
    if (!plan.issues.isEmpty())
        return plan;
    References references(data, &plan);
    for (const Record& record : records) {
        FiberLink link;
        for (const char* end : {"site_a", "site_b"}) {
            const QString name = columns.value(record, end);
            const Site* site = data.siteByName(name);
            if (!site)
                plan.issues.append({record.row, columns.column(end),
                                    name.isEmpty() ? tr("Name the site at this end.")
                                                   : tr("There is no site named \"%1\"; import the sites first.").arg(name)});
            else
                (end == std::string_view("site_a") ? link.siteA : link.siteB) = site->id;
        }
        link.carrier = columns.value(record, "carrier");
        link.note = columns.value(record, "note");
        bool bad = false;
        const QString capacity = columns.value(record, "capacity_tbps");
        link.capacityTbps = number(capacity, &bad);
        if (bad)
            plan.issues.append({record.row, columns.column("capacity_tbps"), notANumber(capacity)});
        const QString status = columns.value(record, "status");
        if (!status.isEmpty()) {
            if (const auto s = linkStatusFromKey(status))
                link.status = *s;
            else
                plan.issues.append({record.row, columns.column("status"),
                                    tr("\"%1\" is not a status: use %2.").arg(status, linkStatusKeys().join(QStringLiteral(", ")))});
        }
        const QString date = columns.value(record, "active_date");
        if (!date.isEmpty()) {
            link.activeDate = QDate::fromString(date, Qt::ISODate);
            if (!link.activeDate.isValid())
                plan.issues.append({record.row, columns.column("active_date"),
                                    tr("\"%1\" is not a date; write it YYYY-MM-DD.").arg(date)});
        }
        if (link.siteA && link.siteB)
            addErrors(&plan, record.row, validate(link), columns);
        if (!plan.issues.isEmpty())
            continue;
        if (columns.has("source_title") || columns.has("source_url")) {
            FieldError problem;
            link.sourceId = references.source(columns.value(record, "source_title"), columns.value(record, "source_url"), &problem);
            if (link.sourceId < 0) {
                addErrors(&plan, record.row, {problem}, columns, "source");
                continue;
            }
        }
        plan.changes.upsert(link);
        plan.changeRows.append(record.row);
        ++plan.added;
    }
    if (!plan.issues.isEmpty()) {
        plan.changes = ChangeSet(plan.changes.description());
        plan.changeRows.clear();
    }
    return plan;
}

} // namespace atlas::io
