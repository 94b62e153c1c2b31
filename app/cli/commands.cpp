// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"

#include "core/store/storefactory.h"

#include <QCoreApplication>

namespace atlas::cli {

QString Context::databaseFile() const
{
    if (!databasePath.isEmpty())
        return databasePath;
    QString error;
    const QString sample = factory.sampleDatabasePath(&error);
    if (sample.isEmpty())
        err << error << '\n';
    return sample;
}

std::unique_ptr<Store> Context::openStore(bool createIfMissing) const
{
    const QString path = databaseFile();
    if (path.isEmpty())
        return nullptr;
    StoreOpenResult opened = factory.open(path, createIfMissing ? StoreFactory::Mode::OpenOrCreate
                                                                : StoreFactory::Mode::OpenExisting);
    if (!opened.store)
        err << opened.error << '\n';
    return std::move(opened.store);
}

std::optional<Context::Loaded> Context::openAndLoad() const
{
    std::unique_ptr<Store> store = openStore(false);
    if (!store)
        return std::nullopt;
    LoadResult loaded = store->load();
    if (!loaded.ok()) {
        err << loaded.error << '\n';
        return std::nullopt;
    }
    return Loaded{std::move(store), std::move(loaded.dataset)};
}

QString commandText(const QString& text)
{
    return QCoreApplication::translate("atlas::cli::Commands", text.toUtf8().constData());
}

// The summaries are translated where shown (commandText()): the table is built before the
// translators are installed (classify() looks commands up first thing).
const QVector<Command>& commands()
{
    static const QVector<Command> all = {
        {QStringLiteral("check"), QStringLiteral("check"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "atlas::cli::Commands",
             "Check the database without changing it: integrity (every page, index and "
             "reference, and GDAL's spatial indexes), schema version and rows per table. "
             "Exits 0 when healthy.")),
         false, runCheck},
        {QStringLiteral("import-sites"),
         QStringLiteral("import-sites FILE.csv|FILE.geojson [--map COLUMN=FIELD ...]"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "atlas::cli::Commands",
             "Add the file's sites (and update those of the same name), all or none. Power and GPU "
             "columns add the site's phase at the row's date. Exits non-zero, with each problem by "
             "row and column, and the database unchanged, when any row is wrong.")),
         false, runImportSites, importOptions()},
        {QStringLiteral("import-links"),
         QStringLiteral("import-links FILE.csv|FILE.geojson [--map COLUMN=FIELD ...]"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "atlas::cli::Commands",
             "Add the file's fiber links, ends named by site name (a link of the same two "
             "sites and carrier is updated); all or none.")),
         false, runImportLinks, importOptions()},
        {QStringLiteral("import-phases"),
         QStringLiteral("import-phases FILE.csv|FILE.geojson [--map COLUMN=FIELD ...]"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "atlas::cli::Commands",
             "Add the file's phases (a site's power, GPUs and capex from a date), sites "
             "named by name; a phase of a date the site has is updated; all or none.")),
         false, runImportPhases, importOptions()},
        {QStringLiteral("import-epoch"),
         QStringLiteral("import-epoch PATH [--as-of YYYY-MM-DD] [--replace-edits] [--dry-run]"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "atlas::cli::Commands",
             "Import Epoch AI's Frontier Data Centers hub (CC BY 4.0) as downloaded: "
             "the ZIP, the folder it "
             "unpacks to, or its data_centers.csv. A newer release updates what changed "
             "and adds what is "
             "new; sites and phases edited since their import are left alone unless "
             "--replace-edits.")),
         false, runImportEpoch, epochOptions()},
        {QStringLiteral("export-sites"), QStringLiteral("export-sites FILE.csv|FILE.geojson"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "atlas::cli::Commands", "Write every site, in the columns import-sites reads.")),
         false, runExportSites},
        {QStringLiteral("export-links"), QStringLiteral("export-links FILE.csv|FILE.geojson"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("atlas::cli::Commands", "Write every fiber link.")),
         false, runExportLinks},
        {QStringLiteral("export-phases"), QStringLiteral("export-phases FILE.csv|FILE.geojson"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "atlas::cli::Commands",
             "Write every phase of every site (a row per GPU model of a mixed fleet), in "
             "the columns import-phases reads.")),
         false, runExportPhases},
        {QStringLiteral("list-scenarios"), QStringLiteral("list-scenarios"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("atlas::cli::Commands",
                                             "List the saved scenarios, with their notes.")),
         false, runListScenarios},
        {QStringLiteral("export-chart"),
         QStringLiteral("export-chart cluster-size|gigawatts|money|sites|all [--scenario NAME] "
                        "--out FILE.png|FILE.svg|FILE.csv "
                        "[--size WxH] [--scale N] [--year YEAR]"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "atlas::cli::Commands",
             "Draw a chart (or all four on one page) of a saved scenario for a slide; with "
             "FILE.csv, write the numbers the chart draws: a row per year (per site for "
             "sites), the scenario and the sources in # lines above.")),
         true, runExportChart, exportOptions()},
        {QStringLiteral("export-map"),
         QStringLiteral("export-map [--year YEAR] --out FILE.png|FILE.svg|FILE.pdf [--scenario NAME] "
                        "[--size WxH] [--scale N] [--highlight SITE]..."),
         QString::fromUtf8(QT_TRANSLATE_NOOP("atlas::cli::Commands",
                                             "Draw the map of the sites and links in a year.")),
         true, runExportMap, exportOptions()},
        {QStringLiteral("export-dashboard"),
         QStringLiteral("export-dashboard [--scenario NAME] --out FILE.png|FILE.svg|FILE.pdf "
                        "[--size 16:9|4:3|WxH] [--year YEAR] "
                        "[--theme light|dark]"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "atlas::cli::Commands",
             "Draw the dashboard (headline numbers, map, cluster size and gigawatts) as "
             "one slide.")),
         true, runExportDashboard, exportOptions()},
    };
    return all;
}

const Command* findCommand(const QString& name)
{
    for (const Command& command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString commandHelp(const Command& command)
{
    QString text = QCoreApplication::translate("atlas::cli::Commands",
                                               "Usage: compute-atlas [--db FILE] %1\n\n%2\n")
                       .arg(command.usage, commandText(command.summary));
    if (!command.options.isEmpty()) {
        text += QCoreApplication::translate("atlas::cli::Commands", "\nOptions:\n");
        for (const QCommandLineOption& option : command.options) {
            const QString name =
                QStringLiteral("--") + option.names().first() +
                (option.valueName().isEmpty() ? QString() : QLatin1Char(' ') + option.valueName());
            text +=
                QStringLiteral("  %1  %2\n").arg(name, -16).arg(commandText(option.description()));
        }
    }
    return text;
}

} // namespace atlas::cli
