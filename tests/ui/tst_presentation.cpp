// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation mode and the dashboard export, offscreen, on the sample: the PDF is one page
// of the slide's size, the SVG renders in rsvg-convert as our PNG does (and the map stays in
// its place), the headline numbers are on the page; the presentation steps through the saved
// scenarios, changes the year, turns dark and leaves on Esc.
#include "chartfixture.h"
#include "ui/charts/chartexport.h"
#include "ui/charts/chartstyle.h"
#include "core/map/mapscene.h"
#include "ui/map/mapstyle.h"
#include "ui/map/mapwidget.h"
#include "ui/present/chartpicture.h"
#include "ui/present/dashboardexportdialog.h"
#include "ui/present/dashboardpage.h"
#include "ui/present/presentationwindow.h"
#include "core/scenario/headlinefigures.h"
#include "screenshots.h"
#include "ui/widgets/theme.h"

#include <QChart>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;
using atlas::test::keepScreenshot;

namespace {

bool near(QRgb a, const QColor& b, int tolerance)
{
    return std::abs(qRed(a) - b.red()) <= tolerance && std::abs(qGreen(a) - b.green()) <= tolerance &&
           std::abs(qBlue(a) - b.blue()) <= tolerance;
}

// What the screen shows of a window: its backing store, as painted, not a fresh render of it.
QImage onScreen(QWidget* window)
{
    QCoreApplication::processEvents();
    return window->screen()
        ->grabWindow(window->winId())
        .toImage()
        .convertToFormat(QImage::Format_RGB32);
}

// The pixels of `rect` that differ between the two pictures by more than a rounding.
qint64 differingPixels(const QImage& a, const QImage& b, const QRect& rect)
{
    qint64 differing = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            differing += !near(a.pixel(x, y), QColor::fromRgb(b.pixel(x, y)), 8);
    return differing;
}

QStringList savedNamesInOrder(const AtlasDocument& document)
{
    QStringList names;
    for (const ScenarioRecord& record : document.dataset().scenarios)
        names << record.name;
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::ChartFixture> m_fixture;
    QTemporaryDir m_dir;

    QString exportTo(const QString& name, QSize size, bool dark)
    {
        const QString path = m_dir.filePath(name);
        const QString error = exportDashboardTo(path, m_fixture->scenario.get(), &m_fixture->view, size, dark);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return error.isEmpty() ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<test::ChartFixture>();
        m_fixture->view.setYearRange(2023, 2030);
        m_fixture->view.setYear(2027);
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("ATLAS_TEST_KEEP"));
    }

    void pdfIsOnePageOfTheSlideSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("mediaBox");
        QTest::newRow("16:9") << kWideSlide << "0 0 1440.000000 810.000000";
        QTest::newRow("4:3") << kStandardSlide << "0 0 1200.000000 900.000000";
    }
    void pdfIsOnePageOfTheSlideSize()
    {
        QFETCH(QSize, size);
        QFETCH(QString, mediaBox);
        const QString path = exportTo(QStringLiteral("dashboard-%1.pdf").arg(size.width()), size, false);
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString pdf = QString::fromLatin1(file.readAll());
        QVERIFY(pdf.startsWith(QStringLiteral("%PDF-")));
        // Page objects, not the page tree ("/Type /Pages").
        QCOMPARE(pdf.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))), 1);
        QVERIFY2(pdf.contains(QStringLiteral("/MediaBox [%1]").arg(mediaBox)), qPrintable(mediaBox));
    }

    void svgHasTheHeadlinesAndRendersInRsvgLikeOurPng()
    {
        const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
        if (rsvg.isEmpty())
            QFAIL("rsvg-convert not found: install librsvg2-bin (packaging/install-deps.sh does)");
        const QString svg = exportTo(QStringLiteral("dashboard.svg"), kStandardSlide, true);
        const QString png = exportTo(QStringLiteral("dashboard.png"), kStandardSlide, true);
        QVERIFY(!svg.isEmpty() && !png.isEmpty());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QVector<HeadlineFigure> figures = headlineFigures(m_fixture->scenario->result(), 2027);
        QVERIFY(!figures.isEmpty());
        for (const HeadlineFigure& figure : figures)
            QVERIFY2(text.contains(figure.value.toHtmlEscaped()), qPrintable(figure.value));

        const QString theirs = m_dir.filePath(QStringLiteral("dashboard-rsvg.png"));
        QProcess process;
        process.start(rsvg, {QStringLiteral("-o"), theirs, svg});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const QImage a = QImage(png).convertToFormat(QImage::Format_RGB32);
        const QImage b = QImage(theirs).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(b.size(), a.size());
        qint64 differing = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                differing += !near(a.pixel(x, y), QColor::fromRgb(b.pixel(x, y)), 60);
        QVERIFY2(differing < qint64(a.width()) * a.height() / 40, qPrintable(QString::number(differing)));
        // Above the title, the page's own colour in both: the map drew nothing outside its place.
        const QColor page(0x16, 0x18, 0x1b);
        for (int x = 0; x < a.width(); x += 40) {
            QVERIFY(near(a.pixel(x, 4), page, 6));
            QVERIFY2(near(b.pixel(x, 4), page, 6), qPrintable(QColor::fromRgb(b.pixel(x, 4)).name()));
        }
    }

    // The dashboard's map names its sites whole inside its own area, clear of its legend and
    // footer: the page covers what a map draws past its edge, which once cut a name short.
    void dashboardMapNamesAreWholeInsideTheMap_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("year");
        for (int year : {2025, 2026, 2027, 2028, 2030}) {
            QTest::addRow("16:9, %d", year) << kWideSlide << year;
            QTest::addRow("4:3, %d", year) << kStandardSlide << year;
        }
    }
    void dashboardMapNamesAreWholeInsideTheMap()
    {
        QFETCH(QSize, size);
        QFETCH(int, year);
        MapScene scene;
        DashboardInputs inputs;
        inputs.charts = charts::chartInputsOf(*m_fixture->scenario, year);
        inputs.projection = prepareExportScene(&scene, m_fixture->document.dataset(), m_fixture->scenario->atlas(),
                                               m_fixture->scenario->params(), m_fixture->scenario->result(), year);
        inputs.scene = &scene;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        const DashboardMap map = paintDashboard(painter, size, inputs);
        painter.end();
        QVERIFY(!map.area.isEmpty());
        QVERIFY2(map.labels.size() >= 3, qPrintable(QString::number(map.labels.size())));
        const QRectF inside(QPointF(0, 0), map.area.size());
        const QRectF legend(QPointF(12, 12), MapRenderer::legendSize(scene));
        QVector<QRectF> panels = MapRenderer::footerBoxes(map.area.size(), legend);
        panels << legend;
        for (const MapRenderer::Label& label : map.labels) {
            QVERIFY2(inside.contains(label.box),
                     qPrintable(label.text + QStringLiteral(" goes past the map's edge")));
            for (const QRectF& panel : std::as_const(panels))
                QVERIFY2(!panel.intersects(label.box),
                         qPrintable(label.text + QStringLiteral(" is under a panel")));
            const QFont font = MapRenderer::labelFont(label.selected);
            QVERIFY2(label.box.width() >= QFontMetricsF(font).horizontalAdvance(label.text),
                     qPrintable(label.text + QStringLiteral(" is wider than its box")));
        }
    }

    void chartsAndMapTurnDark()
    {
        std::unique_ptr<charts::ScenarioChart> chart = charts::makeChart(charts::ChartKind::Gigawatts);
        chart->update(m_fixture->inputs());
        QCOMPARE(chart->chart()->backgroundBrush().color(), QColor(Qt::white));
        chart->setDark(true);
        QVERIFY(chart->chart()->backgroundBrush().color().lightness() < 50);
        QVERIFY(chart->chart()->titleBrush().color().lightness() > 200);
        chart->setDark(false);
        QCOMPARE(chart->chart()->backgroundBrush().color(), QColor(Qt::white));
        QVERIFY(isDarkPalette(darkPalette()));
        QVERIFY(!isDarkPalette(QPalette(Qt::white)));
    }

    // Right, then Left, each with its fade, as a presenter does, then a year, the theme and a
    // slider: afterwards the screen shows what a presentation opened fresh on that state
    // shows, pixel for pixel (the charts once kept the scenario before the fade under the new
    // one).
    void afterAFadeTheScreenIsAFreshRender()
    {
        const QStringList names = savedNamesInOrder(m_fixture->document);
        QVERIFY(names.size() >= 2);
        ScenarioController live(&m_fixture->document); // the other tests' scenario stays as it is
        PresentationWindow window(&m_fixture->document, &m_fixture->view, &live);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.stepScenario(+1, false);
        QCOMPARE(live.scenarioName(), names.first());
        QTest::qWait(50);
        window.map()->setFocus();
        QTest::keyClick(window.map(), Qt::Key_Right);
        QTRY_COMPARE(live.scenarioName(), names.at(1));
        QTRY_VERIFY(!window.isFading());
        QTest::keyClick(window.map(), Qt::Key_Left);
        QTRY_COMPARE(live.scenarioName(), names.first());
        QTRY_VERIFY(!window.isFading());
        // Then the other changes a presenter makes: a year on, the dark theme, a slider.
        QTest::keyClick(window.map(), Qt::Key_Up);
        QTest::keyClick(&window, Qt::Key_T);
        live.setParameter(ParameterKey::Pue, 1.3);
        QTest::qWait(50);
        const QImage shown = onScreen(&window);

        ScenarioController fresh(&m_fixture->document);
        for (const ScenarioRecord& record : m_fixture->document.dataset().scenarios)
            if (record.name == names.first())
                fresh.loadScenario(record);
        fresh.setParams(live.params());
        PresentationWindow reference(&m_fixture->document, &m_fixture->view, &fresh);
        QVERIFY(window.isDark());
        reference.setDark(true);
        reference.resize(window.size());
        reference.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reference));
        reference.map()->setFocus();
        QTest::qWait(50);
        const QImage expected = onScreen(&reference);
        QCOMPARE(shown.size(), expected.size());
        if (!qEnvironmentVariableIsEmpty("ATLAS_TEST_SCREENSHOTS")) {
            shown.save(QDir(qEnvironmentVariable("ATLAS_TEST_SCREENSHOTS"))
                           .filePath(QStringLiteral("presentation-after-left.png")));
            expected.save(QDir(qEnvironmentVariable("ATLAS_TEST_SCREENSHOTS"))
                              .filePath(QStringLiteral("presentation-fresh.png")));
        }
        for (const char* name : {"cluster-size", "gigawatts", "headlines"}) {
            auto* part = window.findChild<QWidget*>(QLatin1String(name));
            QVERIFY2(part, name);
            const QRect rect(part->mapTo(&window, QPoint(0, 0)), part->size());
            const qint64 differing = differingPixels(shown, expected, rect);
            QVERIFY2(differing < qint64(rect.width()) * rect.height() / 500,
                     qPrintable(QStringLiteral("%1: %2 of %3 pixels differ")
                                    .arg(QLatin1String(name))
                                    .arg(differing)
                                    .arg(rect.width() * rect.height())));
        }
        const qint64 differing = differingPixels(shown, expected, shown.rect());
        QVERIFY2(differing < qint64(shown.width()) * shown.height() / 500,
                 qPrintable(QString::number(differing)));
    }

    void presentationStepsScenariosYearsAndThemes()
    {
        PresentationWindow window(&m_fixture->document, &m_fixture->view, m_fixture->scenario.get());
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QStringList names = savedNamesInOrder(m_fixture->document);
        QVERIFY(names.size() >= 2);
        window.stepScenario(+1, false);
        QCOMPARE(m_fixture->scenario->scenarioName(), names.first());
        QVERIFY(window.titleText().contains(names.first()));
        window.stepScenario(-1, false); // wraps around to the last
        QCOMPARE(m_fixture->scenario->scenarioName(), names.last());

        // The arrow keys, with the map (the body) focused.
        window.map()->setFocus();
        const int year = m_fixture->view.year();
        QTest::keyClick(window.map(), Qt::Key_Up);
        QCOMPARE(m_fixture->view.year(), year + 1);
        QTest::keyClick(window.map(), Qt::Key_Right); // animated: the switch happens mid-fade
        QTRY_COMPARE(m_fixture->scenario->scenarioName(), names.first());
        QVERIFY(window.isFading());
        QTRY_VERIFY(!window.isFading()); // a fade is short, and leaves no effect behind

        window.setDark(false);
        keepScreenshot(&window, QStringLiteral("presentation-light"));
        const QImage light = window.map()->grab().toImage();
        window.setDark(true);
        keepScreenshot(&window, QStringLiteral("presentation-dark"));
        const QImage dark = window.map()->grab().toImage();
        // The map's far corner is sea or land: light in one theme, dark in the other.
        const QPoint corner(light.width() - 30, light.height() / 2);
        QVERIFY2(QColor(light.pixel(corner)).lightness() > 180, qPrintable(QColor(light.pixel(corner)).name()));
        QVERIFY2(QColor(dark.pixel(corner)).lightness() < 80, qPrintable(QColor(dark.pixel(corner)).name()));
        auto* chart = window.findChild<ChartPicture*>(QStringLiteral("gigawatts"));
        QVERIFY(chart);
        const QImage picture = chart->grab().toImage();
        QVERIFY(QColor(picture.pixel(4, 4)).lightness() < 80);

        QVERIFY(!window.sliders()->isVisible());
        QTest::keyClick(&window, Qt::Key_S);
        QVERIFY(window.sliders()->isVisible());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
