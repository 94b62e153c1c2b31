// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario in the window, offscreen: sliders (mouse-free: keys, value boxes, double-click)
// drive the engine and the charts at once; saved scenarios; comparison.
#include "ui/charts/chartspanel.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/chartview.h"
#include "ui/charts/flowlegend.h"
#include "ui/charts/siteschart.h"
#include "ui/database/databaseactions.h"
#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "ui/scenario/bindingreadout.h"
#include "ui/scenario/gpumodelslider.h"
#include "ui/scenario/parameterslider.h"
#include "ui/scenario/scenarioactions.h"
#include "core/scenario/scenariocontroller.h"
#include "core/scenario/scenariolibrary.h"
#include "ui/scenario/scenariopanel.h"
#include "db/sqlitestorefactory.h"
#include "core/session/atlassession.h"
#include "ui/window/mainwindow.h"

#include <QAbstractAxis>
#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QMenu>
#include <QScatterSeries>
#include <QSet>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

using namespace atlas;
using namespace atlas::charts;

namespace {

QXYSeries* seriesNamed(ChartsPanel* panel, ChartKind kind, const QString& name)
{
    for (QAbstractSeries* series : panel->view(kind)->chart()->series()) {
        if (series->name() == name)
            return qobject_cast<QXYSeries*>(series);
    }
    return nullptr;
}

double axisMax(ChartsPanel* panel, ChartKind kind)
{
    const QList<QAbstractAxis*> axes = panel->view(kind)->chart()->axes(Qt::Vertical);
    auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.first());
    return axis ? axis->max() : -1;
}

} // namespace

