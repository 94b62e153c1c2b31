// SPDX-License-Identifier: GPL-3.0-or-later
// What the map's tests share: the sample, and the sample with the world's sites, in a chart
// fixture each; frames of them drawn offscreen; and helpers to read their pixels and menus.
#pragma once

#include "chartfixture.h"
#include "ui/database/databaseactions.h"
#include "core/undo/execute.h"
#include "core/document/viewstate.h"
#include "ui/map/mapexport.h"
#include "ui/map/mapframe.h"
#include "ui/map/mapstyle.h"
#include "ui/map/mapwidget.h"
#include "core/map/sitesymbols.h"
#include "sampledata.h"
#include "ui/sites/sitespanel.h"
#include "db/sqlitestorefactory.h"
#include "core/session/atlassession.h"
#include "ui/window/mainwindow.h"
#include "worldsites.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace atlas::test {

class MapTest : public QObject
{
protected:
    // The test case's first step: the fixtures, in settings of the test's own.
    void setUpFixtures(const QString& applicationName)
    {
        m_data = std::make_unique<test::ChartFixture>();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ComputeAtlasTest"));
        QCoreApplication::setApplicationName(applicationName);
        QSettings().clear();
        m_world = std::make_unique<test::ChartFixture>();
        const WriteResult added = m_world->document.store()->apply(test::worldSites());
        QVERIFY2(added.ok, qPrintable(added.error));
    }

    // A translucent colour drawn over an opaque one.
    static QColor over(const QColor& top, const QColor& under)
    {
        const double a = top.alphaF();
        return QColor::fromRgbF(top.redF() * a + under.redF() * (1 - a), top.greenF() * a + under.greenF() * (1 - a),
                                top.blueF() * a + under.blueF() * (1 - a));
    }

    // What a filled site looks like over land: its operator's colour at the fill's opacity.
    static QColor filledOverLand(const QColor& color)
    {
        return over(mapstyle::siteBrush(mapstyle::MapPalette::light(), color, false).color(), mapstyle::MapPalette::light().land);
    }

    static bool close(const QColor& a, const QColor& b, int tolerance = 12)
    {
        return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
               std::abs(a.blue() - b.blue()) <= tolerance;
    }

    // The action of a menu (searched through its submenus) by its text.
    static QAction* findAction(const QList<QAction*>& actions, const QString& text)
    {
        for (QAction* action : actions) {
            if (action->text() == text)
                return action;
            if (action->menu()) {
                if (QAction* found = findAction(action->menu()->actions(), text))
                    return found;
            }
        }
        return nullptr;
    }

    std::unique_ptr<test::ChartFixture> m_data;
    std::unique_ptr<test::ChartFixture> m_world; // the sample and the world's sites
    QTemporaryDir m_dir;

    // A frame of the sample and the world's sites in 2026, in Equal Earth, showing `area`.
    std::unique_ptr<MapFrame> worldFrame(QSize size, MapArea area, bool dark = false)
    {
        auto frame = std::make_unique<MapFrame>();
        frame->setSize(size);
        frame->setPalette(mapstyle::MapPalette::forDark(dark));
        frame->setProjection(ProjectionKind::EqualEarth);
        frame->setData(m_world->document.dataset());
        frame->setYearData(m_world->scenario->atlas(), m_world->scenario->params(), m_world->scenario->result(), 2026);
        frame->showArea(area);
        return frame;
    }
    // The main window on the sample, shown at `size`.
    static bool showSample(MainWindow& window, QSize size)
    {
        if (!window.databaseActions()->openSample())
            return false;
        window.resize(size);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }
    QColor pixelAt(const MapFrame& frame, const QImage& image, LonLat at)
    {
        const QPoint pixel = frame.viewport().toScreen(frame.projection().project(at)).toPoint();
        if (!image.rect().contains(pixel))
            qWarning("%.1f %.1f is off the view", at.lon, at.lat);
        return image.pixelColor(pixel);
    }

    // A frame of the sample in `year`, 1200×800, showing the contiguous US (most of its
    // sites, apart enough to hit one at a time).
    std::unique_ptr<MapFrame> frameFor(int year)
    {
        auto frame = std::make_unique<MapFrame>();
        frame->setSize(QSize(1200, 800));
        frame->setProjection(ProjectionKind::AlbersUsa);
        frame->setData(m_data->document.dataset());
        frame->setYearData(m_data->scenario->atlas(), m_data->scenario->params(), m_data->scenario->result(), year);
        frame->showArea(MapArea::ContiguousUs);
        return frame;
    }
    QImage draw(MapFrame& frame)
    {
        QImage image(frame.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        frame.render(painter);
        return image;
    }
    int siteIndex(const MapFrame& frame, const QString& name)
    {
        for (int i = 0; i < frame.scene().sites().size(); ++i)
            if (frame.scene().sites()[i].name == name)
                return i;
        return -1;
    }
};

} // namespace atlas::test
