// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/epochrelease.h"

#include "core/io/csv.h"
#include "core/io/ziparchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace atlas::io {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::EpochRelease)
};

// A release's files are a few hundred kilobytes; anything near this is not one.
constexpr qint64 kMaxFileBytes = 64 * 1000 * 1000;

enum class Role { DataCenters, Timelines, Chips, Unknown };

QString roleName(Role role)
{
    switch (role) {
    case Role::DataCenters:
        return Text::tr("data centers");
    case Role::Timelines:
        return Text::tr("timelines");
    case Role::Chips:
        return Text::tr("chip quantities");
    case Role::Unknown:
        break;
    }
    return Text::tr("not read");
}

// The columns of one file, found by the names releases have given them; what no field takes
// is "not read".
class Columns
{
public:
    explicit Columns(const QStringList& header)
    {
        for (const QString& name : header)
            m_lower << name.trimmed().toLower();
        m_header = header;
    }
    bool has(const char* name) const { return m_lower.contains(QLatin1String(name)); }
    // The first of `names` the header has (or, with prefix, a column starting with one).
    int take(std::initializer_list<const char*> names, bool prefix = false)
    {
        for (const char* name : names) {
            for (int i = 0; i < m_lower.size(); ++i) {
                const bool match = prefix ? m_lower[i].startsWith(QLatin1String(name))
                                          : m_lower[i] == QLatin1String(name);
                if (match && !m_taken.contains(i)) {
                    m_taken.insert(i);
                    return i;
                }
            }
        }
        return -1;
    }
    QStringList unread() const
    {
        QStringList result;
        for (int i = 0; i < m_header.size(); ++i) {
            if (!m_taken.contains(i) && !m_header[i].trimmed().isEmpty())
                result << m_header[i].trimmed();
        }
        return result;
    }

private:
    QStringList m_header, m_lower;
    QSet<int> m_taken;
};

Role roleOf(const Columns& c)
{
    if (c.has("chip type") && (c.has("number of units") || c.has("units")))
        return Role::Chips;
    if (c.has("date") &&
        (c.has("it power (mw)") || c.has("power (mw)") || c.has("construction status")))
        return Role::Timelines;
    if (c.has("owner") || c.has("selected sources") || c.has("current power (mw)") ||
        c.has("current h100 equivalents"))
        return Role::DataCenters;
    return Role::Unknown;
}

QString cell(const QStringList& row, int column)
{
    return column >= 0 && column < row.size() ? row[column].trimmed() : QString();
}

