// SPDX-License-Identifier: GPL-3.0-or-later
// A release of Epoch AI's Frontier Data Centers hub (CC BY 4.0) as the user downloads it: the
// ZIP, the folder it unpacks to, or its data_centers.csv with the other files beside it.
// Releases change their file names and columns, so each CSV is recognised by its header
// (data centers, timelines, chip quantities) and each column by its name and the release's
// variant: earlier releases gave coordinates as degree-minute-second text and a "Current
// power" that was facility power; the current one gives an address and IT power. What is read
// is listed; what is not read is named; only a missing needed column refuses the release.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace atlas::io {

struct EpochDataCenter
{
    int row = 0; // in its file, for messages
    QString name;
    std::optional<double> currentH100e;
    std::optional<double> currentItMw;
    std::optional<double> currentFacilityMw;
    std::optional<double> capexBusd;
    QString owner, users, project, investors, construction, energy; // with #confident etc.
    QString selectedSources;                                        // a markdown list of links
    QString calculationsSheet;
    QString currentChips, allChips;
    QString country;
    QString address;
    std::optional<double> lon, lat; // earlier releases
};

struct EpochTimelineRow
{
    int row = 0;
    QString dataCenter;
    QDate date;
    QString status; // the construction status, with markdown links
    std::optional<double> buildings, itMw, facilityMw, h100e, capexBusd;
};

struct EpochChipRow
{
    int row = 0;
    QString dataCenter;
    QDate date;
    QString chip;
    std::optional<double> units;
    bool estimate = true; // "Number of Units source": Estimate, or a disclosure
    QString owner;
    QString notes;
    QDate lastModified;
};

struct EpochRelease
{
    QString location;             // the ZIP, folder or file the user named
    QStringList files;            // what was read, as "data_centers.csv (data centers)"
    QStringList notes;            // columns and files not read, and the like
    QString error;                // non-empty: the release is refused, and why
    QString citation;             // the README's "cite as", where it has one
    QDate releaseDate;            // the newest "Last Modified" of its rows, if any
    bool powerIsFacility = false; // an earlier release: "Current power" is facility power
    QVector<EpochDataCenter> dataCenters;
    QVector<EpochTimelineRow> timelines;
    QVector<EpochChipRow> chips;

    bool ok() const { return error.isEmpty(); }
};

// Reads a release from a ZIP, a folder, or one of its CSV files (the others beside it).
EpochRelease readEpochRelease(const QString& path);

// The CSV files and README of a release, already in memory (tests; a ZIP's entries).
struct EpochFile
{
    QString name;
    QByteArray bytes;
};
EpochRelease readEpochRelease(const QString& location, const QVector<EpochFile>& files);

// "32°30'29.0\"N" and "99°46'38.0\"W" (or decimal degrees) as signed degrees.
std::optional<double> parseDegrees(const QString& text);

} // namespace atlas::io