class TestScenarioPanel : public QObject
{
    Q_OBJECT
private:
    db::SqliteStoreFactory m_factory;
    std::unique_ptr<MainWindow> m_window;
    ScenarioController* scenario() { return m_window->scenario(); }
    ParameterSlider* slider(ParameterKey key) { return m_window->scenarioPanel()->slider(key); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ComputeAtlasTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_scenariopanel"));
        QSettings().clear();
        QFile::remove(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                          .filePath(QStringLiteral("sample.gpkg")));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>(new AtlasSession, &m_factory);
        QVERIFY(m_window->databaseActions()->openSample());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void startsOnTheModelTheSitesReport()
    {
        QCOMPARE(m_window->scenarioPanel()->gpuModelSlider()->currentName(), QStringLiteral("GB200 (NVL72)"));
        QCOMPARE(scenario()->params().tdpW, 1200.0);
        QCOMPARE(scenario()->params().overhead, 1.45);
        QCOMPARE(scenario()->params().pue, 1.14);
    }

    void keyboardMovesASliderAndTheChartsFollow()
    {
        QSlider* funding = slider(ParameterKey::FundingBusdPerYear)->slider();
        funding->setFocus();
        const double before = scenario()->params().fundingBusdPerYear;
        QTest::keyClick(funding, Qt::Key_Right);
        QCOMPARE(scenario()->params().fundingBusdPerYear, before + 5);
        QCOMPARE(slider(ParameterKey::FundingBusdPerYear)->valueBox()->value(), before + 5);
        // The money chart's funding line starts at the new first-year funding, $B.
        QXYSeries* line = seriesNamed(m_window->chartsPanel(), ChartKind::Money, QStringLiteral("Funding"));
        QVERIFY(line);
        QCOMPARE(line->at(0).y(), before + 5);
        QCOMPARE(line->at(0).x(), double(scenario()->params().yearFrom));
    }

    void fundingSliderDefaultIsNotAtTheFarLeft()
    {
        QSlider* funding = slider(ParameterKey::FundingBusdPerYear)->slider();
        QCOMPARE(scenario()->params().fundingBusdPerYear, 75.0);
        const double at = double(funding->value() - funding->minimum()) / (funding->maximum() - funding->minimum());
        QVERIFY2(at > 0.33 && at < 0.67, qPrintable(QString::number(at)));
        // Dragging to the middle asks for about $100B, not $500B.
        funding->setValue((funding->minimum() + funding->maximum()) / 2);
        QVERIFY2(scenario()->params().fundingBusdPerYear > 60 && scenario()->params().fundingBusdPerYear < 150,
                 qPrintable(QString::number(scenario()->params().fundingBusdPerYear)));
    }

    void valueBoxAndDoubleClickReset()
    {
        slider(ParameterKey::Pue)->valueBox()->setValue(1.5);
        QCOMPARE(scenario()->params().pue, 1.5);
        QCOMPARE(slider(ParameterKey::Pue)->slider()->value(), 50); // (1.5 - 1.0) / 0.01
        QTest::mouseDClick(slider(ParameterKey::Pue)->label(), Qt::LeftButton);
        QCOMPARE(scenario()->params().pue, 1.14);
        QCOMPARE(slider(ParameterKey::Pue)->valueBox()->value(), 1.14);
    }

    void defaultsBringBackTheStartingModel()
    {
        const ScenarioParams start = scenario()->params();
        GpuModelSlider* model = m_window->scenarioPanel()->gpuModelSlider();
        model->slider()->setValue(3);
        QCOMPARE(model->currentName(), QStringLiteral("H100 SXM"));
        slider(ParameterKey::Pue)->valueBox()->setValue(1.5);
        QAction* defaults = nullptr;
        for (QAction* action : m_window->scenarioActions()->menu()->actions())
            if (action->text() == QStringLiteral("&Defaults"))
                defaults = action;
        QVERIFY(defaults);
        defaults->trigger();
        QCOMPARE(model->currentName(), QStringLiteral("GB200 (NVL72)"));
        QCOMPARE(scenario()->params().tdpW, 1200.0);
        QCOMPARE(slider(ParameterKey::Pue)->valueBox()->value(), 1.14);
        QVERIFY(scenario()->params() == start);
        QVERIFY(!scenario()->isModified()); // as the window started: nothing to save
    }

    void modelChangeResetsItsDefaultsUnlessPinned()
    {
        GpuModelSlider* model = m_window->scenarioPanel()->gpuModelSlider();
        // "As recorded", then the catalogue by year, then id: A100 (2020), TPU v4 (2021), H100
        // (2022), ..., Rubin and Rubin Ultra (2027).
        model->slider()->setValue(3);
        QCOMPARE(model->currentName(), QStringLiteral("H100 SXM"));
        QCOMPARE(scenario()->params().tdpW, 700.0);
        QCOMPARE(scenario()->params().overhead, 1.82);
        QVERIFY(std::abs(scenario()->params().capexPerGpuUsd - (27500 * 24.9 / 15 + 14 * 700 * 1.82)) < 1);

        slider(ParameterKey::TdpW)->valueBox()->setValue(900);
        QTest::mouseClick(slider(ParameterKey::TdpW)->findChild<QToolButton*>(), Qt::LeftButton); // pin
        QVERIFY(scenario()->params().tdpPinned);
        QTest::keyClick(model->slider(), Qt::Key_End); // newest model
        QCOMPARE(model->currentName(), QStringLiteral("Rubin Ultra (NVL576)"));
        QCOMPARE(scenario()->params().tdpW, 900.0);     // pinned: kept
        QCOMPARE(scenario()->params().overhead, 1.45); // not pinned: the model's
    }

    void asRecordedIsTheModelSlidersFirstEntry()
    {
        GpuModelSlider* model = m_window->scenarioPanel()->gpuModelSlider();
        const Id before = scenario()->params().gpuModelId;
        QCOMPARE(model->slider()->minimum(), 0);
        QTest::keyClick(model->slider(), Qt::Key_Home);
        QCOMPARE(model->currentName(), QStringLiteral("As recorded"));
        QVERIFY(model->isAsRecorded());
        QVERIFY(scenario()->params().asRecorded);
        QCOMPARE(scenario()->params().gpuModelId, before); // kept, to return to
        QVERIFY(scenario()->result().asRecorded);
        // Each chip has its own power and price: the model's sliders rest.
        QVERIFY(!slider(ParameterKey::TdpW)->isEnabled());
        QVERIFY(!slider(ParameterKey::CapexPerGpuUsd)->isEnabled());
        QVERIFY(slider(ParameterKey::Pue)->isEnabled());
        auto* readout = m_window->findChild<BindingReadout*>();
        QVERIFY2(readout->text().contains(QStringLiteral("binds: <b>as recorded</b>")),
                 qPrintable(readout->text()));
        // Saved and loaded again, it is As recorded still.
        ScenarioActions* actions = m_window->scenarioActions();
        QVERIFY(actions->saveAs(QStringLiteral("Recorded fleets")));
        QTest::keyClick(model->slider(), Qt::Key_Right); // a model again
        QVERIFY(!scenario()->params().asRecorded);
        QVERIFY(slider(ParameterKey::TdpW)->isEnabled());
        QVERIFY(actions->load(QStringLiteral("Recorded fleets")));
        QVERIFY(scenario()->params().asRecorded);
        QVERIFY(model->isAsRecorded());
        QVERIFY(!slider(ParameterKey::TdpW)->isEnabled());
        for (const ScenarioRecord& record : m_window->document()->dataset().scenarios) {
            if (record.name == QLatin1String("Recorded fleets"))
                QVERIFY(
                    deleteScenario(*m_window->document(), record.id).ok); // the sample as it was
        }
    }

    void chipPowerMovesDerivedCapex()
    {
        const double before = scenario()->params().capexPerGpuUsd;
        slider(ParameterKey::TdpW)->valueBox()->setValue(1300);
        // $14 per IT watt × 100 W × 1.45 more.
        QVERIFY(std::abs(scenario()->params().capexPerGpuUsd - before - 14 * 100 * 1.45) < 1e-6);
    }

    void readoutNamesWhatBinds()
    {
        auto* readout = m_window->findChild<BindingReadout*>();
        QVERIFY(readout);
        QVERIFY(m_window->scenarioActions()->load(QStringLiteral("Funding-limited")));
        m_window->viewState()->setYear(2027);
        QVERIFY2(readout->text().contains(QStringLiteral("binds: <b>money</b>")), qPrintable(readout->text()));
        QVERIFY(m_window->scenarioActions()->load(QStringLiteral("Power-limited")));
        QVERIFY(readout->text().contains(QStringLiteral("binds: <b>power</b>")));
    }

    void clusterChartPlotsTheResultAndTheClaims()
    {
        QXYSeries* gpus = seriesNamed(m_window->chartsPanel(), ChartKind::ClusterSize,
                                      QStringLiteral("GPUs (scenario)"));
        QVERIFY(gpus);
        const ScenarioResult& result = scenario()->result();
        int checked = 0;
        for (const QPointF& p : gpus->points()) {
            const YearResult* y =
                result.recordedAtYear(int(p.x())); // the solid line: what is recorded
            QVERIFY(y);
            QVERIFY(std::abs(p.y() - y->gpusInstalled / 1e6) < 1e-9);
            ++checked;
        }
        QVERIFY(checked >= 5);
        auto* claims = qobject_cast<QScatterSeries*>(
            seriesNamed(m_window->chartsPanel(), ChartKind::ClusterSize, QStringLiteral("Claims")));
        QVERIFY(claims);
        // 100k (2024), 300k and 700k (2025, a range), 1M H100e (2025).
        QCOMPARE(claims->count(), 4);
        QVERIFY(claims->points().contains(QPointF(2025, 0.7)));
    }

    void sitesChartListsTheLargestFirst()
    {
        m_window->viewState()->setYear(2026);
        auto* sites = static_cast<SitesChart*>(m_window->chartsPanel()->view(ChartKind::Sites)->scenarioChart());
        QVERIFY2(
            sites->categories().first().startsWith(QStringLiteral("Anthropic-Amazon New Carlisle")),
            qPrintable(sites->categories().join(QLatin1Char('|'))));
        QVERIFY(sites->categories().first().contains(QStringLiteral("GPUs")));
        // Drawn: the name on a line of its own, cut to the room the chart gives it, then the GPUs
        // (their short form where the long one is wider than the axis).
        ChartView* view = m_window->chartsPanel()->view(ChartKind::Sites);
        view->chart()->resize(330, 600);
        const QString narrow = sites->axisLabels().first();
        QVERIFY2(narrow.startsWith(QStringLiteral("Anth")) &&
                     narrow.contains(QStringLiteral("…<br>")) &&
                     narrow.contains(QStringLiteral(" GPUs")),
                 qPrintable(narrow));
        // Narrower still, no GPUs rather than GPUs beyond the chart's edge (the tooltip and the
        // data table have them).
        view->chart()->resize(200, 600);
        const QString narrowest = sites->axisLabels().first();
        QVERIFY2(narrowest.startsWith(QStringLiteral("Anth")) && !narrowest.contains(QStringLiteral("GPUs")),
                 qPrintable(narrowest));
        view->chart()->resize(900, 600);
        QVERIFY2(sites->axisLabels().first().startsWith(
                     QStringLiteral("Anthropic-Amazon New Carlisle<br>")),
                 qPrintable(sites->axisLabels().first()));
        // A short chart (a slide of four) has no height for two lines a bar: one line.
        view->chart()->resize(900, 200);
        QVERIFY2(sites->axisLabels().first().startsWith(
                     QStringLiteral("Anthropic-Amazon New Carlisle · ")) &&
                     sites->axisLabels().first().contains(QStringLiteral(" GPUs")),
                 qPrintable(sites->axisLabels().first()));
        m_window->viewState()->setYear(2024);
        QVERIFY2(sites->categories().first().startsWith(QStringLiteral("Google Papillion")),
                 qPrintable(sites->categories().first())); // the largest of 2024
    }

    void legendWrapsOntoRowsWithEveryNameWhole()
    {
        QChart* gigawatts = m_window->chartsPanel()->view(ChartKind::Gigawatts)->chart();
        // The rows the legend's names take (by their tops); -1 when a name is cut or outside.
        const auto rowsOfNames = [gigawatts] {
            QSet<int> tops;
            int names = 0;
            for (QGraphicsItem* item : gigawatts->childItems()) {
                auto* legend = qobject_cast<FlowLegend*>(item->toGraphicsObject());
                if (!legend)
                    continue;
                for (QGraphicsItem* child : legend->childItems()) {
                    auto* label = qgraphicsitem_cast<QGraphicsSimpleTextItem*>(child);
                    if (!label || !label->isVisible())
                        continue;
                    ++names;
                    tops.insert(int(label->mapToParent(QPointF(0, 0)).y()));
                    const QRectF at = label->mapRectToItem(gigawatts, label->boundingRect());
                    if (label->text().contains(QChar(0x2026)) ||
                        !QRectF(QPointF(0, 0), gigawatts->size()).contains(at))
                        return -1;
                }
            }
            return names >= 4 ? int(tops.size()) : -1;
        };
        // The plot and its axis labels end above the rows.
        const auto plotClearOfLegend = [gigawatts] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            return gigawatts->plotArea().bottom() + 12 <= FlowLegend::of(gigawatts)->pos().y();
        };
        gigawatts->resize(1400, 500); // operators, others, demand and claims fit in one row
        QCOMPARE(rowsOfNames(), 1);
        QVERIFY(plotClearOfLegend());
        gigawatts->resize(380, 460);
        QVERIFY(rowsOfNames() >= 2);
        QVERIFY(plotClearOfLegend());
        gigawatts->resize(200, 300);
        QVERIFY(rowsOfNames() >= 3);
        QVERIFY(plotClearOfLegend());
        gigawatts->resize(1400, 500);
        QCOMPARE(rowsOfNames(), 1);
        QVERIFY(plotClearOfLegend());
    }