std::optional<double> number(const QStringList& row, int column)
{
    const QString text = cell(row, column);
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

QDate date(const QStringList& row, int column)
{
    return QDate::fromString(cell(row, column).left(10), Qt::ISODate);
}

// A needed column that a recognised file lacks refuses the release, naming both.
bool need(int column, const char* name, const QString& file, EpochRelease* release)
{
    if (column >= 0)
        return true;
    release->error =
        Text::tr(
            "%1 has no \"%2\" column, which the import needs; Epoch AI may have renamed it in this "
            "release. Nothing was imported.")
            .arg(file, QLatin1String(name));
    return false;
}

// Where each field of the data-centers file is, by the names its releases have used.
struct DataCenterColumns
{
    int name, h100e, itPower, facilityPower, power, capex, owner, users, project, investors,
        construction, energy, sources, sheet, currentChips, allChips, country, address, lat, lon,
        coordinates;

    explicit DataCenterColumns(Columns& c)
        : name(c.take({"name", "data center", "data center name"})),
          h100e(c.take({"current h100 equivalents", "h100 equivalents"})),
          itPower(c.take({"current it power (mw)", "current it power"})),
          facilityPower(c.take({"current facility power (mw)", "current total power (mw)"})),
          power(c.take({"current power (mw)", "current power"})),
          capex(c.take({"current total capital cost"}, true)),
          owner(c.take({"owner", "owners"})), users(c.take({"users", "user"})),
          project(c.take({"project"})), investors(c.take({"investors"})),
          construction(c.take({"construction companies", "construction company"})),
          energy(c.take({"energy companies", "energy company"})),
          sources(c.take({"selected sources", "sources"})),
          sheet(c.take({"calculations sheet", "calculation sheet"})),
          currentChips(c.take({"current chip types"})), allChips(c.take({"all chip types"})),
          country(c.take({"country"})), address(c.take({"address"})),
          lat(c.take({"latitude", "lat"})), lon(c.take({"longitude", "lon", "long"})),
          coordinates(c.take({"coordinates"}))
    {
    }

    // Which power "Current power" is depends on the release: earlier ones, which gave
    // coordinates, gave facility power; the current one, with addresses, gives IT power.
    bool powerIsFacility() const
    {
        return itPower < 0 && (lat >= 0 || coordinates >= 0) && address < 0;
    }

    EpochDataCenter read(const QStringList& row, bool powerIsFacility) const
    {
        EpochDataCenter dc;
        dc.name = cell(row, name);
        dc.currentH100e = number(row, h100e);
        dc.currentItMw = number(row, itPower);
        dc.currentFacilityMw = number(row, facilityPower);
        if (power >= 0)
            (powerIsFacility ? dc.currentFacilityMw : dc.currentItMw) = number(row, power);
        dc.capexBusd = number(row, capex);
        dc.owner = cell(row, owner);
        dc.users = cell(row, users);
        dc.project = cell(row, project);
        dc.investors = cell(row, investors);
        dc.construction = cell(row, construction);
        dc.energy = cell(row, energy);
        dc.selectedSources = cell(row, sources);
        dc.calculationsSheet = cell(row, sheet);
        dc.currentChips = cell(row, currentChips);
        dc.allChips = cell(row, allChips);
        dc.country = cell(row, country);
        dc.address = cell(row, address);
        if (coordinates >= 0) {
            const QStringList parts =
                cell(row, coordinates)
                    .split(QRegularExpression(QStringLiteral("[,;]\\s*|\\s{2,}")));
            if (parts.size() == 2) {
                dc.lat = parseDegrees(parts[0]);
                dc.lon = parseDegrees(parts[1]);
            }
        } else {
            dc.lat = parseDegrees(cell(row, lat));
            dc.lon = parseDegrees(cell(row, lon));
        }
        return dc;
    }
};

void readDataCenters(const QString& file, const csv::Table& table, EpochRelease* release)
{
    Columns c(table.header);
    const DataCenterColumns columns(c);
    if (!need(columns.name, "Name", file, release))
        return;
    release->powerIsFacility = columns.powerIsFacility();
    if (columns.power >= 0)
        release->notes
            << (release->powerIsFacility
                    ? Text::tr("%1: \"Current power\" read as facility power (this release gives "
                               "coordinates, "
                               "as earlier releases did)")
                          .arg(file)
                    : Text::tr(
                          "%1: \"Current power\" read as IT power (this release gives addresses)")
                          .arg(file));
    for (int r = 0; r < table.rows.size(); ++r) {
        if (cell(table.rows[r], columns.name).isEmpty())
            continue;
        EpochDataCenter dc = columns.read(table.rows[r], release->powerIsFacility);
        dc.row = table.rowLines[r];
        release->dataCenters.append(dc);
    }
    if (const QStringList unread = c.unread(); !unread.isEmpty())
        release->notes
            << Text::tr("%1: columns not read: %2").arg(file, unread.join(QStringLiteral(", ")));
}

void readTimelines(const QString& file, const csv::Table& table, EpochRelease* release)
{
    Columns c(table.header);
    const int dc = c.take({"data center", "name"}), when = c.take({"date"});
    const int status = c.take({"construction status", "status"}),
              buildings = c.take({"buildings operational"});
    const int itPower = c.take({"it power (mw)", "it power"});
    const int power = c.take({"power (mw)", "facility power (mw)", "total power (mw)"});
    const int h100e = c.take({"h100 equivalents"});
    const int capex = c.take({"total capital cost"}, true);
    if (!need(dc, "Data center", file, release) || !need(when, "Date", file, release))
        return;
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows[r];
        EpochTimelineRow t;
        t.row = table.rowLines[r];
        t.dataCenter = cell(row, dc);
        t.date = date(row, when);
        if (t.dataCenter.isEmpty() || !t.date.isValid())
            continue;
        t.status = cell(row, status);
        t.buildings = number(row, buildings);
        t.itMw = number(row, itPower);
        t.facilityMw = number(row, power);
        t.h100e = number(row, h100e);
        t.capexBusd = number(row, capex);
        release->timelines.append(t);
    }
    if (const QStringList unread = c.unread(); !unread.isEmpty())
        release->notes
            << Text::tr("%1: columns not read: %2").arg(file, unread.join(QStringLiteral(", ")));
}

