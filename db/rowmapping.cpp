// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowmapping.h"

#include "domain/enumtext.h"
#include "geopackagegeometry.h"

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
    Writer& origin(const ImportOrigin& value) // dataset, key, fingerprint; all NULL when none
    {
        if (value.isEmpty())
            return nothing().nothing().nothing();
        return exactText(value.dataset).exactText(value.key).text(value.fingerprint);
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
    ImportOrigin origin()
    {
        ImportOrigin o;
        o.dataset = text();
        o.key = text();
        o.fingerprint = text();
        return o;
    }
    void skip() { next(); }

private:
    QVariant next() { return m_at < m_values.size() ? m_values[m_at++] : QVariant(); }
    const QVariantList& m_values;
    qsizetype m_at = 0;
};

} // namespace

const TableInfo& tableInfo(Tag<Source>)
{
    static const TableInfo info{"sources", "id", {"title", "url", "publisher", "published", "note"}};
    return info;
}
void writeValues(const Source& r, ValueSink& out)
{
    Writer(out).exactText(r.title).text(r.url).text(r.publisher).text(r.published).text(r.note);
}
void fromValues(const QVariantList& v, Source* r)
{
    Reader in(v);
    r->id = in.id();
    r->title = in.text();
    r->url = in.text();
    r->publisher = in.text();
    r->published = in.text();
    r->note = in.text();
}

const TableInfo& tableInfo(Tag<Operator>)
{
    static const TableInfo info{"operators", "id", {"name", "color", "note"}};
    return info;
}
void writeValues(const Operator& r, ValueSink& out)
{
    Writer(out).exactText(r.name).text(r.color).text(r.note);
}
void fromValues(const QVariantList& v, Operator* r)
{
    Reader in(v);
    r->id = in.id();
    r->name = in.text();
    r->color = in.text();
    r->note = in.text();
}

const TableInfo& tableInfo(Tag<GpuModel>)
{
    static const TableInfo info{"gpu_models",
                                "id",
                                {"name", "year", "tdp_w", "overhead", "bf16_tflops", "fp8_tflops",
                                 "hbm_gb", "unit_price_usd", "system_price_usd", "system", "note",
                                 "source_id"}};
    return info;
}
void writeValues(const GpuModel& r, ValueSink& out)
{
    Writer(out)
        .exactText(r.name)
        .optional(r.year == 0 ? std::nullopt : std::optional<qint64>(r.year))
        .number(r.tdpW)
        .number(r.overhead)
        .optional(r.bf16Tflops)
        .optional(r.fp8Tflops)
        .optional(r.hbmGb)
        .optional(r.unitPriceUsd)
        .optional(r.systemPriceUsd)
        .text(r.system)
        .text(r.note)
        .ref(r.sourceId);
}
void fromValues(const QVariantList& v, GpuModel* r)
{
    Reader in(v);
    r->id = in.id();
    r->name = in.text();
    r->year = in.integer();
    r->tdpW = in.number();
    r->overhead = in.number();
    r->bf16Tflops = in.optionalNumber();
    r->fp8Tflops = in.optionalNumber();
    r->hbmGb = in.optionalNumber();
    r->unitPriceUsd = in.optionalNumber();
    r->systemPriceUsd = in.optionalNumber();
    r->system = in.text();
    r->note = in.text();
    r->sourceId = in.id();
}

const TableInfo& tableInfo(Tag<Site>)
{
    static const TableInfo info{"sites",
                                "fid",
                                {"geom", "name", "operator_id", "parties", "city", "region",
                                 "country", "address", "lon", "lat", "location_precision",
                                 "location_note", "status", "planned_mw", "note", "source_id",
                                 "origin_dataset", "origin_key", "origin_fingerprint"}};
    return info;
}
void writeValues(const Site& r, ValueSink& out)
{
    Writer w(out);
    if (r.hasLocation())
        w.blob(encodePoint({r.lon, r.lat}));
    else
        out.null(); // a site not yet placed has no geometry (GDAL reads it as an empty feature)
    w.exactText(r.name)
        .ref(r.operatorId)
        .text(r.parties)
        .text(r.city)
        .text(r.region)
        .text(r.country)
        .text(r.address);
    if (r.hasLocation())
        w.number(r.lon).number(r.lat);
    else
        w.nothing().nothing();
    w.exactText(toKey(r.precision))
        .text(r.locationNote)
        .exactText(toKey(r.status))
        .optional(r.plannedMw)
        .text(r.note)
        .ref(r.sourceId)
        .origin(r.origin);
}
void fromValues(const QVariantList& v, Site* r)
{
    Reader in(v);
    r->id = in.id();
    in.skip(); // geom: lon and lat are the source of truth, the blob follows them
    r->name = in.text();
    r->operatorId = in.id();
    r->parties = in.text();
    r->city = in.text();
    r->region = in.text();
    r->country = in.text();
    r->address = in.text();
    r->lon = in.number();
    r->lat = in.number();
    r->precision = locationPrecisionFromKey(in.text()).value_or(LocationPrecision::Approximate);
    r->locationNote = in.text();
    r->status = siteStatusFromKey(in.text()).value_or(SiteStatus::Announced);
    r->plannedMw = in.optionalNumber();
    r->note = in.text();
    r->sourceId = in.id();
    r->origin = in.origin();
}

