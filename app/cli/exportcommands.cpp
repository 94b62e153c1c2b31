// SPDX-License-Identifier: GPL-3.0-or-later
// compute-atlas [--db FILE] list-scenarios
// compute-atlas [--db FILE] export-chart NAME --scenario NAME --out FILE.png|FILE.svg|FILE.csv [--size WxH] [--scale N] [--year YEAR]
// compute-atlas [--db FILE] export-map --year YEAR --out FILE.png|FILE.svg|FILE.pdf [--scenario NAME] [--size WxH] [--scale N] [--highlight SITE]...
// compute-atlas [--db FILE] export-dashboard --out FILE.png|FILE.svg|FILE.pdf [--scenario NAME] [--size 16:9|4:3|WxH] [--year YEAR] [--theme light|dark]
#include "ui/charts/chartexport.h"
#include "ui/charts/charttable.h"
#include "app/cli/commands.h"
#include "core/document/atlasdocument.h"
#include "core/domain/namekey.h"
#include "core/geo/projection.h"
#include "core/io/imagelimits.h"
#include "ui/map/mapexport.h"
#include "core/map/mapscene.h"
#include "ui/present/dashboardpage.h"
#include "core/scenario/gpumath.h"
#include "core/scenario/scenariocontroller.h"
#include "core/scenario/scenariolibrary.h"
#include "core/store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>

#include <cmath>

namespace atlas::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::cli::Export)
};

struct ExportOptions
{
    QString scenario;
    QString out;
    QSize size;
    qreal scale = 1;
    int year = 0;
    bool dark = false;
    QStringList highlight; // export-map: the sites to ring and name, by name
};

// Each option of the export commands read on its own: an empty text when it is well formed
// (or not given), else what to tell the user.
QString readSize(const QCommandLineParser& parser, QSize defaultSize, QSize* size)
{
    *size = defaultSize;
    const QString sizeText = parser.value(QStringLiteral("size"));
    if (sizeText == QLatin1String("16:9") || sizeText == QLatin1String("4:3")) {
        *size = sizeText == QLatin1String("16:9") ? kWideSlide : kStandardSlide;
    } else if (parser.isSet(QStringLiteral("size"))) {
        const QStringList wh = sizeText.toLower().split(QLatin1Char('x'));
        bool okW = false, okH = false;
        const int w = wh.value(0).toInt(&okW), h = wh.value(1).toInt(&okH);
        if (wh.size() != 2 || !okW || !okH || w < 200 || h < 150 || w > 8000 || h > 8000)
            return Text::tr("--size takes WIDTHxHEIGHT in pixels, 200x150 to 8000x8000 "
                            "(e.g. 1920x1080), or 16:9 or 4:3.");
        *size = QSize(w, h);
    }
    return {};
}

QString readScale(const QCommandLineParser& parser, qreal* scale)
{
    if (!parser.isSet(QStringLiteral("scale")))
        return {};
    bool ok = false;
    *scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
    // "nan" and "inf" read as doubles, and NaN fails no comparison: ask for finite.
    if (!ok || !std::isfinite(*scale) || *scale < 1 || *scale > 4)
        return Text::tr("--scale takes a number from 1 to 4 (1, 2 or 3 are usual), not \"%1\".")
            .arg(parser.value(QStringLiteral("scale")));
    return {};
}

QString readTheme(const QCommandLineParser& parser, const QString& command, bool* dark)
{
    if (!parser.isSet(QStringLiteral("theme")))
        return {};
    const QString theme = parser.value(QStringLiteral("theme"));
    if (command != QLatin1String("export-dashboard")
        || (theme != QLatin1String("light") && theme != QLatin1String("dark")))
        return Text::tr("--theme takes light or dark, and only export-dashboard has it.");
    *dark = theme == QLatin1String("dark");
    return {};
}

QString readHighlight(const QCommandLineParser& parser, const QString& command,
                      QStringList* highlight)
{
    if (!parser.isSet(QStringLiteral("highlight")))
        return {};
    if (command != QLatin1String("export-map"))
        return Text::tr("--highlight names a site to ring on the map; only export-map has it.");
    *highlight = parser.values(QStringLiteral("highlight"));
    return {};
}

QString readYear(const QCommandLineParser& parser, int* year)
{
    if (!parser.isSet(QStringLiteral("year")))
        return {};
    bool ok = false;
    *year = parser.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || *year < 1990 || *year > 2100)
        return Text::tr("--year takes a year, 1990 to 2100.");
    return {};
}

