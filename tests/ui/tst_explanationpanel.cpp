// SPDX-License-Identifier: GPL-3.0-or-later
// "How was this computed?" on screen (offscreen): a click on a headline card of presentation
// mode, on a chart's point and on a sites bar opens the panel with that figure of the
// selected year and its formula; the panel follows the sliders, closes on Esc, copies its
// text; a site named like HTML reads as its name.
#include "chartfixture.h"
#include "ui/charts/chartspanel.h"
#include "ui/charts/chartview.h"
#include "ui/charts/clustersizechart.h"
#include "ui/charts/siteschart.h"
#include "ui/explain/explanationpanel.h"
#include "ui/present/headlinestrip.h"
#include "ui/present/presentationwindow.h"
#include "sampledata.h"
#include "core/scenario/headlinefigures.h"
#include "core/scenario/scenariocaption.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QLineSeries>
#include <QTest>
#include <QTextBrowser>

using namespace atlas;

namespace {

ExplanationPanel* panelOf(QWidget* window)
{
    return window->findChild<ExplanationPanel*>(QStringLiteral("explanationPanel"),
                                                Qt::FindDirectChildrenOnly);
}

// Where a point of a series is drawn, in the view's viewport.
QPoint onScreen(charts::ChartView* view, const QPointF& value, QAbstractSeries* series)
{
    QChart* chart = view->chart();
    return view->mapFromScene(chart->mapToScene(chart->mapToPosition(value, series)));
}

// The charts panel as the main window wires it: a figure clicked opens the panel.
struct ChartsOnScreen
{
    explicit ChartsOnScreen(test::ChartFixture& fixture)
        : charts(fixture.scenario.get(), &fixture.view)
    {
        QObject::connect(&charts, &charts::ChartsPanel::explainRequested, &charts,
                         [&](const ExplainRequest& request) {
                             ExplanationPanel::open(fixture.scenario.get(), request, &charts);
                         });
        charts.resize(1400, 900);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
    }
    charts::ChartsPanel charts;
};

} // namespace

class TestExplanationPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headlineCardOpensItsFigure()
    {
        test::ChartFixture fixture;
        fixture.view.setYear(2028);
        PresentationWindow presentation(&fixture.document, &fixture.view, fixture.scenario.get());
        presentation.resize(1600, 900);
        presentation.show();
        QVERIFY(QTest::qWaitForWindowExposed(&presentation));
        auto* strip = presentation.findChild<HeadlineStrip*>();
        QVERIFY(strip);
        const QVector<QRectF> tiles = strip->tileRects();
        QCOMPARE(tiles.size(), 5);
        QVERIFY(!panelOf(&presentation));
        // The first card: the largest cluster, in H100e.
        QTest::mouseClick(strip, Qt::LeftButton, {}, tiles[0].center().toPoint());
        ExplanationPanel* panel = panelOf(&presentation);
        QVERIFY(panel);
        QVERIFY(panel->isVisible());
        QVERIFY(!panel->isModal());
        const YearResult& y = *fixture.scenario->result().atYear(2028);
        QCOMPARE(panel->explanation().value, y.largestClusterH100e);
        const QString text = panel->browser()->toPlainText();
        const QString card = headlineFigures(fixture.scenario->result(), 2028)[0].value;
        QVERIFY2(text.contains(card), qPrintable(card + QStringLiteral(" in ") + text));
        QVERIFY(text.contains(QStringLiteral("2028")));
        QVERIFY(text.contains(QStringLiteral("Cluster H100e = cluster GPUs × H100e per GPU")));
        QVERIFY(text.contains(
            QStringLiteral("Effective power = largest member + the rest × (1 − loss)")));

        // The Power card: the facility demand, and the formula's all-in watts.
        QTest::mouseClick(strip, Qt::LeftButton, {}, tiles[2].center().toPoint());
        QCOMPARE(panelOf(&presentation), panel); // one panel, showing the new figure
        QCOMPARE(panel->explanation().value, y.facilityDemandGw);
        QVERIFY(panel->browser()->toPlainText().contains(
            QStringLiteral("All-in watts per GPU = tdpW × overhead × PUE")));

        // It follows the sliders.
        ScenarioParams params = fixture.scenario->params();
        params.pue = 1.5;
        fixture.scenario->setParams(params);
        QCOMPARE(panel->explanation().value,
                 fixture.scenario->result().atYear(2028)->facilityDemandGw);
        QVERIFY(panel->browser()->toPlainText().contains(QStringLiteral("1.50")));

        // Copy puts the text on the clipboard; Esc closes.
        panel->copyToClipboard();
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("Facility demand")));
        // Esc closes the panel (the active window), not the presentation behind it.
        panel->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), panel);
        QTest::keyClick(panel, Qt::Key_Escape);
        QVERIFY(!panel->isVisible());
        QVERIFY(presentation.isVisible());
    }

    void chartPointOpensThatYear()
    {
        test::ChartFixture fixture;
        ChartsOnScreen screen(fixture);
        charts::ChartView* view = screen.charts.view(charts::ChartKind::ClusterSize);
        // The solid "GPUs (scenario)" line: what the recorded phases give.
        auto* line = qobject_cast<QLineSeries*>(view->chart()->series().first());
        QVERIFY(line);
        const ScenarioResult& result = fixture.scenario->result();
        const YearResult& y = *result.recordedAtYear(2027);
        QVERIFY(y.gpusInstalled > 0);
        const QPoint at = onScreen(view, QPointF(2027, y.gpusInstalled / 1e6), line);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        ExplanationPanel* panel = panelOf(&screen.charts);
        QVERIFY(panel);
        QCOMPARE(panel->explanation().value, y.gpusInstalled);
        const QString text = panel->browser()->toPlainText();
        QVERIFY(text.contains(shortNumber(y.gpusInstalled)));
        QVERIFY(text.contains(QStringLiteral("in 2027")));
        QVERIFY(
            text.contains(QStringLiteral("GPUs that fit = IT power online / IT watts per GPU")));
        QVERIFY(text.contains(QStringLiteral("Counting the recorded phases only.")));
        // The GPU catalogue row is named, and the sites whose power sums to the IT power.
        QVERIFY(text.contains(QStringLiteral("GPU catalogue: ")));
        QVERIFY(text.contains(QStringLiteral("Sum")));

        // Away from every point a click explains nothing.
        panel->hide();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
        QVERIFY(!panel->isVisible());
    }

    void sitesBarOpensTheSite()
    {
        ChangeSet rows = test::smallAtlas();
        Site hostile =
            test::makeSite(11, QStringLiteral("<img src=x><b>Memphis</b> & Co"), -90.14, 35.06, 2);
        rows.upsert(hostile);
        test::ChartFixture fixture(rows);
        fixture.view.setYear(2028);
        ChartsOnScreen screen(fixture);
        charts::ChartView* view = screen.charts.view(charts::ChartKind::Sites);
        auto* sites = static_cast<charts::SitesChart*>(view->scenarioChart());
        // Memphis (1,000 MW in 2028) is the top bar: the last category.
        const int top = sites->recordedBars()->count() - 1;
        QAbstractSeries* bars = view->chart()->series().first();
        const QPoint at = onScreen(view, QPointF(500, top), bars);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        ExplanationPanel* panel = panelOf(&screen.charts);
        QVERIFY(panel);
        QCOMPARE(panel->explanation().value, 1000.0);
        QCOMPARE(panel->explanation().sites.first().siteId, Id(11));
        // The name reads as it is: escaped, never markup.
        const QString text = panel->browser()->toPlainText();
        QVERIFY2(text.contains(hostile.name), qPrintable(text));
        QVERIFY(!panel->browser()->toHtml().contains(QStringLiteral("<img")));

        // The context menu's entry away from a bar: the top site.
        const ExplainRequest main = sites->mainExplanation();
        QCOMPARE(main.siteId, Id(11));
        QCOMPARE(main.year, 2028);
    }
};

QTEST_MAIN(TestExplanationPanel)
#include "tst_explanationpanel.moc"
