// SPDX-License-Identifier: GPL-3.0-or-later
// compute-atlas [--db FILE] list-scenarios
// compute-atlas [--db FILE] export-chart NAME --scenario NAME --out FILE.png|FILE.svg [--size WxH] [--scale N] [--year YEAR]
// compute-atlas [--db FILE] export-map --year YEAR --out FILE.png|FILE.svg [--scenario NAME] [--size WxH] [--scale N]
#include "cli/commands.h"

#include "charts/chartexport.h"
#include "document/atlasdocument.h"
#include "geo/projection.h"
#include "map/mapexport.h"
#include "map/mapscene.h"
#include "scenario/gpumath.h"
#include "scenario/scenariocontroller.h"
#include "scenario/scenariolibrary.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>

namespace atlas::cli {
namespace {

struct ExportOptions
{
    QString scenario;
    QString out;
    QSize size;
    qreal scale = 1;
    int year = 0;
};

// Parses the options shared by export-chart and export-map; prints what is wrong.
bool parseExportOptions(Context& context, const QString& command, QStringList arguments, QSize defaultSize,
                        ExportOptions* options, QStringList* positional)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("scenario"), QStringLiteral("Saved scenario to draw."), QStringLiteral("NAME")},
                       {QStringLiteral("out"), QStringLiteral("File to write (.png or .svg)."), QStringLiteral("FILE")},
                       {QStringLiteral("size"), QStringLiteral("Page size in pixels."), QStringLiteral("WxH")},
                       {QStringLiteral("scale"), QStringLiteral("PNG pixel density: 1, 2 or 3."), QStringLiteral("N")},
                       {QStringLiteral("year"), QStringLiteral("The year to show."), QStringLiteral("YEAR")}});
    arguments.prepend(command);
    if (!parser.parse(arguments)) {
        context.err << parser.errorText() << '\n';
        return false;
    }
    *positional = parser.positionalArguments();
    options->scenario = parser.value(QStringLiteral("scenario"));
    options->out = parser.value(QStringLiteral("out"));
    if (options->out.isEmpty()) {
        context.err << command << " needs --out FILE.png or --out FILE.svg.\n";
        return false;
    }
    options->size = defaultSize;
    if (parser.isSet(QStringLiteral("size"))) {
        const QStringList wh = parser.value(QStringLiteral("size")).toLower().split(QLatin1Char('x'));
        bool okW = false, okH = false;
        const int w = wh.value(0).toInt(&okW), h = wh.value(1).toInt(&okH);
        if (wh.size() != 2 || !okW || !okH || w < 200 || h < 150 || w > 8000 || h > 8000) {
            context.err << "--size takes WIDTHxHEIGHT in pixels, 200x150 to 8000x8000 (e.g. 1920x1080).\n";
            return false;
        }
        options->size = QSize(w, h);
    }
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        options->scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || options->scale < 1 || options->scale > 4) {
            context.err << "--scale takes 1, 2, 3 (or up to 4).\n";
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        options->year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || options->year < 1990 || options->year > 2100) {
            context.err << "--year takes a year, 1990 to 2100.\n";
            return false;
        }
    }
    return true;
}

// The document and its scenario, the named one loaded (or the defaults when no name).
struct Session
{
    AtlasDocument document;
    std::unique_ptr<ScenarioController> scenario;
};

std::unique_ptr<Session> openSession(Context& context, const QString& scenarioName)
{
    std::unique_ptr<Store> store = context.openStore(false);
    if (!store)
        return nullptr;
    auto session = std::make_unique<Session>();
    if (!session->document.setStore(std::move(store))) {
        context.err << session->document.lastError() << '\n';
        return nullptr;
    }
    session->scenario = std::make_unique<ScenarioController>(&session->document);
    if (!scenarioName.isEmpty()) {
        const auto& scenarios = session->document.dataset().scenarios;
        const auto it = std::find_if(scenarios.begin(), scenarios.end(),
                                     [&](const ScenarioRecord& r) { return r.name == scenarioName; });
        if (it == scenarios.end()) {
            context.err << "There is no scenario named \"" << scenarioName
                        << "\". compute-atlas list-scenarios lists them.\n";
            return nullptr;
        }
        session->scenario->loadScenario(*it);
    }
    return session;
}

