// SPDX-License-Identifier: GPL-3.0-or-later
// Charts exported for slides: PNG at 1×/2×/3× and SVG, with title, caption and sources; the
// SVG holds the plotted series and renders the same in another renderer (rsvg-convert).
#include "chartfixture.h"
#include "ui/charts/chartexport.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/flowlegend.h"
#include "ui/charts/projected.h"
#include "ui/charts/siteschart.h"
#include "ui/export/pagewriter.h"
#include "sampledata.h"
#include "testfiles.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

#include <functional>
#include <sys/resource.h>

using namespace atlas;
using namespace atlas::charts;

namespace {

// The most memory this process has held so far.
qint64 peakMemoryKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

} // namespace

namespace {

const QColor kFundingGreen(0x2e, 0x7d, 0x32); // the money chart's funding line

bool near(QRgb pixel, const QColor& color, int tolerance = 40)
{
    return std::abs(qRed(pixel) - color.red()) <= tolerance && std::abs(qGreen(pixel) - color.green()) <= tolerance &&
           std::abs(qBlue(pixel) - color.blue()) <= tolerance;
}

QList<QPoint> pixelsNear(const QImage& image, const QColor& color)
{
    QList<QPoint> found;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (near(line[x], color, 20))
                found << QPoint(x, y);
        }
    }
    return found;
}

struct SvgContents
{
    QSize size;
    QStringList texts;
    QMap<QString, int> pathsByStroke; // stroke colour -> number of path/polyline elements
    QMap<QString, int> dashedPathsByStroke; // the same, of those drawn with a stroke-dasharray
    int images = 0;
};

SvgContents parseSvg(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&file);
    SvgContents svg;
    QStringList strokes{QString()}; // inherited through <g>
    QStringList dashes{QString()};
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString stroke = xml.attributes().value(QStringLiteral("stroke")).toString();
            strokes.push_back(stroke.isEmpty() ? strokes.last() : stroke);
            const QString dash =
                xml.attributes().value(QStringLiteral("stroke-dasharray")).toString();
            dashes.push_back(dash.isEmpty()                  ? dashes.last()
                             : dash == QLatin1String("none") ? QString()
                                                             : dash);
            const QStringView name = xml.name();
            if (name == QLatin1String("svg")) {
                const QStringList box = xml.attributes().value(QStringLiteral("viewBox")).toString().split(QLatin1Char(' '));
                if (box.size() == 4)
                    svg.size = QSize(box[2].toInt(), box[3].toInt());
            } else if (name == QLatin1String("path") || name == QLatin1String("polyline")) {
                ++svg.pathsByStroke[strokes.last().toLower()];
                if (!dashes.last().isEmpty())
                    ++svg.dashedPathsByStroke[strokes.last().toLower()];
            } else if (name == QLatin1String("image"))
                ++svg.images;
            else if (name == QLatin1String("text"))
                svg.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        }
        if (xml.isEndElement() && xml.name() != QLatin1String("text") && strokes.size() > 1) {
            strokes.pop_back();
            dashes.pop_back();
        }
    }
    if (xml.hasError())
        qWarning("SVG parse error: %s", qPrintable(xml.errorString()));
    return svg;
}

QLineSeries* lineNamed(QChart* chart, const QString& name)
{
    for (QAbstractSeries* series : chart->series()) {
        if (series->name() == name)
            return qobject_cast<QLineSeries*>(series);
    }
    return nullptr;
}

