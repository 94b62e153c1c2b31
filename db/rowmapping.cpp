// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/rowmapping.h"

#include "core/domain/enumtext.h"
#include "db/geopackagegeometry.h"

#include <vector>

namespace atlas::db {
namespace {

// Writes values in column order; each writeValues() lists its fields as the columns go.
class Writer
{
public:
    explicit Writer(ValueSink& out) : m_out(out) {}
    Writer& text(const QString& value) // NULL for empty text, as other tools expect ("no note")
    {
        if (value.isEmpty())
            m_out.null();
        else
            m_out.text(value);
        return *this;
    }
    Writer& exactText(const QString& value) // as it is: empty stays empty, null is NULL
    {
        m_out.text(value);
        return *this;
    }
    Writer& ref(Id id) // NULL for "none"
    {
        if (id == 0)
            m_out.null();
        else
            m_out.integer(id);
        return *this;
    }
    Writer& integer(qint64 value)
    {
        m_out.integer(value);
        return *this;
    }
    Writer& number(double value)
    {
        m_out.real(value);
        return *this;
    }
    template <typename T>
    Writer& optional(const std::optional<T>& value)
    {
        if (!value)
            m_out.null();
        else if constexpr (std::is_floating_point_v<T>)
            m_out.real(*value);
        else
            m_out.integer(*value);
        return *this;
    }
    Writer& date(const QDate& value)
    {
        if (value.isValid())
            m_out.text(value.toString(Qt::ISODate));
        else
            m_out.null();
        return *this;
    }
    Writer& blob(const QByteArray& value)
    {
        m_out.blob(value);
        return *this;
    }
    Writer& nothing()
    {
        m_out.null();
        return *this;
    }

private:
    ValueSink& m_out;
};

// Reads the values in order, so each fromValues() lists its fields as the columns go.
class Reader
{
public:
    explicit Reader(const QVariantList& values) : m_values(values) {}
    Id id() { return next().toLongLong(); }
    QString text() { return next().toString(); }
    double number() { return next().toDouble(); }
    int integer() { return next().toInt(); }
    std::optional<double> optionalNumber()
    {
        const QVariant v = next();
        return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
    }
    std::optional<qint64> optionalInteger()
    {
        const QVariant v = next();
        return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    }
    std::optional<int> optionalYear()
    {
        const QVariant v = next();
        return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
    }
    QDate date() { return QDate::fromString(next().toString(), Qt::ISODate); }
    void skip() { next(); }

private:
    QVariant next() { return m_at < m_values.size() ? m_values[m_at++] : QVariant(); }
    const QVariantList& m_values;
    qsizetype m_at = 0;
};

// One entity's column: its name, how a row writes its value(s), how a row reads it back. Each
// entity's columns are one list below, so the column order, the values written and the
// values read cannot drift apart.
template <typename T>
struct Column
{
    const char* name;
    void (*write)(const T&, Writer&);
    void (*read)(Reader&, T*);
};

template <typename>
struct MemberOf;
template <typename C, typename V>
struct MemberOf<V C::*>
{
    using Class = C;
    using Value = V;
};
template <auto M>
using ClassOf = typename MemberOf<decltype(M)>::Class;
template <auto M>
using ValueOf = typename MemberOf<decltype(M)>::Value;

// Text: empty is written NULL ("no note").
template <auto M>
Column<ClassOf<M>> text(const char* name)
{
    return {name, [](const ClassOf<M>& r, Writer& w) { w.text(r.*M); },
            [](Reader& in, ClassOf<M>* r) { r->*M = in.text(); }};
}
// Text written as it is (names, keys: empty stays empty).
template <auto M>
Column<ClassOf<M>> exactText(const char* name)
{
    return {name, [](const ClassOf<M>& r, Writer& w) { w.exactText(r.*M); },
            [](Reader& in, ClassOf<M>* r) { r->*M = in.text(); }};
}
// A reference to another row: 0 ("none") is NULL.
template <auto M>
Column<ClassOf<M>> ref(const char* name)
{
    return {name, [](const ClassOf<M>& r, Writer& w) { w.ref(r.*M); },
            [](Reader& in, ClassOf<M>* r) { r->*M = in.id(); }};
}
// A reference that is never none (a phase's site, a link's ends).
template <auto M>
Column<ClassOf<M>> owner(const char* name)
{
    return {name, [](const ClassOf<M>& r, Writer& w) { w.integer(r.*M); },
            [](Reader& in, ClassOf<M>* r) { r->*M = in.id(); }};
}
template <auto M>
Column<ClassOf<M>> number(const char* name)
{
    return {name, [](const ClassOf<M>& r, Writer& w) { w.number(r.*M); },
            [](Reader& in, ClassOf<M>* r) { r->*M = in.number(); }};
}
// An optional number: none is NULL.
template <auto M>
Column<ClassOf<M>> optional(const char* name)
{
    return {name, [](const ClassOf<M>& r, Writer& w) { w.optional(r.*M); },
            [](Reader& in, ClassOf<M>* r) {
                using Wrapped = typename ValueOf<M>::value_type;
                if constexpr (std::is_floating_point_v<Wrapped>)
                    r->*M = in.optionalNumber();
                else if constexpr (std::is_same_v<Wrapped, int>)
                    r->*M = in.optionalYear();
                else
                    r->*M = in.optionalInteger();
            }};
}
template <auto M>
Column<ClassOf<M>> date(const char* name)
{
    return {name, [](const ClassOf<M>& r, Writer& w) { w.date(r.*M); },
            [](Reader& in, ClassOf<M>* r) { r->*M = in.date(); }};
}
// A flag, as 0 or 1.
template <auto M>
Column<ClassOf<M>> flag(const char* name)
{
    return {name, [](const ClassOf<M>& r, Writer& w) { w.integer(r.*M ? 1 : 0); },
            [](Reader& in, ClassOf<M>* r) { r->*M = in.integer() != 0; }};
}
// Where an imported row came from: dataset, key, fingerprint; all NULL when none.
template <typename T>
void addOrigin(std::vector<Column<T>>* columns)
{
    columns->push_back({"origin_dataset",
                        [](const T& r, Writer& w) {
                            r.origin.isEmpty() ? w.nothing() : w.exactText(r.origin.dataset);
                        },
                        [](Reader& in, T* r) { r->origin.dataset = in.text(); }});
    columns->push_back({"origin_key",
                        [](const T& r, Writer& w) {
                            r.origin.isEmpty() ? w.nothing() : w.exactText(r.origin.key);
                        },
                        [](Reader& in, T* r) { r->origin.key = in.text(); }});
    columns->push_back({"origin_fingerprint",
                        [](const T& r, Writer& w) {
                            r.origin.isEmpty() ? w.nothing() : w.text(r.origin.fingerprint);
                        },
                        [](Reader& in, T* r) { r->origin.fingerprint = in.text(); }});
}

template <typename T>
const std::vector<Column<T>>& columnsOf();

template <>
const std::vector<Column<Source>>& columnsOf()
{
    static const std::vector<Column<Source>> columns = {
        exactText<&Source::title>("title"), text<&Source::url>("url"),
        text<&Source::publisher>("publisher"), text<&Source::published>("published"),
        text<&Source::note>("note")};
    return columns;
}

template <>
const std::vector<Column<Operator>>& columnsOf()
{
    static const std::vector<Column<Operator>> columns = {
        exactText<&Operator::name>("name"), text<&Operator::color>("color"),
        text<&Operator::note>("note")};
    return columns;
}

template <>
const std::vector<Column<GpuModel>>& columnsOf()
{
    static const std::vector<Column<GpuModel>> columns = {
        exactText<&GpuModel::name>("name"),
        {"year", // 0 is "not known": NULL
         [](const GpuModel& r, Writer& w) {
             w.optional(r.year == 0 ? std::nullopt : std::optional<qint64>(r.year));
         },
         [](Reader& in, GpuModel* r) { r->year = in.integer(); }},
        number<&GpuModel::tdpW>("tdp_w"),
        number<&GpuModel::overhead>("overhead"),
        optional<&GpuModel::bf16Tflops>("bf16_tflops"),
        optional<&GpuModel::fp8Tflops>("fp8_tflops"),
        optional<&GpuModel::hbmGb>("hbm_gb"),
        optional<&GpuModel::unitPriceUsd>("unit_price_usd"),
        optional<&GpuModel::systemPriceUsd>("system_price_usd"),
        text<&GpuModel::system>("system"),
        text<&GpuModel::note>("note"),
        ref<&GpuModel::sourceId>("source_id")};
    return columns;
}

template <>
const std::vector<Column<Site>>& columnsOf()
{
    static const std::vector<Column<Site>> columns = [] {
        std::vector<Column<Site>> c = {
            // A site not yet placed has no geometry (GDAL reads it as an empty feature). Read
            // back, the blob is skipped: lon and lat are the source of truth, it follows them.
            {"geom",
             [](const Site& r, Writer& w) {
                 r.hasLocation() ? w.blob(encodePoint({r.lon, r.lat})) : w.nothing();
             },
             [](Reader& in, Site*) { in.skip(); }},
            exactText<&Site::name>("name"),
            ref<&Site::operatorId>("operator_id"),
            text<&Site::parties>("parties"),
            text<&Site::city>("city"),
            text<&Site::region>("region"),
            text<&Site::country>("country"),
            text<&Site::address>("address"),
            {"lon", [](const Site& r, Writer& w) { r.hasLocation() ? w.number(r.lon) : w.nothing(); },
             [](Reader& in, Site* r) { r->lon = in.number(); }},
            {"lat", [](const Site& r, Writer& w) { r.hasLocation() ? w.number(r.lat) : w.nothing(); },
             [](Reader& in, Site* r) { r->lat = in.number(); }},
            {"location_precision", [](const Site& r, Writer& w) { w.exactText(toKey(r.precision)); },
             [](Reader& in, Site* r) {
                 r->precision = locationPrecisionFromKey(in.text()).value_or(LocationPrecision::Approximate);
             }},
            text<&Site::locationNote>("location_note"),
            {"status", [](const Site& r, Writer& w) { w.exactText(toKey(r.status)); },
             [](Reader& in, Site* r) {
                 r->status = siteStatusFromKey(in.text()).value_or(SiteStatus::Announced);
             }},
            optional<&Site::plannedMw>("planned_mw"),
            text<&Site::note>("note"),
            ref<&Site::sourceId>("source_id")};
        addOrigin(&c);
        return c;
    }();
    return columns;
}

template <>
const std::vector<Column<SitePhase>>& columnsOf()
{
    static const std::vector<Column<SitePhase>> columns = [] {
        std::vector<Column<SitePhase>> c = {
            owner<&SitePhase::siteId>("site_id"),
            date<&SitePhase::onlineDate>("online_date"),
            {"date_precision", [](const SitePhase& r, Writer& w) { w.exactText(toKey(r.datePrecision)); },
             [](Reader& in, SitePhase* r) {
                 r->datePrecision = datePrecisionFromKey(in.text()).value_or(DatePrecision::Day);
             }},
            optional<&SitePhase::itMw>("it_mw"),
            optional<&SitePhase::facilityMw>("facility_mw"),
            optional<&SitePhase::h100e>("h100e"),
            optional<&SitePhase::buildingsOperational>("buildings_operational"),
            optional<&SitePhase::capexUsd>("capex_usd"),
            flag<&SitePhase::estimate>("estimate"),
            flag<&SitePhase::projected>("projected"),
            text<&SitePhase::note>("note"),
            ref<&SitePhase::sourceId>("source_id")};
        addOrigin(&c);
        return c;
    }();
    return columns;
}

template <>
const std::vector<Column<FiberLink>>& columnsOf()
{
    // `geom` is written separately: it needs the two ends' places.
    static const std::vector<Column<FiberLink>> columns = {
        owner<&FiberLink::siteA>("site_a"),
        owner<&FiberLink::siteB>("site_b"),
        text<&FiberLink::carrier>("carrier"),
        optional<&FiberLink::capacityTbps>("capacity_tbps"),
        {"status", [](const FiberLink& r, Writer& w) { w.exactText(toKey(r.status)); },
         [](Reader& in, FiberLink* r) { r->status = linkStatusFromKey(in.text()).value_or(LinkStatus::Planned); }},
        date<&FiberLink::activeDate>("active_date"),
        text<&FiberLink::note>("note"),
        ref<&FiberLink::sourceId>("source_id")};
    return columns;
}

template <>
const std::vector<Column<Claim>>& columnsOf()
{
    static const std::vector<Column<Claim>> columns = {
        exactText<&Claim::metric>("metric"),
        text<&Claim::label>("label"),
        text<&Claim::subject>("subject"),
        optional<&Claim::year>("year"),
        number<&Claim::low>("low"),
        number<&Claim::high>("high"),
        {"unit", // never NULL: "" is a count
         [](const Claim& r, Writer& w) { w.exactText(r.unit.isNull() ? QStringLiteral("") : r.unit); },
         [](Reader& in, Claim* r) { r->unit = in.text(); }},
        text<&Claim::quote>("quote"),
        text<&Claim::speaker>("speaker"),
        date<&Claim::saidOn>("said_on"),
        ref<&Claim::sourceId>("source_id")};
    return columns;
}

template <>
const std::vector<Column<ScenarioRecord>>& columnsOf()
{
    static const std::vector<Column<ScenarioRecord>> columns = {
        exactText<&ScenarioRecord::name>("name"),
        {"params", // never empty: "{}" is the defaults
         [](const ScenarioRecord& r, Writer& w) {
             w.exactText(r.paramsJson.isEmpty() ? QStringLiteral("{}") : r.paramsJson);
         },
         [](Reader& in, ScenarioRecord* r) { r->paramsJson = in.text(); }},
        text<&ScenarioRecord::note>("note")};
    return columns;
}

template <typename T>
TableInfo infoOf(const char* table, const char* idColumn)
{
    QStringList names;
    for (const Column<T>& column : columnsOf<T>())
        names << QLatin1String(column.name);
    return {table, idColumn, names};
}

template <typename T>
void writeAll(const T& row, ValueSink& out)
{
    Writer w(out);
    for (const Column<T>& column : columnsOf<T>())
        column.write(row, w);
}

template <typename T>
void readAll(const QVariantList& values, T* row)
{
    Reader in(values);
    row->id = in.id();
    for (const Column<T>& column : columnsOf<T>())
        column.read(in, row);
}

} // namespace

#define ATLAS_ROW_MAPPING(Type, table, idColumn)                                                  \
    const TableInfo& tableInfo(Tag<Type>)                                                      \
    {                                                                                          \
        static const TableInfo info = infoOf<Type>(table, idColumn);                           \
        return info;                                                                           \
    }                                                                                          \
    void writeValues(const Type& row, ValueSink& out) { writeAll(row, out); }                  \
    void fromValues(const QVariantList& values, Type* row) { readAll(values, row); }

ATLAS_ROW_MAPPING(Source, "sources", "id")
ATLAS_ROW_MAPPING(Operator, "operators", "id")
ATLAS_ROW_MAPPING(GpuModel, "gpu_models", "id")
ATLAS_ROW_MAPPING(Site, "sites", "fid")
ATLAS_ROW_MAPPING(SitePhase, "site_phases", "id")
ATLAS_ROW_MAPPING(FiberLink, "fiber_links", "fid")
ATLAS_ROW_MAPPING(Claim, "claims", "id")
ATLAS_ROW_MAPPING(ScenarioRecord, "scenarios", "id")

#undef ATLAS_ROW_MAPPING

} // namespace atlas::db