    void axisTicksAreRoundAndLabelledExactly()
    {
        QValueAxis axis;
        const struct
        {
            double max, interval;
            const char* format;
        } cases[] = {{1, 0.2, "%.1f"}, {2.5, 0.5, "%.1f"}, {5, 1, "%.0f"}, {10, 2, "%.0f"},
                     {500, 100, "%.0f"}, {0.25, 0.05, "%.2f"}, {2000, 500, "%.0f"}};
        for (const auto& c : cases) {
            setZeroBasedRange(&axis, c.max);
            QCOMPARE(axis.max(), c.max);
            QCOMPARE(axis.min(), 0.0);
            QCOMPARE(axis.tickType(), QValueAxis::TicksDynamic);
            QCOMPARE(axis.tickAnchor(), 0.0);
            QVERIFY2(qFuzzyCompare(axis.tickInterval(), c.interval), qPrintable(QString::number(axis.tickInterval())));
            QCOMPARE(axis.labelFormat(), QLatin1String(c.format));
        }
        // The charts use it: the gigawatts axis's ticks are a fifth of its range or a round step more.
        auto* gw = qobject_cast<QValueAxis*>(
            m_window->chartsPanel()->view(ChartKind::Gigawatts)->chart()->axes(Qt::Vertical).first());
        QCOMPARE(gw->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(gw->tickInterval(), niceCeil(gw->max() / 5));
    }

    void axesDoNotJitterWhileDragging()
    {
        const double gigawatts = axisMax(m_window->chartsPanel(), ChartKind::Gigawatts);
        const double money = axisMax(m_window->chartsPanel(), ChartKind::Money);
        QSlider* funding = slider(ParameterKey::FundingBusdPerYear)->slider();
        // $5B a step, up and back down: the data move, the axes stay (until the data outgrow
        // them, or fall below 40% of them).
        for (int step : {1, 1, 1, -1, -1, -1, -1, -1}) {
            funding->setValue(funding->value() + step);
            QCOMPARE(axisMax(m_window->chartsPanel(), ChartKind::Gigawatts), gigawatts);
            QCOMPARE(axisMax(m_window->chartsPanel(), ChartKind::Money), money);
        }
        for (ChartKind kind : kAllCharts)
            QCOMPARE(m_window->chartsPanel()->view(kind)->chart()->animationOptions(), QChart::NoAnimation);
    }

    void saveRenameDeleteAndUndo()
    {
        ScenarioActions* actions = m_window->scenarioActions();
        slider(ParameterKey::MultiSiteLossPct)->valueBox()->setValue(35);
        QVERIFY(actions->saveAs(QStringLiteral("Lossy")));
        const auto find = [this](const QString& name) {
            for (const ScenarioRecord& r : m_window->document()->dataset().scenarios)
                if (r.name == name)
                    return r.id;
            return Id(0);
        };
        const Id id = find(QStringLiteral("Lossy"));
        QVERIFY(id);
        QCOMPARE(scenario()->scenarioName(), QStringLiteral("Lossy"));
        QVERIFY(actions->chooser()->findText(QStringLiteral("Lossy")) >= 0);
        QCOMPARE(paramsOf(m_window->document()->dataset(), *std::find_if(
                              m_window->document()->dataset().scenarios.begin(),
                              m_window->document()->dataset().scenarios.end(),
                              [id](const ScenarioRecord& r) { return r.id == id; }))
                     .multiSiteLossPct,
                 35.0);
        // A second scenario of the same name is refused, with a message.
        QVERIFY(!saveScenarioAs(*m_window->document(), QStringLiteral("lossy"), scenario()->params()).ok);

        QVERIFY(renameScenario(*m_window->document(), id, QStringLiteral("Very lossy")).ok);
        QVERIFY(find(QStringLiteral("Very lossy")));
        QVERIFY(deleteScenario(*m_window->document(), id).ok);
        QVERIFY(!find(QStringLiteral("Very lossy")));
        m_window->document()->undoStack()->undo(); // the delete
        QVERIFY(find(QStringLiteral("Very lossy")));
        m_window->document()->undoStack()->undo(); // the rename
        QVERIFY(find(QStringLiteral("Lossy")));
        // Leave the sample as it was for the other tests.
        QVERIFY(deleteScenario(*m_window->document(), id).ok);
    }

    void comparisonDrawsTheOtherScenarioDashed()
    {
        for (const ScenarioRecord& record : m_window->document()->dataset().scenarios) {
            if (record.name == QLatin1String("Funding-limited"))
                scenario()->setComparison(paramsOf(m_window->document()->dataset(), record), record.name);
        }
        QVERIFY(scenario()->comparison());
        QXYSeries* dashed = seriesNamed(m_window->chartsPanel(), ChartKind::Money,
                                        QStringLiteral("Funding (Funding-limited)"));
        QVERIFY(dashed);
        QVERIFY(dashed->isVisible());
        QCOMPARE(dashed->pen().style(), Qt::DashLine);
        QCOMPARE(dashed->at(0).y(), 25.0); // B's first-year funding
        scenario()->setComparison(std::nullopt);
        QVERIFY(!dashed->isVisible());
    }
};

QTEST_MAIN(TestScenarioPanel)
#include "tst_scenariopanel.moc"
