// SPDX-License-Identifier: GPL-3.0-or-later
// The selected year on the time-series charts: a line at that year over the whole plot, which
// follows the year, hides outside the charts' years, is drawn light on a dark chart, and is in
// no legend.
#include "chartfixture.h"
#include "ui/charts/chartview.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStandardPaths>
#include <QTest>

using namespace atlas;
using namespace atlas::charts;

namespace {

QLineSeries* markerOf(QChart* chart)
{
    for (QAbstractSeries* series : chart->series()) {
        if (series->objectName() == QLatin1String("yearMarker"))
            return qobject_cast<QLineSeries*>(series);
    }
    return nullptr;
}

// How many pixels of the plot's column at `year` are darker (or, on a dark chart, lighter)
// than the plain background by a clear margin, as a share of the plot's height.
double markedShare(ChartView& view, QLineSeries* marker, int year, bool dark)
{
    const QImage image = view.grab().toImage();
    const QRectF plot = view.chart()->plotArea();
    const QPointF at = view.chart()->mapToPosition(QPointF(year, 0), marker);
    const int x = view.mapFromScene(view.chart()->mapToScene(at)).x();
    int marked = 0, total = 0;
    const int top = view.mapFromScene(view.chart()->mapToScene(plot.topLeft())).y();
    const int bottom = view.mapFromScene(view.chart()->mapToScene(plot.bottomLeft())).y();
    for (int y = top + 2; y < bottom - 2; ++y) {
        const int grey = qGray(image.pixel(x, y));
        ++total;
        if (dark ? grey > 90 : grey < 200)
            ++marked;
    }
    return total ? double(marked) / total : 0;
}

} // namespace

class TestYearMarker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void followsTheYear_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("cluster size") << int(ChartKind::ClusterSize);
        QTest::newRow("gigawatts") << int(ChartKind::Gigawatts);
        QTest::newRow("money") << int(ChartKind::Money);
    }
    void followsTheYear()
    {
        QFETCH(int, kind);
        test::ChartFixture fixture;
        ChartView view{static_cast<ChartKind>(kind)};
        view.resize(900, 520);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scenarioChart()->update(fixture.inputs());
        QLineSeries* marker = markerOf(view.chart());
        QVERIFY(marker);
        QCOMPARE(marker->count(), 2);
        QCOMPARE(marker->at(0).x(), 2026.0);
        QCOMPARE(marker->at(1).x(), 2026.0);
        QVERIFY(marker->at(1).y() > marker->at(0).y());
        for (QLegendMarker* entry : view.chart()->legend()->markers(marker))
            QVERIFY(!entry->isVisible());

        // Drawn: the 2026 column is marked down most of the plot, the 2028 column is not.
        QCoreApplication::processEvents();
        QVERIFY2(markedShare(view, marker, 2026, false) > 0.6,
                 qPrintable(QString::number(markedShare(view, marker, 2026, false))));
        const double before2028 = markedShare(view, marker, 2028, false);

        fixture.view.setYear(2028);
        view.scenarioChart()->update(fixture.inputs());
        QCoreApplication::processEvents();
        QCOMPARE(marker->at(0).x(), 2028.0);
        QVERIFY(markedShare(view, marker, 2028, false) > 0.6);
        QVERIFY2(before2028 < 0.4, qPrintable(QString::number(before2028)));

        // A dark chart draws it light.
        view.scenarioChart()->setDark(true);
        QCoreApplication::processEvents();
        QVERIFY(markedShare(view, marker, 2028, true) > 0.6);

        // A year the charts do not show: no line.
        charts::ChartInputs outside = fixture.inputs();
        outside.year = 2040;
        view.scenarioChart()->update(outside);
        QCOMPARE(marker->count(), 0);
    }
};

QTEST_MAIN(TestYearMarker)
#include "tst_yearmarker.moc"