void readChips(const QString& file, const csv::Table& table, EpochRelease* release)
{
    Columns c(table.header);
    const int dc = c.take({"data center"}), when = c.take({"date"}), chip = c.take({"chip type"});
    const int units = c.take({"number of units", "units"}),
              unitsSource = c.take({"number of units source"});
    const int owner = c.take({"owner"}), notes = c.take({"notes"}),
              modified = c.take({"last modified"});
    if (!need(dc, "Data center", file, release) || !need(when, "Date", file, release) ||
        !need(chip, "Chip type", file, release) || !need(units, "Number of Units", file, release))
        return;
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows[r];
        EpochChipRow ch;
        ch.row = table.rowLines[r];
        ch.dataCenter = cell(row, dc);
        ch.date = date(row, when);
        ch.chip = cell(row, chip);
        if (ch.dataCenter.isEmpty() || !ch.date.isValid() || ch.chip.isEmpty())
            continue;
        ch.units = number(row, units);
        ch.estimate =
            !cell(row, unitsSource).contains(QLatin1String("disclosure"), Qt::CaseInsensitive);
        ch.owner = cell(row, owner);
        ch.notes = cell(row, notes);
        ch.lastModified = date(row, modified);
        if (ch.lastModified.isValid() && ch.lastModified > release->releaseDate)
            release->releaseDate = ch.lastModified;
        release->chips.append(ch);
    }
    if (const QStringList unread = c.unread(); !unread.isEmpty())
        release->notes
            << Text::tr("%1: columns not read: %2").arg(file, unread.join(QStringLiteral(", ")));
}

QString citationIn(const QByteArray& readme)
{
    static const QRegularExpression cite(
        QStringLiteral("Epoch AI, ['‘\"][^\\n]*?Retrieved from \\S+"));
    const QRegularExpressionMatch m = cite.match(QString::fromUtf8(readme));
    return m.hasMatch() ? m.captured(0).trimmed() : QString();
}

bool isZip(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray("PK\x03\x04", 4);
}

bool wanted(const QString& name)
{
    const QString lower = QFileInfo(name).fileName().toLower();
    return lower.endsWith(QLatin1String(".csv")) || lower == QLatin1String("readme.md");
}

} // namespace

std::optional<double> parseDegrees(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double plain = QLocale::c().toDouble(t, &ok);
    if (ok)
        return plain;
    static const QRegularExpression dms(
        QStringLiteral(
            R"(^(\d+(?:\.\d+)?)\s*°\s*(?:(\d+(?:\.\d+)?)\s*['′]\s*)?(?:(\d+(?:\.\d+)?)\s*(?:"|″|'')\s*)?([NSEW])$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = dms.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    double degrees =
        m.captured(1).toDouble() + m.captured(2).toDouble() / 60 + m.captured(3).toDouble() / 3600;
    const QChar hemisphere = m.captured(4).toUpper().front();
    if (hemisphere == QLatin1Char('S') || hemisphere == QLatin1Char('W'))
        degrees = -degrees;
    return degrees;
}

