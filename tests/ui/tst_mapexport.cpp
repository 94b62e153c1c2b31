// SPDX-License-Identifier: GPL-3.0-or-later
// The map's exports: one SVG circle per visible site and no bitmaps, PNG at 2×, a one-page
// PDF that renders like our PNG, and the sites not placed counted in each.
#include "maptest.h"

using namespace atlas;

class TestMapExport : public test::MapTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpFixtures(QStringLiteral("tst_mapexport")); }

    void svgHasOneEllipsePerVisibleSiteAndNoBitmap()
    {
        auto frame = frameFor(2026);
        MapSettings view;
        view.scene = &frame->scene();
        view.projection = frame->projectionKind();
        const QString path = m_dir.filePath(QStringLiteral("map.svg"));
        QCOMPARE(exportMap(view, path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        // A circle for each site with recorded capacity (one with projections alone is a ring).
        int online = 0;
        for (const MapSite& site : frame->scene().sites())
            online += site.recordedOnline;
        QCOMPARE(int(svg.count("<circle")), online);
        QCOMPARE(int(svg.count("<image")), 0);
        QVERIFY(svg.contains("AI data-center sites and fiber links, 2026"));
        QVERIFY(svg.contains("Natural Earth"));  // attribution
        QVERIFY(svg.contains("IT power in 2026")); // legend
        QVERIFY(svg.contains(" km</text>"));      // scale bar
        // An earlier year has fewer sites online, and so fewer circles.
        auto later = frameFor(2023);
        view.scene = &later->scene();
        QCOMPARE(exportMap(view, path), QString());
        QVERIFY(file.seek(0) || file.open(QIODevice::ReadOnly));
        file.close();
        file.open(QIODevice::ReadOnly);
        int onlineLater = 0;
        for (const MapSite& site : later->scene().sites())
            onlineLater += site.recordedOnline;
        QVERIFY(onlineLater < online);
        QCOMPARE(int(file.readAll().count("<circle")), onlineLater);
    }

    // The scene is built from the data and the scenario's prepared atlas. Both are rebuilt
    // after a write, in one order: whoever hears of the new result sees a scene of the same
    // data (once the map heard of it first, and drew the new atlas over the old scene).

    void pngAtTwiceTheSize()
    {
        auto frame = frameFor(2026);
        MapSettings view;
        view.scene = &frame->scene();
        view.projection = frame->projectionKind();
        const QString path = m_dir.filePath(QStringLiteral("map.png"));
        QCOMPARE(exportMap(view, path, kMapExportSize, 2), QString());
        const QImage image(path);
        QCOMPARE(image.size(), kMapExportSize * 2);
    }

    // The map as a PDF, as the dashboard is: one page of the map's size at 96 dpi (1600×1000
    // pixels are 1200×750 points), which poppler renders as our PNG draws it.

    void pdfIsOnePageThatRendersLikeOurPng()
    {
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdfinfo.isEmpty() || pdftoppm.isEmpty())
            QFAIL("pdfinfo or pdftoppm not found: install poppler-utils (packaging/install-deps.sh does)");
        auto frame = frameFor(2027);
        MapSettings view;
        view.scene = &frame->scene();
        view.projection = frame->projectionKind();
        view.selection = {siteIndex(*frame, QStringLiteral("Colossus 2"))};
        const QString pdf = m_dir.filePath(QStringLiteral("map.pdf"));
        const QString png = m_dir.filePath(QStringLiteral("map-for-pdf.png"));
        QCOMPARE(exportMap(view, pdf), QString());
        QCOMPARE(exportMap(view, png), QString());

        QProcess info;
        info.start(pdfinfo, {pdf});
        QVERIFY(info.waitForFinished(60000));
        QCOMPARE(info.exitCode(), 0);
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(text));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Page size:\\s+1200 x 750 pts"))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("AI data-center sites and fiber links, 2027")), qPrintable(text));

        const QString rendered = m_dir.filePath(QStringLiteral("map-poppler"));
        QProcess render;
        render.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("96"), QStringLiteral("-png"),
                                QStringLiteral("-singlefile"), pdf, rendered});
        QVERIFY(render.waitForFinished(120000));
        QCOMPARE(render.exitCode(), 0);
        const QImage ours = QImage(png).convertToFormat(QImage::Format_RGB32);
        const QImage theirs = QImage(rendered + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(theirs.size(), ours.size());
        qint64 differing = 0;
        for (int y = 0; y < ours.height(); ++y)
            for (int x = 0; x < ours.width(); ++x)
                differing += !close(QColor::fromRgb(ours.pixel(x, y)), QColor::fromRgb(theirs.pixel(x, y)), 60);
        QVERIFY2(differing < qint64(ours.width()) * ours.height() / 40, qPrintable(QString::number(differing)));
    }

    // Sites with no location cannot be drawn; the legend says how many, on screen and in every
    // export, so that a briefing never drops them without a word.

    void sitesNotPlacedAreCountedOnTheMapAndInItsExports_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void sitesNotPlacedAreCountedOnTheMapAndInItsExports()
    {
        QFETCH(bool, dark);
        test::ChartFixture data;
        ChangeSet add(QStringLiteral("add"));
        for (int i = 0; i < 3; ++i) {
            Site site;
            site.name = QStringLiteral("Unplaced %1").arg(i + 1);
            site.precision = LocationPrecision::Unknown;
            add.upsert(site);
        }
        int unplaced = 3; // these and the sample's own
        for (const Site& s : data.document.dataset().sites)
            unplaced += !s.hasLocation();
        const QString count = QStringLiteral("%1 sites not placed").arg(unplaced);
        QVERIFY(data.document.store()->apply(add).ok);
        MapFrame frame;
        frame.setSize(QSize(1200, 800));
        frame.setPalette(mapstyle::MapPalette::forDark(dark));
        frame.setData(data.document.dataset());
        frame.setYearData(data.scenario->atlas(), data.scenario->params(), data.scenario->result(),
                          2026);
        frame.fitToData();
        QCOMPARE(frame.scene().unplacedCount(), unplaced);

        // Ink where the legend counts them: dark text in the light palette, light in the dark.
        const auto ink = [dark](const QImage& image, const QRectF& box) {
            int pixels = 0;
            for (int y = int(box.top()); y < int(box.bottom()); ++y)
                for (int x = int(box.left()); x < int(box.right()); ++x)
                    pixels += dark ? image.pixelColor(x, y).lightness() > 170
                                   : image.pixelColor(x, y).lightness() < 90;
            return pixels;
        };
        const QRectF box = frame.unplacedLegendBox();
        QVERIFY(!box.isEmpty());
        const QImage screen = draw(frame);
        QVERIFY2(ink(screen, box) > 150, qPrintable(QString::number(ink(screen, box))));
        const QString tip = frame.tooltipAt(box.center(), 1.3);
        QVERIFY2(tip.startsWith(count), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Shift+click")));
        QVERIFY(tip.contains(QStringLiteral("Not placed")));

        MapSettings view;
        view.scene = &frame.scene();
        view.projection = frame.projectionKind();
        view.dark = dark;
        const QString svgPath = m_dir.filePath(QStringLiteral("unplaced.svg"));
        QCOMPARE(exportMap(view, svgPath), QString());
        QFile svg(svgPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains(QString(QLatin1Char('>') + count + QStringLiteral("</text>")).toUtf8()));
        QVERIFY(text.contains(">not drawn; counted in the totals</text>"));
        // The PNG: the legend sits under the title (paintMapPage: 12 px in, 8 px under the title's
        // 40 px at 12 px from the top).
        const QImage png = renderMapImage(view, kMapExportSize, 1);
        const QRectF pngBox =
            MapRenderer::legendUnplacedBox(frame.scene()).translated(12, 12 + 40 + 8);
        QVERIFY2(ink(png, pngBox) > 150, qPrintable(QString::number(ink(png, pngBox))));

    }
};

QTEST_MAIN(TestMapExport)
#include "tst_mapexport.moc"
