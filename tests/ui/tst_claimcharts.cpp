// SPDX-License-Identifier: GPL-3.0-or-later
// The published claims on the charts: every label beside its own marker at every size (a
// dashboard tile, a 1366-wide window, a full-HD chart), clear of the other labels and markers.
#include "chartfixture.h"
#include "charts/chartstyle.h"
#include "charts/chartview.h"
#include "scenario/scenariocaption.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QScatterSeries>
#include <QTest>

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

} // namespace

class TestClaimCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
