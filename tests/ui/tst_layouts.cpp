// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as it first opens on a screen of a given size (ATLAS_TEST_SCREEN, e.g.
// "1366x768": an offscreen screen of that size) at a given scale (QT_SCALE_FACTOR): every
// chart legend's names whole, inside the chart and clear of the plot and of each other; the
// map's scale bar and attribution clear of its legend. CMake runs this binary once per screen
// size and scale.
#include "charts/chartspanel.h"
#include "charts/chartview.h"
#include "database/databaseactions.h"
#include "map/mapframe.h"
#include "map/mapwidget.h"
#include "screenshots.h"
#include "sqlitestorefactory.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QChart>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

using namespace atlas;
using atlas::charts::ChartKind;

namespace {

QSize testScreenSize()
{
    const QStringList parts = qEnvironmentVariable("ATLAS_TEST_SCREEN", QStringLiteral("1366x768"))
                                  .split(QLatin1Char('x'));
    return parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize(1366, 768);
}

QString screenName()
{
    return QStringLiteral("%1x%2@%3")
        .arg(testScreenSize().width())
        .arg(testScreenSize().height())
        .arg(qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")));
}

// The texts a chart's scene shows, where they are drawn (in the chart's coordinates).
QList<QPair<QString, QRectF>> shownTexts(QChart* chart)
{
    QList<QPair<QString, QRectF>> texts;
    for (QGraphicsItem* item : chart->scene()->items()) {
        if (!item->isVisible() || !chart->isAncestorOf(item))
            continue;
        QString text;
        if (auto* simple = qgraphicsitem_cast<QGraphicsSimpleTextItem*>(item))
            text = simple->text();
        else if (auto* rich = qgraphicsitem_cast<QGraphicsTextItem*>(item))
            text = rich->toPlainText();
        if (!text.isEmpty())
            texts.append({text, chart->mapRectFromScene(item->sceneBoundingRect())});
    }
    return texts;
}

} // namespace

class TestLayouts : public QObject
{
    Q_OBJECT
private:
    db::SqliteStoreFactory m_factory;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ComputeAtlasTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_layouts"));
        QSettings().clear(); // a first start: the default layout
        QCOMPARE(QGuiApplication::primaryScreen()->size(),
                 testScreenSize() / qreal(QGuiApplication::primaryScreen()->devicePixelRatio()));
        m_window = std::make_unique<MainWindow>(&m_factory);
        QVERIFY(m_window->databaseActions()->openSample());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::qWait(200); // the default dock sizes are set after the first show
        QCoreApplication::processEvents();
        qInfo("%s: window %dx%d (logical)", qPrintable(screenName()), m_window->width(),
              m_window->height());
        atlas::test::keepScreenshot(m_window.get(), QStringLiteral("layout-") + screenName());
    }

    void cleanupTestCase() { m_window.reset(); }

    void legendNamesAreWholeAndClearOfThePlot_data()
    {
        QTest::addColumn<ChartKind>("kind");
        QTest::newRow("cluster size") << ChartKind::ClusterSize;
        QTest::newRow("gigawatts") << ChartKind::Gigawatts;
        QTest::newRow("money") << ChartKind::Money;
        QTest::newRow("sites") << ChartKind::Sites;
    }

    void legendNamesAreWholeAndClearOfThePlot()
    {
        QFETCH(ChartKind, kind);
        charts::ChartView* view = m_window->chartsPanel()->view(kind);
        QVERIFY(view->isVisible());
        QChart* chart = view->chart();
        const QRectF whole(QPointF(0, 0), chart->size());
        const QList<QPair<QString, QRectF>> texts = shownTexts(chart);
        QList<QRectF> entries;
        for (QLegendMarker* marker : chart->legend()->markers()) {
            if (!marker->isVisible() || !marker->series()->isVisible())
                continue;
            const QString name = QTextDocumentFragment::fromHtml(marker->label()).toPlainText();
            const auto found = std::find_if(texts.begin(), texts.end(),
                                            [&](const auto& t) { return t.first == name; });
            QVERIFY2(found != texts.end(),
                     qPrintable(QStringLiteral("\"%1\" is not shown whole in a chart of %2×%3")
                                    .arg(name)
                                    .arg(whole.width())
                                    .arg(whole.height())));
            QVERIFY2(whole.contains(found->second),
                     qPrintable(name + QStringLiteral(" is cut by the chart's edge")));
            QVERIFY2(!found->second.intersects(chart->plotArea()),
                     qPrintable(name + QStringLiteral(" is over the plot")));
            for (const QRectF& other : std::as_const(entries))
                QVERIFY2(!other.intersects(found->second),
                         qPrintable(name + QStringLiteral(" is over another name")));
            entries << found->second;
        }
        QVERIFY2(kind == ChartKind::Sites || entries.size() >= 2, "the legend has no entries");
    }

    void scaleBarAndAttributionAreClearOfTheMapLegend()
    {
        auto* map = m_window->findChild<MapWidget*>();
        QVERIFY(map && map->isVisible());
        MapFrame& frame = map->frame();
        const QRectF view(QPointF(0, 0), QSizeF(frame.size()));
        const QRectF legend = frame.legendBox();
        const MapRenderer::FooterLayout footer = MapRenderer::footerLayout(view.size(), legend);
        const auto where = [](const QRectF& r) {
            return QStringLiteral("%1,%2 %3×%4")
                .arg(r.x())
                .arg(r.y())
                .arg(r.width())
                .arg(r.height());
        };
        const QString context = QStringLiteral("legend %1, map %2×%3")
                                    .arg(where(legend))
                                    .arg(view.width())
                                    .arg(view.height());
        // The scale bar is left out only where the map has no room for it beside the legend.
        const QRectF scaleBar = frame.scaleBarBox();
        QVERIFY2(!scaleBar.isEmpty() || view.width() < legend.right() + 200, qPrintable(context));
        QVERIFY2(
            !legend.intersects(scaleBar),
            qPrintable(QStringLiteral("scale bar %1 over the ").arg(where(scaleBar)) + context));
        QVERIFY2(scaleBar.isEmpty() || view.contains(scaleBar), qPrintable(where(scaleBar)));
        QVERIFY2(
            !legend.intersects(footer.attribution),
            qPrintable(QStringLiteral("attribution %1 over the ").arg(where(footer.attribution)) +
                       context));
        QVERIFY2(!footer.attribution.intersects(scaleBar),
                 qPrintable(where(footer.attribution) + where(scaleBar)));
    }
};

int main(int argc, char** argv)
{
    // An offscreen screen of the size asked for (the platform's default is 800×600).
    QTemporaryDir dir;
    const QSize screen = testScreenSize();
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(
        QStringLiteral(
            R"({"screens":[{"name":"test","x":0,"y":0,"width":%1,"height":%2,"logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]})")
            .arg(screen.width())
            .arg(screen.height())
            .toUtf8());
    file.close();
    // A QByteArray, not the concatenation: Qt 6.8's qputenv takes a QByteArrayView, which a
    // QStringBuilder does not convert to.
    const QByteArray platform = QByteArrayLiteral("offscreen:configfile=") + QFile::encodeName(config);
    qputenv("QT_QPA_PLATFORM", platform);
    QApplication app(argc, argv);
    TestLayouts test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_layouts.moc"