const TableInfo& tableInfo(Tag<SitePhase>)
{
    static const TableInfo info{"site_phases",
                                "id",
                                {"site_id", "online_date", "date_precision", "it_mw", "facility_mw",
                                 "h100e", "buildings_operational", "capex_usd", "estimate",
                                 "projected", "note", "source_id", "origin_dataset", "origin_key",
                                 "origin_fingerprint"}};
    return info;
}
void writeValues(const SitePhase& r, ValueSink& out)
{
    Writer(out)
        .integer(r.siteId)
        .date(r.onlineDate)
        .exactText(toKey(r.datePrecision))
        .optional(r.itMw)
        .optional(r.facilityMw)
        .optional(r.h100e)
        .optional(r.buildingsOperational)
        .optional(r.capexUsd)
        .integer(r.estimate ? 1 : 0)
        .integer(r.projected ? 1 : 0)
        .text(r.note)
        .ref(r.sourceId)
        .origin(r.origin);
}
void fromValues(const QVariantList& v, SitePhase* r)
{
    Reader in(v);
    r->id = in.id();
    r->siteId = in.id();
    r->onlineDate = in.date();
    r->datePrecision = datePrecisionFromKey(in.text()).value_or(DatePrecision::Day);
    r->itMw = in.optionalNumber();
    r->facilityMw = in.optionalNumber();
    r->h100e = in.optionalNumber();
    r->buildingsOperational = in.optionalNumber();
    r->capexUsd = in.optionalNumber();
    r->estimate = in.integer() != 0;
    r->projected = in.integer() != 0;
    r->note = in.text();
    r->sourceId = in.id();
    r->origin = in.origin();
}

const TableInfo& tableInfo(Tag<FiberLink>)
{
    static const TableInfo info{"fiber_links",
                                "fid",
                                {"site_a", "site_b", "carrier", "capacity_tbps", "status",
                                 "active_date", "note", "source_id"}};
    return info;
}
void writeValues(const FiberLink& r, ValueSink& out)
{
    Writer(out)
        .integer(r.siteA)
        .integer(r.siteB)
        .text(r.carrier)
        .optional(r.capacityTbps)
        .exactText(toKey(r.status))
        .date(r.activeDate)
        .text(r.note)
        .ref(r.sourceId);
}
void fromValues(const QVariantList& v, FiberLink* r)
{
    Reader in(v);
    r->id = in.id();
    r->siteA = in.id();
    r->siteB = in.id();
    r->carrier = in.text();
    r->capacityTbps = in.optionalNumber();
    r->status = linkStatusFromKey(in.text()).value_or(LinkStatus::Planned);
    r->activeDate = in.date();
    r->note = in.text();
    r->sourceId = in.id();
}

const TableInfo& tableInfo(Tag<Claim>)
{
    static const TableInfo info{"claims",
                                "id",
                                {"metric", "label", "subject", "year", "low", "high", "unit",
                                 "quote", "speaker", "said_on", "source_id"}};
    return info;
}
void writeValues(const Claim& r, ValueSink& out)
{
    Writer(out)
        .exactText(r.metric)
        .text(r.label)
        .text(r.subject)
        .optional(r.year)
        .number(r.low)
        .number(r.high)
        .exactText(r.unit.isNull() ? QStringLiteral("") : r.unit)
        .text(r.quote)
        .text(r.speaker)
        .date(r.saidOn)
        .ref(r.sourceId);
}
void fromValues(const QVariantList& v, Claim* r)
{
    Reader in(v);
    r->id = in.id();
    r->metric = in.text();
    r->label = in.text();
    r->subject = in.text();
    r->year = in.optionalYear();
    r->low = in.number();
    r->high = in.number();
    r->unit = in.text();
    r->quote = in.text();
    r->speaker = in.text();
    r->saidOn = in.date();
    r->sourceId = in.id();
}

const TableInfo& tableInfo(Tag<ScenarioRecord>)
{
    static const TableInfo info{"scenarios", "id", {"name", "params", "note"}};
    return info;
}
void writeValues(const ScenarioRecord& r, ValueSink& out)
{
    Writer(out).exactText(r.name).exactText(r.paramsJson.isEmpty() ? QStringLiteral("{}") : r.paramsJson).text(r.note);
}
void fromValues(const QVariantList& v, ScenarioRecord* r)
{
    Reader in(v);
    r->id = in.id();
    r->name = in.text();
    r->paramsJson = in.text();
    r->note = in.text();
}

} // namespace atlas::db
