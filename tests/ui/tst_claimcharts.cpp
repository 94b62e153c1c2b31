// SPDX-License-Identifier: GPL-3.0-or-later
// The published claims on the charts: every label beside its own marker at every size (a
// dashboard tile, a 1366-wide window, a full-HD chart), clear of the other labels and markers;
// hovering one says who said what, clicking one opens it; metrics by their readable names.
#include "chartfixture.h"
#include "ui/charts/chartspanel.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/chartview.h"
#include "ui/database/databaseactions.h"
#include "core/document/atlasdocument.h"
#include "ui/forms/simpleforms.h"
#include "core/models/rowtablemodel.h"
#include "core/scenario/scenariocaption.h"
#include "db/sqlitestorefactory.h"
#include "core/session/atlassession.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QGraphicsSimpleTextItem>
#include <QHelpEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace atlas;
using namespace atlas::charts;

namespace {

constexpr double kMarkerSize = 11; // the claims' diamonds

// A claim as drawn: its end points and its bar (a rectangle without width), in chart pixels.
struct DrawnClaim
{
    QString text;
    QVector<QPointF> ends;
    QRectF bar;
};

double distance(const QRectF& box, const QRectF& other)
{
    const double dx = std::max({0.0, box.left() - other.right(), other.left() - box.right()});
    const double dy = std::max({0.0, box.top() - other.bottom(), other.top() - box.bottom()});
    return std::hypot(dx, dy);
}

double distance(const QRectF& box, const DrawnClaim& claim)
{
    double nearest = distance(box, claim.bar);
    for (const QPointF& end : claim.ends)
        nearest = std::min(nearest, distance(box, QRectF(end, QSizeF(0, 0))));
    return nearest;
}

QRectF markerBox(const QPointF& at)
{
    return QRectF(at - QPointF(kMarkerSize / 2, kMarkerSize / 2), QSizeF(kMarkerSize, kMarkerSize));
}

QScatterSeries* claimsSeries(QChart* chart)
{
    for (QAbstractSeries* series : chart->series()) {
        if (series->name() == QLatin1String("Claims"))
            return qobject_cast<QScatterSeries*>(series);
    }
    return nullptr;
}

// Where the chart draws each claim of its metrics, worked out from the claims' rows.
QVector<DrawnClaim> drawnClaims(const ScenarioChart& chart, const ChartInputs& in, double scale)
{
    QVector<DrawnClaim> drawn;
    QScatterSeries* series = claimsSeries(chart.chart());
    for (const Claim& claim : in.data->claims) {
        if (!chart.claimMetrics().contains(claim.metric) || !claim.year)
            continue;
        DrawnClaim d;
        d.text = claim.low == claim.high
                     ? shortNumber(claim.low)
                     : shortNumber(claim.low) + QStringLiteral("–") + shortNumber(claim.high);
        const QPointF high =
            chart.chart()->mapToPosition(QPointF(*claim.year, claim.high / scale), series);
        const QPointF low =
            chart.chart()->mapToPosition(QPointF(*claim.year, claim.low / scale), series);
        d.ends = {high, low};
        d.bar = QRectF(high, low).normalized();
        drawn << d;
    }
    return drawn;
}

QHash<QString, QRectF> labelBoxes(QChart* chart)
{
    QHash<QString, QRectF> boxes;
    for (QGraphicsItem* item : chart->childItems()) {
        auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item);
        if (text && text->isVisible() && text->brush().color() == claimColor())
            boxes.insert(text->text(), text->mapRectToParent(text->boundingRect()));
    }
    return boxes;
}

// Where the cluster chart of `window` draws a value, in its view's viewport.
QPoint viewportPointOf(MainWindow* window, const QPointF& value)
{
    ChartView* view = window->chartsPanel()->view(ChartKind::ClusterSize);
    const QPointF inChart = view->chart()->mapToPosition(value, claimsSeries(view->chart()));
    return view->mapFromScene(view->chart()->mapToScene(inChart));
}