QString readOut(const QCommandLineParser& parser, const QString& command, QString* out)
{
    *out = parser.value(QStringLiteral("out"));
    if (!out->isEmpty())
        return {};
    return command == QLatin1String("export-chart")
               ? Text::tr("export-chart needs --out FILE.png, FILE.svg or FILE.csv (the "
                          "chart's numbers).")
               : Text::tr("%1 needs --out FILE.png, FILE.svg or FILE.pdf.").arg(command);
}

// Parses the options shared by export-chart and export-map; prints what is wrong.
bool parseExportOptions(Context& context, const QString& command, QStringList arguments,
                        QSize defaultSize, ExportOptions* options, QStringList* positional)
{
    QCommandLineParser parser;
    parser.addOptions(exportOptions());
    arguments.prepend(command);
    if (!parser.parse(arguments)) {
        context.err << parser.errorText() << '\n';
        return false;
    }
    *positional = parser.positionalArguments();
    options->scenario = parser.value(QStringLiteral("scenario"));
    QString problem = readOut(parser, command, &options->out);
    if (problem.isEmpty())
        problem = readSize(parser, defaultSize, &options->size);
    if (problem.isEmpty())
        problem = readScale(parser, &options->scale);
    // A PNG is drawn in memory: one too large is refused now, before the database is opened
    // or anything allocated (export-dashboard draws at 1×).
    if (problem.isEmpty() && options->out.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        problem = io::imageSizeProblem(
            options->size, command == QLatin1String("export-dashboard") ? 1 : options->scale);
    if (problem.isEmpty())
        problem = readTheme(parser, command, &options->dark);
    if (problem.isEmpty())
        problem = readHighlight(parser, command, &options->highlight);
    if (problem.isEmpty())
        problem = readYear(parser, &options->year);
    if (!problem.isEmpty()) {
        context.err << problem << '\n';
        return false;
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
        // By the name's key (domain/namekey.h): a terminal may give the name in NFD.
        const QString key = nameKey(scenarioName);
        const auto it =
            std::find_if(scenarios.begin(), scenarios.end(),
                         [&](const ScenarioRecord& r) { return nameKey(r.name) == key; });
        if (it == scenarios.end()) {
            context.err << Text::tr("There is no scenario named \"%1\". compute-atlas "
                                    "list-scenarios lists them.")
                               .arg(scenarioName)
                        << '\n';
            return nullptr;
        }
        session->scenario->loadScenario(*it);
    }
    return session;
}

ProjectionKind buildMapScene(Session& session, int year, MapScene* scene)
{
    return prepareExportScene(scene, session.document.dataset(), session.scenario->atlas(), session.scenario->params(),
                              session.scenario->result(), year);
}

charts::ChartInputs chartInputs(Session& session, const QString& scenarioName, int year)
{
    charts::ChartInputs inputs;
    inputs.data = &session.document.dataset();
    inputs.atlas = &session.scenario->atlas();
    inputs.params = &session.scenario->params();
    inputs.result = &session.scenario->result();
    inputs.scenarioName = scenarioName;
    inputs.year = year;
    return inputs;
}

int yearOr(int year, const ScenarioParams& params)
{
    return year ? year : std::clamp(QDate::currentDate().year(), params.yearFrom, params.yearTo);
}

} // namespace

QList<QCommandLineOption> exportOptions()
{
    return {
        {QStringLiteral("scenario"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "atlas::cli::Commands", "Saved scenario to draw (list-scenarios lists them).")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("atlas::cli::Commands", "NAME"))},
        {QStringLiteral("out"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "atlas::cli::Commands",
             "File to write: .png or .svg (export-map and export-dashboard also .pdf; "
             "export-chart also .csv, the chart's numbers).")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("atlas::cli::Commands", "FILE"))},
        {QStringLiteral("size"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "atlas::cli::Commands", "Page size in pixels, 200x150 to 8000x8000, or 16:9 or 4:3.")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("atlas::cli::Commands", "WxH"))},
        {QStringLiteral("scale"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("atlas::cli::Commands",
                                             "PNG pixel density, 1 to 4: 1, 2 or 3 are usual.")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("atlas::cli::Commands", "N"))},
        {QStringLiteral("year"),
         QString::fromUtf8(
             QT_TRANSLATE_NOOP("atlas::cli::Commands", "The year to show, 1990 to 2100.")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("atlas::cli::Commands", "YEAR"))},
        {QStringLiteral("theme"),
         QString::fromUtf8(
             QT_TRANSLATE_NOOP("atlas::cli::Commands", "light or dark (export-dashboard).")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("atlas::cli::Commands", "THEME"))},
        {QStringLiteral("highlight"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "atlas::cli::Commands",
             "A site to ring and name in bold, as the selection is on screen (export-map; "
             "repeat for more). The map shows no selection without it.")),
         QString::fromUtf8(QT_TRANSLATE_NOOP("atlas::cli::Commands", "SITE"))}};
}

