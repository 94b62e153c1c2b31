// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as it first opens on a screen of a given size (ATLAS_TEST_SCREEN, e.g.
// "1366x768": an offscreen screen of that size) at a given scale (QT_SCALE_FACTOR): every
// chart legend's names whole, inside the chart and clear of the plot and of each other; the
// map's scale bar and attribution clear of its legend. CMake runs this binary once per screen
// size and scale.
#include "ui/charts/chartspanel.h"
#include "ui/charts/chartview.h"
#include "ui/charts/siteschart.h"
#include "ui/database/databaseactions.h"
#include "core/document/viewstate.h"
#include "ui/map/mapframe.h"
#include "ui/map/mapwidget.h"
#include "ui/map/mapstyle.h"
#include "ui/present/presentationwindow.h"
#include "ui/scenario/parameterslider.h"
#include "ui/scenario/scenariopanel.h"
#include "screenshots.h"
#include "sitetablerows.h"
#include "ui/sites/sitespanel.h"
#include "db/sqlitestorefactory.h"
#include "core/session/atlassession.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QChart>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocumentFragment>
#include <QSet>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>

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

QString where(const QRectF& r)
{
    return QStringLiteral("%1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// Every name the map drew is whole inside it and clear of the panels drawn over it (which
// would cut it). Returns what is wrong, or an empty string.
QString namesOutsideTheMap(MapFrame& frame)
{
    const QRectF inside(QPointF(0, 0), QSizeF(frame.size()));
    QVector<QRectF> panels = MapRenderer::footerBoxes(inside.size(), frame.legendBox());
    panels << frame.legendBox();
    for (const MapRenderer::Label& label : frame.labels()) {
        if (!inside.contains(label.box))
            return QStringLiteral("\"%1\" at %2 goes past the map's edge (%3)")
                .arg(label.text, where(label.box), where(inside));
        for (const QRectF& panel : std::as_const(panels)) {
            if (panel.intersects(label.box))
                return QStringLiteral("\"%1\" at %2 is under a panel at %3")
                    .arg(label.text, where(label.box), where(panel));
        }
    }
    return {};
}

// Whether the map has room for names beside its legend: a short, narrow map (1366×768 at
// QT_SCALE_FACTOR=2 leaves it 340×150 pixels, the legend over most of it) has none.
bool roomForNames(MapFrame& frame)
{
    // Beside the legend, or under it and above the scale bar and attribution.
    const QRectF legend = frame.legendBox();
    return frame.size().width() - legend.right() >= 240 ||
           MapRenderer::footerTop(QSizeF(frame.size())) - legend.bottom() >= 60;
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
        m_window = std::make_unique<MainWindow>(new AtlasSession, &m_factory);
        QVERIFY(m_window->databaseActions()->openSample());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::qWait(300); // the default dock sizes are set once the first size has settled
        QCoreApplication::processEvents();
        qInfo("%s: window %dx%d (logical)", qPrintable(screenName()), m_window->width(),
              m_window->height());
        atlas::test::keepScreenshot(m_window.get(), QStringLiteral("layout-") + screenName());
    }

    void cleanupTestCase() { m_window.reset(); }

    void windowFitsTheScreen()
    {
        const QRect available = m_window->screen()->availableGeometry();
        const QRect frame = m_window->frameGeometry();
        // The offscreen platform does not hold a window to its minimum size, as a window
        // manager does: that is asked apart.
        const QSize least = m_window->minimumSize().expandedTo(m_window->minimumSizeHint()) +
                            (frame.size() - m_window->size());
        QVERIFY2(
            available.contains(frame) && least.width() <= available.width() &&
                least.height() <= available.height(),
            qPrintable(QStringLiteral("window %1,%2 %3×%4 (minimum %5×%6) on a screen of %7×%8")
                           .arg(frame.x())
                           .arg(frame.y())
                           .arg(frame.width())
                           .arg(frame.height())
                           .arg(m_window->minimumSizeHint().width())
                           .arg(m_window->minimumSizeHint().height())
                           .arg(available.width())
                           .arg(available.height())));
    }

    void slidersAndTheirValuesAreWhole()
    {
        auto* scroll = m_window->scenarioPanel()->findChild<QScrollArea*>();
        QVERIFY(scroll);
        if (scroll->horizontalScrollBar()->isVisible()) {
            // Which row is wider than the dock.
            QStringList wide;
            for (QWidget* child :
                 scroll->widget()->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
                if (child->isVisible() &&
                    child->minimumSizeHint().width() > scroll->viewport()->width())
                    wide << QStringLiteral("%1 %2 (%3 px)")
                                .arg(QLatin1String(child->metaObject()->className()),
                                     child->objectName())
                                .arg(child->minimumSizeHint().width());
            }
            QFAIL(qPrintable(QStringLiteral("the Scenario dock (%1 px) scrolls sideways: %2")
                                 .arg(scroll->viewport()->width())
                                 .arg(wide.join(QStringLiteral(", ")))));
        }
        const QWidget* viewport = scroll->viewport();
        const QRect shown = viewport->rect();
        const QList<ParameterSlider*> sliders =
            m_window->scenarioPanel()->findChildren<ParameterSlider*>();
        QVERIFY(sliders.size() >= 4);
        for (ParameterSlider* slider : sliders) {
            const QString name = slider->label()->text();
            const auto check = [&](QWidget* part, const char* what, int minimumWidth) {
                QVERIFY2(
                    part->isVisible(),
                    qPrintable(QStringLiteral("%1: %2 hidden").arg(name, QLatin1String(what))));
                const QRect at(part->mapTo(viewport, QPoint(0, 0)), part->size());
                QVERIFY2(at.left() >= shown.left() && at.right() <= shown.right(),
                         qPrintable(QStringLiteral("%1: %2 at x %3-%4, the dock shows %5-%6")
                                        .arg(name, QLatin1String(what))
                                        .arg(at.left())
                                        .arg(at.right())
                                        .arg(shown.left())
                                        .arg(shown.right())));
                QVERIFY2(part->width() >= minimumWidth,
                         qPrintable(QStringLiteral("%1: %2 is %3 px wide, less than %4")
                                        .arg(name, QLatin1String(what))
                                        .arg(part->width())
                                        .arg(minimumWidth)));
            };
            check(slider->slider(), "slider", 100);
            check(slider->valueBox(), "value box", slider->valueBox()->minimumSizeHint().width());
            for (QToolButton* pin : slider->findChildren<QToolButton*>()) {
                if (!pin->isHidden())
                    check(pin, "pin", pin->minimumSizeHint().width());
            }
        }
    }

    // The sites chart names its sites: a narrow chart gives up the GPUs beside the names, not
    // the names themselves ("…").
    void sitesChartNamesItsSites()
    {
        for (charts::ChartView* view : m_window->findChildren<charts::ChartView*>()) {
            if (view->kind() != charts::ChartKind::Sites || !view->isVisible())
                continue;
            QCoreApplication::processEvents();
            const auto* sites = static_cast<const charts::SitesChart*>(view->scenarioChart());
            const QStringList labels = sites->axisLabels();
            QVERIFY(!labels.isEmpty());
            // Every bar has its row and its name: names cut alike would have been one row.
            QCOMPARE(labels.size(), sites->categories().size());
            QSet<QString> seen;
            for (const QString& label : labels) {
                QString name = QTextDocumentFragment::fromHtml(label.section(QStringLiteral("<br>"), 0, 0)).toPlainText();
                name = name.section(QStringLiteral(" · "), 0, 0);
                const QString kept = name.endsWith(QChar(0x2026)) ? name.chopped(1) : name;
                QVERIFY2(kept.trimmed().size() >= 6,
                         qPrintable(QStringLiteral("\"%1\" in a %2 px chart").arg(label).arg(view->width())));
                // Told apart by what a reader sees (the sample's names differ at one end).
                const QString seenAs = QString(name).remove(QChar(0x200B));
                QVERIFY2(!seen.contains(seenAs), qPrintable(QStringLiteral("\"%1\" twice").arg(seenAs)));
                seen.insert(seenAs);
            }
        }
    }

    void bigScreensShowMoreThanFourSitesRows()
    {
        if (m_window->height() < 1000)
            QSKIP("a screen under 1000 logical pixels high has other priorities than the table");
        QTableView* table = m_window->sitesPanel()->table();
        const int rowHeight = table->verticalHeader()->defaultSectionSize();
        const int rows = table->viewport()->height() / rowHeight;
        QVERIFY2(rows > 4, qPrintable(QStringLiteral("%1 rows of the sites table show").arg(rows)));
    }

    void chartsAreLargeEnoughToRead()
    {
        charts::ChartsPanel* panel = m_window->chartsPanel();
        QVERIFY(panel->isVisible());
        const QSize readable = charts::ChartsPanel::kReadableChart;
        int shown = 0;
        for (ChartKind kind : charts::kAllCharts) {
            charts::ChartView* view = panel->view(kind);
            if (!view->isVisible())
                continue;
            ++shown;
            QVERIFY2(view->width() >= readable.width() && view->height() >= readable.height(),
                     qPrintable(QStringLiteral("%1: %2×%3, less than %4×%5")
                                    .arg(charts::chartTitle(kind))
                                    .arg(view->width())
                                    .arg(view->height())
                                    .arg(readable.width())
                                    .arg(readable.height())));
        }
        // Four charts, or one and the tabs that lead to the others.
        if (panel->showsTabs()) {
            QCOMPARE(shown, 1);
            QVERIFY(panel->tabBar()->isVisible());
            QCOMPARE(panel->tabBar()->count(), int(std::size(charts::kAllCharts)));
        } else {
            QCOMPARE(shown, int(std::size(charts::kAllCharts)));
        }
    }

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
        m_window->chartsPanel()->showChart(kind); // under tabs, its own
        QCoreApplication::processEvents();
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
        map->grab(); // a frame of the map's size now
        MapFrame& frame = map->frame();
        const QRectF view(QPointF(0, 0), QSizeF(frame.size()));
        const QRectF legend = frame.legendBox();
        const MapRenderer::FooterLayout footer = MapRenderer::footerLayout(view.size(), legend);
        const QString context = QStringLiteral("legend %1, map %2×%3")
                                    .arg(where(legend))
                                    .arg(view.width())
                                    .arg(view.height());
        QVERIFY2(view.contains(legend),
                 qPrintable(QStringLiteral("the legend goes past the map: ") + context));
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
                 qPrintable(QStringLiteral("attribution %1 over the scale bar %2")
                                .arg(where(footer.attribution), where(scaleBar))));
        QVERIFY2(view.contains(footer.attribution), qPrintable(where(footer.attribution)));
    }

    void selectedSiteIsNamedWholeInsideTheMap()
    {
        QTableView* table = m_window->sitesPanel()->table();
        const int row = atlas::test::rowOfSite(table, QStringLiteral("Anthropic-Amazon New Carlisle"));
        QVERIFY(row >= 0);
        table->selectRow(row);
        QCoreApplication::processEvents();
        auto* map = m_window->findChild<MapWidget*>();
        map->grab(); // draws a frame
        bool named = false;
        for (const MapRenderer::Label& label : map->frame().labels()) {
            if (!label.selected)
                continue;
            named = true;
            QVERIFY2(label.text.startsWith(QStringLiteral("Anthropic-Amazon New Carlisle")),
                     qPrintable(label.text));
            QVERIFY2(label.box.width() >=
                         QFontMetricsF(mapstyle::font(11, true)).horizontalAdvance(label.text),
                     qPrintable(label.text + QStringLiteral(" is wider than its box")));
        }
        const QString outside = namesOutsideTheMap(map->frame());
        const bool room = roomForNames(map->frame());
        table->clearSelection();
        QCoreApplication::processEvents();
        QVERIFY2(outside.isEmpty(), qPrintable(outside));
        if (!named && !room)
            QSKIP("the map has no room beside its legend for a name");
        QVERIFY2(named, "the selected site has no name on the map");
    }

    // No other name crosses the selection's ring (drawn over the names, it would cut one).
    void otherNamesKeepOffTheSelectionsRing()
    {
        auto* map = m_window->findChild<MapWidget*>();
        MapFrame& frame = map->frame();
        const MapSite* colossus = nullptr;
        int site = -1;
        for (int i = 0; i < frame.scene().sites().size(); ++i) {
            if (frame.scene().sites()[i].name == QLatin1String("Colossus 1")) {
                colossus = &frame.scene().sites()[i];
                site = i;
            }
        }
        QVERIFY(colossus);
        m_window->viewState()->selectSite(colossus->id);
        QCoreApplication::processEvents();
        map->grab();
        const int g = frame.glyphs().glyphOfSite(site);
        QVERIFY(g >= 0);
        const SiteGlyph& glyph = frame.glyphs().glyphs()[g];
        const double ring = glyph.drawnRadius() + 4 + 1.5; // paintSelection's, and half its pen
        QStringList crossing;
        for (const MapRenderer::Label& label : frame.labels()) {
            const QPointF c = glyph.center;
            const double dx = c.x() - std::clamp(c.x(), label.box.left(), label.box.right());
            const double dy = c.y() - std::clamp(c.y(), label.box.top(), label.box.bottom());
            if (!label.selected && dx * dx + dy * dy < ring * ring)
                crossing << label.text;
        }
        m_window->viewState()->selectSite(0);
        QCoreApplication::processEvents();
        QVERIFY2(crossing.isEmpty(), qPrintable(crossing.join(QStringLiteral(", "))));
    }

    // The largest sites are named before smaller ones: in 2028 (with the sources'
    // projections) Stargate Abilene is 1.2 GW.
    void theLargestSitesAreNamed_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("site");
        QTest::newRow("2028, Abilene") << 2028 << QStringLiteral("OpenAI Stargate Abilene");
    }

    void theLargestSitesAreNamed()
    {
        QFETCH(int, year);
        QFETCH(QString, site);
        const int before = m_window->viewState()->year();
        m_window->viewState()->setYear(year);
        QCoreApplication::processEvents();
        auto* map = m_window->findChild<MapWidget*>();
        map->grab();
        MapFrame& frame = map->frame();
        // Named itself, or its circle is: on a small map the site shares a circle with its
        // neighbours, named after the largest of them ("Colossus 2 +12").
        int index = -1;
        for (int i = 0; i < frame.scene().sites().size(); ++i) {
            if (frame.scene().sites()[i].name == site)
                index = i;
        }
        QVERIFY(index >= 0);
        const int glyph = frame.glyphs().glyphOfSite(index);
        QStringList names;
        bool named = false;
        for (const MapRenderer::Label& label : frame.labels()) {
            names << label.text;
            named = named || label.text.startsWith(site) ||
                    (glyph >= 0 && frame.glyphs().glyphOfSite(label.site) == glyph);
        }
        const QString outside = namesOutsideTheMap(frame);
        const bool room = roomForNames(frame);
        m_window->viewState()->setYear(before);
        QVERIFY2(outside.isEmpty(), qPrintable(outside));
        if (!named && !room)
            QSKIP("the map has no room beside its legend for names");
        // A map with room for a handful of names (1366x768 at scale 1.5, with Debian 13's
        // fonts) names the largest clusters of circles; the order is tst_labelplacer's to check.
        if (!named && names.size() < 8)
            QSKIP(qPrintable(QStringLiteral("the map has room for %1 names only").arg(names.size())));
        QVERIFY2(named, qPrintable(QStringLiteral("%1 is not named in %2; named: %3")
                                       .arg(site)
                                       .arg(year)
                                       .arg(names.join(QStringLiteral("; ")))));
    }

    // Presentation mode's map is read across a room: its legend and names are larger than
    // the window's (at a 1080-line screen and up; on a smaller one, not smaller), and whole.
    void presentationMapTypeIsForARoom()
    {
        MapFrame& desk = m_window->mapWidget()->frame();
        m_window->present();
        PresentationWindow* presentation = m_window->presentation();
        QVERIFY(presentation);
        QVERIFY(QTest::qWaitForWindowExposed(presentation));
        QTest::qWait(100);
        MapWidget* map = presentation->map();
        map->grab();
        MapFrame& room = map->frame();
        atlas::test::keepScreenshot(presentation, QStringLiteral("presentation-") + screenName());
        // The height of the names drawn (a map too small for any: the height they would take).
        const auto labelHeight = [](MapFrame& frame) {
            return frame.labels().isEmpty()
                       ? QFontMetricsF(MapRenderer::labelFont(false, frame.textScale())).height()
                       : frame.labels().first().box.height();
        };
        const QString sizes = QStringLiteral("legend %1 in the room, %2 at the desk; names %3 and %4 px high")
                                  .arg(where(room.legendBox()), where(desk.legendBox()))
                                  .arg(labelHeight(room))
                                  .arg(labelHeight(desk));
        qInfo("%s: %s", qPrintable(screenName()), qPrintable(sizes));
        const bool named = !room.labels().isEmpty() || !roomForNames(room);
        const QString outside = namesOutsideTheMap(room);
        const bool bigScreen = presentation->height() >= 1000;
        const bool larger = room.legendBox().height() > desk.legendBox().height() &&
                            labelHeight(room) > labelHeight(desk);
        const bool notSmaller = room.legendBox().height() >= desk.legendBox().height() &&
                                labelHeight(room) >= labelHeight(desk);
        m_window->present(); // leaves
        QVERIFY2(named, qPrintable(sizes));
        QVERIFY2(outside.isEmpty(), qPrintable(outside));
        QVERIFY2(bigScreen ? larger : notSmaller, qPrintable(sizes));
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
