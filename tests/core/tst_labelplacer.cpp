// SPDX-License-Identifier: GPL-3.0-or-later
// The placing of the map's names, without a display: their turn (the selected first, then by
// power), never cut by the view's edge or under a panel, left out rather than cut.
#include "core/map/labelplacer.h"

#include <QTest>

using namespace atlas;

class TestLabelPlacer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theSelectedGoFirstThenTheMostPower()
    {
        const QVector<LabelRequest> requests{
            {{{100, 100}, 5}, QSizeF(80, 14), 150, false},
            {{{200, 100}, 17}, QSizeF(80, 14), 1200, false},
            {{{300, 100}, 3}, QSizeF(80, 14), 30, true},
            {{{400, 100}, 5}, QSizeF(80, 14), 150, false},
            {{{500, 100}, 9}, QSizeF(80, 14), 400, false},
        };
        // Equal power keeps the order given (0 before 3).
        QCOMPARE(labelOrder(requests), (QVector<int>{2, 1, 4, 0, 3}));
    }

    void aLargeSiteIsNamedBeforeASmallerOneTakesItsPlace()
    {
        // A short view with a circle at each end: each name has one place, the same stretch
        // between them. Asked small first, the large one still takes it.
        const LabelCircle small{{20, 20}, 5}, large{{180, 20}, 16};
        LabelPlacer placer(QRectF(0, 0, 200, 40), {}, {small, large});
        const QVector<LabelRequest> requests{{small, QSizeF(120, 14), 100, false},
                                             {large, QSizeF(120, 14), 1000, false}};
        const QVector<std::optional<QRectF>> boxes = placer.placeAll(requests, 10);
        QVERIFY(boxes[1]);
        QVERIFY(boxes[1]->right() <= 180 - 16);
        QVERIFY(!boxes[0]);
    }

    void atMostTheNamesAskedForBesideTheSelected()
    {
        QVector<LabelRequest> requests;
        QVector<LabelCircle> circles;
        for (int i = 0; i < 6; ++i) {
            const LabelCircle c{{100.0, 40.0 + 60 * i}, 5};
            circles << c;
            requests.append({c, QSizeF(60, 14), 100.0 * (i + 1), i == 0});
        }
        LabelPlacer placer(QRectF(0, 0, 400, 400), {}, circles);
        const QVector<std::optional<QRectF>> boxes = placer.placeAll(requests, 2);
        // The selected one (the least power) and the two with the most.
        QVERIFY(boxes[0]);
        QVERIFY(boxes[5] && boxes[4]);
        QVERIFY(!boxes[1] && !boxes[2] && !boxes[3]);
    }

    // A selected site's name that has no room beside its circle moves further out; it is
    // never put under a panel (the legend drawn over the map would cut it) nor over another.
    void aRequiredNameIsNeverUnderAPanelNorOverAName_data()
    {
        QTest::addColumn<QPointF>("centre");
        QTest::addColumn<QRectF>("panel");
        QTest::addColumn<bool>("nameFirst");
        // At the view's right edge, the legend to its left.
        QTest::newRow("edge and legend") << QPointF(480, 150) << QRectF(0, 0, 330, 300) << false;
        // Beside the legend, another name on its right.
        QTest::newRow("legend and a name") << QPointF(230, 150) << QRectF(0, 0, 220, 300) << true;
    }
    void aRequiredNameIsNeverUnderAPanelNorOverAName()
    {
        QFETCH(QPointF, centre);
        QFETCH(QRectF, panel);
        QFETCH(bool, nameFirst);
        const QRectF bounds(0, 0, 500, 300);
        const LabelCircle circle{centre, 5};
        LabelPlacer placer(bounds, {panel}, {circle});
        std::optional<QRectF> other;
        if (nameFirst) {
            other = placer.place({{300, 150}, 5}, QSizeF(100, 14));
            QVERIFY(other);
        }
        const std::optional<QRectF> box = placer.place(circle, QSizeF(150, 14), true);
        QVERIFY(box);
        QVERIFY2(bounds.contains(*box), "past the view's edge");
        QVERIFY2(!box->intersects(panel), "under the panel");
        QVERIFY2(!other || !box->intersects(*other), "over another name");
        // Near its circle still, and off it.
        const QRectF around(centre - QPointF(250, 80), centre + QPointF(250, 80));
        QVERIFY(around.contains(*box));
        QVERIFY(!box->contains(centre));
    }

    void aNameThatFitsNowhereIsLeftOutNotCut()
    {
        const QRectF bounds(0, 0, 100, 100);
        LabelPlacer placer(bounds, {}, {});
        const std::optional<QRectF> box = placer.place({{50, 50}, 5}, QSizeF(150, 14), true);
        QVERIFY2(!box, qPrintable(box ? QStringLiteral("%1 wide at x %2")
                                            .arg(box->width())
                                            .arg(box->left())
                                      : QString()));
    }
};

QTEST_GUILESS_MAIN(TestLabelPlacer)
#include "tst_labelplacer.moc"