QString toolTipAt(MainWindow* window, const QPoint& at)
{
    QWidget* viewport = window->chartsPanel()->view(ChartKind::ClusterSize)->viewport();
    QToolTip::hideText(); // the last one goes first (it fades)
    if (!QTest::qWaitFor([] { return !QToolTip::isVisible(); }))
        return QStringLiteral("(the last tooltip is still shown)");
    QHelpEvent help(QEvent::ToolTip, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

} // namespace

class TestClaimCharts : public QObject
{
    Q_OBJECT
private:
    db::SqliteStoreFactory m_factory;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    // The window on a fresh copy of the sample, its charts a size where the claims stand apart.
    void openWindow()
    {
        QString error;
        const QString sample = m_factory.sampleDatabasePath(&error);
        QVERIFY2(!sample.isEmpty(), qPrintable(error));
        const QString path =
            m_dir.filePath(QStringLiteral("copy-%1.gpkg").arg(QTest::currentTestFunction()));
        QVERIFY(QFile::copy(sample, path));
        m_window = std::make_unique<MainWindow>(new AtlasSession, &m_factory);
        QVERIFY(m_window->databaseActions()->openPath(path));
        m_window->resize(1920, 1080);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The cluster chart alone (a double click on it), so that its claims stand apart.
        ChartView* view = m_window->chartsPanel()->view(ChartKind::ClusterSize);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, QPoint(4, 4));
        m_window->chartsPanel()->refresh();
        QTRY_VERIFY(view->height() > 500);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ComputeAtlasTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_claimcharts"));
    }
    void cleanup() { m_window.reset(); }

    // The legend tells Demand (a line) from Claims (diamonds), both near black.
    void demandAndClaimsHaveSwatchesOfTheirOwn()
    {
        test::ChartFixture fixture;
        ChartView view(ChartKind::Gigawatts);
        view.resize(1400, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scenarioChart()->update(fixture.inputs());
        view.scenarioChart()->update(fixture.inputs()); // the bands are made: series re-added
        QCoreApplication::processEvents();
        QHash<QString, QLegend::MarkerShape> shapes;
        for (QLegendMarker* marker : view.chart()->legend()->markers()) {
            if (marker->isVisible())
                shapes.insert(marker->label(), marker->shape());
        }
        QCOMPARE(shapes.value(QStringLiteral("Demand"), QLegend::MarkerShapeDefault),
                 QLegend::MarkerShapeFromSeries);
        QCOMPARE(shapes.value(QStringLiteral("Claims"), QLegend::MarkerShapeDefault),
                 QLegend::MarkerShapeFromSeries);
        auto* claims = claimsSeries(view.chart());
        QCOMPARE(claims->markerShape(), QScatterSeries::MarkerShapeRotatedRectangle);
    }

    void hoveringAClaimSaysWhoSaidWhat()
    {
        openWindow();
        // The top of the 300k-700k range of 2025 (values in millions).
        const QString text =
            toolTipAt(m_window.get(), viewportPointOf(m_window.get(), QPointF(2025, 0.7)));
        for (const QString& expected :
             {QStringLiteral("Largest cluster, GPUs (GB200)"), // the claim
              QStringLiteral(
                  "Largest cluster, GPUs: 300,000–700,000 GPUs in 2025"), // what, how much
              QStringLiteral("“300,000 to 700,000 ... those GPUs are 2 to 3x faster”"), // the quote
              QStringLiteral("Said by Dylan Patel on 2024-10-09"),                      // who, when
              QStringLiteral("Source: Dylan Patel on the Dwarkesh Patel podcast (Dwarkesh Podcast, "
                             "2024-10-09)")})
            QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("largest_cluster")));
        // The 1M H100e claim of the same year is another claim.
        const QString other =
            toolTipAt(m_window.get(), viewportPointOf(m_window.get(), QPointF(2025, 1.0)));
        QVERIFY2(other.contains(QStringLiteral(
                     "on an H100 equivalent basis, you&#x27;re at a million chips")) ||
                     other.contains(
                         QStringLiteral("on an H100 equivalent basis, you're at a million chips")),
                 qPrintable(other));
        // Away from the claims: the chart's own hint.
        const QString elsewhere =
            toolTipAt(m_window.get(), viewportPointOf(m_window.get(), QPointF(2029.5, 0.02)));
        QVERIFY2(elsewhere.contains(QStringLiteral("Right-click to export")),
                 qPrintable(elsewhere));
    }

    void clickingAClaimOpensIt()
    {
        openWindow();
        ChartView* view = m_window->chartsPanel()->view(ChartKind::ClusterSize);
        QVERIFY(!m_window->findChild<ClaimForm*>());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          viewportPointOf(m_window.get(), QPointF(2024, 0.1)));
        auto* form = m_window->findChild<ClaimForm*>();
        QVERIFY(form);
        QVERIFY(form->isVisible());
        QCOMPARE(
            qobject_cast<QPlainTextEdit*>(form->fieldEditor(QStringLiteral("quote")))
                ->toPlainText(),
            QStringLiteral("you already have 100K clusters ... OpenAI in Arizona, xAI in Memphis"));
        QCOMPARE(qobject_cast<QLineEdit*>(form->fieldEditor(QStringLiteral("speaker")))->text(),
                 QStringLiteral("Dylan Patel"));
        QCOMPARE(qobject_cast<QLineEdit*>(form->fieldEditor(QStringLiteral("said_on")))->text(),
                 QStringLiteral("2024-10-09"));
        // The metric by its name; saved as it was, by its key.
        auto* metric = qobject_cast<QComboBox*>(form->fieldEditor(QStringLiteral("metric")));
        QCOMPARE(metric->currentText(), QStringLiteral("Largest cluster, GPUs"));
        const Id id = form->original().id;
        metric->setCurrentIndex(metric->findData(QStringLiteral("largest_cluster_h100e")));
        QCOMPARE(metric->currentText(), QStringLiteral("Largest cluster, H100e"));
        form->accept();
        QCOMPARE(m_window->document()->dataset().claim(id)->metric,
                 QStringLiteral("largest_cluster_h100e"));
    }

    void claimsTableNamesMetricsForPeople()
    {
        openWindow();
        RowTableModel model(m_window->document(), RowTableModel::Kind::Claims);
        int metricColumn = -1;
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.headerData(c, Qt::Horizontal).toString() == QLatin1String("Metric"))
                metricColumn = c;
        }
        QVERIFY(metricColumn >= 0);
        QStringList names;
        for (int r = 0; r < model.rowCount(); ++r)
            names << model.data(model.index(r, metricColumn)).toString();
        QVERIFY2(names.contains(QStringLiteral("All-in power per GPU, W")),
                 qPrintable(names.join(QLatin1Char('|'))));
        QVERIFY2(names.contains(QStringLiteral("Largest cluster, GPUs")),
                 qPrintable(names.join(QLatin1Char('|'))));
        for (const QString& name : std::as_const(names))
            QVERIFY2(!name.contains(QLatin1Char('_')), qPrintable(name)); // no key shown
    }

    void labelsSitBesideTheirOwnMarkers_data()
    {
        QTest::addColumn<ChartKind>("kind");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QSize>("size");
        const std::pair<ChartKind, double> charts[] = {
            {ChartKind::ClusterSize, 1e6}, {ChartKind::Gigawatts, 1}, {ChartKind::Money, 1}};
        for (const auto& [kind, scale] : charts) {
            for (const QSize size : {QSize(400, 300), QSize(800, 600), QSize(1920, 1080)}) {
                QTest::addRow("%s %dx%d", qPrintable(chartFileStem(kind)), size.width(),
                              size.height())
                    << kind << scale << size;
            }
        }
    }
    void labelsSitBesideTheirOwnMarkers()
    {
        QFETCH(ChartKind, kind);
        QFETCH(double, scale);
        QFETCH(QSize, size);
        test::ChartFixture fixture;
        ChartView view(kind);
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const ChartInputs in = fixture.inputs();
        view.scenarioChart()->update(in);
        QCoreApplication::processEvents();

        const QVector<DrawnClaim> claims = drawnClaims(*view.scenarioChart(), in, scale);
        const QHash<QString, QRectF> labels = labelBoxes(view.chart());
        QVERIFY(!claims.isEmpty());
        QCOMPARE(labels.size(), claims.size());

        for (int i = 0; i < claims.size(); ++i) {
            const DrawnClaim& own = claims[i];
            QVERIFY2(labels.contains(own.text), qPrintable(own.text));
            const QRectF box = labels.value(own.text);
            // Inside the plot (or past its edge by half a line, as a marker at the edge is).
            QVERIFY2(view.chart()
                         ->plotArea()
                         .adjusted(0, -box.height() / 2, 0, box.height() / 2)
                         .contains(box),
                     qPrintable(own.text));
            // Next to its own marker or bar...
            QVERIFY2(distance(box, own) <= kMarkerSize,
                     qPrintable(QStringLiteral("%1 is %2 px from its marker")
                                    .arg(own.text)
                                    .arg(distance(box, own))));
            // ...centred nearer to it than to any other claim (a reader takes a label for the
            // marker it is centred on)...
            const QRectF centre(box.center(), QSizeF(0, 0));
            const double ownDistance = distance(centre, own);
            for (int j = 0; j < claims.size(); ++j) {
                // ...over no marker (its own neither)...
                for (const QPointF& end : claims[j].ends)
                    QVERIFY2(!box.intersects(markerBox(end)),
                             qPrintable(own.text + QStringLiteral(" covers a marker of ") +
                                        claims[j].text));
                if (j == i)
                    continue;
                QVERIFY2(distance(centre, claims[j]) > ownDistance,
                         qPrintable(QStringLiteral("%1 is as near %2 (%3 px) as its own (%4 px)")
                                        .arg(own.text, claims[j].text)
                                        .arg(distance(centre, claims[j]))
                                        .arg(ownDistance)));
                // ...and over no other label.
                QVERIFY2(!box.intersects(labels.value(claims[j].text)),
                         qPrintable(own.text + QStringLiteral(" overlaps ") + claims[j].text));
            }
        }
    }
};

QTEST_MAIN(TestClaimCharts)
#include "tst_claimcharts.moc"
