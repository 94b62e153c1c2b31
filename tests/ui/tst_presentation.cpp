// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation mode and the dashboard export, offscreen, on the sample: the PDF is one page
// of the slide's size, the SVG renders in rsvg-convert as our PNG does (and the map stays in
// its place), the headline numbers are on the page; the presentation steps through the saved
// scenarios, changes the year, turns dark and leaves on Esc.
#include "chartfixture.h"
#include "charts/chartexport.h"
#include "charts/chartstyle.h"
#include "map/mapstyle.h"
#include "map/mapwidget.h"
#include "present/chartpicture.h"
#include "present/dashboardexportdialog.h"
#include "present/dashboardpage.h"
#include "present/presentationwindow.h"
#include "scenario/headlinefigures.h"
#include "screenshots.h"
#include "window/theme.h"

#include <QChart>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
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

    void presentationStepsScenariosYearsAndThemes()
    {
        PresentationWindow window(&m_fixture->document, &m_fixture->view, m_fixture->scenario.get());
        window.resize(1600, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList names;
        for (const ScenarioRecord& record : m_fixture->document.dataset().scenarios)
            names << record.name;
        std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
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