// Whether the chart's legend shows an entry of that name.
bool legendShows(QChart* chart, const QString& name)
{
    QCoreApplication::sendPostedEvents(nullptr,
                                       QEvent::LayoutRequest); // the legend lays out its entries
    for (QLegendMarker* marker : chart->legend()->markers()) {
        if (marker->label() == name && marker->isVisible())
            return true;
    }
    return false;
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::ChartFixture> m_fixture;
    QTemporaryDir m_dir;

    // Exports a chart (the money chart of the sample unless told) as SVG and PNG, renders the
    // SVG with another program (the command line comes from `command`), and compares the two
    // pictures: where ours draws `color`, theirs must too, and with `bothWays` the reverse
    // (so a dashed line whose gaps the other renderer filled fails).
    void compareWithRenderer(const QString& name,
                             const std::function<QStringList(QString, QString)>& command,
                             const test::ChartFixture* fixture = nullptr,
                             ChartKind kind = ChartKind::Money, const QColor& color = kFundingGreen,
                             bool bothWays = false)
    {
        const charts::ChartInputs inputs = (fixture ? fixture : m_fixture.get())->inputs();
        const QString svgPath = m_dir.filePath(name + QStringLiteral(".svg"));
        const QString ourPng = m_dir.filePath(name + QStringLiteral("-ours.png"));
        const QString theirPng = m_dir.filePath(name + QStringLiteral("-theirs.png"));
        QCOMPARE(exportChart({kind}, inputs, svgPath), QString());
        QCOMPARE(exportChart({kind}, inputs, ourPng), QString());
        const QStringList args = command(svgPath, theirPng);
        QProcess process;
        process.start(args.first(), args.mid(1));
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QImage ours = QImage(ourPng).convertToFormat(QImage::Format_RGB32);
        const QImage theirs = QImage(theirPng).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(theirs.size(), ours.size());
        // Where our PNG draws the line, the other rendering must draw it too (within a pixel):
        // the same geometry, not merely a similar picture.
        const auto drawnIn = [&color](const QImage& one, const QImage& other) {
            const QList<QPoint> line = pixelsNear(one, color);
            int matched = 0;
            for (const QPoint& p : line) {
                bool found = false;
                for (int dy = -1; dy <= 1 && !found; ++dy)
                    for (int dx = -1; dx <= 1 && !found; ++dx)
                        found = other.rect().contains(p + QPoint(dx, dy)) &&
                                near(other.pixel(p + QPoint(dx, dy)), color);
                matched += found;
            }
            return std::pair<int, int>(matched, int(line.size()));
        };
        const auto [matched, drawn] = drawnIn(ours, theirs);
        QVERIFY(drawn > 300);
        QVERIFY2(matched >= drawn * 95 / 100,
                 qPrintable(QStringLiteral("%1 of %2").arg(matched).arg(drawn)));
        if (bothWays) {
            const auto [back, theirsDrawn] = drawnIn(theirs, ours);
            QVERIFY2(back >= theirsDrawn * 95 / 100,
                     qPrintable(QStringLiteral("%1 of %2").arg(back).arg(theirsDrawn)));
        }
        // And overall the two pictures agree almost everywhere (text antialiasing differs).
        qint64 differing = 0;
        for (int y = 0; y < ours.height(); ++y)
            for (int x = 0; x < ours.width(); ++x)
                differing += !near(ours.pixel(x, y), QColor::fromRgb(theirs.pixel(x, y)), 60);
        QVERIFY2(differing < qint64(ours.width()) * ours.height() / 50, qPrintable(QString::number(differing)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<test::ChartFixture>();
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("ATLAS_TEST_KEEP")); // to look at the files
        qInfo("exports in %s", qPrintable(m_dir.path()));
    }

    void pngAtEachScale_data()
    {
        QTest::addColumn<int>("scale");
        QTest::newRow("1x") << 1;
        QTest::newRow("2x") << 2;
        QTest::newRow("3x") << 3;
    }
    void pngAtEachScale()
    {
        QFETCH(int, scale);
        const QString path = m_dir.filePath(QStringLiteral("money-%1x.png").arg(scale));
        QCOMPARE(exportChart({ChartKind::Money}, m_fixture->inputs(), path, kSlideSize, scale), QString());
        const QImage image(path);
        QCOMPARE(image.size(), kSlideSize * scale);
        // The funding line is drawn: enough of its green, more at higher scales.
        const int green = int(pixelsNear(image.convertToFormat(QImage::Format_RGB32), kFundingGreen).size());
        QVERIFY2(green > 400 * scale, qPrintable(QString::number(green)));
        // The page is white at its corner and dark where the title is.
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    }

    void svgHoldsSeriesTitleCaptionAndSources()
    {
        const QString path = m_dir.filePath(QStringLiteral("money.svg"));
        QCOMPARE(exportChart({ChartKind::Money}, m_fixture->inputs(), path), QString());
        const SvgContents svg = parseSvg(path);
        QCOMPARE(svg.size, kSlideSize);
        QCOMPARE(svg.images, 0); // vectors, no embedded bitmap
        const QString all = svg.texts.join(QLatin1Char('|'));
        QVERIFY2(all.contains(QStringLiteral("Money: funding against capex")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Assumptions:")));
        QVERIFY(all.contains(QStringLiteral("GB200 (NVL72)")));
        QVERIFY(all.contains(QStringLiteral("Sources:")));
        QVERIFY(all.contains(QStringLiteral("Funding")));   // legend
        QVERIFY(all.contains(QStringLiteral("50–100")));    // the claim's label
        QVERIFY2(svg.pathsByStroke.value(kFundingGreen.name()) >= 1,
                 qPrintable(QStringList(svg.pathsByStroke.keys()).join(QLatin1Char(','))));
    }

    void svgTextUsesTheExplicitFont()
    {
        const QString path = m_dir.filePath(QStringLiteral("cluster.svg"));
        QCOMPARE(exportChart({ChartKind::ClusterSize}, m_fixture->inputs(), path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        int texts = 0;
        for (const QByteArray& line : lines) {
            if (!line.startsWith("<text"))
                continue;
            ++texts;
            QVERIFY2(line.contains("font-family=\"DejaVu Sans, Noto Sans CJK SC\""),
                     line.constData());
        }
        QVERIFY(texts > 10);
    }

    void rsvgRendersTheSvgLikeOurPng()
    {
        const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
        if (rsvg.isEmpty())
            QFAIL("rsvg-convert not found: install librsvg2-bin (packaging/install-deps.sh does)");
        compareWithRenderer(QStringLiteral("rsvg"), rsvgCommand(rsvg));
    }

    // The command lines that render an SVG into a PNG.
    std::function<QStringList(QString, QString)> rsvgCommand(const QString& rsvg)
    {
        return [rsvg](const QString& svg, const QString& png) {
            return QStringList{rsvg, QStringLiteral("--background-color=white"),
                               QStringLiteral("-o"), png, svg};
        };
    }
    std::function<QStringList(QString, QString)> chromiumCommand(const QString& chromium)
    {
        const QString profile = m_dir.filePath(QStringLiteral("chromium-profile"));
        return [chromium, profile](const QString& svg, const QString& png) {
            // Headless, no sandbox (CI runs as root), and nothing that reaches for the network.
            return QStringList{chromium, QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                               QStringLiteral("--disable-gpu"), QStringLiteral("--disable-quic"),
                               QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
                               QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                               QStringLiteral("--hide-scrollbars"), QStringLiteral("--user-data-dir=") + profile,
                               QStringLiteral("--window-size=%1,%2").arg(kSlideSize.width()).arg(kSlideSize.height()),
                               QStringLiteral("--screenshot=") + png, QUrl::fromLocalFile(svg).toString()};
        };
    }

    void chromiumRendersTheSvgLikeOurPng()
    {
        const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (chromium.isEmpty())
            QSKIP("chromium not found: install Debian's chromium (packaging/install-deps.sh does "
                  "on Debian)");
        compareWithRenderer(QStringLiteral("chromium"), chromiumCommand(chromium));
    }

    // The projected part of a line is dashed in the SVG, and both renderers draw its dashes
    // where ours are: no gap filled, none added.
    void projectedDashesRenderTheSameElsewhere_data()
    {
        QTest::addColumn<QString>("renderer");
        QTest::newRow("rsvg-convert") << QStringLiteral("rsvg-convert");
        QTest::newRow("chromium") << QStringLiteral("chromium");
    }
    void projectedDashesRenderTheSameElsewhere()
    {
        QFETCH(QString, renderer);
        const QString program = QStandardPaths::findExecutable(renderer);
        if (program.isEmpty() && renderer == QLatin1String("chromium"))
            QSKIP("chromium not found: install Debian's chromium (packaging/install-deps.sh does "
                  "on Debian)");
        QVERIFY2(!program.isEmpty(),
                 qPrintable(renderer + QStringLiteral(" not found: install librsvg2-bin")));
        const test::ChartFixture projected(test::projectedAtlas());
        // The largest site's line (with H100s the GPUs line lies under the H100e one).
        const QColor gpus = seriesColor(2);
        const QString svgPath = m_dir.filePath(QStringLiteral("dashes-%1.svg").arg(renderer));
        QCOMPARE(exportChart({ChartKind::ClusterSize}, projected.inputs(), svgPath), QString());
        QVERIFY(parseSvg(svgPath).dashedPathsByStroke.value(gpus.name()) >= 1);
        compareWithRenderer(QStringLiteral("dashes-") + renderer,
                            renderer == QLatin1String("chromium") ? chromiumCommand(program)
                                                                  : rsvgCommand(program),
                            &projected, ChartKind::ClusterSize, gpus, true);
    }

    // A chart's line is solid for what the recorded phases give and dashed where the
    // sources' projections change it, with one legend entry; without projections, no dashes.
    void projectedYearsAreDrawnDashed_data()
    {
        QTest::addColumn<ChartKind>("kind");
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("figure"); // 0 GPUs (millions), 1 demand GW, 2 capex needed $B
        QTest::newRow("cluster size")
            << ChartKind::ClusterSize << QStringLiteral("GPUs (scenario)") << 0;
        QTest::newRow("gigawatts") << ChartKind::Gigawatts << QStringLiteral("Demand") << 1;
        QTest::newRow("money") << ChartKind::Money << QStringLiteral("Capex needed") << 2;
    }
    void projectedYearsAreDrawnDashed()
    {
        QFETCH(ChartKind, kind);
        QFETCH(QString, line);
        QFETCH(int, figure);
        const auto value = [figure](const YearResult& y) {
            return figure == 0   ? y.gpusInstalled / 1e6
                   : figure == 1 ? y.facilityDemandGw
                                 : y.capexNeededUsd / 1e9;
        };
        const test::ChartFixture projected(test::projectedAtlas());
        QGraphicsScene
            scene; // legend entries are visible only in a scene (it then owns the QChart)
        const std::unique_ptr<ScenarioChart> chart = makeChart(kind);
        scene.addItem(chart->chart());
        chart->chart()->resize(900, 500);
        chart->update(projected.inputs());
        QLineSeries* solid = lineNamed(chart->chart(), line);
        QLineSeries* dashed = lineNamed(chart->chart(), line + QStringLiteral(", projected"));
        QVERIFY(solid && dashed);
        QCOMPARE(solid->pen().style(), Qt::SolidLine);
        QVERIFY(dashed->isVisible());
        QCOMPARE(dashed->pen().style(), Qt::CustomDashLine);
        QCOMPARE(dashed->pen().dashPattern().size(), 2);
        QCOMPARE(dashed->pen().color(), solid->pen().color());
        // Solid: the recorded figures, every year. Dashed: from 2026, the last year the two
        // agree, to the end, with every phase counted.
        const ScenarioResult& result = projected.scenario->result();
        QVERIFY(solid->count() >= 6); // (the log axis leaves out years without GPUs)
        for (const QPointF& p : solid->points())
            QVERIFY(std::abs(p.y() - value(*result.recordedAtYear(int(p.x())))) < 1e-9);
        QCOMPARE(dashed->at(0).x(), 2026.0);
        QCOMPARE(dashed->points().last().x(), 2030.0);
        for (const QPointF& p : dashed->points())
            QVERIFY(std::abs(p.y() - value(*result.atYear(int(p.x())))) < 1e-9);
        QVERIFY(value(*result.atYear(2028)) > value(*result.recordedAtYear(2028)));
        QVERIFY(legendShows(chart->chart(), projectedLegendName()));
        QVERIFY(!legendShows(chart->chart(), dashed->name())); // one entry stands for them all

        // The same chart without projections: no dashes, no legend entry.
        const test::ChartFixture recorded(test::smallAtlas());
        chart->update(recorded.inputs());
        QVERIFY(!dashed->isVisible());
        QVERIFY(!legendShows(chart->chart(), projectedLegendName()));
    }

    void projectedCapacityIsALighterBand()
    {
        const test::ChartFixture projected(test::projectedAtlas());
        const std::unique_ptr<ScenarioChart> chart = makeChart(ChartKind::Gigawatts);
        chart->update(projected.inputs());
        QAreaSeries* band = nullptr;
        for (QAbstractSeries* series : chart->chart()->series()) {
            if (auto* area = qobject_cast<QAreaSeries*>(series);
                area && area->name() == projectedLegendName())
                band = area;
        }
        QVERIFY(band);
        QVERIFY(band->brush().color().alpha() < 128);
        const ScenarioResult& result = projected.scenario->result();
        const QList<QPointF> upper = band->upperSeries()->points(),
                             lower = band->lowerSeries()->points();
        QVERIFY(!upper.isEmpty());
        QCOMPARE(upper.first().x(), 2026.0);
        QCOMPARE(upper.size(), lower.size());
        for (int i = 0; i < upper.size(); ++i) {
            QVERIFY(std::abs(upper[i].y() - result.atYear(int(upper[i].x()))->facilityCapacityGw) <
                    1e-9);
            QVERIFY(std::abs(lower[i].y() -
                             result.recordedAtYear(int(lower[i].x()))->facilityCapacityGw) < 1e-9);
        }
        // The operators' bands stack what is recorded: their top is the recorded capacity.
        double stacked2028 = 0;
        for (QAbstractSeries* series : chart->chart()->series()) {
            auto* area = qobject_cast<QAreaSeries*>(series);
            if (area && area != band)
                for (const QPointF& p : area->upperSeries()->points())
                    if (p.x() == 2028)
                        stacked2028 = std::max(stacked2028, p.y());
        }
        QVERIFY(std::abs(stacked2028 - result.recordedAtYear(2028)->facilityCapacityGw) < 1e-9);
    }

    void sitesChartShowsProjectionsApart()
    {
        const test::ChartFixture projected(test::projectedAtlas()); // 2028
        QGraphicsScene scene; // laid out at a size (it then owns the QChart)
        const std::unique_ptr<ScenarioChart> chart = makeChart(ChartKind::Sites);
        scene.addItem(chart->chart());
        chart->chart()->resize(900, 600);
        chart->update(projected.inputs());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        auto* sites = static_cast<SitesChart*>(chart.get());
        // Top bar: site 11, 1,000 MW recorded and 1,000 more projected; site 12 only projected.
        QVERIFY2(sites->categories().first().startsWith(QStringLiteral("Memphis Two")),
                 qPrintable(sites->categories().join(QLatin1Char('|'))));
        QVERIFY2(sites->categories().first().contains(QStringLiteral("projected")),
                 qPrintable(sites->categories().first()));
        const QStringList values = sites->valueLabels();
        QVERIFY2(values.first().contains(QStringLiteral(" MW + ")) &&
                     values.first().endsWith(QStringLiteral(" projected")),
                 qPrintable(values.join(QLatin1Char('|'))));
        QVERIFY(values.contains(QStringLiteral("500 MW projected")));
        // A narrow chart has no room after the longest bar: the short form.
        chart->chart()->resize(300, 600);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY2(sites->valueLabels().first().endsWith(QStringLiteral("+1000 MW")) ||
                     sites->valueLabels().first().endsWith(QStringLiteral("+1,000 MW")),
                 qPrintable(sites->valueLabels().join(QLatin1Char('|'))));
        const int top = sites->recordedBars()->count() - 1; // bars run bottom to top
        QCOMPARE(sites->recordedBars()->at(top), 1000.0);
        QCOMPARE(sites->projectedBars()->at(top), 1000.0);
        QCOMPARE(sites->projectedBars()->pen().style(), Qt::CustomDashLine);
        QVERIFY(FlowLegend::of(chart->chart())->isVisible());
        const test::ChartFixture recorded(test::smallAtlas());
        chart->update(recorded.inputs());
        QVERIFY(!FlowLegend::of(chart->chart())->isVisible());
        for (const QString& label : sites->valueLabels())
            QVERIFY2(!label.contains(QStringLiteral("projected")), qPrintable(label));
    }

    // A chart drawn on a page whose painter holds a brush (the dashboard's tiles) draws its
    // dashed lines as lines, not as shapes filled with that brush.
    void dashedLinesAreNotFilledWithTheCallersBrush()
    {
        const test::ChartFixture projected(test::projectedAtlas());
        QImage image(QSize(900, 500), QImage::Format_RGB32);
        image.fill(Qt::white);
        const QColor leaked(0xff, 0x00, 0xff);
        QPainter painter(&image);
        painter.setBrush(leaked);
        paintChart(painter, QRectF(0, 0, 900, 500), ChartKind::Gigawatts, projected.inputs());
        painter.end();
        QCOMPARE(int(pixelsNear(image, leaked).size()), 0);
    }

    void svgDrawsOnlyProjectionsDashed()
    {
        const QColor gpus = seriesColor(0);
        const QString withPath = m_dir.filePath(QStringLiteral("projected-cluster.svg"));
        const QString withoutPath = m_dir.filePath(QStringLiteral("recorded-cluster.svg"));
        QCOMPARE(exportChart({ChartKind::ClusterSize},
                             test::ChartFixture(test::projectedAtlas()).inputs(), withPath),
                 QString());
        QCOMPARE(exportChart({ChartKind::ClusterSize},
                             test::ChartFixture(test::smallAtlas()).inputs(), withoutPath),
                 QString());
        const SvgContents with = parseSvg(withPath), without = parseSvg(withoutPath);
        QVERIFY(with.dashedPathsByStroke.value(gpus.name()) >= 1);
        QVERIFY(with.pathsByStroke.value(gpus.name()) >
                with.dashedPathsByStroke.value(gpus.name())); // and solid
        QCOMPARE(without.dashedPathsByStroke.value(gpus.name()), 0);
        QVERIFY(with.texts.join(QLatin1Char('|')).contains(projectedLegendName()));
        QVERIFY2(!with.texts.join(QLatin1Char('|'))
                      .contains(QStringLiteral(", projected")), // one entry for all
                 qPrintable(with.texts.join(QLatin1Char('|'))));
        QVERIFY(!without.texts.join(QLatin1Char('|')).contains(projectedLegendName()));
    }

    void asRecordedIsNamedOnTheChartAndItsCaption()
    {
        test::ChartFixture fixture(test::projectedAtlas());
        fixture.scenario->setAsRecorded(true);
        const std::unique_ptr<ScenarioChart> chart = makeChart(ChartKind::ClusterSize);
        chart->update(fixture.inputs());
        QCOMPARE(chart->chart()->title(), QStringLiteral("Cluster size, as recorded"));
        // The recorded fleets: 350,000 chips in 2026.
        QLineSeries* gpus = lineNamed(chart->chart(), QStringLiteral("GPUs (scenario)"));
        QVERIFY(gpus->points().contains(QPointF(2026, 0.35)));
        const PageText text = chartPageText(ChartKind::ClusterSize, fixture.inputs());
        QVERIFY2(text.caption.contains(QStringLiteral("As recorded")), qPrintable(text.caption));
        QVERIFY2(text.subtitle.contains(QStringLiteral("as recorded")), qPrintable(text.subtitle));
        const QString path = m_dir.filePath(QStringLiteral("as-recorded.svg"));
        QCOMPARE(exportChart({ChartKind::ClusterSize}, fixture.inputs(), path), QString());
        QVERIFY(
            parseSvg(path).texts.join(QLatin1Char('|')).contains(QStringLiteral("As recorded")));
    }

    void allChartsAtOnce()
    {
        QTemporaryDir folder;
        QStringList written;
        QCOMPARE(exportAllCharts(m_fixture->inputs(), folder.path(), QStringLiteral("svg"), kSlideSize, 1, &written), QString());
        QCOMPARE(written.size(), 5);
        for (const char* stem : {"cluster-size", "gigawatts", "money", "sites", "all-charts"})
            QVERIFY2(QFile::exists(QDir(folder.path()).filePath(QLatin1String(stem) + QStringLiteral(".svg"))), stem);
        const SvgContents dashboard = parseSvg(QDir(folder.path()).filePath(QStringLiteral("all-charts.svg")));
        const QString all = dashboard.texts.join(QLatin1Char('|'));
        for (const char* title : {"Cluster size", "Gigawatts", "Money", "Sites in 2026"})
            QVERIFY2(all.contains(QLatin1String(title)), title);
    }

    // `export-map --size 8000x8000 --scale 4` took 4 GB: a PNG over the stated limit is
    // refused before its image is allocated or its file opened; the file there is kept.
    void picturesOverThePixelLimitAreRefusedBeforeDrawing()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.png"));
        test::writeFileBytes(path, "the export before");
        const qint64 peakBefore = peakMemoryKb();
        bool painted = false;
        Page page;
        page.size = QSize(8000, 8000);
        page.scale = 4;
        page.paint = [&painted](QPainter&) { painted = true; };
        const QString error = writePage(path, page, {PageFormat::Png});
        QVERIFY2(error.contains(QStringLiteral("1024 million")) &&
                     error.contains(QStringLiteral("at most 100 million pixels")),
                 qPrintable(error));
        QVERIFY(!painted);
        QCOMPARE(exportChart({ChartKind::Money}, m_fixture->inputs(), path, QSize(8000, 8000), 4),
                 error);
        QVERIFY(renderChartImage({ChartKind::Money}, m_fixture->inputs(), QSize(8000, 8000), 4)
                    .isNull());
        QCOMPARE(test::fileBytes(path), QByteArray("the export before"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("huge*")}, QDir::Files),
                 QStringList{QStringLiteral("huge.png")});
        // Nothing near 4 GB was ever taken (the peak grew by less than 200 MB).
        QVERIFY2(peakMemoryKb() - peakBefore < 200 * 1024,
                 qPrintable(QString::number(peakMemoryKb() - peakBefore)));
        // The same page as SVG has no pixels: written.
        page.paint = [](QPainter& painter) { painter.drawLine(0, 0, 100, 100); };
        QCOMPARE(writePage(m_dir.filePath(QStringLiteral("huge.svg")), page, {PageFormat::Svg}),
                 QString());
    }

    void unwritableFolderGivesAMessage()
    {
        const QString error = exportChart({ChartKind::Money}, m_fixture->inputs(),
                                          QStringLiteral("/nonexistent-folder/x.png"));
        QVERIFY(error.contains(QStringLiteral("Cannot write")));
        QVERIFY(exportChart({ChartKind::Money}, m_fixture->inputs(), m_dir.filePath(QStringLiteral("x.bmp")))
                    .contains(QStringLiteral(".png or .svg")));
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
