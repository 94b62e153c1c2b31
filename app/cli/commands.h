// SPDX-License-Identifier: GPL-3.0-or-later
// The commands of the command line, each a function of the parsed context.
#pragma once

#include "core/domain/dataset.h"

#include <QCommandLineOption>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace atlas {
class Store;
class StoreFactory;
} // namespace atlas

namespace atlas::cli {

struct Context
{
    StoreFactory& factory;
    QString databasePath; // --db, empty for the sample database
    QStringList arguments; // after the command's name
    QTextStream& out;
    QTextStream& err;

    // --db, or the user's copy of the sample (made on first use); prints why not and returns
    // an empty string on failure.
    QString databaseFile() const;
    // Opens that file; prints why not and returns null on failure.
    std::unique_ptr<Store> openStore(bool createIfMissing) const;
    // Opens that file and reads it whole; prints why not and returns none on failure. The
    // store stays open with the rows: an export's checks see the open database (never its
    // own output).
    struct Loaded
    {
        std::unique_ptr<Store> store;
        Dataset data;
    };
    std::optional<Loaded> openAndLoad() const;
};

struct Command
{
    QString name;
    QString usage;
    QString summary;
    bool needsGui; // draws with QtGui/Charts: run with QApplication on the offscreen platform
    std::function<int(Context&)> run;
    QList<QCommandLineOption> options = {}; // what `compute-atlas COMMAND --help` lists
};

const QVector<Command>& commands();
const Command* findCommand(const QString& name);
// `compute-atlas COMMAND --help`: its usage, what it does and its options.
QString commandHelp(const Command& command);
// A summary of the table or an option's description (QT_TRANSLATE_NOOP texts of
// "atlas::cli::Commands"), translated.
QString commandText(const QString& text);

// The options of export-chart, export-map and export-dashboard.
QList<QCommandLineOption> exportOptions();
// The options of import-sites, import-links and import-phases.
QList<QCommandLineOption> importOptions();
// The options of import-epoch.
QList<QCommandLineOption> epochOptions();

// The commands.
int runCheck(Context& context);
int runImportSites(Context& context);
int runImportLinks(Context& context);
int runImportPhases(Context& context);
int runImportEpoch(Context& context);
int runExportPhases(Context& context);
int runExportSites(Context& context);
int runExportLinks(Context& context);
int runListScenarios(Context& context);
int runExportChart(Context& context);
int runExportMap(Context& context);
int runExportDashboard(Context& context);

} // namespace atlas::cli
