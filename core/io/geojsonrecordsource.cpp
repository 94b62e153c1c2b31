// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/recordsources.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <istream>
#include <nlohmann/json.hpp>
#include <streambuf>
#include <vector>

namespace atlas::io {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::Records)
};

// The device as a std::streambuf, read in chunks, counting what it has read. It ends the
// stream early when the parser has read more than kMaxValueBytes since the handler last heard
// of a value (`lastValueAt`): nlohmann/json holds a string or number whole, so one endless
// value would take memory without end.
class DeviceBuffer final : public std::streambuf
{
public:
    DeviceBuffer(QIODevice* device, qint64* bytesRead, const qint64* lastValueAt)
        : m_device(device), m_bytesRead(bytesRead), m_lastValueAt(lastValueAt)
    {}
    bool endedAValue() const { return m_endedAValue; }

protected:
    int_type underflow() override
    {
        if (gptr() < egptr())
            return traits_type::to_int_type(*gptr());
        if (*m_bytesRead - *m_lastValueAt > kMaxValueBytes) {
            m_endedAValue = true;
            return traits_type::eof();
        }
        const qint64 n = m_device->read(m_chunk.data(), qint64(m_chunk.size()));
        if (n <= 0)
            return traits_type::eof();
        *m_bytesRead += n;
        setg(m_chunk.data(), m_chunk.data(), m_chunk.data() + n);
        return traits_type::to_int_type(*gptr());
    }

private:
    QIODevice* m_device;
    qint64* m_bytesRead;
    const qint64* m_lastValueAt;
    bool m_endedAValue = false;
    std::vector<char> m_chunk = std::vector<char>(256 * 1024);
};

} // namespace

// GeoJSON nests a few levels (a polygon's rings: five); a file nested deeper is not one,
// and following it would take memory in proportion to its size.
constexpr std::size_t kMaxDepth = 64;

// Follows the parser through the document: the root, its "features", each feature's
// "properties" and "geometry". What else a file holds (nested property values, foreign
// members) is passed over. A record is handed on as soon as its feature's object closes.
class GeoJsonHandler final : public nlohmann::json_sax<nlohmann::json>
{
public:
    GeoJsonHandler(GeoJsonRecordSource& source, const RecordSource::Visit& visit)
        : m_source(source), m_visit(visit)
    {}

    bool stopped() const { return m_stopped; }
    bool failed() const { return m_failed; }
    QString rootType() const { return m_rootType; }

    bool null() override { return scalar(QString()); }
    bool boolean(bool value) override
    {
        return scalar(value ? QStringLiteral("true") : QStringLiteral("false"));
    }
    bool number_integer(number_integer_t value) override { return scalar(QString::number(value)); }
    bool number_unsigned(number_unsigned_t value) override
    {
        return scalar(QString::number(value));
    }
    // Numbers keep the text the file gives them: 12345678901234567890 stays itself.
    bool number_float(number_float_t, const string_t& text) override
    {
        return scalar(QString::fromStdString(text));
    }
    bool string(string_t& value) override { return scalar(QString::fromStdString(value)); }
    bool binary(binary_t&) override { return true; }

    bool key(string_t& name) override
    {
        heard();
        m_stack.back().key = QString::fromStdString(name);
        return true;
    }

    bool start_object(std::size_t) override
    {
        heard();
        if (m_stack.size() >= kMaxDepth)
            return tooDeep();
        if (m_stack.empty()) {
            m_stack.push_back({Context::Root, {}});
            startFeature(0);
            return true;
        }
        const Frame& top = m_stack.back();
        Context next = Context::Skip;
        if (top.context == Context::Features) {
            next = Context::Feature;
            startFeature(m_featureCount + 1);
        } else if (isFeature(top.context) && top.key == QLatin1String("properties")) {
            next = Context::Properties;
        } else if (isFeature(top.context) && top.key == QLatin1String("geometry")) {
            next = Context::Geometry;
            m_hasGeometry = true;
        } else if (top.context == Context::Root && top.key == QLatin1String("crs")) {
            next = Context::Crs;
        } else if (top.context == Context::Crs && top.key == QLatin1String("properties")) {
            next = Context::CrsProperties;
        } else if (top.context == Context::Properties) {
            if (!setProperty(top.key, QString())) // a nested value is not a column's text
                return false;
        }
        m_stack.push_back({next, {}});
        return true;
    }

