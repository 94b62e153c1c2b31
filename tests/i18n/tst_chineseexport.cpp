// SPDX-License-Identifier: GPL-3.0-or-later
// Exports in Chinese: the text is Chinese characters, not missing-glyph boxes, in rsvg-convert
// and Chromium as in our own PNG (pixel by pixel); the SVG names the CJK font so both renderers
// pick it; the PDF embeds it.
#include "chartfixture.h"
#include "ui/charts/chartexport.h"
#include "ui/export/pagefont.h"
#include "ui/export/pagewriter.h"
#include "core/i18n/language.h"

#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace atlas;

namespace {

// Chromium's headless window is no smaller; multiples of 480 px are whole millimetres in the
// SVG's size, which rsvg-convert would otherwise round up by a pixel.
constexpr QSize kTextPage(1440, 480);

// A page of one line of text, large, black on white, in the pages' font.
Page textPage(const QString& text)
{
    Page page;
    page.size = kTextPage;
    page.background = Qt::white;
    page.title = text;
    page.paint = [text](QPainter& painter) {
        painter.fillRect(QRect(QPoint(0, 0), kTextPage), Qt::white);
        painter.setPen(Qt::black);
        painter.setFont(pageFont(112));
        painter.drawText(QRect(QPoint(0, 0), kTextPage), Qt::AlignCenter, text);
    };
    return page;
}

bool isInk(QRgb pixel)
{
    return qGray(pixel) < 128;
}

// The dark pixels of `one` that have a dark pixel of `other` within a pixel, as a fraction.
double inkFound(const QImage& one, const QImage& other)
{
    qint64 ink = 0;
    qint64 found = 0;
    for (int y = 1; y + 1 < one.height(); ++y)
        for (int x = 1; x + 1 < one.width(); ++x) {
            if (!isInk(one.pixel(x, y)))
                continue;
            ++ink;
            bool near = false;
            for (int dy = -1; dy <= 1 && !near; ++dy)
                for (int dx = -1; dx <= 1 && !near; ++dx)
                    near = isInk(other.pixel(x + dx, y + dy));
            found += near;
        }
    return ink == 0 ? 0 : double(found) / double(ink);
}

} // namespace

class ChineseExportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Renders `svg` to a PNG with rsvg-convert (or Chromium) and returns it, white behind.
    QImage rendered(const QString& svg, const QString& renderer)
    {
        const QString png = svg + QStringLiteral(".") + renderer + QStringLiteral(".png");
        QStringList arguments;
        QString program;
        if (renderer == QLatin1String("rsvg")) {
            program = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
            arguments = {QStringLiteral("--background-color=white"), QStringLiteral("-o"), png,
                         svg};
        } else {
            program = QStandardPaths::findExecutable(QStringLiteral("chromium"));
            const QImage size(svg + QStringLiteral(".ours.png"));
            arguments = {QStringLiteral("--headless"),
                         QStringLiteral("--no-sandbox"),
                         QStringLiteral("--disable-gpu"),
                         QStringLiteral("--no-first-run"),
                         QStringLiteral("--disable-background-networking"),
                         QStringLiteral("--disable-component-update"),
                         QStringLiteral("--hide-scrollbars"),
                         QStringLiteral("--virtual-time-budget=10000"),
                         QStringLiteral("--user-data-dir=") +
                             path(QStringLiteral("chromium-profile")),
                         QStringLiteral("--window-size=%1,%2").arg(size.width()).arg(size.height()),
                         QStringLiteral("--screenshot=") + png,
                         QUrl::fromLocalFile(svg).toString()};
        }
        if (program.isEmpty())
            return {};
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            qWarning("%s: %s", qPrintable(renderer), process.readAllStandardError().constData());
        return QImage(png).convertToFormat(QImage::Format_RGB32);
    }

    // Writes `page` as SVG and PNG; returns the SVG's path (the PNG beside it, ".ours.png").
    QString writeBoth(const Page& page, const QString& stem)
    {
        const QString svg = path(stem + QStringLiteral(".svg"));
        if (!writePage(svg, page, {PageFormat::Svg}).isEmpty() ||
            !writePage(svg + QStringLiteral(".ours.png"), page, {PageFormat::Png}).isEmpty())
            return {};
        return svg;
    }

    void rendersLikeOurs(const QString& renderer)
    {
        const QString svg = writeBoth(textPage(QStringLiteral("算力集群 吉瓦 H100 等效")),
                                      QStringLiteral("line-") + renderer);
        QVERIFY(!svg.isEmpty());
        const QImage ours =
            QImage(svg + QStringLiteral(".ours.png")).convertToFormat(QImage::Format_RGB32);
        const QImage theirs = rendered(svg, renderer);
        if (theirs.isNull() && renderer == QLatin1String("chromium"))
            QSKIP("chromium not found: install Debian's chromium (packaging/install-deps.sh does "
                  "on Debian)");
        QVERIFY2(!theirs.isNull(),
                 "rsvg-convert not found: install librsvg2-bin (packaging/install-deps.sh does)");
        QCOMPARE(theirs.size(), ours.size());
        // The same glyphs in the same places, both ways: a missing-glyph box (rsvg draws the
        // code point's hex digits in it) leaves most of the character's strokes unmatched.
        QVERIFY2(inkFound(ours, theirs) > 0.85,
                 qPrintable(QString::number(inkFound(ours, theirs))));
        QVERIFY2(inkFound(theirs, ours) > 0.85,
                 qPrintable(QString::number(inkFound(theirs, ours))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("ATLAS_TEST_KEEP"));
        QCOMPARE(i18n::installTranslators(*QCoreApplication::instance(),
                                          QLocale(QStringLiteral("zh_CN"))),
                 QStringLiteral("zh_CN"));
    }

    // The font the pages name is installed (Debian's fonts-noto-cjk): without it every
    // renderer falls back to what it finds, or draws boxes.
    void theCjkFontIsInstalled()
    {
        QVERIFY2(QFontDatabase::families().contains(QString::fromLatin1(kPageCjkFontFamily)),
                 "Noto Sans CJK SC is not installed: install fonts-noto-cjk "
                 "(packaging/install-deps.sh does)");
    }

    void theSvgNamesTheCjkFont()
    {
        const QString svg = writeBoth(textPage(QStringLiteral("数据中心")), QStringLiteral("font"));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(QStringLiteral("数据中心").toUtf8())); // text, not paths
        QVERIFY(text.contains("font-family=\"DejaVu Sans, Noto Sans CJK SC\""));
    }

    void rsvgRendersLikeOurPng() { rendersLikeOurs(QStringLiteral("rsvg")); }
    void chromiumRendersLikeOurPng() { rendersLikeOurs(QStringLiteral("chromium")); }

    // A chart exported in Chinese: its title is the translation, and rsvg-convert draws it
    // where our PNG does.
    void aChartExportsWithItsChineseTitle()
    {
        test::ChartFixture fixture;
        const charts::ChartInputs inputs = fixture.inputs();
        const QString svg = path(QStringLiteral("chart.svg"));
        QCOMPARE(charts::exportChart({charts::ChartKind::ClusterSize}, inputs, svg), QString());
        QCOMPARE(charts::exportChart({charts::ChartKind::ClusterSize}, inputs,
                                     svg + QStringLiteral(".ours.png")),
                 QString());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("集群")), "the chart's title is not in Chinese");
        const QImage ours =
            QImage(svg + QStringLiteral(".ours.png")).convertToFormat(QImage::Format_RGB32);
        const QImage theirs = rendered(svg, QStringLiteral("rsvg"));
        QCOMPARE(theirs.size(), ours.size());
        // The title band: the top of the page, above the plot.
        const QRect band(0, 0, ours.width(), ours.height() / 10);
        QVERIFY2(inkFound(ours.copy(band), theirs.copy(band)) > 0.85,
                 qPrintable(QString::number(inkFound(ours.copy(band), theirs.copy(band)))));
    }

    // The PDF carries the CJK font it draws with (pdffonts lists it as embedded).
    void thePdfEmbedsTheCjkFont()
    {
        const QString pdf = path(QStringLiteral("line.pdf"));
        QCOMPARE(writePage(pdf, textPage(QStringLiteral("算力集群 Compute")), {PageFormat::Pdf}),
                 QString());
        const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
        QVERIFY2(!pdffonts.isEmpty(),
                 "pdffonts not found: install poppler-utils (packaging/install-deps.sh does)");
        QProcess process;
        process.start(pdffonts, {pdf});
        QVERIFY(process.waitForFinished(60000));
        const QString listing = QString::fromUtf8(process.readAllStandardOutput());
        bool embedded = false;
        for (const QString& line : listing.split(u'\n'))
            if (line.startsWith(QStringLiteral("NotoSansCJKsc")) &&
                line.contains(QStringLiteral(" yes ")))
                embedded = true;
        QVERIFY2(embedded, qPrintable(listing));
    }
};

QTEST_MAIN(ChineseExportTest)
#include "tst_chineseexport.moc"