int runListScenarios(Context& context)
{
    const std::optional<Context::Loaded> opened = context.openAndLoad();
    if (!opened)
        return 1;
    for (const ScenarioRecord& record : opened->data.scenarios)
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
        context.err << Text::tr("export-chart takes a chart name: %1.")
                           .arg(names.join(QStringLiteral(", ")))
                    << '\n';
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
    const charts::ChartInputs inputs = chartInputs(*session, options.scenario, yearOr(options.year, session->scenario->params()));
    // FILE.csv: the numbers the chart draws (charts/charttable.h), the same table as the
    // chart's Export Data (CSV).
    const bool table = options.out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (table && kinds.size() != 1) {
        context.err
            << Text::tr(
                   "A CSV holds the numbers of one chart: name cluster-size, gigawatts, money or "
                   "sites.")
            << '\n';
        return 2;
    }
    if (const QString error =
            table ? io::writeTableCsv(options.out, charts::chartTable(kinds.first(), inputs))
                  : charts::exportChart(kinds, inputs, options.out, options.size, options.scale);
        !error.isEmpty()) {
        context.err << error << '\n';
        return 1;
    }
    context.out << Text::tr("Wrote %1").arg(QDir::toNativeSeparators(options.out)) << '\n';
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
        context.err << Text::tr(
                           "export-map takes options only: --year YEAR --out FILE.png|FILE.svg|FILE.pdf.")
                    << '\n';
        return 2;
    }
    std::unique_ptr<Session> session = openSession(context, options.scenario);
    if (!session)
        return 1;
    MapScene scene;
    MapSettings view;
    view.projection = buildMapScene(*session, yearOr(options.year, session->scenario->params()), &scene);
    view.scene = &scene;
    // By the name's key, as scenarios are found: every site of that name.
    for (const QString& name : std::as_const(options.highlight)) {
        const QString key = nameKey(name);
        const qsizetype before = view.selection.size();
        for (int i = 0; i < scene.sites().size(); ++i) {
            if (nameKey(scene.sites()[i].name) == key)
                view.selection.append(i);
        }
        if (view.selection.size() == before) {
            context.err << Text::tr("There is no site named \"%1\" to highlight.").arg(name)
                        << '\n';
            return 1;
        }
    }
    if (const QString error = exportMap(view, options.out, options.size, options.scale); !error.isEmpty()) {
        context.err << error << '\n';
        return 1;
    }
    context.out << Text::tr("Wrote %1").arg(QDir::toNativeSeparators(options.out)) << '\n';
    return 0;
}

int runExportDashboard(Context& context)
{
    ExportOptions options;
    QStringList positional;
    if (!parseExportOptions(context, QStringLiteral("export-dashboard"), context.arguments, kWideSlide, &options, &positional))
        return 2;
    if (!positional.isEmpty()) {
        context.err << Text::tr("export-dashboard takes options only: --out "
                                "FILE.png|FILE.svg|FILE.pdf [--scenario NAME].")
                    << '\n';
        return 2;
    }
    std::unique_ptr<Session> session = openSession(context, options.scenario);
    if (!session)
        return 1;
    const int year = yearOr(options.year, session->scenario->params());
    MapScene scene;
    DashboardInputs inputs;
    inputs.charts = chartInputs(*session, options.scenario, year);
    inputs.projection = buildMapScene(*session, year, &scene);
    inputs.scene = &scene;
    inputs.dark = options.dark;
    if (const QString error = exportDashboard(inputs, options.out, options.size); !error.isEmpty()) {
        context.err << error << '\n';
        return 1;
    }
    context.out << Text::tr("Wrote %1").arg(QDir::toNativeSeparators(options.out)) << '\n';
    return 0;
}

} // namespace atlas::cli
