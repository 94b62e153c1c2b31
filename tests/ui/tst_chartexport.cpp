// SPDX-License-Identifier: GPL-3.0-or-later
// Charts exported for slides: PNG at 1×/2×/3× and SVG, with title, caption and sources; the
// SVG holds the plotted series and renders the same in another renderer (rsvg-convert).
#include "chartfixture.h"
#include "charts/chartexport.h"
#include "export/pagewriter.h"

#include <QDir>
#include <QFile>
#include <QImage>
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
    int images = 0;
};

SvgContents parseSvg(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&file);
    SvgContents svg;
    QStringList strokes{QString()}; // inherited through <g>
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString stroke = xml.attributes().value(QStringLiteral("stroke")).toString();
            strokes.push_back(stroke.isEmpty() ? strokes.last() : stroke);
            const QStringView name = xml.name();
            if (name == QLatin1String("svg")) {
                const QStringList box = xml.attributes().value(QStringLiteral("viewBox")).toString().split(QLatin1Char(' '));
                if (box.size() == 4)
                    svg.size = QSize(box[2].toInt(), box[3].toInt());
            }
            else if (name == QLatin1String("path") || name == QLatin1String("polyline"))
                ++svg.pathsByStroke[strokes.last().toLower()];
            else if (name == QLatin1String("image"))
                ++svg.images;
            else if (name == QLatin1String("text"))
                svg.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        }
        if (xml.isEndElement() && xml.name() != QLatin1String("text") && strokes.size() > 1)
            strokes.pop_back();
    }
    if (xml.hasError())
        qWarning("SVG parse error: %s", qPrintable(xml.errorString()));
    return svg;
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::ChartFixture> m_fixture;
    QTemporaryDir m_dir;

    // Exports the money chart as SVG and PNG, renders the SVG with another program (the
    // command line comes from `command`), and compares the two pictures.
    void compareWithRenderer(const QString& name, const std::function<QStringList(QString, QString)>& command)
    {
        const QString svgPath = m_dir.filePath(name + QStringLiteral(".svg"));
        const QString ourPng = m_dir.filePath(name + QStringLiteral("-ours.png"));
        const QString theirPng = m_dir.filePath(name + QStringLiteral("-theirs.png"));
        QCOMPARE(exportChart({ChartKind::Money}, m_fixture->inputs(), svgPath), QString());
        QCOMPARE(exportChart({ChartKind::Money}, m_fixture->inputs(), ourPng), QString());
        const QStringList args = command(svgPath, theirPng);
        QProcess process;
        process.start(args.first(), args.mid(1));
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QImage ours = QImage(ourPng).convertToFormat(QImage::Format_RGB32);
        const QImage theirs = QImage(theirPng).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(theirs.size(), ours.size());
        // Where our PNG draws the funding line, the other rendering must draw it too (within a
        // pixel): the same geometry, not merely a similar picture.
        const QList<QPoint> line = pixelsNear(ours, kFundingGreen);
        QVERIFY(line.size() > 300);
        int matched = 0;
        for (const QPoint& p : line) {
            bool found = false;
            for (int dy = -1; dy <= 1 && !found; ++dy)
                for (int dx = -1; dx <= 1 && !found; ++dx)
                    found = theirs.rect().contains(p + QPoint(dx, dy)) && near(theirs.pixel(p + QPoint(dx, dy)), kFundingGreen);
            matched += found;
        }
        QVERIFY2(matched >= line.size() * 95 / 100, qPrintable(QStringLiteral("%1 of %2").arg(matched).arg(line.size())));
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
            QVERIFY2(line.contains("font-family=\"DejaVu Sans\""), line.constData());
        }
        QVERIFY(texts > 10);
    }

    void rsvgRendersTheSvgLikeOurPng()
    {
        const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
        if (rsvg.isEmpty())
            QFAIL("rsvg-convert not found: install librsvg2-bin (packaging/install-deps.sh does)");
        compareWithRenderer(QStringLiteral("rsvg"), [&](const QString& svg, const QString& png) {
            return QStringList{rsvg, QStringLiteral("--background-color=white"), QStringLiteral("-o"), png, svg};
        });
    }

    void chromiumRendersTheSvgLikeOurPng()
    {
        const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (chromium.isEmpty())
            QSKIP("chromium not found: install Debian's chromium (packaging/install-deps.sh does on Debian)");
        const QString profile = m_dir.filePath(QStringLiteral("chromium-profile"));
        compareWithRenderer(QStringLiteral("chromium"), [&](const QString& svg, const QString& png) {
            // Headless, no sandbox (CI runs as root), and nothing that reaches for the network.
            return QStringList{chromium, QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                               QStringLiteral("--disable-gpu"), QStringLiteral("--disable-quic"),
                               QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
                               QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                               QStringLiteral("--hide-scrollbars"), QStringLiteral("--user-data-dir=") + profile,
                               QStringLiteral("--window-size=%1,%2").arg(kSlideSize.width()).arg(kSlideSize.height()),
                               QStringLiteral("--screenshot=") + png, QUrl::fromLocalFile(svg).toString()};
        });
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
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the export before");
        old.close();
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
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the export before"));
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