EpochRelease readEpochRelease(const QString& location, const QVector<EpochFile>& files)
{
    EpochRelease release;
    release.location = location;
    bool haveDataCenters = false;
    for (const EpochFile& file : files) {
        const QString name = QFileInfo(file.name).fileName();
        if (name.compare(QLatin1String("readme.md"), Qt::CaseInsensitive) == 0) {
            release.citation = citationIn(file.bytes);
            continue;
        }
        csv::Table table;
        csv::ParseError error;
        if (!csv::parse(file.bytes, &table, &error)) {
            release.error =
                Text::tr("%1, line %2: %3").arg(name).arg(error.line).arg(error.message);
            return release;
        }
        const Role role = roleOf(Columns(table.header));
        release.files << QCoreApplication::translate("atlas::io::EpochRelease",
                                                     "%1 (%2, %n row(s))", nullptr,
                                                     int(table.rows.size()))
                             .arg(name, roleName(role));
        switch (role) {
        case Role::DataCenters:
            if (haveDataCenters) {
                release.error =
                    Text::tr("The release has two data-center files (%1 is the second); "
                             "import one release at a time.")
                        .arg(name);
                return release;
            }
            haveDataCenters = true;
            readDataCenters(name, table, &release);
            break;
        case Role::Timelines:
            readTimelines(name, table, &release);
            break;
        case Role::Chips:
            readChips(name, table, &release);
            break;
        case Role::Unknown:
            release.notes << Text::tr(
                                 "%1: not a file of this dataset that the import knows; not read")
                                 .arg(name);
            break;
        }
        if (!release.error.isEmpty())
            return release;
    }
    if (!haveDataCenters)
        release.error =
            Text::tr("%1 has no data-center file (a CSV with the columns Name, Owner, "
                     "Current power (MW), …); "
                     "download the release again from https://epoch.ai/data/data-centers.")
                .arg(QDir::toNativeSeparators(location));
    return release;
}

EpochRelease readEpochRelease(const QString& path)
{
    QVector<EpochFile> files;
    const QFileInfo info(path);
    const auto fail = [&path](const QString& error) {
        EpochRelease release;
        release.location = path;
        release.error = error;
        return release;
    };
    if (!info.exists())
        return fail(Text::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (info.isFile() && isZip(path)) {
        QString error;
        const std::unique_ptr<ZipArchive> zip = ZipArchive::open(path, &error);
        if (!zip)
            return fail(error);
        for (const QString& name : zip->names()) {
            if (!wanted(name) || name.startsWith(QLatin1String("__MACOSX/")))
                continue;
            const QByteArray bytes = zip->read(name, kMaxFileBytes, &error);
            if (bytes.isNull() && !error.isEmpty())
                return fail(error);
            files.append({name, bytes});
        }
    } else {
        // A folder (or one CSV of it): its files, or those one folder down when it holds
        // only the folder a ZIP unpacked to.
        QDir dir = info.isDir() ? QDir(path) : info.dir();
        QFileInfoList entries = dir.entryInfoList(QDir::Files, QDir::Name);
        if (std::none_of(entries.begin(), entries.end(),
                         [](const QFileInfo& f) { return wanted(f.fileName()); })) {
            const QFileInfoList subfolders = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
            if (subfolders.size() == 1)
                entries =
                    QDir(subfolders.first().filePath()).entryInfoList(QDir::Files, QDir::Name);
        }
        for (const QFileInfo& entry : entries) {
            if (!wanted(entry.fileName()))
                continue;
            if (entry.size() > kMaxFileBytes)
                return fail(
                    Text::tr("%1 is %2 MB; a release's files are far smaller, so it is not read.")
                        .arg(QDir::toNativeSeparators(entry.filePath()))
                        .arg(entry.size() / 1000000));
            QFile file(entry.filePath());
            if (!file.open(QIODevice::ReadOnly))
                return fail(
                    Text::tr("Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(entry.filePath()), file.errorString()));
            files.append({entry.fileName(), file.readAll()});
        }
    }
    return readEpochRelease(path, files);
}

} // namespace atlas::io