int yearOr(int year, const ScenarioParams& params)
{
    return year ? year : std::clamp(QDate::currentDate().year(), params.yearFrom, params.yearTo);
}

} // namespace

int runListScenarios(Context& context)
{
    std::unique_ptr<Store> store = context.openStore(false);
    if (!store)
        return 1;
    const LoadResult loaded = store->load();
    if (!loaded.ok()) {
        context.err << loaded.error << '\n';
        return 1;
    }
    for (const ScenarioRecord& record : loaded.dataset.scenarios)
        context.out << record.name << (record.note.isEmpty() ? QString() : QStringLiteral("\t") + record.note) << '\n';
    return 0;
}

int runExportChart(Context& context)
{
    ExportOptions options;
    QStringList positional;
    if (!parseExportOptions(context, QStringLiteral("export-chart"), context.arguments, charts::kSlideSize, &options,
                            &positional))
        return 2;
    const QStringList names{QStringLiteral("cluster-size"), QStringLiteral("gigawatts"), QStringLiteral("money"),
                            QStringLiteral("sites"), QStringLiteral("all")};
    if (positional.size() != 1 || !names.contains(positional.first())) {
        context.err << "export-chart takes a chart name: " << names.join(QStringLiteral(", ")) << ".\n";
        return 2;
    }
    std::unique_ptr<Session> session = openSession(context, options.scenario);
    if (!session)
        return 1;
    QList<charts::ChartKind> kinds;
    for (charts::ChartKind kind : charts::kAllCharts) {
        if (positional.first() == QLatin1String("all") || charts::chartFileStem(kind) == positional.first())
            kinds << kind;
    }
    charts::ChartInputs inputs;
    inputs.data = &session->document.dataset();
    inputs.atlas = &session->scenario->atlas();
    inputs.params = &session->scenario->params();
    inputs.result = &session->scenario->result();
    inputs.scenarioName = options.scenario;
    inputs.year = yearOr(options.year, session->scenario->params());
    if (const QString error = charts::exportChart(kinds, inputs, options.out, options.size, options.scale);
        !error.isEmpty()) {
        context.err << error << '\n';
        return 1;
    }
    context.out << "Wrote " << QDir::toNativeSeparators(options.out) << '\n';
    return 0;
}

int runExportMap(Context& context)
{
    ExportOptions options;
    QStringList positional;
    if (!parseExportOptions(context, QStringLiteral("export-map"), context.arguments, kMapExportSize, &options,
                            &positional))
        return 2;
    if (!positional.isEmpty()) {
        context.err << "export-map takes options only: --year YEAR --out FILE.png|FILE.svg.\n";
        return 2;
    }
    std::unique_ptr<Session> session = openSession(context, options.scenario);
    if (!session)
        return 1;
    const Dataset& data = session->document.dataset();
    QVector<LonLat> points;
    for (const Site& site : data.sites)
        points << LonLat{site.lon, site.lat};
    MapExportView view;
    view.projection = projectionFor(points);
    MapScene scene;
    scene.setData(data, *makeProjection(view.projection));
    scene.setYear(session->scenario->atlas(), session->scenario->params(), session->scenario->result(),
                  yearOr(options.year, session->scenario->params()));
    view.scene = &scene;
    if (const QString error = exportMap(view, options.out, options.size, options.scale); !error.isEmpty()) {
        context.err << error << '\n';
        return 1;
    }
    context.out << "Wrote " << QDir::toNativeSeparators(options.out) << '\n';
    return 0;
}

} // namespace atlas::cli