    bool end_object() override
    {
        heard();
        const Context closed = m_stack.back().context;
        m_stack.pop_back();
        if (closed == Context::Feature) {
            ++m_featureCount;
            return finishFeature();
        }
        if (closed == Context::Root && m_rootType == QLatin1String("Feature")) {
            m_featureCount = 1;
            m_record.row = 1;
            return finishFeature();
        }
        return true;
    }

    bool start_array(std::size_t) override
    {
        heard();
        if (m_stack.empty())
            return fail(0, QString(), Text::tr("Not a GeoJSON FeatureCollection or Feature."));
        if (m_stack.size() >= kMaxDepth)
            return tooDeep();
        const Frame& top = m_stack.back();
        Context next = Context::Skip;
        if (top.context == Context::Root && top.key == QLatin1String("features"))
            next = Context::Features;
        else if (top.context == Context::Geometry && top.key == QLatin1String("coordinates"))
            next = Context::Coordinates;
        else if (top.context == Context::Coordinates)
            next = Context::Skip; // nested coordinates (lines): not needed
        else if (top.context == Context::Properties && !setProperty(top.key, QString()))
            return false;
        m_stack.push_back({next, {}});
        return true;
    }

    bool end_array() override
    {
        heard();
        m_stack.pop_back();
        return true;
    }

    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& e) override
    {
        return fail(0, QString(),
                    Text::tr("Not valid JSON at byte %1: %2")
                        .arg(position)
                        .arg(QString::fromUtf8(e.what())));
    }

private:
    enum class Context {
        Root,
        Features,
        Feature,
        Properties,
        Geometry,
        Coordinates,
        Crs,
        CrsProperties,
        Skip
    };
    struct Frame
    {
        Context context;
        QString key; // the member being read, in an object
    };
    static bool isFeature(Context c) { return c == Context::Feature || c == Context::Root; }
    bool tooDeep()
    {
        return fail(0, QString(),
                    Text::tr("The JSON is nested more than %1 levels deep; it is not GeoJSON.")
                        .arg(kMaxDepth));
    }

    bool fail(int row, const QString& column, const QString& message)
    {
        m_source.m_error = {row, column, message};
        m_failed = true;
        return false;
    }

    void startFeature(int row)
    {
        m_record = Record();
        m_record.row = row;
        m_type.clear();
        m_geometryType.clear();
        m_coordinates.clear();
        m_hasGeometry = false;
    }

    // The parser has handed on a value: the reading is not inside an endless one.
    void heard() { m_source.m_lastValueAt = m_source.m_bytesRead; }

    // The property's column, or -1 (and the reading fails) when it would be one too many.
    int column(const QString& name)
    {
        auto it = m_columnOf.find(name);
        if (it == m_columnOf.end()) {
            if (m_source.m_columns.size() >= kMaxColumns) {
                fail(
                    m_record.row, name,
                    Text::tr("The features have more than %1 different properties; an import reads "
                             "at most %1.")
                        .arg(kMaxColumns));
                return -1;
            }
            it = m_columnOf.insert(name, int(m_source.m_columns.size()));
            m_source.m_columns << name;
        }
        return *it;
    }

    bool setProperty(const QString& name, const QString& value)
    {
        const int c = column(name.toLower());
        if (c < 0)
            return false;
        if (m_record.values.size() <= c)
            m_record.values.resize(c + 1);
        m_record.values[c] = value.trimmed();
        return true;
    }

    bool scalar(const QString& text)
    {
        heard();
        if (m_stack.empty())
            return fail(0, QString(), Text::tr("Not a GeoJSON FeatureCollection or Feature."));
        Frame& top = m_stack.back();
        switch (top.context) {
        case Context::Properties:
            if (!setProperty(top.key, text))
                return false;
            break;
        case Context::Root:
            if (top.key == QLatin1String("type"))
                m_rootType = text;
            break;
        case Context::Feature:
            if (top.key == QLatin1String("type"))
                m_type = text;
            break;
        case Context::Geometry:
            if (top.key == QLatin1String("type"))
                m_geometryType = text;
            break;
        case Context::Coordinates:
            if (m_coordinates.size() < 3) // longitude, latitude and perhaps height; no more
                m_coordinates << text;
            break;
        case Context::CrsProperties:
            // QGIS writes "crs" for data that is not in longitude/latitude (RFC 7946 has none).
            if (top.key == QLatin1String("name") && !text.contains(QLatin1String("CRS84")) &&
                !text.endsWith(QLatin1String(":4326")))
                return fail(
                    0, QStringLiteral("crs"),
                    Text::tr("The coordinates are not longitude/latitude; export the layer as "
                             "EPSG:4326 (WGS 84)."));
            break;
        case Context::Features:
        case Context::Crs:
        case Context::Skip:
            break;
        }
        return true;
    }

    bool finishFeature()
    {
        const bool points = m_source.m_geometry == Geometry::Point;
        const QString wanted = points ? QStringLiteral("Point") : QStringLiteral("LineString");
        const bool none = !m_hasGeometry || m_geometryType.isEmpty();
        const bool accepted = none || m_geometryType == wanted ||
                              (!points && m_geometryType == QLatin1String("MultiLineString"));
        if (!accepted)
            return fail(m_record.row, QStringLiteral("geometry"),
                        Text::tr("Expected a %1 geometry, found %2.").arg(wanted, m_geometryType));
        if (points && !none) {
            if (m_coordinates.size() < 2)
                return fail(m_record.row, QStringLiteral("geometry"),
                            Text::tr("A point needs two numbers: [longitude, latitude]."));
            if (!setProperty(QStringLiteral("lon"), m_coordinates[0]) ||
                !setProperty(QStringLiteral("lat"), m_coordinates[1]))
                return false;
        }
        if (!m_visit(m_source.m_columns, m_record)) {
            m_stopped = true;
            return false;
        }
        return true;
    }

    GeoJsonRecordSource& m_source;
    const RecordSource::Visit& m_visit;
    std::vector<Frame> m_stack;
    QHash<QString, int> m_columnOf;
    Record m_record;
    QString m_rootType, m_type, m_geometryType;
    QStringList m_coordinates;
    bool m_hasGeometry = false;
    int m_featureCount = 0;
    bool m_stopped = false;
    bool m_failed = false;
};

GeoJsonRecordSource::GeoJsonRecordSource(QIODevice* device, Geometry geometry)
    : m_device(device), m_geometry(geometry)
{}

double GeoJsonRecordSource::progress() const
{
    const qint64 size = m_device->isSequential() ? 0 : m_device->size();
    return size > 0 ? std::min(1.0, double(m_bytesRead) / double(size)) : 0.0;
}

bool GeoJsonRecordSource::read(const Visit& visit)
{
    DeviceBuffer buffer(m_device, &m_bytesRead, &m_lastValueAt);
    std::istream in(&buffer);
    GeoJsonHandler handler(*this, visit);
    const bool parsed =
        nlohmann::json::sax_parse(in, &handler, nlohmann::json::input_format_t::json, true);
    if (handler.stopped())
        return true;
    if (buffer.endedAValue()) {
        m_error = {0, QString(),
                   Text::tr("More than %1 MB of the file without the end of a value: a string or "
                            "number that long (or that much blank space) is not GeoJSON data; an "
                            "import reads values of up to %1 MB.")
                       .arg(kMaxValueBytes / (1024 * 1024))};
        return false;
    }
    if (!parsed || handler.failed()) {
        if (!handler.failed())
            m_error = {0, QString(), Text::tr("The file is not valid JSON.")};
        return false;
    }
    if (handler.rootType() != QLatin1String("FeatureCollection") &&
        handler.rootType() != QLatin1String("Feature")) {
        m_error = {0, QString(), Text::tr("Not a GeoJSON FeatureCollection or Feature.")};
        return false;
    }
    return true;
}

} // namespace atlas::io
